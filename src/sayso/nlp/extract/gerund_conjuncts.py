"""A participle of saying the parse joined to a finite verb: it goes with the participle of saying before it.

"The White House had earlier issued a statement saying it was looking forward to the next steps after Mueller
handed in his report and noting that the administration has not been briefed": the parse joins "noting" to
"handed", inside the words the statement says, and lends it Mueller for subject; but a participle ("noting") is
never one conjunct with a finite verb ("handed"), and what notes is what says: the statement. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import Lexicon

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def first_participle(token: Token, lexicon: Lexicon) -> Token | None:
    """The participle of saying (a verb of the lexicon, "-ing") that a participle cue joined to a finite verb goes
    with: the nearest such participle before it, of a clause (a noun's "a statement saying", or an adverbial
    "..., saying") that holds the finite verb it was joined to. None for a participle joined to a participle ("saying
    ... and adding": the parse's own reading), to a verb in a clause of no participle of saying ("He left the room
    and, shrugging, ..."), or for a cue that is no participle."""
    if token.tag_ != "VBG" or token.dep_ != "conj" or token.head.tag_ not in _FINITE:
        return None
    joined = token.head
    for up in joined.ancestors:
        if up.i >= token.i:
            continue
        if up.tag_ == "VBG" and up.dep_ in ("acl", "advcl") and up.lemma_.lower() in lexicon.verbs:
            if up.dep_ == "acl" and _someone(up.head, lexicon):
                return None  # "emailed supporters saying: “The struggle continues” and vowing": the parse hung
                # "saying" on the addressees; they are no source of it
            return up
    return None


def _someone(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that may stand for people ("supporters", "the senator", a person's name, any plural that is no
    document): "emailed supporters saying" is the parse's slip for the sender's saying, not a document's."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.documents:
        return False
    return noun.tag_ in ("NNS", "NNPS", "NNP") or noun.ent_type_ in ("PERSON", "NORP", "ORG") or lemma in (
        lexicon.person_roles | lexicon.anonymous | lexicon.groups | lexicon.person_nouns)
