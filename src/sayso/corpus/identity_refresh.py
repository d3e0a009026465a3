"""Source identities kept up to date as articles arrive: only the groups new mentions touch are redone.

A full resolution (:func:`sayso.corpus.identity.resolve_identities`) reads every source of the
corpus; on each ingest that is work in the size of the corpus. But a record's block key
depends on its own article alone, and how keys group (an acronym joining its long name, a
surname kept apart) on the set of keys alone (:func:`group_keys`). So a refresh:

1. keys the records of the new articles only and stores the keys;
2. groups the corpus's keys before and after: the few old keys whose group changed (a new
   person "Jane Trump" makes the organisation "Trump" an unresolved surname; a second
   "Federal Bureau of ..." makes "FBI" ambiguous) have their groups rebuilt from their
   stored keys;
3. every other new record joins its group; a group that gained members gets its name, type
   and aliases from its members' name and type counts (one SQL aggregate), and its ranking
   row anew.

The result equals a full resolution (tests check it); the work in Python is the new records
plus the records of changed groups (:class:`RefreshWork` counts both).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sayso.corpus.identity import group_keys as _group_keys
from sayso.corpus.identity import grouped, identity_from_counts, identity_id, record_key, singleton_key
from sayso.store import identities as store
from sayso.store import read
from sayso.store.write import transaction


@dataclass(frozen=True)
class RefreshWork:
    """What one refresh did: records keyed (the new ones), records regrouped (changed groups), identities."""

    full: bool
    records_keyed: int
    records_regrouped: int
    identities_touched: int
    identities: int


def plan(old_keys: set[str], new_keys: set[str]) -> tuple[dict[str, str | None], dict[str, str | None], set[str]]:
    """(groups before, groups after, the keys whose records must be regrouped): pure, over keys alone."""
    before = _group_keys(old_keys)
    after = _group_keys(old_keys | new_keys)
    changed = {k for k in old_keys if before[k] != after[k]}
    moved = ({before[k] for k in changed} | {after[k] for k in changed}) - {None}
    redo = changed | {k for k in old_keys | new_keys if after[k] in moved or before.get(k) in moved}
    return before, after, redo


def refresh(conn: Any, *, full: bool = False) -> RefreshWork:
    """Resolve the identities of the articles not resolved yet (all of them when ``full``), in one transaction.

    ``conn``: an open corpus connection (:func:`sayso.store.db.connect`; this package imports no driver).
    """
    with transaction(conn):
        full = full or store.needs_rebuild(conn)
        if full:
            store.clear(conn)
        keyed = []
        for record in read.source_records(conn, pending=True):
            key, typ = record_key(record)
            keyed.append((record.article_key, record.source_id, key, typ, " ".join(record.name.split())))
        old_keys = store.key_set(conn)
        store.add_keys(conn, keyed)
        before, after, redo = plan(old_keys, {row[2] for row in keyed})

        touched: set[str] = set()
        regrouped = store.keyed_records(conn, redo) if redo else []
        if regrouped:  # groups whose make-up changed: rebuilt whole from their stored keys
            stale = {identity_id(before[key] or singleton_key(article, source))
                     for article, source, key, _, _ in regrouped if key in old_keys}
            store.delete_identities(conn, stale)
            members: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
            for article, source, key, typ, name in regrouped:
                group, typ = grouped(key, typ, article, source, after)
                members[group].append((article, source, name, typ))
            rebuilt = [identity_from_counts(g, Counter(m[2] for m in ms), Counter(m[3] for m in ms))
                       for g, ms in members.items()]
            store.put_identities(conn, rebuilt)
            store.add_members(conn, [(a, s, identity_id(g)) for g, ms in members.items() for a, s, _, _ in ms])
            touched |= {i.id for i in rebuilt}

        groups: dict[str, str] = {}  # identity id -> group key, for the groups new records join
        alone = []  # records that are an identity of their own: made here, no counts to read
        rows = []
        for article, source, key, typ, name in keyed:
            if key in redo:
                continue
            group, typ = grouped(key, typ, article, source, after)
            if group.startswith("s:"):
                alone.append(identity_from_counts(group, Counter([name]), Counter([typ])))
            else:
                groups[identity_id(group)] = group
            rows.append((article, source, identity_id(group)))
        store.put_identities(conn, alone)
        store.reserve(conn, groups)
        store.add_members(conn, rows)
        counts = store.member_counts(conn, groups)
        store.put_identities(conn, [identity_from_counts(groups[i], names, types) for i, (names, types) in counts.items()])
        touched |= set(groups) | {i.id for i in alone}

        store.refresh_stats(conn, touched)
        store.resolve_pending(conn)
        total = conn.execute("SELECT count(*) FROM identities").fetchone()[0]
    return RefreshWork(full, len(keyed), len(regrouped), len(touched), total)
