"""Where a signed letter ends: a pronoun after it does not reach back into it.

A letters page sets each letter above a signature paragraph that is only the writer's name
("Ernie Helton."), perhaps with a place line under it ("Olympia, Wash."). The next letter is
someone else's: its "He knows this Trump University scam ..." is the one that letter talks about,
never the signer of the letter before, nor anyone that letter named. A signature ends a section
the way a rule line does (``section_breaks``), so ``pronouns`` keeps the pronoun to its own letter
and leaves it unresolved where that letter names no one before it.

Kept: a name heading without a closing period ("John Smith" above a profile that goes on "He
served ..."), a name run into a sentence ("John Smith said so."), one word ("LETTERS."), and a name
paragraph that opens the text (a byline, not the end of a letter). Pure: a string in, offsets out.
"""

from __future__ import annotations

import re

# a word of a person's name: "Ernie", "O'Brien", "Mary-Kate", "McDonald", an initial "J."
_WORD = r"(?:[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.)"
# a paragraph that is only a name of two to four words closed by a period ("Ernie Helton.", "Martin J. Litwak."),
# after a paragraph of prose that closes with a sentence's end, perhaps a place line under it ("Olympia, Wash.")
_SIGNATURE = re.compile(
    rf"[.!?\"”)]\n[ \t]*\n[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})\.[ \t]*$"
    rf"(?:\n[ \t]*\n?[ \t]*[A-Z][A-Za-z .'-]*,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?\.?[ \t]*$)?"
    r"(?=\n[ \t]*\n|\s*\Z)",  # a paragraph of its own: not "Writes Fr.\nWeinandy: ..." run over a line break
    re.MULTILINE,
)


# words no name is made of: a section heading's ("The Facts.", "Joining Forces With China.", "Enter President Trump.")
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "of", "with", "and", "for", "in", "on", "to", "at", "by", "our", "your",
                             "his", "her", "its", "their", "my", "over", "enter", "full", "text", "correction", "appended"})


def signature_ends(text: str) -> tuple[int, ...]:
    """The offsets just after each letter's signature paragraph (and its place line) in ``text``, in order. Not a
    section heading of function words ("The Pinocchio Test.", "Joining Forces With China."), nor one whose last
    word the text also writes in lower case, a common noun ("Climate Change." over "... climate change ...")."""
    found = [m for m in _SIGNATURE.finditer(text) if _name_like(m.group("name"), text)]
    # a letters page signs more than one letter, and a signer is named nowhere but under a letter: one name
    # paragraph ("Mark Zuckerberg." over "He told senators ..."), or a name the article writes elsewhere ("Bernie
    # Sanders." over "Sanders has done well ..."), is a heading, a one-word answer or an obituary's name (review 69p)
    spans = [(m.start("name"), m.end()) for m in found]
    kept = [m for m in found if not _named_elsewhere(m.group("name"), text, spans)]
    # a heading's name comes again in its section below it; a letter writer who names himself ("I, Tom Hale, have
    # taught ...") does so above his signature, which stays one (review rev70r)
    after = [m for m in found if _named_elsewhere(m.group("name"), text, spans, m.end())]
    if len(found) < 2 or _headings(len(found), len(after)):
        return ()
    return tuple(m.end() for m in kept)


def _headings(found: int, named_elsewhere: int) -> bool:
    """Whether the name paragraphs are the headings of an article's list of people rather than signatures: a letters
    page names its signers nowhere but under their letters, while an article that goes through the candidates ("Jeb
    Bush." over "The former Florida governor ...", "John Kasich." over "Kasich has ...") writes most of the names it
    sets as headings again. Two such names, or half of the name paragraphs, and none of them signs a letter."""
    return named_elsewhere >= 2 or 2 * named_elsewhere >= found


def _named_elsewhere(name: str, text: str, spans: list[tuple[int, int]], after: int = 0) -> bool:
    last = re.escape(name.split()[-1])
    return any(not any(a <= w.start() < b for a, b in spans)
               for w in re.finditer(rf"(?<![\w'’]){last}(?![\w'’])", text) if w.start() >= after)


def _name_like(name: str, text: str) -> bool:
    words = name.split()
    if any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words):
        return False
    last = words[-1]
    return not re.search(rf"(?<![\w'’]){re.escape(last.lower())}(?![\w'’])", text)
