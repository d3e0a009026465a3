"""A sentence's main verb that the parse hung on the noun before it as a modifier: pure.

After a long aside on the subject, the parse sometimes makes the subject noun the sentence's root and the verb
after the aside a clause modifying it ("acl"), as if it were a participle: "The company, which is expected to lay
off thousands of employees, confirmed on Monday that it had been contacted by the office of the NYAG" (a real page,
blind audit h33: missed), "The bank, which reported losses, revealed on Monday that it would cut jobs". Read so,
the verb of saying looks like "the statement released on Monday": a modifier, no one's statement. A real participle
on a noun leaves the sentence a verb of its own ("The statement, released on Monday, said ..."), so the noun is not
the root; and a participle after an aside takes no clause of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

_ASIDES = frozenset({"relcl", "appos"})


def main_verb_read_as_modifier(token: Token) -> bool:
    """``token`` is the sentence's main verb read as a modifier of its subject: the subject noun is the sentence's
    root, an aside on it (a relative clause or an apposition) closes with the comma right before ``token``, and
    ``token`` takes a clause ("confirmed on Monday that ...")."""
    head = token.head
    if token.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or token.i == 0:
        return False
    if token.doc[token.i - 1].text != "," or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    return any(c.dep_ in _ASIDES and c.i < token.i for c in head.children)
