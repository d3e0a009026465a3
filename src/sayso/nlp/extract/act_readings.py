"""Cue verbs read in a sense of acting, not of saying (blind audit 62, all judged wrong): people questioned
("Two partners ... were arrested last week and questioned by magistrates"), staff laid off ("American has laid
off 6,149 flight attendants"), and a stance taken as the act someone is accused of ("Quattrone is accused of
attempting to obstruct justice by endorsing that e-mail"). Each rule is a pure predicate on the parse; the Doc is
not touched. Tables of tests: ``tests/test_act_readings.py``.

What they keep: a claim or a view questioned ("questioned the findings", "questioned whether ...", "questioned
Mr. Trump's veracity": PolNeAR marks them, readers take them), "laid out a plan" (``cue_senses.txt``: "lay" is
saying), a stance taken outright ("Quattrone endorsed the plan") and a statement someone is accused of making
with its quotation or clause ("accused of saying that ...")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS

# words that open an indirect question: "questioned him about whether he had seen the car" tells what was asked
_QUESTION_WORDS = ("whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which")
_PERSONAL = frozenset({"him", "her", "them", "me", "us", "he", "she", "they", "i", "we", "you"})
# verbs of custody a "questioned" is conjoined to: "were arrested and questioned", "detained and questioned"
_CUSTODY = frozenset({"arrest", "detain", "hold", "interrogate", "interview", "charge", "search", "handcuff"})
# people held or sought for a crime, whom police question (audit 63: "question a suspected 'potential suicide
# bomber'"); the people nouns of the lexicon name the rest (suspect, man, woman, driver ...)
_HELD_PEOPLE = frozenset({"bomber", "detainee", "prisoner", "inmate", "attacker", "assailant", "gunman", "gunmen",
                          "hijacker", "captive", "shooter", "arsonist", "kidnapper"})
# verbs whose "of"/"with" phrase names the act someone is accused of: "accused of endorsing", "charged with"
_ACCUSING = frozenset({"accuse", "charge", "suspect", "convict", "indict", "allege", "blame", "fault", "acquit"})
# stances a person may take by an act: "by endorsing that e-mail", "accused of backing the scheme"
_STANCES = frozenset({"endorse", "support", "back", "approve", "favor", "favour", "oppose"})


def _passive(token: Token) -> bool:
    """The verb is passive, itself or as the conjunct of a passive verb ("were arrested ... and questioned")."""
    return any(c.dep_ in ("auxpass", "agent") for c in token.children) or (
        token.dep_ == "conj" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.head.children))


def _questioned(token: Token) -> Token | None:
    """Whom or what the verb questions: its direct object, or the passive subject (the conjoined verb's)."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None or not _passive(token):
        return obj
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None and token.dep_ == "conj":
        subj = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
    return subj


def questioned_people(token: Token, content: Content, people: Collection[str], text: str = "") -> bool:
    """ "were arrested and questioned by magistrates", "police questioned him for hours": to question people is to
    interrogate them; the questioners state nothing. The questioned are a personal pronoun, a person's name, a
    noun of people (``people``), or the subject of a custody verb the "questioned" is conjoined to ("were arrested
    ... and questioned"). A claim or a view questioned ("questioned the science", "questioned his sincerity",
    "questioned whether ...") and a quotation stay."""
    if token.lemma_.lower() != "question" or token.pos_ != "VERB":
        return False
    if content.quote or content.kind in QUOTE_KINDS:
        return _quoted_label_on_person(token, content, people)
    words = text[content.start:content.end].split(maxsplit=1)
    if words and words[0].lower() in _QUESTION_WORDS:
        return False  # "questioned Mnuchin on whether the tax cuts would pay for themselves": the question asked
    if token.dep_ == "conj" and _passive(token) and token.head.lemma_.lower() in _CUSTODY:
        return True
    who = _questioned(token)
    if who is None:
        return False
    return who.lower_ in _PERSONAL or who.ent_type_ == "PERSON" or _person_noun(who, people)


def _person_noun(who: Token, people: Collection[str]) -> bool:
    return who.lemma_.lower() in people or who.lower_ in people or who.lemma_.lower() in _HELD_PEOPLE


def _quoted_label_on_person(token: Token, content: Content, people: Collection[str]) -> bool:
    """ "question a suspected "potential suicide bomber" detained in Gloucester" (audit 63): the quotation is a label
    inside the noun phrase of a person held or suspected (``_HELD_PEOPLE``, "suspect", "suspected ..."), no words
    anyone said; the content is that noun phrase and nothing more. A quotation outside the person's noun phrase
    ("questioned him: "Why?"") and other people in scare quotes ("questioned the "experts"") stay."""
    who = _questioned(token)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or not _person_noun(who, people):
        return False
    if who.lemma_.lower() not in _HELD_PEOPLE | {"suspect"} and not any(
            c.dep_ == "amod" and c.lower_ in ("suspected", "alleged") for c in who.children):
        return False  # "questioned the "experts" who wrote the report": their standing questioned, a stance, kept
    doc = who.doc
    start, end = who.left_edge.idx, doc[who.right_edge.i].idx + len(doc[who.right_edge.i])
    return start <= content.start and content.end <= end + 1


def laid_off(token: Token) -> bool:
    """ "American has laid off 6,149 flight attendants", "began laying off workers": "lay off" dismisses staff, an
    act ("laid out a plan", "laid down a marker" stay: ``cue_senses.txt`` reads "lay" as saying)."""
    return token.lemma_.lower() == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)


def accused_act(token: Token, content: Content) -> bool:
    """ "is accused of attempting to obstruct justice by endorsing that e-mail": a stance verb (endorse, back,
    support ...) as a gerund inside the "of"/"with" phrase of a verb of accusing names the act charged, not a view
    the accused stated. Only with a noun-phrase content: "accused of saying that ..." and a quotation stay."""
    if token.lemma_.lower() not in _STANCES or token.tag_ != "VBG" or content.quote or content.kind in QUOTE_KINDS \
            or content.kind == "child_ccomp":
        return False
    node = token
    while node.dep_ in ("pcomp", "pobj", "prep", "xcomp", "advcl") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("of", "with") and node.head.lemma_.lower() in _ACCUSING:
            return True
        node = node.head
    return False


def continued_thing(token: Token, content: Content, span_root: Token | None, quoted: Collection[tuple[int, int]]) -> bool:
    """ "as he continued his “steady” recovery from a quad bike accident": "continue" with a noun-phrase object
    continues an activity, as ``non_statement_verbs.txt`` has it; a word of it in scare quotes does not make the
    phrase a quotation (``np_contents.bare_object`` keeps any content a quotation overlaps). Only where the
    object's head noun lies outside every quotation (``quoted``: character ranges): 'continued his “war on
    drugs”' and '"We will win," he continued' stay."""
    if token.lemma_.lower() != "continue" or content.quote or content.kind not in ("child_dobj", "dobj_plus"):
        return False
    if span_root is None or span_root.pos_ not in ("NOUN", "PROPN") or span_root.head.i != token.i:
        return False
    return not any(s <= span_root.idx < e for s, e in quoted)
