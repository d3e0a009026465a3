"""A "he" or "she" that goes on from the same pronoun, the subject of a sentence before: "Bryant, a former minister,
said the prime minister should act. He cited Robert Spencer and Pamela Geller, who were banned by May, as
precedents. In a letter to May, he said: ...": the second "he" is whoever the first is (Bryant), though the names the
first one's sentence brings on (Spencer, a "he" too) stand nearer. Pure.

A reader follows the subject from sentence to sentence; the ranking of names (``pronouns``) sees only names and
leaves such a "he" to no one where a name mentioned in passing stands between. Only the last resort of
``by_pronoun``, for a pronoun no name was found for: the nearest subject before it, in its own sentence or the
``_BACK`` before, outside quotations, must be the same pronoun as the main clause's subject (a subordinate "when he
moved" is passed over), with no one else a subject in between: a name, another person's pronoun, a noun of a person.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.scene import person_noun, sentences_back
from sayso.nlp.extract.source_context import Name, SourceContext

_BACK = 2  # sentences before the pronoun's own
_PASSED = frozenset({"who", "whom", "which", "that", "it"})  # a relative stands for its noun; "it" is a thing


def chained_antecedent(ctx: SourceContext, pronoun: Token, resolve: Callable[[Token], Name | None]) -> Name | None:
    """What the same pronoun before stands for (``resolve``: its antecedent), where it is the last subject before
    this one and the subject of its sentence's main clause; None otherwise."""
    low = pronoun.lower_
    if low not in ("he", "she") or pronoun.dep_ not in SUBJECTS or ctx.quotes.containing(pronoun.idx) is not None:
        return None
    for tok in reversed(pronoun.doc[sentences_back(pronoun, _BACK):pronoun.i]):
        if tok.dep_ not in SUBJECTS or ctx.quotes.containing(tok.idx) is not None:
            continue
        if tok.lower_ == low and tok.tag_ == "PRP":
            if tok.head == tok.sent.root:
                return resolve(tok)
            continue  # "When he moved ...": the same one, on to the main clause
        if tok.pos_ == "PRON" and tok.lower_ in _PASSED:
            continue
        if tok.pos_ in ("PROPN", "PRON") or (tok.pos_ == "NOUN" and person_noun(ctx, tok)):
            return None
    return None
