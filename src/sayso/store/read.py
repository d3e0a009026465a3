"""Reading a corpus: rankings, one source's statements, full-text search, trace candidates, edges.

Every function takes an open connection and plain values and returns rows as dicts or the
records of :mod:`sayso.corpus.types`; choosing what to ask (which outlets a name means,
which query words) is the caller's.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sayso import tables
from sayso.corpus.types import CitationEdge, SourceRecord, Telling
from sayso.model import Article, Attribution, Claim, Marker, Report, Source, Span

_WORD = re.compile(r"\w+", re.UNICODE)
# FTS5 syntax errors come back as OperationalError with these words; anything else is real.
_FTS_SYNTAX = ("fts5: syntax error", "unterminated string", "no such column", "unknown special query",
               "fts5: ", "malformed match")


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _filters(*, outlets: Sequence[str] | None = None, since: str | None = None, until: str | None = None,
             alias: str = "ar") -> tuple[str, list[Any]]:
    """SQL conditions (joined with AND, starting with AND) and their parameters on the articles table."""
    sql, params = "", []  # type: ignore[var-annotated]
    if outlets is not None:
        sql += f" AND {alias}.outlet IN ({', '.join('?' * len(outlets))})" if outlets else " AND 0"
        params += list(outlets)
    if since:
        sql += f" AND {alias}.published >= ?"
        params.append(since)
    if until:
        # a date-time on the last day is still "until" that day
        sql += f" AND substr({alias}.published, 1, {len(until)}) <= ?"
        params.append(until)
    return sql, params


def outlets(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every article outlet as given, with its article count (most articles first)."""
    return list(conn.execute("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
                             "GROUP BY outlet ORDER BY count(*) DESC, outlet"))


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    one = conn.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM attributions), "
                       "(SELECT count(*) FROM claims), (SELECT count(*) FROM identities), "
                       "(SELECT count(*) FROM errors)").fetchone()
    return dict(zip(("articles", "attributions", "claims", "identities", "errors"), one, strict=True))


