"""Signs that a name NER read as a place, a building or a body is a person's (``person_signs``): an age set off by
commas ("Trenton, 7, said"), a saint's title ("St. Paul wrote"), a surname the text wrote before in a person's full
name ("Fastiggi and Goldstein contend" after "Dawn Eden Goldstein"). Issue 12, audit 18."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.person_signs import who_clause

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Trenton, 7, said he liked the new playground.", "said", ("Trenton", "person")),
        ('"I like the slide," said Trenton, 7.', "said", ("Trenton", "person")),
        ("Paris, 12, said she wanted to stay.", "said", ("Paris", "person")),  # not France, Paris's alias
        ("Trenton, 7, loves the slide. \"It is the best,\" he said.", "said", ("Trenton", "person")),
        # negatives: a city with no age, a year after a place
        ("Trenton said the budget would balance.", "said", ("Trenton", "organization")),
        ("Officials in Paris, 1920, said the treaty was signed.", "said", ("Officials in Paris", "anonymous")),
    ],
)
def test_a_name_given_an_age_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("As St. Paul wrote to the Corinthians, love is patient and kind.", "wrote", ("St. Paul", "person")),
        ("St. Augustine wrote that the heart is restless.", "wrote", ("St. Augustine", "person")),
        ("Saint Francis wrote that poverty was a gift.", "wrote", ("Saint Francis", "person")),
        # negatives: a city's officials, a body named after a saint
        ("St. Paul officials said the road would close.", "said", ("St. Paul officials", "anonymous")),
        ("St. Jude Children's Research Hospital said the trial was a success.", "said",
         ("St. Jude Children's Research Hospital", "organization")),
    ],
)
def test_a_saint_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Robert Fastiggi and Dawn Eden Goldstein published a long essay on Monday. Fastiggi and Goldstein write that "
         "the critics misread the text.", "write", ("Fastiggi and Goldstein", "group")),
        ("Robert Fastiggi and Dawn Eden Goldstein published a long essay on Monday. \"The pope has not changed "
         "doctrine,\" write Fastiggi and Goldstein.", "write", ("Fastiggi and Goldstein", "group")),
        ("Robert Fastiggi and Dawn Eden Goldstein published a long essay on Monday. As Fastiggi and Goldstein contend, "
         "the pope has not changed doctrine.", "contend", ("Fastiggi and Goldstein", "group")),
        # negative: places joined stay governments
        ("France and Germany said the treaty would hold.", "said", ("France and Germany", "government")),
    ],
)
def test_surnames_joined_are_people(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Robert Fastiggi and Dawn Eden Goldstein wrote. Goldstein said so.", "Goldstein", True),
        ("The Hotel Goldstein burned. Goldstein said so.", "Goldstein", False),
        ("Goldstein said so.", "Goldstein", False),
    ],
)
def test_named_in_full_before(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.person_signs import named_in_full_before

    doc = nlp(text)
    token = [t for t in doc if t.text == word][-1]
    assert named_in_full_before(token, load_lexicon().first_names) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The Bible in the Schools program has run in the county for decades.", "Schools", "unknown"),
        # negatives: a person's name, with a title or none
        ("Courtney Tolliver, 26, a teacher in the district, agrees.", "Courtney Tolliver", "person"),
        ("The talk was given by the Rev. David Dockery on Sunday.", "David Dockery", "person"),
    ],
)
def test_a_word_after_the_is_no_person(nlp, text: str, word: str, expected: str) -> None:  # noqa: ANN001
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.source_types import entity_type

    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text == word)
    assert entity_type(ent, load_lexicon()) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a courtesy title opens a surname NER or the company words took for a body (audit 57: "Mr. Mills" typed
        # organization, "Mills" being a company's word)
        ("Mr. Mills declined to comment yesterday, saying that he never discussed personnel matters.", "saying",
         ("Mills", "person")),
        ("Mr. Mills said the plan was dead.", "said", ("Mills", "person")),
        ("Ms. Banks said the merger would close in May.", "said", ("Banks", "person")),
        ("Dr. Wood said the vaccine works in older patients.", "said", ("Wood", "person")),
        ("Prof. Anhalt said children drink too much soda.", "said", ("Anhalt", "person")),
        # negatives: a title NER holds inside a company's name, a company word with no title, a title elsewhere
        ("Dr Pepper said sales fell in the third quarter.", "said", ("Dr Pepper", "organization")),
        ("General Mills said sales fell in the third quarter.", "said", ("General Mills", "organization")),
        ("The Dr. Oz Show said the episode was cancelled.", "said", ("The Dr. Oz Show", "organization")),
        ("Ms. Smith & Associates said the audit was clean.", "said", ("Smith & Associates", "organization")),
    ],
)
def test_a_courtesy_title_makes_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Mr. Mills said so.", "Mills", True),
        ("Dr Smith said so.", "Smith", True),
        ("Mrs. Jane Banks said so.", "Banks", True),
        ("Mills, which Mr. Smith runs, said so.", "Mills", False),
        ("Dr Pepper said so.", "Pepper", False),
        ("Mills said so.", "Mills", False),
        # a body named after a titled person takes an article; a title outside the name's own words is no sign
        ("The Dr. Oz Show said so.", "Show", False),
        ("The Mr. Rogers Foundation said so.", "Foundation", False),
        ("Ms. Smith & Associates said so.", "Associates", False),
    ],
)
def test_honorific(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.person_signs import honorific

    doc = nlp(text)
    token = token_of(doc, word)
    assert honorific(token) is expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Mr.", "m"), ("mr", "m"), ("MR.", "m"),
        ("Mrs.", "f"), ("Ms", "f"), ("Miss", "f"),
        # negatives: titles of no sex, a pronoun, a given name (``sex_of`` reads those off the parse)
        ("Dr.", None), ("President", None), ("Sir", None), ("he", None), ("Ann", None), ("", None),
    ],
)
def test_title_sex(word: str, expected: str | None) -> None:
    from sayso.nlp.extract.person_signs import title_sex

    assert title_sex(word) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["the", "former", "mrs.", "ortiz"], "f"),
        (["mr.", "hale"], "m"),
        (["mrs.", "and", "mr.", "hale"], "m"),  # a man's title first, wherever it stands
        (["senator", "ann", "lee"], None),
        ([], None),
    ],
)
def test_titles_sex(words: list[str], expected: str | None) -> None:
    from sayso.nlp.extract.person_signs import titles_sex

    assert titles_sex(iter(words)) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("Mr. Hale spoke.", "Hale", "m", id="title-male"),
        pytest.param("We read Mrs. Ortiz's story.", "Ortiz", "f", id="title-female-possessor"),
        pytest.param("Ana Ortiz spoke.", "Ortiz", "f", id="given-name"),
        pytest.param("Senator Ann Lee spoke.", "Lee", "f", id="given-name-after-a-role"),
        pytest.param("Ortiz spoke.", "Ortiz", None, id="surname-alone"),
        pytest.param("She spoke.", "She", "f", id="pronoun"),
    ],
)
def test_sex_of(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.person_signs import sex_of

    doc = nlp(text)
    assert sex_of(next(t for t in doc if t.text == word), load_lexicon().given_genders) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Meanwhile Kesha, who was honored with the top prize, spoke about hope.", "Kesha", True),
        ("Banerjee, whom the board had invited, took questions.", "Banerjee", True),
        ("They praised Okafor, who leads the tenants group.", "Okafor", True),
        # negatives: a body's relative pronouns, "whose" (a company's too), no clause at all
        ("Statista, which tracks markets, published a chart.", "Statista", False),
        ("Banerjee, whose shares fell, addressed the crowd.", "Banerjee", False),
        ("Banerjee addressed the crowd.", "Banerjee", False),
        ("The plan that Banerjee drew up was sound.", "Banerjee", False),
        # ...nor a club or a band written of as a plural, as British news does ("who sacked their coach")
        ("Everton, who sacked their coach on Monday, looked lost.", "Everton", False),
        ("Villa, who had not lost at home all season, were beaten 2-0.", "Villa", False),
        ("Kesha, who thanked the fans for their support, spoke about hope.", "Kesha", True),  # the fans' "their"
    ],
)
def test_a_who_clause_says_a_person(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    assert who_clause(token_of(nlp(text), name)) is expected
