"""Techniques and claims join the report linked to the attribution they sit in (pure; no model)."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

import pytest

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


def _att(text: str, content: str, cue: str, source: str | None = None, aid: str = "A1") -> Attribution:
    c = text.index(content)
    k = text.index(cue)
    src = Span.of(text, text.index(source), text.index(source) + len(source)) if source else None
    return Attribution(aid, "indirect", Span.of(text, c, c + len(content)), Span.of(text, k, k + len(cue)), "S1", source_span=src)


@pytest.mark.parametrize(
    "sentence, content, cue, source, claim",
    [
        # a whole clause, with only the reporting frame left over: narrowed to it ("that" dropped)
        ("Russia says that its diplomats were turned away from a briefing on Tuesday.",
         "that its diplomats were turned away from a briefing on Tuesday", "says", "Russia",
         "its diplomats were turned away from a briefing on Tuesday"),
        ("The attack killed at least 40 people, according to the Syrian American Medical Society.",
         "The attack killed at least 40 people", "according to", "the Syrian American Medical Society",
         "The attack killed at least 40 people"),
        # not a statement of its own: the whole sentence is the claim (still the source's)
        ("In a statement, Arkhipov accused the US of staging a campaign against Moscow.",
         "the US of staging a campaign against Moscow", "accused", "Arkhipov", None),
        ("Whitfield vowed to hold Assad responsible for the deaths of 40 civilians.",
         "to hold Assad responsible for the deaths of 40 civilians", "vowed", "Whitfield", None),
        ("Moscow denied that its forces fired 40 rockets at the town.",
         "that its forces fired 40 rockets at the town", "denied", "Moscow", None),
        ("The minister has started distributing 50 lakh masks across the city.",
         "distributing 50 lakh masks across the city", "started", "The minister", None),
        ("Beijing also wants Trump to eliminate the 15% tariffs on $125 billion of goods.",
         "Trump to eliminate the 15% tariffs on $125 billion of goods", "also wants", "Beijing", None),
        ("According to the government, as of 2016, the country had admitted 1.4 million refugees.",
         "as of 2016, the country had admitted 1.4 million refugees", "According to", "the government",
         "as of 2016, the country had admitted 1.4 million refugees"),
        ("Officials said nothing has changed since 2015.", "nothing has changed since 2015", "said", "Officials",
         "nothing has changed since 2015"),
        # a content cut short of its sentence: what follows is no reporting frame
        ("A diplomat said the dispute had left the Security Council “paralysed” at a moment of need.",
         "the dispute had left the Security Council", "said", "A diplomat", None),
    ],
)
def test_a_claim_is_a_whole_sentence_or_a_whole_statement(sentence: str, content: str, cue: str, source: str,
                                                          claim: str | None) -> None:
    text = f"Intro. {sentence}"
    att = _att(text, content, cue, source)
    got, s, e = claim_attribution((att,), 7, len(text), text)
    assert got is att  # linked to the attribution whose content it holds, narrowed or not
    assert text[s:e] == (claim or sentence)


def test_the_claim_links_to_the_attribution_whose_content_it_is() -> None:
    text = ("Two officials said the administration was weighing a military response. "
            "Arkhipov accused the US of staging a campaign against Moscow. Prices rose 4 percent.")
    officials = _att(text, "the administration was weighing a military response", "said", "Two officials", "A1")
    arkhipov = _att(text, "the US of staging a campaign against Moscow", "accused", "Arkhipov", "A2")
    base = Report(Article(text), attributions=(officials, arkhipov))
    ends = [text.index(". ") + 1, text.index("Moscow.") + 7, len(text)]
    starts = [0, ends[0] + 1, ends[1] + 1]
    report = with_persuasion(base, None, [C(s, e, 0.8) for s, e in zip(starts, ends, strict=True)])
    assert [(c.attribution, c.span.text) for c in report.claims] == [
        ("A1", "the administration was weighing a military response"),
        ("A2", "Arkhipov accused the US of staging a campaign against Moscow."),
        (None, "Prices rose 4 percent."),
    ]


def test_markdown_lists_claims_ranked_by_checkworthiness() -> None:
    from sayso.report import to_markdown

    text = "Prices rose 4 percent. The mayor said 40 people died."
    report = with_persuasion(Report(Article(text)), None, [C(0, 22, 0.6), C(23, len(text), 0.9)])
    out = to_markdown(report)
    assert out.index("40 people died") < out.index("Prices rose 4 percent")
