"""A cue whose content asserts nothing: an inquiry, a right invoked (blind audit 65).

Each rule is a pure predicate on the parse, with its table of tests in ``tests/test_unasserted_contents.py``:

- ``inquiry``: "The FBI is trying to determine when White House officials ... learned about his wife's employment",
  "investigators sought to establish whether ...": a verb of finding out under a verb of trying, with a question for
  content: what is sought is not yet known, no view is held. "is trying to determine that ..." (a clause) is not
  this, nor is "determined when the leak began" (done: a finding told).
- ``invoked_right``: "Lay had refused to turn over the papers, asserting his Fifth Amendment right against
  self-incrimination", "invoked his right to remain silent": a legal act whose object is a right or a privilege, no
  proposition. "asserted his innocence", "asserted that he had the right to ..." stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span

# verbs of trying, under which a verb of finding out names a search: "trying to determine", "seeking to learn"
_TRYING = frozenset({"try", "seek", "attempt", "work", "struggle", "scramble", "strive", "hope", "want", "aim"})
# verbs of finding out: what is done when the answer is found
_FINDING_OUT = frozenset({"determine", "establish", "learn", "ascertain", "discover", "find", "figure", "understand",
                          "pin"})
_QUESTION_OPENERS = frozenset({"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"})


def inquiry(token: Token, content: Content, doc: Doc) -> bool:
    """A verb of finding out under a verb of trying, with a question for content: "The FBI is trying to determine
    when ...", "sought to establish whether ...": an inquiry, no view held. A clause ("trying to show that ...") and a
    verb of finding out done ("determined when the leak began") stay."""
    if token.lemma_.lower() not in _FINDING_OUT or token.dep_ != "xcomp" or content.quote:
        return False
    if token.head.lemma_.lower() not in _TRYING:
        return False
    span = content_span(doc, content)
    return span is not None and span.start > token.i and span[0].lower_ in _QUESTION_OPENERS


_ASSERTING = frozenset({"assert", "invoke", "exercise", "claim"})
# what is invoked as a legal act: a right, a privilege, immunity
_RIGHTS = frozenset({"right", "rights", "privilege", "privileges", "immunity"})


def invoked_right(token: Token, content: Content, doc: Doc) -> bool:
    """ "asserting his Fifth Amendment right against self-incrimination", "invoked executive privilege", "claimed
    diplomatic immunity": a right invoked, a legal act. "asserted his innocence" and "asserted that ..." stay."""
    if token.lemma_.lower() not in _ASSERTING or content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "dobj" or root.lower_ not in _RIGHTS:
        return False
    if token.lemma_.lower() in ("invoke", "exercise") or root.lower_ not in ("right", "rights"):
        return True  # "invoked his right to remain silent", "claimed executive privilege over the documents"
    # "asserted the right to pardon himself", "claimed rights to the song", "asserted the right of Israel to defend
    # itself": an entitlement spelled out is a claim that one has it, no legal act; "his right to remain silent" is one
    return not any((c.dep_ in ("acl", "relcl") and c.lemma_.lower() != "remain")
                   or (c.dep_ == "prep" and c.lower_ in ("to", "of")) for c in root.children)
