"""Acts, outcomes and the writer's own guesses read as someone's words: pure predicates on the parse.

- ``declined_offer``: "The agency declined a Pentagon offer to extend the team", "the club rejected an invitation to
  play": taking or refusing an offer is an act of the subject, no word of it is reported. Kept: a verdict on the offer
  ("rejected the offer as inadequate"), a clause of saying beside it ("declined the offer, saying it undervalued the
  company": the participle is its own cue), a refusal to speak ("declined to comment"), a request or a charge
  ("rejected a request from Democrats to ...": a ruling, which PolNeAR marks).
- ``helped_persuade``: "X helped convince voters that Y should win": the outcome of X's work, the voters' belief;
  nothing X said is reported. Kept: "X convinced Republicans that the bill would fail" (X argued it).
- ``offer_taken_or_refused``, ``offered_to_buy``: the offer itself that is declined ("a Pentagon offer to extend the
  team"), a bid for a company ("Acme offered to buy the firm for $5 a share"): acts. Kept: "offered to resign" (an
  offer of one's own act, which PolNeAR marks).
- ``guessed_view``: "Retirees might not view it as such a bargain": a modal guess of the writer's at how a group sees
  a thing (``writers_voice.hypothetical_speech`` leaves a negated modal alone, as a refusal: "may not say"). Kept:
  a report of the guess ("Voters might view it as a betrayal, a poll suggests": the poll's cue).
- ``generic_one_as_proposed``: "One can also debate the merits of a tax on trades, as Sanders proposes": the adjunct
  tells whose proposal the tax is; the sentence of the generic "one" with a modal is the writer's own.

Tests: ``tests/test_deeds_not_words.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import MAYBE_MODALS, modals, quoted

# verbs of taking or refusing what is offered
_TAKING = frozenset({"decline", "reject", "accept", "refuse", "spurn", "rebuff"})
# what is offered: an act's object, no words. Not "request", "demand", "call", "charge", "claim", "argument": a ruling
# on a request or a denial of a charge is marked by PolNeAR annotators
_OFFERS = frozenset({"offer", "offers", "invitation", "invitations", "bid", "bids"})
# the words of a noun phrase before its head: "a Department of Defense offer", "Oracle's latest offer"
_NP_LEAD_TAGS = frozenset({"DT", "PRP$", "JJ", "JJS", "NNP", "NNPS", "NN", "POS", "IN", "CD", "HYPH", "PDT"})
# verbs of bringing someone to a belief
_PERSUADING = frozenset({"convince", "persuade"})
# verbs of seeing a thing as something
_SEEING_AS = frozenset({"view", "see", "regard", "consider"})
# verbs whose object is a thing proposed ("as Sanders proposes" = the tax Sanders proposes)
_PROPOSING = frozenset({"propose", "suggest", "recommend", "advocate", "envision", "envisage", "plan", "want"})
# verbs of a bid: "offered to buy the firm"
_BUYING = frozenset({"buy", "acquire", "purchase"})
_GENERIC_ONE = frozenset({"one", "you"})


def _offer_head(span: Span) -> Token | None:
    """The offer a content is a noun phrase of: its first words lead up to "offer" / "invitation" / "bid"."""
    for token in span[:8]:
        if token.lower_ in _OFFERS:
            return token
        if token.tag_ not in _NP_LEAD_TAGS:
            return None
    return None


def declined_offer(token: Token, span: Span | None) -> bool:
    """ "declined a Pentagon offer to extend the team": an act of taking or refusing, nothing said. The content is the
    cue's object, a noun phrase of an offer; a verdict ("as inadequate") beside the cue keeps it."""
    if span is None or token.lemma_.lower() not in _TAKING or span.start <= token.i:
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" for t in token.children):
        return False  # "rejected the offer as inadequate": a verdict on it
    if any(t.lower_ == "as" and t.dep_ == "prep" for t in span):
        return False
    if any(t.text == "," and t.i > token.i for t in span) and any(t.tag_ == "VBG" for t in span):
        return False  # "declined the offer, saying ...": the words come after
    gap = span.doc[token.i + 1:span.start]
    if any(not (t.pos_ in ("ADV", "PART") or t.is_punct) for t in gap):
        return False
    return _offer_head(span) is not None


def helped_persuade(token: Token) -> bool:
    """ "helped convince Republicans that Trump should be president": the outcome of the subject's work (the cue is
    the persuading verb, or "helped" with it)."""
    if token.lemma_.lower() == "help":
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _PERSUADING for c in token.children)
    if token.lemma_.lower() not in _PERSUADING:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in ("help", "helped") for c in token.children):
        return True  # the parse may make "helped" an auxiliary: "Jones helped persuade lawmakers to ..."
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() == "help"


def offer_taken_or_refused(token: Token) -> bool:
    """ "declined a Defense Department offer to extend the team": the offer is the object of an act, itself an act
    of its maker (the parse may read "offer" as a verb under the taking verb)."""
    return token.lower_ in _OFFERS and token.head.lemma_.lower() in _TAKING and token.head.i < token.i


def offered_to_buy(token: Token) -> bool:
    """ "Acme offered to buy the firm for $5 a share": a bid for a company, an act; nobody says anything."""
    return token.lemma_.lower() == "offer" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _BUYING for c in token.children)


def guessed_view(token: Token, quotes: QuoteIndex) -> bool:
    """ "Retirees might not view it as a great deal": the writer's guess at a group's view, negated or not."""
    if token.lemma_.lower() not in _SEEING_AS or quoted(token, quotes):
        return False
    if not any(m in MAYBE_MODALS for m in modals(token)):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    return token.dep_ in ("ROOT", "conj") and token.head.dep_ in ("ROOT", "conj") \
        and not any(c.dep_ == "mark" for c in token.children)


def generic_one_as_proposed(token: Token, span: Span | None) -> bool:
    """ "One can also debate the merits of a tax on trades, as Sanders proposes": the cue is an "as" adjunct after
    its content, a clause of the generic "one" with a modal, which is the writer's."""
    if span is None or token.lemma_.lower() not in _PROPOSING or span.end > token.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    root = span.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ in _GENERIC_ONE and bool(modals(root))
