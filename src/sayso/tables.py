"""Report -> rows of the per-entity tables: the corpus's stable, documented columns.

Pure functions, no I/O. The corpus database stores these rows, ``sayso export`` writes
them (Parquet, CSV, JSONL), and the distributed engine emits the same columns, so a table
made anywhere reads the same. Every entity row carries the article's ``article_key``,
``corpus_id``, ``outlet``, ``published`` and ``pipeline_version`` so that a table can be
filtered and grouped without a join. Spans are three columns: ``*_start``, ``*_end``
(code-point offsets into the article text, end exclusive) and ``*_text``.

Types: ``str``, ``int``, ``float``, ``bool``; a trailing ``?`` means the value may be null.

**articles** (one row per article)

    ===================  ======  ==========================================================
    article_key          str     canonical URL (``url:...``), else ``text:`` + SHA-1 of the text
    corpus_id            str     the id the input gave (JSONL ``id``), else ``article_key``
    outlet               str?    the publisher as given (JSONL ``outlet``, page metadata)
    published            str?    ISO 8601 date or date-time
    pipeline_version     str     what made the analysis (``claims=...;lexicon=...;sayso=...;spacy_model=...``)
    url                  str?    the article's URL as given
    title                str?
    authors              str     author names joined by ``"; "`` (empty when none)
    language             str
    text                 str     the analysed text
    n_sources            int
    n_attributions       int
    n_markers            int
    n_claims             int
    warnings             str     the report's warnings joined by newlines (empty when none)
    ===================  ======  ==========================================================

**sources** (one row per source of an article)

    ===================  ======  ==========================================================
    source_id            str     S1, S2, ... within the article
    name                 str
    type                 str     person | organization | outlet | government | group | anonymous | author | unknown
    description          str?    the role or title the article gives ("a spokesman")
    n_mentions           int
    first_start          int?    the first mention's span (null when the source has none)
    first_end            int?
    first_text           str?
    ===================  ======  ==========================================================

**mentions** (one row per mention of a source)

    ===================  ======  ==========================================================
    source_id            str
    mention_index        int     0, 1, ... in text order
    start, end, text     int, int, str
    ===================  ======  ==========================================================

**attributions** (one row per attribution)

    ===================  ======  ==========================================================
    attribution_id       str     A1, A2, ... within the article
    kind                 str     direct | indirect | mixed
    source_id            str?    the resolved source, null when unresolved
    source_name          str?    its name, else the mention in the sentence
    source_type          str     a source type, or ``unresolved``
    source_start/_end/_text  int?, int?, str?   the mention in the sentence ("he")
    cue_start/_end/_text     int?, int?, str?   the reporting cue ("said")
    content_start/_end/_text int, int, str      what is attributed
    content_parts        str     a quote broken by its cue: the parts' ``start:end`` joined by ``;``
                                 (empty when the content is one piece)
    addressee            str?    the source id it was told to
    via                  str?    the attribution id it is reported through
    chain                str     source names from the outermost telling inward, joined by ``" > "``
    hedged               bool
    confidence           float   0..1
    ===================  ======  ==========================================================

**stances** (one row per stance: a source's stated position toward a thing that is no proposition,
"denied the allegations"; no claim is reported, so they are not attributions)

    the columns of **attributions**; ``attribution_id`` is T1, T2, ... within the article, the content
    is the thing the stance is on

**markers** (one row per hedge, scare quote or persuasion technique)

    ===================  ======  ==========================================================
    marker_id            str     M1, ... within the article
    type                 str     hedge | scare_quote | technique
    label                str
    start, end, text     int, int, str
    attribution_id       str?    the attribution it qualifies
    confidence           float?
    ===================  ======  ==========================================================

**claims** (one row per check-worthy claim)

    ===================  ======  ==========================================================
    claim_id             str     C1, ... within the article
    start, end, text     int, int, str
    checkworthiness      float   0..1
    attribution_id       str?    the attribution it sits in
    ===================  ======  ==========================================================

Every table after ``articles`` begins with the same five article columns ``article_key``,
``corpus_id``, ``outlet``, ``published``, ``pipeline_version``, then the columns listed.
``COLUMNS`` holds every table's columns in order with their types.

The corpus adds four tables of its own (``CORPUS_COLUMNS``; ``sayso export`` writes them):

    =================  ==========================================================================
    identities         identity_id str, name str, type str, n_aliases int, n_members int:
                       one speaker across the corpus
    identity_aliases   identity_id str, alias str: every name the identity goes by
    identity_members   identity_id str, article_key str, corpus_id str, source_id str: which
                       article source (``sources``) is which identity
    citation_edges     the five article columns, then citing str, cited str, month str
                       (``YYYY-MM``, empty when undated), count int: the article's attributions
                       that name outlet ``cited`` as source or via (outlet names normalised)
    =================  ==========================================================================
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sayso.model import Article, Attribution, Claim, Marker, Report, Source, Span

Row = dict[str, Any]

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_key", "str"), ("corpus_id", "str"), ("outlet", "str?"), ("published", "str?"),
    ("pipeline_version", "str"),
)

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        *ARTICLE_COLUMNS, ("url", "str?"), ("title", "str?"), ("authors", "str"), ("language", "str"),
        ("text", "str"), ("n_sources", "int"), ("n_attributions", "int"), ("n_markers", "int"),
        ("n_claims", "int"), ("warnings", "str"),
    ),
    "sources": (
        *ARTICLE_COLUMNS, ("source_id", "str"), ("name", "str"), ("type", "str"), ("description", "str?"),
        ("n_mentions", "int"), ("first_start", "int?"), ("first_end", "int?"), ("first_text", "str?"),
    ),
    "mentions": (
        *ARTICLE_COLUMNS, ("source_id", "str"), ("mention_index", "int"), ("start", "int"), ("end", "int"),
        ("text", "str"),
    ),
    "attributions": (
        *ARTICLE_COLUMNS, ("attribution_id", "str"), ("kind", "str"), ("source_id", "str?"),
        ("source_name", "str?"), ("source_type", "str"), ("source_start", "int?"), ("source_end", "int?"),
        ("source_text", "str?"), ("cue_start", "int?"), ("cue_end", "int?"), ("cue_text", "str?"),
        ("content_start", "int"), ("content_end", "int"), ("content_text", "str"), ("content_parts", "str"), ("addressee", "str?"),
        ("via", "str?"), ("chain", "str"), ("hedged", "bool"), ("confidence", "float"),
    ),
    "markers": (
        *ARTICLE_COLUMNS, ("marker_id", "str"), ("type", "str"), ("label", "str"), ("start", "int"),
        ("end", "int"), ("text", "str"), ("attribution_id", "str?"), ("confidence", "float?"),
    ),
    "claims": (
        *ARTICLE_COLUMNS, ("claim_id", "str"), ("start", "int"), ("end", "int"), ("text", "str"),
        ("checkworthiness", "float"), ("attribution_id", "str?"),
    ),
}
COLUMNS["stances"] = COLUMNS["attributions"]  # a stance has an attribution's shape (``Report.stances``)

CORPUS_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "identities": (("identity_id", "str"), ("name", "str"), ("type", "str"), ("n_aliases", "int"),
                   ("n_members", "int")),
    "identity_aliases": (("identity_id", "str"), ("alias", "str")),
    "identity_members": (("identity_id", "str"), ("article_key", "str"), ("corpus_id", "str"), ("source_id", "str")),
    "citation_edges": (*ARTICLE_COLUMNS, ("citing", "str"), ("cited", "str"), ("month", "str"), ("count", "int")),
}

CHAIN_SEPARATOR = " > "
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid|smtyp)$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


# ------------------------------------------------------------------------ article identity


def canonical_url(url: str | None) -> str | None:
    """The URL with the parts that do not change the page dropped, else None when it is not http(s).

    Scheme and host lower-cased, ``www.`` and default ports dropped, the fragment and
    tracking parameters (``utm_*``, ``fbclid``, ...) removed, the rest of the query sorted,
    a trailing slash removed: two links to one story give one key.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    port = parts.port
    if port and not ((parts.scheme.lower() == "http" and port == 80) or (parts.scheme.lower() == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, query, ""))


