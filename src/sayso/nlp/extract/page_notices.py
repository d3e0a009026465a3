"""Lines of a web page that speak to its reader, not for anyone: "Take our poll - story continues below",
"Continue reading below", "ADVERTISEMENT". A pure reading of a line's text.

They stand between an article's paragraphs wherever the page put a widget, so a cue that closes its
paragraph with a colon ("The Vatican letter states:") may be followed by one before what it
introduces: the notice is nobody's statement and what was stated is the paragraph after it. A poll widget
puts its question on the notice's line ("take our poll - story continues below Whom do you consider to be the
most corrupt politician?") and often repeats it on the lines after (``poll_widget``), then its answers and its
form's fields as starred lines ("* Dianne Feinstein Maxine Waters Adam Schiff", "Email *": ``poll_form_line``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORDS = 10  # a notice is a short line; a sentence that mentions a poll runs longer
_NOTICE = re.compile(
    r"\b(?:(?:story|article|text|post|reading)\s+continues\s+(?:below|after|on)|continue\s+reading\b(?!\s+(?:the|this|his|her))"
    r"|continued\s+below|scroll\s+(?:down|to\s+continue)|take\s+our\s+poll\b(?!\s+[a-z])"
    r"|click\s+here|subscribe\s+(?:now|today|to\s+our))\b",
    re.IGNORECASE)
_ALONE = re.compile(r"\W*(?:advertisement|sponsored content|ad)\W*", re.IGNORECASE)  # a line that is only the label


def reader_notice(line: str) -> bool:
    """``line`` is a short notice to the page's reader ("Take our poll - story continues below", "ADVERTISEMENT")."""
    words = line.split()
    return 0 < len(words) <= _WORDS and (_NOTICE.search(line) is not None or _ALONE.fullmatch(line) is not None)


_QUESTION_WORDS = 25  # a poll's question: one short sentence


def poll_widget(line: str) -> str | None:
    """The question of a poll widget whose line opens with a notice: "take our poll - story continues below Whom
    do you consider to be the most corrupt politician?" gives "Whom do you consider ... politician?". None for a
    line that does not open with a notice ("Readers who take our poll say ...") or whose rest is no question."""
    m = _NOTICE.search(line)
    if m is None or line[:m.start()].strip(" \t-–—:|•*") or not _NOTICE_OPENING.match(line):
        return None
    rest = line[m.end():].strip(" \t-–—:|•*")
    while (n := _NOTICE.match(rest)) is not None:  # "take our poll - story continues below": two notices
        rest = rest[n.end():].strip(" \t-–—:|•*")
    if not rest.endswith("?") or len(rest.split()) > _QUESTION_WORDS:
        return None
    return rest


_NOTICE_OPENING = re.compile(r"[\s\-–—:|•*]*(?:take|story|article|text|post|reading|continue|scroll|click|subscribe)\b",
                             re.IGNORECASE)


def poll_question(lines: Sequence[str]) -> str | None:
    """The question of a poll widget set on a line of its own under its notice ("take our poll - story continues
    below", then "Whom do you consider to be the most corrupt Democrat Politician?"): ``lines``, the non-blank
    lines from it on, open with a short question, repeated or not, and its form's answers follow
    (``poll_form_line``). None for a question the article asks and goes on from ("Why would he do this?" over
    prose)."""
    question = lines[0].strip() if lines else ""
    if not question.endswith("?") or len(question.split()) > _QUESTION_WORDS:
        return None
    rest = [line for line in lines[1:] if line.strip() != question]
    return question if rest and poll_form_line(rest[0]) else None


_STARRED = re.compile(r"\s*[*•]|.*\s\*\s*$")


def poll_form_line(line: str) -> bool:
    """A line of a poll widget's form after its question: its answers ("* Dianne Feinstein Maxine Waters Adam
    Schiff") or a field ("Email *"), a line that opens or ends with a star or a bullet. Prose ("The mayor
    resigned.") and a footnote's star inside a sentence ("The figure* was revised.") are no form."""
    return bool(line.strip()) and _STARRED.match(line) is not None


# the page sends its reader elsewhere: "See Peter Brimelow’s review:", "Read our earlier story:", "Watch the interview:";
# not "See what the mayor said:" (a question word: what follows is what was said)
_POINTER = re.compile(r"[ \t\xa0]*(?:See|Read|Watch|Listen[ \t\xa0]+to)\b"
                      r"(?![ \t\xa0]+(?:what|how|why|who|whom|when|where|whether|if)\b)[^\n:.!?;“”\"]{0,60}:[ \t\xa0]+\S")
_HANDLE_SIGNED = re.compile(r"\(@\w{1,15}\)")  # "— Joe Galli (@JoeGalliNews) July 11, 2018": an embedded post


def reading_pointer(line: str, at: int) -> bool:
    """Character ``at`` of ``line`` stands after a pointer to another page: "See Peter Brimelow’s review: “Wheel And
    Fight”—Pat Buchanan’s Nixon Book" (the title of the page pointed to, quotation marks and all, is nobody's saying).
    An embedded post under "See the video:" signs with its handle and stays; so does the text before the colon, and a
    quotation with its cue after it ("Read his statement: “I did nothing wrong,” Smith wrote.")."""
    m = _POINTER.match(line)
    return m is not None and at >= m.end() - 1 and _HANDLE_SIGNED.search(line) is None \
        and _QUOTED_SAYING.search(line, m.end() - 1) is None


# a quotation closed on a comma or a question and a word after it: someone's words with their cue ("Read more: “We
# will not back down,” the union says"), not a title
_QUOTED_SAYING = re.compile(r"[,?!][”\"’'][ \t\xa0]+\w")
