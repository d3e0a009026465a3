"""``dedupe.dedupe``: two cues claiming one content keep one (pure, no model)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.dedupe import dedupe
from sayso.nlp.extract.found import Found


def _found(text: str, cue: str, content: str, score: float) -> Found:
    c, q = text.index(cue), text.index(content)
    return Found(kind="direct", content=(q, q + len(content)), cue=(c, c + len(cue)), source=None, source_head=None,
                 addressee=None, addressee_head=None, score=score, cue_head=0)


@pytest.mark.parametrize(
    "text, cues, expected",
    [
        # the cue right before the content, a colon between, introduces it whatever the scores
        pytest.param("The paper published a petition which states: “We ask you to change course.”",
                     [("published", 0.9), ("states", 0.6)], "states", id="introducing-cue"),
        pytest.param("The group pushed back, saying, “The deal was wrong.”", [("pushed back", 0.8), ("saying", 0.5)],
                     "saying", id="introducing-cue-comma"),
        # a cue after the content names who spoke: scores decide as before
        pytest.param("Republicans pushed back: “The deal was wrong,” DeSantis told The Hill.",
                     [("pushed back", 0.6), ("told", 0.9)], "told", id="trailer-by-score"),
        # neither introduces it: the better score
        pytest.param("The paper published on Monday a petition that the group states “We ask you.”",
                     [("published", 0.9), ("states", 0.6)], "published", id="neither-by-score"),
    ],
)
def test_dedupe_keeps_the_introducing_cue(text: str, cues: list[tuple[str, float]], expected: str) -> None:
    content = text[text.index("“"):text.index("”") + 1]
    out = dedupe(text, [_found(text, cue, content, score) for cue, score in cues])
    assert [text[f.cue[0]:f.cue[1]] for f in out] == [expected]
