"""The CLI at its edges: a renderer failing on one report, --out names, unwritable outputs."""

from __future__ import annotations

import logging

import pytest
from typer.testing import CliRunner

from sayso import cli
from sayso.analyzer import Outcome
from sayso.model import Report

runner = CliRunner()


@pytest.fixture(autouse=True)
def _restore_logging():
    logger = logging.getLogger("sayso")
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.propagate = propagate


def _canned(monkeypatch) -> None:
    """Reports without the model: each input's report is its own text (the CLI is under test, not the analysis)."""
    def outcomes(articles, **kwargs):
        for i, a in enumerate(articles):
            yield Outcome(i, Report(a))

    monkeypatch.setattr(cli, "iter_outcomes", outcomes)


def test_a_rendering_error_is_that_items_error_only(tmp_path, monkeypatch) -> None:
    _canned(monkeypatch)
    real = cli.to_markdown

    def fragile(report, **kwargs):
        if "boom" in report.article.text:
            raise KeyError("S8")
        return real(report, **kwargs)

    monkeypatch.setattr(cli, "to_markdown", fragile)
    for stem, text in (("a", "first story"), ("b", "boom goes this one"), ("c", "third story")):
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["analyze", *(str(tmp_path / f"{s}.txt") for s in "abc"), "-f", "md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "c.md"]
    assert "b.txt: internal error while rendering the report (KeyError: 'S8')" in result.stderr
    assert "1 of 3 inputs skipped" in result.stderr
