"""The writer's verdict on someone's words, or its own way of putting things, dressed as a report:
pure predicates on the parse. Nothing of what anyone said is told:

- ``characterized_not_reported``: "Lemon said what is clearly racist": a free relative the writer judges;
- ``known_not_told``: "confirmed what everyone in town already knew", "saying out loud what many of us had known for
  years", "admitted what we had all suspected": a free relative of someone's knowing, not what was said;
- ``told_the_truth``: "he told the truth about ...", "doesn't mince words", "spoke her mind";
- ``route_not_speaker``: "one way to test it is to ask whether ...": a way to proceed;
- ``imagined_or_attempted``: "parents are left to wonder: '...'", "retirees are trying to figure out
  how much ...": a line the writer imagines, an effort to understand;
- ``denied_speech``: "At no time does Guyger say she was afraid", "Nowhere in the report does it state that
  ...", "Not once did Obama say that ...", "Smith never once said that ...": the writer denies that anyone said it;
- ``unacknowledged``: "The FBI doesn't acknowledge that there is a global jihad", "he does not admit that ...": the
  writer's claim, which the subject does not grant;
- ``withheld_speech``: "declined to directly declare it responsible", "avoided saying that ...", "is steering clear
  of criticizing Trump", "has yet to explain why ...": a statement withheld, nothing said;
- ``nothing_said``: "Trump has proposed nothing that would ...", "said nothing about the wall": no words to report;
- ``inferred_from_a_deed``: "Mr. Trump's performance confirms where he stands", "the truck story suggests ...": the
  writer's inference from a deed or an outcome.

Companion of ``writers_voice`` (suppositions, questions, idioms); tests in ``tests/test_writers_voice.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.non_statements import reported_by_other
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.writers_voice import modals, quoted

_VERDICT_HEADS = frozenset({"be", "seem", "sound", "appear"})


def free_relative(token: Token, content: Content, doc: Doc) -> tuple[Span, Token] | None:
    """The content's span and its root when the content is a free relative ("what ...", no quotation) the cue
    ``token`` takes; else None."""
    if content.quote or content.kind in QUOTE_KINDS:
        return None
    span = content_span(doc, content)
    if span is None or span[0].lower_ != "what" or span.root.head.i != token.i:
        return None
    return span, span.root


def characterized_not_reported(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a free relative the writer judges: "Lemon said what is clearly not only racist but
    utterly insane", "she said what needed to be said". Nothing of what was said is told.

    Kept: a quotation, a free relative that names an event ("explained what happened": a topic the
    other filters judge), and a clause ("said that what he did was wrong").
    """
    found = free_relative(token, content, doc)
    if found is None:
        return False
    span, root = found
    subj = subject_of(root)
    if subj is None or subj.i != span[0].i:
        return False
    if root.lemma_.lower() in _VERDICT_HEADS:
        return any(c.dep_ in ("acomp", "attr", "oprd") for c in root.children)
    return any(c.dep_ == "auxpass" for c in root.children) or any(
        c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in root.children)


# verbs of a mind whose object a free relative names: "what we all knew", "what many suspected"
_MINDS = read_words("free_relative_mind_verbs.txt")


