"""Resolve source mentions to sources: pure functions of the parse.

A mention is the noun phrase an attribution names as its source ("he", "the newspaper",
"Anatoly Antonov"). Each mention goes down a ladder of small strategies; the first that
claims it decides:

0. ``by_signature``    "— PFF CLE Browns (@PFF_Browns)": an embedded post's signer, as signed;
1. ``by_author``       "we", "this reporter": the article's own voice;
   ``by_elided_noun``  "Most economists ..., with many expecting ...": many economists (``elided_nouns``);
2. ``by_pronoun``      "he", "they", "it": the earlier name it agrees with, by sentence,
                       salience and recency (``pronouns``); an expletive "it" is no one, and a "he"
                       or "she" with a rival as prominent named since is left as written (``rival_names``);
   ``by_document``     "the statement", "a report by E! News": its issuer, where the text
                       names one (``issuers``);
   ``by_possessor``    "its statement": the one "its" stands for;
   ``by_campaign_owner`` "his campaign": the campaign of the one "his" stands for ("the Sanders campaign");
   ``by_kin_noun``     "her husband": the one person the text put beside that noun of the same owner
                       ("Anne Hale and her husband, Tom Hale,": ``kin_nouns``);
3. ``by_apposed_role`` "the spokesperson" put beside a name ("Heather Nauert, the State
                       Department spokesperson"): that name;
   ``by_apposed_name`` "Another diplomat, former special envoy Kurt Volker": the person named;
   ``by_outlet_short_name`` "The Chronicle" after "The San Francisco Chronicle": that outlet;
   ``by_stated_age``   "the 45-year-old" after "John Smith, 45,": the person given that age;
4. ``by_role_noun``    a definite role noun ("the spokesperson") met later: the name that
                       role was put beside earlier, or the outlet named before "the paper";
5. ``by_initials``     a turn label "JP:" after "John Pilger" was named: that person;
   ``by_surname``      "Antonov", "Mr. Antonov" after "Anatoly Antonov": the full name;
6. ``by_name``         anything else: its named entity or its own words.

A relative pronoun stands for its antecedent first ("the Taliban, who"), and a name used
only as a modifier or possessor of the head is not the speaker ("Morrison's lawyer").
A strategy may claim a mention and still leave it unresolved (a pronoun with no earlier
name): then the last two decide. ``with_alias`` finally maps "Moscow" to Russia. The
typing of a phrase lives in ``source_types``, what strategies consult in ``source_context``,
the ranking of a pronoun's antecedents in ``pronouns``.

This module is the ladder and its composition; the steps live beside it: the mention as the
strategies see it in ``source_refs``, the strategies in ``source_pronouns`` (author, pronoun,
possessor), ``source_roles`` (apposed role and name, role noun), ``source_names`` (surname,
name, alias) and ``source_documents`` (a document's issuer, which goes down this ladder again: the
ladder is passed in), the grouping into sources in ``source_groups``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract import source_documents
from sayso.nlp.extract.elided_nouns import QUANTIFIERS, elided_noun
from sayso.nlp.extract.kin_nouns import by_kin_noun
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.pronouns import agreement, antecedent, pronoun_gender
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_context import (
    ANY_PRONOUN,
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
from sayso.nlp.extract.source_names import by_initials, by_name, by_signature, by_surname, modifies_head, with_alias
from sayso.nlp.extract.source_pronouns import by_author, by_campaign_owner, by_possessor, by_pronoun
from sayso.nlp.extract.source_refs import make_ref
from sayso.nlp.extract.source_roles import (
    by_apposed_name,
    by_apposed_role,
    by_named_campaign,
    by_outlet_short_name,
    by_role_noun,
    by_stated_age,
)
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
    source_type,
)

__all__ = [
    "ANY_PRONOUN", "AUTHOR_PRONOUNS", "Name", "agreement", "antecedent", "genders", "is_plural", "norm_name",
    "person_inside", "NAME_LABELS", "ORG_NOUNS", "OUTLET_NOUNS", "OUTLET_PATTERN", "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS", "RELATIVE_PRONOUNS", "THING_PRONOUNS", "Mention", "Ref", "Resolution",
    "ResolvedSource", "SourceContext", "appositions", "by_apposed_name", "by_apposed_role", "by_author", "by_document", "by_name", "by_outlet_short_name", "by_possessor", "by_stated_age",
    "by_pronoun", "by_role_noun", "by_surname", "looks_like_person", "modifies_head", "phrase_regex", "resolve_mention",
    "resolve_sources", "source_type", "with_alias", "one_type_per_name",
]


# --- the ladder ----------------------------------------------------------------------
# Each strategy returns None when the mention is not its kind, else a Resolution (whose key may
# be None: claimed, but left to the fallbacks).


def by_document(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "the statement", "a report by E! News": its issuer, sent down this ladder (``source_documents``)."""
    return source_documents.by_document(ctx, ref, resolve_mention)


