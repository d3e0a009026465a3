"""A participle of hoping or fearing hung on a reported clause: whose hope it is.

"Radio reports said settlers converged on the outpost, hoping to disrupt the evacuation": the parse hangs "hoping"
on "converged", the reported clause's verb. ``participle_subject`` goes up from a reported clause to its reporter,
which is right for a participle of saying ("Police said two men were held, adding that ..."): the reporter adds.
A participle of an inner state (a cue whose medium is thought in ``media.txt``: hoping, fearing, wanting) tells
what someone had in mind, and a report cannot hope: where the reporter is a thing ("radio reports", "the
statement") the hope is the reported clause's subject's, the settlers'. Where both could hope ("Police said
protesters gathered ..., hoping to free the prisoners"; "Trump said Clinton lied, hoping to win votes") the words
do not tell whose it is, and the attribution keeps no source rather than a wrong one.

Kept as before: a participle of saying, doing or citing ("adding", "citing", "saying"); a participle the parse hangs
on the reporting verb itself; a reported clause without a subject of its own before the participle, or whose
subject is a thing ("Officials said prices rose, fearing ..."), or a pronoun that may stand for the reporter
("officials have made clear that they are raising money, hoping to ..."): the reporter stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.adjunct_fears import can_hold
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.lexicon import Lexicon


def reported_doer(token: Token, media: dict[str, str]) -> Token | None:
    """The subject of the reported clause a participle of an inner state hangs on ("said settlers converged ...,
    hoping to ...": the settlers), else None."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or media.get(token.lemma_.lower()) != "thought":
        return None
    verb = token.head
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or verb.i > token.i:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)


def participle_holder(token: Token, reporter: Token | None, lexicon: Lexicon) -> Token | None:
    """The source head of a participle cue ``token`` whose parse source is ``reporter``: the reported clause's doer
    where the reporter cannot hope, None where both could, else ``reporter`` unchanged."""
    doer = reported_doer(token, lexicon.media)
    if doer is None or reporter is None or doer.i == reporter.i or not can_hold(doer, lexicon):
        return reporter
    if doer.pos_ == "PRON" and can_hold(reporter, lexicon):
        return reporter  # "officials have made clear that they are raising money, hoping to ...": they are the officials
    return None if can_hold(reporter, lexicon) else doer
