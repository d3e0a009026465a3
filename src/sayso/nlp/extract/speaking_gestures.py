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


def clause_past_gesture(participle: Token) -> Token | None:
    """The that-clause the parse hung on a gesture set off inside the cue's sentence, which is the cue's own: "Smith
    said, pointing to the chart, that the rate fell" (Smith said that the rate fell; "pointing to the chart" is what
    he did). ``participle`` is the "-ing" verb set off by a comma after a cue of saying with no clause of its own; it
    has an object or a phrase of its own ("to the chart"), no particle ("pointing out that sales fell" is a report of
    its own) and no subject; its clause opens with "that" right after the comma that closes the gesture. The clause's
    head, else None."""
    cue = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < cue.i:
        return None
    if load_lexicon().sense_of(cue.lemma_) not in ("saying", "writing") or cue.dep_ in ("relcl", "acl"):
        return None
    if any(c.dep_ in (*_CLAUSE_DEPS, "xcomp") for c in cue.children):
        return None  # "said the rate fell, pointing to the chart that ...": the cue has its clause
    doc = participle.doc
    if participle.i < 1 or doc[participle.i - 1].text not in _SET_OFF or participle.left_edge.i != participle.i:
        return None
    kids = list(participle.children)
    if any(c.dep_ in (*_OWN_SUBJECTS, "prt") for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.i > participle.i]
    own = [c for c in kids if c.dep_ in ("prep", "dobj") and c.i > participle.i]
    if len(clauses) != 1 or not own:
        return None
    clause = clauses[0]
    that = clause.left_edge
    if that.lower_ != "that" or that.dep_ != "mark" or doc[that.i - 1].text not in _SET_OFF:
        return None
    if any(c.right_edge.i >= that.i - 1 for c in own):
        return None  # the gesture's phrase runs on to the clause: no comma closes it
    return clause


def report_of_its_own(child: Token) -> bool:
    """``child`` is a participle of saying set off after a cue with no clause of its own, and carries its own
    reported clause, after a cue that says nothing of its own, only whom it told: "He told reporters, pointing out
    that sales fell", "Smith said, adding that costs rose". The
    participle is the report ("pointing out" that sales fell); the cue before it is the same act, no cue of its own:
    taking the participle's words (or a quotation near it) for its content would give the one statement twice. Kept: a
    cue with a clause or an object of its own ("said the plan failed, adding that costs rose": two statements; "spoke
    out about the death of X, arguing that ...", "mocked Romney for ..., claiming that ...": PolNeAR dev gold), a participle with no clause ("asked, pointing
    to a photo": ``gesture_while_saying``) or with a subject of its own."""
    cue = child.head
    if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < cue.i:
        return False
    lexicon = load_lexicon()
    if lexicon.sense_of(cue.lemma_) not in ("saying", "writing") or child.lemma_.lower() not in lexicon.verbs:
        return False
    if any(c != child and not _bare_of_words(c, cue) for c in cue.children):
        return False  # "spoke out about the death ..., arguing", "mocked Romney for ..., claiming": words of its own
    doc = child.doc
    if child.i < 1 or doc[child.i - 1].text not in _SET_OFF or child.left_edge.i != child.i:
        return False
    if any(c.dep_ in _OWN_SUBJECTS for c in child.children) or clause_past_gesture(child) is not None:
        return False  # "said, pointing to the chart, that the rate fell": the clause is the cue's
    clause = next((c for c in child.children if c.dep_ == "ccomp" and c.i > child.i), None)
    if clause is None:
        return False
    # "told the court, pointing at the defendant, “He is the man.”": a gesture with a phrase of its own before the
    # words; the words are the cue's, not the pointing's
    return not any(c.dep_ in ("prep", "dobj") and c.i < clause.left_edge.i for c in child.children)


_HEARER_VERBS = frozenset({"tell", "ask", "inform", "assure", "warn", "remind", "brief"})
_BARE_DEPS = frozenset({*_OWN_SUBJECTS, "aux", "auxpass", "neg", "punct", "advmod", "npadvmod"})


def _bare_of_words(child: Token, cue: Token) -> bool:
    """``child`` of the cue says nothing of what was said: its subject, an auxiliary, an adverb, a day, punctuation,
    or whom a verb of telling told ("told reporters")."""
    if child.dep_ in _BARE_DEPS:
        return True
    return child.dep_ == "dobj" and cue.lemma_.lower() in _HEARER_VERBS and child.pos_ in ("NOUN", "PROPN", "PRON")
