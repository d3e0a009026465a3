"""A place's name opening a roundup's item before a colon: a heading, no speaker. A pure predicate on the parse.

Election and news roundups open each item on its place: "Kentucky: Republican Ernie Fletcher, a three-term House
member, is battling Democratic state Attorney General Ben Chandler." The colon sets off a heading, and the words
after it are the writer's report on that place, not what Kentucky said. A transcript's or a digest's speaker label
is a name too ("PENCE: Well, ...", "Iran: “We will respond”"); what tells them apart is the words after the colon:
speech carries a quotation mark or speaks in the first or second person ("we", "I", "you"), a roundup's item does
neither.

Only a label that is wholly one place name (NER's GPE or LOC); a person's or a body's name before a colon stays a
speaker label whatever follows.
"""

from __future__ import annotations

from spacy.tokens import Token

_PLACES = frozenset({"GPE", "LOC"})
_SPEAKING = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def place_heading(label: list[Token], colon: Token) -> bool:
    """``label`` (the words before ``colon`` on its line) is one place's name and the rest of the colon's line is
    the writer's prose: no quotation mark, no first or second person."""
    if not label or any(t.ent_type_ not in _PLACES for t in label) or any(t.ent_iob_ == "B" for t in label[1:]):
        return False
    doc = colon.doc
    rest = []
    for t in doc[colon.i + 1:]:
        if "\n" in t.text:
            break
        rest.append(t)
        if "\n" in t.whitespace_:
            break
    if len(rest) < 4:
        return False  # "Kentucky: yes": too short to tell
    return not any(t.lower_ in _SPEAKING or t.text in _QUOTES for t in rest)
