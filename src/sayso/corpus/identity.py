"""Source identity across articles: which article sources are the same speaker.

Blocking by normalised keys, so the work is linear in the number of records (no pairs):

1. A record that names no one ("officials", "the spokesman", "those", the author's own voice)
   stays its own identity: anonymous and role sources are never merged across articles.
2. A short person name is first resolved inside its article (``SourceRecord.article_names``):
   "Morrison" or "Wasserman Schultz" becomes the one longer name there that ends with it,
   "Bernie" the one that starts with it. A short name that matches no full name, or several
   ("Clinton" in an article about Bill and Hillary), stays an identity of its own article:
   two people called Smith are never merged on a surname alone.
3. A person's key is (formal first name, surname): titles ("Sen.", "President"), middle names
   and initials, suffixes and possessives dropped, nicknames mapped (``resources/nicknames.txt``):
   "Tim Morrison", "Timothy J. Morrison" and "Mr. Timothy Morrison's" meet.
4. A place (``resources/us_states.txt``, ``resources/countries.txt``) is the place, whatever its type.
   Anything else named (organisations, governments, groups, outlets) keys on its name without
   case, a leading "the", possessive and punctuation ("the White House" = "White House");
   outlets through :func:`normalize_outlet`; an acronym ("FBI") joins the one long name in the
   corpus whose initials it is ("Federal Bureau of Investigation").

Identity ids are a hash of the key, so the same speaker keeps its id whatever else is ingested.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources

from sayso.corpus.outlets import is_outlet, known_outlet, normalize_outlet
from sayso.corpus.types import Identity, IdentityResult, SourceRecord

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|\d+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLES = frozenset("""mr mrs ms miss dr prof sen senator rep representative gov governor pres president vice vp
secretary sec gen general adm admiral col colonel lt capt captain maj sgt rev reverend judge justice chief
mayor minister premier chancellor ambassador amb sir dame lord lady king queen prince princess pope
attorney speaker former candidate nominee leader chairman chairwoman chair ceo director sheriff lawmaker
democrat republican dem gop state assemblyman assemblywoman councilman councilwoman congressman congresswoman""".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
_LOWER_PARTICLES = frozenset({"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "el"})
_GENERIC = frozenset("""i me we us you he she him her they them it its this that these those who whom which what
one some someone somebody many most others other all both each few several any anyone anybody everyone everybody
nobody none people person persons voters polls poll critics supporters opponents observers experts analysts
viewers readers residents citizens americans officials official sources source aides aide staff staffers
spokesman spokeswoman spokesperson author reporters reporter crowd audience members leaders lawmakers
the a an his her their our my your""".split())
_NOT_NAME_TYPES = frozenset({"anonymous", "author"})
# "some Republicans", "many Democrats", "two officials": a vague part of a group is no one in particular
_QUANTIFIERS = frozenset("""some many most other others several few all both any no each every another two three
four five six seven eight nine ten dozens hundreds thousands even not""".split())
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})


@cache
def nicknames() -> dict[str, str]:
    """nickname (lower) -> formal first name (lower), from ``resources/nicknames.txt``."""
    text = resources.files("sayso.corpus.resources").joinpath("nicknames.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        formal, _, rest = line.partition("=")
        formal = formal.strip().lower()
        for nick in rest.split("|"):
            nick = nick.strip().lower()
            if nick:
                out.setdefault(nick, formal)
    return out


def _names(resource: str) -> frozenset[str]:
    """Lower-cased names of a one-per-line list in ``resources/``, ``#`` comments and blanks dropped."""
    text = resources.files("sayso.corpus.resources").joinpath(resource).read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip().lower() for line in text.splitlines() if line.split("#", 1)[0].strip())


@cache
def us_states() -> frozenset[str]:
    """Lower-cased names from ``resources/us_states.txt`` (the US states and Puerto Rico)."""
    return _names("us_states.txt")


@cache
def places() -> frozenset[str]:
    """Lower-cased names of the places a source can be: the US states (``us_states``) and the countries of
    ``resources/countries.txt``."""
    return us_states() | _names("countries.txt")


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE.sub("", t).rstrip(".") for t in _TOKEN.findall(name.replace("’", "'")))


@lru_cache(maxsize=65536)
def person_parts(name: str) -> tuple[str, ...]:
    """The name's words without titles and possessives: "Sen. Ted Cruz's" -> ("Ted", "Cruz").

    A generational suffix stays ("Donald Trump Jr." is not his father) but loses its dot.
    """
    words = [w for w in _tokens(name) if w]
    while len(words) > 1 and (words[0].lower() in _TITLES or words[0].lower() in {"the", "a", "an"}):
        words = words[1:]
    while words and words[-1].lower() in {"phd", "md", "esq"}:
        words = words[:-1]
    return tuple(words)


