"""Pair features for the same-claim judgement: lexical ones in pure Python, embedding ones on numpy.

``Text`` is one statement parsed once (words, numbers, negation parity, hedges, capitalised
words, n-grams) so a query compared with thousands of texts is parsed once. The feature
order is fixed by ``LEXICAL`` and ``EMBEDDING``; the trained weights in
``resources/compare_model.json`` name the features they expect, so a change here that the
weights do not know fails loudly at load time instead of scoring garbage.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

_WORD = re.compile(r"\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th)?|[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})

# "nor" is left out: it continues a negation ("not A nor B", "neither A nor B") rather than adding one
NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "cannot",
                       "deny", "denies", "denied", "denying", "false", "untrue", "refuted", "refutes", "refute",
                       "fail", "fails", "failed", "failing", "refused", "refuses", "refuse", "refusing"})
# "one" is left out: "no one", "one of them" are not numbers
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
                 "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12",
                 "half": "0.5", "thousand": "1000", "million": "1000000", "billion": "1000000000"}
_STOP = frozenset("""a an the of to in on at for by with from and or but as is are was were be been being that this these
those it its he she they them his her their we our you your i me my has have had do does did will would shall should
can could may might must than then so if about into over after before also said says say told tells according""".split())
STOP = _STOP  # function words: what a negation cue's scope skips (``relation_rules``)


@cache
def hedge_phrases() -> tuple[tuple[str, ...], ...]:
    """The extraction lexicon's hedges (``nlp/resources/hedges.txt``) as word tuples."""
    text = resources.files("sayso.nlp.resources").joinpath("hedges.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.append(tuple(_WORD.findall(line)))
    return tuple(p for p in out if p)


def words(text: str) -> list[str]:
    """Word and number tokens, as written (case kept)."""
    return _WORD.findall(text.translate(_QUOTES))


def _number(token: str) -> str | None:
    low = token.lower()
    if low in _NUMBER_WORDS:
        return _NUMBER_WORDS[low]
    if not low[:1].isdigit():
        return None
    low = re.sub(r"(st|nd|rd|th)$", "", low).rstrip("%")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", low):
        low = low.replace(",", "")
    try:
        return f"{float(low.replace(',', '.')):g}" if ":" not in low else low
    except ValueError:
        return low


@dataclass(frozen=True, slots=True)
class Text:
    """One statement, parsed for pair features."""

    raw: str
    tokens: tuple[str, ...]  # lower-cased words
    norm: str  # the words joined by single spaces: equal for texts differing only in case/punctuation
    numbers: frozenset[str]
    negated: bool  # odd number of negation cues ("did not deny" cancels out)
    hedges: frozenset[str]
    capitals: frozenset[str]  # capitalised words after the first, lower-cased ("Morrison", "Kremlin")
    content: frozenset[str]
    grams: tuple[dict[tuple[str, ...], int], ...]  # word n-gram counts, n = 1..4
    gram_totals: tuple[int, ...]
    chars: frozenset[str]  # character 4-grams of ``norm``


def parse(text: str) -> Text:
    raw = words(text)
    tokens = tuple(w.lower() for w in raw)
    negations = sum(1 for t in tokens if t in NEGATIONS or t.endswith("n't"))
    hedges = set()
    for phrase in hedge_phrases():
        n = len(phrase)
        if any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1)):
            hedges.add(" ".join(phrase))
    numbers = frozenset(n for n in (_number(t) for t in raw) if n is not None)
    capitals = frozenset(w.lower() for w in raw[1:] if w[:1].isupper() and w.lower() not in _STOP)
    norm = " ".join(tokens)
    grams = tuple(dict(Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))) for n in range(1, 5))
    chars = frozenset(norm[i:i + 4] for i in range(max(len(norm) - 3, 1)))
    return Text(text, tokens, norm, numbers, negations % 2 == 1, frozenset(hedges), capitals,
                frozenset(t for t in tokens if t not in _STOP), grams, tuple(sum(g.values()) for g in grams), chars)


LEXICAL: tuple[str, ...] = (
    "tok_jaccard", "tok_cont_min", "tok_cont_max", "content_jaccard", "char4_jaccard",
    "ngram1_f", "ngram2_f", "ngram3_f", "ngram4_f", "seq_ratio", "len_ratio", "len_log_diff",
    "num_unmatched", "num_both_differ", "neg_mismatch", "hedge_mismatch", "cap_unmatched", "cap_unmatched_frac",
    "extra_max", "extra_min", "extra_max_count",
)
EMBEDDING: tuple[str, ...] = ("cosine", "align_f", "align_min")
PAIR: tuple[str, ...] = ("pair_logit",)  # the fine-tuned pair model's logit (``corpus.pair_model``)


