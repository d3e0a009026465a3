"""``sayso`` on the command line: formats, batches, stdin, and the exit-code policy.

Tests that run an analysis take the session ``nlp`` fixture: the CLI loads the pipeline
through the same per-process cache, so the model is loaded once for the whole session.
"""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from sayso import cli
from sayso.errors import InputError, ResourceError
from sayso.model import SCHEMA

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))
GOOD = "“We will respond,” the minister said. Officials said that talks had failed.\n"

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("restore_logging")


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(cli.app, list(args), input=input)


def spans(node):
    """Every ``{"start", "end", "text"}`` object anywhere in a report document."""
    if isinstance(node, dict):
        if node.keys() >= {"start", "end", "text"}:
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def assert_valid_report(doc: dict) -> None:
    assert doc["schema"] == SCHEMA
    text = doc["article"]["text"]
    for span in spans(doc):
        assert text[span["start"]:span["end"]] == span["text"], span


# ---------------------------------------------------------------------------- formats


@pytest.mark.slow
def test_sample_as_json(nlp):
    result = invoke("analyze", str(SAMPLE), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert_valid_report(doc)
    assert doc["article"]["text"] == SAMPLE.read_text(encoding="utf-8")
    assert doc["attributions"], "the sample has attributions"
    assert result.stderr == ""


@pytest.mark.slow
@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("jsonl", '{"schema":"sayso.report/1"'),
        ("md", "# sayso report: "),
        ("text", "Attributions ("),
    ],
)
def test_sample_in_each_format(nlp, fmt, expected):
    result = invoke("analyze", str(SAMPLE), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout
    if fmt == "jsonl":
        assert len(result.stdout.splitlines()) == 1
        assert_valid_report(json.loads(result.stdout))
    if fmt == "md":
        assert "| # | source | type | cue | kind | medium | content | hedged | via |" in result.stdout
        assert "## Sourcing profile" in result.stdout
    if fmt == "text":
        assert "Sourcing profile" in result.stdout and "▌Viktor Arkhipov " in result.stdout and "[person]" in result.stdout


@pytest.mark.slow
def test_default_format_off_a_terminal(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    one = invoke("analyze", str(tmp_path / "a.txt"))
    assert one.exit_code == 0
    assert_valid_report(json.loads(one.stdout))  # json for one input
    two = invoke("analyze", str(tmp_path))
    assert two.exit_code == 0
    assert [json.loads(line)["schema"] for line in two.stdout.splitlines()] == [SCHEMA, SCHEMA]  # jsonl


@pytest.mark.parametrize(
    "fmt, out, tty, n, expected",
    [
        (None, None, True, 1, "text"),
        (None, None, False, 1, "json"),
        (None, None, False, 3, "jsonl"),
        (None, Path("out"), True, 3, "json"),
        ("md", None, False, 3, "md"),
    ],
)
def test_choose_format(fmt, out, tty, n, expected):
    chosen = cli.choose_format(cli.Format(fmt) if fmt else None, out=out, n_inputs=n, tty=tty)
    assert chosen is cli.Format(expected)


# ---------------------------------------------------------------------------- batches


@pytest.mark.slow
def test_folder_with_out_skips_bad_files(nlp, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "other.txt").write_text("Russia says that its diplomats were expelled.", encoding="utf-8")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (src / "notes.md").write_text("ignored: not .txt", encoding="utf-8")

    result = invoke("analyze", str(src), "--out", str(out))

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "other.json"]
    for path in out.iterdir():
        assert_valid_report(json.loads(path.read_text(encoding="utf-8")))
    assert "empty.txt: no text to analyse" in result.stderr
    assert "binary.txt: looks like binary data" in result.stderr
    assert "sayso: 2 of 4 inputs skipped" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.slow
def test_out_in_every_format(nlp, tmp_path):
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    for fmt, suffix in [("json", ".json"), ("jsonl", ".jsonl"), ("md", ".md"), ("text", ".txt")]:
        result = invoke("analyze", str(tmp_path / "story.txt"), "-f", fmt, "-o", str(tmp_path / "out"))
        assert result.exit_code == 0, result.output
        assert (tmp_path / "out" / f"story{suffix}").stat().st_size > 0


@pytest.mark.slow
def test_clashing_stems_are_numbered(nlp, tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(tmp_path / "out"), "-v")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story-2.json", "story.json"]
    assert f"sayso: info: wrote {tmp_path / 'out' / 'story-2.json'}" in result.stderr  # -v shows INFO


def test_progress_bar_on_a_terminal(tmp_path):
    items = [cli.Input(f"gone{i}.txt", f"gone{i}", error=InputError(f"gone{i}.txt: no such file")) for i in range(5)]
    err = Console(file=io.StringIO(), force_terminal=True, width=80)
    tally = cli.run(items, lambda item, report: None, model=None, workers=1, err=err, progress=True)
    assert tally.produced == 0 and len(tally.errors) == 5
    assert "sayso: error: gone4.txt: no such file" in err.file.getvalue()


@pytest.mark.slow
def test_text_out_never_overwrites_its_input(nlp, tmp_path):
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path), "-f", "text", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "refusing to overwrite an input" in result.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == GOOD


def test_every_input_bad_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00" * 64)
    result = invoke("analyze", str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "gone.txt"))
    assert result.exit_code == 2
    assert "gone.txt: no such file or folder" in result.stderr
    assert "sayso: 3 of 3 inputs skipped" in result.stderr