def is_named(record: SourceRecord) -> bool:
    """Whether the record names someone (a proper name), not a role, pronoun or anonymous source."""
    if record.type in _NOT_NAME_TYPES:
        return False
    if known_outlet(record.name):  # "rt.com", "nytimes.com"
        return True
    words = _tokens(record.name)
    if words and words[0].lower() in {"the", "a", "an", "his", "her", "their", "its", "our", "my"}:
        words = words[1:]
    if not words:
        return False
    if not any(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in _QUANTIFIERS:
        return False
    # "Trump supporters", "White House officials", "Republican voters": a common-noun head
    # ("supporters", "officials") makes an anonymous or vague group, whatever qualifies it
    return words[-1].lower() not in _GENERIC


def _is_person(record: SourceRecord, parts: Sequence[str]) -> bool:
    if record.type == "person":
        return True
    # Extractors sometimes type "Hillary Clinton" an organization: two or three capitalised
    # words starting with a known first name are a person whatever the type says.
    if record.type in ("organization", "unknown") and 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts):
        return parts[0].lower() in _first_names()
    return False


@cache
def _first_names() -> frozenset[str]:
    names = set()
    for resource in ("first_names.txt", "census_given_names.txt", "international_given_names.txt"):  # "name" or "name m|f|-" a line
        text = resources.files("sayso.nlp.resources").joinpath(resource).read_text(encoding="utf-8")
        names |= {line.split("#", 1)[0].strip().split(" ")[0].lower() for line in text.splitlines()}
    return frozenset(n for n in names if n) | frozenset(nicknames()) | frozenset(nicknames().values())


def _formal(first: str) -> str:
    first = first.lower()
    return nicknames().get(first, first)


def _surname(parts: Sequence[str]) -> str:
    """The surname with its particles and suffix: "Charles de Gaulle" -> "de gaulle", "Donald Trump Jr." -> "trump jr"."""
    suffix = ""
    if len(parts) > 2 and parts[-1].lower() in _SUFFIXES:
        parts, suffix = parts[:-1], " " + parts[-1].lower()
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in _LOWER_PARTICLES:
        i -= 1
    return " ".join(p.lower() for p in parts[i:]) + suffix


@lru_cache(maxsize=65536)
def person_key(parts: tuple[str, ...]) -> str | None:
    """"p:formal-first|surname" for a full name (two words or more), None for a single word."""
    if len(parts) < 2:
        return None
    return f"p:{_formal(parts[0])}|{_surname(parts)}"


