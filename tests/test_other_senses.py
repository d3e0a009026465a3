"""Cue verbs in a sense other than saying (issue 12, item 1): ``nlp/extract/other_senses.py``.

``text -> cue word that must (not) be an attribution``: someone let in, an act continued, a participle that
labels a noun; and an admission, a continued quotation and an accusation, which stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.other_senses import continued_act

pytestmark = pytest.mark.slow


test_other_senses_are_no_statements = cue_table(
    [
        # admitted into a place: let in
        ("The Home Office admitted the hate preacher into Britain last year despite warnings.", "admitted", False),
        ("The UK has admitted Islamic jihadists into the country while banning critics of jihad.", "admitted", False),
        ("The school admitted her to the program in 2015.", "admitted", False),
        ("He was admitted to hospital with burns on Friday.", "admitted", False),
        # with no place named, the one let in is a person: a name, a noun of people, a count of them
        ("Britain has admitted thousands of migrants since 2015.", "admitted", False),
        ("The UK admitted Syed Ahmed, a preacher who says apostates should die.", "admitted", False),
        ("The government also admitted two jihad preachers last year.", "admitted", False),
        ("Canada admitted 25,000 Syrian refugees in the first year of the program.", "admitted", False),
        ("The hospital admitted dozens of patients overnight.", "admitted", False),
        # an admission keeps its clause, its thing or its gerund
        ("He admitted that he had lied to the committee.", "admitted", True),
        ("He admitted wrongdoing in the case.", "admitted", True),
        ("He admitted his guilt to the court on Monday.", "admitted", True),
        ("He admitted the mistake in an interview.", "admitted", True),
        ("She admitted it.", "admitted", True),
        ("The senator admitted thousands of errors had been made.", "admitted", True),
        ("Garcia Zarate has admitted to shooting Steinle.", "admitted", True),
        ("The minister admitted to reporters that the plan had failed.", "admitted", True),
        # "continue" frames the verb it governs, a cue of its own where it says something
        ("President Donald Trump continued bashing Robert S. Mueller III’s Russia investigation on Monday.",
         "continued", False),
        ("The president also continued to push a line first floated by his attorney, Rudolph Giuliani.", "continued",
         False),
        ("Trump's supporters continue to show signs of greater enthusiasm.", "continue", False),
        ("She continued saying that the plan would fail.", "continued", False),
        ("She continued saying that the plan would fail.", "saying", True),
        ("Trump continued to insist that he had done nothing wrong.", "insist", True),
        ('"We will win," he continued.', "continued", True),
        ('He continued: "This is a disgrace."', "continued", True),
        # a participle that labels the noun after it
        ("Take a look for yourself and understand how pathological liar and accused woman abuser Keith Ellison "
         "seeks to deceive you.", "accused", False),
        # the same verbs with a statement stay
        ("Prosecutors accused Smith of lying to investigators.", "accused", True),
        ("Smith, who was accused by prosecutors of lying, said he was innocent.", "said", True),
    ],
)


@pytest.mark.parametrize(
    "text, content, expected",
    [
        ("Trump continued bashing the investigation.", "bashing the investigation", True),
        ("Trump continued to push a line first floated by his attorney.", "to push a line first floated by his attorney",
         True),
        # a participle set off by a comma is a clause of its own, not what "continue" governs
        ("Yet fires have continued, showing that enforcement is a problem.", "showing that enforcement is a problem",
         False),
    ],
)
def test_continued_act(nlp, text: str, content: str, expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == "continue")
    start = text.index(content)
    assert continued_act(token, Content("child_xcomp", start, start + len(content), (), False), doc) is expected
