"""The company a bare "the company" or "the firm" stands for where the company is the subject of what it says
(``sentence_companies.company_named_before``): "Acme Widgets Corp. is recalling its toasters, the company said" is
Acme Widgets Corp.'s statement (blind audit 81: "the company" left though the sentence names Microsoft Corp.). Kept
as it was: two companies in the sentence, a company as the subject of a clause further off ("Regulators said Acme
had broken the rules"), another body named in the sentence before, a noun with a word of its own."""

from __future__ import annotations

import pytest

from _cues import cue_source
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.sentence_companies import company_named_before

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Northwind Trading Corp. is recalling its toasters because of a fire risk, the company said Friday.",
         "Northwind Trading Corp."),
        ("Harbor Freight Systems Inc. will cut 300 jobs in Ohio, the company said in a statement.",
         "Harbor Freight Systems Inc."),
        ("Kestrel Mining Ltd. expects output to double next year, the firm said on Monday.", "Kestrel Mining Ltd."),
        # negatives: two companies; the company the subject of a clause another speaker reports; another body the
        # sentence before; a noun with a word of its own
        ("Northwind Trading Corp. sued Harbor Freight Systems Inc. over a patent, the company said.", None),
        ("Regulators said Northwind Trading Corp. had broken the rules, the company said.", None),
        ("GM cut prices on Monday. Northwind Trading Corp. will cut 300 jobs, the company said.", None),
        ("Northwind Trading Corp. will cut 300 jobs, the parent company said.", None),
        # review 77 (rev77m): the company named as the speaker's customer, partner or rival, or a possessive that
        # may be the speaker's, stays; a possessive inside the company's own object does not stop it
        ("Northwind Trading Corp. is its biggest customer, the company said.", None),
        ("Northwind Trading Corp. accounts for 40 percent of its sales, the company said.", None),
        ("Northwind Trading Corp. has been one of its biggest clients, the firm said on Monday.", None),
        ("Northwind Trading Corp. will stop selling its products next month, the company said.", None),
        ("Rival Northwind Trading Corp. is cutting prices, the company said.", None),
        ("Northwind Trading Corp. is preparing changes to its billing software, the company said.",
         "Northwind Trading Corp."),
    ],
)
def test_company_as_subject(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("company", "firm") and t.dep_ == "nsubj")
    company = company_named_before(noun, load_lexicon())
    assert (company.text if company is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Northwind Trading Corp. is recalling its toasters because of a fire risk, the company said Friday.", "said",
         ("Northwind Trading Corp.", "organization")),
        ("Northwind Trading Corp. sued Harbor Freight Systems Inc. over a patent, the company said.", "said",
         ("the company", "organization")),
    ],
)
def test_company_as_subject_source(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert tuple(cue_source(nlp, text, cue)) == expected
