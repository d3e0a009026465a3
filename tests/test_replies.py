"""Whether a pronoun answers the statement before (``replies.replying``): the subject of a verb of answering that
names no one and nothing it answers outside its quotation, and was not itself asked."""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.replies import one_person, replying


@pytest.mark.parametrize(
    "text, pronoun, expected",
    [
        pytest.param("And he answered, “I have not troubled Israel.”", "he", True, id="answered-quote"),
        pytest.param("She replied, “Mine too, and nobody called.”", "She", True, id="quote-read-as-object"),
        pytest.param("He retorted that the charge was absurd.", "He", True, id="retorted-that"),
        pytest.param("They responded that the numbers were strong.", "They", True, id="responded-that"),
        # negatives
        pytest.param("He replied to Smith that the charge was absurd.", "He", False, id="replied-to-someone"),
        pytest.param("He answered questions for an hour.", "He", False, id="answered-questions"),
        pytest.param("Asked about the deficit, he replied that it would shrink.", "he", False, id="asked-first"),
        pytest.param("He said that the charge was absurd.", "He", False, id="not-answering"),
    ],
)
def test_replying(nlp, text: str, pronoun: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, pronoun)
    assert replying(token) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("Ahab said to Elijah that the drought would end.", "Elijah", True, id="a-name"),
        pytest.param("Maria told her neighbour that the water was off.", "neighbour", True, id="a-person-noun"),
        # negatives: many people, a body, an outlet
        pytest.param("Trump told reporters that he would win.", "reporters", False, id="many"),
        pytest.param("The governor told the committee that the budget was balanced.", "committee", False, id="a-body"),
        pytest.param("Trump told Fox News that he would win.", "News", False, id="an-outlet"),
    ],
)
def test_one_person(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert one_person(token_of(doc, word), load_lexicon()) is expected


# ``replies.alternating_turn``: in a dialogue told line by line ("And X said, ... And Y said, ... And he said, ..."),
# the "he" of the next turn is the one who spoke the turn before last, not the last speaker
test_alternating_turn = speaker_table([
    pytest.param("And the Lord said, If I find fifty righteous in the city, then I will spare all the place.\nAnd "
                 "Abraham answered and said, Wilt thou destroy all the city for lack of five?\nAnd he said, If I find "
                 "there forty and five, I will not destroy it.", "said", "the Lord", id="lord-abraham-lord"),
    pytest.param("And Ahab said, I will go down to Jezreel this night.\nAnd Elijah said, I have not troubled Israel.\n"
                 "And he said, Then thou shalt go up to the mountain.", "said", "Ahab", id="ahab-elijah-ahab"),
    # negatives: narration between the turns, the turns on one line, the same speaker twice, a speaker of the other
    # sex, a news "he said" without the comma or with quotation marks: the last speaker goes on
    pytest.param("And Ahab said, I will go down to Jezreel this night.\nAnd Elijah said, I have not troubled Israel.\n"
                 "The people answered him not a word.\nAnd he said, Then thou shalt go up to the mountain.", "said",
                 "Elijah", id="narration-between"),
    pytest.param("And Ahab said, I will go down to Jezreel this night. And Elijah said, I have not troubled Israel. "
                 "And he said, Then thou shalt go up to the mountain.", "said", "Elijah", id="one-line"),
    pytest.param("And Elijah said, I have not troubled Israel.\nAnd Elijah said, Thou hast forsaken the "
                 "commandments.\nAnd he said, Go up to the mountain.", "said", "Elijah", id="same-speaker"),
    pytest.param("And Sarah said, God hath made me to laugh.\nAnd Abraham said, The child shall be weaned.\nAnd he "
                 "said, Cast out this bondwoman.", "said", "Abraham", id="other-sex"),
    pytest.param("Senator John Smith said the bill would pass.\nGovernor Tom Jones said the bill was dead.\nAnd he "
                 "said the vote would come on Monday.", "said", "Tom Jones", id="news-no-comma"),
    pytest.param("\"We will not back down,\" Senator John Smith said.\n\"The bill is dead,\" Governor Tom Jones "
                 "said.\nAnd he said, \"The vote will come on Monday.\"", "said", "Tom Jones", id="news-quoted"),
])


# ``replies.passive_askers`` for a plain "said": after "X was asked by Y ...", the "he said" that answers is X, never
# the asker Y (p84 W: the caller); the one asked must agree with the pronoun, else the asker may answer
test_said_after_passive_question = speaker_table([
    pytest.param("Recently, Herman Cain, who hosts a radio show, was asked by a caller why young men are coming as "
                 "refugees. \"So they can be planted among us,\" he said.", "said", "Herman Cain", id="cain-caller"),
    pytest.param("Senator Jones was asked by a reporter whether the bill would pass. \"It will,\" he said.", "said",
                 "Jones", id="senator-reporter"),
    pytest.param("Jane Lee was asked by John Ray why taxes rose. \"Costs went up,\" she said.", "said", "Jane Lee",
                 id="named-asker"),
    # negatives: a "he" the one asked cannot be, an active question, a "said" that names whom it addresses
    pytest.param("Mary Smith was asked by John Ray whether the bill would pass. \"It will not,\" he said.", "said",
                 "John Ray", id="other-sex"),
    pytest.param("John Ray met Mary Smith on Monday. \"The bill will pass,\" he said.", "said", "John Ray",
                 id="no-question"),
    # many asked, one "he": the asker speaks on (rev79s: the passive's plural subject is no "he")
    pytest.param("Reporters were asked by Trump to leave the room. He said they were spreading fake news.", "said",
                 "Trump", id="plural-asked"),
    pytest.param("Residents were asked by Mayor Bill de Blasio to stay home during the storm. He said the city was "
                 "ready.", "said", "Bill de Blasio", id="plural-residents"),
])
