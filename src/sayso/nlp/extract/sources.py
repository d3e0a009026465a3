"""Resolve source mentions to sources: pure functions of the parse.

A mention is the noun phrase an attribution names as its source ("he", "the newspaper",
"Anatoly Antonov"). Each mention goes down a ladder of small strategies; the first that
claims it decides:

1. ``by_author``       "we", "this reporter": the article's own voice;
2. ``by_pronoun``      "he", "they", "it": the earlier name it agrees with, by sentence,
                       salience and recency (``pronouns``); an expletive "it" is no one;
   ``by_document``     "the statement", "a report by E! News": its issuer, where the text
                       names one (``issuers``);
   ``by_possessor``    "its statement": the one "its" stands for;
3. ``by_apposed_role`` "the spokesperson" put beside a name ("Heather Nauert, the State
                       Department spokesperson"): that name;
   ``by_apposed_name`` "Another diplomat, former special envoy Kurt Volker": the person named;
4. ``by_role_noun``    a definite role noun ("the spokesperson") met later: the name that
                       role was put beside earlier, or the outlet named before "the paper";
5. ``by_surname``      "Antonov", "Mr. Antonov" after "Anatoly Antonov": the full name;
6. ``by_name``         anything else: its named entity or its own words.

A relative pronoun stands for its antecedent first ("the Taliban, who"), and a name used
only as a modifier or possessor of the head is not the speaker ("Morrison's lawyer").
A strategy may claim a mention and still leave it unresolved (a pronoun with no earlier
name): then the last two decide. ``with_alias`` finally maps "Moscow" to Russia. The
typing of a phrase lives in ``source_types``, what strategies consult in ``source_context``,
the ranking of a pronoun's antecedents in ``pronouns``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from sayso.nlp.extract.antecedents import is_expletive
from sayso.nlp.extract.issuers import document_issuer
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.pronouns import POSSESSIVES, agreement, antecedent, pronoun_gender
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_context import (
    ANY_PRONOUN,
    UNRESOLVED_KEY,
    Mention,
    Name,
    Ref,
    Resolution,
    ResolvedSource,
    SourceContext,
    genders,
    is_plural,
    norm_name,
    person_inside,
)
from sayso.nlp.extract.source_groups import Clusters, one_type_per_name
from sayso.nlp.extract.source_names import by_name, by_surname, modifies_head, with_alias
from sayso.nlp.extract.source_refs import make_ref
from sayso.nlp.extract.source_roles import by_apposed_name, by_apposed_role, by_role_noun
from sayso.nlp.extract.source_spans import source_extent
from sayso.nlp.extract.source_types import (
    AUTHOR_PRONOUNS,
    NAME_LABELS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    OUTLET_PATTERN,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    appositions,
    looks_like_person,
    phrase_regex,
    proper_tokens,
    source_type,
)

__all__ = [
    "ANY_PRONOUN", "AUTHOR_PRONOUNS", "Name", "agreement", "antecedent", "genders", "is_plural", "norm_name",
    "person_inside", "NAME_LABELS", "ORG_NOUNS", "OUTLET_NOUNS", "OUTLET_PATTERN", "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS", "RELATIVE_PRONOUNS", "THING_PRONOUNS", "Mention", "Ref", "Resolution",
    "ResolvedSource", "SourceContext", "appositions", "by_apposed_name", "by_apposed_role", "by_author", "by_document", "by_name", "by_possessor",
    "by_pronoun", "by_role_noun", "by_surname", "looks_like_person", "modifies_head", "phrase_regex", "resolve_mention",
    "resolve_sources", "source_type", "with_alias", "one_type_per_name",
]


# --- the strategies ------------------------------------------------------------------
# Each returns None when the mention is not its kind, else a Resolution (whose key may
# be None: claimed, but left to the fallbacks).

def by_author(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "we noted", "this reporter": the article's own voice."""
    if ref.type != "author":
        return None
    return Resolution("the author", "author", "author")


