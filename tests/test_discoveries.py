"""Finding something out is not saying it: ``nlp/extract/discoveries.py`` (blind audit 20: "found out",
"discovered"). A document's discovery, a researcher's "found that" and "learned" (PolNeAR's gold) stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_discovery_is_not_a_statement = cue_table(
    [
        ("She later found out that her husband had lied.", "found", False),
        ("He found out she was attending the forum on Saturday.", "found", False),
        ("The parents only found out about the closure when the letter arrived, and were furious that nobody "
         "had warned them.", "found", False),
        ("When she went to the clinic, she discovered she had an infection.", "discovered", False),
        ("Fans discovered this week that their tickets had been cancelled.", "discovered", False),
        ("The couple discovered that their flight had been cancelled.", "discovered", False),
        ("He discovered his wife had been lying to him for years.", "discovered", False),
        # kept: a document discovers, a finding stated, learning (PolNeAR gold), a quotation, a speaker's frame
        ("The audit discovered that the money had been moved.", "discovered", True),
        ("A 2014 study discovered that older drivers were safer.", "discovered", True),
        ("Astronomers discovered that the planet has a thick atmosphere.", "discovered", True),
        ("In 2010 he discovered that recognition of bacterial pathogens triggers an immune response.", "discovered",
         True),  # a researcher's finding, by a pronoun
        ("Investigators discovered that the money had been moved.", "discovered", True),
        ("The archaeologists discovered that the wall was built centuries earlier.", "discovered", True),
        ("The researchers found that the drug cut deaths by a third.", "found", True),
        ("Ki Hong learned he had never been a citizen.", "learned", True),
        ("“We found out that the dam was leaking,” the engineer said.", "said", True),
        ("The engineer found out that the dam was leaking, she told reporters.", "told", True),
        ("Police said the man was arrested on Tuesday.", "said", True),
    ],
)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("She found out that he had lied.", "found", True),
        ("They will find out soon enough that the plan failed.", "find", True),
        ("She found that he had lied.", "found", False),
        ("He found the keys under the mat.", "found", False),
        ("They pointed out that the plan failed.", "pointed", False),
    ],
)
def test_found_out(nlp, text: str, verb: str, expected: bool) -> None:
    from sayso.nlp.extract.discoveries import found_out

    token = next(t for t in nlp(text) if t.lower_ == verb)
    assert found_out(token) is expected
