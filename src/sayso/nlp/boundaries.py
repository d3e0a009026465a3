"""Where a sentence may not end: a full stop that closes an abbreviation the tokenizer split off, a person's
title at a line's end (``title_continues``), and a clock time's "a.m." before its day (``day_follows_time``).

The tokenizer keeps "U.S.", "Jan." and "St." whole, but splits a period from words it does not
know as abbreviations ("the ID. SPACE VIZZION", "Version No. 1"), and the parser then ends the
sentence there: a content is cut mid-name ("Volkswagen said it will launch the ID"). These rules
say, from the words on either side alone, that the period closes an abbreviation inside the
sentence. Pure functions on strings; ``components.paragraph_boundaries`` applies them before the
parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

# abbreviations that precede a number: "No. 1", "Vol. 3", "Fig. 2", "Jan. 20", "Sept. 11"
_BEFORE_NUMBER = frozenset({"No", "Nos", "no", "Vol", "vol", "Art", "Fig", "fig", "Sec", "sec", "Ch", "ch", "pp", "p",
                            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                            "Rt", "Rte", "Hwy", "approx", "ca", "est"})


_MAX_NAME = 3  # words in capitals after the code: "ID. SPACE VIZZION"; more is a sentence in capitals


def abbreviation_continues(word: str, period: str, following: Sequence[str]) -> int | None:
    """``word`` + ``period`` written together, then the ``following`` words on the same line: is the
    period an abbreviation's inside the sentence rather than its end? None when it ends the sentence;
    else how many of ``following`` belong to the abbreviation's name (0 for a number).

    "No." or "Jan." before a number ("Version No. 1", "on Jan. 20") go on (0), and so does a short
    code in capitals before a name in capitals that the sentence goes on after ("the ID. SPACE
    VIZZION in Europe": 2). "in the U.S. The company said", "said the FBI. Police ...", a sentence
    in capitals ("the FBI. POLICE ARE HERE.") and a name that ends the text end the sentence.
    """
    if period != "." or not word or not following:
        return None
    if word in _BEFORE_NUMBER and following[0][:1].isdigit():
        return 0
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 4):
        return None
    n = 0
    while n < len(following) and following[n].isupper() and following[n].isalpha() and len(following[n]) > 1:
        n += 1
    if n == 0 or n > _MAX_NAME or n == len(following):
        return None
    after = following[n]
    return n if after[:1].islower() or after in (",", ";", ":", "—", "–", "(") else None


# titles written before a person's name ("the Rev.", "Sen.", "Dr."); not those a name or a place ends with
# ("Jr.", "St.", "Ave."), which may end a sentence
PERSON_TITLES = frozenset(
    "Mr Mrs Ms Messrs Dr Drs Prof Rep Reps Sen Sens Gov Govs Lt Col Gen Maj Capt Cmdr Adm Sgt Cpl Pvt Det Insp "
    "Supt Rev Fr Msgr Hon Pres Atty Amb".split()
)


def title_continues(word: str, following: str) -> bool:
    """A person's title with its period (``word``, as the tokenizer keeps "Rev." whole) before a capitalised word:
    the title and the name are one, whatever lies between ("said the Rev.\nDavid W. Dockery", a line break where a
    page's link or a column's wrap put one). Not a title without its period ("Rev" of a heading), nor one
    before a word in lower case or a figure ("Gen.\n2 of the series")."""
    return (word.endswith(".") and word[:-1] in PERSON_TITLES and following[:1].isupper()
            and following.replace("-", "").replace("'", "").isalpha())


# the clock's abbreviations, as the tokenizer keeps them whole
_TIME_OF_DAY = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def day_follows_time(word: str, following: str) -> bool:
    """A clock time's "a.m." or "p.m." (``word``, kept whole by the tokenizer) before a day's name (``following``):
    the wire's "at 12:01 a.m. Sunday, said Rian Wathen" is one sentence, the day the time's, though the parser ends
    a sentence at the abbreviation's period. Only a weekday's bare name: "at 5 p.m. The police said" and
    "at 5 p.m. Sunday's game" (a possessive, that may open a sentence) end or may end it."""
    return word in _TIME_OF_DAY and following in WEEKDAYS