def by_pronoun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "he", "they", "it": the name it agrees with, by sentence, salience and recency (``antecedent``)."""
    if ref.head.lower_ not in ANY_PRONOUN:
        return None
    if is_expletive(ref.head):
        return Resolution(ref.text, "unknown", UNRESOLVED_KEY)
    fits = agreement(ctx, ref.head)
    said = ref.said
    if said is not None:  # '“... recorded in Equateur province,” it said': no one the statement names is who says it
        fits = _outside(fits, said)
    last = antecedent(ctx, ref.head, fits)
    if last is None:
        return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
    pname = re.sub(r"[’']s?$", "", last.name) if last.head.dep_ == "poss" else last.name  # "Taylor Swift's" is Taylor Swift
    if last.type == "person" and len(pname.split()) == 1:
        pname = ctx.surnames.get(pname.lower(), pname)
    return Resolution(pname, last.type, f"{last.type}:{norm_name(pname)}")


def _outside(fits: Callable[[Name], bool], said: tuple[int, int]) -> Callable[[Name], bool]:
    return lambda n: fits(n) and not said[0] <= n.at < said[1]


def by_document(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "the statement", "a report by E! News": the issuer, where the text says who it is (``issuers``).

    The issuer's phrase goes down the ladder itself ("its statement" after a company's name is
    the company's); a document whose issuer the text does not give is not claimed.
    """
    if ref.head.pos_ != "NOUN" or ref.head.lemma_.lower() not in ctx.lexicon.documents:
        return None
    issuer = document_issuer(ref.head, ctx.lexicon.documents, lambda at: ctx.quotes.containing(at) is not None)
    if issuer is None or (issuer.pos_ == "NOUN" and issuer.lemma_.lower() in ctx.lexicon.documents):
        return None  # a document of a document ("the summary of the report") names no one
    words, issuer = source_extent(issuer, roles=ctx.lexicon.person_roles)
    if issuer.pos_ != "PRON" and not any(t.pos_ == "PROPN" for t in words):
        return None  # "The company denied it in a statement": no name to give "the statement"
    span = ctx.doc[words[0].i:words[-1].i + 1]
    typ = source_type(ctx.doc, span.start_char, span.end_char, issuer, ctx.lexicon, ctx.quotes)
    sub = Ref(issuer.idx, span.start_char, span.end_char, issuer, span.text, typ)
    res = resolve_mention(ctx, sub)
    if res.key is None or res.type in ("unknown", "author"):
        return None
    return res._replace(description=res.description or ref.text)


def by_possessor(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "its statement", "their report": a document speaks for the one its possessive stands for.

    Only documents: "His office", "her lawyer" stay their own sources, since a wrong owner
    ("Brian Bosma's office" for Gov. Holcomb's) misleads more than none.
    """
    head = ref.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ctx.lexicon.documents:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
    if poss is None or proper_tokens(ctx.doc, ref.ref_start, ref.ref_end):
        return None
    owner = antecedent(ctx, poss, agreement(ctx, poss))
    if owner is None:
        return None
    name = ctx.surnames.get(owner.name.lower(), owner.name) if owner.type == "person" else owner.name
    return Resolution(name, owner.type, f"{owner.type}:{norm_name(name)}", ref.text)


LADDER: tuple[Callable[[SourceContext, Ref], Resolution | None], ...] = (
    by_author, by_pronoun, by_document, by_possessor, by_apposed_role, by_apposed_name, by_role_noun)
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


def resolve_sources(
    doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon, quotes: QuoteIndex
) -> tuple[list[ResolvedSource], list[int]]:
    """Group mentions into sources; returns the sources and each mention's source index."""
    ctx = SourceContext.build(doc, lexicon, quotes, mentions)
    clusters = Clusters()
    assignment: list[int] = []
    for m in mentions:
        ref = make_ref(ctx, m)
        res = with_alias(resolve_mention(ctx, ref), lexicon, clusters.name_of)
        idx = clusters.add(res, (m.start, m.end))
        assignment.append(idx)
        if res.type != "author" and (ref.head.lower_ not in ANY_PRONOUN or norm_name(res.name) != ref.head.lower_):
            # "they" may point back at it; a resolved "he" carries its person on ("He said ... He added")
            ctx.remember(m.start, ref.head, clusters.items[idx]["name"], res.type)
            if res.type == "person" and res.key is not None:
                ctx.learn_gender(clusters.items[idx]["name"], pronoun_gender(ref.head))
    return one_type_per_name(clusters.sources(), assignment)