def identities_stale(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM corpus_state WHERE name = 'identities_stale'").fetchone()
    return row is not None and row[0] == "1"


# ------------------------------------------------------------------------------- sources


def source_ranking(conn: sqlite3.Connection, *, outlets: Sequence[str] | None = None, type: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Corpus identities ranked by attributions, with their article and outlet counts.

    Unfiltered (but for the type), the ranking computed at the last identity refresh is read.
    """
    if outlets is None and not since and not until:
        sql = ("SELECT identity, name, type, attributions, articles, outlets, first, last FROM identity_stats "
               f"{'WHERE type = ?' if type else ''} ORDER BY attributions DESC, articles DESC, name LIMIT ?")
        return _dicts(conn.execute(sql, [type, limit] if type else [limit]))
    if outlets is not None and not since and not until:
        marks = ", ".join("?" * len(outlets))
        sql = f"""SELECT s.identity, i.name, i.type, sum(s.attributions) AS attributions, sum(s.articles) AS articles,
                         count(*) AS outlets, min(s.first) AS first, max(s.last) AS last
                  FROM identity_outlet_stats s JOIN identities i ON i.id = s.identity
                  WHERE s.outlet IN ({marks}) {'AND i.type = ?' if type else ''}
                  GROUP BY s.identity ORDER BY attributions DESC, articles DESC, i.name LIMIT ?"""
        return _dicts(conn.execute(sql, [*outlets, *([type] if type else []), limit]))
    where, params = _filters(outlets=outlets, since=since, until=until)
    if type:
        where += " AND i.type = ?"
        params.append(type)
    sql = f"""
        SELECT i.id AS identity, i.name, i.type, count(*) AS attributions,
               count(DISTINCT a.article) AS articles, count(DISTINCT ar.outlet) AS outlets,
               min(ar.published) AS first, max(ar.published) AS last
        FROM attributions a
        JOIN identity_members m ON m.article = a.article AND m.source_id = a.source_id
        JOIN identities i ON i.id = m.identity
        JOIN articles ar ON ar.id = a.article
        WHERE 1 {where}
        GROUP BY i.id ORDER BY attributions DESC, articles DESC, i.name LIMIT ?"""
    return _dicts(conn.execute(sql, [*params, limit]))


def named_anonymous(conn: sqlite3.Connection, *, outlets: Sequence[str] | None = None, since: str | None = None,
                    until: str | None = None) -> dict[str, int]:
    """Attributions to named sources, to anonymous ones, and unresolved."""
    if outlets is None and not since and not until:
        stored = dict(conn.execute("SELECT name, value FROM corpus_state WHERE name LIKE 'attributions_%'"))
        if stored:
            return {k: int(stored.get(f"attributions_{k}", 0)) for k in ("named", "anonymous", "unresolved")}
    where, params = _filters(outlets=outlets, since=since, until=until)
    sql = f"""SELECT CASE WHEN a.source_type = 'anonymous' THEN 'anonymous'
                          WHEN a.source_type = 'unresolved' THEN 'unresolved' ELSE 'named' END AS k, count(*)
              FROM attributions a JOIN articles ar ON ar.id = a.article WHERE 1 {where} GROUP BY k"""
    out = {"named": 0, "anonymous": 0, "unresolved": 0}
    out.update(dict(conn.execute(sql, params)))
    return out


def find_identities(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Identities whose name or an alias is ``name`` (case-insensitive), most attributed first.

    When no alias is exactly ``name``, one that ends with it as a word ("Konashenkov" finds
    "Igor Konashenkov"), else one that contains it.
    """
    base = """SELECT i.id AS identity, i.name, i.type,
                     (SELECT count(*) FROM identity_members m WHERE m.identity = i.id) AS members
              FROM identities i WHERE i.id IN (SELECT identity FROM identity_aliases WHERE {match})
              ORDER BY members DESC, i.name"""
    name = " ".join(name.split())
    like = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    for match, value in (("alias = ? COLLATE NOCASE", name), ("alias LIKE ? ESCAPE '\\'", f"% {like}"),
                         ("alias LIKE ? ESCAPE '\\'", f"%{like}%")):
        rows = _dicts(conn.execute(base.format(match=match), (value,)))
        if rows or not name:
            return rows
    return []


def aliases(conn: sqlite3.Connection, identity: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT alias FROM identity_aliases WHERE identity = ? ORDER BY alias",
                                       (identity,))]


def source_statements(conn: sqlite3.Connection, identity: str, *, limit: int = 1000) -> list[dict[str, Any]]:
    """What one identity said, in time order: article, outlet, date, attribution, content."""
    sql = """SELECT ar.corpus_id AS article_id, ar.outlet, ar.published, ar.url, ar.title,
                    a.attribution_id, a.kind, a.cue_text AS cue, a.content_text AS content, a.hedged, a.chain
             FROM identity_members m
             JOIN attributions a ON a.article = m.article AND a.source_id = m.source_id
             JOIN articles ar ON ar.id = a.article
             WHERE m.identity = ?
             ORDER BY ar.published IS NULL, ar.published, ar.id, a.content_start LIMIT ?"""
    rows = _dicts(conn.execute(sql, (identity, limit)))
    for row in rows:
        row["hedged"] = bool(row["hedged"])
    return rows


# -------------------------------------------------------------------------------- search


def plain_query(text: str, *, any_word: bool = False) -> str:
    """``text`` as FTS5 words, each quoted (so operators and quotes mean nothing), AND- or OR-joined."""
    words = [w for w in _WORD.findall(text)]
    return (" OR " if any_word else " ").join(f'"{w}"' for w in words)


def _is_fts_syntax(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return any(m in message for m in _FTS_SYNTAX)


def search(conn: sqlite3.Connection, query: str, *, outlets: Sequence[str] | None = None,
           members: tuple[str, ...] | None = None, since: str | None = None, until: str | None = None,
           limit: int = 20) -> list[dict[str, Any]]:
    """Statements matching ``query`` (FTS5 syntax when it is valid, else its plain words), best first.

    ``members``: identity ids whose statements alone are wanted.
    """
    where, params = _filters(outlets=outlets, since=since, until=until)
    if members is not None:
        where += (" AND EXISTS (SELECT 1 FROM identity_members m WHERE m.article = s.article AND m.source_id = "
                  f"s.source_id AND m.identity IN ({', '.join('?' * len(members))}))") if members else " AND 0"
        params += list(members)
    # Rank first (bm25 alone), then fetch and snippet only the best: snippet() over every match is the cost.
    if where:
        rank_sql = f"""SELECT s.id, bm25(statements_fts) AS score FROM statements_fts
                       JOIN statements s ON s.id = statements_fts.rowid JOIN articles ar ON ar.id = s.article
                       WHERE statements_fts MATCH ? {where} ORDER BY score LIMIT ?"""
    else:
        rank_sql = ("SELECT rowid, bm25(statements_fts) AS score FROM statements_fts WHERE statements_fts MATCH ? "
                    "ORDER BY score LIMIT ?")
    fetch_sql = """
        SELECT s.id, ar.corpus_id AS article_id, ar.outlet, ar.published, ar.url, ar.title, s.item_id, s.source,
               s.text, snippet(statements_fts, 0, '[', ']', '…', 16) AS snippet
        FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN articles ar ON ar.id = s.article
        WHERE statements_fts MATCH ? AND statements_fts.rowid IN ({ids})"""
    for attempt in (query, plain_query(query)):
        if not attempt.strip():
            return []
        try:
            ranked = conn.execute(rank_sql, [attempt, *params, limit]).fetchall()
            if not ranked:
                return []
            scores = dict(ranked)
            rows = _dicts(conn.execute(fetch_sql.format(ids=", ".join("?" * len(ranked))),
                                       [attempt, *scores]))
        except sqlite3.OperationalError as e:
            if attempt is query and _is_fts_syntax(e):
                continue  # not valid FTS5 syntax: the same words, plain
            raise
        rows.sort(key=lambda r: scores[r["id"]])
        for row in rows:
            row["score"] = round(-scores[row.pop("id")], 4)  # bm25 is lower-is-better; show higher-is-better
        return rows
    return []


# --------------------------------------------------------------------------------- trace


def document_frequency(conn: sqlite3.Connection, words: Sequence[str], *, cap: int | None = None) -> dict[str, int]:
    """How many statements hold each word, counted at most up to ``cap``.

    Each word is asked of the index itself (FTS5 stems it as it stemmed the statements);
    the count stops at ``cap``, so a common word costs ``cap`` postings, not all of them
    (fts5vocab counted all: 20 ms for "trump" on the 100k-article load test).
    """
    sql = ("SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)"
           if cap is not None else "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?")
    out = {}
    for word in dict.fromkeys(words):
        if not _WORD.fullmatch(word):
            out[word] = 0
            continue
        out[word] = conn.execute(sql, (f'"{word}"', cap) if cap is not None else (f'"{word}"',)).fetchone()[0]
    return out


def candidate_texts(conn: sqlite3.Connection, fts: str, *, limit: int) -> list[tuple[int, str]]:
    """(statement id, text) of the statements matching the FTS5 expression ``fts``, BM25's best first."""
    if not fts.strip():
        return []
    ranked = conn.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts) LIMIT ?",
        (fts, limit)).fetchall()
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    texts = dict(conn.execute(f"SELECT id, text FROM statements WHERE id IN ({', '.join('?' * len(ids))})", ids))
    return [(i, texts[i]) for i in ids if i in texts]


