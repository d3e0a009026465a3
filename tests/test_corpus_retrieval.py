"""Trace retrieval: which words FTS5 is asked for, and how, and which candidates are judged."""

from __future__ import annotations

import pytest

from _corpus import make_report
from sayso.corpus.api import Corpus
from sayso.corpus.retrieval import fts_query, needed, overlapping, query_words, retrieval_words
from sayso.store import read


@pytest.mark.parametrize("words, df, expected", [
    (["plant", "safe", "water"], {"plant": 5, "safe": 2, "water": 9}, ["safe", "plant", "water"]),
    (["a", "b", "c"], {"a": 7, "b": 7, "c": 0}, ["a", "b"]),  # ties in query order; unindexed words dropped
    (["a", "b", "c", "d", "e", "f", "g"], dict.fromkeys("abcdefg", 1), list("abcdef")),  # at most six
    ([], {}, []),
])
def test_retrieval_words_are_the_rarest_indexed(words, df, expected):
    assert retrieval_words(words, df) == expected


@pytest.mark.parametrize("words, at_least, expected", [
    (["plant"], 2, '"plant"'),  # one word: any statement holding it
    (["plant", "safe"], 1, '"plant" OR "safe"'),
    (["plant", "safe", "water"], 2, '("plant" AND "safe") OR ("plant" AND "water") OR ("safe" AND "water")'),
    ([], 1, ""),
])
def test_fts_query(words, at_least, expected):
    assert fts_query(words, at_least=at_least) == expected


def test_needed_and_overlapping():
    words = query_words("The plant is safe and the water is clean")
    assert words == ["plant", "safe", "water", "clean"] and needed(words) == 2
    texts = ["the water is clean", "the plant closed", "A safe plant", "nothing here"]
    assert overlapping(words, texts) == [0, 2]
    assert overlapping(words, texts, limit=1) == [0]


def test_document_frequency_stops_at_the_cap(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(make_report([("Anna Berg", "person", "The plant is safe"), ("Bob Ray", "person", "Plants grow"),
                                ("Cy Dee", "person", "The planted tree")], url="https://x.example/1"))
        conn = corpus._conn
        assert read.document_frequency(conn, ["plant", "zebra"]) == {"plant": 3, "zebra": 0}
        assert read.document_frequency(conn, ["plant"], cap=2) == {"plant": 2}
        assert read.document_frequency(conn, ['pl"ant', "NEAR(x"]) == {'pl"ant': 0, "NEAR(x": 0}  # never FTS syntax


def test_trace_candidates_hold_two_rare_words_and_share_enough(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(make_report([("Anna Berg", "person", "The chemical plant near Springfield is safe"),
                                ("Bob Ray", "person", "Springfield voted on Tuesday"),
                                ("Cy Dee", "person", "The chemical plant near Springfield leaked")],
                               url="https://x.example/1"))
        ids = corpus._trace_candidates("Officials say the chemical plant near Springfield is safe")
        texts = [corpus._conn.execute("SELECT text FROM statements WHERE id = ?", (i,)).fetchone()[0] for i in ids]
        assert texts[0] == "The chemical plant near Springfield is safe"
        assert "Springfield voted on Tuesday" not in texts  # one shared word: not worth judging
        assert corpus._trace_candidates("zebras juggling") == []
