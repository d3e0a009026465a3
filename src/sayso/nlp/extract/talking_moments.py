"""A clause of time on a verb of talking, read as an "as" aside: a pure predicate on the parse.

"As Smith noted, the bill has little support" names who says the main clause: "noted" takes a clause, and the "as"
stands for it. "As the senator speaks, a man in the front row bows his head", "As Obama spoke, protesters chanted",
"who, as Clinton speaks, chokes back tears": "speak" and "talk" take no clause, so the "as" (or "while", "when")
clause only says when the main clause happened, and the main clause, a scene the writer describes, is no one's words
(blind audit P83: not_attribution). Kept: a verb of talking with a clause or a quotation of its own ("as he talked,
he said that ..." is "said"'s), every verb that takes one ("As he explained, the rules have changed"), and a verb
of talking whose preposition is left without its object: "As the minister has spoken about before, the NHS needs more
money" is an aside, the "as" stands for what she spoke about.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of talking that take no clause for object: "talk that ..." and "speak that ..." are not English
_TALKING = frozenset({"speak", "talk", "chat", "converse", "chatter", "ramble", "lecture"})
_TIME_MARKS = frozenset({"as", "while", "whilst", "when"})


def talking_moment(token: Token) -> bool:
    """``token`` is a verb of talking in a clause of time ("as the senator speaks", "while Obama was talking") hung
    on the clause it dates: the main clause is what happened meanwhile, not what was said."""
    if token.dep_ != "advcl" or token.lemma_.lower() not in _TALKING:
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in token.children):
        return False  # "as she has spoken about before": the "as" is the preposition's object, an aside
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)
