"""reporting_subject / reported_gap on real parses: the speaker and the reported rest of a set-off relative clause."""

from __future__ import annotations

import pytest

from _cues import rows, rows_table
from sayso.nlp.extract.relative_reports import (
    bare_relative_speaker,
    bare_restrictive_gap,
    report_in_relative,
    reported_gap,
    reporting_subject,
    restrictive_gap,
)


def _cue(doc, word: str):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, cue, speaker, gap",
    [
        ("The car, which Nissan claims is the safest in its class, goes on sale in May.", "claims", "Nissan",
         "is the safest in its class"),
        ("The law, which Smith said he had never read, was repealed.", "said", "Smith", "he had never read"),
        ("The report, which the minister said was accurate, was published.", "said", "minister", "was accurate"),
        # "whom": the parse makes the pronoun a second subject of the cue; the speaker is the other one
        ("She ran against Wasserman Schultz, whom many progressives believed was unfairly tilting the primary.",
         "believed", "progressives", "was unfairly tilting the primary"),
        ("He praised the mayor, whom residents say has neglected the city.", "say", "residents", "has neglected the city"),
    ],
)
def test_relative_report(nlp, text: str, cue: str, speaker: str, gap: str) -> None:
    doc = nlp(text)
    token = _cue(doc, cue)
    assert reporting_subject(token).text == speaker
    s, e = reported_gap(token, token.i)
    assert text[s:e] == gap


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The car that Nissan claims is the safest goes on sale in May.", "claims"),  # restrictive: no edge
        ("The senator, who said the bill was flawed, voted against it.", "said"),  # the pronoun is the speaker
        ("The mayor, whom voters elected twice, said the city was broke.", "said"),  # "whom" in another clause
        # "whom" the cue's own object: whom it is about, no gap of what was said
        ("Observers walked with the marchers, whom he described as peaceful, for the whole route.", "described"),
        ("His friend is Joel Benenson, whom one Obama insider described as his brother.", "described"),
        ("Nissan claims the car is the safest.", "claims"),  # no relative clause
    ],
)
def test_not_a_relative_report(nlp, text: str, cue: str) -> None:
    token = _cue(nlp(text), cue)
    assert reporting_subject(token) is None
    assert reported_gap(token, token.i) is None


# "Everything Trump says is a lie": a relative clause with no relative word on an indefinite pronoun; what is said is
# the pronoun, the predicate a verdict on it (``indefinite_gap``, ``statement_checks.verdict_on_what_was_said``); a
# pseudo-cleft, a clause with its own subject, a pronoun that speaks or is said stay as they were; "nothing" is not
# what was said
test_indefinite_relative = rows_table([
    ("Everything Trump says is a lie unless proven otherwise.", [("Trump", "says", "Everything")]),
    ("Everything Smith said turned out to be wrong.", [("Smith", "said", "Everything")]),
    ("Nothing Smith said was true.", []),
    ("Nothing the president said “will assuage people's fears,” the Florida senator said.",
     [("the Florida senator", "said", "Nothing the president said “will assuage people's fears")]),
    ("Smith said everything was fine.", [("Smith", "said", "everything was fine")]),
    ("Everything changed, Smith said.", [("Smith", "said", "Everything changed")]),
    ("All Smith said was that he was tired.", [("Smith", "said", "was that he was tired")]),
    # a verb of argument takes a clause, whose subject the pronoun is: "aides argue [something is possible]"
    ("Devine acknowledged that it will be difficult unless Sanders finishes on a winning streak - something Sanders "
     "aides argue is possible after Tuesday's victory in Indiana.",
     [("Devine", "acknowledged", "that it will be difficult unless Sanders finishes on a winning streak"),
      ("Sanders aides", "argue", "is possible after Tuesday's victory in Indiana")]),
])


