"""Signs that a name NER read as a person's is a company's. Pure predicates on the parse.

The small English model tags many companies' names PERSON: "BofA", "Avery Dennison", "Ursel Reisen". The sentence
tells a reader otherwise in two ways (``company_speaker``), for a name no person's could be by its shape
(``company_shaped``: a name no given name the lists know opens, "Avery", "Ursel"; or one word with a capital inside
that no surname's prefix explains, "BofA"):

- it calls the speaker "it" and says what it does as a company does (``company_by_pronoun``): "BofA said it would cut
  1,000 jobs in its mortgage unit", "Avery Dennison said it would close three plants", "Ursel Reisen said it had
  cancelled all trips". The "it" subject of what the speaker says (or an "its" in it) must stand for no one else:
  nothing the text names before the pronoun but the speaker (``sole_referents``); and a company's thing must be that
  verb's object or what "its" owns: jobs, plants, trips, a unit, shares (``company_objects.txt``);
- a company's noun is set beside the name (``company_apposition``): "BofA, the second-largest U.S. bank, said",
  "Ursel Reisen, a German tour operator, said", "Avery Dennison, the label maker, said".

What they keep: a name a person's could be ("John Smith said it would cut 1,000 jobs": the sentence may be read out
of its story, where "it" is the company named before; "Musk said ...": a surname alone; "John Smith, a cheese maker"),
a name with a person's sign (a courtesy title, a "he", "she", "I" or "my" in what it says: ``lone_surnames.person_sign``),
an "it" after another noun ("The plan was approved. ... said it would cut jobs"), an "it" that does no company's thing
("... said it would take years"), a person's role set beside the name ("..., the bank's chief executive, said").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import read_first_names
from sayso.nlp.extract.lone_surnames import (
    CENSUS_SURNAMES,
    COMPANY_NOUNS,
    company_thing,
    does_company_things,
    person_sign,
    said_clauses,
    speaking_plural,
)
from sayso.nlp.extract.person_signs import honorific
from sayso.nlp.extract.sole_referents import name_tokens, sole_referent
from sayso.nlp.extract.source_types import ORG_NOUNS

_FIRST_NAMES = read_first_names()
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a capital inside one word: "BofA", "WeWork"; not after a surname's or a given name's prefix ("McKinley", "MacArthur",
# "DeSantis", "DiCaprio", "LeBron", "LaToya", "VanDyke", "O'Brien", "FitzGerald")
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z]\w*")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|Van|Von|De|Di|Da|Du|Des|Del|Della|La|Le|Lo|Ja|Ka|Ke|Ta|Te|Sha|St|O|D)[A-Z]")
# nouns of a company set beside a name, beyond ``COMPANY_NOUNS``: "a lender", "the insurer"; "operator" only with a
# noun of its trade before it ("a German tour operator", "the network operator"; "a crane operator" is a person's
# trade too, but no name a person's could be reaches this)
_APPOSED_COMPANY_NOUNS = COMPANY_NOUNS | frozenset({"lender", "insurer", "brokerage", "utility"})


def company_shaped(words: list[Token]) -> bool:
    """A name no person's could be by its shape: two or three capitalised words that no known given name opens
    ("Avery Dennison", "Ursel Reisen"; not "John Smith"), or one word with a capital inside that no name's prefix
    explains ("BofA"; not "McKinley", "DeSantis") and that no list knows as a surname or a given name."""
    if not all(w.text[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        word = words[0].text
        return (bool(_INNER_CAPITAL.fullmatch(word)) and not _NAME_PREFIX.match(word)
                and word.lower() not in CENSUS_SURNAMES and word.lower() not in _FIRST_NAMES)
    return 2 <= len(words) <= 3 and words[0].lower_ not in _FIRST_NAMES and not words[0].is_upper


def _apposition(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN"), None)


def _company_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _APPOSED_COMPANY_NOUNS or (
        lemma == "operator" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children))


def _named_alone(head: Token, text: str, roles: frozenset[str], *, shaped: bool = True) -> bool:
    """The mention is the company-shaped name (any name without ``shaped``), alone or with what is set beside it,
    which is no person's role."""
    doc = head.doc
    index = sorted(name_tokens(head))
    words = list(doc[index[0]:index[-1] + 1])
    if len(words) != len(index) or (shaped and not company_shaped(words)) or honorific(head):
        return False
    said = text.strip()
    if said == doc[index[0]:index[-1] + 1].text:
        return True
    appos = _apposition(head)
    if appos is None or appos.lemma_.lower() in roles:
        return False
    end = max(t.i for t in appos.subtree)
    return said == doc[index[0]:end + 1].text


def company_apposition(head: Token, text: str) -> bool:
    """A company-shaped name set beside a company's noun (see the module): "BofA, the second-largest U.S. bank, said",
    "Ursel Reisen, a German tour operator, said". Not "John Smith, a cheese maker, said" (a given name opens it), nor
    a person's role ("Ursel Reisen, the firm's founder": "founder"), nor a person's sign ("Mr. Reisen, ...")."""
    if head.pos_ != "PROPN" or not _named_alone(head, text, frozenset()):
        return False
    appos = _apposition(head)
    return appos is not None and _company_noun(appos) and not person_sign(head)


