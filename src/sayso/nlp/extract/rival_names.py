"""Whether a pronoun's antecedent is a guess: someone named more often since, as a sentence's subject. Pure.

"Jessie Buckley said the film was hard. Mary Reed wrote the songs. Reed had never written songs before. Reed bought
a house in Nashville. 'It could have been easy for Mary Reed to quit, but she didn't,' she said": a "he" or "she"
whose chosen name lies a writer's sentence or more back, when another person of the same sex has since been the
subject of one of the writer's sentences and the text has named that one more often than the chosen one (whose
own "he"s since count for him) up to the pronoun, is no longer plainly about the chosen one: the ranking picked
one of two names a reader weighs at least alike, and a wrong one puts words in a named person's mouth. Such a
pronoun is left as written ("she" said: partly right for a reader) rather than given a name. Not a rival: a name
that is only an object, a by-agent or a possessor ("He was assisted by Cardinal Pietro Parolin", "drafted by David
Brown's office"), one in the chosen name's own sentence ("Gerald Ford pardoned Richard Nixon"), one named only in
someone's words; and the name of the sentence right before the pronoun's keeps it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span, Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.pronouns import agreement, antecedent, name_gender, pronoun_gender
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
    return bisect_left(_places(ctx).get(surname(name), ()), before)


def _places(ctx: SourceContext) -> dict[str, list[int]]:
    """Where each surname is named, in text order (once per offset): built once per state of the names, not per
    pronoun (a long text's thousand pronouns would rescan every name each). Names change only as mentions are
    resolved (``SourceContext.remember``: one offset more in ``recalled`` each), so their count and that of the
    recalled offsets tell a stale table."""
    state = (len(ctx.names), len(ctx.recalled))
    cached = ctx.memo.get(("rival_places",))
    if cached is not None and cached[0] == state:  # type: ignore[index]
        return cached[1]  # type: ignore[index,no-any-return]
    places: dict[str, list[int]] = {}
    for n in ctx.names:
        at = places.setdefault(surname(n.name), [])
        if not at or at[-1] != n.at:
            at.append(n.at)
    ctx.memo[("rival_places",)] = (state, places)
    return places


def rival_in_between(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> bool:
    """A subject "he" or "she" whose chosen name is a writer's sentence or more back, when another person of the
    pronoun's sex that it agrees with (``fits``) is since the subject of one of the writer's sentences and the text
    has named that one more often than the chosen one: the resolution is a guess between the two. The chosen one's
    weight counts the subject pronouns the ranking reads as him since he was named ("Prince Harry arrived ... He was
    photographed ... with bodyguard Tom Pike. ... He told reporters": Harry twice). A name that is no sentence's
    subject is none ("He was assisted by Cardinal Pietro Parolin", "drafted by David Brown's office"), nor one in
    the chosen name's own sentence ("Gerald Ford pardoned Richard Nixon"), nor one the text gives no sex ("This
    graphic, provided by Statista, shows ..."). Not "they" or "it": a body or group named since is named more
    loosely ("The signatories go on: ... many ex-Muslims are leaving the Church. They warn": the signatories)."""
    if pronoun.tag_ != "PRP" or pronoun.lower_ not in SUBJECT_PRONOUNS:
        return False
    if sentences_between(ctx.quotes, chosen.head, pronoun) < 1:
        return False
    own, gender = surname(chosen.name), pronoun_gender(pronoun)
    rivals = {surname(n.name) for n in ctx.names_between(chosen.at + 1, pronoun.idx)
              if n.head.pos_ != "PRON" and surname(n.name) not in ("", own) and fits(n)
              and n.head.sent.start > chosen.head.sent.start and _sentence_subject(n.head)
              and _narrated(ctx, n.at) and name_gender(ctx, n) == gender}
    if not rivals:
        return False
    weight = mentions(ctx, chosen.name, pronoun.idx) + _linked_pronouns(ctx, chosen, pronoun)
    return any(mentions(ctx, rival, pronoun.idx) > weight for rival in rivals)


def _sentence_subject(head: Token) -> bool:
    """The name is the subject of its sentence's main verb or of a verb joined to it ("Anthony Rendon, the
    speaker, praised it"), not of a clause inside it nor an object or agent ("It was co-sponsored by Tim Scott")."""
    verb, root = head.head, head.sent.root
    return head.dep_ in SUBJECTS and (verb == root or (verb.dep_ == "conj" and verb.head == root))


def _linked_pronouns(ctx: SourceContext, chosen: Name, pronoun: Token) -> int:
    """The subject "he"s and "she"s of the pronoun's sex after the chosen name and before the pronoun that the
    ranking reads as the chosen one and that are no name already (a resolved speaker is one, ``mentions``)."""
    own, named = surname(chosen.name), set(_places(ctx).get(surname(chosen.name), ()))
    count = 0
    for t in ctx.doc[chosen.head.i + 1:pronoun.i]:
        if t.lower_ == pronoun.lower_ and t.tag_ == "PRP" and t.dep_ in SUBJECTS and t.idx not in named:
            found = antecedent(ctx, t, agreement(ctx, t))
            count += found is not None and surname(found.name) == own
    return count


def _narrated(ctx: SourceContext, at: int) -> bool:
    """The offset is in the writer's own words: outside quotations and outside what a statement says ("Smith said
    that Jones had lied. The office closed. He added": Jones is named by Smith, no rival of his)."""
    return ctx.quotes.containing(at) is None and not any(start <= at < end for start, end, _ in ctx.said)
