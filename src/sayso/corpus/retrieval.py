"""Which stored statements a trace judges: the query's words, the words to retrieve by, the shortlist.

Pure functions over words and texts; the store runs the full-text queries they choose
(``sayso.store.read.document_frequency`` and ``candidate_texts``).

Retrieval asks FTS5 for the statements BM25 ranks first among those holding the query's
rarest content words. FTS5 matches cheaply (a posting costs ~60 ns) but ranks dearly: BM25
scores every match (~1.5 us each), so a query holding "trump" (451,610 statements on the
100k-article load test) took 0.6 s to rank. ``fts_query`` therefore asks for the statements
holding at least two of the rarest words whenever a same-claim telling must share two or
more of the query's words anyway (``overlapping``): as an OR of every pair, in which each
word occurs equally often, so BM25 orders those statements as it orders them for the plain
OR of the words.

Why FTS5 alone, not MinHash LSH or MiniLM vectors as the issue proposed: on MSR Paraphrase
pairs hidden among PolNeAR's statements (``bench/trace_recall.py``) this retrieval hands
98.9% of the true tellings to the judgement (near-verbatim 100%, paraphrases 97.9%); LSH
adds 1 of 268, the vectors 3 of 268 at ~200 ms a query and an embedding per stored statement.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

TRACE_CANDIDATES = 200  # statements BM25 ranks first: enough for every telling of one claim
TRACE_JUDGED = 30  # of those, the most that build_trace judges (each costs an embedding)
TRACE_OVERLAP = 0.3  # a candidate shares at least this share of the query's content words
RETRIEVAL_WORDS = 6  # the query's rarest words (fewest statements), which BM25 retrieves candidates by
DF_CAP = 50_000  # document frequencies are counted up to this (beyond it a word is common, its rank moot)

_STOP = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the "
    "their them they this to was we were what when which who will with would you said says say told according".split())
_WORD = re.compile(r"\w+")

T = TypeVar("T")


def query_words(text: str) -> list[str]:
    """The content words of a query, each once, in order (what trace retrieval matches on)."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        if word not in _STOP and (len(word) > 1 or word.isdigit()):
            seen.setdefault(word, None)
    return list(seen)


def retrieval_words(words: Sequence[str], df: Mapping[str, int], *, most: int = RETRIEVAL_WORDS) -> list[str]:
    """The ``most`` rarest indexed words: fewest statements first, ties (capped counts among them) in query order."""
    order = {w: n for n, w in enumerate(words)}
    return sorted((w for w in words if df.get(w)), key=lambda w: (df[w], order[w]))[:most]


def needed(words: Sequence[str], overlap: float = TRACE_OVERLAP) -> int:
    """How many of the query's content words a telling worth judging shares."""
    return max(1, math.ceil(overlap * len(set(words))))


def fts_query(retrieval: Sequence[str], *, at_least: int = 1) -> str:
    """An FTS5 expression for statements holding any (``at_least`` 1) or at least two of the words."""
    quoted = [f'"{w}"' for w in retrieval]  # query words are \w+ runs: quoting makes every one a plain term
    if at_least < 2 or len(quoted) < 2:
        return " OR ".join(quoted)
    return " OR ".join(f"({a} AND {b})" for a, b in itertools.combinations(quoted, 2))


def overlapping(words: Sequence[str], texts: Sequence[str], *, limit: int = TRACE_JUDGED,
                overlap: float = TRACE_OVERLAP) -> list[int]:
    """Indices of the texts worth judging, in the order given: those sharing enough of the query's content words.

    A telling of the same claim, even reworded, keeps most of its names and numbers; BM25's
    tail (one shared word) is dropped before the costly judgement.
    """
    query = set(words)
    need = needed(words, overlap)
    return [i for i, text in enumerate(texts) if len(query & set(query_words(text))) >= need][:limit]


def shortlist(words: Sequence[str], items: Sequence[T], *, limit: int = TRACE_JUDGED,
              overlap: float = TRACE_OVERLAP) -> list[T]:
    """The items (anything with a ``.text``: Tellings) that :func:`overlapping` keeps, in rank order."""
    keep = overlapping(words, [item.text for item in items], limit=limit, overlap=overlap)  # type: ignore[attr-defined]
    return [items[i] for i in keep]
