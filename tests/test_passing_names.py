"""A "he" or "she" given to no one rather than to a person only mentioned in passing (``scene.named_in_passing``).

A name that is no topic of its sentence ("made life more difficult for Putin", "the Christians who followed the
living Christ"), that the text never names as a speaker nor, before the pronoun, as a subject, is no one a reader
hears in a later "he said": the pronoun stays "he". A subject ("Tillerson met Iraqi leaders. He said"), a person
who speaks elsewhere, one named in the pronoun's own sentence and one asked or told (who answers) keep the name.
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # only mentioned: an object, a name in a relative clause about others (of no gender the text gives, so no
        # ``sole_fit``)
        pytest.param("The new sanctions have made life more difficult for Putin at every turn.\nThe talks ended early "
                     "on Monday.\nHe said the two sides would meet again in the spring.", "said", "He",
                     id="object-only"),
        pytest.param("Many thought the Christians who were following Jesus Christ were turning the world upside down."
                     "\nThey were, in fact, turning it right side up.\nHe said that the faithful would be rewarded.",
                     "said", "He", id="relative-object"),
        # negatives: a subject; one who speaks elsewhere; one asked; one named in the pronoun's own sentence
        pytest.param("Rex Tillerson met Iraqi leaders on Sunday.\nHe said the talks had been productive.", "said",
                     "Rex Tillerson", id="subject"),
        pytest.param("The delegation visited Senator Bernie Sanders in Vermont on Monday.\nHe said the bill would "
                     "pass.\nSanders told reporters the vote would be close.", "said", "Bernie Sanders",
                     id="speaks-elsewhere"),
        pytest.param("An incredulous Carlson asked fellow guest Catherine Lombardo, a lawyer, about the "
                     "investigation.\n“The FBI has been conducting the investigation,” she said.", "said",
                     "Catherine Lombardo", id="the-one-asked"),
        pytest.param("The woman identified herself to CNN as a resident named Caroline.\n“He truly cares about the "
                     "people,” she said of Trump.", "said", "Caroline", id="a-name-predicated"),
        pytest.param("Some staunch defenders of globalization, like Gary Clyde Hufbauer, a senior fellow at the "
                     "institute, concede the costs.\nBut the benefit of free trade is “ten times the losses,” he said.",
                     "said", "Gary Clyde Hufbauer", id="described"),
        pytest.param("McDonough was responding to a message from Undersecretary Wendy Sherman about the trip.\n"
                     "“The plane took off a few minutes ago,” she wrote.", "wrote", "Wendy Sherman", id="author-of-words"),
        pytest.param("Senator Grassley met Nancy Pelosi on Tuesday.\nShe said the talks had been useful.", "said",
                     "Nancy Pelosi", id="sole-fit"),
        # the one the sentence's own verb acts on is on the scene (a bare surname: no gender, no ``sole_fit``)
        pytest.param("Police arrested Smith on Monday.\nHe told reporters he was innocent.", "told", "Smith",
                     id="arrested"),
        pytest.param("CNN interviewed Harris on Sunday.\nThe interview ran for an hour.\nShe said the party was united.",
                     "said", "Harris", id="interviewed-gap"),
    ],
)
def test_named_in_passing(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found
