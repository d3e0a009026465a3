"""The company a bare "the company" or "the firm" stands for where its own sentence names one: a pure function of
the parse.

"About 38,000 OGE Energy Corp. customers are without power, the company said" and "while Microsoft's share ... has
increased, the firm has denied ...": the sentence names the company before the noun, as a modifier of another
noun (its owner: "Microsoft's share", "OGE Energy Corp. customers"), and a reader takes "the company" for it (blind
audits 67 and 68 judged the bare noun partly right). What it keeps: a company named otherwise ("Analysts at Goldman
Sachs expect ...": another speaker's place), a noun with any word of its own beside "the" ("the parent company", "the other firm": a company told apart
from the one named), a sentence naming two companies or more ("Apple sued Samsung, the company said": which one is
not said), a company named only after the noun, a sentence after one that named another body, person or subject
("Instagram first introduced business accounts ... across Facebook's various platforms, according to the company":
the company the story is about may be the one named before), and every noun but "company" and "firm". A name NER
ran into its possessive is named without it ("Facebook’s": Facebook)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.name_forms import norm_name
from sayso.nlp.extract.source_types import entity_at, entity_type, government_regex

BARE_COMPANY_NOUNS = frozenset({"company", "firm"})
# words that make the company named another's counterparty ("Rival Acme Corp.", "its supplier Acme Corp.")
_COUNTERPARTY_WORDS = frozenset({"rival", "competitor", "customer", "client", "supplier", "partner", "suitor",
                                 "bidder"})


def company_named_before(head: Token, lexicon: Lexicon) -> Span | None:
    """The one company NER names in the sentence before "the company" (``head``), typed a company by its name
    (``entity_type``: not a government, an outlet or a person); None where there is none or more than one."""
    if head.lower_ not in BARE_COMPANY_NOUNS or head.tag_ != "NN" or [c.lower_ for c in head.children] != ["the"]:
        return None
    doc = head.doc
    rivals = bodies_and_people(doc[head.sent.start:head.i], head.i, lexicon)
    if len(rivals) != 1 or rivals[0].label_ != "ORG" or entity_type(rivals[0], lexicon) != "organization":
        return None
    # the company as the owner of a noun ("Microsoft's share", "OGE Energy Corp. customers"), not one named as a
    # place or a party ("Analysts at Goldman Sachs expect ...", "Apple sued Samsung")
    if _subject_of_content(rivals[0].root, head):
        return _alone_in_sentence_before(rivals[0], head, lexicon)
    if rivals[0].root.dep_ not in ("poss", "compound"):
        return None
    # the company's own thing as the subject of a clause ("Ford's shares rose", "OGE Energy Corp. customers are
    # without power"), not a thing another company did to it ("After Walmart's decision to drop its products",
    # "Despite Microsoft's offer", "after JPMorgan's upgrade": the object of a preposition or verb, whose owner is
    # the company's counterparty), nor a person of it ("Exxon's former chief executive joined the board")
    owned = rivals[0].root.head
    if owned.dep_ not in ("nsubj", "nsubjpass") or owned.lemma_.lower() in lexicon.person_roles:
        return None
    return _alone_in_sentence_before(rivals[0], head, lexicon)


def _subject_of_content(name: Token, head: Token) -> bool:
    """The company's name is the subject of what the noun's verb reports, in the clause the verb governs or governs
    it ("Acme Corp. is recalling its toasters, the company said": "recalling" and "said" hang on each other), with
    no verb before it in the sentence: not the subject of a clause another speaker reports ("Regulators said Acme
    Corp. had broken the rules, the company said", whatever the parse hung on what)."""
    if name.dep_ not in ("nsubj", "nsubjpass") or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in name.doc[name.sent.start:name.i]):
        return False
    verb, cue = name.head, head.head
    return (verb.head == cue or cue.head == verb) and not _counterparty_clause(name, head)


def _counterparty_clause(name: Token, head: Token) -> bool:
    """The clause says what the company is to another ("Apple Inc. is its biggest customer", "Google will be its
    partner": a copula with its attribute) or holds a possessive pronoun that may be the speaker's ("Apple Inc.
    accounts for 40 percent of its sales", "Walmart will stop selling its products"): the company named may be the
    speaker's customer, partner or rival; so may a name with a word saying so ("Rival Acme Corp."). A pronoun inside
    the object of the company's own verb ("Acme is recalling its toasters", "Microsoft is preparing changes to its
    software") is the company's."""
    verb = name.head
    if verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children):
        return True
    if any(t.lower_ in _COUNTERPARTY_WORDS for t in name.subtree):
        return True  # "Rival Acme Corp. is cutting prices": the rival of the company the story is about
    return any(t.lower_ in ("its", "their") and t.dep_ == "poss"
               and not any(a.dep_ == "dobj" and a.head == verb for a in t.ancestors)
               for t in verb.subtree if t.i < head.i)


def _alone_in_sentence_before(company: Span, head: Token, lexicon: Lexicon) -> Span | None:
    """``company`` unless the sentence before names another body or person: in an article, the sentence before may
    have named the company the story is about ("Instagram first introduced business accounts ... across Facebook's
    platforms, according to the company"): any other body or person named there leaves the noun as it is."""
    doc = head.doc
    before = doc[head.sent.start - 1].sent if head.sent.start > 0 else None
    if before is not None and (any(norm_name(e.text) != norm_name(company.text)
                                   for e in bodies_and_people(before, before.end, lexicon))
                               or any(_unnamed_subject(t) and t.text not in company.text for t in before)):
        return None  # "Instagram first introduced ...": a subject's name NER left without an entity is one too
    return without_possessive(company)


def bodies_and_people(words: Span, end: int, lexicon: Lexicon) -> list[Span]:
    """The companies and people NER names among ``words`` (ending before token ``end``): places, nations and
    governments ("the EU's investigation") are left out, as no rival speaker of a company's words."""
    named: dict[int, Span] = {}
    for token in words:
        if token.ent_type_ in ("ORG", "PERSON"):
            ent = entity_at(token.doc, token)
            if ent is not None and ent.end <= end:
                named[ent.start] = ent
    return [e for e in named.values() if not _government(e, lexicon)
            and entity_type(e, lexicon) in ("person", "organization")]


def _unnamed_subject(token: Token) -> bool:
    """A capitalised proper noun, the subject of its clause, that NER gave no entity ("Instagram first introduced
    ..."): a speaker's name as much as an entity is."""
    return token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") and not token.ent_type_ \
        and token.text[:1].isupper()


def without_possessive(ent: Span) -> Span:
    """ "Facebook’s" of NER's entity: the name without its possessive."""
    return ent[:-1] if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s", "'", "’") else ent

def _government(ent: Span, lexicon: Lexicon) -> bool:
    """A government's name, though NER says ORG: an alias of one ("the EU's investigation": ``aliases.txt``) or a
    name of ``governments.txt`` ("the FTC")."""
    return norm_name(ent.text) in lexicon.aliases or ent.text.lower() in lexicon.aliases or bool(
        government_regex(lexicon).search(ent.text))
