"""A party tag set off by commas after a name the cue comes before closes the name: ``source_spans.party_tag_end``
("said Lott, R-Miss., of the current ownership rules during a hearing": the source is "Lott, R-Miss.")."""

from __future__ import annotations

import pytest

from _cues import cue_span

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ('"I think we should leave them as they are," said Lott, R-Miss., of the current ownership rules during a '
         "Senate Commerce Committee hearing.", "said", "Lott, R-Miss."),
        ('"We must act," said Sen. Chuck Schumer, D-N.Y., during a hearing on the bill.', "said",
         "Sen. Chuck Schumer, D-N.Y."),
        ('"It is a bad bill," said Rep. Joe Barton, R-Texas, of the measure.', "said", "Rep. Joe Barton, R-Texas"),
        # negatives: no party tag (a description stays); the name before the cue keeps what follows the tag
        ('"It is a bad bill," said Joe Barton, a Republican from Texas.', "said", "Joe Barton, a Republican from Texas"),
        ("Rep. Joe Barton, R-Texas, chairman of the energy panel, said the bill would pass.", "said",
         "Rep. Joe Barton, R-Texas, chairman of the energy panel"),
        ('"We will win," said Smith.', "said", "Smith"),
        # a full stop the tokenizer split off the state stays the tag's
        ('"We will vote no," said Sen. Bernie Sanders, I-Vt., in a statement.', "said", "Sen. Bernie Sanders, I-Vt."),
        # words after the tag that are more of the mention: a role, a second lawmaker
        ('"We will vote no," said Pelosi, D-Calif., speaker of the House.', "said",
         "Pelosi, D-Calif., speaker of the House"),
        ('"It passed," said Rep. Tom Hale, R-Ohio, the committee chairman.', "said",
         "Rep. Tom Hale, R-Ohio, the committee chairman"),
        ('"We will vote no," said Rep. Nancy Pelosi, D-Calif., and Rep. Steny Hoyer, D-Md.', "said",
         "Rep. Nancy Pelosi, D-Calif., and Rep. Steny Hoyer, D-Md."),
    ],
)
def test_party_tag_closes_name(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == expected