def candidate_ids(conn: sqlite3.Connection, words: Sequence[str], *, limit: int) -> list[int]:
    """Statement ids holding any of ``words``, BM25's best first."""
    return [i for i, _ in candidate_texts(conn, " OR ".join(f'"{w}"' for w in words), limit=limit)]


def tellings(conn: sqlite3.Connection, statement_ids: Sequence[int]) -> list[Telling]:
    """The statements as Tellings, in the order of ``statement_ids``: outlet, date, source (its corpus identity's name when known), chain."""
    if not statement_ids:
        return []
    sql = f"""
        SELECT s.id, ar.article_key, s.item_id, s.text, ar.outlet, ar.published, ar.url, ar.title, ar.corpus_id,
               a.source_id, a.source_name, a.source_type, a.chain, a.hedged, a.kind, a.cue_text, i.name AS identity
        FROM statements s JOIN articles ar ON ar.id = s.article
        LEFT JOIN claims c ON c.article = s.article AND c.claim_id = s.item_id
        LEFT JOIN attributions a ON a.article = s.article AND a.attribution_id = coalesce(c.attribution_id, s.item_id)
        LEFT JOIN identity_members m ON m.article = a.article AND m.source_id = a.source_id
        LEFT JOIN identities i ON i.id = m.identity
        WHERE s.id IN ({', '.join('?' * len(statement_ids))})"""
    out = []
    order = {sid: n for n, sid in enumerate(statement_ids)}
    for row in sorted(_dicts(conn.execute(sql, list(statement_ids))), key=lambda r: order[r["id"]]):
        is_claim = row["item_id"].startswith("C")
        out.append(Telling(
            article_key=row["article_key"], item_id=row["item_id"], text=row["text"], outlet=row["outlet"],
            published=row["published"], url=row["url"], title=row["title"],
            source=row["identity"] or row["source_name"], source_type=row["source_type"],
            chain=tuple(row["chain"].split(tables.CHAIN_SEPARATOR)) if row["chain"] else (),
            hedged=bool(row["hedged"]), kind="claim" if is_claim else row["kind"], cue=row["cue_text"],
            article_id=row["corpus_id"],
        ))
    return out


