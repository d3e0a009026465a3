"""A source mention as the strategies see it (``make_ref``): its phrase without the head's clauses, its
type, a relative pronoun read as its antecedent, names of people joined typed a group. Pure."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.antecedents import acronym_read_as_relative, relative_antecedent
from sayso.nlp.extract.body_signs import company_speaker, plural_read_name_called_its
from sayso.nlp.extract.court_reports import hearing_body
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.lone_surnames import (
    CENSUS_SURNAMES,
    FOUNDER_COMPANIES,
    SURNAME_PLACES,
    brand_speaker,
    company_noun_on,
    company_sign,
    founder_company_speaker,
    lone_demonym,
    outlet_named_person,
    placeless_speaker,
    plural_agreement,
    quotes_self,
    surname_speaker,
)
from sayso.nlp.extract.person_signs import named_in_full_before
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.shared_surnames import company_of_two, shared_surname
from sayso.nlp.extract.source_context import Mention, Ref, SourceContext
from sayso.nlp.extract.source_types import RELATIVE_PRONOUNS, source_type


def make_ref(ctx: SourceContext, mention: Mention) -> Ref:
    """The mention's phrase and type; "Mr. Obama, who said ...": the relative pronoun stands for its antecedent."""
    head = ctx.doc[mention.head]
    start, end = mention.start, mention.end
    # nouns of people, and of a person without a role ("a young child, who said"): what a "who" may stand for
    antecedent = relative_antecedent(head, ctx.people | ctx.lexicon.person_nouns) \
        if head.lower_ in RELATIVE_PRONOUNS and not acronym_read_as_relative(head) else None
    if antecedent is not None:
        start, end = antecedent.left_edge.idx, antecedent.idx + len(antecedent)
        if antecedent.pos_ == "NOUN" and antecedent.i < head.i - 1:
            # "a spokeswoman for Greenpeace, who said": the phrase up to the clause, not the bare noun
            last = _before_clause(head)
            between = head.doc[antecedent.i:last.i + 1]
            if last in antecedent.subtree and len(between) <= RELATIVE_PHRASE and not any(t.is_punct for t in between):
                end = last.idx + len(last)
        head = antecedent
    end = _without_clauses(head, start, end)
    end = before_content(ctx.quotes.text, head, start, end, mention.said)
    typ = source_type(ctx.doc, start, end, head, ctx.lexicon, ctx.quotes)
    text = ctx.quotes.text[start:end]
    # a surname the text gives a full name for ("Sam Wood ... Wood said") is left to ``by_surname``
    alone = ctx.surnames.get(head.lower_, head.text) == head.text
    own_quote = typ in ("government", "organization") and alone and quotes_self(head, mention.said, ctx.quotes)
    if typ in ("group", "person") and alone and lone_demonym(head, text, ctx.lexicon.first_names):
        typ = "organization"  # "American has laid off ...": the airline, a NORP the census has as a surname
    elif (typ in ("organization", "group", "unknown") or (typ == "government" and (own_quote or head.ent_type_ == "GPE"))) \
            and alone and surname_speaker(head, text, own_quote):
        typ = "person"  # "Wood said", "'...,' Hollings said", "Lansdowne said": a surname NER took for a company, a plural or a place
    elif typ == "organization" and alone and placeless_speaker(head, text):
        typ = "person"  # "Shadrin said", "'...,' Wyden said": NER's GPE of a word no place bears, a surname it has not seen
    elif typ in ("person", "unknown") and ((alone and brand_speaker(head, text)) or company_noun_on(head)):
        typ = "organization"  # "But Virgin wants to ...", "products maker Secure Computing said": NER's PERSON, a company
    elif typ in ("person", "government") and alone and founder_company_speaker(head, text):
        typ = "organization"  # "Cisco reported earnings of $987 million": NER's GPE, a company by its earnings
    elif typ == "person" and company_speaker(head, text, ctx.lexicon.person_roles | ctx.lexicon.person_nouns):
        typ = "organization"  # "BofA said it would cut 1,000 jobs in its mortgage unit", "BofA, the bank, said": NER's PERSON
    elif typ == "group" and alone and plural_read_name_called_its(head, text):
        typ = "organization"  # "Messagelabs said its filters caught ...": the tagger's plural, a body by its "its"
    elif typ == "person" and alone and plural_agreement(head, text):
        typ = "group"  # "Politicos call this ...": NER's PERSON, people by their verb's plural
    elif typ == "outlet" and outlet_named_person(head, text):
        typ = "person"  # "Bloomberg said, 'I didn't see either one today'": the mayor, not the outlet
    if hearing_body(head):
        typ = "unknown"  # "..., a court heard yesterday": the forum heard it; who told it is not named
    elif company_of_two(head):
        typ = "organization"  # "Johnson and Johnson", "Ben and Jerry's": one company's name, not two people
    elif joined_people(ctx, head):
        typ = "group"
    return Ref(mention.start, start, end, head, ctx.quotes.text[start:end], typ, mention.said)


