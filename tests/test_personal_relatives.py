"""A name a "who" clause follows is a person, whatever NER made of it (``source_types.personal_relative``)."""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, token_of
from sayso.nlp.extract.source_types import personal_relative

pytestmark = pytest.mark.slow

_FIGGINS = ("“It is our hope that we’ll be able to reach a reasonable agreement,” said Jason Foy, who represents Noel.\n"
            "Montell Figgins, who represents Thomas, said his client chose not to accept a plea agreement. "
            "He said Thomas is a single father of three children.\n“We had hoped for more,” Figgins said.")

@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Montell Figgins, who represents Thomas, said his client would fight.", "Figgins", True),
        ("The plan was drafted by Montell Figgins, whom the board hired last year.", "Figgins", True),
        # negatives: "whose" and "which" clauses, which a company takes; no relative clause
        ("Acme Widgets, whose shares fell, said it would cut jobs.", "Widgets", False),
        ("Acme Widgets, which makes parts, said it would cut jobs.", "Widgets", False),
        ("Montell Figgins said his client would fight.", "Figgins", False),
    ],
)
def test_personal_relative(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert personal_relative(token_of(doc, name)) is expected


def test_one_person_of_a_who_clause(nlp) -> None:  # noqa: ANN001
    report = analysis(nlp, _FIGGINS)
    by_content = {a.content.text.strip("“”,. "): (speaker(report, a), report.source(a.source).type) for a in report.attributions
                  if report.source(a.source) is not None}
    assert by_content["his client chose not to accept a plea agreement"] == ("Montell Figgins", "person")
    assert by_content["Thomas is a single father of three children"] == ("Montell Figgins", "person")  # not Jason Foy
    assert by_content["We had hoped for more"] == ("Montell Figgins", "person")
