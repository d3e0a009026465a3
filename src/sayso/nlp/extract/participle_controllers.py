"""Whose act a trailing participle of saying reports, where the verb it hangs on is no one's speech.

The parse hangs "..., saying ..." on the nearest verb and the participle is that verb's subject's act. Three shapes
the blind readers of the PTC articles marked wrong, each narrow, since the same shape is mostly right (C 168 / P 46 /
W 60 over all participle cues):

- ``inference_from_a_deed``: "Paddock ordered a burger, ..., suggesting that there was another person", "The purge
  happened at 12:30 — implying that they were given the heads up": "implying" / "suggesting" on a clause that says
  nothing (no verb of saying or writing) is the writer's inference from the deed, no one's words (dropped). Kept: a
  verb of saying or writing under it ("O'Rourke said, implying ...", "Ms. Sanders wrote, suggesting ..."), a
  document for subject ("The report ... singled out Strzok, suggesting ...": a finding), a cue in a quotation.
- ``reported_speaker``: "Court documents say Patel lied about his travel history, saying ...": the participle hangs
  on a reported clause whose own verb is "lied" (speech that is no cue) with a subject of its own; the participle
  is what the lie said, so its speaker is that subject, not the reporter's. A reported clause of any other verb
  ("Mr Scott has not said he will back it, telling reporters ...", "Police said the man called 911, saying ...",
  "Officials said the user posted the video saying ...": tests/test_source_heads.py) still goes up to the reporter
  (``source_heads.participle_subject``).
- ``seeming_clause``: "It now seems obvious that one of those memos has gone out ..., saying ...": the climb out of
  the reported clause reaches an expletive "it" ("it seems", "it is clear that"), which stands for nobody (dropped).

Pure functions of the parse. Tests: ``tests/test_participle_controllers.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.adjunct_fears import can_hold
from sayso.nlp.extract.antecedents import COLLECTIVE
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import quoted

# participles by which the writer draws a conclusion from what the clause tells
_INFERRING = frozenset({"imply", "suggest"})
# verbs of speaking that are no cue of their own: one who lied spoke
_SPEAKING = frozenset({"lie"})
_TALKING_SENSES = ("saying", "writing")
# saying verbs that also name getting goods: "ordered a burger" says nothing
_PURCHASES = frozenset({"order"})
_SEEMING = frozenset({"seem", "appear", "be", "become", "look"})
# words of an occasion of speaking or of a stated position on the deed's clause: "took to Twitter", "appeared on
# Fox News", "gave an interview", "held a press conference", "broke his silence", "sidestepped the question",
# "expanded on the accusations", "took a hands-off approach": the participle is the subject's words, not an inference
_SPEECH_OCCASIONS = frozenset({
    "twitter", "facebook", "instagram", "tweet", "post", "interview", "conference", "briefing", "statement",
    "letter", "speech", "remark", "remarks", "rally", "question", "silence", "tone", "video", "podcast", "show",
    "television", "tv", "radio", "air", "camera", "reporter", "press", "media", "accusation", "claim", "criticism",
    "debate", "hearing", "testimony", "message", "email", "approach", "stance", "position", "aim"})
# "chimed in", "weighed in", "fired back", "lashed out", "sat down with", "went further": a turn in a talk
_TURN_PARTICLES = frozenset({"in", "back", "out", "down", "further"})


def _spoken_occasion(verb: Token, subject: Token, token: Token) -> bool:
    """The clause of ``verb`` (less its subject and the participle) names an occasion of speaking or a stated
    position ("took to Twitter", "went on CNN", "chimed in"), or the participle says where it was said ("suggesting
    in a letter")."""
    lexicon = load_lexicon()
    # "chimed in", "fired back"; not a thing's "Shares went down 5 percent, suggesting ...": a thing takes no turn
    if can_hold(subject, lexicon) and any(c.dep_ in ("prt", "advmod") and c.lower_ in _TURN_PARTICLES
                                          for c in verb.children):
        return True
    skip = {t.i for t in subject.subtree} | {t.i for t in token.subtree}
    words = [t for t in verb.subtree if t.i not in skip]
    words += [w for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for w in p.subtree]
    if any(t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in _SPEECH_OCCASIONS or t.lower_ in _SPEECH_OCCASIONS)
           for t in words):
        return True
    places = {t.i for t in words}
    outlets = set(lexicon.outlets)
    return any(e.text in outlets and e.start in places for e in verb.doc.ents)


