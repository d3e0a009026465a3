"""A reporting clause at a sentence's end whose verb the tagger read as a plural noun.

"Researchers have now detected the plume's water vapor directly, a new study reports.": the
tagger makes "reports" a noun ("a new study reports" an NP), so no cue verb is there for the
model to score. The form is unmistakable all the same: after the sentence's last comma, a
noun phrase and a word that is a cue verb plus "s", then the full stop. The clause before
the comma is what is reported and the noun phrase is the source. Pure ``Doc -> Iterable``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
# what a record does at a sentence's end ("..., campaign finance records show."): the verb forms, any tag
DOCUMENT_SHOWING = frozenset({"show", "shows", "showed", "indicate", "indicates", "indicated", "reveal", "reveals",
                              "revealed"})


class TailReport(NamedTuple):
    cue: Token
    source: tuple[Token, Token]  # first and head (last) word of the noun phrase
    content: tuple[int, int]  # characters


def tail_reports(doc: Doc, verbs: frozenset[str], documents: frozenset[str] = frozenset()) -> Iterator[TailReport]:
    """Every sentence that ends ", <noun phrase> <cue verb>s." with the verb tagged a noun, or ", <noun phrase of a
    document> show." whatever the tags (``documents``: "campaign finance records show", the verb read as a noun)."""
    for sent in doc.sents:
        found = _tail_report(sent, verbs, documents)
        if found is not None:
            yield found


def _tail_report(sent: Span, verbs: frozenset[str], documents: frozenset[str] = frozenset()) -> TailReport | None:
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 5:
        return None
    cue = words[-1]
    record = cue.lower_ in DOCUMENT_SHOWING and words[-2].i == cue.i - 1 \
        and (words[-2].lower_ in documents or words[-2].lemma_.lower() in documents)  # "..., fundraising documents show."
    if not record and (cue.tag_ not in ("NNS", "NNPS") or not cue.lower_.endswith("s") or cue.lower_[:-1] not in verbs):
        return None
    comma = next((t for t in reversed(sent[: cue.i - sent.start]) if t.text == ","), None)
    if comma is None:
        return None
    np = [t for t in sent.doc[comma.i + 1: cue.i]]
    if not np or len(np) > 6 or (not record and (any(t.pos_ not in _NP_POS for t in np) or np[-1].pos_ not in ("NOUN", "PROPN"))):
        return None
    if record and not all(t.is_alpha or t.text in (".", "-", "'s", "’s") for t in np):
        return None  # ", the court records show.": words of a name, whatever the tagger made of them
    clause = [t for t in sent.doc[sent.start: comma.i] if not (t.is_punct or t.is_space)]
    if not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None  # "The two sources, the latest reports.": no clause is reported
    return TailReport(cue, (np[0], np[-1]), (clause[0].idx, clause[-1].idx + len(clause[-1])))
