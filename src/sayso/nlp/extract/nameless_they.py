"""A "they" that no earlier name was found for, in a text that had sentences before it: nobody in particular.

Polemic writes "they claim that Paddock was a lone gunman", "When 'western' intelligence get caught ..., they
accuse Russia", "They wish you would disbelieve": the other camp, the Deep State, a verse's unbelievers. Where the
sources' ladder (``sources``, ``pronouns``) finds no plural name before it that the "they" agrees with, the report
would give the words to a speaker the reader cannot name, and the blind readers judged every such row of an
article wrong (PTC and real pages, audits 23-51: 11 W, 1 P, no C). Such an attribution is left out (its
confidence is nil; ``min_confidence=0`` still shows it).

Kept: a "they" resolved to a name ("Protesters gathered ... They said": the protesters), and a "they" in a text's
first sentence (a wire sentence read alone, "They said he organized a network ...": the readers judged those right,
its story names them elsewhere), and a "they" who told the writer or the one quoted ("I have a number of friends who
have escaped abusive marriages. They tell me that ...": people the narrator met, whom the readers judged partly
right). Pure: the source span, the name it resolved to, the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sayso.nlp.extract.doc_text import doc_text

_THEY = "they"


def nameless_they(doc: Doc, source: tuple[int, int] | None, name: str | None) -> bool:
    """The source span is a bare "they" that resolved to no name (its source is named "they"), after the text's
    first sentence."""
    if source is None or name is None:
        return False
    start, end = source
    if doc_text(doc)[start:end].strip().lower() != _THEY or name.strip().lower() != _THEY:
        return False
    first = next(iter(doc.sents), None)
    if first is None or start < first.end_char:
        return False
    return not told_the_narrator(doc, start)


_NARRATOR = frozenset({"me", "us"})


def told_the_narrator(doc: Doc, start: int) -> bool:
    """The "they" at ``start`` is the subject of a verb whose object or dative is "me" or "us": "They tell me that
    ...", "they told us": people who spoke to the one narrating."""
    they = next((t for t in doc if t.idx == start), None)
    if they is None:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in _NARRATOR for c in they.head.children)