def _speaks(verb: Token, senses: Mapping[str, str]) -> bool:
    """``verb`` is one of speaking or writing: "said", "wrote", "told", "lied"; "ordered" only with a
    clause or an infinitive ("ordered them to leave"), not with a bare thing ("ordered a burger")."""
    lemma = verb.lemma_.lower()
    if lemma in _SPEAKING:
        return True
    if senses.get(lemma) not in _TALKING_SENSES:
        return False
    if lemma in _PURCHASES:
        return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    return True


def inference_from_a_deed(token: Token, subject: Token | None, quotes: QuoteIndex, senses: Mapping[str, str],
                          documents: frozenset[str]) -> bool:
    """ "Paddock ordered a burger, ..., suggesting that ...": "implying" / "suggesting" hung (through "and" or a "had
    to go" infinitive) on verbs none of which is one of saying or writing, whose subject ``subject`` is the
    participle's source: the writer's inference from the deed. Kept: a verb of saying or writing on the way ("Clinton
    said, implying ...", "Sanders wrote on Monday, suggesting ..."), a document for subject ("The report faulted the
    bureau ... and singled out Strzok, suggesting ..."), a cue inside a quotation, and a source that is not the
    verb's own subject (a reporter the climb reached: ``source_heads.participle_subject``)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.lemma_.lower() not in _INFERRING or subject is None:
        return False
    if quoted(token, quotes):
        return False
    verb = token.head
    while True:
        if verb.pos_ not in ("VERB", "AUX") or _speaks(verb, senses) or _spoken_occasion(verb, subject, token):
            return False
        if subject.head == verb:
            break
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return False  # the source is not the subject of the clause the participle goes on with
        verb = verb.head
    if subject.lemma_.lower() in documents or subject.lower_ in documents:
        return False
    return subject.dep_ in ("nsubj", "nsubjpass")


# participles that tell what the liar asserted ("lied ..., saying his only trip was to India"); not the reporter's
# own acts on the liar ("calling him a leaker", "demanding that she resign", "urging voters", "ruling that")
_ASSERTING = frozenset({"say", "claim", "insist", "tell", "assert", "state", "maintain", "write", "swear", "testify"})
# reporters that cannot go on speaking: a finding ("The judge found that Manafort lied ..., telling them"); a
# person's "said" goes on with the person ("Democrats said Barr lied ..., saying he should resign": Democrats)
_FINDING = frozenset({"find", "show", "conclude", "reveal", "establish", "determine", "prove", "indicate", "confirm"})


def _finding_reporter(verb: Token) -> bool:
    """The clause ``verb`` is reported by a document ("Court documents say", "The indictment says") or by a verb of
    finding ("The judge found", "Court records show")."""
    report = verb.head
    if report.lemma_.lower() in _FINDING:
        return True
    reporter = next((c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    documents = load_lexicon().documents
    return reporter is not None and (reporter.lemma_.lower() in documents or reporter.lower_ in documents)


def reported_speaker(verb: Token, senses: Mapping[str, str], participle: Token | None = None) -> Token | None:
    """ "Court documents say Patel lied about his travel history, saying ...": the subject (Patel) of a reported clause
    whose verb is "lied" (``_SPEAKING``), which the participle goes on with. Only a complement clause (``ccomp``) with
    a subject of its own before its verb that can be a speaker (a name, a noun, a personal pronoun; not "it", "that",
    "what"). None otherwise: the reporter keeps a participle on a clause of any other verb ("Mr Scott has not said he
    will back it, telling reporters ...", "Police said the man wrote to his friends, asking them ..."; the readers'
    "The Guardian reported that Chris Bryant has written to May, urging her" is left to that rule)."""
    if verb.dep_ != "ccomp" or verb.head == verb or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if verb.lemma_.lower() not in _SPEAKING or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if participle is not None and participle.lemma_.lower() not in _ASSERTING:
        return None  # "Trump said Comey lied, calling him a leaker": the reporter's own act
    if not _finding_reporter(verb):
        return None  # "Sanders said Clinton lied about his record, saying she was desperate": Sanders goes on
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in ("it", "that", "this", "what", "which", "there"):
        return None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject


def seeming_clause(token: Token, subject: Token | None) -> bool:
    """ "It now seems obvious that one of those memos has gone out ..., saying ...": the source the climb out of the
    participle's clause reached is an expletive "it" of a verb of seeming or a copula whose "that" clause holds the
    participle; it stands for nobody. Kept: an "it" that stands for something ("It calls for the visit to be
    cancelled, adding ...": the motion), and an "it" subject of the very verb the participle hangs on."""
    if token.tag_ != "VBG" or subject is None or subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.lemma_.lower() not in _SEEMING or verb == token.head:
        return False
    if not any(c.dep_ in ("oprd", "acomp", "attr") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    if verb.lemma_ == "be" and token.dep_ == "advcl":
        # "It is clear that the government wants out, saying ...": the source goes to the clause's doer
        # (``assembly.thing_before_participle``); only a doer that cannot speak leaves nobody
        doer = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.head.i), None)
        if doer is not None and can_hold(doer, load_lexicon()):
            return False
    return True


