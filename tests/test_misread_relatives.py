"""A noun's relative clause the parse hung on the cue is not what was said (``nlp/extract/misread_relatives.py``).

Each table has its positive rows (dropped) and its negative rows (kept)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_relative_pronoun_content = cue_table([
    ("Indeed, the editor had simply referred to Qur'anic Suras that mandate the Hijab for women and sanction "
     "sexual slavery.", "referred", False),
    # a "that" marking the clause, or the cue's own object before it: what was said
    ("He told reporters that the deal would be a mistake.", "told", True),
    ("The mayor referred to the report that the council was lying.", "referred", True),
    ("He observed that the plane had crashed.", "observed", True),
])

test_fronted_relative_quantity = cue_table([
    ("Two lawsuits were filed, one of which a state judge dismissed as frivolous.", "dismissed", False),
    ("Three complaints were lodged, two of which the board rejected as baseless.", "rejected", False),
    ("The union filed grievances, most of which the company denied.", "denied", False),
    # the part of the relative with its content after the cue says something; a plain fronted content is said
    ("Two suits were filed, one of which claimed that the firm lied to investors.", "claimed", True),
    ("Dozens of protesters gathered, some of whom said the police had been violent.", "said", True),
    ("The police were violent, the protesters said.", "said", True),
])

test_double_object_clause = cue_table([
    ("Two months ago, the Department of Justice quietly offered Wilson a settlement to end a lawsuit he and a group "
     "of co-plaintiffs have pursued since 2015 against the United States government.", "offered", False),
    # one object and a clause: what was told
    ("The lawyer told the court he had never seen the letter.", "told", True),
    ("She told him that the settlement was fair.", "told", True),
])

test_adjunct_noun_clause = cue_table([
    # the cue's object, an adjunct clause ending on a noun, then an unmarked clause going on from that noun
    ("Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they will be allotted the "
     "maximum 10 per cent of the total they can get, Reuters reported.", "have welcomed", False),
    # the same report's own cue; a cue with no object of its own; a clause marked by "that": what was said
    ("Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they will be allotted the "
     "maximum 10 per cent of the total they can get, Reuters reported.", "reported", True),
    ("The governor said after touring the plant the line would close next year.", "said", True),
    ("The union welcomed the offer and said that workers would vote on it next week.", "said", True),
])

test_contact_relative_subject = cue_table([
    # an indefinite noun and a name, the cue ending on a bare preposition: a relative clause on an appositive noun,
    # whose gap is what was warned about, not the clause before it (blind audit m69)
    ("The flaw lets attackers into older routers, an issue Cisco on May 3 had warned about.", "warned", False),
    ("The flaw lets attackers into older routers, an issue Cisco had warned about.", "warned", False),
    ("The update breaks some printers, a problem Canon had warned customers about.", "warned", False),
    # kept: a proposition predicted (no preposition left bare), a name in apposition to a definite noun
    ("Rents fell sharply, something landlords had predicted.", "predicted", True),
    ("The senator Warren said the bill would pass.", "said", True),
    # a relative clause with no relative word on the subject: the noun is what was referred to, the predicate the
    # writer's (blind audit 27)
    ("The institutions Bono referenced — the U.N., EU, NATO — all trace their roots to the 1940s and 1950s.",
     "referenced", False),
    # the same, the name read as a second subject of the cue
    ("“We live in a time,” said U2’s Bono this week, “when institutions as vital to human progress as the United "
     "Nations are under attack.” The institutions Bono referenced — the U.N., EU, NATO — all trace their roots to the "
     "1940s and 1950s.", "referenced", False),
    ("The 21 pages Trump wants to be declassified only make up a small part of the 412 pages of FISA applications.",
     "wants", False),
    # a noun of people in apposition to its names, a comma, the cue's own object: the speaker and what was said
    ("The senators Warren and Sanders said the plan would fail.", "said", True),
    ("The reports Reuters obtained said the company had lied.", "said", True),
    ("The protesters, Smith said, were peaceful.", "said", True),
    ("The singer Bono said the institutions were under attack.", "said", True),
])