def test_several_inputs_as_json_need_out(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    assert "need --out DIR" in result.stderr


def test_folder_without_txt_files(tmp_path):
    result = invoke("analyze", str(tmp_path))
    assert result.exit_code == 2
    assert "no .txt files in this folder" in result.stderr


# ---------------------------------------------------------------------- stdin and bad input


@pytest.mark.slow
def test_stdin(nlp):
    result = invoke("analyze", "-", "--format", "json", input=GOOD)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert_valid_report(doc)
    assert doc["article"]["text"] == GOOD


@pytest.mark.slow
def test_stdin_invalid_utf8_is_a_warning(nlp):
    result = invoke("analyze", "-", "--format", "json", input="Officials said the caf\xe9 was shut.".encode("latin-1"))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert_valid_report(doc)
    assert "\ufffd" in doc["article"]["text"]
    assert any("invalid UTF-8" in w for w in doc["warnings"])
    assert "sayso: warning: stdin: invalid UTF-8" in result.stderr


@pytest.mark.parametrize("data", ["", "   \n\t\n", b"\x00\x01binary\x00"])
def test_bad_input_alone_exits_2(data):
    result = invoke("analyze", "-", input=data)
    assert result.exit_code == 2
    assert result.stderr.startswith("sayso: error: stdin: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_empty_file_alone_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("analyze", str(tmp_path / "empty.txt"))
    assert result.exit_code == 2
    assert result.stderr == f"sayso: error: {tmp_path / 'empty.txt'}: no text to analyse (empty or whitespace only)\n"


# --------------------------------------------------------------------------- fatal errors


def test_missing_model_exits_3(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path / "a.txt"), "--model", "no_such_spacy_model")
    assert result.exit_code == 3
    assert result.stderr.startswith("sayso: error: cannot load the spaCy model 'no_such_spacy_model'")
    assert "--model" in result.stderr
    assert "Traceback" not in result.output


def test_resource_error_exits_4(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ResourceError("bundled resource 'hedges.txt' is missing: reinstall sayso")

    monkeypatch.setattr("sayso.analyzer.iter_outcomes", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path / "a.txt"))
    assert result.exit_code == 4
    assert result.stderr == "sayso: error: bundled resource 'hedges.txt' is missing: reinstall sayso\n"


def test_unexpected_error_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    def buggy(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("sayso.analyzer.iter_outcomes", buggy)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("analyze", str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    assert result.stderr.startswith("sayso: error: internal error: ZeroDivisionError: division by zero")
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------ the other commands


def test_version():
    from sayso import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"sayso {__version__}\n"


@pytest.mark.parametrize("args", [["--help"], ["analyze", "--help"], ["sample", "--help"]])
def test_every_command_has_help(args):
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_sample_text_and_path():
    text = invoke("sample")
    assert text.exit_code == 0
    assert text.stdout == SAMPLE.read_text(encoding="utf-8")
    path = invoke("sample", "--path")
    assert path.exit_code == 0
    assert Path(path.stdout.strip()).read_text(encoding="utf-8") == text.stdout


def test_sample_exercises_what_the_demo_shows():
    text = SAMPLE.read_text(encoding="utf-8")
    for needle in ["“", " he said, “", "Russia says that", "according to", "the ambassador",
                   "RT reports:", "Defense Ministry reported that", "Officials said", "reportedly",
                   "It appears", "allegedly", "another “atrocity”", "vowing to “hold Assad responsible”"]:
        assert needle.casefold() in text.casefold(), needle
    assert 450 <= len(text.split()) <= 750


def test_persuasion_stages_switch_off(nlp):
    pytest.importorskip("onnxruntime", reason="the persuasion extra is not installed")
    on = json.loads(invoke("analyze", str(SAMPLE), "--format", "json").stdout)
    off = json.loads(invoke("analyze", str(SAMPLE), "--format", "json", "--no-techniques", "--no-claims").stdout)
    assert on["claims"] and {"techniques", "claims"} <= set(on["pipeline"])
    assert not off["claims"] and not any(m["type"] == "technique" for m in off["markers"])
    assert not {"techniques", "claims"} & set(off["pipeline"])
    assert on["attributions"] == off["attributions"]  # the stages add to a report, never change it
    claims_only = json.loads(invoke("analyze", str(SAMPLE), "--format", "json", "--no-techniques").stdout)
    assert claims_only["claims"] == on["claims"] and "techniques" not in claims_only["pipeline"]
    for doc in (on, off, claims_only):
        assert_valid_report(doc)


@pytest.mark.slow
def test_max_claims_ranks_and_all_techniques_emits_everything(nlp):
    pytest.importorskip("onnxruntime", reason="the persuasion extra is not installed")
    from sayso.persuasion.techniques import load_technique_tagger

    def run(*extra: str) -> dict:
        result = invoke("analyze", str(SAMPLE), "--format", "json", *extra)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    top, every, default = run("--max-claims", "3"), run("--max-claims", "1000", "--all-techniques"), run()
    ranked = sorted((c["checkworthiness"] for c in every["claims"]), reverse=True)
    assert len(every["claims"]) > 3 and len(default["claims"]) == min(10, len(every["claims"]))
    assert sorted((c["checkworthiness"] for c in top["claims"]), reverse=True) == ranked[:3]
    more = [w for w in top.get("warnings", []) if "more check-worthy claim" in w]
    assert len(more) == 1 and more[0].startswith(f"{len(every['claims']) - 3} more")
    assert not any("more check-worthy claim" in w for w in every.get("warnings", []))
    techniques = {k: [m for m in doc["markers"] if m["type"] == "technique"] for k, doc in (("all", every), ("default", default))}
    floor = load_technique_tagger().emit_threshold
    assert all(m["confidence"] >= floor for m in techniques["default"])
    assert len(techniques["default"]) == sum(m["confidence"] >= floor for m in techniques["all"]) <= len(techniques["all"])
    assert techniques["all"]
    for doc in (top, every, default):
        assert_valid_report(doc)