# verbs of answering or reacting, whose "to" names what is answered: "reacted to news that ..."
_REACTING = frozenset({"react", "respond", "reply", "answer", "retort"})


# verbs whose own means are words: "the mayor had misled voters by saying ...", "the singer had defended herself by
# claiming ...": the "by" is the news's subject's
_SPOKEN_MEANS = frozenset({"mislead", "deceive", "fool", "trick", "dupe", "defend", "justify", "excuse"})


def _means_of_the_news(token: Token, verb: Token) -> bool:
    """The "by" + gerund is how the news's own verb ``verb`` was done: a verb whose means are words
    (``_SPOKEN_MEANS``), or one whose object the gerund's pronoun stands for ("the CEO had offended staff by calling
    them lazy", "the sheriff had threatened reporters by telling them to leave")."""
    if verb.lemma_.lower() in _SPOKEN_MEANS:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ not in REFLEXIVES]
    if not objects:
        return False
    pronouns = {t.lower_ for t in token.subtree if t.tag_ == "PRP" and t.dep_ in ("dobj", "dative", "nsubj", "pobj")}
    for obj in objects:
        if "them" in pronouns and (obj.tag_ in ("NNS", "NNPS") or obj.lower_ == "them"
                                   or obj.lemma_.lower() in COLLECTIVE | load_lexicon().collective_nouns):
            return True
        if pronouns & {"him", "her"} and obj.pos_ in ("PROPN", "NOUN") and obj.ent_type_ == "PERSON":
            return True
    return False


