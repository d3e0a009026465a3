"""The weight file records the features and the spaCy pipeline it was trained with; both are checked at load."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from sayso.errors import ResourceError
from sayso.nlp.extract import lexicon as lexicon_module
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.vocabulary import (
    CONTENT_KINDS,
    CONTENT_TEMPLATES,
    CUE_TEMPLATES,
    check_pipeline,
    check_vocabulary,
    template_of,
    vocabulary,
)


def _bundled() -> dict:
    return json.loads(lexicon_module._resource_text("attribution_model.json"))


def test_bundled_weights_speak_todays_vocabulary() -> None:
    check_vocabulary(_bundled())  # raises on a mismatch


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda m: m.pop("features"), "records no feature vocabulary"),
        (lambda m: m["features"].update(content_kinds=m["features"]["content_kinds"][:-1]), "another feature vocabulary"),
        (lambda m: m["features"].update(cue_templates=[*m["features"]["cue_templates"], "old_feature"]), "another feature vocabulary"),
        (lambda m: m["features"].update(schema=0), "another feature vocabulary"),
        (lambda m: m["cue"]["weights"].update({"gone=x": 1.0}), "unknown features"),
    ],
)
def test_vocabulary_mismatch_is_a_resource_error(change, message: str) -> None:
    model = _bundled()
    change(model)
    with pytest.raises(ResourceError, match=message):
        check_vocabulary(model)


def test_a_mismatched_weight_file_fails_at_load(tmp_path, monkeypatch) -> None:
    model = _bundled()
    model["features"]["content_kinds"] = ["quote_before"]
    (tmp_path / "attribution_model.json").write_text(json.dumps(model), encoding="utf-8")
    monkeypatch.setenv("SAYSO_RESOURCES", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError, match="retrain"):
            load_lexicon()
    finally:
        monkeypatch.delenv("SAYSO_RESOURCES")
        load_lexicon.cache_clear()


def test_vocabulary_lists_are_sorted_and_whole() -> None:
    v = vocabulary()
    assert v["content_kinds"] == sorted(CONTENT_KINDS) and "quote_pair" in CONTENT_KINDS
    assert "lem" in CUE_TEMPLATES and "kind" in CONTENT_TEMPLATES
    assert template_of("lem_subj=say|PROPN") == "lem_subj" and template_of("bias") == "bias"


class _Pipe(SimpleNamespace):
    pass


def _fake_nlp(lang: str = "en", labels: dict[str, list[str]] | None = None) -> SimpleNamespace:
    labels = labels or {}
    pipes = {name: _Pipe(labels=tuple(ls)) for name, ls in labels.items()}
    return SimpleNamespace(lang=lang, meta={"name": "fake", "lang": lang}, pipe_names=list(pipes), get_pipe=pipes.__getitem__)


RECORD = {"name": "en_core_web_sm", "version": "3.8.0", "lang": "en", "labels": {"parser": ["nsubj", "ccomp"], "ner": ["PERSON"]}}


@pytest.mark.parametrize(
    "nlp, ok",
    [
        (_fake_nlp("en", {"parser": ["nsubj", "ccomp", "dobj"], "ner": ["PERSON", "ORG"]}), True),  # a superset reads fine
        (_fake_nlp("en", {"parser": ["nsubj", "ccomp"]}), True),  # no NER here: load_pipeline refuses it by itself
        (_fake_nlp("de", {"parser": ["nsubj", "ccomp"], "ner": ["PERSON"]}), False),  # another language
        (_fake_nlp("en", {"parser": ["nsubj", "obj"], "ner": ["PERSON"]}), False),  # another treebank (UD labels)
    ],
)
def test_check_pipeline(nlp, ok: bool) -> None:
    if ok:
        check_pipeline(nlp, RECORD)
    else:
        with pytest.raises(ResourceError, match="retrain"):
            check_pipeline(nlp, RECORD)


def test_check_pipeline_needs_a_record() -> None:
    with pytest.raises(ResourceError, match="does not record"):
        check_pipeline(_fake_nlp(), None)


@pytest.mark.slow
def test_default_pipeline_matches_the_weights(nlp) -> None:
    load_lexicon().check_pipeline(nlp)
    doc = nlp("“We will respond,” the minister told reporters, according to RT.")
    from sayso.nlp.extract.candidates import content_candidates, content_features, cue_features, is_cue_candidate
    from sayso.nlp.extract.quotes import find_quotes

    quotes = find_quotes(doc.text)
    lexicon = load_lexicon()
    for token in doc:
        if is_cue_candidate(token, lexicon):
            cands = content_candidates(token, quotes)
            assert {template_of(f) for f in cue_features(token, quotes, cands)} <= CUE_TEMPLATES
            for c in cands:
                assert c.kind in CONTENT_KINDS
                assert {template_of(f) for f in content_features(token, c, quotes)} <= CONTENT_TEMPLATES
