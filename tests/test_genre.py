"""The document's own voice (``nlp/extract/genre.py``): counts outside quotation marks and their buckets.

Each table pairs opinion prose with reported news of the same subject: a quoted ``I``, ``you`` or
question is the speaker's and must not count as the writer's.
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.genre import Genre, genre_of, quoted_share, voice, writers_words
from sayso.nlp.extract.quotes import find_quotes

NEWS = ("The city council approved the budget on Tuesday. “We are proud of this plan, and I think you will see the "
        "results,” the mayor said. Opponents asked whether the tax rise was needed. The vote was 7-2.")
OPINION = ("I have watched this council for years, and you should be worried. Why would anyone trust them? We were "
           "promised lower taxes! My neighbours see it too. The vote was 7-2.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, first, second, questions, exclamations",
    [
        (NEWS, 0, 0, 0, 0),  # the mayor's "We", "I", "you" are inside the quotation; "asked whether" no "?"
        (OPINION, 3, 1, 1, 1),  # I, We, My; you; "Why would ...?"; "...taxes!"
        ("“Why now?” she asked. “We won!” he shouted. The count ended at noon.", 0, 0, 0, 0),  # quoted marks
        ("World War I ended in 1918. The US Army left France in 1919.", 0, 0, 0, 0),  # not pronouns
        ("“Why now?” she asked, and he said “I won”. Was it fair?", 0, 0, 1, 0),  # the writer's question
        ("Let us be clear: the deal is bad for you.", 1, 1, 0, 0),
    ],
)
def test_genre_counts_the_writers_own_voice_outside_quotations(nlp, text: str, first: int, second: int,
                                                                questions: int, exclamations: int) -> None:
    g = genre_of(nlp(text), find_quotes(text))
    assert (g.first_person, g.second_person, g.questions, g.exclamations) == (first, second, questions, exclamations)


@pytest.mark.slow
def test_genre_counts_words_and_sentences_outside_quotations(nlp) -> None:
    g = genre_of(nlp(NEWS), find_quotes(NEWS))
    assert g.sentences == 3 + 1  # the mayor's sentence ends in the writer's "the mayor said."
    assert 0.3 < g.quoted < 0.5
    assert genre_of(nlp(OPINION), find_quotes(OPINION)).quoted == 0.0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("no quotes at all", 0.0),
        ("“ab” cd", 4 / 6),  # 4 of 6 non-space characters, marks included
        ("", 0.0),
    ],
)
def test_quoted_share(text: str, expected: float) -> None:
    assert quoted_share(text, find_quotes(text)) == pytest.approx(expected)


@pytest.mark.parametrize(
    "genre, expected",
    [
        (Genre(words=1000, first_person=30, second_person=5, sentences=50, questions=2), "own"),  # 3.5 per 100
        (Genre(words=1000, first_person=2, sentences=50, questions=8), "own"),  # 16% asked
        (Genre(words=1000, first_person=12, sentences=50, questions=3), "own"),  # 1.2 per 100 and 6% asked
        (Genre(words=1000, first_person=6, sentences=50), "some"),
        (Genre(words=1000, sentences=50, exclamations=2), "some"),
        (Genre(words=1000, first_person=2, sentences=50, questions=1), "none"),  # a wire story's stray "we"
        (Genre(words=30, first_person=5, sentences=3, questions=2), "none"),  # too short to judge
        (Genre(), "none"),
    ],
)
def test_voice_buckets(genre: Genre, expected: str) -> None:
    assert voice(genre) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content, expected",
    [
        ("As I see it, the family likely sees this as revenge.", "this as revenge", ["I"]),
        ("You would think the Russians are realizing it by now.", "the Russians are realizing it by now", ["You"]),
        ("She said we should all go home.", "we should all go home", []),  # hers: inside the content
        ("“I will run again,” she said.", "“I will run again,”", []),  # inside the quotation
        ("“You know,” he told us, the deal is dead.", "the deal is dead", ["us"]),  # the writer heard it
        ("The senator said the bill would pass.", "the bill would pass", []),
        ("World War I veterans said the memorial was late.", "the memorial was late", []),
    ],
)
def test_writers_words_beside_a_cue(nlp, text: str, content: str, expected: list[str]) -> None:
    doc = nlp(text)
    start = text.index(content)
    words = writers_words(doc[:], find_quotes(text), (start, start + len(content)))
    assert [t.text for t in words] == expected
