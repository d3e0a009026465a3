"""What ``sayso.analyze`` reports for a text, in the shapes the rule tests' tables check.

Every rule table is ``text, cue, expected``: does the analysis keep a cue (``assert_cue``), or
``text, expected`` with the (source, cue, content) rows it reports (``rows``). A table that reads
more of an attribution takes the report (``analysis``) and the attributions of one cue (``with_cue``).
One runner keeps the tables alike and their failure messages readable (the cues found are shown).

A table whose test only runs that check is written as data: ``test_x = cue_table([...])`` (or
``rows_table``, ``speaker_table``) makes the parametrized test, ids as ``@pytest.mark.parametrize`` gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import pytest

import sayso
from sayso.model import Article, Attribution, Block, Report


def token_of(doc, word: str):  # noqa: ANN001, ANN201
    """The first token of ``doc`` written ``word``: how a predicate's test names the token it asks about."""
    return next(t for t in doc if t.text == word)


def person_span(doc, name: str):  # noqa: ANN001, ANN201
    """The first occurrence of ``name`` in ``doc`` as a PERSON span: how a name rule's test hands it NER's name."""
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand", label="PERSON")
    assert span is not None, name
    return span


# What is trimmed off a content before a table compares it: quotation marks and end punctuation.
TRIM = " \t\n\"“”«»,.;:"


def analysis(nlp, text: str | Article, *, min_confidence: float | None = 0) -> Report:
    """What the tables read: ``sayso.analyze`` without the persuasion stages (they add markers and claims,
    never attributions), every attribution found (``min_confidence=None``: those the default keeps)."""
    return sayso.analyze(text, nlp=nlp, techniques=False, claims=False, min_confidence=min_confidence)


def kept(report: Report) -> list[Attribution]:
    """What the extractor kept: the attributions and the stances (``Report.stances``, "denied the allegations": set
    apart, not dropped), in text order. The rule tables test what is kept; ``test_stances`` tests which are stances."""
    if not report.stances:
        return list(report.attributions)
    return sorted((*report.attributions, *report.stances), key=lambda a: (a.content.start, a.cue.start if a.cue else -1))


def with_cue(report: Report, cue: str, *, exact: bool = True) -> list[Attribution]:
    """The attributions whose cue is ``cue`` (``exact``) or holds it in any case ("said" in "Said", "also said")."""
    return [a for a in kept(report)
            if a.cue is not None and (a.cue.text == cue if exact else cue.lower() in a.cue.text.lower())]


def speaker(report: Report, a: Attribution) -> str | None:
    """The name of the source ``a`` cites, None when it names none."""
    src = report.source(a.source)
    return src.name if src else None


def cues(nlp, text: str, *, min_confidence: float | None = 0, headings: tuple[tuple[int, int], ...] = ()) -> list[str]:
    article = Article(text, blocks=tuple(Block("heading", s, e) for s, e in headings))
    report = analysis(nlp, article, min_confidence=min_confidence)
    return [a.cue.text.lower() for a in kept(report) if a.cue is not None]


def has_cue(found: list[str], word: str) -> bool:
    return any(word in c.split() or c == word for c in found)


