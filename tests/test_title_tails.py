"""A content before its cue ends before the speaker's title (``nlp/extract/title_tails.py``, blind audit 65 S97).

``text, cue -> content``: the title cut, then the tails that stay (a verb in them, lower case, no name after)."""

from __future__ import annotations

import pytest

from _cues import analysis, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The federal government intends to introduce legislation later this year that will ban unsolicited commercial "
         "e-mail, the Minister for Communications and Information Technology, Senator Richard Alston announced today.",
         "announced", "The federal government intends to introduce legislation later this year that will ban "
                      "unsolicited commercial e-mail"),
        ("The talks will resume next week, the Foreign Minister, Alexander Downer said.", "said",
         "The talks will resume next week"),
        # kept: no title (a lower-case noun phrase), no name between the tail and the cue
        ("The plan will fail because it ignores the budget, the deficit and the debt, Smith said.", "said",
         "The plan will fail because it ignores the budget, the deficit and the debt"),
        ("The talks will resume next week with the Foreign Minister, officials said.", "said",
         "The talks will resume next week with the Foreign Minister"),
        # kept: a list's item, no title; a title of a person the content names (review 65a)
        ("The money will go to the Red Cross, the Salvation Army, the United Way, Smith said.", "said",
         "The money will go to the Red Cross, the Salvation Army, the United Way"),
        ("The new director will be Jane Doe, the Deputy Secretary of State, Smith said.", "said",
         "The new director will be Jane Doe, the Deputy Secretary of State"),
    ],
)
def test_a_content_ends_before_the_speakers_title(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    found = with_cue(analysis(nlp, text), cue)
    assert found and found[0].content is not None
    assert found[0].content.text == content
