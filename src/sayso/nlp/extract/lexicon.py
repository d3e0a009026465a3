"""Lexicons and the trained scorer weights, loaded once from ``nlp/resources``.

Word lists are data, not code: ``cue_verbs.txt``, ``cue_nouns.txt``, ``hedges.txt``,
``outlets.txt``, ``anonymous.txt``, ``governments.txt`` and ``groups.txt`` are plain text
(one entry per line, ``#`` comments), and ``attribution_model.json`` holds the weights
written by ``bench/train_attribution.py``. Users may point ``SAYSO_RESOURCES`` at a folder
holding edited copies of any of these files.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from sayso.errors import ResourceError
from sayso.nlp.extract.acceptance import AcceptanceModel
from sayso.nlp.extract.calibration import Calibration
from sayso.nlp.extract.resource_files import _resource_text, read_list, read_words
from sayso.nlp.extract.vocabulary import check_pipeline, check_vocabulary


def resources_digest() -> str:
    """8 hex characters over every word list and model the extraction reads (overrides included).

    Part of the lexicon version that reports record, so that a corpus re-analyses its articles
    (``reanalyze``) when a list or a trained model changed, not only when the cue model did.
    """
    names = sorted(f.name for f in resources.files("sayso.nlp.resources").iterdir()
                   if f.name.endswith((".txt", ".json")))
    digest = hashlib.sha1()
    for name in names:
        digest.update(name.encode() + b"\0" + _resource_text(name).encode("utf-8") + b"\0")
    return digest.hexdigest()[:8]


def _resource_json(name: str) -> Any:
    """A JSON resource; a file that is not JSON is a broken resource."""
    try:
        return json.loads(_resource_text(name))
    except json.JSONDecodeError as e:
        raise ResourceError(f"{name} is not valid JSON: {e}") from e


@dataclass(frozen=True)
class LinearModel:
    """A logistic-regression scorer over string features (weights from training)."""

    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = 0.5

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    nouns: frozenset[str]
    hedges: tuple[str, ...]
    outlets: tuple[str, ...]
    anonymous: frozenset[str]
    governments: tuple[str, ...]
    groups: frozenset[str]
    object_only: frozenset[str]
    speech: frozenset[str]
    colon_labels: frozenset[str]
    person_roles: frozenset[str]
    not_sources: frozenset[str]
    first_names: frozenset[str]
    aliases: dict[str, str]
    cue_model: LinearModel
    content_model: LinearModel
    version: str
    media: dict[str, str] = field(default_factory=dict)  # cue lemma -> speech | writing | thought
    documents: frozenset[str] = frozenset()  # nouns of written things: "the report states" is writing
    non_statement: frozenset[str] = frozenset()  # acts and perceptions: "represented X", "didn't see X" are no attributions
    proposition_nouns: frozenset[str] = frozenset()  # "denied the allegations": a noun that stands for a proposition
    propositional_verbs: frozenset[str] = frozenset()  # "denied any responsibility": a noun-phrase object is a proposition
    intention_nouns: frozenset[str] = frozenset()  # "announced plans to close ...": the infinitive says what will be done
    announcing_verbs: frozenset[str] = frozenset()  # verbs that state the plan they name ("announced", not "praised")
    person_verbs: frozenset[str] = frozenset()  # "told officers", "admitted two preachers": a person alone as object says nothing
    evaluative_verbs: frozenset[str] = frozenset()  # "praised him", "was criticized by Trump": what is judged is no proposition
    efforts: frozenset[str] = frozenset()  # "is attempting to pull an Obama": an effort is an act, no view held
    topic_verbs: frozenset[str] = frozenset()  # "discussed a need for ...": the object, however modified, is a topic
    # "denied the allegations", "pushed for greater use": a cue that states a position toward its bare object (a stance);
    # "tweeted out the news", "explained his decision" state none (``stances.takes_position``)
    position_verbs: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()  # "the man", "a government employee": a person, no role a name is put beside
    collective_nouns: frozenset[str] = frozenset()  # "the crowd", "her team": people together, no institution
    stance_adverbs: frozenset[str] = frozenset()  # "apparently thinks": the writer's stance on a cue (``acceptance``)
    calibration: Calibration = field(default_factory=Calibration)  # raw cue score -> P(attribution right)
    trained_with: dict | None = None  # the spaCy pipeline the weights saw (``vocabulary.pipeline_record``)
    given_genders: dict[str, str] = field(default_factory=dict)  # given name -> "m" | "f", where nearly always one
    kin_genders: dict[str, str] = field(default_factory=dict)  # "mother" -> "f": a relative's noun and its gender
    # the precision filter: P(a reader accepts the attribution), the confidence reports carry; None: the calibration
    acceptance: AcceptanceModel | None = None
    evidence: dict[str, str] = field(default_factory=dict)  # verb of evidence -> "evidence" | "deed" | "dual" (evidence_verbs.txt)
    person_named_bodies: frozenset[str] = frozenset()  # "morgan stanley", "john deere": companies named after people
    assertive: frozenset[str] = frozenset()  # verbs that report an assertion: a question for content says nothing
    measurements: frozenset[str] = frozenset()  # "tests showed that ...": an instrument's finding, no speaker
    senses: dict[str, str] = field(default_factory=dict)  # cue lemma -> saying | writing | thought | intending | finding | acting
    agency: dict[str, str] = field(default_factory=dict)  # noun -> agent | venture | thing | finder: who can intend, find or speak (agency_nouns.txt)
    according_norms: frozenset[str] = frozenset()  # "sentenced according to the guidelines": a norm run into its clause
    according_verbs: frozenset[str] = frozenset()  # "live according to the Koran": the verb's manner, no source

    def sense_of(self, lemma: str) -> str | None:
        """The sense of a cue lemma (``cue_senses.txt``): saying, writing, thought, intending, finding or
        acting; None for a word that is no cue lemma. A feature a trained scorer may read."""
        return self.senses.get(lemma.lower())

    def check_pipeline(self, nlp: object) -> None:
        """Raise ``ResourceError`` when ``nlp`` is not a pipeline these weights can read."""
        check_pipeline(nlp, self.trained_with)
        if self.acceptance is not None:
            check_pipeline(nlp, self.acceptance.trained_with, "attribution_filter.json", "bench/train_filter.py")


def _read_aliases() -> dict[str, str]:
    """``alias = canonical`` lines: "Moscow = Russia", "the Kremlin = Russia"."""
    out = {}
    for line in read_list("aliases.txt"):
        if "=" in line:
            alias, canonical = (part.strip() for part in line.split("=", 1))
            out[alias.lower()] = canonical
    return out


def _read_marked(name: str, marks: tuple[str, ...], what: str) -> dict[str, str]:
    """``<what> <mark>`` lines of resource ``name`` (the first line of a word wins); a mark not in
    ``marks`` is a broken resource."""
    out: dict[str, str] = {}
    for line in read_list(name):
        word, _, mark = line.rpartition(" ")
        if mark not in marks or not word:
            raise ResourceError(f"{name}: {line!r} is not '{what} {'|'.join(marks)}'")
        out.setdefault(word.lower(), mark)
    return out


def _read_media() -> dict[str, str]:
    """The medium a cue lemma reports (``media.txt``)."""
    return _read_marked("media.txt", ("speech", "writing", "thought"), "lemma")


GIVEN_NAME_LISTS = ("census_given_names.txt", "international_given_names.txt")  # "name m|f|-" a line


@cache
def _given_name_marks() -> tuple[tuple[str, str], ...]:
    """The given names of the public lists (``GIVEN_NAME_LISTS``) with their mark: m, f or "-" (both); read once
    for the genders and the given names both."""
    marks: dict[str, str] = {}
    for name in GIVEN_NAME_LISTS:
        for word, mark in _read_marked(name, ("m", "f", "-"), "name").items():
            marks.setdefault(word, mark)
    return tuple(marks.items())


def _read_given_genders() -> dict[str, str]:
    """m or f for a given name that nearly always is one (``given_name_genders.txt``, then the public
    lists' names that the hand lists lack)."""
    genders = _read_marked("given_name_genders.txt", ("m", "f"), "name")
    hand = read_words("first_names.txt")
    for name, mark in _given_name_marks():
        if mark != "-" and name not in hand:
            genders.setdefault(name, mark)
    return genders


def read_first_names() -> frozenset[str]:
    """Known given names: the hand list (``first_names.txt``) and the public ones (``GIVEN_NAME_LISTS``)."""
    return read_words("first_names.txt") | frozenset(name for name, _ in _given_name_marks())


def _read_evidence() -> dict[str, str]:
    """evidence, deed or dual for a verb of showing (``evidence_verbs.txt``)."""
    return _read_marked("evidence_verbs.txt", ("evidence", "deed", "dual"), "lemma")


SENSES = ("saying", "writing", "thought", "intending", "finding", "acting")


def _read_senses() -> dict[str, str]:
    """The sense of every cue lemma (``cue_senses.txt``)."""
    return _read_marked("cue_senses.txt", SENSES, "lemma")


def _read_media_with_senses(senses: dict[str, str]) -> dict[str, str]:
    """``media.txt``, and for a lemma it does not list, the medium its sense reports: an intention
    ("plan", "aim", "seek") is a thought, as PolNeAR's attributions of intention are."""
    media = _read_media()
    views = {word: "thought" for word in read_words("view_adjectives.txt")}  # "are worried that ...": a view held
    return {**views, **{lemma: "thought" for lemma, sense in senses.items() if sense == "intending"}, **media}


def _read_calibration() -> Calibration:
    return Calibration.from_json(_resource_json("attribution_calibration.json"))


def _read_acceptance() -> AcceptanceModel:
    return AcceptanceModel.from_json(_resource_json("attribution_filter.json"))


def _load_model(data: dict, key: str) -> LinearModel:
    try:
        part = data[key]
        return LinearModel(
            weights={str(k): float(v) for k, v in part["weights"].items()},
            bias=float(part.get("bias", 0.0)),
            threshold=float(part.get("threshold", 0.5)),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ResourceError(f"attribution_model.json has no valid {key!r} section") from e


@cache
def load_lexicon(*, acceptance: bool = True) -> Lexicon:
    """The bundled (or ``SAYSO_RESOURCES``) lexicons and weights; ``acceptance=False`` leaves out the
    precision filter (``bench/train_filter.py`` trains it on what sayso finds without it)."""
    model = _resource_json("attribution_model.json")
    check_vocabulary(model)
    senses = _read_senses()
    return Lexicon(
        verbs=read_words("cue_verbs.txt"),
        nouns=read_words("cue_nouns.txt"),
        hedges=tuple(w.lower() for w in read_list("hedges.txt")),
        outlets=read_list("outlets.txt"),
        anonymous=read_words("anonymous.txt"),
        governments=read_list("governments.txt"),
        groups=read_words("groups.txt"),
        person_nouns=read_words("person_nouns.txt"),
        collective_nouns=read_words("collective_nouns.txt"),
        object_only=read_words("object_only_verbs.txt"),
        speech=read_words("speech_verbs.txt"),
        colon_labels=read_words("colon_labels.txt"),
        person_roles=read_words("person_roles.txt"),
        not_sources=read_words("according_not_sources.txt"),
        first_names=read_first_names(),
        person_named_bodies=read_words("person_named_bodies.txt"),
        stance_adverbs=read_words("stance_adverbs.txt"),
        aliases=_read_aliases(),
        cue_model=_load_model(model, "cue"),
        content_model=_load_model(model, "content"),
        version=f"{model.get('version', '0')}+{resources_digest()}",
        trained_with=model.get("spacy"),
        media=_read_media_with_senses(senses),
        calibration=_read_calibration(),
        documents=read_words("document_nouns.txt"),
        non_statement=read_words("non_statement_verbs.txt"),
        topic_verbs=read_words("topic_verbs.txt"),
        position_verbs=read_words("position_verbs.txt"),
        proposition_nouns=read_words("proposition_nouns.txt"),
        propositional_verbs=read_words("propositional_object_verbs.txt"),
        intention_nouns=read_words("intention_nouns.txt"),
        announcing_verbs=read_words("announcing_verbs.txt"),
        person_verbs=read_words("person_object_verbs.txt"),
        evaluative_verbs=read_words("evaluative_verbs.txt"),
        efforts=read_words("effort_verbs.txt"),
        given_genders=_read_given_genders(),
        kin_genders=_read_marked("kin_nouns.txt", ("m", "f"), "noun"),
        acceptance=_read_acceptance() if acceptance else None,
        evidence=_read_evidence(),
        assertive=read_words("assertive_verbs.txt"),
        measurements=read_words("measurement_nouns.txt"),
        senses=senses,
        agency=_read_marked("agency_nouns.txt", ("agent", "venture", "thing", "finder", "event"), "noun"),
        according_norms=read_words("according_norms.txt"),
        according_verbs=read_words("according_verbs.txt"),
    )
