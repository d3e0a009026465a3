"""Forms of a person's name that every source module compares by: the grouping form, the surname, the given name's
gender. Pure."""

from __future__ import annotations

import re


def norm_name(name: str) -> str:
    """The grouping form of a name: no article, no possessive, lower case, single spaces."""
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"[’']s$", "", name)
    return " ".join(name.lower().split())


def surname(name: str) -> str:
    """A person's surname as names group: the last word of the grouping form ("Barack Obama", "Mr. Obama", "Obama's"
    are one); "" for a name of no words."""
    words = norm_name(name).split()
    return words[-1] if words else ""


def given_gender(name: str, given: dict[str, str]) -> str | None:
    """The gender a person's given name nearly always has ("victoria toensing": f), if it is one of ``given``."""
    words = name.split()
    return given.get(words[0].lower().rstrip(".")) if len(words) >= 2 else None
