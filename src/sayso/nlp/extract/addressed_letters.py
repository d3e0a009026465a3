"""A participle after "the letter to X" is the letter's, never the addressee's (a pure function of the parse).

"She wrote the letter to Paul Burrell claiming there was a plot to kill her": the parse made "Paul Burrell" the
subject of "claiming" (a clause under "to", or a sentence of its own the parser began after "to"), and the one the
letter went to became its speaker. The letter claims, so its writer does: the subject of the verb that sent or
wrote it ("she"), or the letter itself where no verb names a writer ("A letter to Burrell claiming ... surfaced").

Kept: the addressee of a spoken "to" ("responded to critics claiming the war was lost": the critics claim, and
no document lies between), a "from X" ("a letter from Paul claiming ...": Paul wrote it), and a participle whose
subject the parse did not take from the preposition's object slot.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

_DOCUMENTS = read_words("document_nouns.txt")
# verbs by which a document goes to someone: "wrote the letter to", "sent a memo to"; "read a letter to the court"
# is not one (the reader is no writer)
_WRITING_VERBS = frozenset({"write", "send", "address", "mail", "email", "e-mail", "post", "deliver", "hand", "fax"})


def letter_writer(token: Token) -> Token | None:
    """The writer (or the document) of the participle ``token`` whose parsed subject is the addressee after "to"
    of a document ("wrote the letter to Paul Burrell claiming ...": she); None where the shape is not that."""
    if token.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    to = _addressed_to(token)
    if to is None:
        return None
    carrier = to.head
    if carrier.pos_ in ("NOUN", "PROPN"):
        return carrier if carrier.lemma_.lower() in _DOCUMENTS else None  # "a letter to Burrell claiming"
    if carrier.pos_ != "VERB" or carrier.lemma_.lower() not in _WRITING_VERBS:
        return None  # "responded to critics claiming": the critics claim
    document = next((c for c in carrier.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DOCUMENTS), None)
    if document is None and carrier.lemma_.lower() != "write":
        return None  # "handed the microphone to Smith saying": nothing written went to him
    writer = next((c for c in carrier.children if c.dep_ == "nsubj"), None)
    return writer or document


def _addressed_to(token: Token) -> Token | None:
    """The "to" whose object the parse made the participle's speaker: its subject right after a "to" left with no
    object (the participle hung under "to", on the letter, or a root the parser began after "to"), or the object of
    "to" the participle modifies ("a memo to the board claiming")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None:
        head = token.head
        if token.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.pos_ == "ADP":
            return head.head
        return None
    if subject.left_edge.i == 0:
        return None
    to = token.doc[subject.left_edge.i - 1]
    if to.lower_ != "to" or to.pos_ != "ADP" or any(c.dep_ == "pobj" for c in to.children):
        return None  # the preposition has an object of its own: the participle's subject is no addressee misread
    return to if token.head in (to, token, to.head) else None