def text_hash(text: str) -> str:
    """SHA-1 of the text, NFC-normalised with whitespace runs collapsed (re-extraction noise is not news)."""
    norm = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha1(norm.encode("utf-8", "replace")).hexdigest()


def article_key(article: Article) -> str:
    """``url:`` + the canonical URL when the article has one, else ``text:`` + the text hash."""
    url = canonical_url(article.url)
    return f"url:{url}" if url else f"text:{text_hash(article.text)}"


def corpus_id(article: Article, key: str | None = None) -> str:
    """The id the input gave (a JSONL ``id``), else the article key.

    ``Article`` fills an absent id with a hash of its URL or text; an id that differs from
    that hash was given by the input.
    """
    derived = hashlib.sha1((article.url or article.text).encode("utf-8", "replace")).hexdigest()[:16]
    if article.id and article.id != derived:
        return article.id
    return key or article_key(article)


def pipeline_version(pipeline: Mapping[str, str]) -> str:
    """The report's ``pipeline`` entries as one comparable string, ``name=value`` sorted by name."""
    return ";".join(f"{k}={pipeline[k]}" for k in sorted(pipeline))


# ---------------------------------------------------------------------------------- rows


def _span(prefix: str, span: Span | None) -> Row:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _common(report: Report, key: str | None) -> Row:
    article = report.article
    key = key or article_key(article)
    return {
        "article_key": key,
        "corpus_id": corpus_id(article, key),
        "outlet": article.outlet,
        "published": article.published,
        "pipeline_version": pipeline_version(report.pipeline),
    }


