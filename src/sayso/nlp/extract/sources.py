"""Resolve source mentions to sources and type them: pure functions of the parse.

A mention is the noun phrase an attribution names as its source ("he", "the newspaper",
"Anatoly Antonov"). Mentions are grouped into one source when they name the same
speaker: pronouns go to the nearest fitting earlier name, role nouns ("the
spokesperson") to the name they were put beside ("Heather Nauert, the State Department
spokesperson"), short names to the full name ("Antonov" = "Anatoly Antonov").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.quotes import QuoteIndex

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PLURAL_PRONOUNS = {"they", "them"}
THING_PRONOUNS = {"it"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom", "whose"}
AUTHOR_PRONOUNS = {"we", "i", "us", "me", "our"}
OUTLET_NOUNS = {
    "newspaper", "paper", "daily", "outlet", "network", "channel", "broadcaster", "magazine",
    "tabloid", "website", "site", "agency", "publication", "weekly", "station", "blog",
}
ORG_NOUNS = {"company", "firm", "group", "organization", "organisation", "campaign", "party", "committee", "union", "institute", "foundation"}
OUTLET_PATTERN = re.compile(
    r"\b(News|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Telegraph|Guardian|Chronicle|"
    r"Observer|Review|Magazine|Press|Radio|TV|Television|Broadcasting|Report|Examiner|Insider|Today)\b"
)


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


def _proper_tokens(doc: Doc, start: int, end: int, *, strict: bool = False) -> list[Token]:
    """Proper nouns of the phrase; ``strict`` keeps only names of people and organizations."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if span is None:
        return []
    if strict:
        return [t for t in span if t.ent_type_ in ("PERSON", "ORG")]
    return [t for t in span if t.pos_ == "PROPN"]


NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")


def _entity_at(doc: Doc, token: Token) -> Span | None:
    """The name entity (person, organization, place, group) the token is part of."""
    if token.ent_iob_ == "O" or token.ent_type_ not in NAME_LABELS:
        return None
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _np_entity(doc: Doc, start: int, end: int, head: Token) -> Span | None:
    """The named entity of the mention: on its head, else the last one inside it."""
    ent = _entity_at(doc, head)
    if ent is not None:
        return ent
    inside = [e for e in doc.ents if e.start_char >= start and e.end_char <= end and e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    return inside[-1] if inside else None


@cache
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


@cache
def _outlet_pattern(outlets: tuple[str, ...]) -> re.Pattern[str]:
    names = {re.sub(r"^the\s+", "", o, flags=re.IGNORECASE) for o in outlets}
    alts = sorted((re.escape(n) for n in names), key=len, reverse=True)
    # case-sensitive: "the Economist" is an outlet, "the economist" a person
    return re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:" + "|".join(alts) + r")(?![\w-])")


def _outlet_regex(lexicon: Lexicon) -> re.Pattern[str]:
    return _outlet_pattern(lexicon.outlets)


def looks_like_person(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "Laura Post", "Anatoly Antonov": a known given name opening 2-4 capitalised words."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return (
        2 <= len(words) <= 4
        and words[0].lower_ in lexicon.first_names
        and all(t.is_title or t.is_upper or t.lower_ in ("de", "van", "von", "al", "bin", "da") for t in words)
    )


def source_type(doc: Doc, start: int, end: int, head: Token, lexicon: Lexicon, quotes: QuoteIndex) -> str:
    """One of person, organization, outlet, government, group, anonymous, author, unknown.

    A named entity decides when the phrase's head word is part of it ("Anatoly Antonov",
    "the State Department"); otherwise the head word does ("Two US officials" are
    anonymous, "mainstream US pundits" a group, "commentators in Moscow" no government).
    """
    full = quotes.text
    text = full[start:end]
    low = head.lower_
    lemma = head.lemma_.lower()
    if low in AUTHOR_PRONOUNS:
        in_q = quotes.containing(head.idx) is not None
        return "unknown" if in_q else "author"
    if text.lower() in ("this reporter", "this writer", "this newspaper", "this publication", "the author"):
        return "author"
    core = full[start:head.idx + len(head)]  # the phrase up to its head word
    bare = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    if _outlet_regex(lexicon).fullmatch(bare) or _outlet_regex(lexicon).fullmatch(text):
        return "outlet"
    ent = _entity_at(doc, head)
    if ent is not None:
        if looks_like_person(list(ent), lexicon) and not OUTLET_PATTERN.fullmatch(ent.text):
            return "person"
        if ent.label_ == "PERSON":
            return "person"
        if _outlet_regex(lexicon).search(ent.text) or OUTLET_PATTERN.search(ent.text):
            return "outlet"
        if ent.label_ in ("GPE",) or _phrase_regex(lexicon.governments).search(ent.text):
            return "government"
        if ent.label_ == "NORP":
            return "group"
        return "organization"
    head_end = head.idx + len(head)
    span = doc.char_span(start, head_end, alignment_mode="expand") if start < head_end else None
    if span is not None and looks_like_person([t for t in span if t.pos_ == "PROPN"], lexicon) and head.pos_ == "PROPN":
        return "person"
    if lemma in lexicon.anonymous or low in lexicon.anonymous:
        return "anonymous"  # "Two US officials", "a senior European diplomat", "sources close to"
    if lemma in OUTLET_NOUNS or _outlet_regex(lexicon).search(core):
        return "outlet"
    if _phrase_regex(lexicon.governments).search(core):
        return "government"
    if low in PERSON_PRONOUNS or (head.tag_ == "NN" and lemma in lexicon.person_roles):
        return "person"  # "he", "the economist"
    if head.tag_ in ("NNS", "NNPS") and (low in lexicon.groups or lemma + "s" in lexicon.groups):
        return "group"
    if lemma in ORG_NOUNS:
        return "organization"
    if head.tag_ in ("NNS", "NNPS"):
        return "group"
    if head.pos_ == "PROPN":
        return "organization" if len(core.split()) > 1 else "unknown"
    return "unknown"