def org_key(name: str) -> str:
    words = [w.lower() for w in _tokens(name)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "o:" + " ".join(words)


@lru_cache(maxsize=4096)
def _article_people(article_names: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The article's full names (two words or more) as (lower-case words, person key); one parse per article."""
    out = []
    for other in article_names:
        full = person_parts(other)
        key = person_key(full)
        # a person's name: a known first name or an initial ("H. R. McMaster"), not an outlet
        # ("Fox News"), not an organisation that happens to end with the word ("Clinton Campaign")
        first = full[0].lower() if full else ""
        if key and (first in _first_names() or len(first) == 1) and not known_outlet(other):
            out.append((tuple(p.lower() for p in full), key))
    return tuple(out)


def _resolve_short(parts: Sequence[str], article_names: tuple[str, ...]) -> str | None:
    """The key of the one longer name of the article that a short name stands for, else None."""
    low = tuple(p.lower() for p in parts)
    suffix_hits, first_hits = set(), set()
    for full_low, key in _article_people(tuple(article_names)):
        if len(full_low) <= len(low):
            continue
        if full_low[-len(low):] == low or (full_low[-1] in _SUFFIXES and full_low[-len(low) - 1:-1] == low):
            suffix_hits.add(key)
        elif len(low) == 1 and _formal(full_low[0]) == _formal(low[0]):
            first_hits.add(key)
    hits = suffix_hits or first_hits
    return next(iter(hits)) if len(hits) == 1 else None


def record_key(record: SourceRecord) -> tuple[str, str]:
    """(key, type) that blocks the record; keys starting "s:" are singletons (never merged)."""
    if not is_named(record):
        return f"s:{record.article_key}\x1f{record.source_id}", record.type
    parts = person_parts(record.name) or tuple(_tokens(record.name))
    if len(parts) <= 2 and record.type in ("person", "unknown", "organization"):
        resolved = _resolve_short(parts, record.article_names)
        if resolved:  # "Bloomberg" in an article quoting Michael Bloomberg is him, not the outlet
            return resolved, "person"
    if record.type == "outlet" or known_outlet(record.name):
        return "o:" + normalize_outlet(record.name).lower(), "outlet"
    if " ".join(parts).lower() in places():  # "Florida" typed a person is still Florida
        return org_key(" ".join(parts)), ("government" if record.type == "person" else record.type)
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
        return org_key(record.name), ("organization" if record.type == "person" else record.type)  # "GOP", "DNC"
    if _is_person(record, parts):
        key = person_key(parts)
        if key is None or len(parts) == 2 and parts[0].lower() not in _first_names():
            # one word ("Morrison") or two that may be a compound surname ("Wasserman Schultz")
            resolved = _resolve_short(parts, record.article_names)
            if resolved:
                return resolved, "person"
        if key is None:
            return f"s:{record.article_key}\x1f{record.source_id}", "person"
        return key, "person"
    if is_outlet(record.name):
        return "o:" + normalize_outlet(record.name).lower(), "outlet"
    return org_key(record.name), record.type


def _acronym(key: str) -> str | None:
    words = [w for w in key[2:].split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def identity_id(key: str) -> str:
    return "I" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def singleton_key(article_key: str, source_id: str) -> str:
    """The key of a record that is an identity of its own (never merged)."""
    return f"s:{article_key}\x1f{source_id}"


def group_keys(keys: Iterable[str]) -> dict[str, str | None]:
    """Each block key's group over the corpus's keys: itself, an acronym's long name, or None (each record apart).

    A one-word "organisation" that is some person's surname in this corpus ("Trump" typed an
    organization where no full name resolves it) is an unresolved surname: None, its records
    never merged (each a person of its own). An acronym joins the one long name whose
    initials it is, when only one has them. Depends on the set of keys alone, so an
    incremental refresh can tell which groups a batch of new keys changes.
    """
    keys = set(keys)
    surnames = {key[2:].split("|", 1)[1] for key in keys
                if key.startswith("p:") and key[2:].split("|", 1)[0] in _first_names()}
    apart = {k for k in keys if k.startswith("o:") and k[2:] in surnames
             and k[2:] not in places() and not known_outlet(k[2:])}  # Israel, Bloomberg News stay
    long_by_acronym: dict[str, set[str]] = defaultdict(set)
    for key in keys - apart:
        if key.startswith("o:"):
            acronym = _acronym(key)
            if acronym and len(acronym) >= 2:
                long_by_acronym[acronym].add(key)
    out: dict[str, str | None] = {}
    for key in keys:
        if key in apart:
            out[key] = None
            continue
        out[key] = key
        word = key[2:]
        if key.startswith("o:") and " " not in word and 2 <= len(word) <= 6:
            targets = long_by_acronym.get(word, set())
            if len(targets) == 1:
                out[key] = next(iter(targets))
    return out


def grouped(key: str, typ: str, article_key: str, source_id: str, groups: dict[str, str | None]) -> tuple[str, str]:
    """(group key, type) of one keyed record under ``groups``: a record kept apart is a person of its own."""
    group = groups[key]
    return (singleton_key(article_key, source_id), "person") if group is None else (group, typ)


def resolve_identities(records: Iterable[SourceRecord]) -> IdentityResult:
    """Group article sources into corpus identities (see the module docstring)."""
    keyed = [(record, *record_key(record)) for record in records]
    groups = group_keys(key for _, key, _ in keyed)
    members: dict[str, list[tuple[SourceRecord, str]]] = defaultdict(list)
    for record, key, typ in keyed:
        group, typ = grouped(key, typ, record.article_key, record.source_id, groups)
        members[group].append((record, typ))
    identities, by_source = [], {}
    for key, group_members in members.items():
        ident = _identity(key, group_members)
        identities.append(ident)
        for record, _ in group_members:
            by_source[record.article_key, record.source_id] = ident.id
    identities.sort(key=lambda i: (-len(i.members), i.name, i.id))
    return IdentityResult(tuple(identities), by_source)


def _display(name: str) -> str:
    """A person's name as written, without leading titles and a trailing possessive."""
    words = name.replace("’", "'").split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words).strip(" :,;(\"'") or name


def _identity(key: str, members: list[tuple[SourceRecord, str]]) -> Identity:
    names = Counter(" ".join(r.name.split()) for r, _ in members)
    types = Counter(t for _, t in members)
    member_ids = tuple(sorted({(r.article_key, r.source_id) for r, _ in members}))
    return identity_from_counts(key, names, types, member_ids)


def identity_from_counts(key: str, names: Counter[str], types: Counter[str],
                         members: tuple[tuple[str, str], ...] = ()) -> Identity:
    """The identity of group ``key`` from how often its members spell each name and carry each type."""
    # ties broken by the values themselves, not by which member came first: an incremental
    # refresh meets the members in another order than a full one
    typ = max(types, key=lambda t: (types[t], t))
    if typ == "person":
        # the fullest common spelling: "Donald Trump" over "Trump", ties by frequency
        canonical = _display(max(names, key=lambda n: (len(person_parts(n)) >= 2, names[n], -len(n), n)))
    elif typ == "outlet":
        canonical = normalize_outlet(max(names, key=lambda n: (names[n], n)))
    else:
        canonical = max(names, key=lambda n: (names[n], len(n.split()), n))
        words = canonical.split()
        if len(words) > 1 and words[0].lower() == "the":
            canonical = " ".join(words[1:])
    aliases = tuple(n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0])))
    return Identity(identity_id(key), canonical, typ, aliases, members)
