"""Words of time that name when, never who or what: the week's days, the days next to today, the nouns of a stretch
of time. One list each, read from ``resources/`` and shared by the modules that tell a time from a holder, a doer or
a clause's subject (``light_verbs``, ``content_trails``, ``demanded_things``, ``relative_reports``,
``object_complements``). Data only.

Other lists of time-like nouns stay with their modules, where they mean something narrower: the points of a
proceeding (``court_reports``: "outset", "end"), the points of an "at" ("at this juncture": ``source_spans``), the
nouns a concealed question asks after (``concealed_questions``), the occasions of a saying (``occasion_nouns.txt``).
Tests: ``tests/test_time_words.py``.
"""

from __future__ import annotations

from sayso.nlp.extract.resource_files import read_words

# "Monday" ... "Sunday"
WEEKDAYS = read_words("weekdays.txt")
# a day's words that the parse may leave without a DATE entity ("Tuesday's", "yesterday's")
DAY_WORDS = WEEKDAYS | frozenset({"today", "yesterday", "tomorrow", "tonight"})
# a stretch of time ("for years", "the next morning", "the whole time")
TIME_NOUNS = read_words("time_nouns.txt")
