"""The strategy for a document named as the speaker: "the statement", "a report by E! News" is its issuer's
(``by_document``), where the text names one (``issuers``). Pure.

The issuer's phrase goes down the ladder again ("its statement" after a company's name is the
company's), so the ladder comes in as ``resolve``: ``sources`` holds this strategy in its ladder and
passes itself in, which keeps the two modules from importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from sayso.nlp.extract.issuers import document_issuer, issuer_where_issued
from sayso.nlp.extract.source_context import Ref, Resolution, SourceContext
from sayso.nlp.extract.source_spans import source_extent
from sayso.nlp.extract.source_types import source_type

# the whole ladder: a mention in, the source it resolves to out (``sources.resolve_mention``)
Resolver = Callable[[SourceContext, Ref], Resolution]


def by_document(ctx: SourceContext, ref: Ref, resolve: Resolver) -> Resolution | None:
    """ "the statement", "a report by E! News": the issuer, where the text says who it is (``issuers``).

    The issuer's phrase goes down the ladder itself (``resolve``); a document whose issuer the text
    does not give is not claimed.
    """
    if ref.head.pos_ != "NOUN" or ref.head.lemma_.lower() not in ctx.lexicon.documents:
        return None
    saying = _saying(ctx)
    issuer = document_issuer(ref.head, ctx.lexicon.documents, lambda at: ctx.quotes.containing(at) is not None, saying)
    if issuer is None or (issuer.pos_ == "NOUN" and issuer.lemma_.lower() in ctx.lexicon.documents):
        return None  # a document of a document ("the summary of the report") names no one
    words, issuer = source_extent(issuer, roles=ctx.lexicon.person_roles)
    if issuer.pos_ != "PRON" and not any(t.pos_ == "PROPN" for t in words) and issuer_where_issued(ref.head, saying) is None:
        return None  # "The company denied it in a statement": no name to give "the statement" ("The company issued
        # a statement saying ...": the statement is the company's, said where it was issued)
    span = ctx.doc[words[0].i:words[-1].i + 1]
    typ = source_type(ctx.doc, span.start_char, span.end_char, issuer, ctx.lexicon, ctx.quotes)
    sub = Ref(issuer.idx, span.start_char, span.end_char, issuer, span.text, typ)
    res = resolve(ctx, sub)
    if res.key is None or res.type in ("unknown", "author"):
        return None
    return res._replace(description=res.description or ref.text)


def _saying(ctx: SourceContext) -> Callable[[str], bool]:
    """Whether a lemma is a verb of saying or writing (``cue_senses.txt``): "said in a statement" issues it."""
    return lambda lemma: ctx.lexicon.sense_of(lemma) in ("saying", "writing")
