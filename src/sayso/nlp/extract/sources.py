"""Resolve source mentions to sources: pure functions of the parse.

A mention is the noun phrase an attribution names as its source ("he", "the newspaper",
"Anatoly Antonov"). Each mention goes down a ladder of small strategies; the first that
claims it decides:

1. ``by_author``       "we", "this reporter": the article's own voice;
2. ``by_pronoun``      "he", "they", "it": the fitting earlier name;
3. ``by_apposed_role`` "the spokesperson" put beside a name ("Heather Nauert, the State
                       Department spokesperson"): that name;
4. ``by_role_noun``    a definite role noun ("the spokesperson") met later: the name that
                       role was put beside earlier, or the outlet named before "the paper";
5. ``by_surname``      "Antonov", "Mr. Antonov" after "Anatoly Antonov": the full name;
6. ``by_name``         anything else: its named entity or its own words.

A strategy may claim a mention and still leave it unresolved (a pronoun with no earlier
name): then the last two decide. ``with_alias`` finally maps "Moscow" to Russia. The
typing of a phrase lives in ``source_types``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_types import (
    AUTHOR_PRONOUNS,
    ENTITY_TYPES,
    NAME_LABELS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    OUTLET_PATTERN,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    appositions,
    entity_at,
    entity_type,
    looks_like_person,
    np_entity,
    phrase_regex,
    proper_tokens,
    source_type,
)

__all__ = [
    "AUTHOR_PRONOUNS", "NAME_LABELS", "ORG_NOUNS", "OUTLET_NOUNS", "OUTLET_PATTERN", "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS", "RELATIVE_PRONOUNS", "THING_PRONOUNS", "Mention", "Ref", "Resolution",
    "ResolvedSource", "SourceContext", "appositions", "by_apposed_role", "by_author", "by_name",
    "by_pronoun", "by_role_noun", "by_surname", "looks_like_person", "phrase_regex", "resolve_mention",
    "resolve_sources", "source_type", "with_alias",
]

ANY_PRONOUN = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS


class Mention(NamedTuple):
    start: int
    end: int
    head: int  # token index of the head word
    attribution: int  # index into the found attributions


class ResolvedSource(NamedTuple):
    name: str
    type: str
    description: str | None
    mentions: tuple[tuple[int, int], ...]


class Name(NamedTuple):
    """A name a later pronoun or role noun can reach: an entity, or a resolved source mention."""

    at: int  # character offset
    head: Token
    name: str
    type: str


class Ref(NamedTuple):
    """The mention as a strategy sees it: a relative pronoun already replaced by its antecedent."""

    start: int  # the mention's own start (for looking back)
    ref_start: int
    ref_end: int
    head: Token
    text: str
    type: str  # ``source_type`` of the phrase


class Resolution(NamedTuple):
    """What a strategy decided: ``key`` groups mentions into one source (None: unresolved)."""

    name: str
    type: str
    key: str | None
    description: str | None = None


@dataclass
class SourceContext:
    """What every strategy may consult: the parse, the lexicons and the names met so far."""

    doc: Doc
    lexicon: Lexicon
    quotes: QuoteIndex
    names: list[Name]
    roles: dict[int, Token]
    roles_by_lemma: dict[str, list[tuple[int, Token]]]
    surnames: dict[str, str]  # "antonov" -> "Anatoly Antonov"
    speakers: set[int] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # ``names``' offsets, kept in step for bisection

    def __post_init__(self) -> None:
        self.positions = [n.at for n in self.names]

    @classmethod
    def build(cls, doc: Doc, lexicon: Lexicon, quotes: QuoteIndex, mentions: Sequence[Mention] = ()) -> SourceContext:
        names = [Name(ent.start_char, ent.root, ent.text, entity_type(ent, lexicon))
                 for ent in doc.ents if ent.label_ in ENTITY_TYPES]
        surnames: dict[str, str] = {}
        for n in names:
            parts = n.name.split()
            if n.type == "person" and len(parts) >= 2:
                surnames.setdefault(parts[-1].lower(), n.name)
        # "Arkhipov" after "Viktor Arkhipov" is that person, whatever label NER gave it
        names = [Name(n.at, n.head, surnames[n.name.lower()], "person") if n.name.lower() in surnames else n for n in names]
        names.sort(key=lambda n: n.at)
        roles = appositions(doc)
        by_lemma: dict[str, list[tuple[int, Token]]] = {}
        for i, tok in roles.items():
            by_lemma.setdefault(doc[i].lemma_.lower(), []).append((i, tok))
        return cls(doc, lexicon, quotes, names, roles, by_lemma, surnames, {m.start for m in mentions})

    def last(self, before: int, pred: Callable[[Name], bool], limit: int = 300) -> Name | None:
        """The nearest name before character ``before`` satisfying ``pred`` (at most ``limit`` back)."""
        k = bisect_left(self.positions, before)
        for j in range(k - 1, max(-1, k - 1 - limit), -1):
            if pred(self.names[j]):
                return self.names[j]
        return None

    def remember(self, at: int, head: Token, name: str, typ: str) -> None:
        """A resolved mention becomes a name later pronouns may point back at."""
        k = bisect_right(self.positions, at)
        self.names.insert(k, Name(at, head, name, typ))
        self.positions.insert(k, at)


def make_ref(ctx: SourceContext, mention: Mention) -> Ref:
    """The mention's phrase and type; "Mr. Obama, who said ...": the relative pronoun stands for its antecedent."""
    head = ctx.doc[mention.head]
    start, end = mention.start, mention.end
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in ("relcl", "acl") and head.head.head is not head.head:
        head = head.head.head
        start, end = head.left_edge.idx, head.idx + len(head)
    typ = source_type(ctx.doc, start, end, head, ctx.lexicon, ctx.quotes)
    return Ref(mention.start, start, end, head, ctx.quotes.text[start:end], typ)


