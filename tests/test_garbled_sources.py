"""A source span that names no speaker (``extract/garbled_sources.py``): an interjection, a sentence adverb, a
lone gerund or title, an archaic verb read as a noun, a clause with a finite or a passive verb of its own.
Negatives: noun phrases with a clause of their own, quantifiers, plain names and pronouns keep their source.
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.garbled_sources import garbled_source

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
