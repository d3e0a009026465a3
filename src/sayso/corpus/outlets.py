"""Outlet names: one canonical spelling per outlet ("RT News", "Russia Today", "rt.com" -> "RT").

Data-driven: ``corpus/resources/outlets.txt`` lists ``canonical = alias | alias | domain``
lines, and every name of the extraction lexicon (``nlp/resources/outlets.txt``) is an outlet
too. Names are matched on a key that ignores case, a leading "the", a trailing possessive
and punctuation; domains (with or without scheme, "www." or a path) are matched by host and
then by each parent domain, so "edition.cnn.com/2016/..." is CNN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from sayso.errors import ResourceError

_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#].*)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_KEY = re.compile(r"[^\w\s&]+")
# Last words that make a fully capitalised name an outlet even when no list knows it
# ("Kansas City Star", "Tampa Bay Times"). Deliberately short: "Press", "Review" alone
# would take "White House Press" or "Judicial Review" for outlets.
_MASTHEAD = frozenset({"news", "times", "post", "journal", "gazette", "herald", "tribune", "chronicle",
                       "telegraph", "observer", "examiner", "inquirer", "courier", "dispatch", "sentinel",
                       "star-ledger", "register", "bulletin", "newsweek", "magazine", "daily"})


_NOT_OUTLET_TLD = frozenset({"gov", "mil", "edu", "int"})


def outlet_key(name: str) -> str:
    """The matching key: lower case, no leading "the", no possessive, no punctuation."""
    text = " ".join(name.split()).strip(" \"'“”‘’«»()[]")
    text = _POSSESSIVE.sub("", text)
    text = _NOT_KEY.sub(" ", text.replace(".", "")).lower()
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _domain(name: str) -> str | None:
    m = _DOMAIN.match(name.strip())
    return m.group(1).lower() if m else None


@dataclass(frozen=True)
class OutletTable:
    by_key: dict[str, str]
    by_domain: dict[str, str]


def _resource(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ResourceError(f"bundled resource {package}/{name} is missing: reinstall sayso") from e


def _lines(text: str) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def build_table(alias_lines: list[str], known_names: list[str]) -> OutletTable:
    """Alias lines ("canonical = a | b | domain.com") first, then lexicon names as their own canonical."""
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for line in alias_lines:
        canonical, _, rest = line.partition("=")
        canonical = canonical.strip()
        if not canonical:
            continue
        by_key.setdefault(outlet_key(canonical), canonical)
        for alias in (a.strip() for a in rest.split("|")):
            if not alias:
                continue
            domain = _domain(alias)
            if domain:
                by_domain.setdefault(domain, canonical)
            else:
                by_key.setdefault(outlet_key(alias), canonical)
    for name in known_names:
        by_key.setdefault(outlet_key(name), name)
    return OutletTable(by_key, by_domain)


@cache
def load_table() -> OutletTable:
    return build_table(_lines(_resource("sayso.corpus.resources", "outlets.txt")),
                       _lines(_resource("sayso.nlp.resources", "outlets.txt")))


@lru_cache(maxsize=65536)
def _known(text: str) -> str | None:
    """The canonical name of a listed outlet, cached: a corpus asks about the same names again and again."""
    return _lookup(text, load_table())


def _lookup(name: str, table: OutletTable) -> str | None:
    domain = _domain(name)
    if domain:
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            hit = table.by_domain.get(".".join(parts[i:]))
            if hit:
                return hit
        # An unknown domain of a known name: "breitbart.com" when only "Breitbart" is listed.
        for label in parts[:-1]:
            hit = table.by_key.get(label)
            if hit:
                return hit
        return None
    return table.by_key.get(outlet_key(name))


def normalize_outlet(name: str) -> str:
    """The canonical name of an outlet: "Russia Today" -> "RT", "nytimes.com" -> "The New York Times".

    An unknown name comes back tidied (whitespace collapsed, a leading "the" and a possessive
    dropped) so that "The Foo Gazette" and "Foo Gazette's" still meet; an unknown domain comes
    back as its host without "www.". An empty name gives "".
    """
    if not isinstance(name, str):
        raise TypeError(f"an outlet name is a string, not {type(name).__name__}")
    text = " ".join(name.split())
    if not text:
        return ""
    hit = _known(text)
    if hit:
        return hit
    domain = _domain(text)
    if domain:
        return domain
    text = _POSSESSIVE.sub("", text.strip(" \"'“”‘’«»()[]"))
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def known_outlet(name: str) -> bool:
    """Whether the name is in the outlet tables (no guessing from the shape of the name)."""
    return isinstance(name, str) and bool(name.strip()) and _known(" ".join(name.split())) is not None


def is_outlet(name: str) -> bool:
    """Whether a source name is a news outlet: listed, a domain, or a capitalised masthead ("Tampa Bay Times")."""
    if not isinstance(name, str) or not name.strip():
        return False
    text = " ".join(name.split())
    if _known(text):
        return True
    domain = _domain(text)
    if domain:  # a website is an outlet; a government's, army's or university's is not
        return domain.rsplit(".", 1)[-1] not in _NOT_OUTLET_TLD and ".gov." not in f".{domain}."
    words = _POSSESSIVE.sub("", text).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return (len(words) >= 2 and words[-1].lower() in _MASTHEAD
            and all(w[:1].isupper() or w[:1].isdigit() for w in words))