def known_not_told(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a free relative of what others knew or suspected: "The report confirmed what everyone in town
    already knew", "priests saying out loud what many of us had known for years", "The senator finally admitted what
    we had all suspected", "She said what everyone was thinking". What was said is named by the writer's own claim
    about a mind; no proposition is told.

    Kept: a quotation, a clause ("admitted that what he knew was wrong"), a free relative of the speaker's own mind
    ("she said what she thought": left to the other rules; the writer claims nothing), and one that is no mind's
    ("explained what happened")."""
    found = free_relative(token, content, doc)
    if found is None:
        return False
    span, root = found
    if root.lemma_.lower() not in _MINDS:
        return False
    if not any(c.i == span[0].i and c.dep_ in ("dobj", "ccomp") for c in root.children):
        return False
    holder = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if holder is None:
        return False
    if holder.lower_ in ("he", "she", "they", "it", "him", "her"):
        return False  # "she said what she thought": the speaker's own mind, as likely as not
    speaker = subject_of(token)
    return speaker is None or speaker.lower_ != holder.lower_  # "I said what I knew": my own


# what the writer says of someone's words instead of reporting them: verb -> objects ("told the truth",
# "is telling lies", "doesn't mince words", "spoke her mind")
_VERDICT_OBJECTS = {
    "tell": frozenset({"truth", "lie", "lies", "falsehood", "falsehoods", "untruth", "untruths", "fib", "fibs",
                       "joke", "jokes"}),
    "mince": frozenset({"words", "word"}),
    "speak": frozenset({"truth", "mind", "volumes"}),
}


def told_the_truth(token: Token, content: Content) -> bool:
    """ "he told the truth about multiculturalism", "The US Is Blatantly Telling Lies", "Orban doesn't mince
    words when it comes to ...", "she spoke her mind": the writer's verdict on someone's words, none of
    which is reported. A clause after the verb ("told reporters the truth was ...") or a quotation for
    content stays."""
    objects = _VERDICT_OBJECTS.get(token.lemma_.lower())
    if objects is None or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > token.i for c in token.children):
        return False  # a clause before it is the parser's guess at a fronted content, not what was told
    return any(c.dep_ == "dobj" and c.lower_ in objects and not any(g.dep_ in ("acl", "relcl", "appos")
               for g in c.children) for c in token.children)


_ROUTE_NOUNS = read_words("route_nouns.txt")


def route_not_speaker(token: Token) -> bool:
    """An infinitive that says what one way, step or rule is: "one way to test old claims is to ask whether
    there is any corroboration", "the first step is to admit that ...". A route, no one takes it.
    A person's plan ("His plan is to argue that ...") or a subject of its own stays."""
    if token.dep_ != "xcomp" or not to_infinitive(token):
        return False
    head = token.head
    if head.lemma_.lower() != "be" or any(c.dep_ == "nsubj" for c in token.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _ROUTE_NOUNS:
        return False
    return not any(c.dep_ == "poss" for c in subj.children)  # "his way is to say ...": his


_LEFT_TO = frozenset({"leave", "left"})
_ATTEMPTS = frozenset({"try", "attempt", "struggle", "scramble", "strive"})


def imagined_or_attempted(token: Token, senses: dict[str, str]) -> bool:
    """ "Parents are left to wonder: 'what did we do to deserve this?'" (a line the writer imagines for
    them) and "retirees are still trying to figure out how much they need" (an effort to understand,
    no view held). An attempt at speech ("tried to explain that ...") stays: it was said."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_.lower() in _LEFT_TO and any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.lemma_.lower() in _ATTEMPTS and senses.get(token.lemma_.lower()) == "thought"


# the nouns of "at no time", "at no point", "in no way", "at no stage": an emphatic "never" fronted or not
_NO_OCCASION = frozenset({"time", "point", "stage", "moment", "juncture", "way", "place", "instance"})


def _no_occasion(prep: Token) -> bool:
    """ "at no time", "at no point", "in no way": "at" or "in" with one of the nouns and "no" alone on it ("With no
    way to verify the claim, officials said ..." and "at no time left" say when, not that nothing was said)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _NO_OCCASION
               and [(d.dep_, d.lower_) for d in g.children] == [("det", "no")] for g in prep.children)


def denied_speech(token: Token) -> bool:
    """The writer's emphatic denial that the words were ever said: "At no time does Guyger say she was afraid for
    her life", "At no point did the FBI claim that ...", "In no way did Clinton suggest that ...", "Nowhere in the
    report does it state that ...", "The report nowhere states that ...", "Not once did Obama say that ...",
    "Smith never once said that ...", "Never did the senator claim that ...", "never even considered ...", "not even
    Carter thought ..." (``emphatic_not``, blind audit 26). Whatever follows is what the cue's
    subject did not say; nothing is attributed to it.

    A plain negation ("Johnson never said that the border was closed") is ``negated_reports``'s: dropped as well,
    though PolNeAR marks the words someone did not say (43 of 54 negated cues sayso found on its train split were
    gold), since the blind readers judge it wrong. Kept: the negation inside the content ("The president said at no time had he asked Ukraine for help": he said
    it). The rule reads the cue's own modifiers, so the same words in a quotation are the quoted speaker's denial.
    """
    kids = list(token.children)
    # "Nowhere in the report does it state": the parse may hang the fronted word on the auxiliary
    for c in kids + [g for k in kids if k.dep_ == "aux" for g in k.children]:
        if c.i > token.i:
            continue  # "said at no time had he asked ...": after the cue, the parse may have lifted it from the content
        low = c.lower_
        if _no_occasion(c):
            return True  # "at no time", "in no way"
        if low == "nowhere":
            return True  # "Nowhere in the report does it state", "it nowhere states"
        if low == "once" and (any(g.dep_ == "neg" for g in c.children)
                              or any(k.dep_ == "neg" and k.i == c.i - 1 for k in kids)):
            return True  # "Not once did he say", "never once said"
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.lower_ == "nowhere" for c in subject.children):
        return True  # "The report nowhere states that ...": the parse hangs "nowhere" on the subject
    if emphatic_not(token) or (subject is not None and emphatic_not(subject)):
        return True  # "never even considered fleeing", "didn't even mention it", "not even Carter thought ..."
    never = next((c for c in kids if c.dep_ == "neg" and c.lower_ == "never"), None)
    aux = next((c for c in kids if c.dep_ == "aux"), None)
    # "Never did the senator claim": the fronted "never" and the auxiliary before the subject
    return never is not None and aux is not None and subject is not None and never.i < aux.i < subject.i


# verbs of granting that take their clause as true: "admits that X" tells X, the writer's as well as the subject's
_FACTIVE_GRANTS = frozenset({"acknowledge", "admit", "concede", "recognize", "recognise", "grant"})


def unacknowledged(token: Token, quotes: QuoteIndex) -> bool:
    """A verb of granting the writer negates over a clause: "The FBI doesn't acknowledge that there is a global jihad,
    or that Islam has anything to do with terrorism", "the West doesn't admit that there is a war going on" (blind
    audit 30). The clause is the writer's own claim, one the subject does not hold: a report of it puts in the
    subject's mouth what it refuses.

    Kept: a refusal ("refused to admit that ...": ``withheld_speech`` keeps it, a denial PolNeAR marks), a modal ("would
    not concede that ...", "could not admit": a refusal of the moment), a noun phrase ("did not admit wrongdoing": a
    settlement's phrase, which PolNeAR marks), the negation inside a quotation or in a clause someone else reports
    ("Aides said he does not acknowledge that ..."), a fronted "Not until Tuesday does it acknowledge that ...", any
    tense but the present ("At first she did not admit that she had taken the money, but she later confessed": a
    narrative of what was granted later). A past or perfect with nothing granted in the end ("has not acknowledged
    that ...", "never conceded that ...") and the other verbs of saying negated ("did not say that ...") are
    ``negated_reports``'s."""
    if token.lemma_.lower() not in _FACTIVE_GRANTS or token.pos_ not in ("VERB", "AUX"):
        return False
    if not _negated_after_subject(token) or not _present(token) or modals(token) or quoted(token, quotes):
        return False
    if not any(c.dep_ == "ccomp" for c in token.children):
        return False
    return not reported_by_other(token)


def _negated_after_subject(token: Token) -> bool:
    """Whether ``token`` is negated after its subject ("The FBI doesn't acknowledge"), not by a fronted "Not" that
    only sets a time ("Not until Tuesday did the company acknowledge that ...": it did)."""
    subject = subject_of(token)
    return subject is not None and any(c.dep_ == "neg" and c.i > subject.i for c in token.children)


def _present(token: Token) -> bool:
    """Whether ``token`` is in the present tense, a stance held now: "doesn't acknowledge", "does not admit", "do not
    concede", "never admits". Not: a past ("did not admit", "never conceded"), a perfect ("has not acknowledged")."""
    if token.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return token.tag_ == "VB" and bool(auxes) and all(a.lemma_.lower() == "do" and a.tag_ in ("VBZ", "VBP")
                                                      for a in auxes)


def emphatic_not(word: Token) -> bool:
    """ "never even", "not even", "n't even" on the cue or on its subject: the writer's emphatic denial ("Assange never
    even considered fleeing", "He didn't even mention the deficit", "not even Jimmy Carter thought that money belonged
    to the mullahs"): the act did not happen, or the one named did not make it; a report that drops the negation puts
    the opposite in the subject's mouth. A plain "not" ("did not say that ...") and a bare "even" ("even Carter thought
    ...") are not emphatic denials and stay."""
    for even in (c for c in word.children if c.lower_ == "even" and c.dep_ == "advmod" and c.i > 0):
        neg = word.doc[even.i - 1]
        if neg.dep_ == "neg" and neg.head.i in (word.i, even.i):  # the parse hangs a fronted "Not" on "even"
            return True
    return False


# verbs that withhold the act their infinitive or gerund names: "declined to declare it responsible", "avoided
# saying that ...", "failed to mention that ...", "hesitated to call it a coup"
_WITHHOLDING = frozenset({"decline", "refuse", "avoid", "fail", "hesitate", "neglect", "resist", "refrain", "abstain"})
# the same with a particle or an adverb the preposition hangs on: "steered clear of criticizing", "stopped short of
# saying", "shied away from calling", "backed away from saying"
_WITHHOLDING_WITH = {"clear": frozenset({"steer", "stay", "keep"}), "short": frozenset({"stop", "fall"}),
                     "away": frozenset({"shy", "back", "stay", "keep"})}
_STATING_SENSES = frozenset({"saying", "writing"})
# refusing to grant a point is denying it, a stance PolNeAR marks ("refused to concede that the critics had a point",
# "refusing to acknowledge that any facts were wrong": 4 of sayso's predictions on its train split, all gold)
_GRANTING = frozenset({"concede", "admit", "acknowledge", "accept", "recognize", "recognise", "grant", "allow", "agree"})


def withheld_speech(token: Token, senses: dict[str, str]) -> bool:
    """A verb of saying whose act the writer says was withheld: "Obama declined to directly declare it responsible",
    "Obama avoided saying that Russia was responsible", "The White House is steering clear of criticizing Trump",
    "stopped short of calling it a genocide", "failed to mention that he had been fired", "refrained from accusing
    Clinton", "has yet to explain why ..." (not so far). Nothing was said; what follows is what the subject did not say (the blind audits marked each wrong).

    Kept: a refusal to grant a point ("refused to concede that ...", "refusing to admit that ...": a denial, a stance
    PolNeAR marks), the withholding verb negated ("did not hesitate to call him a liar": he did), the withholding verb as cue
    with its own clause ("refused to say whether ..." is judged by ``filters.declined_to_comment``), and a verb of
    thought ("refused to believe that ...": a view held)."""
    lemma = token.lemma_.lower()
    if senses.get(lemma) not in _STATING_SENSES or token.pos_ not in ("VERB", "AUX"):
        return False
    head = token.head
    if token.dep_ == "xcomp" and _not_yet(head):
        return True  # "has yet to admit that ...": not so far, no denial either
    if lemma in _GRANTING:
        return False
    if token.dep_ == "xcomp":
        holder = head if head.lemma_.lower() in _WITHHOLDING else None
    elif token.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "from") and head.dep_ == "prep":
        verb = head.head
        if verb.lemma_.lower() in _WITHHOLDING:
            holder = verb  # "refrained from accusing", "avoided from saying"
        elif verb.lower_ in _WITHHOLDING_WITH and verb.head.lemma_.lower() in _WITHHOLDING_WITH[verb.lower_]:
            holder = verb.head  # "steered clear of criticizing": the parse hangs "of" on "clear"
        elif any(c.lower_ in _WITHHOLDING_WITH and verb.lemma_.lower() in _WITHHOLDING_WITH[c.lower_]
                 for c in verb.children):
            holder = verb  # "stopped short of saying" with "of" on the verb
        else:
            holder = None
    else:
        holder = None
    return holder is not None and not any(c.dep_ == "neg" for c in holder.children)


