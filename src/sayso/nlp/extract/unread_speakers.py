"""A continuation cue after a speaker the extraction could not read: '“...,” the host said. ... “I think it was a
shock,”Warren said. ... “It will be hard,” she continued': "she continued" goes on with the quotation right
before it, whose speaker is Warren, not the host; the glued "”Warren" gave no statement a source, so the last
speaker read is the wrong one. Pure functions of the parse.

``unread_speaker`` finds that speaker: the pronoun is the subject of a verb that goes on with what was said
(``CONTINUING_VERBS``: "continued", "added", "went on"), its words are a quotation, and between the chosen name and
those words stands a quotation of a sentence or more that no statement's source holds, in a sentence whose verb of
saying (outside any quotation) has a subject that is a noun or name, no pronoun and no word of the chosen name:
someone else spoke there (one named only as people the pronoun does not fit is passed over). ``unread_person``
gives the one earlier name that subject's word is part of and the pronoun fits ("Warren": Senator Ann Warren for
"she"); where none or several, the pronoun is left as written: a wrong name costs more than none. A quotation no
one is said to speak ('“...,” Smith said. / “...” / “...,” he added': Smith going on) and one spoken by a "he" or
"she" (the same one, as likely as not) stay with the chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.quotes import Quote, is_nominal_quote
from sayso.nlp.extract.source_context import Name, SourceContext, norm_name

# verbs whose subject goes on with the words just quoted: '“...,” she continued', "he added"
CONTINUING_VERBS = frozenset({"continue", "add"})
# phrasal ones, by particle: "went on", "carried on"
CONTINUING_PHRASES = {"go": "on", "carry": "on"}
MIN_WORDS = 4  # a quotation this long or longer is a statement, not a scare-quoted phrase
_GLUED_MARK = re.compile(r"[\"”]")  # a closing mark a name was glued to: "paranoia,”Warren" is Warren


def continuing_cue(pronoun: Token) -> bool:
    """The pronoun is the subject of "continued", "added", "went on"."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb == pronoun:
        return False
    lemma = verb.lemma_.lower()
    if lemma in CONTINUING_VERBS:
        return True
    particle = CONTINUING_PHRASES.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def unread_speaker(ctx: SourceContext, pronoun: Token, said: tuple[int, int] | None, chosen: Name,
                   fits: Callable[[Name], bool]) -> str | None:
    """The word (lower case) naming the speaker of the last quotation no statement's source holds, between the
    chosen name and the quoted words of the pronoun's continuing cue; None where there is none (see the module).
    A speaker only named as people the pronoun does not fit ("”Lopez said" after "Mr. Lopez", for "she") is passed
    over: "she continued" goes on with the last quotation of a woman."""
    if said is None or not continuing_cue(pronoun):
        return None
    words = ctx.quotes.overlapping(said[0], said[1])
    if not words:
        return None  # "she added that ...": no quotation to go on with
    between = [q for q in ctx.quotes.overlapping(chosen.at, words[0].start)
               if q.start > chosen.at and q.end <= words[0].start]
    own = set(chosen.name.lower().split())
    for quote in reversed(between):
        word = _unread(ctx, quote, own)
        if word is not None and not _only_others(ctx, word, pronoun.idx, fits):
            return word
    return None


def unread_person(ctx: SourceContext, word: str, before: int, fits: Callable[[Name], bool]) -> Name | None:
    """The one person named before ``before`` whose name holds ``word`` and whom the pronoun fits; None where no
    one or more than one ("Clinton" for "she" with Hillary and Chelsea Clinton both named)."""
    found: dict[str, Name] = {}
    for n in ctx.names_between(0, before):
        if n.type == "person" and not n.modifier and word in n.name.lower().split() and fits(n):
            found[norm_name(n.name)] = n
    return next(iter(found.values())) if len(found) == 1 else None


def _only_others(ctx: SourceContext, word: str, before: int, fits: Callable[[Name], bool]) -> bool:
    """Every name before ``before`` with ``word`` in it is one the pronoun does not fit or no person's ("”Toyota
    said" for "he": the company), and there is one."""
    named = [n for n in ctx.names_between(0, before) if word in n.name.lower().split()]
    return bool(named) and not any(n.type == "person" and fits(n) for n in named)


def _unread(ctx: SourceContext, quote: Quote, own: set[str]) -> str | None:
    """The word naming the speaker of a quotation that is a statement no source holds, where that speaker is called
    by a noun or name, not by a pronoun nor a word of ``own`` (the chosen name)."""
    text = ctx.quotes.text
    if quote.words(text) < MIN_WORDS or is_nominal_quote(text, quote):
        return None
    if any(start < quote.end and quote.start < end for start, end, _ in ctx.said):
        return None
    span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    sents = {t.sent.start: t.sent for t in span}
    return next((word for sent in sents.values() for t in sent
                 if (word := _saying_subject(ctx, t)) is not None and word not in own), None)


def _saying_subject(ctx: SourceContext, token: Token) -> str | None:
    """The word of the noun or name that is the subject of a verb of saying outside every quotation: '...,”Warren
    said' gives "warren"; None for a pronoun subject and for any other token."""
    if token.lemma_.lower() not in ctx.lexicon.verbs or ctx.quotes.containing(token.idx) is not None:
        return None
    for c in token.children:
        # the subject's last character: a name glued to the closing mark ("paranoia,”Warren") is outside the quotation
        if c.dep_ in SUBJECTS and c.pos_ in ("PROPN", "NOUN") and ctx.quotes.containing(c.idx + len(c.text) - 1) is None:
            return _GLUED_MARK.split(c.text)[-1].lower()
    glued = token.nbor(-1) if token.i > 0 else None
    if glued is not None and (tail := _GLUED_MARK.split(glued.text)[-1]) != glued.text and tail[:1].isupper():
        return tail.lower()  # '...,”Warren said' parsed with no subject: the name glued on right before the verb
    return None