def reaction_by_means(token: Token) -> Token | None:
    """ "A panel on CNN reacted live on air to news that the Mueller report has concluded and resulted in no new
    indictments by admitting that ...": the parse hangs the "by" of the reaction's means on the last verb of the
    news's "that" clause, whose subject (the report) admits nothing; the one who reacts does it (returned). Only a
    "by" + gerund cue inside a "that" clause of a noun that is the object of "to" (or the direct object) of a verb of
    reacting or answering with a subject of its own. None otherwise ("She resigned by sending a letter ...")."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "by" or token.head.dep_ != "prep":
        return None
    clause = token.head.head
    if _means_of_the_news(token, clause):
        return None
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "has concluded and resulted in ... by admitting": up to "concluded"
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _REACTING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


# verbs by which a speaker judges a deed or a thing ("condemned the decision"): a naming participle on their object
# goes on with the judge
_JUDGING = frozenset({"condemn", "denounce", "criticize", "criticise", "decry", "blast", "slam", "deplore", "praise",
                      "hail", "applaud", "welcome", "reject", "assail", "attack", "lambaste", "protest"})
# participles that name something as something ("calling the ruling an outrageous act")
_NAMING = frozenset({"call", "label", "brand", "term", "dub", "describe"})
# a deed judged and named at once ("condemned the decision calling the ruling ..."): the naming's object stands for the
# judged noun only where both are such deeds, or where it is a pronoun ("praised the bill calling it ..."); otherwise
# the noun names ("denounced the statement calling the protesters terrorists": the statement calls them so)
_DEEDS = frozenset({"decision", "ruling", "verdict", "judgment", "judgement", "order", "move", "action", "step", "plan",
                    "bill", "law", "measure", "proposal", "deal", "agreement", "sentence", "ban", "vote", "act"})
_BACK_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def judge_of_naming(token: Token) -> Token | None:
    """ "Hynix CEO E.J. Woo condemned the decision calling the ruling an "outrageous act ..."": the parse hangs the
    naming participle ("calling X Y", with a predicate ``oprd`` or an "as" phrase) on the object of a verb of judging
    (``_JUDGING``); the judge, the verb's subject, does the naming, not "the decision" (blind audit 66 judged it
    wrong). None otherwise: a participle of any other verb ("a letter calling for his resignation", "a statement
    calling him a liar" after "issued") keeps its noun, and so does a naming with no predicate ("calling for")."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or token.lemma_.lower() not in _NAMING:
        return None
    if not any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in token.children):
        return None
    noun = token.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _JUDGING or verb.pos_ != "VERB":
        return None
    named = next((c for c in token.children if c.dep_ == "dobj"), None)
    if named is None or not (named.lower_ in _BACK_PRONOUNS
                             or (named.lemma_.lower() in _DEEDS and noun.lemma_.lower() in _DEEDS)):
        return None  # "denounced the statement calling the protesters terrorists", "a report describing the city"
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def likened_speaker(token: Token) -> Token | None:
    """ "Trump reminds me of Abraham Lincoln saying that ...": the parse hangs the gerund on the verb, but it is
    the act of the one named by the "of" right before it (Lincoln), the gerund's subject, not the verb's subject's
    (blind audit p69: W). Only a gerund with no comma or word between it and the "of" phrase's noun, that "of"
    hanging on the same verb. None otherwise: "He spoke of his father, saying ..." (set off: the speaker's),
    "accused him of lying, saying ..." (a gerund for "of"'s object, no noun)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i == 0:
        return None
    noun = token.doc[token.i - 1]
    while noun.dep_ != "pobj" and noun.head.i > noun.i and noun.head.i < token.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != token.i - 1 or noun.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    of = noun.head
    if of.head.lemma_.lower() in _SPEAKING_OF or not _a_person(noun):
        return None  # "Clinton spoke of unity saying ...", "complained of the heat saying ...": the subject's (review 69p)
    return noun if of.lower_ == "of" and of.dep_ == "prep" and of.head.i == token.head.i else None


# verbs whose subject speaks of something: the gerund after "of Y" is still the subject's ("Cruz spoke of Reagan saying")
_SPEAKING_OF = frozenset({"speak", "talk", "warn", "complain", "boast", "write", "tell", "brag", "accuse", "dream"})


def _a_person(noun: Token) -> bool:
    """ "Abraham Lincoln", "him", "my grandfather": one who can say something; not "unity", "the heat", "victory"."""
    if noun.pos_ == "PRON":
        return True
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("PERSON", "")
    return any(c.dep_ == "poss" for c in noun.children)


def _seen_act_subject(verb: Token, link: Token) -> Token | None:
    """ "watches Mr. Sanders thrill the crowds": the parse makes the one seen the subject of a bare complement clause
    ("thrill") of the verb of perceiving; that subject, standing after the verb and before the "by", is the one seen.
    Not the perceiving verb's own subject (before it), nor the subject of a "that" clause ("noticed that Ortiz was
    late": a fact learned, not an act seen)."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.tag_ not in ("VB", "VBG") or not verb.i < clause.i < link.i:
            continue
        if any(c.dep_ in ("mark", "aux") for c in clause.children):
            continue
        return next((c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)
    return None


# verbs of perceiving whose object does what the complement after it tells ("watched Smith win the crowd")
_PERCEIVING = frozenset({"see", "watch", "hear", "observe", "notice", "witness"})


def perceived_actor(token: Token) -> Token | None:
    """ "she watches Mr. Sanders thrill the crowds by exhorting them to ...": a verb of perceiving with an object and
    a complement clause after it (the object's act that is seen) has the "by" + gerund of that act hang on it in the
    parse; the one seen exhorts, not the watcher (blind audit p76: W). Returned: the object, a person or a pronoun.
    Only a "by" + gerund (or a participle) that follows the complement with no comma before it; None otherwise
    ("She watched the debate, saying ...", "He heard the verdict by listening ...": no complement clause)."""
    if token.tag_ != "VBG":
        return None
    if token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.dep_ == "prep":
        verb, link = token.head.head, token.head
    elif token.dep_ == "advcl":
        verb, link = token.head, token
    else:
        return None
    if verb.lemma_.lower() not in _PERCEIVING or verb.pos_ != "VERB" or link.i <= verb.i:
        return None
    if token.doc[link.i - 1].is_punct:
        return None  # "She watched him speak, saying ...": set off, the watcher's
    seen = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < link.i), None) \
        or _seen_act_subject(verb, link)
    if seen is None or not _a_person(seen):
        return None
    if not any((c.dep_ in ("ccomp", "xcomp", "oprd") or c.pos_ == "VERB") and seen.i < c.i < link.i
               for c in verb.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "acl") and c.i < link.i for c in seen.children):
        return None  # "heard the verdict by listening": no act of the one seen
    return seen