def _not_yet(verb: Token) -> bool:
    """ "has yet to explain why ...", "is yet to say whether ...": what has not been done so far."""
    return verb.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


_NOTHING = frozenset({"nothing", "none"})
# a finding that there is none is a finding ("the inquiry found nothing to suggest ...", "the search showed nothing":
# PolNeAR marks them, and a reader takes them as the report's)
_FINDING = read_words("finding_verbs.txt")


def nothing_said(token: Token, content: Content, doc: Doc) -> bool:
    """The writer's word that nothing was said or proposed: "Trump has proposed nothing that would lower the deficit",
    "he said nothing about the wall", "the statement offered nothing new". The content is the object "nothing" with its
    modifiers, what the subject did not say; no one's statement (the same as ``denied_speech``, said of the words).

    Kept: "nothing" as the subject of the content's clause ("said nothing is off the table": he said it), a
    quotation, a pronoun that stands for words ("denied it"), and a finding that there is none ("the inquiry found
    nothing to suggest ...", ``_FINDING``)."""
    if content.quote or content.kind in QUOTE_KINDS or token.pos_ not in ("VERB", "AUX"):
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ != "dobj" or root.head.i != token.i or token.lemma_.lower() in _FINDING:
        return False
    if root.lower_ in _NOTHING:
        return True
    # "offered no proof that the election was rigged", "gave no evidence for ...": the writer's check of a claim, not
    # the claim (PolNeAR marks some; blind audit 16 and the issue count them wrong: a proof that is none says nothing)
    return root.lemma_.lower() in _SUPPORT and any(c.dep_ == "det" and c.lower_ == "no" for c in root.children)


