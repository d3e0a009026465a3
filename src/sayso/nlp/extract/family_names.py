"""The short names a person is later called by: a family name ("Antonov", "Kennedy", "Eriksson Ek"), a first word
("Liu", "Scooter"), a titled one-word name ("President Trump"), and which of two people sharing a family
name a bare surname means. Pure functions of names and the parse."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.corpus.identity import nicknames
from sayso.nlp.extract.person_signs import FEMALE_TITLES, MALE_TITLES, stated_age  # noqa: F401 (the gendered titles; read from here)
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.source_types import titled

TITLE = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|gen|pres)\.?\s+", re.IGNORECASE)


GENERATION_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# a capitalised word of letters (and inner hyphens or apostrophes): no initial ("J."), no suffix, no possessive
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*$")


def short_names(full_names: Sequence[str], roles: frozenset[str] = frozenset(), *,
                given: frozenset[str] = frozenset()) -> dict[str, str]:
    """The one-word names a person is later called by, mapped to the full name.

    The family name, before a generational suffix ("Kennedy" for "James P. Kennedy Jr."), and
    the first word, which is the family name where it comes first ("Liu" for "Liu Xiaoming",
    "Cheuk" for "Cheuk Hau-yip") and otherwise a given name a bare mention uses ("Scooter").
    A family name wins over another person's first word; a first word two people share
    ("John") names neither; a title or role ("President Trump") is not a name. A three-word name opening with a
    given name (``given``) whose middle word is none has a family name of two words ("Eriksson Ek" for "Joel
    Eriksson Ek"); "Patti Saris" of "Kritarch Patti Saris" opens with a given name and is no family name.
    """
    out: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for family, name in _family_owners(full_names, roles).items():
        out[family] = name
    for name in full_names:  # "Trump Jr." is Donald Trump Jr., whoever else "Trump" is
        words = name.split()
        if len(words) >= 3 and words[-1].lower() in GENERATION_SUFFIXES and words[0].lower().rstrip(".") not in roles:
            out.setdefault(f"{words[-2].lower()} {words[-1].lower()}", name)
    doubles: dict[str, set[str]] = {}
    for name in full_names:  # "Eriksson Ek" after "Joel Eriksson Ek": a family name of two words (real-page P p68)
        words = name.split()
        if len(words) == 3 and all(_NAME_WORD.match(w) for w in words) and words[0].lower() in given \
                and words[1].lower() not in given:  # "Patti Saris" of "Kritarch Patti Saris": a given name, no family's
            doubles.setdefault(f"{words[1].lower()} {words[2].lower()}", set()).add(name)
    for key, holders in doubles.items():  # "Anna Eriksson Ek and Joel Eriksson Ek": a family name two share names neither
        if len(holders) == 1:
            out.setdefault(key, next(iter(holders)))
    for name in full_names:
        parts = [p for p in name.split() if p.lower() not in GENERATION_SUFFIXES]
        if len(parts) < 2:
            continue
        first = parts[0].lower().rstrip(".")
        proper = all(p[:1].isupper() for p in parts)  # not NER's PERSON "marijuana legalization"
        if proper and first.isalpha() and first not in roles and not TITLE.match(parts[0] + " "):
            firsts.setdefault(first, set()).add(name)
    for first, owners in firsts.items():
        if len(owners) == 1 and first not in out:
            out[first] = next(iter(owners))
    return out


def _family_owners(full_names: Sequence[str], roles: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each family name's person: the first full name met, or, where people of different given names share it
    ("Michael Cohen", the article's subject, and "Stephen Cohen", a commentator named once), the one the text
    names in full most often; at a tie, the first met ("Donald Trump" before "Melania Trump": news names its
    subject first). Spellings of one given name ("Michael Cohen", "Michael D. Cohen") are one person."""
    first, people = _people(full_names, roles)
    out = dict(first)
    for family, owners in people.items():
        ranked = sorted(owners, key=len, reverse=True)  # stable: at a tie, the first met
        if len(ranked) > 1 and len(ranked[0]) > len(ranked[1]):
            out[family] = ranked[0][0]
    return out


def family_holders(full_names: Sequence[str], roles: frozenset[str] = frozenset()) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The family names two or more people of the text share ("Keith Ellison" and "Kim Ellison", "Donald Trump"
    and "Ivanka Trump"): the family -> each person's full names as met (one a mention), people in the order met.

    A bare "Ellison" may mean either of them: which one, a reader decides by the paragraph
    (``family_choice``)."""
    _, people = _people(full_names, roles)
    return {family: tuple(tuple(o) for o in owners) for family, owners in people.items() if len(owners) > 1}


def _people(full_names: Sequence[str], roles: frozenset[str]) -> tuple[dict[str, str], dict[str, list[list[str]]]]:
    """The first full name met for each family name (titled ones too: "Archbishop Viganò"), and the people
    bearing it: each the full names it is met under, people in the order met.

    Given names tell people apart; a generational suffix does not, since news names one person "Patrick Carlineo
    Jr." and then "Pat Carlineo" (the son of the same name is "Trump Jr.", ``short_names``)."""
    first: dict[str, str] = {}
    people: dict[str, list[tuple[set[str], list[str]]]] = {}  # family -> (given words, the full names as met)
    for name in full_names:
        words = name.split()
        parts = [p for p in words if p.lower() not in GENERATION_SUFFIXES]
        if len(parts) < 2:
            continue
        first.setdefault(parts[-1].lower(), name)
        if parts[0].lower().rstrip(".") in roles or TITLE.match(parts[0] + " "):
            continue  # a title is no given name: "Cardinal Müller" is whichever Müller the text names
        given = {w for p in parts[:-1] for w in (p.lower().rstrip("."), _formal(p.lower().rstrip(".")))}
        owners = people.setdefault(parts[-1].lower(), [])
        # one person's spellings: "Dina Powell", "Habib Powell" and "Dina Habib Powell", "Donald J. Trump",
        # "Doug Haig" and "Douglas Haig", "Bob Mueller" and "Robert S. Mueller"
        same = next((o for o in owners if o[0] <= given or given <= o[0] or o[0] & given - _INITIALS
                     or _shortened(o[0], given)), None)
        if same is None:
            owners.append((given, [name]))
        else:
            same[0].update(given)
            same[1].append(name)
    return first, {family: [o[1] for o in owners] for family, owners in people.items()}


_INITIALS = frozenset("abcdefghijklmnopqrstuvwxyz")  # "J." is no given name two people share


def _formal(given: str) -> str:
    """The formal given name a short one stands for ("bob": "robert"), from the identity resolver's list
    (``sayso.corpus.identity.nicknames``: "Tim Morrison" and "Timothy Morrison" are one person in an article as across
    them)."""
    return nicknames().get(given, given)


def _shortened(a: set[str], b: set[str]) -> bool:
    """A given name of one person is the other's cut short ("Doug" of "Douglas", "Chris" of "Christopher").

    Each side is compared with the other only: one person's own set holds a nickname beside its formal name
    ("chris", "christopher"), which must not make him match every other holder ("Andrew Cuomo")."""
    return any(_cut_short(x, y) or _cut_short(y, x) for x in a for y in b)


def _cut_short(x: str, y: str) -> bool:
    return len(x) >= 3 and len(y) > len(x) and y.startswith(x)


def titled_names(doc: Doc, roles: frozenset[str]) -> dict[str, str]:
    """One-word names a person's title is put on ("President Trump", "Judge Kavanaugh"): the word -> the name.

    The text calls the bearer a person there, so a bare "Trump" NER leaves unlabelled (or calls an
    organization) elsewhere is that person for a later "he" to reach.
    """
    out: dict[str, str] = {}
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or not token.is_alpha or not titled(token, roles):
            continue
        if token.lower_ in roles:
            continue  # "Attorney General", "Vice President": a title on a title is an office, no one's name
        if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.lower_ not in roles
               for c in token.children):
            continue  # "Cardinal Reinhard Marx": a full name, which ``short_names`` maps
        out.setdefault(token.lower_, token.text)
    return out


