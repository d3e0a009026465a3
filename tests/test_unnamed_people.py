"""The one person a "he" or "she" stands for where the text names no one: ``unnamed_people.unnamed_person``.

"A Muslim terrorist stabbed four people ... he also shouted": the terrorist, not a bare "he" (a reader judges a
speaker left as "he" wrong). Only a pronoun no name was found for, only an indefinite singular person the same
pronoun goes on from; a name, another pronoun, people or a definite person in between stop the walk back.
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("A Muslim terrorist stabbed four people at a train station near Munich.\nIn between proclaiming "
                     "the glory of Allah, he also shouted that his victims were all unbelievers.", "also shouted",
                     "A Muslim terrorist", id="indefinite-subject"),
        pytest.param("Last week, I had a woman come up to me at my last meeting in Amery, Wisconsin.\nShe said that "
                     "she did her research on me.", "said", "a woman", id="subject-of-a-bare-infinitive"),
        pytest.param("The Daily Mail reported that one diplomat described being jolted awake in a hotel room.\nWhen he "
                     "moved a few feet across the room, the noise stopped.\nWhen he got back into bed, the sound hit him "
                     "again; as if, he told doctors, he had walked through some invisible wall.", "told",
                     "one diplomat", id="same-pronoun-goes-on"),
        pytest.param("During the air traffic control recordings, which were released by political strategist and "
                     "co-founder of “The New Right” Mike Tokes, one of the dispatchers is heard telling an incoming "
                     "plane that landing might not be a good idea because there were multiple active shooters on the "
                     "airport property itself.\n"
                     "“Shutting down might not be a good idea, there’s active shooters on the runway,” he declared.",
                     "declared", "one of the dispatchers", id="one-of-read-as-apposition"),
        # negatives: the walk back stops, or the pronoun has its name
        pytest.param("Officers arrived at the house shortly after midnight.\nHe said that the door was open.", "said",
                     "He", id="people-are-no-he"),
        pytest.param("A woman called the police on Sunday night.\nHe said that the door was open.", "said", "He",
                     id="other-sex"),
        pytest.param("A man was shot dead outside the bar on Sunday.\n“It is a tragedy,” he said.", "said", "he",
                     id="not-the-dead"),
        pytest.param("A neighbour called the police on Sunday.\nThe officer arrived at midnight.\nHe said that the door "
                     "was open.", "said", "He", id="definite-person-in-between"),
        pytest.param("A neighbour called Governor John Smith on Sunday.\nSmith arrived at midnight.\nHe said that the "
                     "door was open.", "said", "John Smith", id="a-name-first"),
    ],
)
def test_unnamed_person(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found
