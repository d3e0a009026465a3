"""The claim scorer: its API, exact offsets, scores in [0, 1], broken model files, empty input.

Most tests run the bundled head on a stand-in encoder (deterministic vectors, no torch), so
they check the plumbing fast; the ones marked ``slow`` run the real MiniLM encoder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from _needs import onnx_minilm
from sayso.errors import ResourceError
from sayso.persuasion.claims import (
    ClaimScorer,
    FoundClaim,
    claim_range,
    is_question,
    load_claim_scorer,
    scorable,
    split_lines,
)
from sayso.persuasion.encoder import DIM, Encoded
from sayso.persuasion.stages import top_claims

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sayso" / "persuasion" / "resources"

CLAIM = "Eight canisters of chlorine have been delivered to the area, the ministry said."
OPINION = "I think we all love our country."


class FakeEncoder:
    """Deterministic pseudo-random states per sentence; records what it was asked."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> list[Encoded]:
        self.calls.append(list(texts))
        out = []
        for t in texts:
            rng = np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16))
            n = max(1, len(t.split()))
            tokens = rng.normal(size=(n, DIM)).astype(np.float32)
            pooled = tokens.mean(0) / np.linalg.norm(tokens.mean(0))
            penultimate = rng.normal(size=(n, DIM)).astype(np.float32)
            out.append(Encoded(t, tokens, tuple((0, 0) for _ in range(n)), pooled, penultimate))
        return out


@pytest.fixture
def fake_scorer() -> ClaimScorer:
    return ClaimScorer(encoder=FakeEncoder())  # type: ignore[arg-type]


def test_config_records_threshold_and_features() -> None:
    config = json.loads((RESOURCES / "claims_model.json").read_text(encoding="utf-8"))
    assert 0.0 < config["threshold"] < 1.0
    assert config["features"] and config["calibration"]["method"] == "platt"
    assert ClaimScorer(encoder=FakeEncoder()).threshold == config["threshold"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Unemployment fell to 4.1 percent in March.", True),
        ("By Jane Doe", True),
        ("Thank you.", False),
        ("2.", False),
        ("— 12,000 —", False),
        ("", False),
    ],
)
def test_scorable(sentence: str, expected: bool) -> None:
    assert scorable(sentence) is expected


def test_split_lines_cuts_at_newlines_and_trims() -> None:
    text = "  Headline here\n\nFirst sentence is here.  Second one.\n"
    cut = text.index("Second")
    ranges = split_lines(text, [(cut, len(text)), (0, cut)])  # spaCy ran the headline into the first sentence
    assert [text[s:e] for s, e in ranges] == ["Headline here", "First sentence is here.", "Second one."]
    assert split_lines(text, [(-5, 10**6)])[0] == (2, 15)  # ranges past the ends are clipped


def test_find_offsets_exact(fake_scorer: ClaimScorer) -> None:
    text = f"Breaking news from the front\n\n  {CLAIM}  {OPINION}\nOK.\n"
    s1 = text.index(CLAIM)
    s2 = text.index(OPINION)
    sentences = [(0, s1 - 2), (s1 - 2, s2), (s2, len(text))]
    found = fake_scorer.find(text, sentences, threshold=0.0)
    assert [text[c.start:c.end] for c in found] == ["Breaking news from the front", CLAIM, OPINION]  # 'OK.' too short
    assert all(isinstance(c, FoundClaim) and 0.0 <= c.score <= 1.0 for c in found)
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_find_filters_by_threshold(fake_scorer: ClaimScorer) -> None:
    text = f"{CLAIM} {OPINION} The budget grew by 3 percent last year."
    ranges = [(0, len(CLAIM)), (len(CLAIM) + 1, len(CLAIM) + 1 + len(OPINION)), (len(CLAIM) + len(OPINION) + 2, len(text))]
    everything = fake_scorer.find(text, ranges, threshold=0.0)
    assert len(everything) == 3
    assert fake_scorer.find(text, ranges, threshold=1.01) == []
    default = fake_scorer.find(text, ranges)
    assert default == [c for c in everything if c.score >= fake_scorer.threshold]


