"""One attribution put together from a cue and its content: the cue's words, the source and addressee
read off the parse, the medium, the score (``build_found``), and whether it is direct, mixed or
indirect (``kind_of``). Pure, the Doc is not touched."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.addressees import addressee_head, np_tokens
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content, char_range, cue_tokens
from sayso.nlp.extract.found import Found, overlaps
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.medium import medium_of
from sayso.nlp.extract.not_speech import person_words
from sayso.nlp.extract.participles import object_participle
from sayso.nlp.extract.quotes import QuoteIndex, is_nominal_quote
from sayso.nlp.extract.role_tails import name_before_role
from sayso.nlp.extract.source_heads import source_head
from sayso.nlp.extract.source_spans import source_extent, without_box_label


def build_found(token: Token, content: Content, quotes: QuoteIndex, score: float, lexicon: Lexicon) -> Found:
    """The attribution of cue ``token`` with ``content``: its source and addressee are read off the parse."""
    cue_words = cue_tokens(token, (content.start, content.end))
    cue = char_range(cue_words)
    assert cue is not None
    content_ranges = content.parts or ((content.start, content.end),)
    src_tok = object_participle(token, lexicon.senses, lexicon.documents, person_words(lexicon)) or source_head(token, content_ranges)
    if src_tok is not None and src_tok.dep_ == "nsubj":
        src_tok = name_before_role(src_tok) or src_tok  # "Christine South, head of IFRC's (...) operations, said"
    if src_tok is not None and bare_demonstrative(src_tok):
        src_tok = None  # "But this only explains why ...": a thing or a proposition, never a speaker as written
    if src_tok is not None and thing_before_conjoined_cue(token, src_tok, lexicon):
        src_tok = None  # "The deaths shocked the state and called on the government to act": no one speaks
    source = None
    if src_tok is not None:
        src_words, src_tok = source_extent(src_tok, cue=token, content=content_ranges, roles=lexicon.person_roles)
        source = char_range(without_box_label(src_words, lexicon.colon_labels))
    addr_tok = addressee_head(token)
    addressee = char_range(np_tokens(addr_tok)) if addr_tok is not None else None
    if addressee is not None and any(overlaps(addressee, part) for part in content_ranges):
        # within a content's parts only: '"A," Smith told the BBC. "B."' keeps the BBC between them
        addressee, addr_tok = None, None
    return Found(
        kind=kind_of(content, quotes, quotes.text),
        content=(content.start, content.end),
        cue=cue,
        source=source,
        source_head=src_tok.i if src_tok is not None else None,
        addressee=addressee,
        addressee_head=addr_tok.i if addr_tok is not None else None,
        score=score,
        cue_head=token.i,
        parts=content.parts,
        medium=medium_of(token, cue_words, src_tok, lexicon.media, lexicon.documents),
    )


def kind_of(content: Content, quotes: QuoteIndex, text: str = "") -> str:
    """direct: the content is a quotation; mixed: it holds one; indirect: neither.

    Scare-quoted words ("another “atrocity”") do not make a content mixed.
    """
    near = quotes.overlapping(content.start, content.end)
    if text:
        near = [q for q in near if not is_nominal_quote(text, q)]
    length = content.end - content.start
    covered = sum(max(0, min(q.end, content.end) - max(q.start, content.start)) for q in near)
    if content.quote or (length and covered >= 0.9 * length):
        return "direct"
    if covered:
        return "mixed"
    return "indirect"


_DEMONSTRATIVES = frozenset({"this", "that", "these"})


def bare_demonstrative(subject: Token) -> bool:
    """ "This shows he lied", "That irritates Clinton supporters", "These calls for more troops": a demonstrative
    standing alone for a subject points at a thing or a proposition, never at a speaker the reader can see. A
    relative "that" (its antecedent speaks), "those who said", "those surveyed" and "this reporter" are others. So
    are bare "Words" ("Words cannot describe ..."), whose owner no one names."""
    if subject.lower_ == "words" and subject.dep_ == "nsubj":
        # "Words cannot describe how much I love ...": an idiom, no one's words; "his words", "the words of
        # the statement", "Trump's own words" have an owner
        return not any(c.dep_ in ("det", "poss", "prep", "amod", "compound") for c in subject.children)
    return subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT" and subject.dep_ in ("nsubj", "nsubjpass") \
        and not any(not c.is_punct for c in subject.children)


def thing_before_conjoined_cue(token: Token, subject: Token, lexicon: Lexicon) -> bool:
    """The subject of the verb a conjoined cue hangs on is a thing that cannot speak: "Thousands of deaths from
    opioids shocked the state and called on the government to act" (the parse gives "called" the deaths for
    subject; whoever called is not named). Only a noun known for a thing, an event or a deed (``agency_nouns.txt``'s
    things and events, ``UNSPEAKING``): the lexicons of people miss many ("the real estate tycoon", "management",
    "Trump's rivals"), and a name the tagger took for a common noun ("Fields later tweeted ... and said") speaks."""
    if token.dep_ != "conj" or subject.head.i == token.i or subject.pos_ not in ("NOUN", "NUM"):
        return False
    return _thing(subject, lexicon)


# deeds, events and parts of the body, which no lexicon of things lists: "the deaths", "the disruptions",
# "his recent attacks", "the move", "the businessman's rhetoric", "Mr. Obama's eyes"
UNSPEAKING = frozenset({"death", "killing", "shooting", "attack", "disruption", "crash", "fire", "storm", "violence",
                        "move", "rhetoric", "eye", "taste", "thing", "time", "goal", "effort", "flood", "explosion"})
_QUANTITIES = frozenset({"thousand", "hundred", "million", "dozen", "number", "lot", "handful", "couple"})


def _thing(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of ``UNSPEAKING`` or a thing or an event of the agency lexicon ("thousands of deaths": the deaths)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NUM" or lemma in _QUANTITIES:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        return inner is not None and inner.pos_ == "NOUN" and _thing(inner, lexicon)
    if noun.ent_type_ or (noun.text[:1].isupper() and not noun.is_sent_start):
        return False  # a name the tagger made a common noun
    agency = agency_of(lexicon)
    return lemma in UNSPEAKING or lemma in agency.objects or lemma in agency.events
