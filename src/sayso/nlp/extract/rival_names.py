"""Whether a pronoun's antecedent is a guess: someone as prominent named since. Pure.

"Mark Hill, a lawyer, said the deal was fair. The deal was signed in the office of Tom Reed. The office was closed on
Friday. He said the deal would hold": a "he" or "she" whose chosen name lies a sentence or more of the writer's back,
with another name of the same sex named in between in the writer's words that the text has named at least as often
as the chosen one up to the pronoun, is no longer plainly about the chosen one: the ranking picked one of two
names a reader weighs alike, and a wrong one puts words in a named person's mouth. Such a pronoun is left as written
("he" said: partly right for a reader) rather than given a name. The main character of a text (named more often
than anyone in between) keeps his "he" across sentences that mention others ("Orban has criticized Soros ... He also
said"); so does the name of the sentence right before the pronoun's, and one whose rival is only named in someone's
words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.pronouns import name_gender, pronoun_gender
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_context import Name, SourceContext

SUBJECT_PRONOUNS = frozenset({"he", "she"})


def sentences_between(quotes: QuoteIndex, chosen: Token, pronoun: Token) -> int:
    """How many of the writer's sentences lie between the chosen name's sentence and the pronoun's: those that
    begin outside quotations. The sentences of a quotation ('In court, Bacon badgered Hadeed. “Are you going to
    share it? I hope not. I hope you learned,” he said') are the words the pronoun's statement says, not a text
    that has moved on from Bacon."""
    doc = chosen.doc
    if chosen.i >= pronoun.i or chosen.sent.start == pronoun.sent.start:
        return 0
    sents = {t.sent.start: t.sent for t in doc[chosen.sent.end:pronoun.sent.start]}.values()
    return sum(1 for sent in sents if quotes.containing(_first_word(sent).idx) is None)


def _first_word(sent: Span) -> Token:
    """The sentence's first token that is no punctuation: a quotation's opening mark is not inside it."""
    return next((t for t in sent if not t.is_punct), sent[0])


def mentions(ctx: SourceContext, name: str, before: int) -> int:
    """How often the text names someone (by surname, as names group; a resolved pronoun counts) before an offset:
    the places named, once each however many names were read there."""
    key = surname(name)
    return len({n.at for n in ctx.names_between(0, before) if surname(n.name) == key})


def rival_in_between(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> bool:
    """A subject "he" or "she" whose chosen name is a writer's sentence or more back, with another name of the
    pronoun's sex that it agrees with (``fits``) named since in the writer's words, that the text has named at
    least as often as the chosen one: the resolution is a guess between the two. A rival the text gives no sex
    ("This graphic, provided by Statista, shows ...") is none. Not "they" or "it": a body or group named since is
    named more loosely ("The signatories go on: ... many ex-Muslims are leaving the Church. They warn": the
    signatories)."""
    if pronoun.tag_ != "PRP" or pronoun.lower_ not in SUBJECT_PRONOUNS:
        return False
    if sentences_between(ctx.quotes, chosen.head, pronoun) < 1:
        return False
    own, gender = surname(chosen.name), pronoun_gender(pronoun)
    rivals = {surname(n.name) for n in ctx.names_between(chosen.at + 1, pronoun.idx)
              if n.head.pos_ != "PRON" and surname(n.name) not in ("", own) and fits(n)
              and _narrated(ctx, n.at) and name_gender(ctx, n) == gender}
    if not rivals:
        return False
    weight = mentions(ctx, chosen.name, pronoun.idx)
    return any(mentions(ctx, rival, pronoun.idx) >= weight for rival in rivals)


def _narrated(ctx: SourceContext, at: int) -> bool:
    """The offset is in the writer's own words: outside quotations and outside what a statement says ("Smith said
    that Jones had lied. The office closed. He added": Jones is named by Smith, no rival of his)."""
    return ctx.quotes.containing(at) is None and not any(start <= at < end for start, end, _ in ctx.said)
