"""The shared words of time (``nlp/extract/time_words.py``): one list of the week's days, of a day's words, of the
nouns of a stretch of time, which the modules that tell a time from a holder or a subject read."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.time_words import DAY_WORDS, TIME_NOUNS, WEEKDAYS


@pytest.mark.parametrize(
    "word, weekday, day_word",
    [
        ("monday", True, True), ("sunday", True, True),
        ("yesterday", False, True), ("tonight", False, True), ("today", False, True),
        # negatives: no day's own word
        ("week", False, False), ("march", False, False), ("Monday", False, False),  # lower-cased lookups only
    ],
)
def test_day_words(word: str, weekday: bool, day_word: bool) -> None:
    assert (word in WEEKDAYS) is weekday
    assert (word in DAY_WORDS) is day_word


@pytest.mark.parametrize(
    "word, expected",
    [
        ("year", True), ("weekend", True), ("morning", True), ("while", True), ("decade", True),
        # negatives: a day's name, a point of a proceeding, a person
        ("monday", False), ("outset", False), ("spokesman", False),
    ],
)
def test_time_nouns(word: str, expected: bool) -> None:
    assert (word in TIME_NOUNS) is expected


def test_the_modules_add_to_the_shared_nouns() -> None:
    from sayso.nlp.extract import demanded_things, relative_reports

    assert TIME_NOUNS < demanded_things._TIME_NOUNS and TIME_NOUNS < relative_reports._TIME_NOUNS
    assert WEEKDAYS < DAY_WORDS


# the sets each reader held as a literal before the lists were shared (base 661e391a): a word dropped from or added
# to a resource or a module's own few changes what that reader matches, and ``<`` above would not see it
_BEFORE = {
    "light_verbs": frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
                             "tonight".split()),
    "content_trails": frozenset("monday tuesday wednesday thursday friday saturday sunday".split()),
    "demanded_things": frozenset("second minute hour day night week weekend month year decade century time while "
                                 "generation morning afternoon evening".split()),
    "relative_reports": frozenset("second minute hour day night week weekend month year decade time while moment "
                                  "morning afternoon evening season period".split()),
    # shared at tid78 (base ffc0e6c1): the shared nouns less the occasions, with two of its own
    "object_complements": frozenset("year decade month week day hour time while moment century".split()),
}


@pytest.mark.parametrize(("module", "constant"), [
    ("light_verbs", "DAY_WORDS"), ("content_trails", "WEEKDAYS"),
    ("demanded_things", "_TIME_NOUNS"), ("relative_reports", "_TIME_NOUNS"), ("object_complements", "_TIME_NOUNS"),
])
def test_each_reader_matches_the_words_it_matched_before(module: str, constant: str) -> None:
    import importlib

    assert getattr(importlib.import_module(f"sayso.nlp.extract.{module}"), constant) == _BEFORE[module]
