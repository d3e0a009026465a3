"""A verb of saying joined to the words another verb of saying reports, where the words' subject is the
speaker again: a pure function of the parse.

"He said that he would offer a prayer but did not suggest it would be Trump", "Ginsburg said that she
didn't want to think about it and predicted that Clinton will win": the parse joins the second verb of
saying ("suggest", "predicted") to the verb of the reported clause ("offer", "want"), so its subject is
the clause's "he" or "she". That pronoun stands for the first verb's subject, so either way one person
speaks twice; a reader takes the two verbs of saying as a pair of that speaker's, and the speaker is the
first verb's subject as written ("He", "Ginsburg"), not the pronoun inside what it reports. Where the
clause's subject may be someone else ("Smith said Jones resigned and apologized", "She said he lied and
denied it") the parse is left as it is, unless the second verb's tense is the first verb's and not the
clause's ("Huckabee's campaign said he has not accepted ... and suggested": ``in_reporting_tense``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS, subject_of
from sayso.nlp.extract.person_signs import titles_sex
from sayso.nlp.extract.source_types import THIRD_PERSON_SUBJECTS
from sayso.nlp.extract.verb_tags import FINITE_TAGS


def same_speaker_again(clause: Token, verb: Token, given_genders: dict[str, str] | None = None,
                       people: frozenset[str] = frozenset()) -> bool:
    """Whether the subject of ``clause`` (the verb of what ``verb`` reports) is a personal pronoun that
    agrees with ``verb``'s own subject: the same pronoun ("He said that he ..."), or "he"/"she" after a
    named person ("Ginsburg said that she ...") whose title or given name does not say otherwise or after a
    singular noun of a person (``people``: "The senator said she ..."), or "they" after a plural subject
    ("Officials said they ..."). No other person may be named between the two."""
    inner, outer = subject_of(clause), subject_of(verb)
    if inner is None or outer is None or inner.lower_ not in THIRD_PERSON_SUBJECTS or not outer.i < inner.i:
        return False
    if outer.lower_ == inner.lower_:
        return _nobody_between(outer, inner)
    if inner.lower_ == "they":
        return outer.tag_ in ("NNS", "NNPS") and _nobody_between(outer, inner)
    if outer.pos_ == "NOUN" and outer.tag_ == "NN" and outer.lemma_.lower() in people:
        return _nobody_between(outer, inner)
    if outer.ent_type_ != "PERSON" or outer.pos_ != "PROPN":
        return False
    return _gender_fits(outer, inner.lower_, given_genders or {}) and _nobody_between(outer, inner)


def _gender_fits(name: Token, pronoun: str, given_genders: dict[str, str]) -> bool:
    """A title ("Mr.", "Ms.") or a given name of one gender in ``name``'s phrase is not against ``pronoun``."""
    words = [t for t in name.subtree if t.i <= name.i]
    sex = titles_sex(t.lower_ for t in words)
    if sex is not None:
        return pronoun == ("he" if sex == "m" else "she")
    given = next((given_genders.get(t.lower_) for t in words if t.ent_type_ == "PERSON" and t.i < name.i), None)
    return given is None or given == ("m" if pronoun == "he" else "f")


def _nobody_between(outer: Token, inner: Token) -> bool:
    """No other person or pronoun sits between the two subjects ("He said Smith's lawyer told him he ...")."""
    return not any(t.ent_type_ == "PERSON" or t.lower_ in THIRD_PERSON_SUBJECTS or t.lower_ in ("him", "her", "them")
                   for t in outer.doc[outer.right_edge.i + 1:inner.i])


def set_off_conjunct(token: Token, clause: Token) -> bool:
    """ "Farage said the warning was indicative that the President did not know ..., and accused Number 10 of
    ...", "Spicer said the party was not in a crisis, and urged that everyone take a deep breath": a verb with no
    subject of its own joined by a comma and "and" or "but" to the verb of a reported clause (``clause``) goes on
    with the speaker, past the clause's end the comma marks: the reported clause's subject (a president, a party)
    does not accuse or urge. Without the comma ("Smith said Jones resigned and apologized") the parse stands."""
    if token.dep_ != "conj" or token.head == token:
        return False
    cc = next((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), None)
    if cc is None or cc.lower_ not in ("and", "but") or cc.i == 0:
        return False
    before = token.doc[cc.i - 1]
    return before.text == "," and clause.i < cc.i and not any(t.text == "," for t in token.doc[cc.i + 1:token.i])


_SHARED_FORMS = frozenset({"VB", "VBN", "VBG"})  # the forms a conjunct takes when it shares the first one's auxiliary


def finite_word(verb: Token) -> Token:
    """The word that carries ``verb``'s tense: its first auxiliary ("has" of "has not accepted", "did" of "did not
    suggest"), the auxiliary a bare conjunct shares with the verb it is joined to ("'d" of "he'd sit ... and
    tell"), else the verb itself ("suggested", "tells")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is not None:
        return aux
    if verb.dep_ == "conj" and verb.head != verb and verb.tag_ in _SHARED_FORMS:
        return finite_word(verb.head)
    return verb


def in_reporting_tense(token: Token, verb: Token) -> bool:
    """ "Huckabee's campaign said he has not accepted any new gigs and suggested that ...", "Kasich says he'd sit
    Putin down and tells the crowd ...", "Police say the suspect has fled and warn that ...": a verb with no subject
    of its own (``token``), joined to the verb of the clause a verb of saying (``verb``) reports, whose tense is the
    verb of saying's ("said ... suggested", "says ... tells") and not that clause's ("has", "'d"): a reader takes it
    for the speaker's second verb, not the clause's. One tense throughout ("Smith said Jones had resigned and
    claimed ...", "She said he lied and denied it") tells nothing: the parse stands, and so does a clause whose tense
    no auxiliary or copula carries ("Sanders participated in the march and says ...": a past deed and a present
    word of one person) or a participle that may share the clause's "has" ("has criticized ... and called the
    president weak"). Two present tenses that do not agree ("she opposes ... and worry") count as two tenses."""
    if token.dep_ != "conj" or token.head == token or any(c.dep_ in SUBJECTS for c in token.children):
        return False
    tense = finite_word(token).tag_
    if tense not in FINITE_TAGS or tense != finite_word(verb).tag_:
        return False
    clause = finite_word(token.head)
    if clause.tag_ == tense:
        return False
    if {tense, clause.tag_} == {"VBZ", "VBP"}:
        return True  # "supporters question whether she opposes the deal and worry": "she" would not "worry"
    if clause.pos_ != "AUX":
        return False  # "Sanders participated in the march and says he wants ...": a past deed and a present word
    # "has criticized the president ... and called him weak": a past participle like "called" may share the "has"
    # (the tagger's past tense tells nothing there); a verb of saying with a clause of its own does not
    shares = clause.lemma_.lower() in ("have", "be") and clause.dep_ in ("aux", "auxpass")
    return not shares or any(c.dep_ == "ccomp" for c in token.children)
