"""The learned precision filter (``sayso.nlp.extract.acceptance``): its weight file, its features, its scores.

The weight file is checked at load like the cue model's (feature vocabulary, spaCy label
schemes); the features are what a reader looks at; the trained scores must order
attributions as a reader would (a statement above the same words asked as a question, a
named source above none) and a continued quote must inherit its speaker's score.
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import pytest

import sayso
from _cues import token_of
from sayso.errors import ResourceError
from sayso.nlp.analysis import DEFAULT_MIN_CONFIDENCE, DocAnalysis
from sayso.nlp.extract.acceptance import SCHEMA, TEMPLATES, AcceptanceModel, Context, content_form, features, vocabulary
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes


def bundled() -> dict:
    return json.loads(resources.files("sayso.nlp.resources").joinpath("attribution_filter.json").read_text(encoding="utf-8"))


def minimal(**over) -> dict:
    data = {"bias": -1.0, "weights": {"kind=direct": 2.0, "neg": -1.5}, "features": vocabulary(), "blend": 0.5}
    data.update(over)
    return data


# --- the weight file ---------------------------------------------------------------------------------------------


def test_bundled_weights_record_their_vocabulary_and_pipeline() -> None:
    data = bundled()
    model = AcceptanceModel.from_json(data)
    recorded = data["features"]
    assert {k: recorded[k] for k in ("schema", "templates")} == {"schema": SCHEMA, "templates": sorted(TEMPLATES)}
    # the words cue_adv takes (resources/stance_adverbs.txt): recorded from the next training on
    assert recorded.get("stance_adverbs", vocabulary()["stance_adverbs"]) == vocabulary()["stance_adverbs"]
    assert model.trained_with and model.trained_with["lang"] == "en" and "parser" in model.trained_with["labels"]
    assert 0.0 <= model.blend <= 1.0
    assert len(model.weights) > 50  # a trained model, not an empty file
    assert load_lexicon().acceptance is not None


@pytest.mark.parametrize(
    "data, message",
    [
        ({"weights": {}}, "no valid"),
        (minimal(features={"schema": SCHEMA + 1, "templates": sorted(TEMPLATES)}), "another feature vocabulary"),
        (minimal(features={"schema": SCHEMA, "templates": sorted(TEMPLATES - {"neg"})}), "another feature vocabulary"),
        # trained when cue_adv took other words: its cue_adv weights mean something else
        (minimal(features={**vocabulary(), "stance_adverbs": ["apparently", "frankly"]}), "another feature vocabulary"),
        (minimal(weights={"lem=say": 1.0, "vibe=good": 3.0}), "unknown features"),
        (minimal(blend=1.5), "between 0 and 1"),
        (minimal(bias="high"), "no valid"),
    ],
)
def test_a_weight_file_for_other_features_is_refused(data: dict, message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        AcceptanceModel.from_json(data)


def test_a_valid_weight_file_loads_and_scores() -> None:
    model = AcceptanceModel.from_json(minimal())
    assert model({"bias": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** 1.0), abs=1e-6)
    assert model({"kind=direct": 1.0}) > model({}) > model({"neg": 1.0})
    assert model.confidence(0.8, 0.4) == pytest.approx(0.32 ** 0.5)
    assert model.confidence(0.9, 0.1) < 0.5 < (0.9 + 0.1) / 2 + 0.01  # either model's doubt pulls it down
    assert AcceptanceModel({}, 0.0, blend=1.0).confidence(0.8, 0.4) == pytest.approx(0.8)


@pytest.mark.slow
def test_weights_for_another_parser_are_refused(nlp) -> None:
    lexicon = load_lexicon()
    assert lexicon.acceptance is not None
    lexicon.check_pipeline(nlp)  # the bundled weights read the bundled pipeline
    other = dict(lexicon.acceptance.trained_with or {})
    other["labels"] = {"parser": ["nsubj", "obj", "made_up_label"]}
    broken = replace(lexicon, acceptance=replace(lexicon.acceptance, trained_with=other))
    with pytest.raises(ResourceError, match="attribution_filter.json"):
        broken.check_pipeline(nlp)
    german = replace(lexicon, acceptance=replace(lexicon.acceptance, trained_with={**other, "lang": "de"}))
    with pytest.raises(ResourceError, match="'de'"):
        german.check_pipeline(nlp)


@pytest.mark.slow
@pytest.mark.parametrize("words", [frozenset({"apparently", "frankly"}), frozenset()])
def test_a_lexicon_with_other_stance_adverbs_is_refused(nlp, words: frozenset[str]) -> None:  # noqa: ANN001
    """The filter weighs ``cue_adv=`` by the words it was trained with: another list, or none, is refused, not
    read as a silent change of the feature."""
    lexicon = load_lexicon()
    assert lexicon.acceptance is not None and lexicon.acceptance.stance_adverbs == lexicon.stance_adverbs
    DocAnalysis(nlp("The mayor said the bridge would close."), lexicon)
    with pytest.raises(ResourceError, match="stance adverbs"):
        DocAnalysis(nlp("The mayor said the bridge would close."), replace(lexicon, stance_adverbs=words))


# --- the features ------------------------------------------------------------------------------------------------


def only(nlp, text: str, cue: str):  # noqa: ANN201
    """The Doc, its quotes and the attribution cued by ``cue``."""
    doc = nlp(text)
    an = DocAnalysis(doc, load_lexicon())
    found = [f for f in an.found if doc.text[f.cue[0]:f.cue[1]].lower().endswith(cue)]
    assert found, f"no attribution cued by {cue!r} in {text!r}: {[doc.text[f.cue[0]:f.cue[1]] for f in an.found]}"
    return doc, find_quotes(doc.text), found[0], an


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, present, absent",
    [
        ("“We will win,” Governor Smith said.", "said", ["content_first=quote", "kind=direct", "lem=say", "src=1"],
         ["neg", "modal", "question"]),
        ("The senator said that the bill would pass.", "said", ["content_first=that", "content_verb=finite", "kind=indirect"],
         ["content_first=quote", "content_verb=none"]),
        # (writers_voice drops a modal perfect and the writer's own question: these keep one a cue)
        ("The senator would argue that the law was unfair.", "argue", ["modal", "lem=argue"], ["neg"]),
        # (a negated verb of saying is no statement, ``negated_reports``: a view held keeps the feature)
        ("The mayor did not believe that the city would appeal.", "believe", ["neg"], ["modal"]),
        ("He asked whether the vote was rigged?", "asked", ["question", "src_pron=he"], ["neg"]),
        ("He said the vote was rigged.", "said", ["src_pron=he", "sent_pos=0", "headline"], ["question"]),
        ("The researchers said that the samples were contaminated.", "said",
         ["src_noun=researcher", "content_form=that", "lem_form=say|that", "lem_srctype=say|person"], ["src_pron=he"]),
        ("“We will win,” Governor Smith said.", "said", ["content_form=quote", "lem_form=say|quote"],
         ["src_noun=governor", "content_form=np"]),
        # the writer's own voice beside the cue (schema 3), not the speaker's inside the content or a quotation
        ("I think the senator said that the bill would pass.", "said", ["self_voice"], ["cue_adv=apparently"]),
        ("The senator said that we would pay more.", "said", ["content_form=that"], ["self_voice"]),
        ("“I will run,” she said.", "said", ["content_form=quote"], ["self_voice"]),
        ("The senator apparently told aides that the bill will pass.", "told", ["cue_adv=apparently"], ["self_voice"]),
    ],
)
def test_features_a_reader_uses(nlp, text: str, cue: str, present: list[str], absent: list[str]) -> None:
    doc, quotes, found, _ = only(nlp, text, cue)
    feats = features(doc, found, quotes, Context(source_type="person", stance_adverbs=load_lexicon().stance_adverbs))
    missing = [f for f in present if f not in feats]
    extra = [f for f in absent if f in feats]
    assert not missing and not extra, f"missing {missing}, unexpected {extra} in {sorted(feats)}"
    assert set(k.split("=", 1)[0] for k in feats) <= TEMPLATES


@pytest.mark.parametrize(
    "feats, form",
    [
        ({"content_first=quote": 1.0, "content_verb=finite": 1.0}, "quote"),
        ({"content_first=that": 1.0, "content_verb=finite": 1.0}, "that"),
        ({"content_first=whether": 1.0}, "wh"),
        ({"content_first=to": 1.0, "content_verb=nonfinite": 1.0}, "inf"),  # "aims to return", "allowed X to see"
        ({"content_first=PRON": 1.0, "content_verb=finite": 1.0}, "clause"),
        ({"content_first=NOUN": 1.0, "content_verb=nonfinite": 1.0}, "nonfinite"),
        ({"content_first=NOUN": 1.0, "content_verb=none": 1.0}, "np"),  # "expressed confidence in the winger"
        ({}, "np"),
    ],
)
def test_content_form(feats: dict, form: str) -> None:
    assert content_form(feats) == form


# --- the trained scores ------------------------------------------------------------------------------------------


def accepted(nlp, text: str, cue: str, ctx: Context | None = None) -> float:
    doc, quotes, found, an = only(nlp, text, cue)
    model = load_lexicon().acceptance
    assert model is not None
    if ctx is None:
        assert an.accepted is not None
        return an.accepted[an.found.index(found)]
    return model(features(doc, found, quotes, ctx))


@pytest.mark.slow
@pytest.mark.parametrize(
    "better, worse, cue",
    [
        # ("He said ..." over "Did he say ...?": the writer's question no longer reaches the filter,
        # writers_voice.writers_question drops it; tests/test_writers_voice.py holds that case)
        # a clause, not a bare noun ("said the appeal", with its determiner, and "said appeals", a lone plural, are no
        # attribution now: empty_acts.said_a_noun; a bare mass noun still reaches the filter)
        ("The mayor said the city would appeal.", "The mayor said nonsense.", "said"),
    ],
)
def test_a_reader_trusts_the_statement_more(nlp, better: str, worse: str, cue: str) -> None:
    assert accepted(nlp, better, cue if cue in better else "said") > accepted(nlp, worse, cue) + 0.05


@pytest.mark.slow
def test_the_writers_own_voice_beside_a_cue_costs_trust(nlp) -> None:
    """The same report with the writer's "you" beside it: opinion prose, where a report is more often the
    writer's view; on the reader's gold ``self_voice`` weighs about -0.9 (logit)."""
    plain = accepted(nlp, "The mayor said the city would appeal.", "said")
    voiced = accepted(nlp, "As you might guess, the mayor said the city would appeal.", "said")
    assert voiced < plain - 0.02


@pytest.mark.slow
def test_a_named_source_is_trusted_more_than_none(nlp) -> None:
    doc, quotes, found, _ = only(nlp, "The senator said that the bill would pass.", "said")
    model = load_lexicon().acceptance
    assert model is not None
    named = model(features(doc, found, quotes, Context(source_type="person")))
    nobody = model(features(doc, found._replace(source=None, source_head=None), quotes, Context(source_type=None)))
    assert named > nobody + 0.2


@pytest.mark.slow
def test_a_continued_quote_takes_its_speakers_score(nlp) -> None:
    text = "“The costs have doubled,” Smith said.\n\n“We need a new plan, and we need it now.”\n"
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False, min_confidence=0)
    atts = list(report.attributions)
    assert len(atts) == 2 and atts[1].cue is None, [a.content.text for a in atts]
    assert atts[1].confidence == pytest.approx(atts[0].confidence)
    assert atts[1].confidence >= DEFAULT_MIN_CONFIDENCE  # a quote continued by its speaker is kept


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, kept",
    [
        ("“We will win this fight,” Governor Smith said on Tuesday.", True),
        ("The mayor said the city would appeal the ruling.", True),
        # a reader accepts the company's statement (the chain form "X says ..., according to Y": chains.py)
        ("The company says the report is wrong, according to a statement.", True),
        ("It was claimed the report is wrong.", False),  # nobody says it
    ],
)
def test_the_default_threshold(nlp, text: str, kept: bool) -> None:
    every = sayso.analyze(text, nlp=nlp, techniques=False, claims=False, min_confidence=0)
    default = sayso.analyze(text, nlp=nlp, techniques=False, claims=False)
    assert every.attributions, text
    assert bool(default.attributions) is kept, [(a.cue, a.confidence) for a in every.attributions]


@pytest.mark.slow
def test_confidences_follow_each_attribution_and_its_speaker(nlp) -> None:
    """Two contents of one cue keep their own scores; a continued quote takes its speaker's,
    and one whose speaker is gone is scored on its own."""
    from sayso.nlp.extract.acceptance import confidences, contexts
    from sayso.nlp.extract.attributions import Found

    text = "Smith said yes and argued that the long plan would fail.\n\n“More.”\n"
    doc = nlp(text)
    said = token_of(doc, "said")
    cue = (said.idx, said.idx + 4)

    def found(content: tuple[int, int], continues=None, cue_range=cue) -> Found:  # noqa: ANN001
        return Found("indirect", content, cue_range, None, None, None, None, 0.5, said.i, continues=continues)

    short = found((text.index("yes"), text.index("yes") + 3))
    long = found((text.index("the long"), text.index("fail") + 4))
    quote = (text.index("“"), text.index("”") + 1)
    model = AcceptanceModel({"content_len=<3": 3.0, "content_first=quote": -5.0}, -1.0)
    items = [short, long, found(quote, continues=cue, cue_range=(quote[0], quote[0])),
             found(quote, continues=(0, 1), cue_range=(quote[0], quote[0]))]
    ctxs = contexts(doc, items, [None] * 4, [None] * 4)
    scores = confidences(doc, items, find_quotes(text), ctxs, model)
    assert scores[0] > 0.8 and scores[1] < 0.3  # each content its own score, though they share the cue
    assert scores[2] in (scores[0], scores[1])  # the continued quote: its speaker's
    assert scores[3] < 0.1 and scores[3] == pytest.approx(model(features(doc, items[3], find_quotes(text), ctxs[3])))


@pytest.mark.slow
def test_the_lexicons_sense_and_agency_become_features(nlp) -> None:
    """With a lexicon that knows cue senses and noun agency (``Lexicon.sense_of``, ``Lexicon.agency``),
    an aim of a mission reads as intending by a thing; without them there are no such features."""
    from types import SimpleNamespace

    from sayso.nlp.extract.acceptance import contexts
    from sayso.nlp.extract.attributions import Found

    text = "The mission aims to return astronauts to the Moon."
    doc = nlp(text)
    aims = token_of(doc, "aims")
    mission = token_of(doc, "mission")
    f = Found("indirect", (text.index("to return"), len(text) - 1), (aims.idx, aims.idx + 4),
              (0, mission.idx + len("mission")), mission.i, None, None, 0.6, aims.i)
    senses = SimpleNamespace(sense_of={"aim": "intending"}.get, agency={"mission": "venture"})
    (ctx,) = contexts(doc, [f], ["unknown"], [None], senses)
    assert (ctx.sense, ctx.agency) == ("intending", "venture")
    feats = features(doc, f, find_quotes(text), ctx)
    assert {"sense=intending", "sense_form=intending|inf", "sense_srctype=intending|unknown", "src_agency=venture",
            "content_form=inf", "lem_form=aim|inf", "src_noun=mission", "sense_tag=intending|VBZ"} <= set(feats)
    (plain,) = contexts(doc, [f], ["unknown"], [None])
    assert plain.sense is None and not any(k.startswith(("sense", "src_agency")) for k in features(doc, f, find_quotes(text), plain))