def statement_text(conn: sqlite3.Connection, article_id: str, item_id: str) -> str | None:
    """The text of attribution or claim ``item_id`` of the article with corpus id (or key) ``article_id``."""
    row = conn.execute("""SELECT s.text FROM statements s JOIN articles ar ON ar.id = s.article
                          WHERE (ar.corpus_id = ? OR ar.article_key = ?) AND s.item_id = ? LIMIT 1""",
                       (article_id, article_id, item_id)).fetchone()
    return None if row is None else row[0]


# ------------------------------------------------------------------------ network, errors


def citation_edges(conn: sqlite3.Connection) -> list[CitationEdge]:
    """Every stored edge, summed by (citing, cited, month) as the outlets were named in the articles."""
    return [CitationEdge(citing, cited, month, count) for citing, cited, month, count in conn.execute(
        "SELECT citing, cited, month, sum(count) FROM citations GROUP BY citing, cited, month ORDER BY 1, 2, 3")]


def errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _dicts(conn.execute("SELECT input, kind, message, at FROM errors ORDER BY at, input"))


def source_records(conn: sqlite3.Connection, *, pending: bool = False) -> Iterator[SourceRecord]:
    """Every article's sources as SourceRecords (with the names of the article's other sources), article by article.

    ``pending``: only the articles whose identities are not resolved yet (``identity_pending``).
    """
    where = "WHERE ar.id IN (SELECT article FROM identity_pending)" if pending else ""
    cursor = conn.execute(f"""
        SELECT ar.id, ar.article_key, ar.outlet, s.source_id, s.name, s.type, s.description,
               (SELECT group_concat(m.text, char(31)) FROM mentions m
                 WHERE m.article = s.article AND m.source_id = s.source_id) AS mentions
        FROM sources s JOIN articles ar ON ar.id = s.article {where} ORDER BY ar.id, s.source_id""")
    batch: list[tuple[Any, ...]] = []
    for row in cursor:
        if batch and batch[0][0] != row[0]:
            yield from _records(batch)
            batch = []
        batch.append(row)
    if batch:
        yield from _records(batch)


def _records(rows: list[tuple[Any, ...]]) -> Iterator[SourceRecord]:
    names = tuple(r[4] for r in rows)
    for _, key, outlet, source_id, name, type_, description, mentions in rows:
        yield SourceRecord(article_key=key, source_id=source_id, name=name, type=type_,
                           mentions=tuple(mentions.split("\x1f")) if mentions else (), outlet=outlet,
                           description=description, article_names=names)


# ------------------------------------------------------------------------------ reports


