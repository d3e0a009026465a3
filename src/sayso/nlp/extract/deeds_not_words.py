"""Acts and the writer's own guesses read as someone's words: pure predicates on the parse.

- ``offered_to_buy``: a bid for a company at a price ("Acme offered to buy the firm for $5 a share"): an act. Kept:
  "offered to resign", "offered to buy lunch for the team" (an offer of one's own act, which PolNeAR marks).
- ``guessed_view``: "Retirees might not view it as such a bargain": a modal guess of the writer's at how a group sees
  a thing (``writers_voice.hypothetical_speech`` leaves a negated modal alone, as a refusal: "may not say"). Kept:
  a report of the guess ("Voters might view it as a betrayal, a poll suggests": the poll's cue).
- ``generic_one_as_proposed``: "One can also debate the merits of a tax on trades, as Sanders proposes": the adjunct
  tells whose proposal the tax is; the debating, with the generic "one" and a modal, is the writer's. Kept: an
  adjunct over the act itself ("One might abolish the tax, as the institute recommends": the institute's proposal).

Not here: taking or refusing an offer ("rejected Trump's offer", "declined a Department of Defense offer") and
"helped convince X that P". PolNeAR marks both as attributions on the audited pages, and a rejection is often a stated
position ("Hamas rejected the ceasefire offer").

Tests: ``tests/test_deeds_not_words.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import MAYBE_MODALS, modals, quoted

# verbs of seeing a thing as something
_SEEING_AS = frozenset({"view", "see", "regard", "consider"})
# verbs whose object is a thing proposed ("as Sanders proposes" = the tax Sanders proposes)
_PROPOSING = frozenset({"propose", "suggest", "recommend", "advocate", "envision", "envisage", "plan", "want"})
# the writer's verbs of weighing a thing: an "as X proposes" adjunct can only name whose the thing is, not the weighing
_WEIGHING = frozenset({"debate", "question", "discuss", "doubt", "dispute", "challenge", "weigh", "examine", "wonder",
                       "ponder", "quibble"})
# verbs of a bid: "offered to buy the firm"
_BUYING = frozenset({"buy", "acquire", "purchase"})
_GENERIC_ONE = frozenset({"one", "you"})


def _priced(verb: Token) -> bool:
    """A "for" + price adjunct of a buying verb: "for $5 a share", "for $2 billion", "for NZ75c a share"."""
    return any(c.dep_ == "prep" and c.lower_ == "for"
               and any(t.ent_type_ == "MONEY" or t.tag_ == "$" or t.lower_ in ("share", "shares") for t in c.subtree)
               for c in verb.children)


def offered_to_buy(token: Token) -> bool:
    """ "Acme offered to buy the firm for $5 a share": a bid for a company at a price, an act; nobody says anything."""
    return token.lemma_.lower() == "offer" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _BUYING and _priced(c) for c in token.children)


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
    its content, a clause of the generic "one" with a modal and a verb of weighing, which is the writer's."""
    if span is None or token.lemma_.lower() not in _PROPOSING or span.end > token.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    root = span.root
    if root.lemma_.lower() not in _WEIGHING:
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ in _GENERIC_ONE and bool(modals(root))
