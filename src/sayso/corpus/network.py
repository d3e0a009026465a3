"""The citation network: which outlet's attributions name which outlet, month by month.

``citation_edges`` derives :class:`CitationEdge` records from one report (an attribution
whose source, or a source along its ``via`` chain, is an outlet); ``citation_graph`` sums
them into a ``networkx.DiGraph``; ``export_graph`` writes GraphML or GEXF (Gephi opens
both) or node-link JSON (``networkx.node_link_graph`` reads it back).

Graph attributes are scalars only, because GraphML and GEXF hold nothing else: an edge has
``weight`` (all months), ``months`` (the per-month counts as a JSON object in a string) and
one integer attribute per month named ``m2016-03``; a node has ``label``, ``cites`` (its
out-weight) and ``cited`` (its in-weight).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import networkx as nx

from sayso.corpus.outlets import is_outlet, normalize_outlet
from sayso.corpus.types import CitationEdge
from sayso.model import Report

GraphFormat = Literal["graphml", "gexf", "json"]
FORMATS: tuple[str, ...] = ("graphml", "gexf", "json")


def _month(published: str | None) -> str:
    """"2016-03" from an ISO date; "" when there is none or it does not start with YYYY-MM."""
    if not published or len(published) < 7 or published[4] != "-" or not (published[:4] + published[5:7]).isdigit():
        return ""
    return published[:7]


def citation_edges(report: Report, outlet: str | None = None, published: str | None = None) -> list[CitationEdge]:
    """Edges from the article's outlet to every outlet its attributions name, counted by attribution.

    ``outlet`` and ``published`` override the article's own (the store knows the JSONL
    metadata). Each attribution counts once per outlet it names, as its source or as a link
    of its ``via`` chain. An article without an outlet cites nothing (there is no node to
    start from); an outlet naming itself ("the Times reported earlier") is kept as a loop.
    """
    citing = normalize_outlet(outlet or report.article.outlet or "")
    if not citing:
        return []
    month = _month(published if published is not None else report.article.published)
    outlet_of: dict[str, str] = {}
    for source in report.sources:
        if source.type == "outlet" or is_outlet(source.name):
            name = normalize_outlet(source.name)
            if name:
                outlet_of[source.id] = name
    counts: Counter[str] = Counter()
    for attribution in report.attributions:
        named = {outlet_of[a.source] for a in report.chain(attribution) if a.source in outlet_of}
        counts.update(named)
    return [CitationEdge(citing, cited, month, n) for cited, n in sorted(counts.items())]


def citation_graph(edges: Iterable[CitationEdge], outlets: Iterable[str] = ()) -> nx.DiGraph:
    """One node per outlet (names normalised), one weighted edge per citing -> cited pair.

    ``outlets`` adds nodes for outlets that cite and are cited by no one (a corpus's own
    publishers should appear even when they name no other outlet).
    """
    totals: Counter[tuple[str, str]] = Counter()
    months: dict[tuple[str, str], Counter[str]] = {}
    for edge in edges:
        citing, cited = normalize_outlet(edge.citing), normalize_outlet(edge.cited)
        if not citing or not cited or edge.count <= 0:
            continue
        totals[citing, cited] += edge.count
        months.setdefault((citing, cited), Counter())[edge.month] += edge.count
    graph = nx.DiGraph()
    for name in outlets:
        name = normalize_outlet(name)
        if name:
            graph.add_node(name, label=name, cites=0, cited=0)
    for (citing, cited), weight in sorted(totals.items()):
        for node in (citing, cited):
            if node not in graph:
                graph.add_node(node, label=node, cites=0, cited=0)
        by_month = dict(sorted(months[citing, cited].items()))
        attrs: dict[str, int | str] = {"weight": weight, "months": json.dumps(by_month, sort_keys=True)}
        attrs.update({f"m{m}": n for m, n in by_month.items() if m})
        graph.add_edge(citing, cited, **attrs)
        graph.nodes[citing]["cites"] += weight
        graph.nodes[cited]["cited"] += weight
    return graph


def export_graph(graph: nx.DiGraph, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write the graph as GraphML, GEXF or node-link JSON; returns the path written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    else:
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def read_graph(fmt: str, path: str | os.PathLike[str]) -> nx.DiGraph:
    """Read back what :func:`export_graph` wrote (for tests and notebooks)."""
    fmt = fmt.lower()
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        return nx.node_link_graph(json.loads(Path(path).read_text(encoding="utf-8")), edges="edges")
    raise ValueError(f"unknown graph format {fmt!r}: choose one of {', '.join(FORMATS)}")
