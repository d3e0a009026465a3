"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own components.

Timings are bench/throughput.py's; here only that nothing changes: every token's tag, POS,
morphology, lemma, dependency and entity, and sayso's attributions, the same with and
without ``speed_up``.
"""

from __future__ import annotations

import pickle

import pytest
import spacy

from sayso.nlp.pipeline import model_name
from sayso.nlp.speedups import CachedLemmatizer, IndexedRuleMatcher, _regex_strings, speed_up

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
