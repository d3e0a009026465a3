"""A quotation before its cue is what the cue reports, not what the parse hangs on the cue after it
(``extract/content_choice.py``: ``whole_quotation_before``; ``extract/circumstances.py``: ``circumstance_after_cue``).

'"You'll have to ask a bear," Maddow said, another reference to ...': the parse takes the quotation for the cue's
complement and reads the phrase after the cue as its object; '"He didn't report the loans," he said as some booed':
a clause of time after the cue tells when the words were said. A reader takes the quotation. Look-alikes keep
what they had: a clause the cue takes after it ("said that ..."), a quotation that does not open its sentence or
is not set off by a comma, "?" or "!", a quotation closed by a full stop.
"""

from __future__ import annotations

import pytest

from _cues import cue_contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param('Maddow laughed.\n\n"You\'ll have to ask a bear," Maddow said, another reference to one of the '
                     "film's more talked-about scenes.", "said", "You'll have to ask a bear", id="noun-phrase-after"),
        pytest.param('"We are defeating Donald Trump by very significant numbers," Sanders said of the Republican '
                     "front-runner, before taking aim at the fossil fuel industry and super PACs.", "said",
                     "We are defeating Donald Trump by very significant numbers", id="of-phrase-and-object-after"),
        pytest.param("“Maybe Donald Trump has difficulty doing that because his positions are so close to Hillary "
                     "Clinton’s,” she remarked, without elaborating as the interview wrapped.", "remarked",
                     "Maybe Donald Trump has difficulty doing that because his positions are so close to Hillary "
                     "Clinton’s", id="without-phrase-after"),
        pytest.param("Trump, who spoke for more than 45 minutes, did not mention Cruz until a reference to the loan. "
                     '"He didn\'t report the loans," he said as some wearing Cruz shirts booed.', "said",
                     "He didn't report the loans", id="as-clause-after"),
        pytest.param('"What\'s shaping up is a battle for the ages," said David Brock, a Clinton confidant who heads '
                     "the super PAC Correct the Record.", "said", "What's shaping up is a battle for the ages",
                     id="inverted-name-with-apposition"),
        pytest.param("The speech was long.\n\n“The economy is strong,” he said, referring to the jobs report released "
                     "on Friday.", "said", "The economy is strong", id="participle-clause-after"),
        # negatives: the cue takes a clause of its own after it; the quotation is the subject's words, not set off
        pytest.param('"It failed," he said, adding that the plan would be revised.', "adding",
                     "that the plan would be revised", id="neg-clause-of-next-cue"),
        pytest.param('He called the plan a "disaster" and said that it would fail.', "said", "that it would fail",
                     id="neg-quoted-word-before"),
        pytest.param("The mayor said as much when she was asked about the plan.", "said", None, id="neg-no-quotation"),
    ],
)
def test_quotation_before_cue(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    contents = cue_contents(nlp, text, cue)
    if expected is None:
        assert not contents, contents
    else:
        assert expected in contents, contents
