"""A report filed with the police is not a statement: ``nlp/extract/filed_reports.py`` (blind audit 20:
"reported her son missing"). A clause reported, a body's count and a state word inside a noun phrase stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_filed_report_is_not_a_statement = cue_table(
    [
        ("Her mother reported her son missing on Sunday.", "reported", False),
        ("The family reported the girl missing after she failed to return from school.", "reported", False),
        ("Neighbours reported the man missing for three days before police searched the house.", "reported", False),
        ("Ramzi reported her son missing in December.", "reported", False),
        ("His wife reported him missing when he did not come home.", "reported", False),
        ("The owner reported the painting stolen in 2019.", "reported", False),
        # kept: a clause, a body's count, a state word inside a noun phrase
        ("Police reported that the boy was missing.", "reported", True),
        ("She reported that her car had been stolen.", "reported", True),
        ("Reuters reported the missing documents were found in a safe.", "reported", True),
        ("The agency reported 40 people missing after the flood.", "reported", True),
        ("The Red Cross reported 40 people missing after the flood.", "reported", True),
        ("Reuters reported its reporter missing in Syria and later said he was safe.", "said", True),
        ("Police said the man was arrested on Tuesday.", "said", True),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [("she", True), ("her mother", True), ("the family", True), ("Kelly Ramzi", True),
     ("the agency", False), ("Reuters", False), ("it", False)],  # "Ramzi" the tagger calls an ORG: her son makes it
)
def test_filed_by_person(nlp, text: str, expected: bool) -> None:
    from sayso.nlp.extract.filed_reports import HOUSEHOLDS, filed_by_person

    doc = nlp(f"{text[0].upper()}{text[1:]} reported the car stolen.")
    reported = next(t for t in doc if t.lower_ == "reported")
    subject = next((c for c in reported.children if c.dep_ == "nsubj"), None)
    assert filed_by_person(subject, frozenset({"mother", "neighbour"}) | HOUSEHOLDS) is expected
