"""A wish the writer ascribes to a kind of person, as a description: "Folks who want to keep right on sinning will vote
for him", "people who want to demonstrate", "A dozen Republicans who want to be president squared off".

"Who want to ..." picks out the people the writer speaks of; it reports no one's words or stance (PolNeAR marks none
of them on its train split). Kept: a wish told of someone as news ("Smith wants to run for governor", "Republicans
want to cut taxes": the sentence's own predicate), a relative set off by commas after a name ("Smith, who wants to
run for governor, said ...": told of one person), a wish with a clause ("people who want that the law ..."), and
the same inside a quotation (the speaker's). Tests: ``tests/test_writers_ascriptions.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import quoted

_WISHING = frozenset({"want", "wish", "hope", "long", "yearn", "aspire"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


def described_wish(token: Token, quotes: QuoteIndex) -> bool:
    """A verb of wishing with a to-infinitive in a restrictive relative clause on a common noun or pronoun ("folks who
    want to ...", "anyone who wants to ...", "those that hope to ..."), outside any quotation."""
    if token.lemma_.lower() not in _WISHING or token.dep_ != "relcl" or quoted(token, quotes):
        return False
    if not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children):
        return False
    noun = token.head
    if noun.ent_type_ in _NAMES or noun.tag_ == "NNP":
        return False  # "Smith, who wants to run": one person's plan, told as news
    relative = token.left_edge
    before = token.doc[relative.i - 1] if relative.i > 0 else None
    return before is None or before.text not in (",", "(", "—", "–", "-")
