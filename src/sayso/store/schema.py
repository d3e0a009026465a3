"""The corpus schema as named, ordered migrations, each applied in one transaction.

A sayso corpus is an SQLite file whose ``application_id`` is ``APPLICATION_ID`` and whose
``user_version`` is the number of migrations applied; ``schema_migrations`` names each one
and when it ran. A file from a newer sayso (``user_version`` above ``LATEST``) is refused.

The entity tables hold the columns of :mod:`sayso.tables` (the five article columns live
once, in ``articles``; the others refer to it by ``article``, deleted with it).
``statements`` holds every attributed content and check-worthy claim once, indexed by FTS5
(``statements_fts``) with the article text (``articles_fts``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

APPLICATION_ID = 0x53415953  # "SAYS"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "0001_entities", """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL UNIQUE,
    corpus_id TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    pipeline_version TEXT NOT NULL,
    url TEXT,
    title TEXT,
    authors TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    text TEXT NOT NULL,
    n_sources INTEGER NOT NULL,
    n_attributions INTEGER NOT NULL,
    n_markers INTEGER NOT NULL,
    n_claims INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '',
    input TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_corpus_id ON articles(corpus_id);
CREATE INDEX articles_outlet ON articles(outlet, published);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sources (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    description TEXT,
    n_mentions INTEGER NOT NULL,
    first_start INTEGER,
    first_end INTEGER,
    first_text TEXT,
    PRIMARY KEY (article, source_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    mention_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article, source_id, mention_index)
) WITHOUT ROWID;

CREATE TABLE attributions (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_id TEXT,
    source_name TEXT,
    source_type TEXT NOT NULL,
    source_start INTEGER, source_end INTEGER, source_text TEXT,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
    addressee TEXT,
    via TEXT,
    chain TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article, attribution_id)
) WITHOUT ROWID;
CREATE INDEX attributions_source ON attributions(article, source_id);

CREATE TABLE markers (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    marker_id TEXT NOT NULL,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    attribution_id TEXT,
    confidence REAL,
    PRIMARY KEY (article, marker_id)
) WITHOUT ROWID;

CREATE TABLE claims (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    checkworthiness REAL NOT NULL,
    attribution_id TEXT,
    PRIMARY KEY (article, claim_id)
) WITHOUT ROWID;

CREATE TABLE citations (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    citing TEXT NOT NULL,
    cited TEXT NOT NULL,
    month TEXT NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX citations_article ON citations(article);

CREATE TABLE errors (
    input TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
"""),
    Migration(2, "0002_full_text", """
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    source_id TEXT
);
CREATE INDEX statements_article ON statements(article, item_id);
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, source, content='statements', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, source) VALUES (new.id, new.text, new.source);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, source) VALUES ('delete', old.id, old.text, old.source);
END;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
"""),
    Migration(3, "0003_identities", """
CREATE TABLE identities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE identity_aliases (
    identity TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (identity, alias)
) WITHOUT ROWID;
CREATE TABLE identity_members (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    identity TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    PRIMARY KEY (article, source_id)
) WITHOUT ROWID;
CREATE INDEX identity_members_identity ON identity_members(identity);
CREATE INDEX identity_aliases_alias ON identity_aliases(alias COLLATE NOCASE);
CREATE TABLE corpus_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""),
)

MIGRATIONS += (
    Migration(4, "0004_content_parts", """
ALTER TABLE attributions ADD COLUMN content_parts TEXT NOT NULL DEFAULT '';
"""),
    # What `sayso sources` ranks, computed once per identity refresh rather than per query.
    Migration(5, "0005_identity_stats", """
CREATE TABLE identity_stats (
    identity TEXT PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    attributions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    first TEXT,
    last TEXT
);
CREATE INDEX identity_stats_rank ON identity_stats(attributions DESC, articles DESC, name);
CREATE INDEX identity_stats_type ON identity_stats(type, attributions DESC);
"""),
    # The same per outlet (as the articles spell it), for `sayso sources --outlet`.
    Migration(6, "0006_identity_outlet_stats", """
CREATE TABLE identity_outlet_stats (
    identity TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    outlet TEXT NOT NULL,
    attributions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    PRIMARY KEY (identity, outlet)
) WITHOUT ROWID;
CREATE INDEX identity_outlet_stats_rank ON identity_outlet_stats(outlet, attributions DESC);
"""),
    # How many statements hold each indexed term (read from the index itself; nothing stored).
    Migration(7, "0007_statements_vocabulary", """
CREATE VIRTUAL TABLE statements_vocab USING fts5vocab(statements_fts, 'row');
"""),
)

MIGRATIONS += (
    # Incremental identity refresh: each source's block key as resolved (so a refresh reads the
    # keys of the corpus, not its records), and the articles not resolved yet. Deleting an
    # article (re-analysis) can split groups: the next refresh is a full one.
    Migration(8, "0008_identity_keys", """
CREATE TABLE identity_keys (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (article, source_id)
) WITHOUT ROWID;
CREATE INDEX identity_keys_key ON identity_keys(key);
CREATE TABLE identity_pending (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO identity_pending SELECT id FROM articles;
CREATE TRIGGER articles_identity_pending AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO identity_pending VALUES (new.id);
END;
CREATE TRIGGER articles_identity_removed AFTER DELETE ON articles BEGIN
    INSERT OR REPLACE INTO corpus_state VALUES ('identities_rebuild', '1');
END;
INSERT OR REPLACE INTO corpus_state VALUES ('identities_rebuild', '1');
"""),
)

MIGRATIONS += (
    # A source's stated position toward a thing that is no proposition ("denied the allegations"): the
    # report's ``stances``, in the columns of the attributions (sayso.tables), apart from them.
    Migration(9, "0009_stances", """
CREATE TABLE stances (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_id TEXT,
    source_name TEXT,
    source_type TEXT NOT NULL,
    source_start INTEGER, source_end INTEGER, source_text TEXT,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
    content_parts TEXT NOT NULL DEFAULT '',
    addressee TEXT,
    via TEXT,
    chain TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article, attribution_id)
) WITHOUT ROWID;
"""),
)

LATEST = MIGRATIONS[-1].version


def statements(sql: str) -> list[str]:
    """The SQL statements of a script (trigger bodies kept whole)."""
    out: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {current.strip()[:80]}")
    return out


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration the database lacks, each in its own transaction; the names applied.

    The version is re-read under the write lock, so two processes opening a new corpus at
    once apply each migration once.
    """
    applied = []
    for migration in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            if migration.version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TEXT NOT NULL)")
            for statement in statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                         (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")))
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied
