"""A wire ticker right after a company's name is the company's (``ticker_names``, ``source_spans.source_extent``):
"International Business Machines Inc. IBM.N said" names the company, not the code (blind audit 81: a source cut to
the ticker). A code the parse made the subject is read back to the organisation it follows at once; a code after a
comma, after a common noun, or on its own stays as it was."""

from __future__ import annotations

import pytest

from _cues import cue_source, cue_span, token_of
from sayso.nlp.extract.ticker_names import company_before_ticker, instrument_code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Stocks slipped after Northwind Trading Corp. NWT.N said federal regulators were reviewing its books.",
         "said", ("Northwind Trading Corp.", "organization")),
        ("Harbor Freight Systems Inc. HFS.O said on Tuesday it would close two plants in Iowa.", "said",
         ("Harbor Freight Systems Inc.", "organization")),
        ("Bonds fell, while Kestrel Mining Ltd. KMI.L said output at its main mine had doubled.", "said",
         ("Kestrel Mining Ltd.", "organization")),
        ("Shares rose after Acme Widgets Corp. (ACME.O) said its quarterly profit had doubled.", "said",
         ("Acme Widgets Corp.", "organization")),
        # negatives: a code after a comma, after no name, after a common noun: the code stays (no company is read)
        ("After the vote, ACME.O said it would appeal the ruling.", "said", ("ACME.O", "unknown")),
        ("Shares of Acme fell sharply, and BETA.N said it would buy the rest of the business.", "said",
         ("BETA.N", "unknown")),
    ],
)
def test_ticker_source(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert tuple(cue_source(nlp, text, cue)) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Stocks slipped after Northwind Trading Corp. NWT.N said regulators were reviewing its books.", "said",
         "Northwind Trading Corp. NWT.N"),
        ("Harbor Freight Systems Inc. HFS.O said it would close two plants in Iowa.", "said",
         "Harbor Freight Systems Inc. HFS.O"),
        # review 77 (rev77m): a conjunct the code heads stays in the mention
        ("Vodafone Group Plc VOD.L and BT Group Plc BT.L said on Monday they would share masts.", "said",
         "Vodafone Group Plc VOD.L and BT Group Plc BT.L"),
    ],
)
def test_ticker_span_holds_name(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("IBM.N", True), ("VOD.L", True), ("7203.T", True), ("BMWG.DE", True),
     ("U.S.", False), ("Inc.", False), ("U.S", False), ("IBM.XYZ", False), ("12.N", False), ("3.5", False), ("ibm.n", False)],
)
def test_instrument_code(nlp, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(f"The report mentioned {word} twice.")
    assert instrument_code(token_of(doc, word)) is expected


@pytest.mark.parametrize(
    "text, code, expected",
    [
        ("Northwind Trading Corp. NWT.N said sales fell.", "NWT.N", "Northwind Trading Corp."),
        # a code of a different company, after a person's name or a place: no company before it
        ("Mayor John Smith NWT.N said sales fell.", "NWT.N", None),
        ("In Chicago NWT.N said sales fell.", "NWT.N", None),
    ],
)
def test_company_before_ticker(nlp, text: str, code: str, expected: str | None) -> None:  # noqa: ANN001
    span = company_before_ticker(token_of(nlp(text), code))
    assert (span.text if span is not None else None) == expected