# nouns of a body set beside one word that no person is called: "Zorvix, a Romanian security company, said"; not
# "maker", "producer", "carrier" or "supplier", which a person is too ("Smith, a cheese maker"), nor "party", a person
# in a court's words ("Kowalski, a party to the lawsuit", "the injured party")
_BODY_APPOSITIONS = (ORG_NOUNS - {"party"}) | frozenset({"lender", "insurer", "chain"})
_PERSON_POSSESSIVES = frozenset({"his", "her"})


def body_apposition_on_word(head: Token, text: str) -> bool:
    """One capitalised word set beside a body's noun, whatever its shape: "Zorvix, a Romanian security company,
    said", "Softwin, the antivirus firm, said" (NER's PERSON). A person is never called "a company" or "the firm";
    not a person's trade ("Smith, a cheese maker": ``_BODY_APPOSITIONS``), nor a name of two words ("John Smith, a
    company ...", left to ``company_apposition``), nor one with a person's sign ("Mr. Smith, ...", a "he" in what
    it says)."""
    if head.pos_ != "PROPN" or len(name_tokens(head)) != 1 or not head.text[:1].isupper() or head.is_upper:
        return False
    if not _named_alone(head, text, frozenset(), shaped=False):
        return False
    appos = _apposition(head)
    return appos is not None and appos.tag_ == "NN" and appos.lemma_.lower() in _BODY_APPOSITIONS \
        and not person_sign(head) and not _called_his(head)


def _called_his(head: Token) -> bool:
    """A "his" or "her" in what the speaker says standing for no one else: "Kowalski, a Polish retailer, said his
    sales fell" (a shopkeeper)."""
    return any(t.lower_ in _PERSON_POSSESSIVES and t.dep_ == "poss" and sole_referent(t, head)
               for verb in said_clauses(head) for t in verb.subtree)


def company_by_pronoun(head: Token, text: str, roles: frozenset[str] = frozenset()) -> bool:
    """A one-word company-shaped name as a cue's subject called "it" doing a company's thing, by the signs of the
    module: "BofA said it would cut 1,000 jobs in its mortgage unit". Not a name of two or three words ("Avery Dennison
    said it would close three plants" stays a person's: "Satya Nadella said it would hire 1,000 workers" has the same
    shape, and the given-name lists cannot tell them apart), "John Smith said it would cut 1,000 jobs" (a given name opens it),
    "Avery Dennison said he would close three plants" (a person's sign), "The plan was approved. Avery Dennison said
    it would cut jobs" (another noun before the "it"), "Avery Dennison said it would take years" (no company's thing),
    "Avery Dennison, the chief executive, said it ..." (a person's role of ``roles`` beside the name)."""
    if head.pos_ != "PROPN" or head.dep_ not in _SUBJECT_DEPS or not _named_alone(head, text, roles):
        return False
    if len(name_tokens(head)) > 1:
        return False  # review 67: "Satya Nadella / Kwasi Kwarteng said it would ...": a given name no list knows
    if person_sign(head):
        return False
    said = said_clauses(head)
    for verb in said:
        for t in verb.subtree:
            if t.pos_ != "PRON" or not sole_referent(t, head):
                continue
            if t.lower_ == "its" and company_thing(t.head):
                return True  # "in its mortgage unit"
            if t.lower_ == "it" and t.dep_ == "nsubj" and t.head in said and does_company_things(t.head):
                return True  # "it would cut 1,000 jobs"
    return False


def plural_read_name_called_its(head: Token, text: str) -> bool:
    """One capitalised singular proper noun (NNP) typed a group (NER's NORP), which what it says calls "its":
    "Messagelabs said its filters caught a million copies". A group is "they" and "their", and nothing the text
    names before the "its" but the speaker could own it (``sole_referent``): a body's name. Not a plural the tagger
    reads (NNS, NNPS): a people ("Israelis said its army ...", "Europeans said its currency ...") or a common noun
    opening a sentence ("Investors said its shares ...", "Farmers said its price fell"), whose "its" is a country's or
    a company's named in another sentence; nor a word in capitals, nor a name with a person's sign, nor an "it" alone
    ("Messagelabs said it was too early": anything's)."""
    if head.tag_ != "NNP" or text.strip() != head.text or not head.text[:1].isupper() or head.is_upper:
        return False
    if head.dep_ not in _SUBJECT_DEPS or speaking_plural(head) or person_sign(head):
        return False
    return any(t.lower_ == "its" and t.dep_ == "poss" and sole_referent(t, head)
               for verb in said_clauses(head) for t in verb.subtree)


def company_speaker(head: Token, text: str, roles: frozenset[str]) -> bool:
    """A name NER read as a person's that the sentence shows is a company's (see the module)."""
    return company_apposition(head, text) or body_apposition_on_word(head, text) or company_by_pronoun(head, text, roles)
