"""The subject of a passive cue with a "by" agent as its content (``extract/passive_subjects.py``): only a noun of
something said or a pronoun pointing back to it; an event, a thing or a person is no content."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.passive_subjects import said_passive_subject

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The plan was revealed by the Post on Monday.", True, id="plan"),
        pytest.param("The allegations were confirmed by two former aides.", True, id="allegations"),
        pytest.param("His remarks were condemned by the bishops.", True, id="remarks"),
        pytest.param("This was even admitted by General Wesley Clark.", True, id="demonstrative"),
        pytest.param("A total of 17 confirmed cases of cholera were reported by the ministry.", True, id="count"),
        pytest.param("Hundreds of cases were reported by the health ministry on Monday.", True, id="quantity"),
        pytest.param("A handful of incidents were reported by teachers.", True, id="handful"),
        pytest.param("Several cases were reported by doctors in the region.", True, id="several"),
        pytest.param("His words were reported by the state news agency Tass.", True, id="words"),
        pytest.param("Evidence of the breach was first reported by Bloomberg.", True, id="evidence"),
        # negatives: an event, a document, a person, a count of things
        pytest.param("The lawsuit was announced by CNN on Tuesday.", False, id="lawsuit"),
        pytest.param("The event was reported by a local blogger on Monday.", False, id="event"),
        pytest.param("His firing was first reported by The Washington Post.", False, id="firing"),
        pytest.param("Barros is accused by the victims of having been in the room.", False, id="person"),
        pytest.param("Three of the videos were put out by his official website.", False, id="count-of-things"),
        pytest.param("Dozens of the videos were put out by his official website.", False, id="quantity-of-things"),
    ],
)
def test_said_passive_subject(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    subj = next(t for t in doc if t.dep_ == "nsubjpass")
    assert said_passive_subject(subj) is expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The plan was revealed by the Post on Monday.", "The plan", id="plan-kept"),
        pytest.param("The lawsuit was announced by CNN on Tuesday.", None, id="lawsuit-dropped"),
        pytest.param("The event was reported by Intellihub's Shepard Ambellas on Monday.", None, id="event-dropped"),
        pytest.param("The plan was announced by the minister on Monday.", "The plan", id="said-noun-kept"),
        pytest.param("Hundreds of cases were reported by the health ministry on Monday.", "Hundreds of cases",
                     id="quantity-kept"),
    ],
)
def test_passive_subject_content(text: str, content: str | None) -> None:
    import sayso

    found = [a.content.text for a in sayso.analyze(text, techniques=False, claims=False, min_confidence=0).attributions]
    assert found == ([content] if content else [])
