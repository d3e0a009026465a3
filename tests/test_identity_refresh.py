"""Incremental identity refresh: work in the new articles, the same identities as a full resolution."""

from __future__ import annotations

import pytest

from _corpus import make_report
from sayso.corpus.api import Corpus
from sayso.corpus.identity import resolve_identities
from sayso.corpus.identity_refresh import plan, refresh
from sayso.store import read

OUTLETS = ("Daily", "Weekly", "RT News")
PEOPLE = [("Tim Morrison", "person"), ("Timothy Morrison", "person"), ("the White House", "organization"),
          ("White House", "organization"), ("Federal Bureau of Investigation", "organization"),
          ("FBI", "organization"), ("officials", "anonymous"), ("Anna Berg", "person"), ("Bob Ray", "person")]
TABLES = ("identities", "identity_aliases", "identity_members", "identity_stats", "identity_outlet_stats")


def _article(n: int, quotes=None) -> object:
    quotes = quotes or [(*PEOPLE[(n + k) % len(PEOPLE)], f"Statement {n} {k}") for k in range(3)]
    return make_report(quotes, outlet=OUTLETS[n % 3], published=f"2016-0{n % 9 + 1}-01", url=f"https://x.example/{n}")


def _snapshot(corpus: Corpus) -> dict[str, list]:
    conn = corpus._conn
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}
    out["split"] = sorted(conn.execute("SELECT * FROM corpus_state WHERE name LIKE 'attributions_%'").fetchall())
    return out


def _full(corpus: Corpus) -> dict[str, list]:
    refresh(corpus._conn, full=True)
    return _snapshot(corpus)


@pytest.mark.parametrize("base", [6, 24])
def test_a_second_ingest_keys_only_its_new_sources_and_equals_a_full_resolution(tmp_path, base):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add_many(_article(n) for n in range(base))
        first = refresh(corpus._conn)
        assert first.full and first.records_keyed == 3 * base
        corpus.add_many(_article(n) for n in range(base, base + 4))
        work = refresh(corpus._conn)
        # the work is the 4 new articles' 12 sources, whatever the size of the corpus
        assert (work.full, work.records_keyed, work.records_regrouped) == (False, 12, 0)
        assert work.identities_touched <= 12
        incremental = _snapshot(corpus)
        assert incremental == _full(corpus)
        # and the full path is the pure resolution's
        result = resolve_identities(read.source_records(corpus._conn))
        stored = {(r[0], r[1], r[2]) for r in corpus._conn.execute("SELECT id, name, type FROM identities")}
        assert stored == {(i.id, i.name, i.type) for i in result.identities}


def test_new_keys_that_change_old_groups_rebuild_them(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(_article(0, [("Trump", "organization", "We will win"), ("FBI", "organization", "No comment"),
                                ("Federal Bureau of Investigation", "organization", "Still no comment")]))
        corpus.add(_article(1, [("Trump", "organization", "We will win again")]))
        refresh(corpus._conn)
        fbi = corpus._conn.execute("SELECT count(*) FROM identity_members m JOIN identities i ON i.id = m.identity "
                                   "WHERE i.name = 'Federal Bureau of Investigation'").fetchone()[0]
        assert fbi == 2  # the acronym joined its long name
        # a person surnamed Trump: the organisation "Trump" is now an unresolved surname, kept apart;
        # a second long name with the initials FBI: the acronym no longer joins either
        corpus.add(_article(2, [("Donald Trump", "person", "Believe me"),
                                ("Federal Bureau of Inquiries", "organization", "We inquire")]))
        work = refresh(corpus._conn)
        assert not work.full and work.records_keyed == 2 and work.records_regrouped == 4  # the 2 "Trump", "FBI" and its long name
        assert _snapshot(corpus) == _full(corpus)


def test_the_plan_is_the_keys_whose_group_changed():
    before, after, redo = plan({"o:trump", "o:anna"}, {"p:donald|trump"})
    assert before["o:trump"] == "o:trump" and after["o:trump"] is None
    assert redo == {"o:trump"}
    assert plan({"o:anna"}, {"o:bob"})[2] == set()


def test_a_deleted_article_makes_the_next_refresh_full(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add_many(_article(n) for n in range(4))
        refresh(corpus._conn)
        corpus._conn.execute("DELETE FROM articles WHERE id = 1")  # what --reanalyze does to a stale article
        work = refresh(corpus._conn)
        assert work.full and work.records_keyed == 9
        assert _snapshot(corpus) == _full(corpus)
