"""The feature vocabulary the attribution scorers speak, and the check that a weight file speaks it.

The trained weights (``resources/attribution_model.json``) and the feature code
(``candidates.py``) are joined only by strings: a weight for ``kind=quote_pair`` means
something only while the code still emits that candidate kind under that name. So the
weight file records the vocabulary it was trained with (feature templates and candidate
kinds) and the spaCy pipeline whose parses it saw (language and label schemes), and
both are checked when sayso loads: a mismatch is a ``ResourceError`` that says to retrain,
never a silent drop in quality.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sayso.errors import ResourceError

# Bump when a feature keeps its name but changes its meaning (the template sets would not show it).
FEATURE_SCHEMA = 1

SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
CLAUSE_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl", "conj", "dep", "parataxis")
CONTENT_HEAD_DEPS = ("parataxis", "advcl", "prep", "ccomp", "conj", "acl", "relcl", "npadvmod", "dep", "ROOT")
NOUN_CLAUSE_DEPS = ("acl", "ccomp", "appos", "relcl")
CUE_CHILD_DEPS = ("ccomp", "xcomp", "dobj", "dative", "agent", "prep", "attr", "advcl", "acomp", "mark", "neg", "aux", "auxpass")

# Every kind of candidate content ``content_candidates`` may propose.
CONTENT_KINDS: frozenset[str] = frozenset(
    ["colon_rest", "colon_para", "according_before", "according_after", "prep_obj", "passive_subj",
     "dobj_plus", "head_both", "quote_before", "quote_after", "quote_pair", "quote_pair_next"]
    + [f"child_{d}" for d in (*NOUN_CLAUSE_DEPS, *CLAUSE_DEPS, "prep")]
    + [f"head_{d}" for d in CONTENT_HEAD_DEPS]
)

# Feature templates: the part of a feature before its first "=" (or the whole bare feature).
CUE_TEMPLATES: frozenset[str] = frozenset(
    ["bias", "lem", "pos", "dep", "tag", "lem_dep", "lem_tag", "head_pos", "lem_prep", "subj_pos", "subj_ent",
     "lem_subj", "lem_subj_it", "no_subj", "lem_no_subj", "in_quote", "lem_in_quote", "cand", "lem_cand",
     "no_cand", "prev", "next", "lem_next", "head_lem"]
    + [f"has_{d}" for d in CUE_CHILD_DEPS] + [f"lem_has_{d}" for d in CUE_CHILD_DEPS]
)
CONTENT_TEMPLATES: frozenset[str] = frozenset(
    ["bias", "kind", "lem_kind", "len", "kind_len", "side", "kind_side", "first", "kind_first", "clause",
     "kind_clause", "root_pos", "has_quote", "multi_sent", "quote", "lem_quote"]
)
# The label schemes whose values features carry (tags, dependencies, entity types).
LABELLED_PIPES = ("tagger", "parser", "ner")


def template_of(feature: str) -> str:
    return feature.split("=", 1)[0]


def vocabulary() -> dict[str, Any]:
    """What the code emits today, as a weight file records it."""
    return {
        "schema": FEATURE_SCHEMA,
        "cue_templates": sorted(CUE_TEMPLATES),
        "content_templates": sorted(CONTENT_TEMPLATES),
        "content_kinds": sorted(CONTENT_KINDS),
    }


def pipeline_record(nlp: Any) -> dict[str, Any]:
    """The spaCy pipeline a weight file is trained with: name, version, language, label schemes."""
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}",
        "version": str(meta.get("version", "?")),
        "lang": nlp.lang,
        "labels": {p: sorted(nlp.get_pipe(p).labels) for p in LABELLED_PIPES if p in nlp.pipe_names},
    }


def _retrain(what: str, script: str = "bench/train_attribution.py") -> str:
    return f"{what}: retrain the scorers with {script} (or use a sayso release whose weights match)"


def check_vocabulary(model: Mapping[str, Any], name: str = "attribution_model.json") -> None:
    """Raise ``ResourceError`` unless the weight file was trained with today's features and kinds."""
    recorded = model.get("features")
    if not isinstance(recorded, Mapping):
        raise ResourceError(_retrain(f"{name} records no feature vocabulary"))
    current = vocabulary()
    diff = [k for k in current if recorded.get(k) != current[k]]
    if diff:
        detail = "; ".join(_describe(k, recorded.get(k), current[k]) for k in diff)
        raise ResourceError(_retrain(f"{name} was trained with another feature vocabulary ({detail})"))
    for part, allowed in (("cue", CUE_TEMPLATES), ("content", CONTENT_TEMPLATES)):
        stray = sorted({template_of(f) for f in model.get(part, {}).get("weights", {})} - allowed)
        if stray:
            raise ResourceError(_retrain(f"{name} holds {part} weights for unknown features {stray[:5]}"))


def _describe(key: str, old: Any, new: Any) -> str:
    if isinstance(old, list) and isinstance(new, list):
        gone, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        return f"{key}: {len(gone)} no longer emitted {gone[:3]}, {len(added)} new {added[:3]}"
    return f"{key}: {old!r} -> {new!r}"


def check_pipeline(nlp: Any, recorded: Mapping[str, Any] | None, name: str = "attribution_model.json",
                   script: str = "bench/train_attribution.py") -> None:
    """Raise ``ResourceError`` when ``nlp`` parses with another language or label scheme than the weights saw.

    Another pipeline of the same family (``en_core_web_md``, ``_lg``, ``_trf``) shares the
    label schemes and passes; a pipeline for another language or treebank does not.
    """
    if not recorded:
        raise ResourceError(_retrain(f"{name} does not record the spaCy pipeline it was trained with", script))
    if nlp.lang != recorded.get("lang"):
        raise ResourceError(_retrain(f"{name} was trained on {recorded.get('lang')!r} parses, "
                                     f"the pipeline {nlp.meta.get('name')!r} is {nlp.lang!r}", script))
    labels: Mapping[str, Iterable[str]] = recorded.get("labels", {})
    for pipe, want in labels.items():
        if pipe not in nlp.pipe_names:
            continue  # a missing parser or NER is refused by load_pipeline with its own message
        have = set(nlp.get_pipe(pipe).labels)
        missing = sorted(set(want) - have)
        if missing:
            raise ResourceError(_retrain(
                f"the spaCy pipeline's {pipe} lacks {len(missing)} label(s) the weights of {name} were trained on "
                f"({', '.join(missing[:5])}; weights from {recorded.get('name')} {recorded.get('version')})", script))
