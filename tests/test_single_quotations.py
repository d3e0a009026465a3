"""``single_quotations``: pairs of single marks that quote words, told from apostrophes."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.single_quotations import single_quotations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coach Insists His Team ‘Earned’ The Title", ["‘Earned’"]),
        ("Senator Says Deal Is ‘Dead On Arrival’ In House.", ["‘Dead On Arrival’"]),
        ("Mayor Says Plan 'Will Save Lives'", ["'Will Save Lives'"]),
        ("‘We Will Rebuild,’ Mayor Says", ["‘We Will Rebuild,’"]),
        ("Critics call it ‘reckless’ and ‘cruel’.", ["‘reckless’", "‘cruel’"]),
        ("(‘We love rock ’n’ roll,’ he said)", ["‘We love rock ’n’ roll,’"]),
        ("the ’90s were ‘a mess’ for the Smiths’ family", ["‘a mess’"]),
        # apostrophes only
        ("Clinton's plan and the players' union", []),
        ("Clinton’s plan doesn’t work", []),
        ("the ’90s were great and the '80s too", []),
        ("rock ’n’ roll and rock 'n' roll", []),
        ("She sang 'em all 'til dawn", []),
        # a title-cased headline capitalises the elided words too
        ("Director Says Rock 'N' Roll Hall Will Expand", []),
        ("Senator Vows To Give 'Em Hell, Says Race Is 'Winnable'", ["'Winnable'"]),
        ("Poet Says 'Tis The Season, 'Cause It 'Feels Right'", ["'Feels Right'"]),
        ("the Smiths’ and the Joneses’ houses", []),
        ("a quotation ‘left open\non the next line’", []),
        ("a mark ‘ alone ’ between spaces", []),
        ("‘123’", []),
    ],
)
def test_single_quotations(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in single_quotations(text, 0, len(text))] == expected


def test_only_the_pairs_overlapping_the_range() -> None:
    text = "Team ‘Earned’ The Title, ‘Coach’ Says"
    start = text.index("Title")
    assert [text[q.start:q.end] for q in single_quotations(text, start, len(text))] == ["‘Coach’"]


def test_inner_offsets_leave_out_the_marks() -> None:
    text = "He ‘Won’ It"
    (q,) = single_quotations(text, 0, len(text))
    assert (text[q.inner_start:q.inner_end], q.closed) == ("Won", True)
