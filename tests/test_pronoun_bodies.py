"""A "they" that no earlier name stands for: ``pronoun_number.unnamed_body``, ``pronouns.reaches_out_of_quotation``.

"The Deep State responded like they always do, they blamed Russia": the "they" is the body its own sentence names
as a subject, one no name stands for, never a plural named a sentence before; and a "they" inside someone's quoted
words is whoever the speaker means, never a name the narration gave before the quotation opened. Both are left to
no one (the source stays "they"): a reader prefers no speaker to a wrong one.
"""

from __future__ import annotations

import pytest

from _cues import cue_speaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Trump was not supposed to win, and no this isn’t about democrats vs republicans or that Trump is a "
                     "saviour. The Deep State responded like they always do every time something ‘goes wrong,’ they "
                     "blamed Russia, as well as media outlets like Collective Evolution and others.", "blamed", "they",
                     id="the-proper-noun-body"),
        pytest.param("It also included the false claim that Glenn Greenwald worked with Wikileaks, the sources said. "
                     "We have seen a similar pattern in the Skripal affair. When 'western' intelligence get caught in "
                     "spreading disinformation, they accuse Russia of being the source of the fake.", "accuse", "they",
                     id="plural-verb-body"),
        pytest.param("Moving forward we knew that there was this compound, but we had very little details about it, "
                     "the couple said. The authorities' view changed Thursday when they said they received a message "
                     "about possible starving children.", "said", "they", id="plural-owner-of-subject"),
        # negatives: a named plural subject keeps its "they"; a singular owner ("The committee's report") is no
        # body the "they" reaches for; a subject of an aside the pronoun cannot reach leaves the earlier name
        pytest.param("Democrats said the bill was dead. Republicans disagreed, and they vowed to try again.", "vowed",
                     "Republicans", id="named-plural-subject"),
        pytest.param("Local farmers met the governor on Monday. The committee's report was late, and they said the "
                     "delay hurt them.", "said", "Local farmers", id="singular-owner"),
        pytest.param("The senators met on Tuesday. Asked whether the committee would act, they said they did not "
                     "know.", "said", "The senators", id="unreachable-subject"),
    ],
)
def test_they_of_an_unnamed_body(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Geert Wilders spoke at a massive rally on Saturday.\n20,000 people came out to call for Tommy’s "
                     "release, and Wilders took the opportunity to put the political elites on notice.\n“Our "
                     "governments,” Wilders declared, “sold us out with mass immigration.\nWe are almost foreigners in "
                     "our own lands.\nAnd if we complain about it, they call us racists and Islamophobes.\nBut I say, "
                     "no more!”", "call", "they", id="quoted-they"),
    ],
)
def test_quoted_they(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Mary Smith described the night.\n“The FBI came to our house at night and searched every room. And "
                     "then they told us that we had to leave at once and never come back.\nWe left,” she said.", "told",
                     "FBI", id="named-in-the-open-quotation"),
        pytest.param("The protesters marched to City Hall on Monday.\n“We will stay,” one of them said.\nThey said the "
                     "mayor had ignored them for months.", "said", "The protesters", id="after-the-quotation-closed"),
    ],
)
def test_open_quotation_keeps(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    """Negative cases: a "they" the open quotation itself names a body for keeps it; one of the writer's lines after
    the quotation closed is the narration's."""
    assert cue_speaker(nlp, text, cue) == expected
