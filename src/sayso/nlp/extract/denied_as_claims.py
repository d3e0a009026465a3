"""The writer denying what someone claims: "the Guardian is far from “solid and reliable”, as Greenwald claims",
"there was NO report of the man “exhibiting violent behavior,” as the police sergeant claims" (blind audits 36 and
39: writers_voice). Tests: ``tests/test_denied_as_claims.py``.

After a main clause the writer negates, a trailing "as X claims" names what the writer denies: X claimed the
opposite of that clause, so the clause is no content of X's.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.aside_fragments import double_quoted_fragment, single_quoted_fragment
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import quoted

# verbs whose claim the writer doubts by the word itself; "say", "note", "report" agree as often
# ("The vaccine does not cause autism, as experts say")
_DOUBTED = frozenset({"claim", "allege", "contend", "insist", "purport", "pretend", "assert"})
# the writer's emphatic denial: "NO report", "NOT true", "NEVER said" (capitals: the writer's own stress)
_NEGATIONS = frozenset({"NOT", "NO", "NEVER", "NOTHING", "NONE", "NOBODY", "NEITHER"})


def denied_as_claim(token: Token, quotes: QuoteIndex) -> bool:
    """A cue of doubted claiming (``_DOUBTED``) in an "as" clause after the main clause it hangs on ("..., as
    Greenwald claims"), when the writer denies that main clause outside the "as" clause: "far from", "anything
    but", or a negation in capitals ("there was NO report of ..."), and no quotation closes right before the
    aside (then the quoted words are X's and the content: ``aside_fragments``).

    Kept: an "as" clause before its main clause ("As Greenwald claims, the Guardian is far from reliable": what is
    claimed is the clause), a plain negation ("The economy isn't strong, as the president claims": X may claim
    the negation), a verb that agrees ("is far from safe, as experts say"), and the same inside a quotation."""
    if token.lemma_.lower() not in _DOUBTED or token.dep_ != "advcl" or quoted(token, quotes):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    main = token.head
    if token.left_edge.i < main.i:
        return False  # "As Greenwald claims, the Guardian is ...": fronted, the claim is the main clause
    if double_quoted_fragment(token, quotes) or single_quoted_fragment(token, quotes.text):
        return False
    words = [w for w in main.subtree if w.i < token.left_edge.i]
    if any(w.text in _NEGATIONS for w in words):
        return True
    return any((w.lower_ == "far" and any(c.lower_ == "from" for c in w.children))
               or (w.lower_ == "anything" and w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ == "but") for w in words)