def _jaccard(a: frozenset | set, b: frozenset | set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def matcher_for(a: Text) -> SequenceMatcher:
    """A SequenceMatcher holding ``a``'s words as its second sequence, reused for every ``b``."""
    return SequenceMatcher(None, (), a.tokens, autojunk=False)


def lexical(a: Text, b: Text, matcher: SequenceMatcher | None = None) -> list[float]:
    """The ``LEXICAL`` features of a pair, in order (``matcher``: from :func:`matcher_for` of ``a``)."""
    sa, sb = set(a.tokens), set(b.tokens)
    inter = len(sa & sb)
    out = [_jaccard(sa, sb), inter / max(min(len(sa), len(sb)), 1), inter / max(len(sa), len(sb), 1),
           _jaccard(a.content, b.content), _jaccard(a.chars, b.chars)]
    for ga, gb, na, nb in zip(a.grams, b.grams, a.gram_totals, b.gram_totals, strict=True):
        small, large = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        common = sum(min(c, large.get(g, 0)) for g, c in small.items())
        out.append(2 * common / (na + nb) if na + nb else 1.0)
    # the matcher indexes ``a`` (the query) once; ``b`` is the sequence it scans
    matcher = matcher or matcher_for(a)
    matcher.set_seq1(b.tokens)
    out.append(matcher.ratio())
    la, lb = max(len(a.tokens), 1), max(len(b.tokens), 1)
    out += [min(la, lb) / max(la, lb), abs(math.log(la / lb))]
    unmatched = len(a.numbers ^ b.numbers)
    out += [min(unmatched, 3) / 3, float(bool(a.numbers and b.numbers and a.numbers != b.numbers)),
            float(a.negated != b.negated), float(bool(a.hedges) != bool(b.hedges))]
    cap_a = {c for c in a.capitals if c not in sb}
    cap_b = {c for c in b.capitals if c not in sa}
    caps = len(a.capitals) + len(b.capitals)
    out += [min(len(cap_a) + len(cap_b), 4) / 4, (len(cap_a) + len(cap_b)) / caps if caps else 0.0]
    # What one side says that the other does not: MSR's "different" pairs are mostly one
    # sentence carrying extra information, which overlap ratios alone under-weigh.
    extra_a, extra_b = len(a.content - b.content), len(b.content - a.content)
    frac_a, frac_b = extra_a / max(len(a.content), 1), extra_b / max(len(b.content), 1)
    out += [max(frac_a, frac_b), min(frac_a, frac_b), min(max(extra_a, extra_b), 10) / 10]
    return out


def embedding(pooled_a, tokens_a, pooled_b, tokens_b) -> list[float]:
    """The ``EMBEDDING`` features: sentence cosine and a greedy token alignment (BERTScore-like) F and min(P, R)."""
    import numpy as np

    cosine = float(np.dot(pooled_a, pooled_b))
    if len(tokens_a) == 0 or len(tokens_b) == 0:
        return [cosine, cosine, cosine]
    sim = tokens_a @ tokens_b.T
    p = float(sim.max(axis=1).mean())
    r = float(sim.max(axis=0).mean())
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return [cosine, f, min(p, r)]


def embedding_many(pooled_q, tokens_q, pooled: list, tokens: list):
    """``embedding(q, t)`` for many ``t`` at once: one matrix product for all token alignments."""
    import numpy as np

    n = len(pooled)
    cosine = np.asarray(pooled, dtype=np.float32).reshape(n, -1) @ pooled_q if n else np.zeros(0, dtype=np.float32)
    out = np.repeat(cosine.astype(np.float64)[:, None], 3, axis=1)
    lengths = np.array([len(t) for t in tokens])
    ok = np.flatnonzero(lengths > 0)
    if len(tokens_q) == 0 or len(ok) == 0:
        return out
    starts = np.concatenate([[0], np.cumsum(lengths[ok])[:-1]])
    sim = tokens_q @ np.vstack([tokens[i] for i in ok]).T  # (query tokens, all text tokens)
    p = np.maximum.reduceat(sim, starts, axis=1).mean(axis=0)  # each query token's best match in the text
    r = np.add.reduceat(sim.max(axis=0), starts) / lengths[ok]  # each text token's best match in the query
    f = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
    out[ok, 1] = f
    out[ok, 2] = np.minimum(p, r)
    return out
