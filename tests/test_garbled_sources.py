"""A source span that names no speaker (``extract/garbled_sources.py``): an interjection, a sentence adverb, a
lone gerund or title, an archaic verb read as a noun, a clause with a finite or a passive verb of its own.
Negatives: noun phrases with a clause of their own, quantifiers, plain names and pronouns keep their source.
A sum fused onto the front of the speakers ("$48 billion and consumer advocates") is cut off, the speakers kept.
"""

from __future__ import annotations

import pytest

from _cues import cue_span
from sayso.nlp.extract.garbled_sources import after_fused_sum, garbled_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        pytest.param("And Abraham answered and said, Behold now, I have taken upon me to speak unto the Lord.", "Behold",
                     True, id="interjection"),
        pytest.param("This report is from Seattle: Doubtless, many other states are also considering such laws.",
                     "Doubtless", True, id="sentence-adverb"),
        pytest.param("NEW: The honesty of the campaign staff is in question.", "NEW", True, id="page-label"),
        pytest.param("The fool doth think he is wise.", "The fool doth", True, id="archaic-verb"),
        pytest.param("Meanwhile, Trump continued pounding Sessions in other tweets, saying he needed to investigate "
                     "“deleted Emails, Comey lies & leaks.”",
                     "Trump continued pounding Sessions", True, id="finite-verb-after-name"),
        pytest.param("Comedian Nimesh Patel was pulled from the stage by event organizers after telling jokes.",
                     "Comedian Nimesh Patel was pulled from the stage by event organizers", True,
                     id="passive-clause-with-agent"),
        pytest.param("Gov. Brown said the state would appeal.", "Gov.", True, id="lone-title"),
        # negatives: a speaker's noun phrase, whatever verb a clause of its own holds
        pytest.param("A lifelong friend whom Ford claims was at the party says she never met him.",
                     "A lifelong friend whom Ford claims was at the party", False, id="relative-clause"),
        pytest.param("An email obtained by the USA TODAY NETWORK shows the count was stopped.",
                     "An email obtained by the USA TODAY NETWORK", False, id="participle-with-agent"),
        pytest.param("Many noted that the vote was close.", "Many", False, id="quantifier"),
        pytest.param("One of the women says he suggested they leave.", "One of the women", False, id="partitive"),
        pytest.param("The former recognizes that an armed populace is a threat.", "The former", False, id="the-former"),
        pytest.param("Modern secularized society assumes that physical extinction is the worst thing.",
                     "Modern secularized society", False, id="participle-adjective"),
        pytest.param("Franken said he did not remember the events.", "Franken", False, id="name"),
        pytest.param("She said the park would close.", "She", False, id="pronoun"),
        pytest.param("\"Streaming is a slow business,\" says Early. \"You wait or you leave.\"", "Early", False,
                     id="name-tagged-adverb"),
        pytest.param("Gov. Jerry Brown said the state would appeal.", "Gov. Jerry Brown", False, id="title-and-name"),
        pytest.param("The new governor said the state would appeal.", "The new governor", False, id="new-as-adjective"),
    ],
)
def test_garbled_source(nlp, text: str, source: str, expected: bool) -> None:
    doc = nlp(text)
    start = text.index(source)
    span = doc.char_span(start, start + len(source), alignment_mode="expand")
    assert garbled_source(span) is expected


@pytest.mark.parametrize(
    ("text", "source", "rest"),
    [
        # a sum fused with the next clause's subject (blind audit m84): the speakers after it stay
        pytest.param("According to the survey, identity theft losses totaled nearly $48 billion and consumer victims "
                     "reported $5 billion in out-of-pocket expenses.", "$48 billion and consumer victims",
                     "consumer victims", id="fused-sum"),
        pytest.param("The flood did $2 million and the insurers said claims would rise.", "$2 million and the insurers",
                     "the insurers", id="fused-sum-2"),
        pytest.param("The ship carried 40 tons and the crew said the load was too heavy.", "40 tons and the crew",
                     "the crew", id="fused-measure"),
        # negatives: a count or a share numbers people; a name or a sum with no "and" after it
        pytest.param("Ten and their lawyers said the case was closed.", "Ten and their lawyers", None,
                     id="count-and-people"),
        pytest.param("Forty percent of voters and most analysts said the race was close.",
                     "Forty percent of voters and most analysts", None, id="share-and-people"),
        pytest.param("Smith and his lawyers said the case was closed.", "Smith and his lawyers", None,
                     id="name-and-people"),
        pytest.param("$5 million of the fund was lost, the trustees said.", "$5 million of the fund", None,
                     id="sum-alone"),
    ],
)
def test_after_fused_sum(nlp, text: str, source: str, rest: str | None) -> None:
    doc = nlp(text)
    start = text.index(source)
    span = doc.char_span(start, start + len(source), alignment_mode="expand")
    found = after_fused_sum(span)
    assert (found.text if found is not None else None) == rest
    assert not garbled_source(span)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the parse hangs the sum on the speakers' noun: the attribution stays, the sum cut off its source
        pytest.param("Identity theft losses totaled nearly $48 billion and consumer advocates said the figure was too "
                     "low.", "said", "consumer advocates", id="advocates"),
        pytest.param("The settlement totaled $5 million and the mayor's office said it would not appeal.", "said",
                     "the mayor's office", id="no-fusion"),
    ],
)
def test_fused_sum_source_cut(nlp, text: str, cue: str, source: str) -> None:
    assert cue_span(nlp, text, cue) == source
