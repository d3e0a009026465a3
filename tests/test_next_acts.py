"""The speaker's next act after a dash or in the cue's own perfect is no part of the content
(``nlp/extract/next_acts.py``). Rows are ``text, cue, content``: positive rows cut, negative rows keep."""

from __future__ import annotations

import pytest

from _cues import analysis, rows, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # wire readers: the act after the dash, the cue's own perfect repeated
        ("Gamarekian told The News she remembers only the woman's first name - and refused to reveal it.", "told",
         "she remembers only the woman's first name"),
        ("Blair has said there is not a shred of truth in allegations the government manipulated evidence, and has "
         "resisted calls for a full public inquiry.", "has said",
         "there is not a shred of truth in allegations the government manipulated evidence"),
        # negatives: another form than the cue's, a subject of its own, a cue after the content
        ("He told reporters he would resign - and leave the city.", "told", "he would resign - and leave the city"),
        ("Blair has said the claims are false, and Brown has resisted calls for an inquiry.", "has said",
         "the claims are false"),
        ("Such a letter indicates the government intends to pursue an indictment and believes it has substantial "
         "evidence to support an indictment, the company said.", "said",
         "Such a letter indicates the government intends to pursue an indictment and believes it has substantial "
         "evidence to support an indictment"),
    ],
)
def test_next_act_cut(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    found = [a.content.text for a in with_cue(analysis(nlp, text), cue)]
    assert content in found, (found, rows(nlp, text))