# "the policies she supported that Trump argues hurt workers": a relative clause with a report inside it is Trump's,
# never the content of the cue before it, whatever the parse made of it; a complement clause with a subject of its
# own stays the cue's
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("She attacked the trade policies she supported that Trump argues hurt American workers.", "supported", True),
        ("He defended the tax cuts he passed that Democrats say helped only the rich.", "passed", True),
        ("He presented the emails that Clinton thinks should be made public.", "presented", True),
        ("They backed a plan that many economists believe will fail.", "backed", True),
        ("She cited the program her husband created that critics say wasted billions.", "created", True),
        # negatives: complements with their own subject, a pronoun of the clause's own, no report, a content before
        ("He argued that Democrats say the cuts helped the rich.", "argued", False),
        ("She said that critics claim the plan will fail.", "said", False),
        ("He said that what critics say is wrong.", "said", False),
        ("He said that critics say good things about the plan.", "said", False),
        ("Trump said that Mexico will pay for the wall.", "said", False),
        ("He said that it is said to be safe.", "said", False),
        # nouns of the same words: "the charges", "the final say", "Trump's claims"
        ("He said that the charges were false.", "said", False),
        ("He argued that the final say rests with Congress.", "argued", False),
        ("She noted that Trump's claims were false.", "noted", False),
        ("She noted that the claims were false.", "noted", False),
    ],
)
def test_report_in_relative(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = _cue(doc, cue)
    first = next(t for t in doc if t.lower_ == "that")
    assert report_in_relative(first, token) is expected


test_report_in_relative_rows = rows_table([
    # the stance's content is not the relative clause (at most the noun it hangs on); the inner report stays
    ("He defended the tax cuts he passed that Democrats say helped only the rich.",
     [("He", "defended", "the tax cuts he passed"), ("Democrats", "say", "helped only the rich")]),
    ("He presented the emails that Clinton thinks should be made public.", []),
    ("She said that critics claim the plan will fail.",
     [("She", "said", "that critics claim the plan will fail"), ("critics", "claim", "the plan will fail")]),
])


def test_shaped_content_in_relative(nlp) -> None:  # noqa: ANN001
    """The content shaped after the pick may be the relative clause with the report in it: no attribution of it."""
    found = rows(nlp, "Clinton's spokesman, Brian Fallon, presented the findings as the latest turn in an ongoing struggle "
                      "between government officials over whether to retroactively classify emails that were not marked as "
                      "sensitive when they were sent and that Clinton thinks should be made public.")
    assert not any(r[2].startswith("that Clinton thinks") for r in found), found


test_main_clause_of_relative = rows_table([
    # the sentence's main clause, hung by the parse on a cue in a relative clause after its object and a comma
    ("From dozens of eyewitness reports, including Suchomel’s, that clearly indicate the presence of multiple "
     "shooters, to the possibility of helicopters being used in the attack, the American people are clearly not "
     "being told the truth.", []),
    # negatives: a relative clause's own complement, a relative subject of a report
    ("The study, which shows that prices rose, was published on Monday.", [("The study", "shows", "that prices rose")]),
    ("Officials who said the plan would fail were ignored.", [("Officials", "said", "the plan would fail")]),
])


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Police found a tonne of TNT that officials say was intended for the attack.", "say",
                     ("a tonne of TNT", "was intended for the attack"), id="tnt"),
        pytest.param("The army seized weapons that officials said were bound for the rebels.", "said",
                     ("weapons", "were bound for the rebels"), id="weapons"),
        pytest.param("He was carrying a letter which police believe was written by the victim.", "believe",
                     ("a letter", "was written by the victim"), id="which-letter"),
        # negatives: a set-off clause (``reported_gap``'s), the pronoun the cue's object, the pronoun the speaker
        pytest.param("The car, which Nissan claims is the safest in its class, goes on sale in May.", "claims", None,
                     id="set-off"),
        pytest.param("He read the memo that Smith wrote last year.", "wrote", None, id="object-gap"),
        pytest.param("She cited a study that found that crime fell.", "found", None, id="pronoun-speaks"),
        # the parse swallowed the main verb into the reported clause: its rest is not all the speaker's
        pytest.param("A report that officials say was never finished surfaced this week.", "say", None,
                     id="main-verb-swallowed"),
        pytest.param("The program that Democrats argue helps families was cut.", "argue", None, id="main-verb-cut"),
        pytest.param("The policy that officials say was designed to help farmers hurt them instead.", "say", None,
                     id="main-verb-hurt"),
        # the clause may belong to the noun a participle phrase hangs on (the effort, not the leaders)
        pytest.param("He slammed an effort supported by Obama and House leaders that Sanders said would make things "
                     "worse.", "said", None, id="participle-phrase"),
    ],
)
def test_restrictive_gap(nlp, text: str, cue: str, expected: tuple[str, str] | None) -> None:  # noqa: ANN001
    parts = restrictive_gap(_cue(nlp(text), cue))
    assert (parts if parts is None else tuple(text[s:e] for s, e in parts)) == expected


