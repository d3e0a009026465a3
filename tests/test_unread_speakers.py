"""A continuation cue after a speaker no attribution read (``unread_speakers``): '“...,” the host said. “...,”Warren
said. “...,” she continued' goes on with Warren's words, not the host's; a speaker the text never names is no one,
and a quotation no one is said to speak, a speaker of the other sex or one called by a pronoun leave the chosen
name. Since the tokenizer splits a mark glued after punctuation (test_glued_quotes), the rule reads what it
leaves: a straight mark glued after a word ('margin"Warren said'), a speaker the parse did not read for another
reason."""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

_OPENING = "In a radio interview on Tuesday, Senator Ann Warren defended the farm bill. She said it was fair.\n\n"
_HOST = "“I was surprised by the vote in the end,” the host said.\n\n"
_LAST = "“We have to go back to those towns,” she continued."

test_continued_after_unread_speaker = speaker_table([
    # the quotation before "she continued" is Warren's, her name glued to its closing mark: Warren, not the host
    pytest.param(_OPENING + _HOST + "“We lost the rural vote by a wide margin,”Warren said. “Nobody saw that coming.”"
                 "\n\n" + _LAST, "continued", "Ann Warren", id="glued-name-continued"),
    pytest.param(_OPENING + "“Were you surprised by the vote in the end?” the host asked.\n\n“We lost the rural vote "
                 "by a wide margin,”Warren said.\n\n“We have to go back to those towns,” she went on.", "went on",
                 "Ann Warren", id="after-interviewer-question"),
    pytest.param("At the debate, Governor Tom Reyes attacked the plan. He called it a trap.\n\n“I was glad to see the "
                 "vote,” the moderator said.\n\n“The farmers were never asked about any of this,”Reyes said.\n\n“We "
                 "will fix it next year,” he added.", "added", "Tom Reyes", id="glued-name-added"),
    # of the two Warrens named, the one "she" fits
    pytest.param("Ann Warren and her husband, Bill Warren, joined the call.\n\n" + _HOST + "“The farmers were never "
                 "asked about any of this,”Warren said.\n\n" + _LAST, "continued", "Ann Warren", id="one-warren-fits"),
    # a speaker of the other sex between is passed over: she goes on with her own last quotation
    pytest.param("Mr. Lopez, the farm secretary, joined the call.\n\n“We lost the rural vote by a wide margin,” Ann "
                 "Warren said.\n\n“The farmers were never asked about any of this,”Lopez said.\n\n" + _LAST,
                 "continued", "Ann Warren", id="other-sex-between"),
    # the tokenizer splits the glued mark (test_glued_quotes): "Lopez said" is read, and she is Lopez
    pytest.param(_OPENING + _HOST + "“We lost the rural vote by a wide margin,”Lopez said.\n\n" + _LAST, "continued",
                 "Lopez", id="glued-speaker-read"),
    # a straight mark glued after a letter the tokenizer leaves whole ('margin"Warren'): only this rule reads it
    pytest.param(_OPENING + '"I was surprised by the vote in the end," the host said.\n\n"We lost the rural vote by a '
                 'wide margin"Warren said.\n\n"We have to go back to those towns," she continued.', "continued",
                 "Ann Warren", id="letter-glued-straight-mark"),
    # a new speaker between whom the text never named before: no one rather than the host
    pytest.param(_OPENING + '"I was surprised by the vote in the end," the host said.\n\n"We lost the rural vote by a '
                 'wide margin"Lopez said.\n\n"We have to go back to those towns," she continued.', "continued",
                 "she", id="unknown-speaker-between"),
    pytest.param(_OPENING + _HOST + "“We lost the rural vote by a wide margin”the farm secretary said.\n\n" + _LAST,
                 "continued", "she", id="unnamed-speaker-between"),
    # a company's statement between: not someone "he" can be, so he goes on with his own last quotation
    pytest.param("Toyota's chief executive, John Reyes, spoke on Monday. \"Sales fell for a third year,\" Reyes said."
                 "\n\n\"We remain committed to the market in every region\"Toyota said in a statement.\n\n\"We will keep "
                 "our plants open,\" he continued.", "continued", "John Reyes", id="company-between"),
    # negatives: the host goes on where nothing stands between; a speaker read between; a bare quotation paragraph
    pytest.param(_OPENING + _HOST + _LAST, "continued", "the host", id="host-goes-on"),
    pytest.param(_OPENING + _HOST + "“We lost the rural vote by a wide margin,” Warren said.\n\n" + _LAST, "continued",
                 "Ann Warren", id="speaker-read"),
    pytest.param("“The budget is a mess,” Laura Diaz said.\n\n“We lost the rural vote by a wide margin.”\n\n“We have to "
                 "go back to those towns,” she added.", "added", "Laura Diaz", id="bare-quotation-between"),
    pytest.param(_OPENING + "“We lost the rural vote by a wide margin,” she said.\n\nThe host asked about the farm "
                 "vote.\n\n" + _LAST, "continued", "Ann Warren", id="question-told-not-quoted"),
])
