"""Evidence heard in court (issue 12, item 3): "The court heard that ..." (``court_reports.court_heard``).

British court reporting tells a witness's or a prosecutor's evidence as what the court, the jury or the
inquest heard; the source is the hearing body as written, typed unknown (a forum, not a speaker: audit 62), or the
teller where the sentence names one ("heard from prosecutor John Smith that ..."), the medium speech.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_source, speaker, token_of
from sayso.nlp.extract.court_reports import court_file

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The court heard that the defendant had fled the country.", "The court", "that the defendant had fled the country"),
        ("Jurors heard that he was armed when police arrived.", "Jurors", "that he was armed when police arrived"),
        ("The inquest heard that the boy had complained of headaches for weeks.", "The inquest",
         "that the boy had complained of headaches for weeks"),
        ("Smith, 42, denies murder. The trial heard that he had bought a knife two days before.", "The trial",
         "that he had bought a knife two days before"),
        # not evidence reported: hearing without a clause, a person who heard, a rumour
        ("The court heard evidence from three witnesses.", None, None),
        ("I heard that he left.", None, None),
        ("Neighbours heard that the factory would close.", None, None),
        ("The court heard the case in March.", None, None),
        # negated: what the court was not told
        ("The jury did not hear that the defendant had confessed.", None, None),
        ("The jury never heard that the defendant had confessed.", None, None),
        ("The court has not heard that the company destroyed the records.", None, None),
    ],
)
def test_court_heard(nlp, text: str, source: str | None, content: str | None) -> None:
    report = analysis(nlp, text)
    found = [(speaker(report, a), a.content.text, a.medium) for a in report.attributions if "hear" in a.cue.text]
    if source is None:
        assert found == [], found
    else:
        assert found == [(source, content, "speech")], found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hearing body is the forum, not who spoke (audit 62, a62 S3): unknown, not a government or a group
        ("The court heard that the defendant had fled the country.", [("The court", "unknown")]),
        ("A member of the chart-topping collective So Solid Crew dumped a loaded pistol in an alleyway as he fled "
         "from police, a court heard yesterday.", [("a court", "unknown")]),
        ("The defendant had fled the country, the jury heard.", [("the jury", "unknown")]),
        # the teller, where the sentence names one
        ("The jury heard from prosecutor John Smith that the defendant had fled.", [("John Smith", "person")]),
        ("The court heard from his mother that he had been depressed.", [("his mother", "person")]),
        # negatives: a court that rules speaks as a state body; a hearing with no clause reports nothing
        ("The court ruled that the law was unconstitutional.", [("The court", "government")]),
        ("The court heard evidence from three witnesses.", []),
        # review 63: "from" a time or a place names no teller; the forum stays, typed unknown
        ("The court heard from the outset that the case would be complex.", [("The court", "unknown")]),
        ("The court heard from London that the suspect had been arrested.", [("The court", "unknown")]),
    ],
)
def test_the_hearer_is_no_speaker(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = [(report.source(a.source).name, report.source(a.source).type) for a in report.attributions
             if a.cue is not None and a.cue.text in ("heard", "ruled")]
    assert found == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a case's file named by its court: the filers' words, no issuer named (PolNeAR p84)
        ("Trump gave his blessing, according to court documents reported previously by The Post.", "according to",
         ("court documents", "unknown")),
        ("Court documents show that Trump approved the plan.", "show", ("Court documents", "unknown")),
        ("According to court filings, the firm paid $2 million.", "According to", ("court filings", "unknown")),
        ("According to court records, he was released in 2004.", "According to", ("court records", "unknown")),
        # negatives: the issuer named keeps its type; a court's own act stays the court's
        ("A police report said the driver was drunk.", "said", ("A police report", "government")),
        ("Pentagon documents show the strike was planned.", "show", ("Pentagon documents", "government")),
        ("A court ruling said the law was invalid.", "said", ("A court ruling", "government")),
    ],
)
def test_a_case_file_is_no_courts_word(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Court documents show that Trump approved the plan.", "documents", True),
        ("Court filings show the company paid the fee.", "filings", True),
        ("Federal court records show he paid.", "records", True),
        # negatives: a court's act, the court's own (a possessive), another issuer, no court
        ("A court ruling said the law was invalid.", "ruling", False),
        ("The court's records show he paid.", "records", False),
        ("Police documents show the car was stolen.", "documents", False),
        ("The documents show he paid.", "documents", False),
        # negatives: the filer named beside the noun (review 79: the filer's type, not unknown)
        ("Court filings by the prosecutors said the defendant fled.", "filings", False),
        ("Federal court documents filed by the Justice Department said the company lied.", "documents", False),
    ],
)
def test_court_file(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert court_file(token_of(nlp(text), word)) is expected
