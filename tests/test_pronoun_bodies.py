"""A "they" that no earlier name stands for: ``pronoun_number.unnamed_body``.

"The Deep State responded like they always do, they blamed Russia": the "they" is the body its own sentence names
as a subject, one no name stands for, never a plural named a sentence before. It is left to no one (the source
stays "they"): a reader prefers no speaker to a wrong one.
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
        pytest.param("Golding was found guilty on 7 March of harassment alongside deputy leader Jayda Fransen. The "
                     "court heard the pair launched a political campaign in which they claimed to be trying to expose "
                     "the men.", "claimed", "the pair", id="a-name-of-its-own-sentence"),
        pytest.param("Wilcox and Beruff argued that the department is not needed to oversee "
                     "schools. State departments of education can do that, they said.", "said", "Beruff",
                     id="words-about-a-body"),  # the ranking's own choice, as before the rule: not left to no one
        pytest.param("The senators met on Tuesday. Asked whether the committee would act, they said they did not "
                     "know.", "said", "The senators", id="unreachable-subject"),
        # a body written as one: its singular verb, or a clause set before the "they"'s own with no plural mark,
        # leaves the earlier name (review rev59p: 66 of 77 hand rows the branch changed were these)
        pytest.param("Greenpeace activists protested outside the refinery. When the company refused to comment, they "
                     "said it was hiding the spill.", "said", "Greenpeace activists", id="body-of-a-clause-before"),
        pytest.param("Senate Democrats blocked the bill. Although the committee had approved it, they argued it was "
                     "deeply flawed.", "argued", "Democrats", id="body-of-a-clause-before-aux"),
        pytest.param("Farmers blocked the motorway for a second day. The government has refused to budge, but they "
                     "said they would stay.", "said", "Farmers", id="body-made-one-by-its-verb"),
        pytest.param("Union leaders gathered outside the building. The company has rejected the offer, which they said "
                     "was insulting.", "said", "Union leaders", id="body-made-one-relative"),
        pytest.param("The Democrats unveiled their plan on Tuesday. The party's leadership was united, and they said "
                     "the bill would pass.", "said", "Democrats", id="body-made-one-was"),
        # a body its verb makes many is still the "they"
        pytest.param("Local residents packed the hall. The council were unmoved, and they said the plan would go "
                     "ahead.", "said", "they", id="body-made-many-by-its-verb"),
    ],
)
def test_they_of_an_unnamed_body(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected
