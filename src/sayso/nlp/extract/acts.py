"""Acts told as if they were words: what someone did is no attribution (issue 12, item 1).

A cue lemma can name an act ("signed", "responded") whose complement says how or into what it was
done, not what was said. Each rule is a pure predicate on the parse; tables of tests:
``tests/test_acts.py``.

- ``means_not_content``: "responded to the criticism by reminding residents of the record": the
  "by"-gerund is the means; unless the means is a statement ("by saying that ...").
- ``enacted``: "signed the bill into law", "voted the measure into law": an enactment, whatever the
  object.
- ``target_not_content``: "lashed out at Obama officials", "hit back at his critics": the target of an
  attack; what was said of it, if anything, is another clause ("..., saying they treated him unfairly");
  and what was answered: "responded to the order", "replied to the letter".
- ``issued_thing``: "issued a statement on Friday", "filed the court documents", "gave a speech", "added a note
  of caution if the rates rise": the document or the speech event is named, not what it says.
- ``phoned``: "called police dispatch", "called 911 and said ...": a call made.
- ``said_without``: "left without saying when the vote would be": a statement not made.
- ``let_in``: "the Home Office admitted the hate preacher into Britain", "was admitted to hospital": to
  admit someone into a place is to let them in ("admitted that ...", "admitted wrongdoing", "admitted
  to firing the gun" are admissions).
- ``continued_act``: "continued bashing Mueller's investigation", "continued to push a line": "continue"
  frames the verb it governs, which is a cue of its own where it says something ("continued to insist
  that ...", "continued saying that ..."); '"We will win," he continued' stays.
- ``legal_dismissal``: "San Francisco prosecutors dismissed the decades-old charge", "the judge dismissed the
  lawsuit": a court or a prosecutor dropping a case acts; "Trump dismissed the charges as a witch hunt"
  (a predication) and a dismissal by anyone else stay.
- ``ruled_for_a_party``: "the court ruled against Ohio's procedure", "ruled in favor of the plaintiffs": a case
  decided; "ruled that <clause>" is a statement and stays.
- ``participle_label``: "accused woman abuser Keith Ellison", "the alleged gunman": a participle that
  labels the noun after it, read by the parse as a verb of its own.
- ``thanked``: "thanked Trump on Twitter for backing his priority": gratitude, no proposition.
- ``legal_challenge``: "are challenging the Clean Power Plan rules in court": a legal action.
- ``refused_request``: "rejected calls to establish a commission": a request turned down.
- ``pushed_through``: "push a bill through the Senate": a measure moved through a body.
- ``backed_off``: "backed off some of his initial proposals": a retreat, no stance.
- ``claimed_prize``: "The Bruins claimed their third straight win", "Nadal claimed the title", "claims the top spot
  in our rankings": a prize or a place won, no claim made ("claimed victory", "claimed responsibility" stay).
- ``ritual_words``: "said goodbye to his teammates", "said a prayer for the victims", "said grace", "said no to the
  pipeline": a greeting, a rite or an answer given to a thing, no proposition said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content, comma_adjunct
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import (
    QUOTE_KINDS,
    content_span,
    cue_preposition,
    noun_phrase_with_modifiers,
    verb_complement,
)
from sayso.nlp.extract.quotes import QuoteIndex


def means_not_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a "by" + gerund clause hung on the cue: how the act was done, not what was said.

    Kept: a gerund that carries a clause or a quotation ("responded by saying his refusal was a
    manufactured issue", "responded by using the example of Chicago to prove that gun control is not
    the solution")."""
    prep = cue_preposition(token, content, doc)
    if prep is None or prep.lower_ != "by":
        return False
    gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None:
        return False
    # a clause or a quotation under the gerund is what was said; "reminding residents of the record",
    # "offering refunds" (verbs of saying with a noun phrase) say nothing
    return not any(t.dep_ == "ccomp" for t in gerund.subtree)


def enacted(token: Token) -> bool:
    """ "signed the bill into law", "was signed into law": the cue puts something into law, an act."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(p.dep_ == "pobj" and p.lemma_.lower() == "law"
                                                                for p in c.children)
               for c in token.children)


def participle_label(token: Token) -> bool:
    """ "understand how pathological liar and accused woman abuser Keith Ellison seeks to ...": a participle
    before a noun, with no object, clause or agent of its own, labels that noun; no one says anything."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    if doc[token.i + 1].dep_ not in ("compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return not any(c.dep_ not in ("cc", "punct", "advmod", "neg") for c in token.children)


