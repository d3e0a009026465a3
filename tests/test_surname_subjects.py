"""A known person's surname the parser read as another word is that person wherever it is a cue's subject."""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, token_of
from sayso.nlp.extract.surname_subjects import index_people, known_surname, misparsed_surname

pytestmark = pytest.mark.slow

INTRO = "Chris Early runs the shelter in Spokane. "


def attributed(nlp, text: str) -> list[tuple[str | None, str]]:  # noqa: ANN001
    """(source name, content) of each attribution."""
    report = analysis(nlp, text, min_confidence=None)
    return [(speaker(report, a), a.content.text) for a in report.attributions]


@pytest.mark.parametrize(
    "text, expected",
    [
        (INTRO + '"We have never seen demand like this," says Early.',
         [("Chris Early", '"We have never seen demand like this,"')]),
        (INTRO + "Early said the city must act before winter.", [("Chris Early", "the city must act before winter")]),
        (INTRO + '"It is hard," said Early in an email.', [("Chris Early", '"It is hard,"')]),
        # a person NER left out, named by a known given name: "May" read as an auxiliary
        ("Theresa May met Mark Young on Monday. May said the talks would go on.",
         [("Theresa May", "the talks would go on")]),
        # the pronoun after it is Early, not the person before
        ("Maria Lopez is a volunteer. " + INTRO + '"It is hard," says Early. He said the city must act.',
         [("Chris Early", '"It is hard,"'), ("Chris Early", "the city must act")]),
    ],
)
def test_surname_is_the_speaker(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert attributed(nlp, text) == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        # no one named Early before: the adverb stays an adverb
        ('"It is hard," says Early.', "says"),
        ("Early said the city must act.", "said"),
        # another person's surname, or a given name alone
        ("Chris Baker runs the shelter. Early said the city must act.", "said"),
        ("Chris runs the shelter. Early said the city must act.", "said"),
        # a known surname that is not beside the cue
        (INTRO + "She said early that the city must act.", "said"),
        (INTRO + "Officials said Early voting starts Monday.", "said"),
        # a participle is never inverted: the known surname after it is whom it tells or thanks
        (INTRO + '"We all miss him so much," Marc Benioff said, telling Early, "you have been so true to him."',
         "telling"),
        (INTRO + "Marc Benioff spoke last, thanking Early.", "thanking"),
    ],
)
def test_no_surname(nlp, text: str, cue: str) -> None:
    doc = nlp(text)
    token = token_of(doc, cue)
    assert misparsed_surname(token) is None


@pytest.mark.parametrize(
    "text, cue",
    [
        (INTRO + '"We have never seen demand like this," says Early.', "says"),
        # near case kept: the finite cue after the participle's sentence is inverted as before
        (INTRO + '"We have never seen demand like this, telling everyone," said Early.', "said"),
    ],
)
def test_surname_found(nlp, text: str, cue: str) -> None:
    doc = nlp(text)
    token = token_of(doc, cue)
    assert misparsed_surname(token) is not None and misparsed_surname(token).text == "Early"


@pytest.mark.parametrize(
    "first_names, expected",
    [
        # the given names are the caller's (its lexicon's), not read from the resources by the extractor
        (frozenset({"theresa"}), "Theresa May"),
        (frozenset(), None),
    ],
)
def test_known_surname_takes_first_names(nlp, first_names: frozenset[str], expected: str | None) -> None:  # noqa: ANN001
    text = "Theresa May met the council on Monday. May said the talks would go on."
    doc = nlp(text)
    assert all(e.label_ != "PERSON" or e.text != "Theresa May" for e in doc.ents)  # NER left her out: the names decide
    index_people(doc, first_names)
    assert known_surname(doc, "May", len(text)) == expected


def test_an_index_built_without_given_names_does_not_hide_the_callers(nlp) -> None:  # noqa: ANN001
    text = "Theresa May met the council on Monday. May said the talks would go on."
    doc = nlp(text)
    assert known_surname(doc, "May", len(text)) is None  # first: NER's people alone
    assert index_people(doc, frozenset({"theresa"}))["may"][1] == "Theresa May"
    assert known_surname(doc, "May", len(text)) == "Theresa May"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the given name NER left out of the entity
        ("Donald Trump spoke on Monday. Ivanka Trump said the plan was fair.", "Ivanka Trump"),
        # negatives: a title or a role, an honorific, a name NER tagged whole
        ("President Trump said the economy was strong.", "Trump"),
        ("Mr Johnson said the deal was done.", "Johnson"),
        ("Donald Trump said the plan was fair.", "Donald Trump"),
    ],
)
def test_with_given_name(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.surname_subjects import with_given_name

    doc = nlp(text)
    ent = [e for e in doc.ents if e.label_ == "PERSON"][-1]
    assert with_given_name(ent, load_lexicon().first_names).text == expected
