"""A quotation before its speaker's title list: '“...,” chairman, CEO and president Craig Menear said in the
earnings release' (``content_choice.quotation_before_misread_speaker``).

The parse hangs the titles on the quotation's last word and leaves the cue with no subject; the clause it
offers runs past the closing mark into the speaker. The quotation is the content and the name its speaker,
whatever marks the writer typed (curly, straight, or one of each). Negatives: a clause that opens before the
quotation, a quotation that is a noun of the writer's sentence, a parse already right.
Rows are ``text -> (source, cue, content)`` (``tests/_cues.rows``).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow

_SALES = "Our third quarter results reflected broad-based growth, yet sales were below our expectations"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"“{_SALES},” chairman, CEO and president Craig Menear said in the earnings release.",
                     ("Craig Menear", "said in the earnings release", _SALES), id="curly"),
        pytest.param(f"\"{_SALES},\" chairman, CEO and president Craig Menear said in the earnings release.",
                     ("Craig Menear", "said in the earnings release", _SALES), id="straight"),
        pytest.param(f"“{_SALES},\" chairman, CEO and president Craig Menear said in the earnings release.",
                     ("Craig Menear", "said in the earnings release", _SALES), id="curly-open-straight-close"),
        pytest.param(f"\"{_SALES},” chairman, CEO and president Craig Menear said in the earnings release.",
                     ("Craig Menear", "said in the earnings release", _SALES), id="straight-open-curly-close"),
        pytest.param("“Sales were below our expectations,” chairman, CEO and president Craig Menear said in a "
                     "statement.", ("Craig Menear", "said in a statement", "Sales were below our expectations"),
                     id="short-quote"),
        # look-alikes the rule leaves: the parse already right, a clause of the writer's before the cue
        pytest.param("\"We will appeal,\" lawyer, author and activist Sam Lee said on Friday.",
                     ("Sam Lee", "said", "We will appeal"), id="neg-parse-right"),
        pytest.param("“Fake news” is what the president calls it, Smith said on Monday.",
                     ("Smith", "said", "Fake news” is what the president calls it"), id="neg-quoted-noun"),
        pytest.param("She said the plan “works,” Jones argued in a memo.",
                     ("Jones", "argued in a memo", "She said the plan “works"), id="neg-clause-before-quote"),
    ],
)
def test_quotation_before_title_list(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found
    # the speaker's words are never read into what was said
    assert not [r for r in found if r[1] == expected[1] and r != expected], found
