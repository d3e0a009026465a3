"""The writer's inference from events, put as what the events show: "The timing suggests that the leak was planned",
"The events of these past weeks have shown that the party is divided", "History shows that tariffs fail".

A verb of evidence (``evidence_verbs.txt``) with a subject that carries no one's words or findings: a time, a run of
events, the past. What follows is the writer's reading of them; nobody is cited. A document, a poll, data, a record
or a study carries someone's finding and stays ("polls show that ...", "the report suggests ...", "records show ...":
PolNeAR marks them and so does a careful reader), and so do results and outcomes (a count someone made: PolNeAR marks
"the results showed that ..."). "explain" in its causal sense is the same reading: "none of this explains why ...",
"the fact that the choppers left does not explain the debris" (``things_explain``). Tests:
``tests/test_writers_inferences.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_TAGS
from sayso.nlp.extract.writers_voice import quoted

# subjects that are times or runs of events: they show nothing anyone said or found
_MUTE = read_words("mute_event_subjects.txt")


def events_as_evidence(token: Token, subject: Token | None, quotes: QuoteIndex, evidence: dict[str, str]) -> bool:
    """A verb of evidence whose subject is a time or a run of events ("the timing suggests", "the events of these past
    weeks have shown", "history shows", "this turn of events indicates") or a share of what the writer has set out
    ("none of this suggests that ...", "all of this shows that ...": ``pointer_share``), outside any quotation.

    Kept: a document, data, a poll or a result for subject ("the report suggests", "the results showed"), a person
    ("Smith suggested that ..."), a verb of saying ("history will say" is not this rule's), and the same inside a
    speaker's quotation or report (the speaker's inference: "Bush said history has shown ..." keeps "said")."""
    if subject is None or token.lemma_.lower() not in evidence or quoted(token, quotes):
        return False
    if pointer_share(subject):
        return True  # "none of this suggests that ...", "all of this shows that ...": what the writer has set out
    if subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("nsubj", "csubj"):
        return False
    if subject.lower_ not in _MUTE and subject.lemma_.lower() not in _MUTE:
        return False
    # "his voting history", "Trump's past", "credit history": a record someone keeps
    return subject.lemma_.lower() not in _RECORDS or not any(
        c.dep_ in ("poss", "compound", "amod") for c in subject.children)


_RECORDS = frozenset({"history", "past"})


# what the writer argues from: a stance or a conduct judged ("this blatant hypocrisy", "his silence"), an argument
# ("Faggioli's argument"); nobody's words or findings (blind audits 30, 40, 42: writers_voice)
_ARGUED = frozenset({"hypocrisy", "argument", "pattern", "behavior", "behaviour", "silence", "conduct", "attitude",
                     "stance", "inconsistency", "reasoning", "logic"})
# the verbs of the writer's proof from them
_PROVING = frozenset({"show", "indicate", "demonstrate", "prove", "reveal"})
_OWN = frozenset({"his", "her", "their", "its"})


def argued_as_evidence(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """ "This blatant hypocrisy shows the political bankruptcy of ...", "Faggioli's argument demonstrates that ...",
    "his record indicates that he all but cannot stand the Fourth": "show", "indicate", "demonstrate", "prove" or
    "reveal" with a conduct, a stance or an argument for subject (``_ARGUED``), or one person's record ("his
    record", "her track record"), outside any quotation, is the writer's argument, not anyone's words.

    Kept: a document or a set of records ("records show", "the court record shows", "the report reveals"), a poll,
    a study, a person, another verb ("his argument was that ...": no proof), and the same inside a quotation
    ("“His record shows he can win,” Smith said")."""
    if subject is None or token.lemma_.lower() not in _PROVING or quoted(token, quotes):
        return False
    if subject.pos_ != "NOUN" or subject.dep_ != "nsubj" or subject.head.i != token.i:
        return False
    noun = subject.lower_
    if noun in _ARGUED:
        return True
    if noun != "record":
        return False  # "records show": a set of documents
    mods = [c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return any(m.lower_ in _OWN for m in mods if m.dep_ == "poss") \
        and all(m.dep_ == "poss" or m.lower_ == "track" for m in mods)


# pointers to what the writer has just set out: "none of this explains ...", "This explains why ...", "Nothing explains"
_POINTERS = frozenset({"this", "that", "these", "those"})
_NONE = frozenset({"none", "nothing", "neither", "all", "much", "little", "some"})


def things_explain(token: Token, subject: Token | None, quotes: QuoteIndex, deeds: frozenset[str],
                   documents: frozenset[str] = frozenset()) -> bool:
    """ "explain" in its causal sense, with a thing for subject: "none of this explains why Campos is not registered",
    "the departure of the choppers and the fact that several of them overflew the lot does not explain all of the
    debris": the writer weighs causes, nobody explains anything (blind audit 26 marked both wrong).

    The subject is a pointer to what the writer has set out ("this", "none of this", "nothing"), a fact with its own
    clause ("the fact that ..."), or a deed or a run of events (``deeds``, with ``_MUTE``), alone or joined to one.
    Kept: a person, a body, a document ("the report explains", "the court's decision explains": ``documents``; "An
    Egyptian textbook explains ...", PolNeAR's gold), a
    pronoun that may stand for someone ("it did not explain ...": the company), "none of them" (people), a relative
    "that" ("a memo that explains why ...", "consultants that explained ..."), and the same words inside a
    quotation."""
    if token.lemma_.lower() != "explain" or token.pos_ not in ("VERB", "AUX") or quoted(token, quotes):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), subject)
    if subject is None:
        return False
    low = subject.lower_
    if low in _POINTERS or low == "nothing":
        if subject.tag_ in ("WDT", "WP") or token.dep_ == "relcl":
            return False  # "a memo that explains why ...": the relative "that" stands for the memo, no pointer
        return not list(subject.children)  # "this report explains ..." names a document
    if low in _NONE:
        return pointer_share(subject)
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in documents:
        return False  # "The court's decision explains that ...": a written ruling, its judges' words
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           for c in token.children):
        return False  # "The agency's response explained that the records were lost": telling, not the causal sense
    return any(_thing_explaining(n, deeds) for n in (subject, *(c for c in subject.children if c.dep_ == "conj")))


def pointer_share(subject: Token) -> bool:
    """ "none of this", "all of that": a share of what the writer has just set out; "none of them", "some of the
    officials" are people, and so may "none of these" be ("Dozens of officials were interviewed. None of these
    suggested ..."); "all of this report" is a document."""
    if subject.lower_ not in _NONE:
        return False
    of = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return bool(of) and all(o.dep_ == "pobj" and o.lower_ in ("this", "that") and not list(o.children) for o in of)


def _thing_explaining(noun: Token, deeds: frozenset[str]) -> bool:
    """A deed or a run of events ("the move", "the timing"), or a fact with its own clause ("the fact that ...")."""
    if noun.lemma_.lower() in deeds or noun.lower_ in deeds or noun.lemma_.lower() in _MUTE:
        return True
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in noun.children)


def participle_read_as_verb(token: Token) -> bool:
    """ "The timeline laid out in the letter shows that McCluskie knew": the parse reads the participle of a reduced
    relative ("laid out in the letter") as the sentence's verb and the real verb ("shows") as a second verb joined to
    it with no "and" or comma. The participle's "subject" is the thing laid out, not a speaker; what it "says" is the
    sentence's own claim.

    Told by the joined verb: finite, after the cue, with no subject of its own, and nothing between them that joins
    two verbs ("and", "but", "or", a comma, a semicolon). Kept: two verbs of one subject ("Smith laid out the plan
    and said that it would pass": "and"; "He wrote a letter, saying ...": a participle), and a cue with an object of
    its own ("The minister laid out the plan in a letter ...": a finite verb with its object)."""
    if token.tag_ != "VBD" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in token.children):
        return False
    for verb in (c for c in token.children if c.dep_ == "conj" and c.i > token.i):
        if verb.tag_ not in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        between = token.doc[token.i + 1:verb.i]
        if not any(t.dep_ == "cc" or t.text in (",", ";", "—", "–", "-") for t in between):
            return True
    return False


