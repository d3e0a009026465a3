"""A heading's verb NER ran into the name that opens it: pure functions of the tokens (issue 12, garbled sources).

A title-case heading or headline puts its speaker first and capitalises the verb after him ("Bergoglio Pleads the
Fifth", "Merkel Pleads for Unity", "Viganò Doubles Down, Accuses Francis ..."); NER reads the capitals as one
PERSON ("Bergoglio Pleads"), the longest form of the name, so that every later bare "Bergoglio" of the body is
given to a source named "Bergoglio Pleads". ``inverted_cues.without_trailing_verb`` cuts the verbs of a fixed list
("Says", "Slams", "Vows"); this cuts any verb, told by the text rather than by a list:

- the word stands on a heading's line (``inverted_cues.title_line``), after the name's first word;
- the body never writes it with a capital (``written_elsewhere``: a surname is the name a body calls a person by,
  "Burns said", "Waters added"), while it writes the word before it so ("Bergoglio said"): the name is that word;
- the words before it are proper nouns (not "Will" of "Will Twitter Be Next?", which opens a question);
- the parse or its form makes it a verb (``verb_shaped``): tagged a verb, or given a verb's own dependents (an
  object, a particle, a clause, an auxiliary, a negation), or, unless right after the name's given name, a word in
  "-s" (a headline's present tense: "Pleads", "Surrenders"; the tagger reads its capitals as a plural proper noun).

Kept: a word the body writes with a capital too ("Hanks" of "Tom Hanks Returns to the Stage" over a body that says
"Hanks": only "Returns" goes, as "Ken Burns", "Maxine Waters" keep their verb-like surnames); a name only headings
write (a list of names, a heading naming someone the body does not); a surname in "-s" right after a given name
("Bernie Sanders" over a body that says "Bernie"), which only the tag or the parse can make a verb; any name off a
heading's line ("Grand Challenges Canada", "Joe Hits").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.inverted_cues import title_line

# what only a verb governs: an object, a particle, a clause, an auxiliary or negation, a passive's agent
VERB_DEPENDENTS = frozenset({"dobj", "dative", "prt", "ccomp", "xcomp", "aux", "auxpass", "neg", "agent", "acomp",
                             "oprd"})
# a proper noun's tags: what the words left of the name must all be ("Will" of "Will Twitter Be Next?" is a modal)
_PROPER = frozenset({"NNP", "NNPS"})


def line_bounds(token: Token) -> tuple[int, int]:
    """The token indices (first, last) of the line ``token`` stands on."""
    doc = token.doc
    lo = hi = token.i
    while lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    while hi < len(doc) - 1 and "\n" not in doc[hi].text_with_ws:
        hi += 1
    return lo, hi


Capitals = Mapping[str, tuple[int, ...]]


def capitalised_words(doc: Doc) -> dict[str, tuple[int, ...]]:
    """Where the text writes each word with a capital off a heading's line: its lower-cased form -> the token
    indices, built once per text (each line's ``title_line`` read once) so that ``written_elsewhere`` looks a word
    up rather than reading the whole text, line by line, for each word of each name."""
    out: dict[str, list[int]] = {}
    start = 0
    while start < len(doc):
        lo, hi = line_bounds(doc[start])
        if not title_line(doc[lo]):
            for t in doc[lo:hi + 1]:
                if t.text[:1].isupper():
                    out.setdefault(t.lower_, []).append(t.i)
        start = hi + 1
    return {w: tuple(ix) for w, ix in out.items()}


def written_elsewhere(token: Token, capitals: Capitals | None = None) -> bool:
    """The text writes ``token``'s word with a capital off its line and off any heading's line: "Bergoglio" of a
    body's "Bergoglio said", not "Pleads" of the heading "Bergoglio Pleads the Fifth" alone. ``capitals``: the
    text's ``capitalised_words`` (built here where not given)."""
    where = (capitals if capitals is not None else capitalised_words(token.doc)).get(token.lower_, ())
    lo, hi = line_bounds(token)
    return any(not lo <= i <= hi for i in where)


def verb_shaped(token: Token, *, after_given: bool = False) -> bool:
    """``token`` reads as a verb: tagged one, or governing what only a verb governs (``VERB_DEPENDENTS``: "Pleads"
    of "Pleads the Fifth", "Doubles" of "Doubles Down"), or a word in "-s" ("Surrenders" of "DOJ Surrenders") unless
    it comes right after a name's given name (``after_given``: "Sanders" of "Bernie Sanders" stays, "Blocks" of
    "Rand Paul Blocks" goes, "Paul" being the family name there)."""
    if token.tag_.startswith("VB") or any(c.dep_ in VERB_DEPENDENTS for c in token.children):
        return True
    word = token.lower_
    return not after_given and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def heading_verb_at(ent: Span, given: frozenset[str] = frozenset(), capitals: Capitals | None = None) -> int | None:
    """The index in ``ent`` of the first word that is a heading's verb run into the name before it (see the
    module's docstring), or None. ``capitals``: the text's ``capitalised_words``, where already built."""
    if not title_line(ent[0]):
        return None
    if capitals is None:
        capitals = capitalised_words(ent.doc)
    for k in range(1, len(ent)):
        word, before = ent[k], ent[k - 1]
        if not (word.is_alpha and word.text[:1].isupper() and before.is_alpha):
            continue
        after_given = k == 1 and before.lower_ in given
        if verb_shaped(word, after_given=after_given) and not written_elsewhere(word, capitals) \
                and written_elsewhere(before, capitals):
            return k if all(t.tag_ in _PROPER for t in ent[:k]) else None
    return None


def without_heading_verb(ent: Span, given: frozenset[str] = frozenset(), capitals: Capitals | None = None) -> Span:
    """NER's name without a heading's verb it ran into and the words after it ("Bergoglio Pleads": Bergoglio);
    the span itself where there is none. ``given``: the given names (``Lexicon.first_names``); ``capitals``: the
    text's ``capitalised_words``, built once by the caller that reads every name of a text."""
    k = heading_verb_at(ent, given, capitals)
    if k is None:
        return ent
    return Span(ent.doc, ent.start, ent.start + k, label=ent.label_)  # a slice would lose the label
