"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own components.

Timings are bench/throughput.py's; here only that nothing changes: every token's tag, POS,
morphology, lemma, dependency and entity, and sayso's attributions, the same with and
without ``speed_up``.
"""

from __future__ import annotations

import pickle
import sys

import numpy as np
import pytest
import spacy
from thinc.api import NumpyOps

from sayso._blas import blas_libraries
from sayso.nlp.pipeline import model_name
from sayso.nlp.speedups import BlasOps, CachedLemmatizer, IndexedRuleMatcher, _regex_strings, blas_ops, speed_up

pytestmark = pytest.mark.slow

TEXTS = [
    "“We ain't gonna stop,” he said. Y'all know that, nothin' changes, she told reporters on Tuesday.",
    "According to officials, the talks were headed nowhere. Critics have argued that the plan, which "
    "was being drafted by its own authors, doesn't work; they'd said so themselves.",
    "Mr. Smith, 54, wasn't there. Ms. Persson: “Let's gotta go.” The senators' spokesmen had been told "
    "about it, but nobody answered. It's here, then there, once and for all.\n\nHeadline without a stop",
    "The ministers claimed that those reports were false, and these claims were repeated by anyone who'd listen.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = spacy.load(model_name())
    fast = speed_up(spacy.load(model_name()))
    return stock, fast


def test_components_are_replaced(pipelines) -> None:
    _, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler").matcher, IndexedRuleMatcher)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    speed_up(fast)  # a second call changes nothing
    assert isinstance(fast.get_pipe("attribute_ruler").matcher, IndexedRuleMatcher)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_same_annotations(pipelines, text: str) -> None:
    stock, fast = pipelines
    assert _annotations(fast(text)) == _annotations(stock(text))
    assert _annotations(fast(text)) == _annotations(stock(text))  # the lemma cache warm


def test_same_matches_as_spacy_matcher(pipelines) -> None:
    stock, fast = pipelines
    ruler, fast_ruler = stock.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    for text in TEXTS:
        doc = stock(text)
        assert fast_ruler.match(doc) == ruler.match(doc)


def test_same_annotations_on_polnear(pipelines, shared_data) -> None:
    stock, fast = pipelines
    files = sorted((shared_data / "polnear" / "dev").glob("*.txt"))[:8]
    if not files:
        pytest.skip("PolNeAR dev not found")
    texts = [f.read_text(encoding="utf-8") for f in files]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(b) == _annotations(a)


def test_pipeline_pickles(pipelines) -> None:
    _, fast = pipelines
    lemmatizer = pickle.loads(pickle.dumps(fast.get_pipe("lemmatizer")))
    assert isinstance(lemmatizer, CachedLemmatizer)
    ruler = pickle.loads(pickle.dumps(fast.get_pipe("attribute_ruler")))
    assert isinstance(ruler.matcher, IndexedRuleMatcher)
    assert len(ruler.patterns) == len(fast.get_pipe("attribute_ruler").patterns)
    doc = fast(TEXTS[0])
    assert ruler.match(doc) == fast.get_pipe("attribute_ruler").match(doc)


def test_patterns_added_later_still_apply(pipelines) -> None:
    fast = speed_up(spacy.load(model_name()))
    fast.get_pipe("attribute_ruler").add([[{"LOWER": "zorblax"}]], {"POS": "PROPN"})
    assert fast("The zorblax said so.")[1].pos_ == "PROPN"


@pytest.mark.parametrize(("pattern", "expected"), [
    ("^n'?t$", ["n't", "nt"]),
    ("^n[ou]thin'$", ["nothin'", "nuthin'"]),
    ("^y'?$", ["y", "y'"]),
    ("^a.b$", None),
    ("^(a|b)$", None),
    ("n't", None),
])
def test_regex_strings(pattern: str, expected: list[str] | None) -> None:
    assert _regex_strings(pattern) == expected


def test_neural_components_use_blas_ops(pipelines) -> None:
    if blas_ops() is None:
        pytest.skip("numpy's BLAS is not OpenBLAS / MKL here, or threadpoolctl is missing")
    stock, fast = pipelines
    for name in ("tok2vec", "tagger", "parser", "ner"):
        assert all(isinstance(node.ops, BlasOps) for node in fast.get_pipe(name).model.walk()), name
        assert not any(isinstance(node.ops, BlasOps) for node in stock.get_pipe(name).model.walk()), name
    ner = pickle.loads(pickle.dumps(fast.get_pipe("ner")))
    assert isinstance(ner.model.ops, BlasOps)


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True), (True, True)])
def test_blas_gemm_matches_thinc(trans1: bool, trans2: bool) -> None:
    ops = blas_ops()
    if ops is None:
        pytest.skip("numpy's BLAS is not OpenBLAS / MKL here, or threadpoolctl is missing")
    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, 30) if not trans1 else (30, 40), dtype=np.float32)
    y = rng.standard_normal((30, 20) if not trans2 else (20, 30), dtype=np.float32)
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = ops.gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (40, 20) and got.dtype == np.float32
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = np.zeros((40, 20), dtype=np.float32)
    assert ops.gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_blas_gemm_leaves_the_thread_count_and_other_dtypes_alone() -> None:
    ops = blas_ops()
    if ops is None:
        pytest.skip("numpy's BLAS is not OpenBLAS / MKL here, or threadpoolctl is missing")
    from threadpoolctl import ThreadpoolController

    before = [c.num_threads for c in ThreadpoolController().select(user_api="blas").lib_controllers]
    ops.gemm(np.ones((300, 300), dtype=np.float32), np.ones((300, 300), dtype=np.float32))
    assert [c.num_threads for c in ThreadpoolController().select(user_api="blas").lib_controllers] == before
    doubles = np.ones((3, 3))  # thinc's own gemm decides what float64 does; BlasOps does the same
    try:
        expected = NumpyOps().gemm(doubles, doubles)
    except Exception as e:  # noqa: BLE001  (whatever thinc raises, BlasOps raises too)
        with pytest.raises(type(e)):
            ops.gemm(doubles, doubles)
    else:
        np.testing.assert_array_equal(ops.gemm(doubles, doubles), expected)


def test_without_threadpoolctl_the_products_stay_thincs(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # import fails: OpenBLAS could not be held to one thread
    blas_ops.cache_clear()
    blas_libraries.cache_clear()
    try:
        assert blas_ops() is None
        nlp = speed_up(spacy.load(model_name()))
        assert not any(isinstance(node.ops, BlasOps) for node in nlp.get_pipe("ner").model.walk())
        assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)  # the other speed-ups still apply
    finally:
        blas_ops.cache_clear()
        blas_libraries.cache_clear()
