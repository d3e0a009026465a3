"""Person names NER reads out of runs of capitalised words: headlines, poll widgets, link lists.

In "(see: FBI Uncovered Russian Bribery Plot Before Obama Approved Uranium One Deal, Netting
Clintons Millions)" or a poll's answer line "John Bolton Richard Grenell Dina Powell Heather
Nauert Ivanka Trump", every word is capitalised, and NER's PERSON spans ("Clintons Millions",
"Nauert Ivanka Trump") cut the run anywhere. Taken as full names they garble the sources that
reach them by surname ("the Clintons" becomes "Clintons Millions", every "Trump" "Nauert Ivanka
Trump"). A name in such a run is kept only where it looks like one person's name on its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.source_types import looks_like_person

# words a headline may leave in lower case without ending its run of capitals
_SMALL = frozenset("a an and as at by for in of on or the to vs with".split())
_JOINERS = frozenset({",", "-", "–", "—", "&", "'s", "’s"})
RUN_EXTRA = 4  # capitalised words leading into a name that make its run a headline or a list


def in_title_run(span: Span) -> bool:
    """At least ``RUN_EXTRA`` capitalised words run up to the span on its line (commas and a
    headline's small words do not break the run; a line break, a number or a lower-case word does).

    Only the words before count: a title after a name is common in prose ("said Rusmik Oza, Head
    of Fundamental Research at Kotak Securities"), a run of capitals leading into one is not.
    """
    doc = span.doc
    words = 0
    k = span.start - 1
    while k >= 0:
        token = doc[k]
        if "\n" in token.text:
            break
        if token.is_alpha and token.text[:1].isupper():
            words += 1
        elif not (token.lower_ in _SMALL or token.text in _JOINERS):
            break
        k -= 1
    return words >= RUN_EXTRA


def garbled_person(span: Span, lexicon: Lexicon) -> bool:
    """A PERSON span that is no one's name: broken across lines, or cut out of a run of
    capitalised words without looking like a name of two or three words with a given name."""
    if "\n" in span.text.strip():
        return True
    if not in_title_run(span):
        return False
    return not (len(span) <= 3 and looks_like_person(list(span), lexicon))
