"""A frame that hands over what follows the colon with no verb of saying: a pure function of the parse.

"The bishops gave the following timeline:", "The police released this description of the suspect:", "The
school posted the following message to parents:" and a paragraph under it: the verb only hands over (give,
release, post), and the object, a statement's noun marked as what comes next ("the following", "this"), says
that the paragraph below is the subject's account. The cue model doubts "gave" (it is rarely a cue); the form
is as plain as "The bishops said:". Only where the colon closes the object's line and a paragraph follows
(``candidates._colon_paragraph``), and only for a noun of something said or written: "released the following
figures:" or "shared this recipe:" hand over no statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.resource_files import read_words

# Verbs that hand a statement over
HANDING_VERBS = read_words("handing_verbs.txt")
# Nouns of a statement's kind that the lexicon's lists may lack
_ACCOUNT_NOUNS = read_words("account_nouns.txt")
_NEXT_WORDS = frozenset({"following", "this", "these"})


def presented_block(token: Token, cands: Sequence[Content], nouns: frozenset[str] = frozenset()) -> bool:
    """Whether ``token`` hands over the paragraph below its colon as its subject's statement (module doc)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HANDING_VERBS:
        return False
    if not any(c.kind == "colon_para" for c in cands):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in token.children):
        return False  # a named or described subject: "we have the following statement" is the writer's
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in (_ACCOUNT_NOUNS | nouns):
        return False
    return any(c.lower_ in _NEXT_WORDS and c.i < obj.i for c in obj.children)
