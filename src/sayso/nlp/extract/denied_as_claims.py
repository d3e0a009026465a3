"""The writer denying what someone claims: "the Guardian is far from “solid and reliable”, as Greenwald claims",
"there was NO report of the man “exhibiting violent behavior,” as the police sergeant claims" (blind audits 36 and
39: writers_voice). Tests: ``tests/test_denied_as_claims.py``.

After a main clause the writer negates, a trailing "as X claims" names what the writer denies: X claimed the
opposite of that clause, so the clause is no content of X's.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import quoted

# verbs whose claim the writer doubts by the word itself; "say", "note", "report" agree as often
# ("The vaccine does not cause autism, as experts say")
_DOUBTED = frozenset({"claim", "allege", "contend", "insist", "purport", "pretend", "assert"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nothing", "none", "nobody", "nowhere"})


def denied_as_claim(token: Token, quotes: QuoteIndex) -> bool:
    """A cue of doubted claiming (``_DOUBTED``) in an "as" clause after the main clause it hangs on ("..., as
    Greenwald claims"), when that main clause is negated outside the "as" clause: a negation word on its verb or
    in its words ("not", "never", "NO report", "nothing"), or "far from".

    Kept: an "as" clause before its main clause ("As Greenwald claims, the Guardian is not reliable": what is
    claimed is the negated clause), a main clause with no negation ("the plan failed, as Smith claims"), a verb
    that agrees ("is not safe, as experts say"), and the same inside a quotation."""
    if token.lemma_.lower() not in _DOUBTED or token.dep_ != "advcl" or quoted(token, quotes):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    main = token.head
    if token.left_edge.i < main.i:
        return False  # "As Greenwald claims, the Guardian is ...": fronted, the claim is the main clause
    own = range(token.left_edge.i, token.right_edge.i + 1)
    words = [w for w in main.subtree if w.i not in own and w.i < token.left_edge.i]
    if any(w.lower_ in _NEGATIONS and w.dep_ in ("neg", "det", "advmod", "nsubj", "dobj", "attr", "pobj", "cc",
                                                 "preconj") for w in words):
        return True
    return any(w.lower_ == "far" and any(c.lower_ == "from" for c in w.children) for w in words)
