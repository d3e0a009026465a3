"""Every attribution says what it reports: ``medium`` speech | writing | thought | unknown (SPEC).

Lexicon-driven from the cue, with a written thing named as the source or in the cue
("the report states", "said in a statement") winning over the verb. Readers may hide
thoughts: ``keep_attributions`` and ``sayso analyze --no-thought``.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from _cues import analysis, with_cue
from sayso import cli
from sayso.model import Article, Attribution, Claim, Marker, Report, Source, Span
from sayso.nlp.analysis import keep_attributions, min_confidence_filter
from sayso.report.csv import COLUMNS, to_csv
from sayso.report.html import to_html
from sayso.report.markdown import to_markdown


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, medium",
    [
        ("The minister said the talks had failed.", "said", "speech"),
        ("The minister told reporters the talks had failed.", "told", "speech"),
        ("The reporter asked whether the minister would resign.", "asked", "speech"),
        ("The minister added that the talks had failed.", "added", "speech"),
        ("The minister wrote that the talks had failed.", "wrote", "writing"),
        ("The minister tweeted that the talks had failed.", "tweeted", "writing"),
        ("The report states that the talks had failed.", "states", "writing"),
        ("The statement said the talks had failed.", "said", "writing"),
        ("The ministry said in a statement that the talks had failed.", "said", "writing"),
        ("The minister believes the talks have failed.", "believes", "thought"),
        ("The minister thinks the talks have failed.", "thinks", "thought"),
        ("The minister wants the talks to resume.", "wants", "thought"),
        ("The minister fears the talks have failed.", "fears", "thought"),
        ("The minister knows the talks have failed.", "knows", "thought"),
        # negatives: "according to" a person says neither; a spoken verb is not writing
        ("According to the minister, the talks had failed.", "According to", "unknown"),
        ("The minister said on television that the talks had failed.", "said", "speech"),
        # advice: a document's is written, a person's spoken
        ("“Do not attempt to locate their source,” the alert advised.", "advised", "writing"),
        ("The health alert advised that U.S. citizens in China should consult a doctor.", "advised", "writing"),
        ("“Stay indoors and keep your windows closed,” the mayor advised.", "advised", "speech"),
    ],
)
def test_medium_from_the_cue(nlp, text: str, cue: str, medium: str) -> None:
    report = analysis(nlp, text)
    found = with_cue(report, cue, exact=False)
    assert found, [(a.cue.text if a.cue else None, a.content.text) for a in report.attributions]
    assert found[0].medium == medium, (found[0].cue, found[0].medium)
    assert found[0].to_dict()["medium"] == medium


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # an agency's update is a bulletin it issues: it says what it reports, in writing
        ("The most recent WHO update says that there are two probable cases at Wangata.", "says", True),
        ("The latest health ministry update said there were 12 new cases in the city.", "said", True),
        # negatives: an update that does something says nothing
        ("The latest WHO update added two towns to the list of affected areas.", "added", False),
        ("The software update fixed the bug that crashed the phones.", "fixed", False),
    ],
)
def test_an_update_says_what_it_reports(nlp, text: str, cue: str, expected: bool) -> None:
    found = with_cue(analysis(nlp, text), cue, exact=False)
    assert bool(found) is expected, [(a.cue.text if a.cue else None, a.content.text) for a in found]
    assert all(a.medium == "writing" for a in found)


def _span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span.of(text, start, start + len(word))


TEXT = "The mayor said the budget was balanced. She believes taxes will fall. The memo states costs rose."


def _report() -> Report:
    t = TEXT
    mayor, she, memo = _span(t, "The mayor"), _span(t, "She"), _span(t, "The memo")
    return Report(
        article=Article(t),
        sources=(Source("S1", "The mayor", "person", (mayor, she)), Source("S2", "The memo", "unknown", (memo,))),
        attributions=(
            Attribution("A1", "indirect", _span(t, "the budget was balanced"), _span(t, "said"), source="S1",
                        source_span=mayor, confidence=0.9, medium="speech"),
            Attribution("A2", "indirect", _span(t, "taxes will fall"), _span(t, "believes"), source="S1",
                        source_span=she, via="A1", confidence=0.4, medium="thought"),
            Attribution("A3", "indirect", _span(t, "costs rose"), _span(t, "states"), source="S2",
                        source_span=memo, via="A2", confidence=0.8, medium="writing"),
        ),
        markers=(Marker("M1", "hedge", "believes", _span(t, "believes"), attribution="A2"),),
        claims=(Claim("C1", _span(t, "costs rose"), 0.7, attribution="A3"), Claim("C2", _span(t, "taxes will fall"), 0.5, "A2")),
    )


def test_keep_attributions_renumbers_and_mends_references() -> None:
    kept = keep_attributions(_report(), lambda a: a.medium != "thought")
    assert [(a.id, a.medium) for a in kept.attributions] == [("A1", "speech"), ("A2", "writing")]
    assert kept.attributions[1].via is None  # its chain ran through the dropped thought: cut, not re-routed
    assert [m.attribution for m in kept.markers] == [None]
    assert [c.attribution for c in kept.claims] == ["A2", None]
    assert [s.id for s in kept.sources] == ["S1", "S2"]
    assert [m.text for m in kept.sources[0].mentions] == ["The mayor"]  # "She" was only the thought's
    assert kept.profile.attributions == 2


def test_keep_attributions_drops_sources_no_one_cites() -> None:
    kept = keep_attributions(_report(), min_confidence_filter(0.85))
    assert [a.id for a in kept.attributions] == ["A1"]
    assert [s.name for s in kept.sources] == ["The mayor"]
    assert kept.profile.sources == 1


def test_keep_all_is_the_same_report() -> None:
    report = _report()
    assert keep_attributions(report, lambda a: True) is report


def test_views_show_medium() -> None:
    report = _report()
    assert COLUMNS[-1] == "medium" and COLUMNS[:15][-1] == "confidence"  # appended: earlier columns keep their places
    rows = to_csv(report).splitlines()
    assert rows[1].endswith(",speech") and rows[2].endswith(",thought")
    md = to_markdown(report)
    assert "| medium |" in md and "| thought |" in md
    page = to_html(report)
    assert 'id="sayso-hide-thought"' in page and "m-thought" in page and '"medium": "writing"' in page


@pytest.mark.slow
def test_cli_no_thought(nlp) -> None:
    text = "The minister said the talks had failed. The minister believes the talks will resume.\n"
    runner = CliRunner()
    every = json.loads(runner.invoke(cli.app, ["analyze", "-", "--format", "json", "--no-techniques", "--no-claims",
                                                "--min-confidence", "0"], input=text).stdout)
    some = json.loads(runner.invoke(cli.app, ["analyze", "-", "--format", "json", "--no-techniques", "--no-claims",
                                               "--min-confidence", "0", "--no-thought"], input=text).stdout)
    assert "thought" in [a["medium"] for a in every["attributions"]]
    assert "thought" not in [a["medium"] for a in some["attributions"]]
    assert len(some["attributions"]) == len(every["attributions"]) - 1