_SUPPORT = frozenset({"proof", "evidence", "explanation", "detail", "basis", "support", "substantiation"})


# deeds, outcomes and looks: what someone did or what happened, never what anyone said ("Mr. Trump's performance
# confirms ...", "Sanders's victory confirmed ...", "A look at his airplanes suggests ..."); documents, data and
# results are not here ("the report suggests", "the data show", "Monday night's results showed": findings)
DEEDS = read_words("deeds.txt")


def inferred_from_a_deed(token: Token, content: Content, subject: Token | None, evidence: dict[str, str]) -> bool:
    """The writer's inference from a deed, an outcome or a look, dressed as a report: "Mr. Trump's performance on Monday
    confirms where he stands", "the truck story suggests that ...", "His appointment of James Zogby suggests that he
    wants ...", "A look at Mr. Trump's airplanes suggests that their value rests ...". A verb of evidence
    (``evidence_verbs.txt``) with such a noun for subject says what the writer reads into it; nobody said it (the blind
    audits marked each wrong; PolNeAR marks about half of them).

    Kept: a story someone published or told ("A Washington Post story revealed that ..."), a document, data or results
    as subject ("the report suggests that ...", "the poll shows ...", "the results
    showed ...": findings readers accept), a person, a quotation, and a pronoun (what it stands for is not read)."""
    if token.lemma_.lower() not in evidence or token.pos_ not in ("VERB", "AUX") or subject is None:
        return False
    if content.quote or content.kind in QUOTE_KINDS or subject.pos_ != "NOUN":
        return False
    if subject.lemma_.lower() not in DEEDS and subject.lower_ not in DEEDS:
        return False
    # "A Washington Post story revealed that ...", "her story shows ...": a story someone told or published is theirs
    return not (subject.lemma_.lower() in _TOLD and any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in subject.children))


_TOLD = frozenset({"story", "anecdote", "tale", "account"})
# deeds that tell nothing of themselves: "a story explains" may be someone's story
UNTOLD_DEEDS = DEEDS - _TOLD
