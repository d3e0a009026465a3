"""A source span does not start with the participle that brings the speakers to speak: "..., leading law enforcement
authorities to question whether ..." names the authorities, not "leading law enforcement authorities" (blind audit
p69: P; ``source_spans._after_causing_participle``). Kept: an adjective "leading" of a name ("Leading experts say")."""

from __future__ import annotations

import pytest

from _cues import cue_span

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("So far, no terrorist organization has claimed responsibility for the heinous slaying, leading law "
         "enforcement authorities to question whether this was an isolated incident.", "to question",
         "law enforcement authorities"),
        # kept: an adjective of the name
        ("Leading experts say the plan will fail.", "say", "Leading experts"),
        ("The leading candidates said the race was close.", "said", "The leading candidates"),
    ],
)
def test_causing_participle(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == expected
