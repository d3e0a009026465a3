"""Techniques and claims join the report linked to the attribution they sit in (pure; no model)."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from sayso.model import Article, Attribution, Marker, Report, Span, spans_valid
from sayso.persuasion.merge import claim_attribution, with_persuasion

TEXT = ("RT reports: the Russian Defense Ministry said that eight canisters of chlorine have been delivered. "
        "This is a shameful farce by the rebels. Eight canisters of chlorine have been delivered, the ministry said.")


class T(NamedTuple):
    start: int
    end: int
    label: str
    confidence: float


class C(NamedTuple):
    start: int
    end: int
    score: float


def _span(s: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return Span.of(TEXT, start, start + len(s))


def _report() -> Report:
    rt = Attribution("A1", "indirect", _span("the Russian Defense Ministry said that eight canisters of chlorine have been delivered"),
                     _span("reports"), "S1")
    ministry = Attribution("A2", "indirect", _span("eight canisters of chlorine have been delivered"), _span("said"), "S2", via="A1")
    own = Attribution("A3", "indirect", _span("Eight canisters of chlorine have been delivered"), _span("said", 1), "S2")
    hedge = Marker("M1", "hedge", "claimed", _span("reports"), "A1")
    return Report(Article(TEXT), attributions=(rt, ministry, own), markers=(hedge,))


def test_techniques_link_to_the_innermost_attribution():
    farce = _span("shameful farce")
    canisters = _span("eight canisters")
    report = with_persuasion(_report(), [T(farce.start, farce.end, "Loaded_Language", 0.9),
                                         T(canisters.start, canisters.end, "Exaggeration,Minimisation", 0.4)], None)
    techniques = [m for m in report.markers if m.type == "technique"]
    assert [(m.label, m.attribution) for m in techniques] == [("Exaggeration,Minimisation", "A2"), ("Loaded_Language", None)]
    assert [m.id for m in report.markers] == ["M1", "M2", "M3"]  # renumbered in text order
    assert techniques[1].confidence == 0.9 and report.claims == ()
    assert spans_valid(TEXT, [m.span for m in report.markers])


def test_a_claim_sentence_that_holds_a_content_is_narrowed_to_it():
    start = TEXT.index("Eight canisters")
    end = len(TEXT)
    att, s, e = claim_attribution(_report().attributions, start, end)
    assert att is not None and att.id == "A3"
    assert TEXT[s:e] == "Eight canisters of chlorine have been delivered"


def test_claims_get_ids_spans_and_attributions():
    first = (0, TEXT.index(" This is"))
    own = (TEXT.index("This is"), TEXT.index("rebels.") + 7)
    report = with_persuasion(_report(), None, [C(*own, 0.2), C(*first, 0.91)], pipeline={"claims": "1"})
    assert [(c.id, c.attribution, round(c.checkworthiness, 2)) for c in report.claims] == [("C1", "A2", 0.91), ("C2", None, 0.2)]
    assert report.claims[0].span.text == "eight canisters of chlorine have been delivered"  # the ministry's, via RT
    assert spans_valid(TEXT, [c.span for c in report.claims])
    assert report.pipeline["claims"] == "1"
    assert [c["id"] for c in report.to_dict()["claims"]] == ["C1", "C2"]


def test_nothing_found_changes_nothing_but_the_pipeline():
    base = _report()
    report = with_persuasion(base, [], [])
    assert report.markers == base.markers and report.claims == ()


def test_a_question_put_to_a_source_is_not_its_claim():
    text = "Asked whether Russia would allow international inspectors into Douma, he said his government had nothing to hide."
    w, h = text.index("whether"), text.index("his government")
    asked = Attribution("A1", "indirect", Span.of(text, w, text.index(",")), Span.of(text, 0, 5), "S1")
    said = Attribution("A2", "indirect", Span.of(text, h, len(text) - 1), Span.of(text, h - 5, h - 1), "S1")
    att, s, e = claim_attribution((asked, said), 0, len(text))
    assert att is said and text[s:e] == "his government had nothing to hide"


def test_voice_names_each_source_once():
    from sayso.model import Source
    from sayso.report._describe import voice

    base = _report()
    sources = (Source("S1", "RT", "outlet", ()), Source("S2", "the Russian Defense Ministry", "government", ()))
    report = Report(base.article, sources, base.attributions)
    assert voice(report, "A2") == "the Russian Defense Ministry via RT"
    assert voice(report, None) == "the article"
    same = Report(base.article, (Source("S1", "RT", "outlet", ()),),
                  tuple(dataclasses.replace(a, source="S1") for a in base.attributions))
    assert voice(same, "A2") == "RT"