def test_claims_encode_only_strings_the_technique_stage_encodes(fake_scorer: ClaimScorer) -> None:
    """One forward pass per string for both stages: a line longer than the techniques' window
    is scored on that window, not encoded a second time whole."""
    from sayso.persuasion._spans import segment_ranges

    text = "Headline here\n" + ("The minister said the economy grew by 4 percent in 2023, " * 25).strip() + "\nA short line here."
    sentences = [(0, len(text))]
    fake_scorer.find(text, sentences, threshold=0.0)
    encoded = {t for call in fake_scorer.encoder.calls for t in call}  # type: ignore[attr-defined]
    segments = {text[a:b] for a, b in segment_ranges(text, sentences)}
    assert encoded and encoded <= segments
    assert max(map(len, encoded)) < 1000 < len(text)


def test_empty_input() -> None:
    encoder = FakeEncoder()
    scorer = ClaimScorer(encoder=encoder)  # type: ignore[arg-type]
    assert scorer.score_sentences([]) == []
    assert scorer.find("", []) == []
    assert scorer.find("   \n  ", [(0, 6)]) == []
    assert scorer.find("Thanks. 42.", [(0, 7), (8, 11)]) == []
    assert encoder.calls == []  # nothing worth scoring: the encoder is never asked


def test_scores_in_unit_interval(fake_scorer: ClaimScorer) -> None:
    scores = fake_scorer.score_sentences([CLAIM, OPINION, "x " * 300])
    assert len(scores) == 3 and all(isinstance(p, float) and 0.0 <= p <= 1.0 for p in scores)


def _copy_model(tmp_path: Path) -> Path:
    for suffix in (".json", ".npz"):
        (tmp_path / f"m{suffix}").write_bytes((RESOURCES / f"claims_model{suffix}").read_bytes())
    return tmp_path / "m"


def test_model_path_loads_a_copy(tmp_path: Path) -> None:
    prefix = _copy_model(tmp_path)
    for path in (prefix, prefix.with_suffix(".json"), prefix.with_suffix(".npz")):
        assert ClaimScorer(encoder=FakeEncoder(), model_path=str(path)).threshold > 0  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "broken",
    ["missing_json", "missing_npz", "bad_json", "bad_format", "no_threshold", "bad_npz", "wrong_shape", "unknown_feature",
     "fewer_features", "short_lexicon"],
)
def test_broken_model_is_a_resource_error(tmp_path: Path, broken: str) -> None:
    prefix = _copy_model(tmp_path)
    config_file, weights_file = prefix.with_suffix(".json"), prefix.with_suffix(".npz")
    config = json.loads(config_file.read_text(encoding="utf-8"))
    if broken == "missing_json":
        config_file.unlink()
    elif broken == "missing_npz":
        weights_file.unlink()
    elif broken == "bad_json":
        config_file.write_text("{not json", encoding="utf-8")
    elif broken == "bad_format":
        config_file.write_text(json.dumps({**config, "format": "other/9"}), encoding="utf-8")
    elif broken == "no_threshold":
        del config["threshold"]
        config_file.write_text(json.dumps(config), encoding="utf-8")
    elif broken in ("unknown_feature", "fewer_features", "short_lexicon"):
        if broken == "unknown_feature":
            config["features"] = [*config["features"][:-1], "sentiment"]
        elif broken == "fewer_features":
            config["features"] = config["features"][:-1]
        else:
            del config["lexicon"]["money"]
        config_file.write_text(json.dumps(config), encoding="utf-8")
    elif broken == "bad_npz":
        weights_file.write_bytes(b"not a zip")
    else:
        with np.load(weights_file) as npz:
            weights = dict(npz)
        weights["center"] = weights["center"][:10]
        np.savez(weights_file, **weights)
    with pytest.raises(ResourceError, match="claims model"):
        ClaimScorer(encoder=FakeEncoder(), model_path=str(prefix))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def real_scorer() -> ClaimScorer:
    onnx_minilm()
    return load_claim_scorer()


