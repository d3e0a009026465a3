"""Hostile text: nothing but quote marks, a single letter. No marker covers only quote marks,
and a text without words gets no technique or claim."""

from __future__ import annotations

import re

import pytest

import sayso

pytestmark = pytest.mark.slow

QUOTES_ONLY = ['"' * 500, "“" * 300 + "”" * 300, "“”" * 200, '" "' * 150, "« »" * 100, "‘’'`" * 50,
               '"\n\n"' * 40]


@pytest.mark.parametrize("text", QUOTES_ONLY, ids=range(len(QUOTES_ONLY)))
def test_quote_marks_only_give_no_marker_of_quote_marks(nlp, text) -> None:
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False)
    bad = [m for m in report.markers if not re.search(r"[^\W_]", m.span.text)]
    assert not bad, bad[:3]
    assert not report.attributions


@pytest.mark.parametrize("text", ["a", "a\n", "I", "“a”", "x" + '"' * 30])
def test_a_text_without_words_gets_no_technique_or_claim(nlp, text) -> None:
    pytest.importorskip("torch", reason="the persuasion extra is not installed")
    report = sayso.analyze(text, nlp=nlp)
    assert [m for m in report.markers if m.type == "technique"] == []
    assert report.claims == ()


def test_scare_quotes_still_found(nlp) -> None:
    # the writer's own sentence: inside what commentators said, the word would be theirs (issue 12, item 5)
    report = sayso.analyze("The rebels staged another “atrocity” for the cameras.", nlp=nlp,
                           techniques=False, claims=False)
    assert [m.span.text for m in report.markers if m.type == "scare_quote"] == ["“atrocity”"]


def test_persuasion_in_windows_gives_the_one_pass_results(nlp, monkeypatch) -> None:
    """The stages run a window of sentences at a time (bounded memory on a 1 MB article); the
    figures are per sentence or per article, so small windows change nothing."""
    pytest.importorskip("torch", reason="the persuasion extra is not installed")
    from importlib import resources

    from sayso.persuasion import stages

    text = resources.files("sayso").joinpath("samples/sample_article.txt").read_text(encoding="utf-8")
    whole = sayso.analyze(text, nlp=nlp)
    monkeypatch.setattr(stages, "WINDOW", 3)
    windowed = sayso.analyze(text, nlp=nlp)
    assert windowed.to_dict() == whole.to_dict()
    assert any(m.type == "technique" for m in whole.markers) and whole.claims