def appositions(doc: Doc) -> dict[int, Token]:
    """Role-noun heads mapped to the proper name they stand beside.

    "Heather Nauert, the State Department spokesperson" (appos) and
    "State Department spokesperson Heather Nauert" (compound) both map the role's
    head token to the name's head token.
    """
    out: dict[int, Token] = {}
    for token in doc:
        if token.dep_ == "appos":
            a, b = token.head, token
            if a.pos_ == "PROPN" and b.pos_ == "NOUN":
                out[b.i] = a
            elif b.pos_ == "PROPN" and a.pos_ == "NOUN":
                out[a.i] = b
        elif token.dep_ == "attr" and token.pos_ == "NOUN" and token.head.lemma_ == "be":
            subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN":
                out[token.i] = subj  # "Heather Nauert is the State Department spokesperson"
        elif token.dep_ == "compound" and token.head.pos_ == "PROPN" and (
            token.pos_ == "NOUN" or (token.ent_type_ != "PERSON" and token.head.ent_type_ == "PERSON" and token.is_title)
        ):
            out[token.i] = token.head  # "spokesperson Laura Whitfield", "Ambassador Viktor Arkhipov"
    return out


def resolve_sources(
    doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon, quotes: QuoteIndex
) -> tuple[list[ResolvedSource], list[int]]:
    """Group mentions into sources; returns the sources and each mention's source index."""
    roles = appositions(doc)
    # every named person/org mentioned in the text, for pronouns and role nouns to reach
    names: list[tuple[int, Token, str, str]] = []  # (char, head, name, type)
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            typ = {"PERSON": "person", "ORG": "organization", "GPE": "government", "NORP": "group"}[ent.label_]
            if looks_like_person(list(ent), lexicon) and not OUTLET_PATTERN.fullmatch(ent.text):
                typ = "person"
            elif typ == "organization" and (_outlet_regex(lexicon).search(ent.text) or OUTLET_PATTERN.search(ent.text)):
                typ = "outlet"
            names.append((ent.start_char, ent.root, ent.text, typ))

    clusters: list[dict] = []
    key_index: dict[str, int] = {}
    assignment: list[int] = []

    def cluster_for(key: str, name: str, typ: str, description: str | None) -> int:
        if key in key_index:
            c = clusters[key_index[key]]
            if len(name) > len(c["name"]) and typ == c["type"]:
                c["name"] = name
            if description and not c["description"]:
                c["description"] = description
            return key_index[key]
        clusters.append({"name": name, "type": typ, "description": description, "mentions": []})
        key_index[key] = len(clusters) - 1
        return key_index[key]

    speakers = {m.start for m in mentions}
    person_surnames: dict[str, str] = {}
    for _, _head, name, typ in names:
        if typ == "person":
            parts = name.split()
            if len(parts) >= 2:
                person_surnames.setdefault(parts[-1].lower(), name)
    # "Arkhipov" after "Viktor Arkhipov" is that person, whatever label NER gave it
    names = [(at, h, person_surnames[n.lower()], "person") if n.lower() in person_surnames else (at, h, n, t)
             for at, h, n, t in names]
    names.sort(key=lambda n: n[0])
    name_pos = [n[0] for n in names]
    roles_by_lemma: dict[str, list[tuple[int, Token]]] = {}
    for i, tok in roles.items():
        roles_by_lemma.setdefault(doc[i].lemma_.lower(), []).append((i, tok))

    for m in mentions:
        head = doc[m.head]
        ref_start, ref_end = m.start, m.end
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in ("relcl", "acl") and head.head.head is not head.head:
            head = head.head.head  # "Mr. Obama, who said ...": the relative pronoun stands for its antecedent
            ref_start, ref_end = head.left_edge.idx, head.idx + len(head)
        text = quotes.text[ref_start:ref_end]
        typ = source_type(doc, ref_start, ref_end, head, lexicon, quotes)
        name, description, key = text, None, None
        low = head.lower_
        if typ == "author":
            name, key = "the author", "author"
        elif low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in THING_PRONOUNS:
            want = ("person",) if low in PERSON_PRONOUNS else ("organization", "outlet", "government", "group", "person") if low in PLURAL_PRONOUNS else ("organization", "outlet", "government")
            k = bisect_left(name_pos, m.start)
            last = _last(names, k, lambda n, want=want: n[3] in want)
            salient = _last(names, k, lambda n, want=want: n[3] in want and (n[1].dep_ in ("nsubj", "nsubjpass", "appos") or n[0] in speakers))
            if salient is not None and (last is None or last[0] - salient[0] < 400):
                last = salient
            if last is not None:
                _, _, pname, ptype = last
                if ptype == "person" and len(pname.split()) == 1:
                    pname = person_surnames.get(pname.lower(), pname)
                name, typ, key = pname, ptype, f"{ptype}:{_norm(pname)}"
        elif head.i in roles:
            named = roles[head.i]
            ent = _entity_at(doc, named)
            pname = ent.text if ent is not None else named.text
            description = text
            ptype = source_type(doc, named.idx, named.idx + len(named), named, lexicon, quotes)
            if ptype in ("unknown", "anonymous"):
                ptype = "person"
            name, typ, key = pname, ptype, f"{ptype}:{_norm(pname)}"
        elif head.pos_ == "NOUN" and any(t.lower_ in ("the", "this", "that") for t in head.lefts) and not _proper_tokens(doc, ref_start, ref_end):
            # a role noun: the name it was put beside earlier, else an earlier name of its type
            earlier = [(i, tok) for i, tok in roles_by_lemma.get(head.lemma_.lower(), []) if doc[i].idx < m.start]
            if earlier:
                tok = earlier[-1][1]
                ent = _entity_at(doc, tok)
                pname = ent.text if ent is not None else tok.text
                ptype = "person" if ent is None or ent.label_ == "PERSON" else source_type(doc, tok.idx, tok.idx + len(tok), tok, lexicon, quotes)
                name, typ, key, description = pname, ptype, f"{ptype}:{_norm(pname)}", text
            elif typ == "outlet":
                outlet = _last(names, bisect_left(name_pos, m.start), lambda n: n[3] == "outlet")
                if outlet is not None:
                    name, key, description = outlet[2], f"outlet:{_norm(outlet[2])}", text
        if key is None and _norm(_TITLE.sub("", text)) in person_surnames:
            # "Antonov" (or "Mr. Antonov") after "Anatoly Antonov": whatever NER made of it
            name, typ = person_surnames[_norm(_TITLE.sub("", text))], "person"
            key = f"person:{_norm(name)}"
        if key is None:
            ent = _np_entity(doc, ref_start, ref_end, head)
            if typ == "person" and ent is not None:
                # a bare surname takes the full name; "Viktor Antonov" stays apart from "Anatoly Antonov"
                name = person_surnames.get(ent.text.lower(), ent.text) if len(ent.text.split()) == 1 else ent.text
                if ent.text != text:
                    description = text
            elif ent is not None and typ in ("organization", "government", "outlet") and len(ent.text) >= len(text) * 0.5:
                name = ent.text
            key = f"{typ}:{_norm(name)}"
        canonical = lexicon.aliases.get(name.lower()) or lexicon.aliases.get(_norm(name))
        if canonical is not None and typ in ("government", "organization", "unknown"):
            typ, key = "government", f"government:{_norm(canonical)}"  # "Moscow" is Russia
            if description is None and name != canonical:
                description = None
            name = canonical if key not in key_index else clusters[key_index[key]]["name"]
        idx = cluster_for(key, name, typ, description)
        clusters[idx]["mentions"].append((m.start, m.end))
        assignment.append(idx)
        if typ != "author" and low not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            k = bisect_right(name_pos, m.start)  # "they" may point back at it
            names.insert(k, (m.start, head, clusters[idx]["name"], typ))
            name_pos.insert(k, m.start)
    sources = [
        ResolvedSource(c["name"], c["type"], c["description"], tuple(sorted(set(c["mentions"]))))
        for c in clusters
    ]
    return sources, assignment


def _last(names: list[tuple[int, Token, str, str]], k: int, pred, limit: int = 300):  # noqa: ANN001, ANN202
    """The nearest of ``names[:k]`` satisfying ``pred``, looking back at most ``limit`` names."""
    for j in range(k - 1, max(-1, k - 1 - limit), -1):
        if pred(names[j]):
            return names[j]
    return None


_TITLE = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|gen|pres)\.?\s+", re.IGNORECASE)


def _norm(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"[’']s$", "", name)
    return " ".join(name.lower().split())
