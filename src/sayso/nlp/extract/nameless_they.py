"""A "they" that no earlier name was found for, in a text that had sentences before it: nobody in particular.

Polemic writes "they claim that Paddock was a lone gunman", "When 'western' intelligence get caught ..., they
accuse Russia", "They wish you would disbelieve": the other camp, the Deep State, a verse's unbelievers. Where the
sources' ladder (``sources``, ``pronouns``) finds no plural name before it that the "they" agrees with, the report
would give the words to a speaker the reader cannot name, and the blind readers judged every such row of an
article wrong (PTC and real pages, audits 23-51: 11 W, 1 P, no C). Such an attribution is left out (its
confidence is nil; ``min_confidence=0`` still shows it).

Kept: a "they" resolved to a name ("Protesters gathered ... They said": the protesters), and a "they" in a text's
first sentence (a wire sentence read alone, "They said he organized a network ...": the readers judged those right,
its story names them elsewhere), and a "they" who told the writer or the one quoted ("I have a number of friends who
have escaped abusive marriages. They tell me that ...": people the narrator met, whom the readers judged partly
right). Pure: the source span, the name it resolved to, the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text

_THEY = "they"


def nameless_they(doc: Doc, source: tuple[int, int] | None, name: str | None,
                  content: tuple[int, int] | None = None) -> bool:
    """The source span is a bare "they" that resolved to no name (its source is named "they"), after the text's
    first sentence, saying in the simple present what it says first ("they claim that ...", "they accuse Russia").

    Kept: a past or perfect tense ("Then the crowd turned on the police. 'We will not back down,' they said", "The
    jury deliberated for two days. They said ...", "'Thank you,' they wrote": a report of one occasion, whose
    speakers the text names in words the ladder does not take, a crowd, a jury, a family, a board), and a "they"
    set after or inside its content ("His leverage, they believe, isn't going anywhere", "Unless countries act,
    they say, the world could suffer": the news's parenthetical cue for the people of the sentence before)."""
    if source is None or name is None:
        return False
    start, end = source
    if doc_text(doc)[start:end].strip().lower() != _THEY or name.strip().lower() != _THEY:
        return False
    first = next(iter(doc.sents), None)
    if first is None or start < first.end_char:
        return False
    if content is not None and content[0] < start:
        return False  # "His leverage, they believe, isn't going anywhere": a parenthetical cue
    they = next((t for t in doc if t.idx == start), None)
    if they is not None and (they.head.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in they.head.children)):
        return False  # "They said ...", "they have said ...": a report of one occasion
    if they is not None and named_just_before(they):
        return False
    return not told_the_narrator(doc, start)


# bodies of people a "they" stands for that the ladder does not take for a plural: "The family has waited two years
# for answers. They say ...", "The committee released its report. In it, they conclude ..."; not the camps of
# polemic ("the government", "the media", "the establishment")
_BODIES = frozenset({
    "family", "couple", "committee", "jury", "board", "panel", "crowd", "team", "council", "union", "commission",
    "staff", "audience", "department", "agency", "company", "campaign", "delegation", "firm", "group", "coalition",
    "congregation", "class", "court", "band", "trio", "duo", "pair", "household"})


def named_just_before(they: Token) -> bool:
    """The sentence before the "they" has for subject a plural noun or a body of people ("The couple's neighbors were
    shocked. They say ...", "The Joneses are suing the city. They say ...", "The family has waited. They say ..."):
    the people the ladder missed, whom a reader names at once."""
    doc = they.doc
    sent = they.sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    for t in before:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.sent == before and t.pos_ in ("NOUN", "PROPN") and (
                t.tag_ in ("NNS", "NNPS") or t.lower_ in _BODIES):
            return True
    return False


_NARRATOR = frozenset({"me", "us"})


def told_the_narrator(doc: Doc, start: int) -> bool:
    """The "they" at ``start`` is the subject of a verb whose object or dative is "me" or "us": "They tell me that
    ...", "they told us": people who spoke to the one narrating."""
    they = next((t for t in doc if t.idx == start), None)
    if they is None:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in _NARRATOR for c in they.head.children)