# prepositions that also open a clause of time ("after McCall resigned"): the parse may read the clause's subject as
# the preposition's object and leave its verb without a subject
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def subject_read_as_object(verb: Token) -> Token | None:
    """ "Reed arrived a day after H. Carl McCall, co-chairman of the committee, resigned saying Reed should have a
    clean slate": the parse reads "after" as a preposition with "McCall" its object and leaves "resigned" with no
    subject, hung loose on "arrived"; the participle then climbs to the sentence's subject (Reed), whom the content
    names (blind audit m83: W). A reader takes "after McCall ... resigned" as a clause of time whose subject is McCall,
    and the participle is his. Returned: that object, where ``verb`` has no subject of its own and the object's phrase
    (an apposition with it) ends right before ``verb``, a comma between them at most. None otherwise: "Reed arrived
    after the vote, saying ..." (no verb between, the main subject's), "McCall resigned, saying ..." (a subject of its
    own), "after the meeting ended" (a subject the parse kept)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.i - 1
    if before >= 0 and verb.doc[before].text == ",":
        before -= 1
    if before < 0:
        return None
    last = verb.doc[before]
    noun = next((a for a in [last, *last.ancestors] if a.dep_ == "pobj" and a.head.lower_ in _CLAUSE_PREPOSITIONS
                 and a.head.dep_ == "prep"), None)
    if noun is None or noun.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    edge = noun.right_edge.i  # the apposition's closing comma may hang on the noun: "after Powell, the chairman, spoke"
    if edge not in (before, before - 1) and not (edge < verb.i and all(t.is_punct for t in verb.doc[edge:verb.i])):
        return None
    if noun.i >= verb.i or verb.head not in (noun.head.head, noun.head) and verb.head != verb:
        return None
    return noun
