"""The "who reports whom" diagram survives any graph: cycles, self loops, missing nodes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.model import Article, Attribution, Report, Source, Span
from sayso.report.chain_svg import ROOT, chain_diagram
from sayso.report.html import to_html

TEXT = "x" * 200


def _report(edges: list[tuple[str, str]], sources: int = 4) -> Report:
    """A report whose attribution i is S<a>'s and reported via one whose source is S<b>."""
    srcs = tuple(Source(f"S{k}", f"Source {k}", "outlet" if k % 2 else "person", ()) for k in range(1, sources + 1))
    atts: list[Attribution] = []
    for n, (outer, inner) in enumerate(edges):
        o, i = f"A{2 * n + 1}", f"A{2 * n + 2}"
        atts.append(Attribution(o, "indirect", Span.of(TEXT, 0, 10), None, source=outer))
        atts.append(Attribution(i, "indirect", Span.of(TEXT, 20, 30), None, source=inner, via=o))
    return Report(Article(TEXT), sources=srcs, attributions=tuple(atts))


@pytest.mark.parametrize(
    "edges",
    [
        [("S1", "S2"), ("S2", "S1")],  # A cites B, B cites A: the cycle the AP page gave
        [("S3", "S4"), ("S1", "S2"), ("S2", "S1")],  # a head elsewhere, and a cycle nobody enters
        [("S1", "S2"), ("S2", "S3"), ("S3", "S1")],  # a three-cycle
        [("S1", "S9")],  # S9 is not among the sources
        [("S1", "S1"), ("S1", "S2")],  # a self citation (dropped) beside a link
    ],
)
def test_any_graph_gets_a_diagram(edges) -> None:
    report = _report(edges)
    diagram = chain_diagram(report, {}, {})
    placed = {n.id for n in diagram.nodes}
    for a, b in edges:
        if a != b:
            assert {a, b} <= placed
    assert ROOT in placed
    assert diagram.description.endswith(".")
    assert "<svg" in to_html(report)


def test_attribution_cycle_and_missing_via_render() -> None:
    """Even a report whose attributions cite each other (or a missing one) renders."""
    atts = (
        Attribution("A1", "indirect", Span.of(TEXT, 0, 5), None, source="S1", via="A2"),
        Attribution("A2", "indirect", Span.of(TEXT, 6, 9), None, source="S2", via="A1"),
        Attribution("A3", "indirect", Span.of(TEXT, 10, 12), None, source="S2", via="A3"),
        Attribution("A4", "indirect", Span.of(TEXT, 13, 15), None, source="S1", via="A99"),
    )
    sources = (Source("S1", "One", "person", ()), Source("S2", "Two", "outlet", ()))
    report = Report(Article(TEXT), sources=sources, attributions=atts)
    assert [a.id for a in report.chain(atts[0])] == ["A2", "A1"]
    out = to_html(report)
    assert "One" in out and "Two" in out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["S1", "S2", "S3", "S4", "S5"]),
                          st.sampled_from(["S1", "S2", "S3", "S4", "S5"])), max_size=12))
def test_random_graphs(edges) -> None:
    diagram = chain_diagram(_report(edges, sources=4), {}, {})
    placed = {n.id for n in diagram.nodes}
    assert {n for a, b in edges if a != b for n in (a, b)} <= placed
    assert all(e.x1 >= 0 and e.y1 >= 0 for e in diagram.edges)


@pytest.mark.parametrize(
    "via, expected",
    [
        ([None, 0, 1], [None, 0, 1]),  # a path stays
        ([1, 0], [1, None]),  # A1 via A2 via A1: the closing link goes
        ([0], [None]),  # a self loop
        ([1, 2, 0, 2], [1, 2, None, 2]),
        ([5, None], [None, None]),  # no such attribution
        ([], []),
    ],
)
def test_acyclic(via, expected) -> None:
    from sayso.nlp.extract.markers import acyclic

    assert acyclic(via) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(0, 9)), max_size=10))
def test_acyclic_leaves_no_cycle(via) -> None:
    from sayso.nlp.extract.markers import acyclic

    out = acyclic(via)
    assert all(o is None or o == v for o, v in zip(out, via, strict=True))  # only links dropped
    for start in range(len(out)):
        seen, node = set(), start
        while node is not None:
            assert node not in seen and 0 <= node < len(out)
            seen.add(node)
            node = out[node]
