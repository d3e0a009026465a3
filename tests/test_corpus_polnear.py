"""A real multi-outlet corpus: a PolNeAR subset ingested with outlet = publisher, published = date.

Skips where ../shared/data is absent. The subset is the three articles (Breitbart, USA
Today, Western Journalism; 10-11 Aug 2016) that carry Trump's "if she gets to pick her
judges, nothing you can do, folks" verbatim, plus the articles that name Trump and Clinton
most, so who is quoted most is known: Donald Trump and Hillary Clinton.
"""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from sayso.cli import app

pytestmark = pytest.mark.slow

CARRIERS = ("breitbart_2016-08-10_secret-service-stops-protester-a", "usa-today_2016-08-10_nd-amendment-people-his-secret-w",
            "west-journal_2016-08-11_reagan-s-daughter-makes-strong-s")
QUOTE = "if she gets to pick her judges, nothing you can do, folks"
EXTRA = 17  # articles naming Trump and Clinton most, besides the carriers

runner = CliRunner()


@pytest.fixture(scope="session")
def polnear_db(shared_data, tmp_path_factory):
    folder = shared_data / "polnear"
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        meta = {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}
    files = {p.stem: p for split in ("train", "dev") for p in (folder / split).glob("*.txt")}
    ranked = sorted((s for s in files if s not in CARRIERS and s in meta),
                    key=lambda s: (-(int(meta[s]["trump_count"] or 0) + int(meta[s]["clinton_count"] or 0)), s))
    chosen = [*CARRIERS, *ranked[:EXTRA]]
    work = tmp_path_factory.mktemp("polnear")
    jsonl = work / "polnear.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for stem in chosen:
            m = meta[stem]
            out.write(json.dumps({"id": stem, "text": files[stem].read_text(encoding="utf-8"), "outlet": m["publisher"],
                                  "published": m["publication_date"], "title": m["title"]}) + "\n")
    db = work / "polnear.db"
    result = runner.invoke(app, ["ingest", str(jsonl), "--db", str(db), "--no-techniques", "--no-claims"])
    assert result.exit_code == 0, result.output
    assert f"{len(chosen)} stored" in result.output
    return db


def test_trump_and_clinton_are_quoted_most(polnear_db):
    pytest.importorskip("sayso.corpus.identity")
    doc = json.loads(runner.invoke(app, ["sources", "--db", str(polnear_db), "--limit", "5"]).stdout)
    names = " | ".join(s["name"] for s in doc["sources"])
    assert "Trump" in names and "Clinton" in names, names
    top = doc["sources"][0]
    assert top["outlets"] >= 3


def test_the_verbatim_quote_is_traced_to_its_first_appearance(polnear_db):
    pytest.importorskip("sayso.corpus.trace")
    doc = json.loads(runner.invoke(app, ["trace", QUOTE, "--db", str(polnear_db)]).stdout)
    steps = doc["steps"]
    carriers = {s["article_id"] for s in steps} & set(CARRIERS)
    # all three, West Journal's too: there the quote sits inside a 40-word statement whose
    # "I don't know" reads as a denial unless the quote's own words are judged (trace windows)
    assert carriers == set(CARRIERS), [(s["article_id"], s["text"]) for s in steps]
    assert steps[0]["relation"] == "first" and steps[0]["published"] == "2016-08-10"
    assert [s["published"] for s in steps] == sorted(s["published"] for s in steps)


def test_search_finds_the_quote_in_several_publishers(polnear_db):
    doc = json.loads(runner.invoke(app, ["search", "pick her judges", "--db", str(polnear_db)]).stdout)
    assert len({h["outlet"] for h in doc["hits"]}) >= 2


def test_publishers_are_nodes_of_the_citation_network(polnear_db, tmp_path):
    import networkx as nx

    out = tmp_path / "net.gexf"
    result = runner.invoke(app, ["outlets", "--db", str(polnear_db), "--export", "gexf", str(out)])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    labels = {graph.nodes[n].get("label", n) for n in graph.nodes} | set(graph.nodes)
    publishers = {json.loads(line)["outlet"] for line in (polnear_db.parent / "polnear.jsonl").open()}
    assert len(publishers) >= 3
    from sayso.corpus.outlets import normalize_outlet

    assert {normalize_outlet(p) for p in publishers} <= labels
