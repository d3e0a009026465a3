"""Outlet names and the citation network: text -> expected tables, round trips through networkx readers."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from sayso.corpus.network import citation_edges, citation_graph, export_graph, read_graph
from sayso.corpus.outlets import build_table, is_outlet, normalize_outlet, outlet_key
from sayso.corpus.types import CitationEdge
from sayso.model import Article, Attribution, Report, Source, Span


@pytest.mark.parametrize("name, expected", [
    ("RT", "RT"),
    ("RT News", "RT"),
    ("Russia Today", "RT"),
    ("rt.com", "RT"),
    ("https://www.rt.com/news/123-story/", "RT"),
    ("RT's", "RT"),
    ("The New York Times", "The New York Times"),
    ("New York Times", "The New York Times"),
    ("NYT", "The New York Times"),
    ("nytimes.com", "The New York Times"),
    ("the New York Times’", "The New York Times"),
    ("  The   Washington  Post ", "The Washington Post"),
    ("edition.cnn.com", "CNN"),
    ("breitbart.com/big-government/2016/x", "Breitbart"),
    ("huff-post", "HuffPost"),  # PolNeAR's publisher ids
    ("Huffington Post", "HuffPost"),
    ("AP", "Associated Press"),
    ("Agence France-Presse", "AFP"),
    # unknown names come back tidied, never invented
    ("The Foo Gazette", "Foo Gazette"),
    ("Foo Gazette's", "Foo Gazette"),
    ("example.org", "example.org"),
    ("the Times", "The Times"),  # ambiguous: not guessed to be the NYT
    ("", ""),
    ("   ", ""),
])
def test_normalize_outlet(name, expected):
    assert normalize_outlet(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("RT", True), ("Russia Today", True), ("rt.com", True), ("The Wall Street Journal", True),
    ("Tampa Bay Times", True), ("The Kansas City Star-Ledger", True), ("zerohedge.com", True),
    # negatives: people, governments, institutions, lower-case phrases, government sites
    ("Tim Morrison", False), ("the White House", False), ("U.S.", False), ("officials", False),
    ("the spokesman", False), ("Judicial Review", False), ("local news", False), ("", False),
    ("whitehouse.gov", False), ("state.gov", False), ("harvard.edu", False),
])
def test_is_outlet(name, expected):
    assert is_outlet(name) is expected


def test_table_is_data_driven():
    table = build_table(["Daily Planet = The Planet | dailyplanet.example"], ["Gotham Gazette"])
    assert table.by_key[outlet_key("the planet")] == "Daily Planet"
    assert table.by_domain["dailyplanet.example"] == "Daily Planet"
    assert table.by_key["gotham gazette"] == "Gotham Gazette"


def _report(outlet, published, sources, attributions):
    text = "x" * 10
    return Report(
        article=Article(text=text, outlet=outlet, published=published, id="a1"),
        sources=tuple(Source(sid, name, typ, ()) for sid, name, typ in sources),
        attributions=tuple(Attribution(aid, "indirect", Span(0, 1, "x"), None, source=src, via=via)
                           for aid, src, via in attributions),
    )


def test_citation_edges_source_and_via_chain():
    report = _report("Breitbart", "2016-03-11", [
        ("S1", "Russia Today", "outlet"),
        ("S2", "Russian Defense Ministry", "government"),
        ("S3", "The New York Times", "outlet"),
        ("S4", "Tim Morrison", "person"),
    ], [
        ("A1", "S1", None),      # RT reported ...
        ("A2", "S2", "A1"),      # ... that the ministry said (via RT): RT again
        ("A3", "S3", None),
        ("A4", "S4", None),      # a person: no edge
        ("A5", None, None),      # unresolved source: no edge
    ])
    edges = citation_edges(report)
    assert edges == [CitationEdge("Breitbart", "RT", "2016-03", 2),
                     CitationEdge("Breitbart", "The New York Times", "2016-03", 1)]


@pytest.mark.parametrize("outlet, published, expected_citing, expected_month", [
    ("breitbart", "2016-03-11T10:00:00Z", "Breitbart", "2016-03"),
    ("nyt", None, "The New York Times", ""),
    ("nyt", "March 2016", "The New York Times", ""),
])
def test_citation_edges_outlet_and_month(outlet, published, expected_citing, expected_month):
    report = _report(outlet, published, [("S1", "Reuters", "organization")], [("A1", "S1", None)])
    (edge,) = citation_edges(report)
    assert (edge.citing, edge.cited, edge.month) == (expected_citing, "Reuters", expected_month)


def test_citation_edges_none_without_outlet_or_outlet_sources():
    no_outlet = _report(None, "2016-03-11", [("S1", "Reuters", "outlet")], [("A1", "S1", None)])
    assert citation_edges(no_outlet) == []
    assert citation_edges(no_outlet, outlet="Politico")[0].citing == "Politico"
    people = _report("Politico", None, [("S1", "Hillary Clinton", "person")], [("A1", "S1", None)])
    assert citation_edges(people) == []


def _graph():
    edges = [
        CitationEdge("Breitbart", "Russia Today", "2016-03", 2),
        CitationEdge("breitbart.com", "RT News", "2016-04", 1),
        CitationEdge("Breitbart", "NYT", "2016-03", 1),
        CitationEdge("NYT", "Associated Press", "", 3),
        CitationEdge("NYT", "AP", "", 0),  # zero counts add nothing
    ]
    return citation_graph(edges, outlets=["politico", "nyt"])


def test_citation_graph_sums_normalised_names():
    g = _graph()
    assert set(g.nodes) == {"Breitbart", "RT", "The New York Times", "Associated Press", "Politico"}
    rt = g.edges["Breitbart", "RT"]
    assert rt["weight"] == 3
    assert json.loads(rt["months"]) == {"2016-03": 2, "2016-04": 1}
    assert (rt["m2016-03"], rt["m2016-04"]) == (2, 1)
    assert g.edges["The New York Times", "Associated Press"]["weight"] == 3
    assert "m" not in g.edges["The New York Times", "Associated Press"]  # undated counts only in weight
    assert g.nodes["Breitbart"]["cites"] == 4 and g.nodes["RT"]["cited"] == 3
    assert g.degree("Politico") == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trip(fmt, tmp_path):
    g = _graph()
    path = export_graph(g, fmt, tmp_path / f"net.{fmt}")
    back = read_graph(fmt, path)
    assert isinstance(back, nx.DiGraph) and back.is_directed()
    if fmt == "gexf":  # GEXF keys nodes by id and keeps the name as the label
        back = nx.relabel_nodes(back, {n: d["label"] for n, d in back.nodes(data=True)})
    assert set(back.nodes) == set(g.nodes)
    assert {(u, v, int(d["weight"])) for u, v, d in back.edges(data=True)} == \
        {(u, v, d["weight"]) for u, v, d in g.edges(data=True)}
    assert json.loads(back.edges["Breitbart", "RT"]["months"]) == {"2016-03": 2, "2016-04": 1}


def test_export_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="graphml"):
        export_graph(_graph(), "dot", tmp_path / "x.dot")