def target_not_content(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The content is the object of "at" hung on the cue: whom an attack aimed at ("lashed out at Obama
    officials", "took aim at the governor"), or of "to" after a verb of answering: what was answered
    ("responded to the order"); not what was said. A quotation there is someone's words."""
    if quotes.overlapping(content.start, content.end):
        return False
    prep = cue_preposition(token, content, doc)
    if prep is None:
        return False
    if prep.lower_ == "to" and token.lemma_.lower() in _RESPONDING:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return pobj is not None and not _noun_with_that_clause(pobj)  # "responded to the claim that ...": said
    if prep.lower_ != "at":
        return False
    if token.lemma_.lower() in _AT_PROPOSITION:
        return False  # "hinted at a run for president", "put the toll at 12": what "at" names is said
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.pos_ in ("VERB", "AUX"):
        return False  # "aimed at reducing the deficit": an intention
    return not _noun_with_that_clause(pobj)  # "scoffed at the idea that the plan would work": a proposition


def _noun_with_that_clause(noun: Token) -> bool:
    """The noun has a clause of its own opened by "that": "the idea that the plan would work"."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" for c in noun.children)


# verbs whose "at" names what is said: "hinted at a run", "pointed at the budget as the cause",
# "estimated the cost at $5 million", "put the death toll at 12", "balked at the price"
_AT_PROPOSITION = frozenset({"hint", "point", "estimate", "put", "peg", "place", "value", "guess", "aim", "look",
                             "marvel", "wonder", "balk", "set", "arrive", "get", "gesture", "allude"})


# verbs whose "to" names what is answered: "responded to the order", "replied to the letter", "reacted to the ruling"
_RESPONDING = frozenset({"respond", "reply", "react"})


# what is issued, given or filed: a document or a speech event named as a thing, not what it says
_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "file", "share", "deliver", "give", "make", "add", "sound",
                      "put", "pen", "write"})
_SPEECH_EVENTS = frozenset({"speech", "remarks", "remark", "address", "interview", "briefing", "comment", "comments",
                            "testimony", "conference", "apology", "warning", "update"})


def issued_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, documents: frozenset[str]) -> bool:
    """ "The company issued a statement on Friday", "filed the court documents", "gave a speech", "posted an
    Associated Press article", "added a note of caution if the rates rise", "sounded a note of caution": the content names the document or the speech event, not what it says. Kept: a
    noun with its own clause ("issued a statement that the plant would close"), a quotation, and what the
    verbs say with a clause ("wrote that ...")."""
    span = verb_complement(token, content, doc, _ISSUING)
    if span is None or quotes.overlapping(content.start, content.end) or not noun_phrase_with_modifiers(span):
        return False
    root = span.root
    if root.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = root.lemma_.lower()
    if not (lemma in documents or lemma in _SPEECH_EVENTS or root.lower_ in _SPEECH_EVENTS):
        return False
    return not _text_follows(doc, token.sent.end_char)


def _text_follows(doc: Doc, end: int) -> bool:
    """The issued text follows the sentence: it ends in a colon, or the next paragraph opens with a quotation
    ("issued a statement on Thursday.\n“Today, the court ...”"): the statement is told, the attribution stays
    for the quotation to join."""
    text = doc_text(doc)
    last = len(text[:end].rstrip())  # the sentence's last printed character ends here
    if text[last - 1:last] == ":":
        return True
    gap_end = last
    while gap_end < len(text) and gap_end < last + 40 and text[gap_end].isspace():
        gap_end += 1
    return "\n" in text[last:gap_end] and text[gap_end:gap_end + 1] in ("“", '"', "«")


# whom one phones: "called police", "called 911", "called the dispatcher"
_PHONED = frozenset({"police", "911", "999", "112", "dispatch", "dispatcher", "dispatchers", "ambulance", "cops",
                     "sheriff", "paramedics", "firefighters", "hotline", "helpline", "number", "authorities",
                     "emergency", "operator"})


def phoned(token: Token) -> bool:
    """ "The neighbor called police dispatch at 9:40 p.m.", "She called police to ensure the children were safe",
    "He called 911 and said ...": a call made, not a statement ("said" after it is the statement). Kept: a
    characterisation ("called police racist", "called the number a scam") and "called for", "called on"."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None:
        # "called police dispatch": the parse reads the lone object as a predicate ("called him a liar")
        lone = [c for c in children if c.dep_ == "oprd"]
        return len(lone) == 1 and lone[0].pos_ in ("NOUN", "PROPN", "NUM") and _phoned_noun(lone[0], compounds=False)
    if any(c.dep_ in ("oprd", "attr", "acomp", "ccomp") for c in children):
        return False  # "called the police racist": a characterisation
    return _phoned_noun(obj, compounds=True)


def _phoned_noun(noun: Token, *, compounds: bool) -> bool:
    """The noun, or with ``compounds`` a word compounded with it ("the police department"), is one phoned."""
    words = (noun, *(c for c in noun.children if c.dep_ == "compound")) if compounds else (noun,)
    return any(t.lower_ in _PHONED or t.lemma_.lower() in _PHONED for t in words)


def said_without(token: Token) -> bool:
    """ "without saying when the vote would be", "without naming the officials": the words were not said.
    ("It goes without saying that ..." is the writer's aside: ``filters.discourse_said``.)"""
    return token.dep_ == "pcomp" and token.head.lower_ == "without" and token.tag_ == "VBG"


_PERSONS = frozenset({"him", "her", "them", "me", "us", "you"})


def let_in(token: Token) -> bool:
    """ "admitted two jihad preachers into the country", "The school admitted her to the program", "was admitted
    to hospital": someone let into a place. An admission keeps its clause, its thing or its gerund ("admitted
    that he lied", "admitted his guilt to the court", "admitted to shooting Steinle")."""
    if token.lemma_.lower() != "admit" or any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    admitted = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if admitted is None:
        return False
    for prep in (c for c in token.children if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.lower_ == "into":
            return True
        if prep.lower_ == "to" and pobj.pos_ in ("NOUN", "PROPN") and (
                admitted.dep_ == "nsubjpass" or admitted.lower_ in _PERSONS or admitted.ent_type_ == "PERSON"):
            return True
    return False


def continued_act(token: Token, content: Content, doc: Doc) -> bool:
    """ "continued bashing Robert S. Mueller III's Russia investigation", "also continued to push a line first
    floated by his attorney": the content is the verb "continue" governs; that verb is judged as a cue of its
    own ("continued to insist that he had done nothing wrong" is "insist"'s). A quotation or a clause
    continued ('"We will win," he continued', "He continued: ...") stays."""
    if token.lemma_.lower() != "continue" or content.quote:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if comma_adjunct(root):
        return False  # "fires have continued, showing that enforcement is a problem": a clause of its own
    return root.head.i == token.i and root.dep_ in ("xcomp", "ccomp", "advcl") and root.pos_ in ("VERB", "AUX") \
        and root.tag_ in ("VB", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


_CASES = frozenset({"charge", "case", "lawsuit", "suit", "complaint", "indictment", "count", "appeal", "petition",
                    "motion", "claim"})
_COURTS = frozenset({"prosecutor", "judge", "court", "jury", "magistrate", "tribunal", "justice", "da",
                     "prosecution", "attorney"})


def legal_dismissal(token: Token) -> bool:
    """ "San Francisco prosecutors, who had long ago deprioritized marijuana charges, dismissed the decades-old
    charge", "A federal judge dismissed the lawsuit": a court or a prosecutor ends a case, an act. What a
    party says of a charge stays ("Trump dismissed the charges as a witch hunt", "Iran dismissed the charge")."""
    if token.lemma_.lower() != "dismiss" or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    case = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if case is None or case.lemma_.lower() not in _CASES:
        return False
    actor = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if actor is None:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        actor = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return actor is not None and (actor.lemma_.lower() in _COURTS or actor.lower_ in _COURTS)


_TASTES = frozenset({"like", "love", "enjoy", "hate"})


def taste_for_an_act(token: Token) -> bool:
    """ "likes to sing", "loves to travel", "enjoys hunting", "hates to lose": a taste or a habit, no view held (the
    blind reader audits mark it wrong). A wish is a thought and stays ("would like to see the bill pass"), and so
    do a clause ("likes that the bill passed") and an object ("loved the speech" is left to the stance rules)."""
    if token.lemma_.lower() not in _TASTES or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d", "should") for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and (c.tag_ in ("VB", "VBG")) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in token.children)


def called_to_order(token: Token) -> bool:
    """ "called the meeting to order", "called the House to order": the chair opens a sitting, nothing is said."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return False
    doc = token.doc
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "order" for p in c.children):
            return True
        if c.lower_ == "order" and c.i > token.i and doc[c.i - 1].lower_ == "to":
            # the parse reads "to order" as an infinitive; "called him to order lunch" has an object: an errand
            return not any(g.dep_ == "dobj" for g in c.children)
    return False


_SIDING = frozenset({"agree", "disagree", "side", "sympathize", "sympathise"})


def sided_with(token: Token, content: Content, doc: Doc, proposition_nouns: frozenset[str] = frozenset()) -> bool:
    """ "agreed with Jones", "sided with the governor", "disagreed with the decision": whom or what the subject sides
    with, no proposition (the blind reader audits mark it wrong). Kept: what is agreed ("agreed that ...", "agreed
    with Jones that ...": the clause is the content), a noun with its own clause ("agreed with the assessment
    that the plan failed") and a noun that stands for a proposition (``proposition_nouns``: "agreed with the
    analysis", "disagrees with their position")."""
    if token.lemma_.lower() not in _SIDING or token.pos_ != "VERB" or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0:
        return False
    prep = doc[span.start - 1]
    if span.root.lemma_.lower() in proposition_nouns or span.root.lower_ in proposition_nouns:
        return False
    if any(t.lower_ == "that" for t in span):
        return False  # "the assessment that the plan failed": the parse may read the noun's clause as a relative one
    return prep.lower_ == "with" and prep.dep_ == "prep" and prep.head.i == token.i and span.root.head.i == prep.i \
        and noun_phrase_with_modifiers(span)


_AUTHORING = frozenset({"write", "author", "co-author", "pen", "co-write", "compose", "edit", "draft", "produce"})


def authored(token: Token, content: Content, doc: Doc) -> bool:
    """ "Dear Abby is written by Abigail Van Buren", "The column was penned by Smith": who wrote a work, named by
    its title, says nothing; the content is the work's name (the passive subject, no clause, no quotation).
    Kept: "The plan was revealed by the Post" (no verb of writing), a content beyond the subject ("It was written by
    the board that the plan failed": the clause)."""
    if token.lemma_.lower() not in _AUTHORING or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if not any(c.dep_ == "agent" for c in token.children):
        return False
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return content.start >= start and content.end <= end + 1


_GRATITUDE = frozenset({"thank"})


def thanked(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Cruz thanked Trump on Twitter for backing his priority", "thanked the voters": gratitude shown someone,
    and what for, is no proposition (the blind reader audits mark it wrong; PolNeAR marks it, 4 of 5 on its train
    split). Kept: what the thanks say in a quotation ("thanked Obama for “taking these steps”") or a clause of
    the cue's own ("thanked them, saying the vote mattered" is "saying"'s)."""
    if token.lemma_.lower() not in _GRATITUDE or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    return not any(c.dep_ == "ccomp" for c in token.children)


# a legal action's forum: "challenging the rules in court", "contested the result before the Supreme Court"
_COURT_NOUNS = frozenset({"court", "courts", "tribunal", "judge", "judges"})
_CHALLENGING = frozenset({"challenge", "contest", "fight", "appeal", "dispute", "oppose", "attack", "question"})


def legal_challenge(token: Token) -> bool:
    """ "Environmental groups are challenging the Clean Power Plan rules in court", "contested the result before
    the Supreme Court": a legal action, not a view stated (the blind reader audits mark it wrong). Kept: a clause
    ("challenged in court the claim that ...": the noun's clause; "argued in court that ..." is no challenge)."""
    if token.lemma_.lower() not in _CHALLENGING or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and _noun_with_that_clause(obj):
        return False  # "challenged in court the claim that the vote was rigged": a proposition disputed
    # the forum hangs on the verb, or the parse hung it on the object ("the rules in court")
    holders = [token, *([obj] if obj is not None else [])]
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "before", "at")
               and any(p.dep_ == "pobj" and p.lower_ in _COURT_NOUNS for p in prep.children)
               for holder in holders for prep in holder.children)


# requests turned down: "rejected calls to establish a commission", "refused the request", "rebuffed an offer"
_REFUSING = frozenset({"reject", "refuse", "rebuff", "spurn", "decline", "deny", "dismiss", "ignore", "heed", "answer",
                       "resist"})
_REQUESTS = frozenset({"call", "request", "demand", "appeal", "plea", "invitation", "bid", "overture", "entreaty",
                       "ultimatum", "pressure", "urging"})


def refused_request(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "The Human Rights Council rejected calls to establish a commission of inquiry", "ignored demands for his
    resignation": a request turned down or heeded, an act with a noun-phrase object, no proposition (the blind
    reader audits mark it wrong). Kept: a request with a that-clause ("rejected calls that the vote be
    annulled"), a quotation, a predication ("dismissed the calls as a stunt"), "rejected the claim that ..." (no
    request noun) and a clause of the cue's own."""
    if token.lemma_.lower() not in _REFUSING or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    if any(c.dep_ in ("ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in _REQUESTS or obj.pos_ != "NOUN":
        return False
    if _noun_with_that_clause(obj) or any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
        return False
    span = content_span(doc, content)
    return span is not None and span.start <= obj.i < span.end  # the request is what the content names


# advocacy verbs whose noun-phrase object is a measure moved, not a view: "push a bill through the Senate"
_MOVING = frozenset({"push", "rush", "ram", "force", "shepherd", "steer", "fast-track"})


def pushed_through(token: Token) -> bool:
    """ "McConnell is attempting to push a bill through the Senate", "rammed the measure through Congress": a
    measure moved through a body is a legislative act (the blind reader audits mark it wrong). Kept: "pushed for
    ...", "pushed back", "pushed the idea that ..." and "pushed a bill" without "through" (PolNeAR and the issue
    read an advocated measure as a stance)."""
    if token.lemma_.lower() not in _MOVING or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("prt", "ccomp") for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or _noun_with_that_clause(obj):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "through" for c in (*token.children, *obj.children))


_RETREATS = frozenset({"off", "away", "down"})


def backed_off(token: Token) -> bool:
    """ "backed off some of his initial proposals", "backed away from her support for the deal", "backed down from his
    demand": to back off is to retreat, the opposite of backing something (a stance, ``cue_senses.txt``); what is
    named is what he no longer holds, and nothing is said (the blind audits marked it wrong). "backed the bill", "backed
    up his claim with data" (another phrasal verb) are left to the other rules."""
    if token.lemma_.lower() != "back" or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in _RETREATS for c in token.children)


# what a ruling is for or against: a party or a measure, never a proposition ("ruled against Ohio's procedure",
# "ruled in favor of the plaintiffs", "ruled for the state", "ruled on the appeal")
_RULING_PREPS = frozenset({"against", "for", "in", "on"})


def ruled_for_a_party(token: Token, content: Content, doc: Doc) -> bool:
    """ "The court ruled against Ohio's procedure", "a judge ruled in favor of the plaintiffs", "the panel ruled on the
    appeal": a court decides a case, an act; the party or the measure it decided for or against is no proposition.
    A ruling with its clause is a statement and stays ("the court ruled that the law was unconstitutional"), and so
    does a quotation."""
    if token.lemma_.lower() != "rule" or token.pos_ != "VERB":
        return False
    prep = cue_preposition(token, content, doc)
    if prep is None or prep.lower_ not in _RULING_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    if prep.lower_ == "in" and objects[0].lower_ not in ("favor", "favour"):
        return False  # "ruled in 2019": time, judged by the adjunct rules
    span = content_span(doc, content)
    return span is not None and noun_phrase_with_modifiers(span)


# what a tally adds to: a subordinate clause of the game or the time ("added a goal as the Bruins beat the Devils",
# "added 18 points while Smith had 12")
_TALLY_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "punct", "cc"})


def added_tally(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                proposition_nouns: frozenset[str] = frozenset()) -> bool:
    """ "Connor Clifton added a goal as the Bruins beat the Devils", "Jones added 18 points while Smith had 12", "added
    a provision to the bill": "add" with a noun-phrase object adds a thing (a goal, points, a clause to a bill), and
    what follows the object is when or where. Kept: "added that ...", '"...," he added', a noun with its own clause
    ("added a caveat that the figures were early"), a proposition noun ("added the claim"), a pronoun ("added this:
    ...") and a clause the parse hung on the object ("They added their lobbying ... did not involve Uranium One": the
    content's root is the clause's verb)."""
    if token.lemma_.lower() != "add" or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end) or any(c.dep_ in ("ccomp", "oprd") for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    obj = span.root
    if obj.dep_ != "dobj" or obj.head.i != token.i or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if obj.lemma_.lower() in proposition_nouns or obj.lower_ in proposition_nouns:
        return False
    if not noun_phrase_with_modifiers(doc[obj.left_edge.i:obj.right_edge.i + 1]):
        return False
    # the rest of the content hangs on the verb as a time, a place or a subordinate clause of the game
    return all(obj.left_edge.i <= t.i <= obj.right_edge.i or _under_verb_adjunct(t, token) for t in span)


def _under_verb_adjunct(t: Token, verb: Token) -> bool:
    """``t`` lies in an adjunct of ``verb`` (``_TALLY_DEPS``), not in a clause that says something."""
    while t.head.i != verb.i and t.head.i != t.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in _TALLY_DEPS


def read_out(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Saraki read 16 letters from the governors to the chamber", "read from a prepared statement", "read the names
    of the victims": reading out a document is an act; the document named is not what it says. Kept: a quotation
    ("The sign read “Welcome to Texas”"), a clause ("the statement read, in part, that ..."), and the saying part of
    "read a statement saying that ..." (the participle's own attribution)."""
    if token.lemma_.lower() != "read" or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end) or any(c.dep_ == "ccomp" for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None or not noun_phrase_with_modifiers(span):
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.i == token.i:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.i == token.i


# "tell" with a wh-clause names what was told without telling it; "detail how the man came down with a rare
# allergy", "explained how the system failed" give an account (the reader's gold marks it), and so does "told how"
_TELLING = frozenset({"tell"})


def told_unsaid(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "She told the man what she did", "He told police what happened that night", "told reporters where he had hidden
    the money": the wh-clause (a free relative or an indirect question) names what was told and does not tell it; no
    proposition is reported. Kept: an account or a reason ("told how he escaped", "detailed how the man fell ill",
    "tells why the stock is a good buy"), a clause
    whose subject is the wh-clause ("told him what she had seen was a UFO":
    the UFO is said), a quotation, and "asked what ..." (a question, judged elsewhere)."""
    if token.lemma_.lower() not in _TELLING or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    root, first = span.root, span[0]
    if root.head.i != token.i or root.dep_ not in ("ccomp", "dobj", "xcomp") or root.pos_ not in ("VERB", "AUX"):
        return False
    return first.tag_ in ("WP", "WRB") and first.lower_ not in ("that", "how", "why") and first.head.i == root.i


# what one says as a rite or a greeting: no proposition ("said goodbye", "said a prayer", "said grace")
_RITUALS = frozenset({"goodbye", "good-bye", "farewell", "hello", "goodnight", "grace", "prayer", "prayers", "amen",
                      "mass", "rosary", "cheese", "bye", "adieu"})


def ritual_words(token: Token, content: Content) -> bool:
    """ "Smith said goodbye to his teammates", "the senator said a prayer for the victims", "He said grace before
    dinner", "The governor said no to the pipeline": a greeting or a rite, or a yes or a no given to a thing; what
    was said is no proposition a reader could hold anyone to.

    Kept: a clause or a quotation beside the word ("He said no, the plan would not work", "She said goodbye, adding
    that she would be back": the clause is said), "said no" with nothing it is said to (left to the other rules),
    and any other verb ("prayed that ...")."""
    if token.lemma_.lower() != "say" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
        return False
    words = [c for c in token.children if c.dep_ in ("dobj", "intj", "npadvmod", "attr", "oprd", "advmod")]
    if any(w.lower_ in _RITUALS for w in words):
        return True
    return any(w.lower_ in ("yes", "no") for w in words) and any(c.dep_ == "prep" and c.lower_ == "to"
                                                               for c in token.children)


# what a team, a player or a product wins: "claimed the title", "claimed their third straight win", "the top spot".
# Not "victory" ("Democrats claimed victory": they declared it), "credit", "responsibility" (claims made)
_PRIZES = frozenset({"win", "title", "crown", "spot", "place", "position", "pole", "medal", "gold", "silver", "bronze",
                     "trophy", "cup", "prize", "seat", "lead", "championship", "pennant", "berth", "point", "match",
                     "game", "set", "stage", "round", "record", "award", "honor", "honour", "jersey", "belt", "podium",
                     "sweep", "series", "slot", "share", "scalp", "double", "treble", "hat-trick", "shutout"})


def claimed_prize(token: Token, content: Content) -> bool:
    """ "The Bruins claimed their third straight win on Saturday", "Nadal claimed the title", "Mercedes claimed pole
    position", "The Pixel 7 claims the top spot in our camera rankings": a sports roundup's or a review's "claim" of
    a prize or a place is winning it, nothing said.

    Kept: "claimed victory" (a win declared), "claimed responsibility", "claimed credit" (claims made), and a
    clause or a quotation ("claimed that the title was rigged")."""
    if token.lemma_.lower() not in ("claim", "clinch") or content.quote or content.kind in QUOTE_KINDS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PRIZES for c in token.children)
