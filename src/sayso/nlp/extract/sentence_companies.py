"""The company a bare "the company" or "the firm" stands for where its own sentence names one: a pure function of
the parse.

"About 38,000 OGE Energy Corp. customers are without power, the company said" and "while Microsoft's share ... has
increased, the firm has denied ...": the sentence names the company before the noun, as a modifier of another
noun (its owner: "Microsoft's share", "OGE Energy Corp. customers"), and a reader takes "the company" for it (blind
audits 67 and 68 judged the bare noun partly right). What it keeps: a company named otherwise ("Analysts at Goldman
Sachs expect ...": another speaker's place), a noun with any word of its own beside "the" ("the parent company", "the other firm": a company told apart
from the one named), a sentence naming two companies or more ("Apple sued Samsung, the company said": which one is
not said), a company named only after the noun, and every noun but "company" and "firm".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.source_types import entity_at, entity_type

BARE_COMPANY_NOUNS = frozenset({"company", "firm"})


def company_named_before(head: Token, lexicon: Lexicon) -> Span | None:
    """The one company NER names in the sentence before "the company" (``head``), typed a company by its name
    (``entity_type``: not a government, an outlet or a person); None where there is none or more than one."""
    if head.lower_ not in BARE_COMPANY_NOUNS or head.tag_ != "NN" or [c.lower_ for c in head.children] != ["the"]:
        return None
    named: dict[int, Span] = {}
    for token in head.doc[head.sent.start:head.i]:
        if token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            ent = entity_at(head.doc, token)
            if ent is not None and ent.end <= head.i:
                named[ent.start] = ent
    # places, nations and governments ("the EU's investigation") are no rival; a person or a second company is:
    # which one speaks is not said
    rivals = [e for e in named.values() if e.label_ in ("ORG", "PERSON")
              and entity_type(e, lexicon) in ("person", "organization")]
    if len(rivals) != 1 or rivals[0].label_ != "ORG" or entity_type(rivals[0], lexicon) != "organization":
        return None
    # the company as the owner of a noun ("Microsoft's share", "OGE Energy Corp. customers"), not one named as a
    # place or a party ("Analysts at Goldman Sachs expect ...", "Apple sued Samsung")
    return rivals[0] if rivals[0].root.dep_ in ("poss", "compound") else None
