"""A market's movement read as a statement: "In Europe, France's CAC-40 rose 1.3 percent, Britain's FTSE 100
declined 0.2 percent", "North American futures pointed to a sub-par start to trading" (blind audit 62: both judged
wrong). An index, a market, futures, shares, bonds, a price or a currency (``market_nouns.txt``) with a verb of
movement or of pointing (``market_move_verbs.txt``) moves; it is no source and the verb no cue. Pure, the Doc is
not touched.

What it keeps: a person or a body pointing ("analysts pointed to weak demand", "the minister pointed to the
report"), data or a study pointing ("the data pointed to a slowdown": ``non_statements.instrument_subject`` judges
those), and a market subject with a verb of speech ("the markets are telling us ...": no movement verb)."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.resource_files import read_words

INDEX_NAMES = read_words("market_index_names.txt")
MARKET_NOUNS = read_words("market_nouns.txt") | INDEX_NAMES
MOVE_VERBS = read_words("market_move_verbs.txt")
# the market words that may stand bare, without a determiner: the names of indexes and mass nouns; a singular count
# noun standing bare is a name ("Bond indicated he would vote against the bill": a surname, not the bond market)
_BARE_WORDS = INDEX_NAMES | {"crude", "sterling"}
# heads a market name is compounded into: "Britain's FTSE 100", "the Dow Jones industrial average", "the Hang Seng";
# a noun of people or of a body is not one ("market analysts", "bond traders", "the market regulator", "Dow Chemical")
_INDEX_HEADS = frozenset({"average", "averages", "composite", "seng", "industrials", "transports"})


def market_subject(subject: Token | None) -> bool:
    """The subject names a market thing: its head ("North American futures", "Germany's DAX index") or a name
    compounded into it ("Britain's FTSE 100", "the Dow Jones industrial average"). A person or a body ("analysts",
    "the exchange's chairman") is not one."""
    if subject is None or subject.ent_type_ in ("PERSON", "NORP") or subject.pos_ == "PRON":
        return False
    if subject.tag_ in ("NN", "NNP") and subject.lower_ not in _BARE_WORDS and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in subject.children):
        return False  # "Bond indicated he would vote against the bill": a surname, not the bond market
    if subject.lower_ in MARKET_NOUNS or subject.lemma_.lower() in MARKET_NOUNS:
        return True
    if subject.pos_ != "NUM" and subject.lower_ not in _INDEX_HEADS:
        return False
    return any(c.dep_ == "compound" and c.lower_ in MARKET_NOUNS for c in subject.children)


def market_movement(token: Token) -> bool:
    """``token`` is a verb of movement or pointing (``market_move_verbs.txt``) whose own subject, or the subject
    of the verb it is conjoined to, is a market thing (``market_subject``): a market report, nothing said."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in MOVE_VERBS:
        return False
    subject = subject_of(token)
    if subject is None and token.dep_ == "conj":
        subject = subject_of(token.head)  # "stocks rose and then declined": the first verb's subject
    return market_subject(subject) and not exchange_decision(token, subject)


# what an exchange's operator decides about the companies it lists: "would delist the shares", "its listing rules"
_EXCHANGE_ACTS = frozenset({"delist", "list", "relist", "halt", "suspend"})


def exchange_decision(verb: Token, subject: Token | None) -> bool:
    """A bare index name that is an exchange's name too, the subject of a verb whose clause says what the exchange
    will do with a listing ("Nasdaq indicated it would delist the shares", "Nasdaq indicated it would halt trading"):
    the exchange's operator speaks, no index moves. Not a clause of prices ("The Nasdaq indicated a lower open"), nor
    an index with words of its own ("the Nasdaq composite indicated ...")."""
    if subject is None or subject.lower_ not in INDEX_NAMES or any(
            c.dep_ in ("det", "compound", "amod", "poss") for c in subject.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(_listing_act(t) for t in c.subtree) for c in verb.children)


# what an exchange lists, halts or delists: "the shares", "trading in the stock", "the company"
_LISTED = frozenset({"share", "stock", "trading", "company", "firm", "security", "bond", "fund"})


def _listing_act(token: Token) -> bool:
    """A verb of what an exchange does with a listing, done to a listed thing ("it would delist the shares",
    "trading in the stock would be halted", "it would delist Acme Corp"). Not a noun nor an act on anything else
    ("it would halt its slide", "stocks would halt their decline", "the Fed to rule out a hike", "as listings picked
    up")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _EXCHANGE_ACTS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass")
               and (c.lemma_.lower() in _LISTED or c.dep_ == "dobj" and c.ent_type_ == "ORG") for c in token.children)