# --- the strategies ------------------------------------------------------------------
# Each returns None when the mention is not its kind, else a Resolution (whose key may
# be None: claimed, but left to the fallbacks).

UNRESOLVED_KEY = None


def by_author(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "we noted", "this reporter": the article's own voice."""
    if ref.type != "author":
        return None
    return Resolution("the author", "author", "author")


def by_pronoun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "he", "they", "it": the nearest fitting name, preferring a recent subject or speaker."""
    low = ref.head.lower_
    if low not in ANY_PRONOUN:
        return None
    if low in PERSON_PRONOUNS:
        want: tuple[str, ...] = ("person",)
    elif low in PLURAL_PRONOUNS:
        want = ("organization", "outlet", "government", "group", "person")
    else:
        want = ("organization", "outlet", "government")
    last = ctx.last(ref.start, lambda n: n.type in want)
    salient = ctx.last(ref.start, lambda n: n.type in want and (n.head.dep_ in ("nsubj", "nsubjpass", "appos") or n.at in ctx.speakers))
    if salient is not None and (last is None or last.at - salient.at < 400):
        last = salient
    if last is None:
        return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
    pname = last.name
    if last.type == "person" and len(pname.split()) == 1:
        pname = ctx.surnames.get(pname.lower(), pname)
    return Resolution(pname, last.type, f"{last.type}:{norm_name(pname)}")


def by_apposed_role(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "the spokesperson" in "Heather Nauert, the spokesperson, said": the name beside it."""
    named = ctx.roles.get(ref.head.i)
    if named is None:
        return None
    ent = entity_at(ctx.doc, named)
    pname = ent.text if ent is not None else named.text
    ptype = source_type(ctx.doc, named.idx, named.idx + len(named), named, ctx.lexicon, ctx.quotes)
    if ptype in ("unknown", "anonymous"):
        ptype = "person"
    return Resolution(pname, ptype, f"{ptype}:{norm_name(pname)}", ref.text)


def by_role_noun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """A definite role noun ("the spokesperson", "the paper") with no name of its own.

    The name that role was put beside earlier; for an outlet noun, the outlet named last.
    """
    head = ref.head
    if head.pos_ != "NOUN" or not any(t.lower_ in ("the", "this", "that") for t in head.lefts):
        return None
    if proper_tokens(ctx.doc, ref.ref_start, ref.ref_end):
        return None
    earlier = [(i, tok) for i, tok in ctx.roles_by_lemma.get(head.lemma_.lower(), []) if ctx.doc[i].idx < ref.start]
    if earlier:
        tok = earlier[-1][1]
        ent = entity_at(ctx.doc, tok)
        pname = ent.text if ent is not None else tok.text
        if ent is None or ent.label_ == "PERSON":
            ptype = "person"
        else:
            ptype = source_type(ctx.doc, tok.idx, tok.idx + len(tok), tok, ctx.lexicon, ctx.quotes)
        return Resolution(pname, ptype, f"{ptype}:{norm_name(pname)}", ref.text)
    if ref.type == "outlet":
        outlet = ctx.last(ref.start, lambda n: n.type == "outlet")
        if outlet is not None:
            return Resolution(outlet.name, ref.type, f"outlet:{norm_name(outlet.name)}", ref.text)
    return Resolution(ref.text, ref.type, UNRESOLVED_KEY)


def by_surname(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Antonov" or "Mr. Antonov" after "Anatoly Antonov": whatever NER made of it."""
    bare = norm_name(TITLE.sub("", ref.text))
    if bare not in ctx.surnames:
        return None
    name = ctx.surnames[bare]
    return Resolution(name, "person", f"person:{norm_name(name)}")


def by_name(ctx: SourceContext, ref: Ref) -> Resolution:
    """The mention's named entity, else its own words: always resolves.

    A bare surname takes the full name; "Viktor Antonov" stays apart from "Anatoly Antonov".
    """
    name, description, typ = ref.text, None, ref.type
    ent = np_entity(ctx.doc, ref.ref_start, ref.ref_end, ref.head)
    if typ == "person" and ent is not None:
        name = ctx.surnames.get(ent.text.lower(), ent.text) if len(ent.text.split()) == 1 else ent.text
        if ent.text != ref.text:
            description = ref.text
    elif ent is not None and typ in ("organization", "government", "outlet") and len(ent.text) >= len(ref.text) * 0.5:
        name = ent.text
    return Resolution(name, typ, f"{typ}:{norm_name(name)}", description)


def with_alias(res: Resolution, lexicon: Lexicon, known: Callable[[str], str | None]) -> Resolution:
    """ "Moscow", "the Kremlin" are Russia: an alias of a government becomes its canonical name.

    ``known`` gives the name already used for a key, so the first spelling met is kept.
    """
    canonical = lexicon.aliases.get(res.name.lower()) or lexicon.aliases.get(norm_name(res.name))
    if canonical is None or res.type not in ("government", "organization", "unknown"):
        return res
    key = f"government:{norm_name(canonical)}"
    description = res.description
    if description is None and res.name != canonical:
        description = None
    return Resolution(known(key) or canonical, "government", key, description)


LADDER: tuple[Callable[[SourceContext, Ref], Resolution | None], ...] = (by_author, by_pronoun, by_apposed_role, by_role_noun)
FALLBACKS: tuple[Callable[[SourceContext, Ref], Resolution | None], ...] = (by_surname, by_name)


def resolve_mention(ctx: SourceContext, ref: Ref) -> Resolution:
    """The first strategy that claims the mention decides; an unresolved claim falls back."""
    res: Resolution | None = None
    for strategy in LADDER:
        res = strategy(ctx, ref)
        if res is not None:
            break
    if res is None or res.key is None:
        for strategy in FALLBACKS:
            fallback = strategy(ctx, ref)
            if fallback is not None:
                return fallback
    assert res is not None  # by_name always resolves
    return res


# --- grouping -------------------------------------------------------------------------


class _Clusters:
    """Sources being built: one per key, the longest same-type spelling wins."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self.index: dict[str, int] = {}

    def name_of(self, key: str) -> str | None:
        return self.items[self.index[key]]["name"] if key in self.index else None

    def add(self, res: Resolution, span: tuple[int, int]) -> int:
        assert res.key is not None
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


def resolve_sources(
    doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon, quotes: QuoteIndex
) -> tuple[list[ResolvedSource], list[int]]:
    """Group mentions into sources; returns the sources and each mention's source index."""
    ctx = SourceContext.build(doc, lexicon, quotes, mentions)
    clusters = _Clusters()
    assignment: list[int] = []
    for m in mentions:
        ref = make_ref(ctx, m)
        res = with_alias(resolve_mention(ctx, ref), lexicon, clusters.name_of)
        idx = clusters.add(res, (m.start, m.end))
        assignment.append(idx)
        if res.type != "author" and ref.head.lower_ not in ANY_PRONOUN:
            ctx.remember(m.start, ref.head, clusters.items[idx]["name"], res.type)  # "they" may point back at it
    return clusters.sources(), assignment


TITLE = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|gen|pres)\.?\s+", re.IGNORECASE)


def norm_name(name: str) -> str:
    """The grouping form of a name: no article, no possessive, lower case, single spaces."""
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"[’']s$", "", name)
    return " ".join(name.lower().split())