@pytest.mark.slow
def test_factual_claim_outscores_opinion(real_scorer: ClaimScorer) -> None:
    claim, opinion = real_scorer.score_sentences([CLAIM, OPINION])
    assert claim > opinion
    assert claim >= real_scorer.threshold > opinion


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, checkworthy",
    [
        ("Unemployment fell to 4.1 percent in March, the lowest level since 2001.", True),
        ("The senator voted against the defense bill three times last year.", True),
        ("Thank you all so much for being here tonight.", False),
        ("Let me be very clear about that.", False),
    ],
)
def test_scores_read_as_checkworthiness(real_scorer: ClaimScorer, sentence: str, checkworthy: bool) -> None:
    (score,) = real_scorer.score_sentences([sentence])
    assert 0.0 <= score <= 1.0
    assert (score >= real_scorer.threshold) is checkworthy


@pytest.mark.slow
def test_load_claim_scorer_is_cached(real_scorer: ClaimScorer) -> None:
    assert load_claim_scorer() is real_scorer


@pytest.mark.parametrize(
    "sentence, fact_cues, opinion_cues",
    [
        ("Unemployment fell to 4.1 percent in 2019, costing $3 billion.", True, False),
        ("I think we should all be proud of what we’ve done.", False, True),
        ("Isn't that what I’m saying?", False, True),
    ],
)
def test_lexical_features(sentence: str, fact_cues: bool, opinion_cues: bool) -> None:
    from sayso.persuasion.claims import lexical_features

    f = lexical_features(sentence)
    assert f.shape == (13,) and f.dtype == np.float32
    assert bool(f[2] > 0 and f[3] > 0 and f[4] > 0 and f[11] > 0) is fact_cues  # a number, percent, money, a year
    assert bool(f[6] > 0 or f[8] > 0) is opinion_cues  # first person, stance words


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Did the ministry deliver eight canisters?", True),
        ("Did it happen?” he said.", False),  # a quoted question he said, not one asked of him
        ("“Who ordered the strike?” the senator asked.", True),
        ("Is this the end (for now?)", True),
        (CLAIM, False),
    ],
)
def test_is_question(sentence: str, expected: bool) -> None:
    assert is_question(sentence) is expected


@pytest.mark.parametrize(
    "sentence, kept",
    [
        (CLAIM, CLAIM),
        ("Is the budget 3 percent larger than last year?", None),
        ("The Kremlin denied claims that its troops had crossed the border.", "its troops had crossed the border"),
        ("The ministry has denied that 40 people died in the raid.", "40 people died in the raid"),
        ("State Department spokesperson Laura Whitfield rejected the complaint.", None),
        ("Syria’s foreign ministry has denied using chemical weapons.", None),
        ("Officials rejected that, saying nothing happened.", None),
        ("He declined to say when Disney might stream NFL football on its ESPN+ app.", None),
        ("The ministry declined comment on the 40 casualties.", None),
        ("The ministry declined 40 requests for visas last year.", "The ministry declined 40 requests for visas last year."),
        # a denial inside a clause is not the sentence's own report
        ("He said the figures, which the ministry disputed, were 12 percent too high.",
         "He said the figures, which the ministry disputed, were 12 percent too high."),
    ],
)
def test_claim_range_drops_questions_and_narrows_denials(sentence: str, kept: str | None) -> None:
    text = f"Intro. {sentence}"
    r = claim_range(text, 7, len(text))
    assert (None if r is None else text[r[0]:r[1]]) == kept


def test_find_never_returns_a_question_or_a_bare_denial(fake_scorer: ClaimScorer) -> None:
    parts = [CLAIM, "Did the ministry deliver eight canisters of chlorine?", "The ministry rejected the accusations.",
             "Moscow denied that its forces fired 40 rockets at the town."]
    text = " ".join(parts)
    ranges, at = [], 0
    for p in parts:
        ranges.append((at, at + len(p)))
        at += len(p) + 1
    found = [text[c.start:c.end] for c in fake_scorer.find(text, ranges, threshold=0.0)]
    # scored on what was denied, shown as the whole sentence (the denied clause alone would read as Moscow's)
    assert found == [CLAIM, "Moscow denied that its forces fired 40 rockets at the town."]


