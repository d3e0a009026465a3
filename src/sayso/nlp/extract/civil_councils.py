"""A council of citizens, not of a state: a pure predicate on a name's text.

"Council" is a government's word (``governments.txt``) for the councils news names most: "the city council",
"the Security Council", "the National Security Council", "the council of ministers". Churches, trades,
professions and think tanks call their bodies councils too: "The American Anglican Council, which represents
Episcopalian conservatives, said ...", "the National Council of Churches", "the American Chemistry Council", "the
Bar Council", "the Council on Foreign Relations". A reader types those as organizations by the word beside
"council" that names whose council it is. ``civil_council`` says so where "council" is the only government's word
of the name and one of its other words is a church's, a faith's, a trade's, a profession's or a think tank's
(``civil_council_words.txt``) and names the council itself: one of the three words before "council" ("the
American Chemistry Council") or of the three after its "of", "on" or "for" ("the National Council of Churches"),
never past a possessive ("the city council's business committee" is the city's). A name with another
government's word ("the State Council of Churches' ministry of ...") or none of those words ("the city council",
"the European Council", "the Human Rights Council") keeps its government.
"""

from __future__ import annotations

import re

from sayso.nlp.extract.resource_files import read_words

CIVIL_COUNCIL_WORDS = read_words("civil_council_words.txt")
_COUNCIL = frozenset({"council", "councils"})
_WORD = re.compile(r"[A-Za-z]+|['’]s\b")
_POSSESSIVE = frozenset({"'s", "’s"})
_COUNCIL_OF = frozenset({"of", "on", "for"})


def civil_council(name: str, government: re.Pattern[str]) -> bool:
    """The name is a council of a church, a faith, a trade, a profession or a think tank (see the module): every
    match of ``government`` (``source_types.government_regex``) in it is "council", and a word of
    ``civil_council_words.txt`` names the council (the three words before it, or the three after its "of", "on" or
    "for", not past a possessive). "The American Anglican Council", "the National Council of Churches": yes;
    "the city council", "the Security Council", "the Council of Ministers", "the Church Council of the Interior
    Ministry" (a ministry's), "the city council's business committee" (the word is the committee's, past the
    possessive): no."""
    matches = [m.group().lower() for m in government.finditer(name)]
    if not matches or any(m not in _COUNCIL for m in matches):
        return False
    words = [w.lower() for w in _WORD.findall(name)]
    for i, word in enumerate(words):
        if word not in _COUNCIL:
            continue
        before = words[max(0, i - 3):i]
        cut = max((j for j, w in enumerate(before) if w in _POSSESSIVE), default=-1)
        before = before[cut + 1:]  # "the union's city council": the words after the possessive
        after: list[str] = []
        if i + 1 < len(words) and words[i + 1] in _COUNCIL_OF:
            for w in words[i + 2:i + 5]:
                if w in _POSSESSIVE:
                    break
                after.append(w)
        if any(w in CIVIL_COUNCIL_WORDS for w in before + after):
            return True
    return False
