"""The gathering a speaker told is no part of what was told (issue 12): ``nlp/extract/told_gatherings.py``."""

from __future__ import annotations

import pytest

from _cues import analysis, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The minister told a briefing prices would rise.", "told", "prices would rise"),
        ("He told a news conference oil prices would fall.", "told", "oil prices would fall"),
        ("He told the meeting the company would grow.", "told", "the company would grow"),
        ("He told reporters prices would rise.", "told", "prices would rise"),
        # kept: a that-clause is the content already, and so is a clause after no hearers
        ("Tim Clark told a press conference that the airline would buy more planes.", "told",
         "that the airline would buy more planes"),
        ("Luzerne County District Attorney David Lupas told a news conference Monday that authorities were making "
         "progress in the case.", "told", "that authorities were making progress in the case"),
        ("He told reporters that prices would rise.", "told", "that prices would rise"),
        ("He said the meeting was a success.", "said", "the meeting was a success"),  # no cue of telling
        ("He told the meeting's chairman to resign.", "told", "to resign"),
        # a gathering's noun as a person's title: no gathering told (review rev59w)
        ("She told the hearing examiner she was innocent.", "told", "she was innocent"),
        # kept as the readers judged it right (C): a "that" the parse read as the gathering's relative pronoun
        ("On Tuesday, U.S. Representative Jackie Speier told a congressional hearing that she personally knows of two "
         "current members of Congress that have “engaged in sexual harassment”…", "told",
         "a congressional hearing that she personally knows of two current members of Congress that have “engaged in "
         "sexual harassment”"),
    ],
)
def test_content_after_the_gathering(nlp, text: str, cue: str, content: str) -> None:
    found = with_cue(analysis(nlp, text), cue)
    assert [a.content.text.strip(" .") for a in found] == [content]
