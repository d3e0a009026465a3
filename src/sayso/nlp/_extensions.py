"""Every ``._`` extension sayso sets, registered in one place.

The component stores one plain, msgpack-serialisable value on the Doc, ``doc._.sayso_data``
(the report's ``to_dict()`` without the article text, which is ``doc.text``), plus span
groups (``doc.spans["sayso_contents"]``, ``"sayso_cues"``, ``"sayso_sources"``,
``"sayso_quotes"``, ``"sayso_markers"``) whose spans carry the ids (``span.id_``). Everything
else is a getter over those, so ``nlp.pipe(n_process=2)``, ``DocBin(store_user_data=True)``
and ``doc.to_bytes()`` carry the analysis, and nothing unpicklable sits on the Doc.

    doc._.sayso          Report (rebuilt from sayso_data)
    doc._.attributions   tuple[Attribution, ...]
    doc._.sources        tuple[Source, ...]
    doc._.markers        tuple[Marker, ...]
    span._.attribution   the Attribution a span of a sayso span group belongs to (or None)
    span._.source        its Source (a source mention's, or the attribution's speaker)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from sayso.model import Attribution, Marker, Report, Source

DATA = "sayso_data"
EXTENSIONS = ("sayso", "attributions", "sources", "markers")


def _report(doc: Doc) -> Report | None:
    from sayso.nlp._doc_data import report_from_dict

    data = doc._.get(DATA)
    return report_from_dict(data, doc.text) if data is not None else None


def _attributions(doc: Doc) -> tuple[Attribution, ...] | None:
    report = _report(doc)
    return report.attributions if report is not None else None


def _sources(doc: Doc) -> tuple[Source, ...] | None:
    report = _report(doc)
    return report.sources if report is not None else None


def _markers(doc: Doc) -> tuple[Marker, ...] | None:
    report = _report(doc)
    return report.markers if report is not None else None


def _span_attribution(span: Span) -> Attribution | None:
    report = _report(span.doc)
    return report.attribution(span.id_) if report is not None and span.id_ else None


def _span_source(span: Span) -> Source | None:
    report = _report(span.doc)
    if report is None or not span.id_:
        return None
    if span.id_.startswith("S"):
        return report.source(span.id_)
    attribution = report.attribution(span.id_)
    return report.source(attribution.source) if attribution is not None else None


_GETTERS: dict[str, Any] = {"sayso": _report, "attributions": _attributions, "sources": _sources,
                            "markers": _markers}


def register_extensions() -> None:
    if not Doc.has_extension(DATA):
        Doc.set_extension(DATA, default=None)
    for name, getter in _GETTERS.items():
        if Doc.get_extension(name) != (None, None, getter, None):
            Doc.set_extension(name, getter=getter, force=True)
    for name, getter in (("attribution", _span_attribution), ("source", _span_source)):
        if Span.get_extension(name) != (None, None, getter, None):
            Span.set_extension(name, getter=getter, force=True)
