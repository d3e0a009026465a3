"""A company's name NER splits into a company and a person ("Sony Ericsson"): ``nlp/extract/split_names.py`` (blind
audit 65 S236). Negatives: a possessive or a role between the company and the person keeps the person."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Sony Ericsson also said it plans to close its R&D site in Munich, Germany, for GSM and UMTS handsets.",
         "also said", ("Sony Ericsson", "organization")),
        # kept: the company's person
        ("Apple's Tim Cook said the phone would ship in May.", "said", ("Tim Cook", "person")),
        ("IBM spokesperson Trink Guarino said the deal was off.", "said", ("Trink Guarino", "person")),
        ("Microsoft founder Bill Gates said the deal was off.", "said", ("Bill Gates", "person")),
        # kept: a full name is a person's, the company the outlet or employer (review 65a)
        ("NBC News Chuck Todd said the race was close.", "said", ("Chuck Todd", "person")),
    ],
)
def test_a_company_name_split_by_ner_is_one_organization(nlp, text: str, cue: str,  # noqa: ANN001
                                                         expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected
