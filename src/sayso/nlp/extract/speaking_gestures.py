"""What a speaker did while speaking, set off after the cue: a pure predicate on the parse.

"Ebert asked Franklin, pointing to a color photo of Linda Franklin on a projection screen", "“We will win,” she
added, smiling", "he asked, referring to the report", "the minister said, citing data that showed inflation
rising": a participle after a comma that the parse hung on the verb of saying tells what the speaker did as they
spoke, never what they said (blind readers marked it wrong as the content of "asked"). Kept: a participle that
carries a clause or a quotation of its own ("said, adding that the plan would cost millions", "spoke at length,
saying the plan would cost millions", 'asked, pointing out that “the deadline passed”'): the participle is a report
of its own and its clause is said; a participle with a subject of its own ("said, his voice shaking") and one
before the cue ("Pointing to the map, the general said the city had fallen"), and one after a document the cue
sends or issues ("sent a letter to the chairman, calling for his dismissal": the letter's words; PolNeAR dev gold),
and one after a cue in a relative clause ("defies everything Republicans have stood for, drawing scorn": the parse
hung the main clause's participle on the nearest verb; left to the other rules).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import load_lexicon

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_SET_OFF = frozenset({",", "—", "–", ";"})


def gesture_while_saying(child: Token) -> bool:
    """``child`` is a participle ("-ing") set off by a comma after the cue of saying or writing it hangs on, with no subject of its own
    no clause of its own and no quotation in it: what the speaker did while speaking."""
    cue = child.head
    if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < cue.i:
        return False
    lexicon = load_lexicon()  # cached: the lexicon every rule reads
    if lexicon.sense_of(cue.lemma_) not in ("saying", "writing"):
        return False  # "have stood for, drawing scorn": a stance's, left to the other rules
    if cue.dep_ in ("relcl", "acl"):
        return False  # "defies everything Republicans have stood for, drawing scorn": the main clause's act, left as it was
    doc = child.doc
    i = child.left_edge.i - 1
    while i > cue.i and doc[i].is_quote and doc[i].is_punct:
        i -= 1  # 'called him “reckless,” pointing to ...': the comma inside the closing mark
    if i <= cue.i or doc[i].text not in _SET_OFF or child.left_edge.i != child.i:
        return False  # "asked while pointing", "said by pointing": a conjunction or preposition opens it
    if any(c.dep_ in _OWN_SUBJECTS for c in child.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.documents for c in cue.children):
        return False  # "sent a letter to the chairman, calling for his dismissal": what the letter says
    if any(c.dep_ in _CLAUSE_DEPS for c in child.children):
        return False  # "adding that ...", "pointing out that ...": a report of its own ("citing data that showed ..."
        # has its clause under the object: the data's, not the participle's)
    return not any(t.is_quote and t.is_punct for t in child.subtree)
