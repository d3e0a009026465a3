"""The HTML-gold gate: sayso's attributions on 24 hand-annotated pages of
``../shared/data/html-articles`` (10 tuning, 14 held aside from tuning; ``bench/html_gold/``)
must not fall below the floors in ``gates/html_gold.json``.

The floors are the figures after the precision work of issue 12 (branch ``content``, 30 Nov
2026: all P/R 0.851/0.882, held P 0.753, direct P 1.000, indirect P 0.811) less about 0.01;
recall's floor leaves room for two points of recall traded for precision. The source floors
were raised after the speaker work (branch ``speaker``: all attr_src 0.824 -> 0.848, attr_full
0.806 -> 0.831), about a point below. Raised again after the reader-trained filter, the sense split
and the content-boundary work (30 Nov 2026: all P/R 0.925/0.914, held P/F1 0.847/0.859, indirect P
0.900; the tuning pages are now training rows of the filter, so their figures are in-sample), about
1.5 points below. Raised on 1 Dec 2026 after the speaker and stance work (all F1 0.938, attr_src 0.926,
held F1 0.885, attr_src 0.869): all F1 0.93, all attr_src 0.915, held F1 0.875, held attr_src 0.86. Raise them when
the extraction improves, never lower them to make a change pass. Without ``../shared`` the gate
skips; the scorer's definitions are checked here without it.
"""

from __future__ import annotations

import json

import pytest

from _gate import ROOT, assert_floors, load_bench

SHARED = ROOT.parent / "shared"
GOLD = ROOT / "bench" / "html_gold" / "gold.json"


@pytest.mark.slow
def test_html_gold_gate(nlp) -> None:
    data = SHARED / "data" / "html-articles"
    if not (data / "ground-truth.json").exists():
        pytest.skip(f"html gold gate skipped: {data} is absent (the pages live in ../shared)")
    # evaluate() analyses with the default pipeline, which is the cached session `nlp`
    scores, rows = load_bench("score_html_gold").evaluate(data=data)
    # all_ is the tuning and held pages; the train pages (for the precision filter) are not scored here
    pages = sum(p["set"] in ("tuning", "held") for p in json.loads(GOLD.read_text(encoding="utf-8"))["pages"].values())
    assert scores["pages"] == pages and scores["lost_spans"] == 0, rows
    assert_floors(scores, "html_gold", "html-articles gold")


def test_gold_holds_offsets_names_and_hashes_not_text() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pages = gold["pages"]
    assert len(pages) >= 20
    assert sum(p["set"] == "held" for p in pages.values()) >= 10
    for page in pages.values():
        assert set(page) == {"url", "outlet", "set", "text_length", "text_sha", "attributions"}
        for a in page["attributions"]:
            assert a["medium"] in ("speech", "writing", "thought", "unknown")
            assert a["kind"] in ("direct", "indirect", "mixed")
            for role in ("content", "cue", "source_span"):
                span = a[role]
                assert span is None or set(span) == {"start", "length", "sha"}, span
            assert a["content"] is not None and a["content"]["length"] > 0


@pytest.fixture(scope="module")
def scorer():
    return load_bench("score_html_gold")


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("Kurt Volker", "Volker", True),
    ("Kurt Volker", "Mr. Volker", True),
    ("Arab League", "the Arab League", True),
    ("Russia's foreign ministry", "Russia’s foreign ministry", True),
    ("Big Machine / the company", "The company", True),
    ("Scooter Braun", "Taylor Swift", False),
    ("Morrison's lawyer", "Tim Morrison", False),
    ("Taylor Swift", None, False),
    (None, None, True),
])
def test_source_names_are_compared_normalised(scorer, gold, pred, same) -> None:
    assert scorer.same_source(gold, pred) is same


def _att(scorer, content, source="X", kind="indirect"):
    return scorer.Att(content, None, None, source, kind, None)


def test_matching_is_dice_half_and_one_to_one(scorer) -> None:
    gold = [_att(scorer, (0, 100)), _att(scorer, (200, 250))]
    pred = [_att(scorer, (0, 60)), _att(scorer, (10, 90)), _att(scorer, (200, 210))]
    # (0,60) has Dice 0.75 with (0,100) but (10,90) has 0.89: the better one is taken, once;
    # (200,210) against (200,250) is 0.33, below the bar
    assert scorer.match(gold, pred) == [(0, 1)]


def test_figures_split_by_kind_and_set(scorer) -> None:
    text = "x" * 400
    page = scorer.PageResult("p" * 64, "held", "Outlet",
                             gold=[_att(scorer, (0, 100), "A", "direct"), _att(scorer, (200, 300), "B")],
                             pred=[_att(scorer, (0, 100), "A", "indirect"), _att(scorer, (305, 390), "C")],
                             text=text)
    res, rows = scorer.score([page])
    assert res["held_attr_p"] == 0.5 and res["held_attr_r"] == 0.5
    assert res["tuning_gold"] == 0 and res["all_gold"] == 2
    # the matched prediction counts as direct (its gold's kind), the stray one as indirect
    assert res["held_direct_attr_p"] == 1.0 and res["held_indirect_attr_p"] == 0.0
    assert rows[0]["found"] == 1


