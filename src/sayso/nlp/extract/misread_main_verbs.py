"""A sentence's main verb that the parse hung on the noun before it as a modifier: pure.

After a long aside on the subject, the parse sometimes makes the subject noun the sentence's root and the verb
after the aside a clause modifying it ("acl"), as if it were a participle: "The company, which is expected to lay
off thousands of employees, confirmed on Monday that it had been contacted by the office of the NYAG" (a real page,
blind audit h33: missed), "The bank, which reported losses, revealed on Monday that it would cut jobs". Read so,
the verb of saying looks like "the statement released on Monday": a modifier, no one's statement. A real participle
on a noun leaves the sentence a verb of its own ("The statement, released on Monday, said ..."), so the noun is not
the root; and a participle after an aside takes no clause of its own.

A plural noun read as a verb (``noun_read_as_verb``): "U.S. plans to help rebuild Libya largely fell to the wayside"
(blind audit p81: not_attribution): the parse makes "plans" the verb of "U.S." and the sentence's own verb ("fell")
a clause hung on it; the noun's infinitive says what was to be done, and nobody is said to state the plan.

The other way round (``modifier_read_as_main_verb``): "A disproportionate number of refugees from Iraq admitted to
the United States have been Christian" (blind audit p71: not_attribution): the parse makes the participle on the
noun ("refugees admitted to the United States") the root and the sentence's own predicate ("have been Christian")
its clause; no one admitted anything.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import ALL_SUBJECTS
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_ASIDES = frozenset({"relcl", "appos"})


def main_verb_read_as_modifier(token: Token) -> bool:
    """``token`` is the sentence's main verb read as a modifier of its subject: the subject noun is the sentence's
    root, an aside on it (a relative clause or an apposition) closes with the comma right before ``token``, and
    ``token`` takes a clause ("confirmed on Monday that ...")."""
    head = token.head
    if token.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or token.i == 0:
        return False
    if token.doc[token.i - 1].text != "," or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    return any(c.dep_ in _ASIDES and c.i < token.i for c in head.children)


def modifier_read_as_main_verb(token: Token) -> bool:
    """``token`` is a past participle on the noun before it that the parse made the sentence's verb: its clause
    ("have been Christian", "are women") opens on a finite verb or a modal and has no subject and no "that" of its
    own, which a reported clause always has ("admitted to police he had stolen the car", "admitted that he lied").
    So "refugees admitted to the United States have been Christian", "the workers admitted to the program are
    women": the noun's modifier, not a saying."""
    subject = next((c for c in token.children if c.dep_ in ALL_SUBJECTS), None)
    if token.tag_ not in ("VBD", "VBN") or subject is None or subject.pos_ in ("PROPN", "PRON") or token.lemma_.lower() == "say":
        return False  # a name or a pronoun is no noun a participle qualifies ("the IAEA said on Monday ElBaradei had
        # accepted": the parse lost "ElBaradei" as subject), and "said" qualifies no noun without "to be"
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i < token.i:
            continue
        if any(c.dep_ in ALL_SUBJECTS or c.dep_ == "mark" for c in clause.children):
            continue
        first = clause.left_edge
        if first.tag_ in FINITE_OR_MODAL_TAGS and (first.i == clause.i or first.head.i == clause.i and first.dep_ in ("aux", "auxpass")) \
                and first.i > token.i + 1 and not first.doc[first.i - 1].is_punct and _only_adjuncts(token, first.i) \
                and not _bare_noun_subject(token, first):
            return True
    return False


def _only_adjuncts(token: Token, end: int) -> bool:
    """Every word between ``token`` and ``end`` is in a phrase of place, time or manner hung on ``token`` ("admitted
    | to the United States |"), with no verb and no punctuation, not a clause of its own ("said | the drugs reported
    missing | were found")."""
    doc = token.doc
    if end <= token.i + 1:
        return False
    between = doc[token.i + 1:end]
    if any(w.pos_ in ("VERB", "AUX") or not any(ch.isalnum() for ch in w.text) or not w.text.isalnum() and
           any(ch in ",;:\"“”'‘’" for ch in w.text) for w in between):
        return False  # a clause or a quotation in between ("reported on what his research indicates | were ...",
        # 'said on Tuesday,“Hungary will ...'): the parse lost a subject, not a participle's noun
    for word in between:
        while word.head.i != token.i and word.head.i != word.i:
            word = word.head
        if word.head.i != token.i or word.dep_ not in ("prep", "advmod", "npadvmod", "agent"):
            return False
    return True


