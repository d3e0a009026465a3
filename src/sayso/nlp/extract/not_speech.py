"""Cues that read as attributions but are not: hedges, labels, imperatives, hypothetical speech,
"according to plan", a passive with neither agent nor clause (``not_speech``); pure, the Doc is not touched."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.according_forms import issued_finding
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.anonymity import anonymity_condition
from sayso.nlp.extract.candidates import SUBJ_DEPS
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.implicatives import daring_holder, implicative_adjective
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.misread_main_verbs import (
    main_verb_read_as_modifier,
    modifier_read_as_main_verb,
    noun_read_as_verb,
)
from sayso.nlp.extract.participles import object_participle
from sayso.nlp.extract.poll_findings import finding_participle
from sayso.nlp.extract.relative_reports import document_participle
from sayso.nlp.extract.verb_tags import FINITE_TAGS

HEDGE_VERBS = ("appear", "seem")


_ANONYMITY = ("name", "identify", "identified", "named")


_HYPOTHETICAL_HEADS = ("dare", "tempt", "afford")
def not_speech(token: Token, lexicon: Lexicon | None = None) -> bool:
    """Cues that read as attributions but are not.

    "it appears that", "X seems to believe" (hedges, marked as such, never cues);
    "who asked not to be named", "who did not want to be named" (a condition of anonymity); hypothetical speech: "they
    have every incentive to claim", "it is easy to claim", "nobody would dare to say";
    "according to plan" (no one is cited); "the statement was posted" (a passive with
    neither an agent nor a clause).
    """
    lem = token.lemma_.lower()
    if lem in HEDGE_VERBS:
        return True
    if possessed_participle(token):
        return True  # "Stadia's recommended Chromecast", "the party's stated aim": an adjective
    if modifier_read_as_main_verb(token):
        return True  # "refugees admitted to the United States have been Christian": the noun's participle
    if noun_read_as_verb(token):
        return True  # "U.S. plans to help rebuild Libya largely fell to the wayside": a noun and its infinitive
    if lexicon is not None and colon_label(token, lexicon.colon_labels):
        return True  # "Warning: the road is closed": a label, not a speaker's word
    if token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in SUBJ_DEPS for c in token.children) \
            and all(t.is_punct or t.pos_ in ("ADV", "INTJ") for t in token.sent[: token.i - token.sent.start]):
        return True  # an imperative: "Note: the office is closed"
    if lem == "ask" and any(c.dep_ == "xcomp" and any(g.lemma_.lower() in _ANONYMITY for g in c.subtree) and any(g.dep_ == "neg" for g in c.subtree) for c in token.children):
        return True
    if anonymity_condition(token):
        return True  # "a Republican who attended but did not want to be named" (anonymity.py)
    if token.dep_ in ("relcl", "acl") and token.head.pos_ == "NOUN" and to_infinitive(token) \
            and daring_holder(token) is None:
        return True  # "every reason to claim", "the temptation to say": no one says it ("had the gall to say" did)
    documents = lexicon.documents if lexicon is not None else frozenset()
    if token.dep_ in ("xcomp", "acl") and token.head != token and \
            document_participle(token, documents, lexicon.senses if lexicon is not None else {}) is None and \
            (lexicon is None or object_participle(token, lexicon.senses, documents, person_words(lexicon)) is None) and \
            (lexicon is None or not finding_participle(token, agency_of(lexicon).finders)):  # "polls showing her behind"
        head = token.head
        if head.pos_ in ("NOUN", "ADJ") and not any(c.dep_ == "poss" for c in head.children) \
                and not implicative_adjective(head) and daring_holder(token) is None and not finite_clause(token) \
                and not main_verb_read_as_modifier(token):  # "The company, which ..., confirmed on Monday that"
            return True
        if head.lemma_.lower() in _HYPOTHETICAL_HEADS:
            return True
    if token.lower_ == "according" and token.i + 1 < len(token.doc):
        pobj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
        if pobj is not None and not issued_finding(pobj, lexicon.documents if lexicon else frozenset()) and (
                pobj.lemma_.lower() in (lexicon.not_sources if lexicon else ())
                or pobj.lower_ in (lexicon.measurements if lexicon else ())
                or (pobj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in pobj.children))):
            return True  # "according to plan", "according to the timetable", "according to data from X" (figures say nothing)
    if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
        has_agent = any(c.dep_ == "agent" for c in token.children)
        has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        if not has_agent and not has_clause:
            return True
    return False


_INDEFINITE_SUBJECTS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody no-one one whoever".split())
# nouns whose clause the writer takes as true ("the fact that he said"); "the claim / suggestion / story that he said"
# is someone else's account, which may be false
_FACTIVE_NOUNS = frozenset({"fact", "news"})


def finite_clause(token: Token) -> bool:
    """``token`` heads a clause of its own, with a subject and a tense, on a noun that takes it as true ("despite the
    fact that he has said: “…”", "the news that she told reporters ..."): the writer says someone said it. Not on a
    noun of someone's account ("She rejected the suggestion that she had called voters “deplorables”", "the claim that
    he said ..."), nor with a modal ("the fact that he will say": not said yet); a participle or an infinitive ("a man
    named Smith", "the temptation to say") has no subject of its own, and an indefinite subject says nothing yet
    ("based on the fact that someone claims ...": a case put)."""
    if token.head.lemma_.lower() not in _FACTIVE_NOUNS:
        return False
    subject = subject_of(token)
    if subject is None or subject.dep_ != "nsubj" or subject.lower_ in _INDEFINITE_SUBJECTS:
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxes):
        return False
    return token.tag_ in FINITE_TAGS or bool(auxes)


def possessed_participle(token: Token) -> bool:
    """A participle between a possessive and its noun: "Stadia's recommended Chromecast Ultra", "the party's stated
    aim", "Trump's promised wall". It qualifies the noun, whatever the parse made of it (it may read "recommended"
    as the sentence's verb); no one says anything there."""
    if token.tag_ not in ("VBN", "VBD") or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i - 1].tag_ == "POS" and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def colon_label(token: Token, labels: frozenset[str]) -> bool:
    """ "Warning: the road is closed", "UPDATE: ...": a label word and a colon at the head of a line.

    Inside a sentence the same word with a colon is a verb introducing its quotation: "Liu
    said the army could be deployed, warning: “They are already there.”"
    """
    if token.lower_ not in labels or token.i + 1 >= len(token.doc) or token.nbor().text != ":":
        return False
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return not any(ch.isalnum() for ch in text[line_start:token.idx])


def person_words(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.person_roles | lexicon.anonymous | lexicon.groups
