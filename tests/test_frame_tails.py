"""Another source's frame is not what was said (issue 12, item 1, "content not what was said"): a content
ends where a trailing attribution frame of another cue begins (``frame_tails``).
"""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, cue_contents, speaker, with_cue
from sayso.nlp.extract.frame_tails import frame_verb

pytestmark = pytest.mark.slow

SPEECH = frozenset({"say", "tell", "add", "write"})


@pytest.mark.parametrize(
    "text, verb",
    [
        pytest.param("recalled that he said, \"I'll put a bullet in her skull,\" the U.S. attorney's office said.",
                     "said", id="subject-verb"),
        pytest.param("recalled that the guard had left the gate open, the report said.", "said", id="indirect"),
        pytest.param("recalled that the guard had left the gate open, officials told reporters.", "told",
                     id="addressee"),
        pytest.param("recalled that the guard had left the gate open, said the spokesman.", "said", id="inverted"),
        # negatives: the verb after the comma is the speaker's clause, or no verb of saying
        pytest.param("warned that if the bill passes, the public will say nothing.", None, id="neg-condition"),
        pytest.param("recalled that the guard had left the gate open, the report found.", None, id="neg-not-speech"),
        pytest.param("recalled that the guard said the gate was open.", None, id="neg-no-comma"),
    ],
)
def test_frame_verb(nlp, text: str, verb: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = frame_verb(doc[1:], SPEECH)
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    "text, cue, content",
    [
        pytest.param("The staff member who reported the call recalled that he said, \"I'll put a bullet in her "
                     "(expletive) skull,\" the U.S. attorney's office said.", "recalled",
                     "that he said, \"I'll put a bullet in her (expletive) skull", id="mixed-quote-then-frame"),
        # negatives: a frame before the cue is part of what the cue reports, a quotation that holds a frame, a
        # clause that goes on after a comma
        # (the "according to" row after a quote and its tag yields to the speaker's row since bnd79: vouched tags)
        pytest.param("“But he’s not sympathetic to them. He’s trying to kill them,” Hewitt said, according to a "
                     "transcript of the show.", "said",
                     "But he’s not sympathetic to them. He’s trying to kill them", id="neg-frame-before-cue"),  # the parse's sentence
        pytest.param("Trump said Democrats and the media are to blame for focusing on “he said this, he tweeted "
                     "that.”", "said", "Democrats and the media are to blame for focusing on “he said this, he "
                     "tweeted that", id="neg-frame-quoted"),
        pytest.param("The mayor said that if the council votes no, residents will pay more.", "said",
                     "that if the council votes no, residents will pay more", id="neg-clause-goes-on"),
    ],
)
def test_content_stops_at_frame(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == [content.strip(TRIM)]


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param('"This is a stock that had been getting clobbered," Maley said on CNBC\'s "Trading Nation."',
                     '"This is a stock that had been getting clobbered,"', id="show-after-cue"),
        pytest.param("“We need to step away from that,” Pence said on CNN's “State of the Union.”",
                     "“We need to step away from that,”", id="show-after-cue-curly"),
        # negatives: the quotation the cue splits goes on after it
        pytest.param("“We need to step away,” Pence said, “and we need to do it now.”",
                     "“We need to step away,” Pence said, “and we need to do it now.”", id="neg-split-quote"),
        pytest.param('"You know, I love Larry," he said, but "Larry has a history of representing fossil fuels."',
                     '"You know, I love Larry," he said, but "Larry has a history of representing fossil fuels."',
                     id="neg-split-with-but"),
    ],
)
def test_a_title_after_the_cue_is_no_part(nlp, text: str, content: str) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, "said") == [content.strip(TRIM)]


def test_a_title_between_the_parts_of_a_quotation(nlp) -> None:  # noqa: ANN001
    text = ("“There's a severe disconnect between this White House and our military,” Flynn said Thursday on Fox "
            "News’s “Fox and Friends.” “I mean, there's a lot of frustration within the ranks.”")
    report = analysis(nlp, text)
    (found,) = with_cue(report, "said")
    assert speaker(report, found) == "Flynn"  # the show is where it was said, not who said it
    assert [p.text for p in found.content_parts] == [
        "“There's a severe disconnect between this White House and our military,”",
        "“I mean, there's a lot of frustration within the ranks.”"]
