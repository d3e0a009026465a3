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


@pytest.mark.parametrize("text, expected", [
    # "went on" and "continued" only place the saying in time: one attribution, the infinitive's
    ("Trump went on to say that the election was rigged.", [("to say", "that the election was rigged")]),
    ("She continued to insist that taxes would rise.", [("to insist", "that taxes would rise")]),
    # negative: a verb of its own ("wanted") is no mere going on; both stay
    ("He wanted to say that taxes would rise.", [("wanted", "to say that taxes would rise"),
                                                 ("to say", "that taxes would rise")]),
])
def test_going_on_to_say_is_one_attribution(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    found = [(a.cue.text, a.content.text.rstrip(".")) for a in analysis(nlp, text).attributions]
    assert found == expected, found
