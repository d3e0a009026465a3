"""The Python API at its edges: files and URLs in, coded warnings, surrogates, exit-code table."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import sayso
from sayso.errors import EXIT_TABLE, Coded, Warnings, exit_code_table, warning

ROOT = Path(__file__).resolve().parents[1]
STORY = "“We will respond,” the minister said. Officials said that the talks had failed on Tuesday."
PAGE = (f"<html><head><title>Talks fail</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Talks fail</h1><p>{STORY}</p><p>{STORY.replace('Tuesday', 'Monday')}</p></article></body></html>")


def test_exit_code_table_is_the_readme_table() -> None:
    assert exit_code_table() in (ROOT / "README.md").read_text(encoding="utf-8")
    codes = {name: code for code, name, _ in EXIT_TABLE}
    assert codes["input"] == sayso.InputError.exit_code == 2
    assert codes["model"] == sayso.ModelError.exit_code == 3
    assert codes["resource"] == sayso.ResourceError.exit_code == 4
    assert codes["error"] == sayso.SaysoError.exit_code == 1


def test_every_warning_code_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = [c for c in vars(Warnings) if c.startswith("W")]
    assert codes == [f"W{n:03d}" for n in range(len(codes))]  # appended in order, none skipped
    for code in codes:
        assert f"| {code} |" in readme, code


def test_coded_warnings_in_the_contract() -> None:
    report = sayso.Report(sayso.Article("x", warnings=(warning("W002", name="a.txt", byte=3, count=1),)),
                          warnings=(warning("W002", name="a.txt", byte=3, count=1), "a plain one"))
    doc = report.to_dict()
    assert doc["warnings"] == ["a.txt: invalid UTF-8 at byte 3; 1 character(s) replaced with U+FFFD", "a plain one"]
    assert doc["coded_warnings"] == [{"code": "W002", "message": doc["warnings"][0]},
                                     {"code": "W000", "message": "a plain one"}]
    assert json.loads(json.dumps(doc)) == doc
    assert "coded_warnings" not in sayso.Report(sayso.Article("x")).to_dict()
    assert isinstance(report.warnings[0], Coded) and report.warnings[0].code == "W002"


def test_read_gives_articles_with_their_warnings(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(STORY.encode() + b" caf\xe9")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY + " Again."}) + "\n",
                                      encoding="utf-8")
    articles = list(sayso.read(tmp_path / "a.txt", str(tmp_path / "b.html"), tmp_path / "c.jsonl"))
    assert len(articles) == 4
    assert [w.code for w in articles[0].warnings] == ["W002"]
    assert articles[1].title == "Talks fail" and "Home" not in articles[1].text
    with pytest.raises(sayso.InputError) as info:
        list(sayso.read(tmp_path / "missing.txt"))
    assert info.value.source == str(tmp_path / "missing.txt")
    assert len(list(sayso.read(tmp_path / "missing.txt", tmp_path / "a.txt", skip_errors=True))) == 1


def test_analyze_file_refuses_a_container_of_several(tmp_path) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY}) + "\n",
                                      encoding="utf-8")
    with pytest.raises(sayso.InputError, match="holds 2 articles"):
        sayso.analyze_file(tmp_path / "c.jsonl")
    with pytest.raises(sayso.InputError, match="no such file"):
        sayso.analyze_file(tmp_path / "nope.html")
    with pytest.raises(sayso.InputError, match="not an http"):
        sayso.analyze_url("file:///etc/passwd")


@pytest.mark.slow
def test_analyze_file_and_a_path_passed_as_text(nlp, tmp_path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    report = sayso.analyze_file(tmp_path / "story.html", nlp=nlp, techniques=False, claims=False)
    assert report.article.title == "Talks fail" and report.attributions
    with pytest.warns(sayso.SaysoWarning, match="names an existing file"):
        as_text = sayso.analyze(str(tmp_path / "story.html"), nlp=nlp, techniques=False, claims=False)
    assert [w.code for w in as_text.warnings if hasattr(w, "code")] == ["W008"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # real text, or a path that does not exist: no warning
        sayso.analyze(STORY, nlp=nlp, techniques=False, claims=False)
        sayso.analyze(str(tmp_path / "missing.html"), nlp=nlp, techniques=False, claims=False)


@pytest.mark.parametrize("text", ["~0", "~no_such_user_sayso/story.html", "~"])
def test_a_tilde_of_no_known_user_is_text(nlp, text: str) -> None:
    # "~0" names the home of a user "0": where no such user is known, expanduser raises; the text is text
    from sayso.ingest.text import names_a_file

    assert names_a_file(text) is False
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False)
    assert not report.attributions and report.article.text == text


@pytest.mark.slow
def test_lone_surrogates_are_replaced_per_item(nlp) -> None:
    report = sayso.analyze("“We will respond,” the minister said \ud800.", nlp=nlp, techniques=False, claims=False)
    assert "\ud800" not in report.article.text and "\ufffd" in report.article.text
    assert [w.code for w in report.warnings] == ["W006"]
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    texts = ["He said \ud800 it.", "Officials said the talks failed.", "\udfff", "She said so."]
    reports = list(sayso.analyze_many(texts, nlp=nlp, skip_errors=True, techniques=False, claims=False))
    assert len(reports) == 4 and reports[1].article.text == texts[1] and reports[3].article.text == texts[3]
