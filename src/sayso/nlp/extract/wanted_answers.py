"""A question asked by wanting to know: '“Why would they do that?” Issa wanted to know.'

"wanted to know" with nothing after it reports the question before it as "asked" would: the quotation is what
was said, the cue "wanted to know" (as PolNeAR marks it), and the medium speech. The parse offers the bare
infinitive "to know" as the verb's content, which says nothing. Only a bare "to know" (no object, no clause of its
own: "wanted to know why ..." and "wanted to know more" keep theirs), the wanting a fact ("did not want to know"
asks nothing), and only a quotation that is a question ('“We will win,” he wanted to know' is no such form). Pure: Tokens in, Tokens out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sayso.nlp.extract.implicatives import states_a_fact

if TYPE_CHECKING:  # candidates -> this module: the type only
    from sayso.nlp.extract.candidates import Content

_WANTING = frozenset({"want"})


def wanted_to_know(cue: Token) -> Token | None:
    """The bare infinitive "know" right after ``cue`` ("wanted to know", "wants to know"), with no word of its own
    but its "to", the wanting stated as a fact (no negation, modal or "to" of its own); None where the form is
    another."""
    if cue.lemma_.lower() not in _WANTING or cue.pos_ != "VERB" or not states_a_fact(cue):
        return None  # "did not want to know", "would want to know": no question asked
    doc = cue.doc
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].lower_ != "to":
        return None
    know = doc[cue.i + 2]
    if know.lemma_.lower() != "know" or know.dep_ != "xcomp" or know.head != cue:
        return None
    if any(c.i != cue.i + 1 for c in know.children):
        return None  # "wanted to know why ...", "wanted to know more": the infinitive has its own content
    return know


def asked_question(cue: Token, cands: Sequence[Content], text: str) -> Content | None:
    """The question before "wanted to know" ('“Why would they do that?” Issa wanted to know'): the quotation
    before the cue (``quote_before``) that ends with a question mark, where the cue is a bare "wanted to know"
    (``wanted_to_know``); None otherwise. The form is as plain as '“…?” Issa asked.'"""
    if wanted_to_know(cue) is None:
        return None
    return next((c for c in cands if c.kind == "quote_before"
                 and text[c.start:c.end].rstrip(" \t\"”’'").endswith("?")), None)


def asking_words(cue: Token, content: tuple[int, int] | None) -> list[Token]:
    """ "to know" of "wanted to know" when ``content`` is not the infinitive itself: the cue's words after it."""
    know = wanted_to_know(cue)
    if know is None or (content is not None and content[0] <= know.idx < content[1]):
        return []
    return [cue.doc[cue.i + 1], know]
