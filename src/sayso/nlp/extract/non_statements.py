"""Sentences whose form says that nobody is cited: pure predicates on the parse.

``filters`` holds what a cue's own words rule out (refusals, boilerplate, headings); this
module holds what the shape of the statement rules out, whatever the cue word:

- ``evidence_not_statement``: a verb of evidence or depiction with a noun phrase for
  content ("This graphic shows the states where ...", "evidence points to the existence
  of plumes"): a thing shown is no proposition;
- ``question_not_answered``: a verb of saying or showing with an embedded yes/no question
  for content ("noted if and how often ...", "did not say whether ..."): what was said is not told;

Each is a small pure function with its own table of tests (``tests/test_non_statements.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span, noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_context import can_speak

# subjects that speak or carry someone's findings: "he confirmed", "the report reveals"
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def evidence_not_statement(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, evidence: dict[str, str],
                           subject: Token | None, speakers: frozenset[str]) -> bool:
    """A verb of evidence or depiction whose content is a plain noun phrase: a thing shown, not a statement.

    "This graphic shows the U.S. states where marijuana has been legalized", "Multiple lines
    of evidence now point to the existence of plumes", "spend years characterizing the moon".
    ``evidence`` (``evidence_verbs.txt``) marks each verb ``evidence`` (its subject shows, it
    never says: show, indicate, point) or ``dual`` (a speech act when a speaker does it:
    "the ministry confirmed the deaths", "the report reveals ..." stay; "it confirms recent
    polling" does not). A phrasal verb is another word ("pointed out his failings"). A clause ("polls show that ..."), a quotation or a predication on the
    noun ("polls show Trump leading", "shows him with his hands up", "characterized him as
    weak") is a proposition and stays. ``subject`` is the cue's source head on the parse.
    """
    sense = evidence.get(token.lemma_.lower())
    if sense is None or token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ == "prt" for c in token.children):
        return False  # a phrasal verb is another word: "pointed out each other's failings" is said
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or not noun_phrase_with_modifiers(span) or predicated(token, span):
        return False
    return sense == "evidence" or not speaker_subject(subject, speakers)


def predicated(token: Token, span: Span) -> bool:
    """Something is said of the noun: a participle ("Trump leading the field"), "as" or "with" a predicate."""
    root = span.root
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i > root.i for c in root.children):
        return True
    return any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ in ("as", "with")) for c in token.children)


def speaker_subject(subj: Token | None, speakers: frozenset[str]) -> bool:
    """The subject can speak or carries someone's findings: a person, a body, a name, a document."""
    if subj is None:
        return True  # no subject on the parse: nothing to judge by, keep the attribution
    if subj.pos_ == "PRON":
        return subj.lower_ in _SPEAKER_PRONOUNS
    return can_speak(subj, speakers)


_YES_NO = frozenset({"whether", "if"})


def question_not_answered(token: Token, content: Content, doc: Doc, assertive: frozenset[str]) -> bool:
    """A verb of saying or showing whose content is a yes/no question: the reader is not told what was said.

    "The team noted if and how often respondents used marijuana" (noted = recorded),
    "He did not say whether the company would sell the unit". ``assertive`` (``assertive_verbs.txt``) holds the verbs that report
    an assertion; those that take a question as their content stay ("asked whether ...",
    "wondered if ..."), and so do a condition inside the content ("said if elected he would
    ...") and a wh-clause ("explained how the virus spreads"; "did not say when ..." is
    left to the model: PolNeAR marks such refusals, the issue's readers do not).
    """
    if token.lemma_.lower() not in assertive or token.pos_ not in ("VERB", "AUX") or content.quote:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.head.i != token.i or root.i == token.i:
        return False  # the question is not the cue's own complement
    return any(c.dep_ == "mark" and c.lower_ in _YES_NO and c.i == span.start for c in root.children)
