"""A cue whose content asserts nothing: a refusal told as a clause, an inquiry, a right invoked (blind audit 65).

Each rule is a pure predicate on the parse, with its table of tests in ``tests/test_unasserted_contents.py``:

- ``no_comment_clause``: "Jordan Green, O'Brien's private attorney, said he had no comment", "said it would not
  comment": the clause reports a refusal to comment, no statement (``filters.declined_to_comment`` drops "declined
  to comment"; this is its indirect form). "said he had no comment on the deal but that the talks went well" keeps
  the second clause's own cue; a clause with more than the refusal ("said he had no comment because the case was
  closed") stays.
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

# the words of a refusal to comment: "had no comment", "would not comment", "could not elaborate"
_COMMENT_NOUNS = frozenset({"comment", "comments", "response", "statement"})
_COMMENT_VERBS = frozenset({"comment", "elaborate", "respond"})


def no_comment_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a clause that reports a refusal to comment: "he had no comment", "it had no immediate
    comment", "he would not comment": nothing was said. A quotation, and a clause with a reason, an object or a
    clause of its own, stay."""
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.head.i != token.i or root.i == token.i or len(span) > 8:
        return False
    if root.lemma_.lower() == "have":
        objects = [c for c in root.children if c.dep_ == "dobj"]
        return (len(objects) == 1 and objects[0].lower_ in _COMMENT_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "no" for c in objects[0].children)
                and not any(c.dep_ in ("ccomp", "advcl", "conj") for c in root.children))
    if root.lemma_.lower() in _COMMENT_VERBS:
        return any(c.dep_ == "neg" for c in root.children) and not any(
            c.dep_ in ("dobj", "ccomp", "advcl", "conj") for c in root.children)
    return False


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
    return root.head.i == token.i and root.dep_ == "dobj" and root.lower_ in _RIGHTS