def article_row(report: Report, *, key: str | None = None) -> Row:
    article = report.article
    return {
        **_common(report, key),
        "url": article.url,
        "title": article.title,
        "authors": "; ".join(article.authors),
        "language": article.language,
        "text": article.text,
        "n_sources": len(report.sources),
        "n_attributions": len(report.attributions),
        "n_markers": len(report.markers),
        "n_claims": len(report.claims),
        "warnings": "\n".join(report.warnings),
    }


def source_rows(report: Report, *, key: str | None = None) -> list[Row]:
    common = _common(report, key)
    out = []
    for s in report.sources:
        first = min(s.mentions, key=lambda m: m.start) if s.mentions else None
        out.append({
            **common, "source_id": s.id, "name": s.name, "type": s.type, "description": s.description,
            "n_mentions": len(s.mentions),
            "first_start": first.start if first else None, "first_end": first.end if first else None,
            "first_text": first.text if first else None,
        })
    return out


def mention_rows(report: Report, *, key: str | None = None) -> list[Row]:
    common = _common(report, key)
    return [
        {**common, "source_id": s.id, "mention_index": i, "start": m.start, "end": m.end, "text": m.text}
        for s in report.sources for i, m in enumerate(sorted(s.mentions, key=lambda m: m.start))
    ]


def chain_names(report: Report, attribution_id: str) -> tuple[str, ...]:
    """Source names of the attribution's chain, outermost telling first (unresolved: the mention, else ``?``)."""
    attribution = report.attribution(attribution_id)
    if attribution is None:
        return ()
    return tuple(_source_name(report, a) or "?" for a in report.chain(attribution))


def _source_name(report: Report, attribution: Any) -> str | None:
    source = report.source(attribution.source)
    if source is not None:
        return _SPACE.sub(" ", source.name).strip()
    if attribution.source_span is not None:
        return _SPACE.sub(" ", attribution.source_span.text).strip()
    return None


def attribution_rows(report: Report, *, key: str | None = None) -> list[Row]:
    common = _common(report, key)
    return [_attribution_row(report, a, common) for a in report.attributions]


def stance_rows(report: Report, *, key: str | None = None) -> list[Row]:
    """The stances (``Report.stances``) in the columns of the attributions."""
    common = _common(report, key)
    return [_attribution_row(report, t, common) for t in report.stances]


def _attribution_row(report: Report, a: Attribution, common: Row) -> Row:
    source = report.source(a.source)
    return {
            **common, "attribution_id": a.id, "kind": a.kind, "source_id": source.id if source else None,
            "source_name": _source_name(report, a), "source_type": source.type if source else "unresolved",
            **_span("source", a.source_span), **_span("cue", a.cue), **_span("content", a.content),
            "content_parts": ";".join(f"{p.start}:{p.end}" for p in a.content_parts) if len(a.content_parts) > 1 else "",
            "addressee": a.addressee, "via": a.via,
            "chain": CHAIN_SEPARATOR.join(_source_name(report, c) or "?" for c in report.chain(a)),
            "hedged": bool(a.hedged), "confidence": float(a.confidence),
        }


