"""Dates from corpora (JSONL, WARC headers) as ISO 8601."""

from __future__ import annotations

import json

import pytest

from sayso.ingest.dates import normalize_date
from sayso.ingest.jsonl import read_jsonl


@pytest.mark.parametrize("value, expected", [
    ("2016-10-03", "2016-10-03"),
    ("Oct 3, 2016", "2016-10-03"),
    ("3 October 2016", "2016-10-03"),
    ("Mon, 03 Oct 2016 14:05:00 GMT", "2016-10-03T14:05:00+00:00"),
    ("3 October 2016 09:30 +0200", "2016-10-03T09:30:00+02:00"),
    ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00+00:00"),
    ("2016-10-03T14:05:00", "2016-10-03T14:05:00"),  # no zone given: none invented
    ("yesterday", None),  # relative to what? not to the day the corpus is read
    ("not a date", None),
    ("", None),
    (None, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_jsonl_dates_are_normalised():
    line = json.dumps({"text": "The minister said the plan would work, officials said on Monday.", "published": "Oct 3, 2016"})
    ((_, article),) = list(read_jsonl(line, name="c.jsonl"))
    assert article.published == "2016-10-03"
