"""Names the text itself calls a newspaper or a magazine: "Pakistan's Dawn newspaper", "Dawn, a Pakistani daily",
"the Pakistani newspaper Dawn", "The Spectator magazine". Pure functions of the parse.

A small site's page names the outlets it cites by such phrases, and NER reads the name alone as
anything (a person "Dawn", nothing at all for "Spectator"); the noun beside it says what it is. The
name is then an outlet for the source typing (``source_types``) and one a later "the paper" reaches
(``source_context``, ``source_roles.by_role_noun``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# what the press is called beside its name; not "paper" ("the Mueller paper" is a document), nor "website",
# "network" or "agency" ("the WHO website" is the body's)
PRESS_NOUNS = frozenset({"newspaper", "daily", "magazine", "tabloid", "weekly", "broadsheet", "publication", "outlet"})
_BESIDE = ("compound", "appos")


def press_noun(token: Token) -> bool:
    """A singular common noun of the press: "newspaper", "daily" (which NER may call a date), "magazine"."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in PRESS_NOUNS


def press_named(token: Token) -> bool:
    """The proper noun is a name the text calls a newspaper or magazine: compounded on the noun ("Dawn newspaper",
    "The Spectator magazine"), the noun set beside it ("Dawn, a Pakistani daily") or it beside the noun ("the
    Pakistani newspaper Dawn", "newspaper Dawn")."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ == "compound" and press_noun(token.head) and token.head.i == token.i + 1:
        return True
    if token.dep_ in _BESIDE and press_noun(token.head) and token.head.i < token.i:
        return True  # "the Pakistani newspaper Dawn"
    if token.dep_ == "appos" and token.i > 0 and press_noun(token.doc[token.i - 1]) \
            and token.ent_type_ not in ("DATE", "TIME"):
        return True  # "an article in the Pakistani publication Dawn": the parse set "Dawn" beside "article"
    return any(c.dep_ == "appos" and press_noun(c) for c in token.children)


def press_name(token: Token) -> Span:
    """The whole name a press-named word ends: NER's entity holding it, with the proper nouns compounded before it
    ("Sunday Times" of "The Sunday Times newspaper", where NER made "Sunday" a date)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ == "PROPN":
        end += 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i <= max(end - 1, token.head.i):
        start -= 1
    return doc[start:end]


def named_press(head: Token) -> Span | None:
    """The press's own name in a phrase whose head is the name or the press noun: "Dawn" of "Pakistan's Dawn
    newspaper", "the newspaper Dawn" and "Dawn, a Pakistani daily"; None where no name is set beside the noun."""
    if press_named(head):
        return press_name(head)
    if not press_noun(head):
        return None
    named = next((t for t in head.children if press_named(t)), None)
    return None if named is None else press_name(named)


def press_names(doc: Doc) -> list[Span]:
    """Every name the text calls a newspaper or magazine, once each, in text order."""
    out: dict[int, Span] = {}
    for token in doc:
        if press_named(token):
            span = press_name(token)
            out.setdefault(span.start, span)
    return [out[k] for k in sorted(out)]
