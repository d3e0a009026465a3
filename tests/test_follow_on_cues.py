"""A cue that goes on with what was said: '“It will reopen in May,” she continued after a pause', '“Really,” she
added when the interviewer expressed shock'. The quotation right before the speaker and the cue is what it
reports, not the time or the manner of saying after it (``content_choice.pick_content``,
``misparsed_speakers.quote_then_speaker``); "continue" elsewhere is an act ("The fight continued after a pause")."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, with_cue

test_follow_on_cues = cue_table(
    [
        ("Mayor Jane Smith said the bridge was safe. “It will reopen in May,” she continued after a pause.", "continued", True),
        ("“We are not finished,” Senator Bob Lee continued at the rally on Tuesday.", "continued", True),
        ("“Really,” she added when the interviewer expressed shock.", "added", True),
        ("“It will reopen in May,” she said when asked about the delay.", "said", True),
        # negatives: "continue" for an act or an event, a quotation of someone else before it
        ("The fight continued after a pause.", "continued", False),
        ("The protests continued when the police arrived.", "continued", False),
        ("After the speech, the rally continued for an hour.", "continued", False),
    ]
)


@pytest.mark.parametrize("text, cue, content", [
    ("Mayor Jane Smith said the bridge was safe. “It will reopen in May,” she continued after a pause.", "continued",
     "“It will reopen in May,”"),
    ("“Really,” she added when the interviewer expressed shock.", "added", "“Really,”"),
])
def test_the_quotation_is_what_goes_on(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    (a,) = with_cue(analysis(nlp, text), cue)
    assert a.content.text == content
