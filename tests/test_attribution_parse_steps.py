"""The named steps of ``find_attributions`` that read the parse, each on its own: ``not_speech``,
``strong_pattern``, ``nested_speech``, ``cue_score``'s unmistakable forms, ``addressee_head``,
``inverted_object_subject``, ``subject_before_aside``, ``name_extent``, ``person_shaped``.

Each table is ``text, cue -> expected``; the cue is the first token with that text.
"""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.addressees import addressee_head
from sayso.nlp.extract.candidates import content_candidates
from sayso.nlp.extract.cue_scores import TAIL_REPORT_SCORE, cue_score, nested_speech, strong_pattern
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.not_speech import not_speech
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.source_heads import inverted_object_subject, subject_before_aside
from sayso.nlp.extract.source_names import name_extent
from sayso.nlp.extract.source_roles import person_shaped

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lexicon():  # noqa: ANN201
    return load_lexicon()


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("It appears that the talks have stalled.", "appears", True),  # a hedge, never a cue
        ("The ministers, who asked not to be named, said the talks had stalled.", "asked", True),  # anonymity
        ("They have every reason to claim the vote was rigged.", "claim", True),  # no one says it
        ("The trains ran according to plan on Monday.", "according", True),  # no one is cited
        ("The statement was posted on Monday.", "posted", True),  # a passive with neither agent nor clause
        ("The plan was announced by the minister on Monday.", "announced", False),  # its agent speaks
        ("The minister said the talks had stalled.", "said", False),
        ("According to the minister, the talks have stalled.", "According", False),
        # a clause with its own subject and tense hung on a noun: someone said it ("the fact that he has said")
        ("The office admitted him, despite the fact that he has said: “Kill them all.”", "said", False),
        ("The temptation to say that the vote was rigged is strong.", "say", True),  # an infinitive: no one says it
        # someone's account, not a fact the writer asserts: she rejected it, she did not say it
        ("She rejected the suggestion that she had called voters “deplorables” in private.", "called", True),
        ("The claim that he said “I will resign” was false, his office said.", "said", True),
        ("The fact that the president will say “no” is clear.", "say", True),  # a modal: not said yet
        ("They act on the mere fact that someone claims that a man is a danger.", "claims", True),  # a case put
    ],
)
def test_not_speech(nlp, lexicon, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert not_speech(token_of(nlp(text), cue), lexicon) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The claim that the vote was rigged spread fast.", "claim", True),  # a cue noun with its that-clause
        ("The plan was revealed by the minister on Monday.", "revealed", True),  # a passive with its agent
        ("The claim spread fast on Monday.", "claim", False),
        ("The minister said the vote was fair.", "said", False),
    ],
)
def test_strong_pattern(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    quotes = find_quotes(text)
    assert strong_pattern(token, content_candidates(token, quotes), text) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The report found that the minister said the vote was fair.", "said", True),  # speech with its subject
        ("The report found that the vote was fair.", "found", False),  # a finding is not speech
        ("Saying nothing more, the minister left the room.", "Saying", False),  # speech without a subject of its own
    ],
)
def test_nested_speech(nlp, lexicon, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert nested_speech(token_of(nlp(text), cue), lexicon) is expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("It is the Leaf, which Nissan claims is the safest car on the road.", "claims"),  # a reporting subject
        ("“We will not back down,” Graham said.", "said"),  # a quote trailer
    ],
)
def test_cue_score_raises_the_unmistakable_forms(nlp, lexicon, text: str, cue: str) -> None:  # noqa: ANN001
    token = token_of(nlp(text), cue)
    quotes = find_quotes(text)
    assert cue_score(token, content_candidates(token, quotes), quotes, lexicon) >= TAIL_REPORT_SCORE


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The minister told the BBC that the talks had stalled.", "told", "BBC"),
        ("The minister said to reporters that the talks had stalled.", "said", "reporters"),
        ("Employees were told that the plant would close.", "told", "Employees"),
        ("The minister said that the talks had stalled.", "said", None),
        ("The minister wrote a letter on Monday.", "wrote", None),
    ],
)
def test_addressee_head(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    head = addressee_head(token_of(nlp(text), cue))
    assert (head.text if head is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the parse found the inverted subject itself ("witness" is its nsubj): nothing to recover
        ("Sondland was known for his temper, said another witness in the probe, Fiona Hill.", "said", None),
        ("Prices will rise, added Brian Moynihan, chief executive of Bank of America.", "added", None),  # no clause before
        ("The company will close the plant, the minister said.", "said", None),  # a subject before the cue
        ("The minister told reporters the plant will close.", "told", None),  # "told" takes an addressee
        # "warned" after its clause names its speaker, not whom it warned
        ("The economy is slowing, warned Janet Yellen in her speech.", "warned", "Yellen"),
        ("The economy is slowing, warned Janet Yellen.", "warned", "Yellen"),
        ("He warned the IMF that the economy was slowing.", "warned", None),  # a subject, an addressee
        ("“The economy is slowing,” she warned the IMF.", "warned", None),
        # a participle in the speaker's phrase read as a second clause's verb: the speaker is its "object"
        ("Job cuts will be announced later this week, said The We Company’s recently named executive chair "
         "Marcelo Claure.", "said", "Claure"),
        ("Job cuts will be announced later this week, said the company’s recently named executive chair "
         "Marcelo Claure.", "said", "Claure"),
        # the cue read as a second verb of the clause before it, the name closing the sentence its object
        ("The senator resigned on Monday, reported The Daily Wire.", "reported", "Wire"),
        ("The plant will close in May, reported the Associated Press.", "reported", "Press"),
        ("The senator resigned on Monday, reported the incident.", "reported", None),  # no name: what was reported
        ("The senator resigned on Monday, reported Smith to the police.", "reported", None),  # it goes on
        ("He resigned on Monday, and reported Smith to the police.", "reported", None),  # "and": his second act
        ("The senator resigned on Monday, reported The Daily Wire on Tuesday.", "reported", None),  # it goes on
        # a verb that also names a deed done to its object: the name is what was won, announced, written
        ("England drew the fifth Test, claimed The Ashes.", "claimed", None),
        ("The company closed its plant, announced The Layoffs.", "announced", None),
    ],
)
def test_inverted_object_subject(nlp, lexicon, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    head = inverted_object_subject(token_of(nlp(text), cue), lexicon.speech)
    assert (head.text if head is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The mayor, asked whether the plan would go ahead, said: \"It will.\"", "said", "mayor"),
        ("Jones, pressed on the matter, said the vote was fair.", "said", None),  # the parse made Jones the subject
        ("Smith said, on Monday, that the plan would go ahead.", "said", None),
        ("Smith said the plan would go ahead.", "said", None),
    ],
)
def test_subject_before_aside(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    subj = subject_before_aside(token_of(nlp(text), cue))
    assert (subj.text if subj is not None else None) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The label Big Machine Records said it would appeal.", "Records", "Big Machine Records"),
        ("Former envoy Kurt Volker testified on Tuesday.", "Volker", "Kurt Volker"),
        ("The minister said it would appeal.", "minister", "minister"),
        # a headline's verb the parse made the name's head is no part of it
        ("SPECIAL REPORT: Pope Francis Accused of Inaction in Notorious Sex Abuse Cases\nThe pope spoke.", "Accused",
         "Pope Francis"),
        # in prose the form is the name's own word
        ("The grant from Grand Challenges Canada funded the clinic.", "Challenges", "Grand Challenges"),
    ],
)
def test_name_extent(nlp, text: str, word: str, expected: str) -> None:  # noqa: ANN001
    start, end = name_extent(token_of(nlp(text), word))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marcelo Claure", True),
        ("Dick Clark Productions", False),  # a company word
        ("the State Department", False),
        ("Claure", False),  # one word is not a full name
    ],
)
def test_person_shaped(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(f"{text} spoke on Monday.")
    span = doc.char_span(0, len(text))
    assert person_shaped(span) is expected