# what NER calls a region, a building, a people or a day: no one's name ("Crimea, 2014,", "May, 12,"); its GPE of a
# word no place bears is a name like any other ("Fischi, 41,"), a place's name is left to the place (``PLACE_NAMES``)
_PLACE_LABELS = frozenset({"LOC", "NORP", "FAC", "DATE", "TIME"})


def aged_names(doc: Doc, roles: frozenset[str]) -> dict[str, str]:
    """One-word names the text gives an age beside ("Qanbar, 54, was elected", "Bao, 61, said"): the word -> the name.

    News sets an age off by commas after a person's name only (``stated_age``), so the text calls the bearer a person
    there, and a bare "Qanbar" NER calls an organization elsewhere is that person. The name is the run of capitalised
    proper nouns before the age, without a title ("Councillor Qanbar, 54,"); its last word is what a bare mention
    uses. Not a word NER calls a region, a building, a people or a day, nor a place's name the lists know ("Trenton, 7," may
    be a child, but the city may speak elsewhere; NER's GPE of a word no place bears is a name: "Fischi, 41,"), nor a
    word in capitals (an acronym), nor a title alone."""
    out: dict[str, str] = {}
    for token in doc[:-2]:
        if token.pos_ != "PROPN" or not _NAME_WORD.match(token.text) or token.dep_ in ("compound", "flat") \
                or token.ent_type_ in _PLACE_LABELS or token.lower_ in PLACE_NAMES or token.lower_ in roles:
            continue
        if not stated_age(doc[token.i:token.i + 1]) or _tally(token):
            continue
        words = [token]
        while words[0].i > 0 and doc[words[0].i - 1].pos_ == "PROPN" and _NAME_WORD.match(doc[words[0].i - 1].text) \
                and doc[words[0].i - 1].ent_type_ not in _PLACE_LABELS:
            words.insert(0, doc[words[0].i - 1])
        while words[0].lower_ in roles:
            words = words[1:]
        out.setdefault(token.lower_, " ".join(w.text for w in words))
    return out


