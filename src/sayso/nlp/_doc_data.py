"""A Report as plain data for a Doc (msgpack: dicts, lists, strings, numbers) and back.

The data is ``Report.to_dict()`` without the article text (the Doc's own text), so it
crosses process boundaries (``nlp.pipe(n_process=...)``), ``DocBin`` and ``doc.to_bytes()``.
Rebuilding is generic over the dataclasses' fields, so a field added to the model (and to
its ``to_dict``) comes back without a change here. Confidences come back rounded as
``to_dict`` writes them (4 places).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from sayso.errors import Coded
from sayso.model import Article, Attribution, Claim, Marker, Profile, Report, Source, Span, TopSource


def report_data(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    data["article"] = {k: v for k, v in data["article"].items() if k != "text"}
    return data


def _value(value: Any) -> Any:
    if isinstance(value, dict) and value.keys() >= {"start", "end", "text"}:
        return Span(int(value["start"]), int(value["end"]), value["text"])
    if isinstance(value, (list, tuple)):  # msgpack may give tuples back
        return tuple(_value(v) for v in value)
    return value


def _build(cls: type, data: dict[str, Any], **fixed: Any) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: _value(v) for k, v in data.items() if k in names}
    kwargs.update(fixed)
    return cls(**kwargs)


def report_from_dict(data: dict[str, Any], text: str) -> Report:
    """The Report ``report_data`` made (``text``: the article text it left out)."""
    return _cached(_Key(data), text)


class _Key:
    """Hashable by identity: the same data object on the same Doc is rebuilt once."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __hash__(self) -> int:
        return id(self.data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and other.data is self.data


@lru_cache(maxsize=64)
def _cached(key: _Key, text: str) -> Report:
    data = key.data
    article = _build(Article, {**data["article"], "text": text})
    profile_data = dict(data.get("profile", {}))
    top = tuple(TopSource(t["source"], t["name"], t["attributions"]) for t in profile_data.pop("top_sources", []))
    profile = _build(Profile, profile_data, top_sources=top, sources_by_type=dict(profile_data.get("sources_by_type", {})))
    coded = data.get("coded_warnings") or [{"code": "W000", "message": w} for w in data.get("warnings", [])]
    return Report(
        article=article,
        sources=tuple(_build(Source, s) for s in data.get("sources", [])),
        attributions=tuple(_build(Attribution, a) for a in data.get("attributions", [])),
        markers=tuple(_build(Marker, m) for m in data.get("markers", [])),
        claims=tuple(_build(Claim, c) for c in data.get("claims", [])),
        stances=tuple(_build(Attribution, a) for a in data.get("stances", [])),
        profile=profile,
        warnings=tuple(Coded(w["code"], w["message"]) for w in coded),
        pipeline=dict(data.get("pipeline", {})),
    )
