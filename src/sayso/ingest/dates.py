"""Dates as ISO 8601, whatever form a corpus gives them in (dateparser).

``2016-10-03``, ``Oct 3, 2016``, ``Mon, 03 Oct 2016 14:05:00 GMT``, ``3 October 2016
09:30 +0200``: a bare date when the value has no time, else date and time with the offset
the value gave (none when it gave none: an unknown zone is not UTC). Unreadable -> None.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_HAS_TIME = re.compile(r"\d:\d\d")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalize_date(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    if _ISO_DATE.match(value):
        return value
    import dateparser  # imported here: it takes a while and only some inputs carry dates

    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                # "yesterday" in a corpus is not today's yesterday
                                                                "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    if parsed is None:
        log.info("unreadable date %r left out", value)
        return None
    if not _HAS_TIME.search(value):
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")
