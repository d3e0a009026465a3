"""A quotation that is the title of a work: a show, a book, a film, not anyone's words. A pure function of the text.

"on CNN’s “State of the Union,”", "Sitting down with MSNBC's "The Rachel Maddow Show"", "In his autobiography,
''A Time for Truth,''": a quotation in title case that a possessive or a noun naming a work introduces.
``non_statements.work_title`` drops a content that is one; ``candidates`` never pairs one with a quotation the
cue splits ('“…,” Pence said on CNN's “State of the Union.”' is one quotation of Pence's, and a name).
"""

from __future__ import annotations

import re

from sayso.nlp.extract.quotes import Quote
from sayso.nlp.extract.resource_files import read_words

# nouns that name a work whose title follows in quotation marks: "his autobiography, “A Time for Truth,”"
WORK_NOUNS = read_words("work_nouns.txt")
_TITLE_WORD = re.compile(r"^[\W\d]*[A-Z0-9]")
_MINOR = frozenset("a an the of and or but to in on at for with by from as is it its".split())
_POSSESSIVE = re.compile(r"\w['’]s\s*$")


def title_cased(text: str, quote: Quote, *, most: int = 8) -> bool:
    """Whether the quotation holds 2 to ``most`` words whose major words all open with a capital or a digit."""
    return title_words(text[quote.inner_start:quote.inner_end].strip(" ,.;:").split(), most=most)


def title_words(words: list[str], *, most: int = 8) -> bool:
    """Whether 2 to ``most`` words read as a title: every major word opens with a capital or a digit."""
    major = [w for w in words if w.lower() not in _MINOR]
    return 2 <= len(words) <= most and bool(major) and all(_TITLE_WORD.match(w) for w in major)


def introduced_as_work(text: str, quote: Quote) -> bool:
    """Whether a possessive ("CNN’s") or a noun naming a work ("his autobiography,") comes right before the
    quotation."""
    before = text[max(0, quote.start - 40):quote.start].rstrip()
    if _POSSESSIVE.search(before):
        return True
    last = before.split()[-1].strip(",").lower() if before.split() else ""
    return last in WORK_NOUNS


def apposed_to_work_noun(text: str, quote: Quote) -> bool:
    """Whether the quotation stands after a noun naming a work and its comma ("in my October 11 article, “Will Trump
    Make a Deal with the CIA on JFK Records?,”"): an apposition that names the work, whatever verb comes before."""
    before = text[max(0, quote.start - 40):quote.start].rstrip()
    return before.endswith(",") and before[:-1].split()[-1:] != [] and before[:-1].split()[-1].lower() in WORK_NOUNS


def titled_work(text: str, quote: Quote) -> bool:
    """Whether ``quote`` is the title of a work: title case, introduced by a possessive or a work noun."""
    return title_cased(text, quote) and introduced_as_work(text, quote)