# the writer's own figures, named by a bare plural: "the results", "these numbers", "the figures"
_FIGURES = frozenset({"results", "numbers", "figures"})
# verbs of a hedged inference: what the figures "suggest" goes beyond them (a count "shows"; that stays a finding)
_INFERRING = frozenset({"suggest", "imply"})
_BARE_DETERMINERS = frozenset({"the", "these", "those"})


def figures_suggest(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """ "The results suggest that the senator still faces a difficult road", "These numbers imply that turnout will
    fall": "suggest" or "imply" with a bare plural of figures for subject ("the results", "these numbers", "the
    figures": a determiner and nothing else), outside any quotation, is the writer reading the numbers it has set out;
    no one's study is named, nobody is cited (blind audit P74).

    Kept: figures with an owner ("the study's results", "the results of the survey", "the CDC figures", "the new
    results", "the results published on Monday"), a study, a poll or data for subject ("a study suggests", "the poll
    suggests": ``events_as_evidence``'s docstring), a count that "shows" ("the results showed that ...": PolNeAR marks
    it), a singular ("the result suggests": a single outcome, often one side's), the same inside a quotation, and
    figures whose study, survey or researchers the sentence before names ("Researchers at Oxford tracked 2,000
    children. The results suggest ...": ``_study_before``)."""
    if subject is None or token.lemma_.lower() not in _INFERRING or quoted(token, quotes):
        return False
    if subject.lower_ not in _FIGURES or subject.tag_ != "NNS" or subject.dep_ != "nsubj" or subject.head.i != token.i:
        return False
    if not all(c.dep_ == "det" and c.lower_ in _BARE_DETERMINERS for c in subject.children) \
            or not any(c.dep_ == "det" for c in subject.children):
        return False
    return not _study_before(token)


# what names the figures' owner in the sentence before: "A Harvard study ...", "Researchers at Oxford tracked ...",
# "Pew surveyed 5,000 adults", "Oxfam released its annual report"
_STUDIES = frozenset({"study", "survey", "research", "researcher", "scientist", "trial", "experiment", "report",
                      "analysis", "paper", "journal", "census"})


def _study_before(token: Token) -> bool:
    """The sentence before the cue's names a study, a survey or researchers: "the results" are theirs, the finding
    theirs to suggest (PolNeAR marks "The results | suggest" as a source and cue)."""
    sent = token.sent
    if sent.start == 0:
        return False
    before = token.doc[sent.start - 1].sent
    return any(t.lemma_.lower() in _STUDIES and t.pos_ in ("NOUN", "VERB") for t in before)
