"""Resolved mentions grouped into sources: one per key, the longest same-type spelling wins (``Clusters``),
and one name in one article is one source of one type (``one_type_per_name``). Pure."""

from __future__ import annotations

import re

from sayso.nlp.extract.name_forms import norm_name
from sayso.nlp.extract.source_context import Resolution, ResolvedSource

_POSSESSIVE = re.compile(r"(?<=\w)[’']s?$")
# a bracket the name opens and never closes: NER's "the World Health Organization (WHO" of "... (WHO) said"
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")


class Clusters:
    """Sources being built: one per key, the longest same-type spelling wins; a name's runs of white space are
    one space (NER may take in a headline's line breaks: "Chris Ferrara\n\n" would outgrow "Chris Ferrara"), and a
    bracket it opens and never closes goes with what follows it ("the World Health Organization (WHO": NER's entity
    of "... (WHO) said")."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self.index: dict[str, int] = {}

    def name_of(self, key: str) -> str | None:
        return self.items[self.index[key]]["name"] if key in self.index else None

    def add(self, res: Resolution, span: tuple[int, int]) -> int:
        assert res.key is not None
        res = res._replace(name=" ".join(res.name.split()) or res.name)  # "Chris Ferrara\n\n" of a headline's end
        res = res._replace(name=_OPEN_BRACKET.sub("", res.name) or res.name)  # NER's "the World Health Organization (WHO"
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


def one_type_per_name(sources: list[ResolvedSource], assignment: list[int],
                      text: str = "") -> tuple[list[ResolvedSource], list[int]]:
    """One name in one article is one source of one type: "Trump" typed organization in one sentence
    (a parse that saw no person) joins "Trump" the person of every other; the type most mentions
    carry wins, a known type over ``unknown`` and, at a tie, a person over a body. A body's acronym is its
    name too ("WHO" after "the World Health Organization", ``acronym_names``; ``text`` gives the
    definitions it writes, "the Centers for Disease Control and Prevention (CDC)"), shown by the body's full name
    and its type (``full_name``: "The CDC" merged with "the Chinese Center for Disease Control and Prevention" is shown
    as the latter), and so is a site's bare name,
    the site's type winning ("Edmunds expects ..." after "Edmunds.com, a California-based automobile data firm";
    ``site_names``)."""
    sites = site_names(sources, text)
    acronyms = acronym_names(sources, text)
    named = {**acronyms, **sites}
    groups: dict[str, list[int]] = {}
    for k, src in enumerate(sources):
        groups.setdefault(named.get(k, norm_name(src.name)), []).append(k)
    target = list(range(len(sources)))
    shown: dict[int, tuple[str, str]] = {}  # a merged group's name and type where they are not its best member's
    for key, members in groups.items():
        if len(members) > 1:
            best = max(members, key=lambda k: (k in sites, sources[k].type != "unknown", len(sources[k].mentions),
                                               -_TYPE_RANK.index(sources[k].type) if sources[k].type in _TYPE_RANK else -99))
            for k in members:
                target[k] = best
            full = full_name(sources, members, acronyms, key)
            if full is not None and best in acronyms:
                typ = sources[full].type if sources[full].type != "unknown" else sources[best].type
                shown[best] = (sources[full].name, typ)
    kept = sorted(set(target))
    new_index = {k: i for i, k in enumerate(kept)}
    merged = []
    for k in kept:
        spans = [sp for j, src in enumerate(sources) if target[j] == k for sp in src.mentions]
        description = next((sources[j].description for j in range(len(sources)) if target[j] == k and sources[j].description), None)
        name, typ = shown.get(k, (sources[k].name, sources[k].type))
        merged.append(sources[k]._replace(name=name, type=typ, mentions=tuple(sorted(set(spans))), description=description))
    return merged, [new_index[target[a]] for a in assignment]


def full_name(sources: list[ResolvedSource], members: list[int], acronyms: dict[int, str], key: str) -> int | None:
    """The member whose name and type a group merged by an acronym shows: the body's own full name, the member the
    acronyms stand for ("the Chinese Center for Disease Control and Prevention", not "The CDC" that a reader takes for
    the US agency, nor "the Chinese CDC"), however many mentions the acronym has; its type, read off the full name, is
    the group's unless unknown (NER's GPE "the NRA" is no government: "The National Rifle Association" is an
    organisation). Only a name whose initials spell the acronym: a name the
    text's definition ran into a word before it ("Senior World Health Organization (WHO)" of "Senior World Health
    Organization officials") is no body's full name. None when no member is written in full (the group keeps its best
    member's name and type)."""
    letters = set()
    for k in members:
        national = _national_acronym(sources[k].name) if k in acronyms else None
        letters |= {x for x in (_acronym(sources[k].name) if k in acronyms else None,
                                national[0] + national[1] if national else None) if x}
    full = [k for k in members if k not in acronyms and norm_name(sources[k].name) == key
            and (initials(sources[k].name) in letters or letters & short_initials(sources[k].name))]
    return full[0] if full else None


_BODIES = frozenset({"organization", "government", "outlet", "group", "unknown"})
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
_DEFINED = re.compile(r"([A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|on|in|to|&|[A-Z][\w'’.-]*))+)\s*\(([A-Z]{2,6})\)")


