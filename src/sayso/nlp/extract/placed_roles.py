"""A role noun said with a place ("the Florida senator", "the Russian leader", "the Kentucky lawmaker"): the people the
text named before with an office and a place, and the one of them such a mention stands for. Pure functions on the Doc.

A writer who named "Sen. Jane Roe of Ohio", "Sens. Tom Hale (Ky.) and Jane Roe (Ohio)", "Sen. Jane Roe, R-Ohio," or
"Russian President Ivan Petrov" goes on to call them "the Ohio senator" or "the Russian leader": the place and the
office the text gave them, in other words (an abbreviation, a nation's adjective, a class noun for the office).
``placed_people`` reads what the text gave each person named in full: the title run before the name ("Russian
President", "Florida Sen.", "Russia's Ambassador"), a party tag or place after it ("(R-Fla.)", ", D-N.Y.,", "(Ky.)",
"of Russia"), and a role put beside the name (``roles``: "Ivan Petrov, the Russian president"). ``placed_holder``
picks the one person a mention fits: given its place and an office its noun names, by one family name, with nobody
else given that place whose office fits or is not said (a wrong speaker is worse than none). A place after the
office ("Ambassador to Russia Tom Hale") is where the holder serves, not the holder's own: no "the Russian
ambassador". A former holder ("former Ohio Sen. Tom Hale") is no holder, and one is enough to leave the mention as
written: a reader may take it either way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.resource_files import read_list

# party words, one spelling each: "GOP nominee" and "the Republican nominee" are one role; "R-Fla." a Republican
PARTIES = {"democratic": "democratic", "democrat": "democratic", "dem": "democratic", "republican": "republican",
           "gop": "republican", "labour": "labour", "conservative": "conservative", "tory": "conservative",
           "libertarian": "libertarian", "green": "green"}
_PARTY_TAGS = {"r": "republican", "d": "democratic", "i": "independent"}


def _forms(name: str, sep: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for line in read_list(name):
        if sep in line:
            key, _, forms = line.partition(sep)
            out[key.strip()] = tuple(f.strip() for f in forms.split(","))
    return out


_PLACE_LINES = _forms("place_forms.txt", ":")
# every form of a place -> the place ("fla." -> "florida", "russian" -> "russia"); a code of two letters ("fl", "in")
# only in a party tag or brackets after a name, where no word of English stands
PLACES = {form: place for place, forms in _PLACE_LINES.items() for form in (place, *forms)}
_CODES = frozenset(f for f in PLACES if len(f) <= 2 and f not in ("us", "uk"))
OFFICES = {form: office for office, forms in _forms("office_kinds.txt", ":").items() for form in (office, *forms)}
KINDS = {noun: frozenset(offices) for noun, offices in _forms("office_kinds.txt", "=").items()}
_PLURAL_TITLES = frozenset({"sens.", "sens", "senators", "reps.", "reps", "govs.", "govs", "governors"})
FORMER = frozenset({"former", "ex", "ex-", "late", "then", "then-", "onetime", "one-time", "retired", "outgoing"})
# words a title run may hold between its capitalised words: "Secretary of State", "Russia's Ambassador to the UN"
_JOINERS = frozenset({"of", "the", "to", "for", "'s", "’s", "-"})
_POSSESSIVE = frozenset({"'s", "’s"})


class Placed(NamedTuple):
    """What the text gave one person named in full: where, as what, whether no longer, and where it said so."""

    name: Span
    places: frozenset[str]
    offices: frozenset[str]
    parties: frozenset[str]
    former: bool
    role: int  # the title's or the role noun's index, else the name's first


def place_of(words: str, *, coded: bool = False) -> str | None:
    """The place ``words`` name ("Fla." -> "florida", "Russian" -> "russia", "New York" -> "new york"); a code of two
    letters ("FL") only where ``coded``."""
    word = words.lower().strip()
    place = PLACES.get(word) or PLACES.get(word.rstrip("."))
    return None if place is None or (not coded and word.rstrip(".") in _CODES) else place


def office_of(words: str) -> str | None:
    """The office a title or role noun names: "Sen." and "senator" -> "senator", "Prime Minister" -> "prime minister"."""
    return OFFICES.get(words.lower().strip())


# a word that makes an office another, lower one: "Lt. Gov.", "Deputy Prime Minister", "Vice Chancellor"
_UNDER = frozenset({"lieutenant", "lt.", "lt", "deputy", "vice", "vice-", "assistant", "associate", "under", "shadow"})


def office_at(words: list[str], k: int) -> str | None:
    """The office lower-case ``words`` name ending at the ``k``-th ("prime minister" of "deputy prime minister" is
    none: the deputy's office is not the prime minister's)."""
    pair = office_of(f"{words[k - 1]} {words[k]}") if k else None
    first = k - 1 if pair else k
    return None if first and words[first - 1] in _UNDER else pair or office_of(words[k])


def mention_offices(head: Token) -> frozenset[str]:
    """The offices a mention's noun names: its own ("the Russian president": president; "the prime minister" with
    its word before) and, for a class noun, each of its class ("the Russian leader": president, prime minister ...)."""
    lemma = head.lemma_.lower()
    words = [t.lower_ for t in head.doc[max(head.i - 2, 0):head.i]] + [lemma]
    own = office_at(words, len(words) - 1)
    return KINDS.get(lemma, frozenset()) | ({own} if own else frozenset())


def mention_place(head: Token) -> str | None:
    """The one place a mention gives its role noun ("the Florida senator", "the Russian leader", "the New York
    mayor"): its capitalised qualifiers before the noun that name a place. None where it gives none, two, or a
    capitalised word that is neither a place nor a party (a name of its own: "the Kath.net senator")."""
    words = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod") and t.text[:1].isupper()]
    places: set[str] = set()
    rest = []
    for t in words:
        phrase = doc_text(head.doc)[t.left_edge.idx:t.idx + len(t.text)]  # "New York" of "the New York mayor"
        place = place_of(phrase) or place_of(t.text)
        if place is not None:
            places.add(place)
        elif t.lower_.replace(".", "") not in PARTIES:
            rest.append(t)
    return places.pop() if len(places) == 1 and not rest else None


def _title_run(name: Span) -> list[Token]:
    """The words right before a name that title it ("Russian President", "Florida Sen.", "Russia's Ambassador to the
    UN", "Secretary of State"): capitalised words, titles and their joiners, in its sentence, back to the first other."""
    doc = name.doc
    i = name.start - 1
    while i >= name.sent.start:
        t = doc[i]
        split_dot = t.text == "." and i > name.sent.start and doc[i - 1].lower_ + "." in OFFICES  # "Sens" "." of "Sens."
        if not (split_dot or t.lower_ in _JOINERS or t.lower_ in OFFICES
                or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"))):
            break
        i -= 1
    run = list(doc[i + 1:name.start])
    while run and run[0].lower_ in _JOINERS:
        run = run[1:]
    return run


def _run_facts(run: list[Token]) -> tuple[set[str], set[str], set[str], int | None]:
    """The places, offices and parties a title run gives, and its office's index. A place after "to" or "for"
    ("Ambassador to Russia") is where the holder serves; one after "of" ("Governor of Texas") is theirs."""
    places: set[str] = set()
    offices: set[str] = set()
    parties: set[str] = set()
    at = None
    served = False
    for k, t in enumerate(run):
        if t.lower_ in ("to", "for"):
            served = True
        office = office_at([w.lower_ for w in run], k)
        if office is not None:
            offices.add(office)
            at = t.i
            continue
        if k and place_of(f"{run[k - 1].text} {t.text}") is not None:
            continue  # "Virginia" of "West Virginia", "Mexico" of "New Mexico": the pair's, said at its first word
        place = place_of(f"{t.text} {run[k + 1].text}") if k + 1 < len(run) else None
        place = place or place_of(t.text)
        if place is not None and not served:
            places.add(place)
        if t.lower_.replace(".", "") in PARTIES and t.text[:1].isupper():
            parties.add(PARTIES[t.lower_.replace(".", "")])
    return places, offices, parties, at


# after a name: "(R-Fla.)", "(Ky.)", ", D-N.Y.," or " of Russia"
_TAG = r"(?:([RDI])\s?[-–]\s?)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)"
_AFTER = re.compile(rf"\s?\(\s?{_TAG}\s?\)|,\s([RDI])\s?[-–]\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?=[,;)]|\s|$)"
                    r"|\sof\s((?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*){0,2})")


def _after_facts(name: Span) -> tuple[str | None, str | None, bool]:
    """The place and party said right after a name, and whether by "of" (which a coordination shares: "Sens. Ann Lee
    and Tom Hale of Ohio")."""
    match = _AFTER.match(doc_text(name.doc), name.end_char)
    if match is None:
        return None, None, False
    tag, where = (match[1], match[2]) if match[2] else (match[3], match[4])
    if where:
        place = place_of(where, coded=True)
        return place, _PARTY_TAGS.get(tag.lower()) if tag else None, False
    words = match[5].split()
    for n in range(len(words), 0, -1):  # "of New York City": New York
        place = place_of(" ".join(words[:n]))
        if place is not None:
            return place, None, True
    return None, None, False


def _former(run: list[Token], name: Span) -> bool:
    """The title is one the person held before: "former Ohio Sen. Tom Hale", "ex-Gov. Ann Lee"."""
    first = run[0].i if run else name.start
    doc = name.doc
    before = {doc[j].lower_ for j in range(max(first - 2, name.sent.start), first)}
    return bool(before & FORMER) or any(t.lower_ in FORMER for t in run)


def placed_people(doc: Doc, roles: Mapping[int, Token]) -> list[Placed]:
    """Each person NER names in two words or more, with the places, offices and parties the text gave them there
    (``_title_run``, ``_after_facts``) and by a role put beside the name (``roles``: role index -> name token)."""
    out: dict[int, Placed] = {}
    shared: dict[int, str] = {}  # a name's root -> the place an "of" after it gives, which its conjuncts share
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        run = _title_run(ent)
        places, offices, parties, at = _run_facts(run)
        place, party, by_of = _after_facts(ent)
        if place is not None:
            places.add(place)
            if by_of:
                shared[ent.root.i] = place
        if party is not None:
            parties.add(party)
        out[ent.root.i] = Placed(ent, frozenset(places), frozenset(offices), frozenset(parties), _former(run, ent),
                                 at if at is not None else ent.start)
    for i, named in roles.items():
        role = doc[i]
        person = next((p for p in out.values() if p.name.start <= named.i < p.name.end), None)
        words = [t.lower_ for t in doc[max(i - 2, 0):i]] + [role.lemma_.lower()]
        office = office_at(words, len(words) - 1)
        if person is None or office is None or role.tag_ in ("NNS", "NNPS"):
            continue
        places = _places([t for t in role.subtree if t.i < role.i and t.text[:1].isupper()])
        places |= {place_of(o.text) for p in role.children if p.lower_ == "of" for o in p.children}
        former = any(t.lower_ in FORMER for t in role.lefts)
        out[person.name.root.i] = person._replace(places=person.places | {p for p in places if p},
                                                  offices=person.offices | {office}, former=person.former or former,
                                                  role=i if person.role == person.name.start else person.role)
    _share_coordination(doc, out, shared)
    return sorted(out.values(), key=lambda p: p.name.start)


def _places(words: list[Token]) -> set[str]:
    """The places capitalised words name, two adjacent words first ("West Virginia" is no Virginia, "New Mexico" no
    Mexico)."""
    out: set[str | None] = set()
    k = 0
    while k < len(words):
        pair = place_of(f"{words[k].text} {words[k + 1].text}") if k + 1 < len(words) \
            and words[k + 1].i == words[k].i + 1 else None
        out.add(pair or place_of(words[k].text))
        k += 2 if pair else 1
    return {p for p in out if p}


def _share_coordination(doc: Doc, people: dict[int, Placed], shared: Mapping[int, str]) -> None:
    """Names joined under one plural title share its office ("Sens. Tom Hale (Ky.) and Ann Lee (Ohio)": both
    senators), and an "of" place after the last is each one's ("Sens. Tom Hale and Ann Lee of Ohio": both of Ohio)."""
    for root, person in list(people.items()):
        first = doc[root]
        while first.dep_ == "conj" and first.head.i in people:
            first = first.head
        if first.i == root:
            continue
        head = people[first.i]
        title = doc[head.role] if head.role != head.name.start else None
        if title is not None and (title.lower_ in _PLURAL_TITLES or title.tag_ in ("NNS", "NNPS")):
            people[root] = person = person._replace(offices=person.offices | head.offices,
                                                    former=person.former or head.former)
        group = [r for r in people if r == first.i or (doc[r].dep_ == "conj" and first in doc[r].ancestors)]
        for place in {shared[r] for r in group if r in shared}:
            for r in group:
                people[r] = people[r]._replace(places=people[r].places | {place})


def placed_holder(doc: Doc, head: Token, roles: Mapping[int, Token], before: int) -> Placed | None:
    """The one person named before ``before`` whom a mention's place and office fit ("the Florida senator": the
    senator of Florida; "the Russian leader": the Russian president or prime minister), where every party the mention
    says was given them too. None where the mention says no place, no office the lists know, or where anyone else
    named before was given that place with an office that fits or with none said ("Sen. Jane Roe of Ohio ... Tom
    Hale, D-Ohio, ... the Ohio senator": Hale may be one), or where the holder held it formerly."""
    place = mention_place(head)
    offices = mention_offices(head)
    if place is None or not offices:
        return None
    parties = {PARTIES[t.lower_.replace(".", "")] for t in head.lefts if t.lower_.replace(".", "") in PARTIES
               and t.text[:1].isupper()}
    named = [p for p in placed_people(doc, roles) if p.name.end_char <= before]
    fits = [p for p in named if place in p.places and (not p.offices or p.offices & offices)]
    if len({surname(p.name.text) for p in fits}) != 1:
        return None
    holders = [p for p in fits if p.offices & offices]
    if not holders or any(p.former for p in fits) or not parties <= {q for p in fits for q in p.parties}:
        return None
    held = {o for p in holders for o in p.offices}
    if any(not p.places and p.offices & offices and not p.offices & held for p in named):
        return None  # "President Ann Lee ... Ukrainian Prime Minister Tom Hale ... the Ukrainian leader": Lee may be it
    return holders[-1]