def by_elided_noun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Most economists had been expecting ..., with many expecting ...": a lone quantifier is the quantifier with
    the plural noun it stands for (``elided_nouns``), "many economists", typed as that noun's phrase is."""
    if ref.text.strip().lower() not in QUANTIFIERS:
        return None
    lex = ctx.lexicon
    noun = elided_noun(ref.head, lex.person_roles | lex.person_nouns | lex.anonymous | lex.groups)
    if noun is None:
        return None
    typ = source_type(ctx.doc, noun.left_edge.idx, noun.idx + len(noun), noun, ctx.lexicon, ctx.quotes)
    if typ not in ("group", "anonymous"):
        return None  # "Most shares fell, with many ...": no speaker's noun
    name = f"{ref.text.strip()} {noun.text}"
    return Resolution(name, typ, f"{typ}:{norm_name(name)}", ref.text)


LADDER: tuple[Callable[[SourceContext, Ref], Resolution | None], ...] = (
    by_signature, by_author, by_elided_noun, by_pronoun, by_document, by_possessor, by_campaign_owner, by_kin_noun, by_apposed_role, by_apposed_name, by_outlet_short_name, by_stated_age,
    by_named_campaign, by_role_noun)
FALLBACKS: tuple[Callable[[SourceContext, Ref], Resolution | None], ...] = (by_initials, by_surname, by_name)


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
                res = fallback
                break
    assert res is not None  # by_name always resolves
    return with_companions(ctx, ref, res)


def with_companions(ctx: SourceContext, ref: Ref, res: Resolution) -> Resolution:
    """ "he and his wife Kali explained", "She and her lawyers said": the person a "he" or "she" stands for, at the
    head of a subject that joins others to them, speaks with them; the source is all of them, a group named by the
    person and the words that join the others ("Eric Roberge and his wife Kali"), never the one person alone.

    Only after a pronoun: the parse joins a name to words that are no subject often enough ("Pope Francis and a
    member of Francis's sex abuse commission" of a clause about both) that a name keeps its own resolution; but for
    a name joined to a plural of officials or roles ("President Bush and top administration officials cited ...":
    ``_joined_officials``), who speak together with it (the wire audit 63 marks Bush alone partly right)."""
    if res.type != "person" or res.key is None or (ref.head.lower_ not in ("he", "she")
                                                   and not _joined_officials(ctx, ref)):
        return res
    joined = [c for c in ref.head.children if c.dep_ == "conj" and ref.ref_start <= c.idx < ref.ref_end]
    if not joined or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in ref.head.children):
        return res
    own_end = max([ref.head.idx + len(ref.head), *(c.idx + len(c) for c in ref.head.rights
                                                  if c.dep_ in ("compound", "flat") and c.i < joined[0].i)])
    rest = ctx.quotes.text[own_end:ref.ref_end].rstrip(" ,")
    if not rest.lstrip().lower().startswith(("and ", "& ")):
        return res  # an aside or apposition between the name and its companions: left as resolved
    # a pronoun no one was found for keeps the mention's own words ("she and another reporter"), never twice
    name = res.name if norm_name(res.name).endswith(norm_name(rest)) else f"{res.name} {rest.strip()}"
    return Resolution(name, "group", f"group:{norm_name(name)}", res.description)


def _joined_officials(ctx: SourceContext, ref: Ref) -> bool:
    """A proper name, the subject of its clause, joined by "and" to one plural noun of officials or roles
    ("Bush and top administration officials", "Smith and other lawmakers"): a group speaks. Not a singular ("Pope
    Francis and a member of the commission") nor a plural of no person ("Bush and the documents")."""
    head = ref.head
    if head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    joined = [c for c in head.children if c.dep_ == "conj" and ref.ref_start <= c.idx < ref.ref_end]
    if len(joined) != 1 or joined[0].tag_ != "NNS":
        return False
    lemma = joined[0].lemma_.lower()
    return lemma in ctx.lexicon.person_roles or lemma in ctx.lexicon.anonymous or joined[0].lower_ in ctx.lexicon.anonymous


def antecedent_type(ref: Ref, res: Resolution, lexicon: Lexicon) -> str:
    """The type a later pronoun sees a resolved mention as: its own, but for an unnamed person met by a
    plain person noun ("The man then goes on to explain ... he continued"), which mostly describes the
    person the text has named, so a "he" after it reaches that name (as it does past any noun no name
    resolves), not "The man"; unless an indefinite "a man" brought him in before as someone new."""
    if (res.type == "person" and ref.head.pos_ == "NOUN" and ref.head.lemma_.lower() in lexicon.person_nouns
            and norm_name(res.name) == norm_name(ref.text) and not _introduced(ref.head)):
        return "unknown"
    return res.type


def _introduced(head: Token) -> bool:
    """Whether the text brought the person in as someone new before ("officers arrested a man ... The man told
    reporters he was innocent. He added ...": the man, a person of his own, whom the "he" after him means)."""
    lemma = head.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children) for t in head.doc[:head.i])


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
            ctx.remember(m.start, ref.head, clusters.items[idx]["name"], antecedent_type(ref, res, lexicon))
            if res.type == "person" and res.key is not None:
                ctx.learn_gender(clusters.items[idx]["name"], pronoun_gender(ref.head))
    return one_type_per_name(clusters.sources(), assignment, quotes.text)



