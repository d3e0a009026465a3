"""The person a verb holds to account for a gerund of saying says it (``faulted_objects.faulted_object``, used by
``source_heads``), and an object "him" is never its own clause's subject (``bound_objects.clause_subject``, used by
``source_pronouns.by_pronoun``).

"Acosta said he wanted to challenge him on calling the caravans an invasion": the "him" (the president) called them
that, not Acosta (PTC audit 51 judged the row a wrong speaker).
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue
from sayso.nlp.extract.bound_objects import clause_subject
from sayso.nlp.extract.faulted_objects import faulted_object

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, gerund, expected",
    [
        pytest.param("Obama criticized Trump for saying that the election was rigged.", "saying", "Trump",
                     id="criticized-for"),
        pytest.param("Acosta said he wanted to challenge him on calling the caravans an invasion.", "calling", "him",
                     id="challenge-on"),
        pytest.param("Jane Smith accused Bob Jones of claiming that the vote was stolen.", "claiming", "Jones",
                     id="accused-of"),
        pytest.param("The senator praised the governor for announcing that the plant would stay open.", "announcing",
                     "governor", id="person-noun"),
        # negatives: no object, an object no person, "by", "of" after a verb of no charge
        pytest.param("Howard Dean refused to apologize to Donald Trump for accusing him of lying.", "accusing", None,
                     id="object-of-to"),
        pytest.param("He made headlines for saying that the election was rigged.", "saying", None, id="headlines"),
        pytest.param("Smith criticized the report for claiming that wages rose.", "claiming", None, id="a-document"),
        pytest.param("Smith won the vote by promising that taxes would fall.", "promising", None, id="by"),
        pytest.param("Smith reminded Jones of saying that taxes would fall.", "saying", None, id="of-no-charge"),
        pytest.param("Bernie Sanders phoned Senator Warren on announcing that he would stay in the race.", "announcing",
                     None, id="on-upon"),
    ],
)
def test_faulted_object(nlp, text: str, gerund: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = faulted_object(next(t for t in doc if t.text == gerund))
    assert (None if found is None else found.text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Trump fired him on Monday.", "Trump", id="own-subject"),
        pytest.param("Acosta said he wanted to challenge him on that.", "he", id="infinitive-subject"),
        pytest.param("The court forced Smith to pay him damages.", "Smith", id="infinitive-object-controller"),
        # negatives: a subject pronoun, a possessive, a preposition's object
        pytest.param("Trump said he would go.", None, id="subject-pronoun"),
        pytest.param("Trump praised his staff.", None, id="possessive"),
        pytest.param("Trump spoke with him on Monday.", None, id="preposition"),
    ],
)
def test_clause_subject(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ in ("he", "him", "his")][-1]
    found = clause_subject(pronoun)
    assert (None if found is None else found.text) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("President Trump spoke at the briefing on Monday.\nAcosta said he wanted to challenge him on "
                     "calling the caravans an invasion.", "calling", "Trump", id="challenged-one-called"),
        # negatives: the subject keeps a gerund of its own
        pytest.param("Senator John Smith won the vote on Monday by promising that taxes would fall.", "promising",
                     "John Smith", id="by-the-winner"),
    ],
)
def test_speaker(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found
