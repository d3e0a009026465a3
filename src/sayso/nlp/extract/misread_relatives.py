"""A relative clause on a noun is not what the cue reports (blind audit 25).

The parse sometimes hangs a noun's relative clause on the verb before it as that verb's clause, and the clause
becomes the content. Two shapes, each a pure predicate with its table in ``tests/test_misread_relatives.py``:

- ``relative_pronoun_content``: "had simply referred to Qur'anic Suras that mandate the Hijab for women": the content
  opens with a relative pronoun that is its own subject ("that", "which", "who"), right after a noun that is no
  object of the cue; the clause says what the Suras do, not what the editor said. A "that" which marks the
  clause ("told reporters that ...", "said that was wrong") is kept.
- ``double_object_clause``: "the Department of Justice quietly offered Wilson a settlement to end a lawsuit he and a
  group of co-plaintiffs have pursued since 2015": a verb with two objects (one given to, one given) has no room
  for a clause too; an unmarked clause right after a noun of its object is that noun's relative clause.
- ``adjunct_noun_clause``: "Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they
  will be allotted the maximum 10 per cent": a verb with its object, then an adjunct clause ending on a noun and an
  unmarked clause right after it: the clause goes on from that noun, it is not what the cue reports.
- ``contact_relative_subject``: "The institutions Bono referenced — the U.N., EU, NATO — all trace their roots to the
  1940s", "The 21 pages Trump wants to be declassified only make up a small part of the 412 pages": a relative clause
  with no relative word ("the institutions [that] Bono referenced") on the sentence's subject, which the parse read as
  the noun, the name as its appositive, the cue as the main verb and the sentence's predicate as the cue's clause. The
  noun is what the cue's speaker referred to or wants, never the speaker, and the predicate is the writer's (blind
  audit 27, two articles, both marked wrong).
- ``fronted_relative_quantity``: "Two lawsuits were filed, one of which a state judge dismissed as frivolous": the
  cue's subject (or object) is a part "of which"/"of whom", a relative clause on a noun of the clause before it, which the parse
  read as a fronted content ("X, Y said"). The clause before is the writer's, and the cue's speaker is the relative
  pronoun's part, no one who spoke.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span

_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def relative_pronoun_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content opens with a relative pronoun, the subject of its clause, right after a noun that is not an
    object of the cue: the clause describes that noun."""
    if content.quote or token.pos_ not in ("VERB", "AUX"):
        return False
    span = content_span(doc, content)
    if span is None or not len(span) or span[0].i <= token.i + 1:
        return False
    first = span[0]
    if first.lower_ not in _RELATIVE_PRONOUNS or first.dep_ not in SUBJECTS or first.pos_ == "SCONJ":
        return False
    noun = doc[first.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == token.i:
        return False  # "told reporters that would be wrong": the cue's own object, then what was said
    return first.head.i == span.root.i


def double_object_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The cue has a dative and a direct object before the content, an unmarked clause that opens right after a
    noun of the direct object: the clause is that noun's relative clause."""
    if content.quote or token.pos_ != "VERB":
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    children = list(token.children)
    dative = next((c for c in children if c.dep_ == "dative" and c.i < span.start), None)
    obj = next((c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start), None)
    if dative is None or obj is None or span.start == 0:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "ccomp" or _marked(span):
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("NOUN", "PROPN") and obj.left_edge.i <= before.i <= obj.right_edge.i


def adjunct_noun_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The cue has a direct object and then an adjunct clause of its own that ends on a noun, and the content is an
    unmarked clause right after that noun, no comma between: "Small investors have welcomed the deal, subscribing for
    so many shares they will be allotted the maximum": the clause goes on from the adjunct's noun ("so many shares
    [that] they will be allotted"), the parse hung it on the cue. What the investors welcomed is the deal. A cue
    without an object of its own ("said after touring the plant the line would close") or a comma after the adjunct
    ("welcomed the deal, citing the report, and said costs would fall") is kept."""
    if content.quote or token.pos_ != "VERB":
        return False
    span = content_span(doc, content)
    if span is None or not len(span) or span.start == 0:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "ccomp" or _marked(span):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and token.i < c.i < span.start for c in token.children):
        return False
    before = doc[span.start - 1]
    return before.pos_ == "NOUN" and any(
        c.dep_ == "advcl" and token.i < c.i < span.start and c.right_edge.i == before.i for c in token.children)


def _marked(span: Span) -> bool:
    """Whether the clause opens with a mark or a question word ("that ...", "whether ...", "how ...")."""
    return any(c.dep_ == "mark" for c in span.root.children) or span[0].tag_ in ("WDT", "WP", "WRB")


def _stranded_indefinite(subject: Token, token: Token) -> bool:
    """ "an issue Microsoft had warned about": one noun with "a"/"an" cannot stand in apposition to a name either, where
    the cue ends on a preposition with no object, the gap of the relative clause (blind audit m69: W)."""
    return subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) \
        and any(c.dep_ == "prep" and c.i > token.i and not list(c.children) for c in token.children)


def _dated(word: Token, subject: Token) -> bool:
    """A date the parse hung on the noun between the name and the cue ("an issue Microsoft on July 16 had warned
    about"): a phrase with a DATE."""
    prep = next((t for t in [word, *word.ancestors] if t.dep_ == "prep" and t.head.i == subject.i), None)
    return prep is not None and any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


# what may stand between the speaker's name and the cue of a relative clause: "the pages Trump has long wanted"
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def contact_relative_subject(token: Token, doc: Doc, people: tuple[frozenset[str], ...]) -> bool:
    """The cue's subject is a plural common noun with a single name right after it, no comma between, that the parse
    made its appositive or a second subject of the cue; the cue follows the name and has no object of its own: "The
    institutions Bono referenced ... all trace", "The 21 pages Trump wants to be declassified only make up". A plural noun cannot stand in
    apposition to one name ("the senator Warren" can; "the institutions Bono" cannot): the name opens a relative
    clause on the noun, whose gap is the cue's object.

    Kept: a noun of people, a group or a body that names its member ("the senators Warren and Sanders said", "the
    brothers Grimm wrote": ``people``, the lexicon's sets of such nouns, and two names or a plural one), a comma before the name ("the institutions,
    Bono said, ..."), a cue with its own object ("the institutions Bono praised the UN"), and a content before the cue
    or a quotation (the caller)."""
    if token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if subject is None or subject.pos_ != "NOUN" or not (subject.tag_ == "NNS" or _stranded_indefinite(subject, token)):
        return False
    if subject.i + 1 >= token.i:
        return False
    name = doc[subject.i + 1]
    if name.dep_ == "compound" and name.head.i < token.i:
        name = name.head  # "the pages Donald Trump wants"
    # the parse makes the name the noun's appositive, or a second subject of the cue
    if not ((name.dep_ == "appos" and name.head.i == subject.i) or (name.dep_ in SUBJECTS and name.head.i == token.i)):
        return False
    if name.left_edge.i != subject.i + 1 or name.tag_ == "NNPS" or any(c.dep_ in ("conj", "cc") for c in name.children):
        return False
    if name.pos_ != "PROPN" and name.ent_type_ not in _NAME_ENTITIES:
        return False
    if any(t.dep_ not in _BETWEEN and not _dated(t, subject) for t in doc[name.right_edge.i + 1:token.i]):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # "the institutions Bono praised the UN": an object of its own, no gap
    words = (subject.lemma_.lower(), subject.lower_)
    return not any(word in nouns for nouns in people for word in words)


_RELATIVE_OBJECTS = frozenset({"which", "whom"})
# where the parse puts the fronted part: the cue's subject ("one of which a judge dismissed") or its object ("most of
# which the company denied")
_FRONTED = SUBJECTS | {"dobj"}


def fronted_relative_quantity(token: Token, content: Content, doc: Doc) -> bool:
    """The cue's subject or object before it is "one of which", "most of which" (a part of a relative pronoun's noun)
    and the content stands before the cue: the content holds the noun the relative clause is on, not what was said.
    Kept: a content after the cue ("Two suits were filed, one of which claimed that the firm lied": the suit's claim) and a quotation."""
    if content.quote or token.pos_ not in ("VERB", "AUX") or content.end > token.idx:
        return False
    return any(c.dep_ in _FRONTED and c.i < token.i and _part_of_relative(c) for c in token.children)


def _part_of_relative(subject: Token) -> bool:
    """ "one of which", "many of whom": a word with "of" and a relative pronoun as its object."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in _RELATIVE_OBJECTS
                                                              for o in p.children) for p in subject.children)