def test_top_claims_keeps_the_most_checkworthy_and_counts_the_rest() -> None:
    claims = [FoundClaim(i * 10, i * 10 + 5, s) for i, s in enumerate([0.6, 0.9, 0.7, 0.95, 0.8])]
    kept, more = top_claims(claims, 2)
    assert [c.score for c in kept] == [0.95, 0.9] and more == 3
    assert top_claims(claims, None) == (claims, 0)
    assert top_claims(claims, 5) == (claims, 0)
    assert top_claims(claims, 0) == ([], 5)
    assert top_claims(None, 3) == (None, 0)


def _tuned_model(tmp_path: Path, *, drop: str | None = None) -> Path:
    """A small claims model whose head reads a tuned layer's states (random weights)."""
    from sayso.persuasion.claims import LEXICON

    rng = np.random.default_rng(0)
    ffn = 32
    shapes = {"l_q_w": (DIM, DIM), "l_k_w": (DIM, DIM), "l_v_w": (DIM, DIM), "l_o_w": (DIM, DIM), "l_fi_w": (DIM, ffn),
              "l_fo_w": (ffn, DIM), "l_q_b": (DIM,), "l_k_b": (DIM,), "l_v_b": (DIM,), "l_o_b": (DIM,), "l_fi_b": (ffn,),
              "l_fo_b": (DIM,), "l_ln1_b": (DIM,), "l_ln2_b": (DIM,)}
    weights = {k: (0.05 * rng.normal(size=v)).astype(np.float32) for k, v in shapes.items()}
    weights.update({"l_ln1_g": np.ones(DIM, np.float32), "l_ln2_g": np.ones(DIM, np.float32)})
    n = 2 * DIM + 13
    weights.update({"center": np.zeros(n, np.float32), "scale": np.ones(n, np.float32),
                    "W0": (0.05 * rng.normal(size=(n, 4))).astype(np.float32), "b0": np.zeros(4, np.float32),
                    "W1": rng.normal(size=(4, 1)).astype(np.float32), "b1": np.zeros(1, np.float32)})
    if drop:
        del weights[drop]
    np.savez(tmp_path / "t.npz", **weights)
    config = {"format": "sayso.claims/1", "features": ["tuned_mean", "tuned_max", "lexical"],
              "lexicon": {k: sorted(v) for k, v in LEXICON.items()}, "calibration": {"a": 1.0, "b": 0.0}, "threshold": 0.5}
    (tmp_path / "t.json").write_text(json.dumps(config), encoding="utf-8")
    return tmp_path / "t"


def test_tuned_features_run_the_heads_own_layer_on_the_shared_penultimate_states(tmp_path: Path) -> None:
    from sayso.persuasion._layer import bert_layer_many
    from sayso.persuasion.claims import lexical_features

    encoder = FakeEncoder()
    scorer = ClaimScorer(encoder=encoder, model_path=str(_tuned_model(tmp_path)))  # type: ignore[arg-type]
    got = scorer.score_sentences([CLAIM, OPINION])
    assert len(encoder.calls) == 1  # one pass of the shared encoder, the layer runs on its states
    with np.load(tmp_path / "t.npz") as npz:
        w = dict(npz)
    want = []
    for enc in FakeEncoder().encode([CLAIM, OPINION]):
        states = bert_layer_many([enc.penultimate], w)[0]
        x = np.concatenate([states.mean(0), states.max(0), lexical_features(enc.text)])
        z = float(np.maximum(x @ w["W0"] + w["b0"], 0) @ w["W1"][:, 0] + w["b1"][0])
        want.append(1 / (1 + np.exp(-z)))
    assert got == pytest.approx(want, abs=1e-4)


def test_tuned_features_without_the_layers_weights_are_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="layer's weights"):
        ClaimScorer(encoder=FakeEncoder(), model_path=str(_tuned_model(tmp_path, drop="l_fo_w")))  # type: ignore[arg-type]
