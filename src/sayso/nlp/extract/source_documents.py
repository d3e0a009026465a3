"""The strategy for a document named as the speaker: "the statement", "a report by E! News" is its issuer's
(``by_document``), where the text names one (``issuers``). Pure.

The issuer's phrase goes down the ladder again ("its statement" after a company's name is the
company's), so the ladder comes in as ``resolve``: ``sources`` holds this strategy in its ladder and
passes itself in, which keeps the two modules from importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from sayso.nlp.extract.issuers import body_on_document, document_issuer, issuer_where_issued
from sayso.nlp.extract.source_context import Ref, Resolution, SourceContext
from sayso.nlp.extract.source_spans import source_extent
from sayso.nlp.extract.source_types import source_type

# what a name compounded on a document must type as to issue it (``issuers.body_on_document``)
BODY_TYPES = frozenset({"organization", "government", "outlet"})
# what the press writes that is no document of ``document_nouns.txt`` ("the Journal story said"): the outlet's, where
# its name is compounded on it
PRESS_PIECES = frozenset({"story"})
# the whole ladder: a mention in, the source it resolves to out (``sources.resolve_mention``)
Resolver = Callable[[SourceContext, Ref], Resolution]


def by_document(ctx: SourceContext, ref: Ref, resolve: Resolver) -> Resolution | None:
    """ "the statement", "a report by E! News": the issuer, where the text says who it is (``issuers``).

    The issuer's phrase goes down the ladder itself (``resolve``); a document whose issuer the text
    does not give is not claimed.
    """
    if ref.head.pos_ != "NOUN":
        return None
    if ref.head.lemma_.lower() in PRESS_PIECES:
        return _by_press_piece(ctx, ref, resolve)
    if ref.head.lemma_.lower() not in ctx.lexicon.documents:
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
    if issuer.dep_ == "compound" and issuer.head == ref.head and typ not in BODY_TYPES:
        return None  # "The IG report", "Virginia State Bar documents": a body's name on it only where it types a body
    sub = Ref(issuer.idx, span.start_char, span.end_char, issuer, span.text, typ)
    res = resolve(ctx, sub)
    if res.key is None or res.type in ("unknown", "author"):
        return None
    return res._replace(description=res.description or ref.text)


def _by_press_piece(ctx: SourceContext, ref: Ref, resolve: Resolver) -> Resolution | None:
    """ "the Journal story said": a piece of the press whose outlet's name is compounded right on it (NER's ORG,
    ``issuers.body_on_document``) is the outlet's. Not a piece with no outlet named on it ("the story said", "his
    story"), nor another body's ("the NASA story": only an outlet writes stories)."""
    outlet = body_on_document(ref.head)
    if outlet is None:
        return None
    words, outlet = source_extent(outlet, roles=ctx.lexicon.person_roles)
    span = ctx.doc[words[0].i:words[-1].i + 1]
    typ = source_type(ctx.doc, span.start_char, span.end_char, outlet, ctx.lexicon, ctx.quotes)
    if typ != "outlet":
        return None
    res = resolve(ctx, Ref(outlet.idx, span.start_char, span.end_char, outlet, span.text, typ))
    if res.key is None or res.type != "outlet":
        return None
    return res._replace(description=res.description or ref.text)


def _saying(ctx: SourceContext) -> Callable[[str], bool]:
    """Whether a lemma is a verb of saying or writing (``cue_senses.txt``): "said in a statement" issues it."""
    return lambda lemma: ctx.lexicon.sense_of(lemma) in ("saying", "writing")
