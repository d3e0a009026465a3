"""``day_clauses.clause_after_adjunct``: "said during a news conference that he may wait" reports "that he may
wait", the clause the parse hung on "conference" as a relative clause.

The rows are ``text -> (source, cue, content)`` as ``sayso.analyze`` reports them (``tests/_cues.rows``); the
unit rows read the parse (``text, cue word -> the clause or None``).
"""

from __future__ import annotations

import pytest

from _cues import rows, token_of
from sayso.nlp.extract.day_clauses import clause_after_adjunct

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time and an occasion between the cue and its clause
        ("Adelson said earlier on Friday during a news conference that he may wait until the primaries to decide.",
         ("Adelson", "said earlier", "that he may wait until the primaries to decide")),
        # "following" read as a preposition
        ("Sanders said following a vote in 2001 that he had serious concerns about the industry.",
         ("Sanders", "said", "that he had serious concerns about the industry")),
        # the clause was the object of "on" before ("a call with investors that revenue fell 5 percent")
        ("He said on a call with investors that revenue fell 5 percent.", ("He", "said", "that revenue fell 5 percent")),
        # forms another rule already read stay read
        ("The mayor told reporters at a briefing on Tuesday that the city would appeal the ruling.",
         ("The mayor", "told", "that the city would appeal the ruling")),
        ("The senator said in an interview with CNN that the bill would pass.",
         ("The senator", "said in an interview", "that the bill would pass")),
        # a span of time between the cue and its clause, the clause read as the time's ("decades that ...")
        ("Austria argued for decades that it was the first victim of National Socialism.",
         ("Austria", "argued", "that it was the first victim of National Socialism")),
        ("Officials warned for weeks that the dam could fail.", ("Officials", "warned", "that the dam could fail")),
        # whom a verb of telling told stands before the occasion
        ("He allegedly told his ex-wife in an angry phone call that he had no intention of following their new "
         "custody agreement.", ("He", "allegedly told", "that he had no intention of following their new custody agreement")),
    ],
)
def test_clause_after_the_adjuncts(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in rows(nlp, text)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Adelson said earlier on Friday during a news conference that he may wait until February.", "said",
         "that he may wait until February"),
        ("He said on a call with investors that revenue fell 5 percent.", "said", "that revenue fell 5 percent"),
        ("She said during the debate that she had changed her mind.", "said", "that she had changed her mind"),
        # the parse made "that" the relative object of a verb that takes none ("lied")
        ("Prosecutors said in a filing that Smith lied.", "said", "that Smith lied"),
        ("Prosecutors said in a court filing that Smith lied to investigators.", "said",
         "that Smith lied to investigators"),
        # negatives: "that" the object of a verb that takes the occasion ("a statement that she posted")
        ("He spoke in a video that he posted on Monday.", "spoke", None),
        ("She referred to a filing that her lawyers signed.", "referred", None),
        # negatives: a real relative clause ("that" its subject); a cue with a clause of its own; no adjunct
        ("The company said in a statement that was released on Monday.", "said", None),
        ("The governor spoke during a meeting that lasted two hours.", "spoke", None),
        ("She said that she had changed her mind during the debate.", "said", None),
        ("He said that the plan failed.", "said", None),
        # a thing's relative clause, its "that" marked a complementizer by the parse: the thing's
        ("The Review-Journal also specifically asked about the more than 50,000 hours of overtime that Metro officers "
         "have logged since Oct. 1 on work directly related to the shooting investigation.", "asked", None),
        # a noun's own that-clause is the noun's: "declaration that ..." is what Trump declared
        ("Asked about Trump's declaration that it had been a bomb, Clinton said she would wait.", "Asked", None),
        ("The report said prices rose in the months that followed.", "said", None),
        # a span of time read as the clause's noun; not a time's real relative clause
        ("He claimed for years that he had been cheated.", "claimed", None),  # parsed right: the cue's own clause
        ("She has insisted for months that the deal was fair.", "insisted", "that the deal was fair"),
        ("The strike lasted for weeks that felt like years.", "lasted", None),
        # whom the words went to: a person takes no that-clause, and a verb with an object has no room for a
        # relative one ("that" its second object)
        ("The officer reported to the responding officers that she entered the victim’s apartment believing that "
         "it was her own.", "reported", "that she entered the victim’s apartment"),
        ("He explained to the jury that the defendant had bought the gun a week earlier.", "explained",
         "that the defendant had bought the gun a week earlier"),
        # negatives: a real relative clause of the person ("that" its subject, or the object of a verb with none)
        ("He spoke to the officers that arrested him.", "spoke", None),
        ("He told his wife in a phone call that he had no intention of paying.", "told", "that he had no intention of paying"),
        # negatives: the object of a verb that tells nothing; the telling's addressee with a real relative clause
        ("He made a promise in a phone call that lasted an hour.", "made", None),
        ("He told his wife in a phone call that lasted an hour.", "told", None),
        ("She talked to the man that she met the night before.", "talked", None),
        # a thing after "to" keeps its own clause: "pointed to reports that ..." points at the reports
        ("That is when she pointed to reports that Trump called the winner names.", "pointed", None),
    ],
)
def test_clause_after_adjunct_unit(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    rng = clause_after_adjunct(token)
    assert (doc.text[rng[0]:rng[1]] if rng else None) == expected
