"""The strategy for a document named as the speaker: "the statement", "a report by E! News" is its issuer's
(``by_document``), where the text names one (``issuers``). Pure.

The issuer's phrase goes down the ladder again ("its statement" after a company's name is the
company's), so the ladder comes in as ``resolve``: ``sources`` holds this strategy in its ladder and
passes itself in, which keeps the two modules from importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.issuers import body_on_document, document_issuer, issuer_where_issued
from sayso.nlp.extract.lone_surnames import CENSUS_SURNAMES, FOUNDER_COMPANIES
from sayso.nlp.extract.source_context import Ref, Resolution, SourceContext
from sayso.nlp.extract.source_spans import source_extent
from sayso.nlp.extract.source_types import source_type

# what a name compounded on a document must type as to issue it (``issuers.body_on_document``)
BODY_TYPES = frozenset({"organization", "government", "outlet"})
# documents a body puts out as its own word, whichever body's name is compounded on them ("The Apple statement",
# "the NATO communique", "The WHO website"). On any other ("the Enron report", "the Volkswagen investigation", "the
# Google lawsuit", "the Microsoft ruling": as often what it is about, or the case it belongs to) a compounded name
# issues it only where it types an outlet or a government ("The AP report", "The Senate report")
ISSUED_DOCUMENTS = frozenset(
    "statement letter memo memorandum release announcement communique communiqué declaration notice tweet post email "
    "e-mail message update alert advisory bulletin website blog encyclical exhortation editorial".split())
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
    if issuer.dep_ == "compound" and issuer.head.lemma_.lower() in ctx.lexicon.documents \
            and not _compound_issues(ctx, issuer, issuer.head, typ):
        return None  # "The IG report", "the Enron report", "The Trump letter": see ``_compound_issues``; so too the
        # earlier document "the report" names ("The Enron report was released. The report said ...")
    sub = Ref(issuer.idx, span.start_char, span.end_char, issuer, span.text, typ)
    res = resolve(ctx, sub)
    if res.key is None or res.type in ("unknown", "author"):
        return None
    return res._replace(description=res.description or ref.text)


def _compound_issues(ctx: SourceContext, name: Token, document: Token, typ: str) -> bool:
    """Whether a name compounded right on a document issues it: one that types a body (not "The IG report": a person),
    and, typed an organization, on a document a body puts out as its own (``ISSUED_DOCUMENTS``: "The Apple statement",
    not "the Enron report") and no person's surname NER took for a body ("The Trump letter", "the Wells report":
    a census surname of no founder's company, or a person the text named in full)."""
    if typ not in BODY_TYPES:
        return False
    if typ != "organization":
        return True
    word = name.lower_
    person = word in ctx.surnames or (word in CENSUS_SURNAMES and word not in FOUNDER_COMPANIES and not name.text.isupper())
    return document.lemma_.lower() in ISSUED_DOCUMENTS and not person


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
