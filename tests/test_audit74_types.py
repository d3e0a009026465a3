"""Source types that blind wire audits 73 and 74 judged partly right (issue 12): figures and findings that head a
source are a document's (``source_types.document_word``, ``finding_nouns.txt``), a "group of" people is a group
(``source_types.people_in_group``), a lone surname is no company by another company's legal form in the sentence
(``lone_surnames.in_other_name``) nor by an "it" that stands for a fronted clause (``lone_surnames.
after_fronted_clause``), and a horse's trainer or jockey is a person's role (``person_roles.txt``). Negatives: people
called figures, a group of bodies, a body named Group, an outlet named Reports, a company's own "it", founders'
companies, a company's shares."""

from __future__ import annotations

import pytest

from _cues import cue_source
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_types import people_in_group

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # figures and findings: a document (audit 73 S107; PolNeAR dev pages 71, 72, 74)
        ("Statistics compiled by the state labour office show that 2,300 jobs were lost in March.", "show",
         ("Statistics", "unknown")),
        ("Findings from the new survey suggest that most renters expect higher costs next year.", "suggest",
         ("Findings from the new survey", "unknown")),
        ("Projections by the budget office indicate the plan would cost $40 billion.", "indicate",
         ("Projections by the budget office", "unknown")),
        ("The preliminary results show that the incumbent leads by four points.", "show",
         ("The preliminary results", "unknown")),
        ("Estimates from the World Bank suggest growth will slow.", "suggest",
         ("Estimates from the World Bank", "unknown")),
        ("Records show the charity paid its director twice the usual salary.", "show", ("Records", "unknown")),
        # a group of people (audit 74 S86)
        ("A group of landlords wants to block the new rent rules in court.", "wants", ("A group of landlords", "group")),
        ("A handful of critics said the museum should never have bought the painting.", "said",
         ("A handful of critics", "group")),
        ("A number of lawmakers said the bill would fail.", "said", ("A number of lawmakers", "group")),
        # a lone surname (audit 73 S37, audit 74 S57)
        ("If the court grants the request, it could delay the trial by a year, Hadley said.", "said",
         ("Hadley", "person")),
        ('"The talks are in a difficult phase," Brennan told Acme Broadcasting Corp. radio on Monday.', "told",
         ("Brennan", "person")),
        ("Hadley said Acme Inc. would appeal the ruling.", "said", ("Hadley", "person")),
        # a horse's trainer and jockey (audit 74 S93)
        ("Later the colt's trainer, Dorian Quayle, called the claims absurd.", "called", ("Dorian Quayle", "person")),
        # negatives: people called figures, a group of bodies, a body named Group, an outlet named Reports, a
        # company's own "it", a founder's company, a company's shares, "Hadley Inc." named as such
        ("Senior party figures said the leader should resign.", "said", ("Senior party figures", "group")),
        ("A group of companies said the rules would raise costs.", "said", ("A group of companies", "organization")),
        ("A group of hospitals said they would sue the state.", "said", ("A group of hospitals", "organization")),
        ("A group of lenders said the loan would be extended.", "said", ("A group of lenders", "organization")),
        ("The Group of Eight said the talks would continue.", "said", ("The Group of Eight", "organization")),
        ("Consumer Reports said the car was unsafe.", "said", ("Consumer Reports", "organization")),
        ("If the merger closes, it will cut 2,000 jobs, Acme said.", "said", ("Acme", "organization")),
        ("Ford said it would close two plants next year.", "said", ("Ford", "organization")),
        ("Hadley said Acme Inc. shares would fall.", "said", ("Hadley", "organization")),
        ("The results were disappointing, the coach said.", "said", ("the coach", "person")),
    ],
)
def test_audit74_source_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("A group of landlords wants to block the rules.", "group", True),
        ("A number of lawmakers said the bill would fail.", "number", True),
        ("A handful of critics said the museum erred.", "handful", True),
        # negatives: a number of things, a group of bodies, a group alone
        ("The treated mice had 18 times the number of tuft cells that the controls had.", "number", False),
        ("A number of samples showed traces of lead.", "number", False),
        ("A group of companies said the rules would raise costs.", "group", False),
        ("A group of lenders led by a Chicago bank said they would extend the loan.", "group", False),
        ("A group of creditors rejected the offer.", "group", False),
        ("A group of insurers warned that premiums would rise.", "group", False),
        ("A group of hospitals said they would sue the state.", "group", False),
        ("A group of universities said the visa rules harm research.", "group", False),
        ("The group said the rules would raise costs.", "group", False),
    ],
)
def test_people_in_group(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == word)
    assert people_in_group(head, load_lexicon()) is expected