def _acronym(name: str) -> str | None:
    """ "WHO", "the F.B.I." as the letters of an acronym; None for any other name."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).replace(".", "")
    return bare if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() else None


# a nation's adjective opening a body's name, which its acronym may leave out ("the Chinese Center for Disease
# Control and Prevention" is "the CDC" and "the Chinese CDC"); a nation's, not any word of those endings
# ("Democratic", "Islamic", "Republican", "Catholic", "Pacific": "the Democratic Congressional Campaign Committee"
# is no "CCC")
_NATION_ADJECTIVE = re.compile(
    r"US|U\.S\.|American|Chinese|Japanese|Korean|Taiwanese|Vietnamese|Indian|Pakistani|Russian|Ukrainian|British|"
    r"English|Scottish|Irish|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|"
    r"Danish|Finnish|Polish|Czech|Hungarian|Romanian|Greek|Turkish|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|"
    r"Saudi|Nigerian|Kenyan|Australian|Canadian|Mexican|Brazilian|Argentine|Chilean|Colombian|"
    r"Venezuelan|Cuban|Indonesian|Malaysian|Thai|Filipino|Singaporean|European")


def _national_acronym(name: str) -> tuple[str, str] | None:
    """ "the Chinese CDC" as a nation's adjective and an acronym of three letters or more: ("C", "CDC")."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()
    if len(words) != 2 or not _NATION_ADJECTIVE.fullmatch(words[0]):
        return None
    letters = _acronym(words[1])
    return (words[0][0], letters) if letters is not None and len(letters) >= 3 else None


def short_initials(name: str) -> frozenset[str]:
    """The initials an acronym of a body's name may take beyond ``initials``: without a last word joined by "and"
    ("the Chinese Center for Disease Control and Prevention" -> "CCDC"), or without that and a nation's adjective
    opening it ("CDC"); only where three letters or more are left. Not without the nation's adjective alone: "the
    Korean Central News Agency" is KCNA, and a "CNA" or an "ANA" (of "the Syrian Arab News Agency") another body."""
    full = initials(name)
    if full is None:
        return frozenset()
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", name) if w.lower() not in _SMALL_WORDS]
    national = bool(words) and _NATION_ADJECTIVE.fullmatch(words[0]) is not None
    joined = bool(re.search(r"\band\s+[A-Z][\w'’-]*\s*$", name.strip()))
    out = set()
    if joined:
        out.add(full[:-1])
    if national and joined:
        out.add(full[1:-1])
    return frozenset(o for o in out if len(o) >= 3)


def initials(name: str) -> str | None:
    """The initials of a body's name, its small words left out: "the World Health Organization" -> "WHO"; None
    for a name of fewer than two capitalised words."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


_SITE = re.compile(r"^(?:the\s+)?([A-Za-z][\w-]*)\.(?:com|org|net|io|co\.uk)\b", re.IGNORECASE)


def site_names(sources: list[ResolvedSource], text: str = "") -> dict[int, str]:
    """Source index -> the normalised bare name of a body named by its web address ("Edmunds.com, a
    California-based automobile data firm" -> "edmunds"), where another source of the article bears that bare
    name: "Edmunds expects 16.6 million vehicles will be sold" is the site, not a person named Edmunds. A site no
    other source names keeps its own key, and so does one whose namesake ``text`` ever writes with more than the
    bare name ("Senator Edmunds", "Mr. Kayak, a pilot": a person who shares the site's name, audit rev64)."""
    names = {norm_name(o.name) for o in sources if _bare_mentions(o, text)}
    out: dict[int, str] = {}
    for k, src in enumerate(sources):
        found = _SITE.match(src.name)
        if found and src.type in _BODIES and src.type != "unknown" and norm_name(found.group(1)) in names:
            out[k] = norm_name(found.group(1))
    return out


def _bare_mentions(source: ResolvedSource, text: str) -> bool:
    words = source.name.lower()
    return all(text[s:e].strip().lower() in (words, "the " + words) for s, e in source.mentions if e <= len(text))


def acronym_names(sources: list[ResolvedSource], text: str = "") -> dict[int, str]:
    """Source index -> the normalised name of the body an acronym source stands for: the one source whose
    initials are its letters, or whose name the text defines with it ("... Prevention (CDC)"). A person is no
    acronym's body; two bodies with the same initials leave the acronym alone. An acronym may leave out a nation's
    adjective and a last word joined by "and" ("the CDC", "the Chinese CDC" after "the Chinese Center for Disease
    Control and Prevention": ``short_initials``)."""
    defined = {m.group(2): norm_name(m.group(1)) for m in _DEFINED.finditer(text)}
    out: dict[int, str] = {}
    for k, src in enumerate(sources):
        national = _national_acronym(src.name)
        letters = _acronym(src.name) or (national[0] + national[1] if national else None)
        if letters is None or src.type not in _BODIES:
            continue
        bodies = {norm_name(o.name) for j, o in enumerate(sources) if j != k and o.type in _BODIES and o.type != "unknown"
                  and _acronym(o.name) is None and _national_acronym(o.name) is None
                  and (initials(o.name) == letters or norm_name(o.name) == defined.get(letters)
                       or letters in short_initials(o.name))}
        if len(bodies) == 1:
            out[k] = bodies.pop()  # the body's own name is its group's key already
    return out
