"""The CLI at its edges: a renderer failing on one report, --out names, unwritable outputs."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sayso import cli
from sayso.analyzer import Outcome
from sayso.model import Article, Report

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("restore_logging")


def _canned(monkeypatch) -> None:
    """Reports without the model: each input's report is its own text (the CLI is under test, not the analysis)."""
    def outcomes(articles, **kwargs):
        for i, a in enumerate(articles):
            yield Outcome(i, Report(a))

    monkeypatch.setattr("sayso.analyzer.iter_outcomes", outcomes)


def test_a_rendering_error_is_that_items_error_only(tmp_path, monkeypatch) -> None:
    _canned(monkeypatch)
    from sayso.report import to_markdown as real

    def fragile(report, **kwargs):
        if "boom" in report.article.text:
            raise KeyError("S8")
        return real(report, **kwargs)

    monkeypatch.setattr("sayso.report.to_markdown", fragile)
    for stem, text in (("a", "first story"), ("b", "boom goes this one"), ("c", "third story")):
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["analyze", *(str(tmp_path / f"{s}.txt") for s in "abc"), "-f", "md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "c.md"]
    assert "b.txt: internal error while rendering the report (KeyError: 'S8')" in result.stderr
    assert "1 of 3 inputs skipped" in result.stderr


@pytest.mark.parametrize("name, fmt", [("guess.html", "html"), ("guess.md", "md"), ("guess.csv", "csv"),
                                       ("guess.json", "json"), ("guess.txt", "text")])
def test_out_with_a_formats_suffix_is_that_file_and_format(tmp_path, monkeypatch, name, fmt) -> None:
    _canned(monkeypatch)
    (tmp_path / "a.txt").write_text("a story", encoding="utf-8")
    target = tmp_path / name
    result = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file()
    expected = cli.render(Report(Article("a story")), cli.Format(fmt), name=str(tmp_path / "a.txt"))
    assert target.read_bytes().decode("utf-8") == expected


def test_out_suffix_with_several_inputs_or_an_existing_folder_is_a_folder(tmp_path) -> None:
    assert cli.choose_format(None, out=tmp_path / "r.html", n_inputs=2, tty=False) is cli.Format.json
    (tmp_path / "dir.html").mkdir()
    assert cli.choose_format(None, out=tmp_path / "dir.html", n_inputs=1, tty=False) is cli.Format.json
    assert cli.choose_format(None, out=tmp_path / "R.HTML", n_inputs=1, tty=False) is cli.Format.html


@pytest.mark.parametrize("out", ["blocker/x.html", "blocker/reports", "blocker"])
def test_unwritable_out_fails_before_the_analysis(tmp_path, monkeypatch, out) -> None:
    called = []
    monkeypatch.setattr("sayso.analyzer.iter_outcomes", lambda *a, **k: called.append(1) or iter(()))
    (tmp_path / "blocker").write_text("a file where a folder is needed", encoding="utf-8")
    for stem in "ab":
        (tmp_path / f"{stem}.txt").write_text("a story", encoding="utf-8")
    result = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / out)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"sayso: error: cannot write --out {tmp_path / out}")
    assert not called, "the analysis ran before --out was checked"


@pytest.mark.slow
@pytest.mark.parametrize("content", [bytes(range(256)) * 8, b"said\x00\x01\x02 told\n"])
def test_broken_custom_lexicon_exits_4(nlp, tmp_path, monkeypatch, content) -> None:
    from sayso.nlp.extract.lexicon import load_lexicon

    custom = tmp_path / "resources"
    custom.mkdir()
    (custom / "hedges.txt").write_bytes(content)
    (tmp_path / "a.txt").write_text("Officials said the talks had failed.", encoding="utf-8")
    monkeypatch.setenv("SAYSO_RESOURCES", str(custom))
    load_lexicon.cache_clear()
    try:
        result = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), "--no-techniques", "--no-claims"])
    finally:
        monkeypatch.delenv("SAYSO_RESOURCES")
        load_lexicon.cache_clear()
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith(f"sayso: error: {custom / 'hedges.txt'} (SAYSO_RESOURCES) ")
    assert "internal error" not in result.stderr


def test_warc_cut_at_100_bytes_is_a_clear_message(tmp_path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = b"<html><body><article><p>Officials said the talks had failed on Tuesday in Geneva.</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(page),
                                                  http_headers=headers))
    (tmp_path / "cut.warc.gz").write_bytes(out.getvalue()[:100])
    result = runner.invoke(cli.app, ["analyze", str(tmp_path / "cut.warc.gz")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"sayso: error: {tmp_path / 'cut.warc.gz'}#1: ")
    assert "truncated" in result.stderr


@pytest.mark.parametrize("alias, name", [("markdown", "md"), ("MD", "md"), ("Markdown", "md"), ("htm", "html"),
                                         ("HTML", "html"), ("terminal", "text"), ("txt", "text"), ("ndjson", "jsonl"),
                                         ("JSON", "json")])
def test_format_aliases_write_that_format(tmp_path, monkeypatch, alias, name) -> None:
    """The other names users give a format (its word, its file suffix, any case) write what its own name writes."""
    _canned(monkeypatch)
    (tmp_path / "a.txt").write_text("Officials said the plan failed.", encoding="utf-8")
    by_alias = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), "-f", alias])
    by_name = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), "--format", name])
    assert by_alias.exit_code == by_name.exit_code == 0, by_alias.output
    assert by_alias.stdout == by_name.stdout


@pytest.mark.parametrize("value", ["mark", "xml", "htmll", "pdf", ""])
def test_an_unknown_format_is_bad_usage_naming_the_formats(tmp_path, monkeypatch, value) -> None:
    _canned(monkeypatch)
    (tmp_path / "a.txt").write_text("Officials said the plan failed.", encoding="utf-8")
    result = runner.invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), "-f", value])
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())  # the error box wraps the line
    assert f"{value!r} is not one of 'text', 'json', 'jsonl', 'md', 'csv', 'html'." in message


def test_help_names_the_formats_and_their_aliases() -> None:
    result = runner.invoke(cli.app, ["analyze", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    shown = " ".join(result.stdout.replace("│", " ").split())  # the help box wraps the lines
    assert "<text|json|jsonl|md|csv|html>" in shown
    assert "Also accepted: markdown (= md), htm (= html), txt or terminal (= text), ndjson (= jsonl)." in shown


@pytest.mark.parametrize("formats, value, expected", [
    ("QueryFormat", "terminal", "text"), ("QueryFormat", "CSV", "csv"), ("TraceFormat", "htm", "html"),
    ("ExportFormat", "ndjson", "jsonl"),
    # negatives: an alias of a format the command does not write is no format of its
    ("QueryFormat", "markdown", None), ("QueryFormat", "htm", None), ("ExportFormat", "txt", None),
])
def test_corpus_commands_take_the_aliases_of_their_own_formats(formats, value, expected) -> None:
    import typer

    from sayso import cli_corpus
    from sayso.cli_options import format_parser

    parse = format_parser(getattr(cli_corpus, formats))
    if expected is None:
        with pytest.raises(typer.BadParameter, match="is not one of"):
            parse(value)
    else:
        assert parse(value).value == expected
