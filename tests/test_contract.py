"""The ``sayso.report/1`` contract (``../shared/SPEC.md``), the public API and the layering."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from importlib import resources
from typing import Any

import pytest

import sayso
from sayso.model import SOURCE_TYPES

KINDS = {"direct", "indirect", "mixed"}
MARKER_TYPES = {"hedge", "scare_quote", "technique"}


def _sample() -> str:
    path = resources.files("sayso").joinpath("samples/sample_article.txt")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


TEXTS = {
    "direct": "“We will respond,” the minister said.",
    "split": "“We were invited,” he said, “and then we were turned away at the door.”",
    "reported": "Russia says that its diplomats were turned away from a State Department briefing on Tuesday.",
    "according-hedge": "The attack reportedly killed at least 40 people, according to the Syrian American Medical Society.",
    "chain": "RT reports: the Russian Defense Ministry reported that its specialists had detected no chlorine.",
    "told": "Whitfield told reporters that no invitation had been withdrawn.",
    "scare": "Pro-government commentators dismissed the images as another “atrocity” produced for Western cameras.",
    "pronoun": "Anatoly Antonov arrived on Tuesday.\n\nHe said the evidence was fabricated. “Let them come,” he said.",
    "nbsp-ellipsis": "Officials said\u00a0the talks… had failed. “We waited\u00a0… and waited,” Antonov said.",
    "unbalanced": 'He said "we will respond. Officials said “the talks had failed.',
    "nothing": "The report was long.",
    "sample": _sample(),
}


@pytest.fixture(scope="module")
def reports(nlp) -> dict[str, tuple[str, dict[str, Any]]]:
    return {name: (text, sayso.analyze(text, nlp=nlp).to_dict()) for name, text in TEXTS.items() if text}


def _check_span(text: str, span: Any, where: str) -> None:
    assert isinstance(span, dict), f"{where}: a span is a dict, got {span!r}"
    assert set(span) >= {"start", "end", "text"}, f"{where}: span keys {sorted(span)}"
    start, end = span["start"], span["end"]
    assert type(start) is int and type(end) is int and isinstance(span["text"], str), f"{where}: {span!r}"
    assert 0 <= start <= end <= len(text), f"{where}: {span!r} outside the text (length {len(text)})"
    assert text[start:end] == span["text"], f"{where}: text[{start}:{end}] is {text[start:end]!r}, span says {span['text']!r}"


def _opt_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@pytest.mark.parametrize("name", [n for n, t in TEXTS.items() if t])
def test_report_shape(reports, name: str) -> None:
    text, d = reports[name]
    assert {"schema", "article", "sources", "attributions", "markers", "claims", "profile"} <= set(d)
    assert d["schema"] == "sayso.report/1" == sayso.SCHEMA

    art = d["article"]
    assert {"id", "url", "title", "outlet", "authors", "published", "language", "text"} <= set(art)
    assert isinstance(art["id"], str) and art["id"]
    assert all(_opt_str(art[k]) for k in ("url", "title", "outlet", "published"))
    assert isinstance(art["authors"], list) and all(isinstance(a, str) for a in art["authors"])
    assert isinstance(art["language"], str) and art["language"]
    assert art["text"] == text, "plain-text input is kept exactly as given"

    for s in d["sources"]:
        assert {"id", "name", "type", "description", "mentions"} <= set(s), s
        assert isinstance(s["id"], str) and isinstance(s["name"], str) and s["name"]
        assert s["type"] in SOURCE_TYPES, s["type"]
        assert _opt_str(s["description"])
        assert isinstance(s["mentions"], list) and s["mentions"], f"source {s['id']} has no mentions"
        for m in s["mentions"]:
            _check_span(text, m, f"{s['id']}.mentions")

    for a in d["attributions"]:
        assert {"id", "kind", "source", "source_span", "cue", "content", "addressee", "via", "hedged", "confidence"} <= set(a), a
        assert isinstance(a["id"], str)
        assert a["kind"] in KINDS, a["kind"]
        assert _opt_str(a["source"]) and _opt_str(a["addressee"]) and _opt_str(a["via"])
        assert isinstance(a["hedged"], bool)
        assert _number(a["confidence"]) and 0.0 <= a["confidence"] <= 1.0
        _check_span(text, a["content"], f"{a['id']}.content")
        assert a["content"]["end"] > a["content"]["start"], f"{a['id']} has empty content"
        _check_span(text, a["cue"], f"{a['id']}.cue")
        if a["source_span"] is not None:
            _check_span(text, a["source_span"], f"{a['id']}.source_span")
        for p in a.get("content_parts", []):
            _check_span(text, p, f"{a['id']}.content_parts")
            assert a["content"]["start"] <= p["start"] and p["end"] <= a["content"]["end"], f"{a['id']}: part {p!r} lies outside the content {a['content']!r}"

    for m in d["markers"]:
        assert {"id", "type", "label", "span", "attribution"} <= set(m), m
        assert m["type"] in MARKER_TYPES and isinstance(m["label"], str) and _opt_str(m["attribution"])
        _check_span(text, m["span"], f"{m['id']}.span")

    for c in d["claims"]:
        assert {"id", "span", "checkworthiness", "attribution"} <= set(c), c
        assert _number(c["checkworthiness"]) and 0.0 <= c["checkworthiness"] <= 1.0
        assert _opt_str(c["attribution"])
        _check_span(text, c["span"], f"{c['id']}.span")

    p = d["profile"]
    assert {"attributions", "sources", "named_sources", "anonymous_sources", "attributed_share"} <= set(p)
    for k in ("attributions", "sources", "named_sources", "anonymous_sources"):
        assert type(p[k]) is int and p[k] >= 0, k
    assert _number(p["attributed_share"]) and 0.0 <= p["attributed_share"] <= 1.0
    assert p["attributions"] == len(d["attributions"])
    assert p["named_sources"] + p["anonymous_sources"] <= p["sources"] <= len(d["sources"])


@pytest.mark.parametrize("name", [n for n, t in TEXTS.items() if t])
def test_ids_and_references(reports, name: str) -> None:
    _, d = reports[name]
    ids = {key: [x["id"] for x in d[key]] for key in ("sources", "attributions", "markers", "claims")}
    for key, values in ids.items():
        assert len(values) == len(set(values)), f"duplicate {key} ids: {values}"
    every = [i for values in ids.values() for i in values]
    assert len(every) == len(set(every)), f"ids shared across kinds: {every}"
    sources, attributions = set(ids["sources"]), set(ids["attributions"])
    for a in d["attributions"]:
        assert a["source"] is None or a["source"] in sources, f"{a['id']}.source {a['source']} does not exist"
        assert a["addressee"] is None or a["addressee"] in sources, f"{a['id']}.addressee {a['addressee']} does not exist"
        assert a["via"] is None or a["via"] in attributions, f"{a['id']}.via {a['via']} does not exist"
        assert a["via"] != a["id"], f"{a['id']} is reported via itself"
        if a["source"] is not None and a["source_span"] is not None:
            src = next(s for s in d["sources"] if s["id"] == a["source"])
            assert a["source_span"] in src["mentions"], f"{a['id']}.source_span is not among {a['source']}'s mentions"
    by_id = {a["id"]: a for a in d["attributions"]}
    for a in d["attributions"]:  # chains end: no cycle through via
        seen, cur = set(), a
        while cur["via"] is not None:
            assert cur["id"] not in seen, f"via cycle through {cur['id']}"
            seen.add(cur["id"])
            cur = by_id[cur["via"]]
    for m in d["markers"]:
        assert m["attribution"] is None or m["attribution"] in attributions, f"{m['id']}.attribution does not exist"
    for c in d["claims"]:
        assert c["attribution"] is None or c["attribution"] in attributions, f"{c['id']}.attribution does not exist"
    hedged = {m["attribution"] for m in d["markers"] if m["type"] == "hedge" and m["attribution"]}
    for a in d["attributions"]:
        assert a["hedged"] == (a["id"] in hedged), f"{a['id']}.hedged disagrees with its hedge markers"


@pytest.mark.parametrize("name", [n for n, t in TEXTS.items() if t])
def test_json_round_trip(reports, name: str) -> None:
    _, d = reports[name]
    for ascii_only in (False, True):
        assert json.loads(json.dumps(d, ensure_ascii=ascii_only)) == d


def test_sample_is_not_empty(reports) -> None:
    if "sample" not in reports:
        pytest.skip("no bundled sample article")
    _, d = reports["sample"]
    assert d["attributions"] and d["sources"]


# --- the public API -----------------------------------------------------------------


def test_all_is_exact() -> None:
    """``__all__`` lists exactly the public members (submodules aside), like httpx's test."""
    for name in sayso.__all__:  # every name resolves (some load lazily, binding themselves)
        assert getattr(sayso, name) is not None, name
    members = sorted(
        name for name, value in vars(sayso).items()
        if (not name.startswith("_") or name == "__version__")
        and not isinstance(value, types.ModuleType)
        and type(value).__module__ != "__future__"  # `from __future__ import annotations`
    )
    assert sorted(sayso.__all__) == members
    assert len(sayso.__all__) == len(set(sayso.__all__))


def test_error_tree() -> None:
    assert issubclass(sayso.EmptyInputError, sayso.InputError)
    for err in (sayso.InputError, sayso.ModelError, sayso.ResourceError):
        assert issubclass(err, sayso.SaysoError)


# --- layering: dependencies point inward --------------------------------------------


def _imports(statement: str) -> set[str]:
    code = f"{statement}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("module", ["sayso.model", "sayso.errors", "sayso.ingest.text"])
def test_core_does_not_import_spacy(module: str) -> None:
    loaded = _imports(f"import {module}")
    assert "spacy" not in loaded, f"importing {module} imports spaCy (only sayso.nlp may)"


def test_library_does_not_import_its_edges() -> None:
    loaded = _imports("import sayso, sayso.analyzer")
    assert not {m for m in loaded if m == "sayso.cli" or m.startswith("sayso.web")}, "the library imports the CLI/web edge"