def assert_cue(nlp, text: str, cue: str, expected: bool, *, headings: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """One row of a ``text, cue, expected`` table: the analysis reports ``cue`` for ``text`` iff ``expected``.

    Returns the cues found, for a row that checks more of them."""
    found = cues(nlp, text, headings=headings)
    assert has_cue(found, cue) is expected, found
    return found


def rows(nlp, text: str, *, parts: bool = False, min_confidence: float | None = 0) -> list[tuple]:
    """(source name, cue, trimmed content) of every attribution, and the trimmed content parts with ``parts``;
    ``min_confidence`` as in ``analysis`` (None: what a reader sees at the default threshold)."""
    report = analysis(nlp, text, min_confidence=min_confidence)
    found: list[tuple] = []
    for a in kept(report):
        row: tuple = (speaker(report, a), a.cue.text if a.cue else None, a.content.text.strip(TRIM))
        if parts:
            row += (tuple(p.text.strip(TRIM) for p in a.content_parts),)
        found.append(row)
    return found


def cue_speaker(nlp, text: str, cue: str) -> str | None:  # noqa: ANN001
    """The source name of the last attribution whose cue is ``cue`` (the test fails when there is none)."""
    report = analysis(nlp, text)
    found = with_cue(report, cue)
    assert found, [a.cue.text for a in kept(report) if a.cue is not None]
    return speaker(report, found[-1])


def speakers_by_cue(nlp, text: str) -> dict[str, str | None]:  # noqa: ANN001
    """cue text -> the resolved source name of every attribution (at any confidence; a later one of a cue wins)."""
    report = analysis(nlp, text)
    return {a.cue.text: speaker(report, a) for a in report.attributions if a.cue is not None}


class NameType(NamedTuple):
    """A source's name and type: equal to the plain ``(name, type)`` a table writes, and read as ``.name``, ``.type``."""

    name: str
    type: str


def cue_source(nlp, text: str, cue: str, *, index: int = -1) -> NameType:  # noqa: ANN001
    """The source (name, type) of the attribution whose cue is ``cue``, the last one unless ``index`` says which (the
    test fails when there is none)."""
    report = analysis(nlp, text)
    found = with_cue(report, cue)
    assert found, [a.cue.text for a in kept(report) if a.cue is not None]
    src = report.source(found[index].source)
    assert src is not None
    return NameType(src.name, src.type)


def cue_span(nlp, text: str, cue: str) -> str:  # noqa: ANN001
    """The source span's text, as written, of the first attribution whose cue is ``cue`` (the test fails when there
    is none or it has no source span)."""
    found = with_cue(analysis(nlp, text), cue)
    assert found and found[0].source_span is not None, found
    return found[0].source_span.text


def cue_contents(nlp, text: str, cue: str, *, exact: bool = True) -> list[str]:  # noqa: ANN001
    """The trimmed (``TRIM``) contents of the attributions whose cue is ``cue`` (``with_cue``), in text order."""
    return [a.content.text.strip(TRIM) for a in with_cue(analysis(nlp, text), cue, exact=exact)]


def cue_span_contents(nlp, text: str, cue: str, *,  # noqa: ANN001
                      min_confidence: float | None = 0) -> list[tuple[str | None, str]]:
    """(source span, content), both as written, of each attribution whose cue is ``cue``; the span None where there
    is none. ``min_confidence`` as in ``analysis`` (None: what the default threshold keeps)."""
    report = analysis(nlp, text, min_confidence=min_confidence)
    return [(a.source_span.text if a.source_span else None, a.content.text) for a in with_cue(report, cue)]


# ---------------------------------------------------------------------------- tables as tests

Marks = Sequence[pytest.MarkDecorator]


def _marked(test: Callable, marks: Marks) -> Callable:
    for mark in marks:
        test = mark(test)
    return test


def cue_table(table: Sequence, *, marks: Marks = ()) -> Callable:
    """A ``text, cue, expected`` table as a test: each row is one ``assert_cue``."""

    @pytest.mark.parametrize("text, cue, expected", table)
    def test(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
        assert_cue(nlp, text, cue, expected)

    return _marked(test, marks)


def rows_table(table: Sequence, *, parts: bool = False, marks: Marks = ()) -> Callable:
    """A ``text, expected`` table as a test: each row's ``expected`` is exactly what ``rows`` reports."""

    @pytest.mark.parametrize("text, expected", table)
    def test(nlp, text: str, expected: list) -> None:  # noqa: ANN001
        assert rows(nlp, text, parts=parts) == expected

    return _marked(test, marks)


def speaker_table(table: Sequence, *, marks: Marks = ()) -> Callable:
    """A ``text, cue, expected`` table as a test: ``expected`` is the source of the last ``cue`` (``cue_speaker``)."""

    @pytest.mark.parametrize("text, cue, expected", table)
    def test(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
        assert cue_speaker(nlp, text, cue) == expected

    return _marked(test, marks)
