"""The run-safe tokenizer: the text exactly as given, whatever the runs of punctuation in it.

Correctness only, on moderately sized inputs; the timings (quadratic before, linear now)
are measured by ``bench/scaling.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso
from sayso.nlp.tokenizer import MAX_CHUNK, RunSafeTokenizer, long_runs

pytestmark = pytest.mark.slow

PATHOLOGICAL = [
    '"' * 3000,
    ")" * 3000,
    "!" * 2999 + "?",
    "“" * 1500 + "”" * 1500,
    "”." * 1500,
    "He said “" + "”" * 2000 + " nothing. Officials said the talks failed.",
    "x" * 250 + '"' * 250 + "\n\n“We will respond,” the minister said.",
    "http://example.com/" + "a/" * 200 + " was cited, officials said.",
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_text_and_offsets_exact(nlp, text) -> None:
    assert isinstance(nlp.tokenizer, RunSafeTokenizer)
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert all(len(t.text) <= MAX_CHUNK for t in doc)
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_analysis_of_pathological_text(nlp, text) -> None:
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False)
    for a in report.attributions:
        assert text[a.content.start:a.content.end] == a.content.text
    runs, _ = long_runs(text)
    assert ([w for w in report.warnings if getattr(w, "code", "") == "W007"] != []) == (runs > 0)


def test_ordinary_text_is_tokenised_as_spacy_does(nlp) -> None:
    text = "“We will respond,” the minister said (on Tuesday)!!! Don't... “Never,” he added."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(['"', "“", "”", ")", "(", "!", ".", "'", "a", "Said", " ", "\n"]),
                          st.integers(1, 300)), max_size=8))
def test_random_runs_keep_the_text(nlp, parts) -> None:
    text = "".join(c * n for c, n in parts)
    assert nlp.tokenizer(text).text == text