test_restrictive_relative_rows = rows_table([
    pytest.param("Police found a tonne of TNT that officials say was intended for the attack.",
                 [("officials", "say", "a tonne of TNT that officials say was intended for the attack",
                   ("a tonne of TNT", "was intended for the attack"))], id="tnt-two-parts"),
], parts=True)


# "a ton of TNT officials say was intended for ...": a relative clause with no "that" that the parse hung on the main
# verb; its speaker is the noun right before the cue, never the main clause's subject (wire audit: "He" for "say")
@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("He led Philippine police to a ton of TNT officials say was intended for attacks on Western targets.", "say",
         "officials"),
        ("He led investigators to a stash of weapons police say was hidden by the rebels.", "say", "police"),
        ("She took reporters to a pile of ballots officials say were never counted.", "say", "officials"),
        # parsed as the relative clause it is (the other rules' form), a trailer, a clause with its own subject, a "that" clause and a plain subject: not this form
        ("Police seized a cache of weapons residents say were stolen from the army.", "say", None),
        ("He left the room, officials say.", "say", None),
        ("He led police to a ton of TNT officials say it was intended for attacks.", "say", None),
        ("Police found a ton of TNT that officials say was intended for attacks.", "say", None),
        ("Officials say the TNT was intended for attacks.", "say", None),
    ],
)
def test_bare_relative_speaker(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = bare_relative_speaker(_cue(nlp(text), cue))
    assert (found.text if found is not None else None) == speaker


# what they say is the noun and the rest, in two parts, as the "that" form reports it (wire audit: the content had lost
# "a ton of TNT"); a clause with a subject of its own is not this form
test_bare_relative_rows = rows_table([
    ("He led Philippine police to a ton of TNT officials say was intended for attacks on Western targets.",
     [("officials", "say", "a ton of TNT officials say was intended for attacks on Western targets",
       ("a ton of TNT", "was intended for attacks on Western targets"))]),
    ("She took reporters to a pile of ballots officials say were never counted.",
     [("officials", "say", "a pile of ballots officials say were never counted",
       ("a pile of ballots", "were never counted"))]),
    ("He led investigators to a stash of weapons police say was hidden by the rebels.",
     [("police", "say", "a stash of weapons police say was hidden by the rebels",
       ("a stash of weapons", "was hidden by the rebels"))]),
    ("He left the room, officials say.", [("officials", "say", "He left the room", ())]),
], parts=True)


@pytest.mark.parametrize(
    "text, cue, parts",
    [
        ("He led Philippine police to a ton of TNT officials say was intended for attacks.", "say",
         ("a ton of TNT", "was intended for attacks")),
        ("He left the room, officials say.", "say", None),  # a trailer
        ("Police found a ton of TNT that officials say was intended for attacks.", "say", None),  # restrictive_gap's
        ("He led police to a ton of TNT officials say it was intended for attacks.", "say", None),  # no gap
    ],
)
def test_bare_restrictive_gap(nlp, text: str, cue: str, parts: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = bare_restrictive_gap(_cue(doc, cue))
    assert (tuple(doc.text[s:e] for s, e in found) if found is not None else None) == parts
