"""The cue's speaker named again at the end of a content: the writer telling of the saying, not what was said.

- ``speakers_own_subject``: whether a clause's subject is the cue's speaker named again ("Hope Hicks said all staffers
  sign NDAs, though she did not discuss their terms", "Indiana State Police reported at least 5,000 people entered
  the Statehouse, but the agency didn’t estimate how many total were on the grounds"). ``refusal_conjuncts`` cuts
  such a refusal to say.
- ``without_speaker_ellipsis``: "Washington insiders still believe Kavanaugh will be confirmed, or at least they did
  before the two new accusers popped up" (blind audit 35: run_on): the speaker named again with the cue's verb left
  out ("they did") is the writer's remark on the saying or the believing; the content ends before it.

Pure functions of the parse. Tables of tests: ``tests/test_speaker_again.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import trimmable_span
from sayso.nlp.extract.pronoun_number import BODIES
from sayso.nlp.extract.quotes import QuoteIndex

_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_BODY_ENTITIES = frozenset({"ORG", "GPE", "NORP"})


def speakers_own_subject(subject: Token, cue: Token, span: Span) -> bool:
    """Whether ``subject``, the subject of a clause at the end of the content ``span``, is the speaker of ``cue``
    named again: "he" or "she" for a speaker that is one person ("Hope Hicks said ..., though she did not discuss"),
    "they" for many ("Officials said ..., but they did not say"), "it" or "they" for a body; or "the" and a body noun
    ("the agency") for a speaker that is a body ("Indiana State Police reported ..., but the agency didn’t
    estimate"), where the content before names no such body itself ("said the company cut pay, but the company
    would not comment": the company's). A speaker that is a pronoun is named again by the same pronoun ("He said
    ..., although he did not comment"). The cue needs a subject of its own: a relative "who" tells nothing here.
    Not the speaker: a pronoun of another number ("She said the police found the gun but they would not comment")."""
    speaker = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ in _SINGULAR_PRONOUNS | {"they"}:
        return subject.lower_ == speaker.lower_  # "He said ..., although he did not comment on its cost"
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    body = speaker.lemma_.lower() in BODIES or speaker.lower_ == "police" or speaker.ent_type_ in _BODY_ENTITIES
    many = speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ == "police"
    word = subject.lower_
    if subject.pos_ == "PRON":
        if word in _SINGULAR_PRONOUNS:
            return not many and not body
        if word == "they":
            return many or body
        return word == "it" and body and not many
    if subject.lemma_.lower() not in BODIES or not body:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    return not any(t.lemma_.lower() == subject.lemma_.lower() for t in span if t.i < subject.i)


_JOINERS = frozenset({"but", "or", "and", "yet"})
_AFTER_ELLIPSIS = frozenset({"SCONJ", "ADP", "PUNCT"})


def without_speaker_ellipsis(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content ended before ", or at least they did before ...", ", and he did": a clause joined by "but", "or",
    "and" or "yet" after a comma, whose subject is the speaker named again (``speakers_own_subject``) and whose verb
    is a stranded "do" (the cue's verb left out: nothing after it but "not", a subordinate clause or the sentence's
    end). Read on the words, for the parse seldom keeps such a "did" whole ("did" as the auxiliary of the verb of
    the clause after it). Kept: "do" with a verb of its own ("or at least they did not object"), a subject that is
    not the speaker ("said the bill would pass, and it did": ``content_trails.without_retort`` reads the writer's
    verdicts), a quotation."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    for t in span[3:]:
        if t.lemma_.lower() != "do" or t.tag_ not in ("VBD", "VBP", "VBZ") or quotes.containing(t.idx) is not None:
            continue
        after = t.i + 1
        if after < span.end and doc[after].dep_ == "neg":
            after += 1
        if after < span.end and doc[after].pos_ not in _AFTER_ELLIPSIS:
            continue
        subject = doc[t.i - 1]
        if subject.pos_ != "PRON" or not speakers_own_subject(subject, token, span):
            continue
        i = subject.i
        while i - 1 > span.start and doc[i - 1].pos_ in ("ADV", "ADP", "ADJ") and doc[i - 1].lower_ not in _JOINERS:
            i -= 1  # "at least", "still"
        if doc[i - 1].lower_ not in _JOINERS or doc[i - 2].text != ",":
            continue
        end = doc[i - 2].idx
        text = doc_text(doc)
        while end > content.start and text[end - 1].isspace():
            end -= 1
        if end > content.start:
            return content._replace(end=end)
    return content