def _bare_noun_subject(token: Token, first: Token) -> bool:
    """The word before the clause is a bare noun hung on ``token`` ("found last year | was the hottest", "reported
    Tuesday | was the busiest day", "confirmed yesterday | was the deadline"), not a prepositional phrase: it may be
    the clause's own subject the parse read as a time adverb, so the cue stands, unless the clause's verb disagrees
    with it in number ("students admitted to Harvard this year | are more diverse")."""
    word = first.doc[first.i - 1]
    while word.head.i != token.i and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("prep", "agent") or word.pos_ not in ("NOUN", "PROPN", "ADV"):
        return False
    verb = first.lower_
    if word.tag_ in ("NN", "NNP", "RB"):
        return not (first.tag_ == "VBP" or verb == "were")
    return not (first.tag_ == "VBZ" or verb == "was")


_LOST_VERB_DEPS = frozenset({"advcl", "ccomp", "conj", "dep", "parataxis"})


def noun_read_as_verb(token: Token) -> bool:
    """``token`` is a plural noun with its infinitive ("plans to help rebuild Libya", "calls to expand the program")
    that the parse made a present-tense verb: a finite verb with no subject and no "that", "and" or comma of its own
    comes right after the infinitive's clause ("... Libya | largely fell to the wayside", "... the bridge | were
    shelved") and hangs on ``token``; it is the sentence's verb, and the noun its subject. A verb with an object or a
    pronoun for subject is a verb ("She then urges her husband to come out of the car and repeatedly says ..."). "The city plans to widen the
    bridge, officials said", "He plans to run and will announce it Monday" keep the verb: a comma or a conjunction
    opens the next clause; so do "Putin pledges to cut troops in Syria warns of retaliation", "The senator vows to
    block the nominee then heads to the floor": a plural noun does not agree with "warns", "heads" (``_singular``)."""
    if token.tag_ != "VBZ" or not token.lower_.endswith("s"):
        return False
    if any(c.dep_ in ("dobj", "dative") or c.dep_ in ALL_SUBJECTS and c.pos_ == "PRON" for c in token.children):
        return False  # "She then urges her husband to come out": an object or a pronoun subject makes it a verb
    infinitive = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is None:
        return False
    if token.dep_ in ALL_SUBJECTS and token.head.i > infinitive.right_edge.i and not _singular(token.head):
        return True  # "Party calls to replace the chairman | have grown louder": the parse made it the subject itself
    end = infinitive.right_edge.i
    doc = token.doc
    for verb in token.children:
        if verb.dep_ not in _LOST_VERB_DEPS or verb.i <= end or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ALL_SUBJECTS or c.dep_ in ("mark", "cc") for c in verb.children):
            continue
        first = verb.left_edge
        if doc[first.i - 1].dep_ == "cc" or doc[first.i - 1].is_punct:
            continue  # "... to come out of the car and | repeatedly says": a conjunct the parse hung lower down
        if not (first.tag_ in FINITE_OR_MODAL_TAGS or verb.tag_ in FINITE_OR_MODAL_TAGS):
            continue
        if _singular(verb):
            continue  # "Johnson vows to fight on says he will not quit": a plural noun takes no "says", "was", "has"
        between = doc[end + 1:verb.i]
        if first.i == end + 1 and all(w.pos_ in ("ADV", "AUX", "PART") and w.head.i == verb.i for w in between):
            return True
    return False


_SINGULAR_FINITES = frozenset({"is", "was", "has", "does", "'s"})


def _singular(verb: Token) -> bool:
    """The verb's finite word agrees only with a singular subject ("says", "draws", "was shelved", "has grown"), so a
    plural noun cannot be its subject: "Putin pledges to cut troops in Syria warns of retaliation" is two verbs."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = auxes[0] if auxes else verb
    return finite.tag_ == "VBZ" or finite.lower_ in _SINGULAR_FINITES