def before_content(text: str, head: Token, start: int, end: int, said: tuple[int, int] | None) -> int:
    """Where the mention's name ends: before the content of its own statement, which no source phrase reaches into.

    "According to an ex-Secret Service agent, Vice-President Joe Biden was regularly engaged in ...": the parse
    makes "Joe Biden", the content's subject, an apposition of "agent"; the source is the agent, never Biden. A
    name whose head stands inside the content is left as it is (another reading of the sentence, not a phrase run
    on)."""
    if said is None or not start < said[0] < end or said[0] <= head.idx:
        return end
    return start + len(text[start:said[0]].rstrip(" ,;:—–-\n\t"))


RELATIVE_PHRASE = 7  # words: a longer run before "who" is more than the noun's own phrase ("a rebuke of the pope by ...")


def _before_clause(pronoun: Token) -> Token:
    """The last word before a relative pronoun and its commas."""
    k = pronoun.i - 1
    while k > 0 and (pronoun.doc[k].is_punct or pronoun.doc[k].is_space):
        k -= 1
    return pronoun.doc[k]


def joined_people(ctx: SourceContext, head: Token) -> bool:
    """ "Vindman and Williams", "Volker and Morrison": names of people joined are a group of people,
    whatever label NER gave the whole (it often says ORG); so are given names sharing a surname ("Daren and Barbara
    Jensen", ``shared_surnames``), and lone surnames NER read as two bodies ("Wagner and Wolford said":
    ``joined_surname``)."""
    members = [head] + [c for c in head.children if c.dep_ == "conj"]
    if len(members) < 2:
        return False
    if " ".join(t.lower_ for t in head.doc[head.i:members[-1].i + 1]) in ctx.lexicon.person_named_bodies:
        return False  # "Smith and Wesson": a firm named after two people (``person_named_bodies.txt``)
    return all(_a_person(ctx, t) for t in members) or shared_surname(head, ctx.lexicon.first_names)


def _a_person(ctx: SourceContext, token: Token) -> bool:
    # "Goldstein" after "Dawn Eden Goldstein", both of which NER may call a place or a building
    return token.pos_ == "PROPN" and (token.lower_ in ctx.surnames or token.ent_type_ == "PERSON"
                                      or named_in_full_before(token, ctx.lexicon.first_names)
                                      or joined_surname(token))


def joined_surname(token: Token) -> bool:
    """One of two or more lone words joined by "and" that NER reads as a body each, that the census has as a surname
    and no company or city is known by: "Wagner and Wolford both said" (NER's ORG "Wagner", ORG "Wolford") are two
    people. A firm named after its partners is one name to NER ("Procter and Gamble", "Marks and Spencer": one
    entity that runs over the "and", not two), a founder's company ("Ford and Chrysler said": ``founder_companies``)
    or a city ("Trenton and Camden": ``surname_places``) is no surname here, nor a word in capitals ("IBM")."""
    if token.ent_type_ not in ("ORG", "GPE", "") or token.text.isupper() or not token.text[:1].isupper():
        return False
    doc = token.doc
    if token.ent_type_ and (token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")):
        return False  # part of a longer name: "Procter and Gamble", "Wells Fargo"
    if any(c.dep_ in ("det", "compound", "amod", "poss", "nmod", "case") for c in token.children):
        return False  # "the Lehman Brothers", "Smith and Jones's lawyers"
    word = token.lower_
    return (word in CENSUS_SURNAMES and word not in FOUNDER_COMPANIES and word not in SURNAME_PLACES
            and word not in PLACE_NAMES and not company_sign(token))


def _without_clauses(head: Token, start: int, end: int) -> int:
    """Where the mention's name ends: before a clause of its head ("the letter signed by seven
    physicians" is named "the letter"; the mention keeps the clause)."""
    clauses = [c for c in head.children if c.dep_ in NOUN_MODIFIER_CLAUSES and c.i > head.i and start <= c.idx < end]
    if not clauses:
        return end
    edge = min(c.left_edge for c in clauses)
    k = edge.i
    while k > head.i and (head.doc[k - 1].is_punct or head.doc[k - 1].is_space):
        k -= 1
    last = head.doc[k - 1]
    return max(start, min(end, last.idx + len(last)))