def test_train_pages_never_count_in_all(scorer) -> None:
    text = "x" * 400
    gold = [_att(scorer, (0, 100), "A")]
    held = scorer.PageResult("h" * 64, "held", "O", gold=gold, pred=[_att(scorer, (0, 100), "A")], text=text)
    train = scorer.PageResult("t" * 64, "train", "O", gold=gold, pred=[_att(scorer, (300, 390), "B")], text=text)
    res, _ = scorer.score([held, train])
    assert res["all_attr_p"] == 1.0 and res["all_gold"] == 1 and res["held_attr_p"] == 1.0
    assert res["train_attr_p"] == 0.0 and res["train_gold"] == 1


def test_a_plain_run_loads_tuning_and_held_pages_only(scorer, tmp_path) -> None:
    gold = {"pages": {k * 64: {"set": s, "outlet": "", "attributions": []}
                      for k, s in (("a", "tuning"), ("b", "held"), ("c", "train"))}}
    for k in "abc":
        (tmp_path / f"{k * 12}.json").write_text(json.dumps({"article": {"text": "t"}, "attributions": []}))
    assert [p.set for p in scorer.load_pages(gold, tmp_path, tmp_path)] == ["tuning", "held"]
    assert [p.set for p in scorer.load_pages(gold, tmp_path, tmp_path, "train")] == ["train"]


def test_drifted_spans_are_found_near_their_offset(scorer) -> None:
    text = "Intro. " + "She said the plan would fail." + " Outro."
    build = scorer._build
    span = {"start": 0, "length": 29, "sha": build.span_hash("She said the plan would fail.")}
    assert scorer.relocate(text, span) == ((7, 36), "moved")
    assert scorer.relocate("nothing like it", span) == (None, "lost")
    assert scorer.relocate(text, {"start": 7, "length": 29, "sha": span["sha"]}) == ((7, 36), "ok")


def test_annotations_locate_in_the_text(scorer) -> None:
    build = scorer._build
    text = "“We will win,” she said. “No doubt.”\nHe said the deal was dead, Smith added."
    meta, entries = build.parse([
        "@set tuning",
        "Ann Lee | she | said | We will win ‖ No doubt. | speech | direct",
        "Bob Smith | Smith | added | the deal was dead | speech | indirect",
    ])
    assert meta == {"set": "tuning"}
    first, second = build.build_page(text, entries)
    assert text[first["cue"]["start"]:][:4] == "said" and first["cue"]["start"] < 25
    assert len(first["content_parts"]) == 2
    assert text[second["source_span"]["start"]:][:5] == "Smith"
    with pytest.raises(build.AnnotationError):
        build.parse(["Ann | she | said | x | spoken | direct"])


def test_annotation_folders_are_joined_and_a_page_twice_is_an_error(scorer, tmp_path) -> None:
    build = scorer._build
    a, b = tmp_path / "ann_a", tmp_path / "ann_b"
    a.mkdir()
    b.mkdir()
    (a / "111111111111.txt").write_text("@set train\n")
    (b / "222222222222.txt").write_text("@set train\n")
    assert [p.stem for p in build.annotation_files([b, a])] == ["111111111111", "222222222222"]
    (b / "111111111111.txt").write_text("@set train\n")
    with pytest.raises(build.AnnotationError, match="twice"):
        build.annotation_files([a, b])
    with pytest.raises(build.AnnotationError, match="not a folder"):
        build.annotation_files([tmp_path / "ann_c"])


def test_ptc_articles_are_pages_read_as_plain_text(scorer, tmp_path) -> None:
    build = scorer._build
    data = tmp_path / "html-articles"
    data.mkdir()
    (tmp_path / "ptc" / "train").mkdir(parents=True)
    body = "Title\n\nThe mayor said the bridge will reopen in May.\n"
    (tmp_path / "ptc" / "train" / "article123.txt").write_text(body, encoding="utf-8")
    full, url, article = build.page_article(data, "ptc-123")
    assert (full, url, article.text) == ("ptc-123", "ptc:train/article123", body)
    for missing in ("ptc-124", "ptc-12x"):
        with pytest.raises(build.AnnotationError, match="no PTC"):
            build.page_article(data, missing)


def test_occurrence_one_picks_the_first_of_an_ambiguous_content(scorer) -> None:
    build = scorer._build
    text = "He said it works. Then he said it works."
    assert build.locate_part(text, "it works@1", 1) == (8, 16)
    assert build.locate_part(text, "it works@2", 1) == (31, 39)
    with pytest.raises(build.AnnotationError):
        build.locate_part(text, "it works", 1)  # ambiguous without @N
    with pytest.raises(build.AnnotationError):
        build.locate_part(text, "it works@3", 1)


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("Then the mayor said he would go.", "he", 20),  # not the "he" of "Then" or "the"
    ("the thesis", "he", 1),                          # nowhere as a word: the nearest occurrence still counts
])
def test_a_mention_is_a_whole_word_where_one_exists(scorer, text, needle, expected) -> None:
    build = scorer._build
    content = (len(text) - 8, len(text))
    assert build.locate_near(text, needle, content, content, 1, "mention")[0] == expected