def marker_rows(report: Report, *, key: str | None = None) -> list[Row]:
    common = _common(report, key)
    return [
        {**common, "marker_id": m.id, "type": m.type, "label": m.label, "start": m.span.start, "end": m.span.end,
         "text": m.span.text, "attribution_id": m.attribution,
         "confidence": None if m.confidence is None else float(m.confidence)}
        for m in report.markers
    ]


def claim_rows(report: Report, *, key: str | None = None) -> list[Row]:
    common = _common(report, key)
    return [
        {**common, "claim_id": c.id, "start": c.span.start, "end": c.span.end, "text": c.span.text,
         "checkworthiness": float(c.checkworthiness), "attribution_id": c.attribution}
        for c in report.claims
    ]


def report_rows(report: Report, *, key: str | None = None) -> dict[str, list[Row]]:
    """Every table's rows for one report, keyed by table name (the order of ``COLUMNS``)."""
    key = key or article_key(report.article)
    return {
        "articles": [article_row(report, key=key)],
        "sources": source_rows(report, key=key),
        "mentions": mention_rows(report, key=key),
        "attributions": attribution_rows(report, key=key),
        "markers": marker_rows(report, key=key),
        "claims": claim_rows(report, key=key),
        "stances": stance_rows(report, key=key),
    }


# ------------------------------------------------------------------------------ rows -> Report


def _span_of(row: Row, prefix: str) -> Span | None:
    start, end = row[f"{prefix}_start"], row[f"{prefix}_end"]
    return None if start is None or end is None else Span(start, end, row[f"{prefix}_text"] or "")


def _parts_of(text: str, parts: str) -> tuple[Span, ...]:
    """``content_parts`` ("3:20;31:44") back to Spans of ``text``."""
    spans = [tuple(map(int, p.split(":"))) for p in parts.split(";") if p]
    return tuple(Span.of(text, start, end) for start, end in spans)


def report_from_rows(article: Row, rows: Mapping[str, Sequence[Row]]) -> Report:
    """The Report ``report_rows`` made these rows from: one ``articles`` row and that article's rows
    of the other tables (what a table does not keep is left out: the profile). ``sayso ingest --from-parquet`` stores Parquet tables through it."""
    doc = Article(text=article["text"], title=article["title"], url=article["url"], outlet=article["outlet"],
                  published=article["published"], language=article["language"] or "en",
                  authors=tuple(a for a in (article["authors"] or "").split("; ") if a), id=article["corpus_id"])
    mentions: dict[str, list[Span]] = {}
    for m in sorted(rows.get("mentions", ()), key=lambda m: (m["source_id"], m["mention_index"])):
        mentions.setdefault(m["source_id"], []).append(Span(m["start"], m["end"], m["text"]))
    sources = tuple(Source(s["source_id"], s["name"], s["type"], tuple(mentions.get(s["source_id"], ())), s["description"])
                    for s in rows.get("sources", ()))

    def attribution(a: Row) -> Attribution:
        return Attribution(a["attribution_id"], a["kind"], _span_of(a, "content") or Span(0, 0, ""), _span_of(a, "cue"),
                           source=a["source_id"], source_span=_span_of(a, "source"), addressee=a["addressee"],
                           via=a["via"], hedged=bool(a["hedged"]), confidence=float(a["confidence"]),
                           content_parts=_parts_of(doc.text, a.get("content_parts") or ""))

    attributions = tuple(attribution(a) for a in rows.get("attributions", ()))
    stances = tuple(attribution(t) for t in rows.get("stances", ()))
    markers = tuple(Marker(m["marker_id"], m["type"], m["label"], Span(m["start"], m["end"], m["text"]),
                           m["attribution_id"], m["confidence"]) for m in rows.get("markers", ()))
    claims = tuple(Claim(c["claim_id"], Span(c["start"], c["end"], c["text"]), float(c["checkworthiness"]),
                         c["attribution_id"]) for c in rows.get("claims", ()))
    pipeline = dict(part.split("=", 1) for part in (article["pipeline_version"] or "").split(";") if "=" in part)
    return Report(article=doc, sources=sources, attributions=attributions, markers=markers, claims=claims, stances=stances,
                  warnings=tuple(w for w in (article["warnings"] or "").split("\n") if w), pipeline=pipeline)
