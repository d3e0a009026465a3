"""What a speaker did while speaking is no content (issue 12): ``nlp/extract/speaking_gestures.py``.

``text -> cue, content``: a participle set off after the cue ("asked Franklin, pointing to a photo", "she added,
smiling") is no content of the cue; a participle that reports a clause of its own ("said, adding that ...") stays
that participle's report.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, rows_table, token_of
from sayso.nlp.extract.speaking_gestures import clause_past_gesture, gesture_while_saying, report_of_its_own

pytestmark = pytest.mark.slow


test_gestures_are_no_contents = cue_table(
    [
        # the wire sentence the blind readers judged wrong: "asked" -> "pointing to a color photo ..."
        ("Ebert asked Franklin, pointing to a color photo of Linda Franklin on a projection screen.", "asked", False),
        ("Smith asked reporters, pointing to the chart.", "asked", False),
        ("Smith warned, speaking to reporters in Washington.", "warned", False),
        ("The minister said, citing data that showed inflation rising.", "said", False),
        # a quotation or a clause before the participle is what was said
        ("“It is here,” the general said, pointing to the map.", "said", True),
        ("“Why now?” he asked, referring to the report.", "asked", True),
        ("Prices will rise, the minister said, citing data that showed inflation rising.", "said", True),
        ("He has repeatedly insisted, pointing to the polls, that he will win.", "insisted", True),
        ("Pointing to the map, the general said the city had fallen.", "said", True),
        # a participle of saying with a clause is a report of its own
        ("The mayor said, adding that the plan would cost millions.", "adding", True),
        ("The mayor spoke at length, saying that the plan would cost millions.", "saying", True),
        ("Smith asked Jones, noting that the deadline had passed.", "noting", True),
    ]
)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Ebert asked Franklin, pointing to a color photo of Linda Franklin on a projection screen.", "pointing", True),
        ("“We will win,” she added, smiling.", "smiling", True),
        ("The minister said, citing data that showed inflation rising.", "citing", True),
        ("The mayor said, adding that the plan would cost millions.", "adding", False),  # its own clause
        ("Smith told reporters, pointing out that the deadline had passed.", "pointing", False),
        ("Pointing to the map, the general said the city had fallen.", "Pointing", False),  # before the cue
        # what a document says (PolNeAR dev gold: "calling for" -> "his dismissal")
        ("Trump's populism defies almost everything Republicans in Washington have stood for, drawing scorn from party "
         "leaders.", "drawing", False),  # after a relative clause: the main clause's
        ("A group of doctors sent a letter to the vice chairman, calling for his dismissal.", "calling", False),
        ("The company responded by offering refunds to every customer.", "offering", False),  # no comma: "by"
    ],
)
def test_gesture_while_saying(nlp, text: str, word: str, expected: bool) -> None:
    assert gesture_while_saying(token_of(nlp(text), word)) is expected


# a that-clause the parse hung on a gesture set off inside the cue's sentence is the cue's (wire audit: "pointing" was
# the cue); a participle with a report of its own is the one statement, the cue before it no second one ("told")
test_gesture_and_report_rows = rows_table([
    ("Smith said, pointing to the chart, that the rate fell.", [("Smith", "said", "that the rate fell")]),
    ("He told reporters, pointing out that sales fell.", [("He", "pointing out", "that sales fell")]),
    # kept: a cue with a clause of its own says it, and its participle says another
    ("Smith said the plan failed, adding that costs rose.",
     [("Smith", "said", "the plan failed"), ("Smith", "adding", "that costs rose")]),
])


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Smith said, pointing to the chart, that the rate fell.", "pointing", "fell"),
        ("Smith said, pointing out that the rate fell.", "pointing", None),  # a particle: a report of its own
        ("Smith said the rate fell, pointing to the chart.", "pointing", None),  # no clause on the participle
        ("Smith said the rate fell, pointing to the chart that showed it.", "pointing", None),  # the cue has its clause
    ],
)
def test_clause_past_gesture(nlp, text: str, word: str, expected: str | None) -> None:
    clause = clause_past_gesture(token_of(nlp(text), word))
    assert (clause.text if clause is not None else None) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("He told reporters, pointing out that sales fell.", "pointing", True),
        ("Smith said, adding that costs rose.", "adding", True),
        ("Smith said the plan failed, adding that costs rose.", "adding", False),  # the cue has its clause
        ("Smith said, pointing to the chart, that the rate fell.", "pointing", False),  # a gesture
        ("Ebert asked Franklin, pointing to a color photo.", "pointing", False),  # no clause
        # the cue's own words: an object or a phrase (PolNeAR dev gold)
        ("Clinton spoke out Tuesday about the death of Terence Crutcher, arguing that the killings are intolerable.",
         "arguing", False),
        ("Reid frequently mocked Romney for not releasing his tax returns, claiming that he had a source.", "claiming",
         False),
        # a gesture with a phrase of its own before the words: the quotation is the cue's (review rev59w)
        ('She told the court, pointing at the defendant, "He is the man."', "pointing", False),
    ],
)
def test_report_of_its_own(nlp, text: str, word: str, expected: bool) -> None:
    assert report_of_its_own(token_of(nlp(text), word)) is expected
