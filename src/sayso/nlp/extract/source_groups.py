"""Resolved mentions grouped into sources: one per key, the longest same-type spelling wins (``Clusters``),
and one name in one article is one source of one type (``one_type_per_name``). Pure."""

from __future__ import annotations

import re

from sayso.nlp.extract.name_forms import norm_name
from sayso.nlp.extract.source_context import Resolution, ResolvedSource

_POSSESSIVE = re.compile(r"(?<=\w)[’']s?$")


class Clusters:
    """Sources being built: one per key, the longest same-type spelling wins."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self.index: dict[str, int] = {}

    def name_of(self, key: str) -> str | None:
        return self.items[self.index[key]]["name"] if key in self.index else None

    def add(self, res: Resolution, span: tuple[int, int]) -> int:
        assert res.key is not None
        if res.type == "person":
            res = res._replace(name=_POSSESSIVE.sub("", res.name) or res.name)  # "Mr. Trump’s approach": Trump
        if res.key in self.index:
            c = self.items[self.index[res.key]]
            if len(res.name) > len(c["name"]) and res.type == c["type"]:
                c["name"] = res.name
            if res.description and not c["description"]:
                c["description"] = res.description
        else:
            self.items.append({"name": res.name, "type": res.type, "description": res.description, "mentions": []})
            self.index[res.key] = len(self.items) - 1
        idx = self.index[res.key]
        self.items[idx]["mentions"].append(span)
        return idx

    def sources(self) -> list[ResolvedSource]:
        return [ResolvedSource(c["name"], c["type"], c["description"], tuple(sorted(set(c["mentions"])))) for c in self.items]


_TYPE_RANK = ("person", "government", "organization", "outlet", "group", "anonymous", "author", "unknown")


def one_type_per_name(sources: list[ResolvedSource], assignment: list[int]) -> tuple[list[ResolvedSource], list[int]]:
    """One name in one article is one source of one type: "Trump" typed organization in one sentence
    (a parse that saw no person) joins "Trump" the person of every other; the type most mentions
    carry wins, a known type over ``unknown`` and, at a tie, a person over a body."""
    groups: dict[str, list[int]] = {}
    for k, src in enumerate(sources):
        groups.setdefault(norm_name(src.name), []).append(k)
    target = list(range(len(sources)))
    for members in groups.values():
        if len(members) > 1:
            best = max(members, key=lambda k: (sources[k].type != "unknown", len(sources[k].mentions),
                                               -_TYPE_RANK.index(sources[k].type) if sources[k].type in _TYPE_RANK else -99))
            for k in members:
                target[k] = best
    kept = sorted(set(target))
    new_index = {k: i for i, k in enumerate(kept)}
    merged = []
    for k in kept:
        spans = [sp for j, src in enumerate(sources) if target[j] == k for sp in src.mentions]
        description = next((sources[j].description for j in range(len(sources)) if target[j] == k and sources[j].description), None)
        merged.append(sources[k]._replace(mentions=tuple(sorted(set(spans))), description=description))
    return merged, [new_index[target[a]] for a in assignment]
