"""Quotations trailed by a verb of the manner of speaking: pure functions of the text and parse.

'“This is the most bigoted show on Broadway,” Dan Fishback whines.', '“We will never surrender!” he
thundered.', '“That is ridiculous,” scoffed the senator.': right after a quotation that ends on a comma, a
question or exclamation mark or a dash, a speaker and a verb that says how the words were said. A reader
takes the quotation for the speaker's, and PolNeAR marks it so ('“Go back to Univision,” Trump barked',
'“Oh, my God,” a young woman exclaimed'). Elsewhere these verbs report nothing ("the crowd raged", "she
snapped a photo", "a Democrat who fumed for weeks"), so they are no cue candidates of their own
(``resources/manner_verbs.txt`` shares no lemma with ``cue_verbs.txt``): only this frame makes them cues, and a
that-clause or a colon before a quotation ("scoffed that ...", 'snapped: “…”': ``manner_clauses``).

Not trailers: a quotation closed by a full stop ('“I am done.” He scoffed.': the next sentence may be about
anything), a verb with an object ('“Smile,” she snapped a photo'), a verb of the face or the body ("smiled",
"laughed", "shrugged": no words reported), a verb on the next line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from spacy.tokens import Doc, Span

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.inverted_cues import Inverted
from sayso.nlp.extract.lexicon import read_list
from sayso.nlp.extract.quotes import Quote, QuoteIndex, final_mark

# the marks a quotation ends on when its sentence goes on to its speaker ('“…,” he', '“…!” he', '“…—” he')
_OPEN_ENDS = frozenset({",", "?", "!", "—", "–", "-", "…"})
# a speaker: a personal pronoun, a noun phrase opened by a determiner, or a name of up to four capitalised words
_SPEAKER = (r"(?:he|she|they|I|we|(?:the|a|an|one|another|his|her|their)(?:[ \t\xa0]+[\w’'.-]+){1,3}"
            r"|[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3})")
# after the verb, a name may carry its title in lower case before it ('“…,” huffed committee member Patrick Leahy')
# and a note in brackets after it ('… Patrick Leahy (D-Vt.).'): the words before the name must be nouns or
# adjectives (``_title_words``), not a preposition or a verb ('“…,” fumed over the weekend Smith')
_TITLED_NAME = r"(?:[a-z][\w’'-]*[ \t\xa0]+){1,3}[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3}"
_BRACKETED = r"(?P<bracket>[ \t\xa0]+\([^()\n]{1,30}\))?"
# what may follow the verb and still tell only how or when it was said: an end mark, the line's end, a
# particle ("shot back"), a preposition ("at reporters", "on Tuesday") or an adverb in -ly ("angrily")
_AFTER = (r"(?:[ \t\xa0]*(?:[.,;:!?…—–]|$)|[ \t\xa0]+(?:back|out|up|at|to|on|in|as|from|during|after|before|when"
          r"|while|about|into|over|through|with|upon|and|but|\w+ly)\b)")
_ABBREVIATIONS = ("Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.")


@cache
def manner_verbs() -> Mapping[str, str]:
    """Verb form -> its lemma (``resources/manner_verbs.txt``)."""
    out = {}
    for line in read_list("manner_verbs.txt"):
        form, lemma = line.split()
        out[form.lower()] = lemma.lower()
    return out


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The speaker-first and verb-first trailers, the verb one of ``manner_verbs`` (named in the pattern, so
    that a speaker's words are never taken for the verb: "the audience screamed back")."""
    verb = "(?P<verb>" + "|".join(sorted(manner_verbs(), key=len, reverse=True)) + r")\b"
    return (re.compile(rf"^[ \t\xa0]+(?P<np>{_SPEAKER})[ \t\xa0]+{verb}{_AFTER}"),
            re.compile(rf"^[ \t\xa0]+{verb}[ \t\xa0]+(?P<np>{_SPEAKER}|{_TITLED_NAME}){_BRACKETED}[ \t\xa0]*(?:[.,;]|$)"))


def manner_trailer(doc: Doc, q: Quote) -> Inverted | None:
    """ '“…,” Dan Fishback whines.', '“…!” he thundered.', '“…,” scoffed the senator.': the quotation, the
    speaker's noun phrase and the verb of manner right after it on its line; else None."""
    text = doc_text(doc)
    if final_mark(text, q) not in _OPEN_ENDS:
        return None
    line_end = text.find("\n", q.end)
    rest = text[q.end:len(text) if line_end < 0 else line_end]
    for pattern in _patterns():
        m = pattern.match(rest)
        if m is None:
            continue
        verb_start = q.end + m.start("verb")
        np = m.group("np")
        if np.endswith(".") and not np.endswith(_ABBREVIATIONS):
            np = np[:-1]  # '“…,” groused Smith.': the sentence's stop, not the name's
        np_start = q.end + m.start("np")
        source = doc.char_span(np_start, np_start + len(np), alignment_mode="expand")
        verb = doc.char_span(verb_start, verb_start + len(m.group("verb")), alignment_mode="expand")
        if source is None or verb is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in source):
            continue  # '“…,” the man who fumed': a clause, not a speaker
        if np[:1].islower() and not _title_words(source):
            continue
        if "bracket" in m.groupdict() and m.group("bracket") and not np.split()[-1][:1].isupper():
            continue  # '“…,” scoffed the senator (R-Ohio).': the note names no one the reader can take
        return Inverted((verb_start, verb_start + len(m.group("verb"))), source, (q.start, q.end), "speech")
    return None


_PERSONAL = frozenset({"he", "she", "they", "we"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "his", "her", "their"})


def _title_words(source: Span) -> bool:
    """Whether the lower-case words opening ``source`` (a speaker set after the verb) are a title before a name
    ("committee member", "former senator"): singular nouns and adjectives only, and the capitalised words a name,
    not a day or a time ('“Welcome home,” whispered relatives Monday': a plural noun of people, then when). A
    personal pronoun or a noun phrase opened by a determiner is a speaker as it stands."""
    first = source[0].lower_
    if first in _PERSONAL or first in _DETERMINERS:
        return True
    lower = [t for t in source if t.text[:1].islower()]
    if not lower or any(t.ent_type_ in ("DATE", "TIME") for t in source):
        return False
    return all(t.tag_ == "NN" or t.pos_ == "ADJ" for t in lower)


def manner_trailers(doc: Doc, quotes: QuoteIndex) -> Iterator[Inverted]:
    """Every closed quotation of ``doc`` trailed by its speaker and a verb of manner (``manner_trailer``)."""
    for q in quotes:
        if q.closed:
            found = manner_trailer(doc, q)
            if found is not None:
                yield found
