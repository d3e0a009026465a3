"""Advice given in words: "advised their citizens not to travel", "advised IBM that ...": a pure predicate.

"advise" with the one advised for its object and what they were told as a that-clause or a "to" infinitive
reports what the subject said to them, as plainly as "told them that ..." or "urged them to ...": the wire
audit 63 counted both forms missed ("Six countries have advised their citizens not to travel to Taiwan", "The SEC
specifically advised IBM that this is a fact-finding investigation"). The cue model scores them low (it learned
"advise" from PolNeAR, whose few golds are mostly "advising X to"), so the form raises the score
(``cue_scores``). Not a bare object ("advised the company on the merger": a consultant's work), a passive ("are
advised to stay indoors": no one named gives the advice) nor a participle with no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import to_infinitive


def advised_telling(token: Token) -> bool:
    """An active "advise" with a subject, an object and a that-clause or a to-infinitive after the object."""
    if token.lemma_.lower() != "advise" or token.pos_ != "VERB":
        return False
    kids = list(token.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False  # "he would advise him that ...", "I would advise anyone to": advice not (yet) given
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return any(c.i > obj.i and ((c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                                or (c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) and not _wh_infinitive(c)))
               for c in kids)


def _wh_infinitive(verb: Token) -> bool:
    """ "advised sales personnel how to market ...": what the advice was about, not what it said."""
    return any(c.tag_ in ("WRB", "WP", "WDT") and c.i < verb.i for c in verb.subtree)
