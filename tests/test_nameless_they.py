"""A "they" no earlier name was found for, after a text's first sentence: left out (``nlp/extract/nameless_they.py``).

Each row is ``text, cue, expected``: does the report at the default confidence keep the attribution of ``cue``,
and (where kept) which name does its "they" stand for.
"""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, with_cue
from sayso.nlp.extract.nameless_they import nameless_they

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the other camp of polemic, named nowhere before it: nobody a reader can name
        ("The investigation has been conducted by local police. Yet, though they claim that Paddock was a lone "
         "gunman, they continue to withhold video.", "claim", None),
        ("We have seen a similar pattern before. When 'western' intelligence get caught in spreading "
         "disinformation, they accuse Russia of being the source of the fake.", "accuse", None),
        # negatives: the plural subject of the sentence before, a body named before, a text's first sentence
        ("Protesters gathered outside the hall on Monday. They said the vote was rigged.", "said", "Protesters"),
        ("The senators met on Tuesday. They said the vote would be delayed.", "said", "The senators"),
        ("They said he organized a network of associates operating in as many as a dozen states.", "said", "They"),
        ("I have a number of friends who have escaped abusive marriages. They tell me that the pope sounds like the "
         "men who abused them.", "tell", "They"),
        # kept (rev65y): a past tense, one occasion's report by people the text names in words the ladder misses
        ("The jury deliberated for two days. They said the evidence was overwhelming.", "said", "They"),
        ("The protest began peacefully. Then the crowd turned on the police. \"We will not back down,\" they said.",
         "said", "they"),
        ("The board met behind closed doors on Monday. Afterward they announced that the CEO would step down.",
         "announced", "they"),
        # kept (rev65y): the simple present after a sentence whose subject is a plural noun or a body of people
        ("The family has waited two years for answers. They say the police botched the investigation.", "say", "They"),
        ("The committee released its report on Friday. In it, they conclude that the agency failed.", "conclude",
         "they"),
        # kept (rev65y): a parenthetical cue after its content's start
        ("To Sanders, his aides and those in attendance, there is no urgency. His leverage, they believe, isn't "
         "going anywhere.", "believe", "they"),
    ],
)
def test_a_nameless_they_is_left_out(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    found = with_cue(report, cue)
    assert [speaker(report, a) for a in found][-1:] == ([expected] if expected is not None else [])


@pytest.mark.parametrize(
    "text, start, name, expected",
    [
        ("Police came. They said it was over.", 13, "They", False),  # a past tense: one occasion (rev65y)
        ("Police came. They said it was over.", 13, "Police", False),  # resolved
        ("Police came. They told me it was over.", 13, "They", False),  # told the narrator
        ("They said it was over. Police came.", 0, "They", False),  # the text's first sentence
        ("Police came. Smith said it was over.", 13, "Smith", False),  # no "they"
        ("It was late. They say it is over.", 13, "They", True),  # the simple present, no plural before
        ("Police came. They have said it is over.", 13, "They", False),  # a perfect: one occasion
    ],
)
def test_nameless_they(nlp, text: str, start: int, name: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    end = start + len(text[start:].split()[0])
    assert nameless_they(doc, (start, end), name) is expected
