"""A verb of a series of a subject's deeds that the parse hangs on the first as a bare "dep" ('Goldwater took on
the establishment, voted against the act, defiantly declared, "…"'): its speaker is the series' subject
(``source_heads.series_verb``). Rows are ``text -> [(source, cue, content)]`` (``tests/_cues.rows``)."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.source_heads import series_verb

pytestmark = pytest.mark.slow

_SERIES = ('Goldwater took on the GOP establishment in the primaries, voted against the Civil Rights Act of 1964, '
           'defiantly declared, "Extremism in the defense of liberty is no vice," and then went down to defeat.')


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        (_SERIES, "declared", True),
        # negatives: a verb with a subject of its own; the series' first verb
        ("Goldwater took on the establishment, and the crowd declared, \"We want him,\" before the vote.",
         "declared", False),
        (_SERIES, "took", False),
    ],
)
def test_series_verb(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == verb)
    assert series_verb(token) is expected


def test_series_verb_speaker(nlp) -> None:  # noqa: ANN001
    assert ("Goldwater", "defiantly declared", "Extremism in the defense of liberty is no vice") in rows(nlp, _SERIES)