def _tally(token: Token) -> bool:
    """ "Arsenal, 84; Chelsea, 80", "Samsung, 98, Intel, 45": the name and its number are one entry of a table (points,
    seats, counts), no age: the number ends on a semicolon, or another "Name, number" comes right before or after it
    with no "and" between."""
    doc = token.doc
    if token.i + 3 < len(doc) and doc[token.i + 3].text == ";":
        return True
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    before = start >= 4 and doc[start - 1].text in (",", ";") and doc[start - 2].like_num \
        and doc[start - 3].text == "," and doc[start - 4].pos_ == "PROPN"
    # "Samsung, 98, Intel, 45"; not "Smith, 54, and Jones, 61,": two people's ages
    return before or (token.i + 3 < len(doc) and doc[token.i + 3].text == "," and _entry_at(doc, token.i + 4))


def _entry_at(doc: Doc, i: int) -> bool:
    """ "Intel, 45" of "Samsung, 98, Intel, 45": a run of proper nouns at ``i`` with a number set off by a comma."""
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    return j > i and j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].like_num


def titled_people(doc: Doc, roles: frozenset[str]) -> list[Span]:
    """ "Cardinal Reinhard Marx" NER left out: the proper nouns a person's title is compounded on,
    without the title, for a later "Marx" to reach."""
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_iob_ != "O" or token.dep_ in ("compound", "flat") or not titled(token, roles):
            continue
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_iob_ == "O"] + [token]
        while words and words[0].lower_ in roles:
            words = words[1:]
        if len(words) >= 2 and words[-1].i - words[0].i == len(words) - 1:
            out.append(Span(doc, words[0].i, words[-1].i + 1, label="PERSON"))
    return out


def titled_name_in(ent: Span, roles: frozenset[str]) -> Span | None:
    """The titled one-word name a non-person entity ends with: NER's ORG "State Tillerson" of "Secretary of State
    Tillerson", "Senator Grassley": "Tillerson", "Grassley", a person for a later "he" to reach and for the source's
    type, without the title and its office. Not an entity whose last word is no name of a person's ("the State
    Department", "General Motors", "Attorney General": ``titled`` and the roles say so)."""
    if ent.label_ == "PERSON":
        return None
    words = [t for t in ent if not t.is_punct]
    if not words:
        return None
    name = words[-1]
    if name.pos_ != "PROPN" or not name.is_alpha or not name.text[:1].isupper() or name.lower_ in roles \
            or not titled(name, roles):
        return None
    first = name
    while first.i > ent.start and (prev := ent.doc[first.i - 1]).head == name and prev.dep_ in ("compound", "flat") \
            and prev.pos_ == "PROPN" and prev.lower_ not in roles:
        first = prev  # "Secretary Rex Tillerson" tagged ORG whole: the whole name
    return ent.doc[first.i:name.i + 1]