def article_list(conn: sqlite3.Connection, *, outlets: Sequence[str] | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Stored articles, newest first (undated last): corpus id, outlet, date, URL, title and counts."""
    where, params = _filters(outlets=outlets, since=since, until=until)
    sql = f"""SELECT corpus_id AS article_id, outlet, published, url, title, n_sources AS sources,
                     n_attributions AS attributions, n_claims AS claims, pipeline_version
              FROM articles ar WHERE 1 {where}
              ORDER BY published IS NULL, published DESC, id DESC LIMIT ?"""
    return _dicts(conn.execute(sql, [*params, limit]))


def article_report(conn: sqlite3.Connection, article_id: str) -> Report | None:
    """The stored Report of the article with this corpus id (or key), None when there is none."""
    return next(reports(conn, where="WHERE corpus_id = ? OR article_key = ?", params=(article_id, article_id)), None)


def reports(conn: sqlite3.Connection, *, where: str = "", params: Sequence[Any] = ()) -> Iterator[Report]:
    """Stored articles back as Reports (without the profile, which is not stored), in storage order."""
    cursor = conn.execute(f"SELECT id, corpus_id, url, title, outlet, authors, published, language, text, warnings, "
                          f"pipeline_version FROM articles {where} ORDER BY id", list(params))
    while batch := cursor.fetchmany(200):
        for row in batch:
            yield _report(conn, row)


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    return None if start is None or end is None else Span(start, end, text or "")


def _parts(text: str, parts: str) -> tuple[Span, ...]:
    spans = [tuple(map(int, p.split(":"))) for p in parts.split(";") if p]
    return tuple(Span.of(text, start, end) for start, end in spans)


def _report(conn: sqlite3.Connection, row: tuple[Any, ...]) -> Report:
    id_, corpus_id, url, title, outlet, authors, published, language, text, warnings, version = row
    article = Article(text=text, title=title, url=url, outlet=outlet, published=published, language=language,
                      authors=tuple(a for a in authors.split("; ") if a), id=corpus_id)
    mentions: dict[str, list[Span]] = {}
    for source_id, start, end, mention in conn.execute(
            'SELECT source_id, start, "end", text FROM mentions WHERE article = ? ORDER BY source_id, mention_index',
            (id_,)):
        mentions.setdefault(source_id, []).append(Span(start, end, mention))
    sources = tuple(Source(sid, name, type_, tuple(mentions.get(sid, ())), description)
                    for sid, name, type_, description in conn.execute(
                        "SELECT source_id, name, type, description FROM sources WHERE article = ? "
                        "ORDER BY first_start IS NULL, first_start, source_id", (id_,)))
    attributions, stances = (tuple(
        Attribution(r[0], r[1], Span(r[2], r[3], r[4]), _span(r[5], r[6], r[7]), source=r[8],
                    source_span=_span(r[9], r[10], r[11]), addressee=r[12], via=r[13], hedged=bool(r[14]),
                    confidence=r[15], content_parts=_parts(text, r[16]))
        for r in conn.execute(
            "SELECT attribution_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text, "
            "source_id, source_start, source_end, source_text, addressee, via, hedged, confidence, content_parts "
            f"FROM {table} WHERE article = ? ORDER BY content_start, attribution_id", (id_,)))
        for table in ("attributions", "stances"))
    markers = tuple(Marker(r[0], r[1], r[2], Span(r[3], r[4], r[5]), r[6], r[7]) for r in conn.execute(
        'SELECT marker_id, type, label, start, "end", text, attribution_id, confidence FROM markers '
        "WHERE article = ? ORDER BY start, marker_id", (id_,)))
    claims = tuple(Claim(r[0], Span(r[1], r[2], r[3]), r[4], r[5]) for r in conn.execute(
        'SELECT claim_id, start, "end", text, checkworthiness, attribution_id FROM claims WHERE article = ? '
        "ORDER BY start, claim_id", (id_,)))
    pipeline = dict(part.split("=", 1) for part in version.split(";") if "=" in part)
    return Report(article=article, sources=sources, attributions=attributions, markers=markers, claims=claims,
                  stances=stances,
                  warnings=tuple(w for w in warnings.split("\n") if w), pipeline=pipeline)
