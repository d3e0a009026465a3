"""A bare "the group", "the organization", "the foundation" or "the company" as a speaker is the one body the sentence
before made its subject (``subject_bodies``); two bodies, a body named otherwise, a noun that does not fit the name or
a person as a subject leave it as written: a wrong body is worse than none."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.subject_bodies import fits_noun

test_subject_body = pytest.mark.slow(speaker_table([
    # the body the sentence before made its subject, an outlet it spoke to no rival
    ("The River Fund declined to comment, telling Fox 12 that the organization is focused on clean water.\n"
     "\"We are focused on our mission,\" the group said.", "said", "The River Fund"),
    ("The Harbor Alliance withdrew from the parade on Friday.\n\n"
     "\"We could not march safely this year,\" the group said in a statement.", "said in a statement",
     "The Harbor Alliance"),
    ("Apex Mining Corp. cut 300 jobs on Monday. \"The market is weak,\" the company said.", "said",
     "Apex Mining Corp."),
    # two bodies: which one is not said
    ("Acme Corp. sued Zenith Inc. on Monday. \"We will win,\" the company said.", "said", "the company"),
    ("The Harbor Alliance and the River Fund withdrew from the parade on Friday. \"We could not march safely,\" the "
     "group said.", "said", "the group"),
    ("The Southern Poverty Law Center sued the county on behalf of 12 inmates. \"We were denied care,\" the group "
     "said.", "said", "the group"),
    # another body named the sentence before that: the story has two
    ("Acme Corp. said on Tuesday it would cut 300 jobs. Zenith Inc. declined to comment. \"We are confident,\" the "
     "company said.", "said", "the company"),
    # a body that is no company; a foundation not named so
    ("Columbia University rejected the claims on Monday. \"We stand by the articles,\" the company said.", "said",
     "the company"),
    ("The Harbor Alliance withdrew from the parade on Friday. \"We could not march safely,\" the foundation said.",
     "said", "the foundation"),
    # a person as the subject: the group may be theirs; researchers of a body: the group may be them
    ("Tom Hale founded the River Fund in 2010. \"We are proud,\" the group said.", "said", "the group"),
    ("The River Fund sued the city on Monday, Tom Hale said. \"We are proud,\" the group said.", "said", "the group"),
    ("Harvard researchers studied the drug for two years. \"The results are clear,\" the group said.", "said",
     "the group"),
    # the body named before the sentence before: the story moved on
    ("The River Fund hired a new director on Monday.\n\nThe city approved the plan. \"We are proud,\" the group said.",
     "said", "the group"),
    # the sentence before names a body or people of the noun no name stands for: "the company" is the mining company
    ("Amnesty International accused the mining company of abuses in Congo on Tuesday. \"The claims are false,\" the "
     "company said.", "said", "the company"),
    ("Shell sold its stake in the field to a group of investors. \"We are pleased with the deal,\" the group said.",
     "said", "the group"),
    ("The Sierra Club sued the oil company on Monday. \"The suit has no merit,\" the company said.", "said",
     "the company"),
    ("Goldman Sachs hired a law firm to review the deal. \"The deal was legal,\" the firm said.", "said", "the firm"),
    ("Oxfam surveyed 200 farmers in northern Kenya last month. \"We have had no rain for a year,\" the group said.",
     "said", "the group"),
    # a body whose name says no company: an agency, a union
    ("The FDA approved the drug on Monday. \"This is a milestone,\" the company said.", "said", "the company"),
    ("The Teamsters called a strike at the plant on Monday. \"We have made a fair offer,\" the company said.", "said",
     "the company"),
    # a word of the mention's own sets its body apart
    ("The Harbor Alliance withdrew from the parade on Friday. \"We could not march safely,\" the rival group said.",
     "said", "the rival group"),
]))


@pytest.mark.parametrize("noun, body, expected", [
    ("group", "Black Lives Matter", True),
    ("organization", "River Fund", True),
    ("foundation", "The Trayvon Martin Foundation", True),
    ("foundation", "Harbor Alliance", False),
    ("company", "Apex Mining Corp.", True),
    ("company", "Columbia University", False),
    ("company", "Amnesty International", False),
    ("company", "FDA", False),
    ("firm", "Goldman Sachs", False),
    ("company", "Purdue Pharma", True),
    ("firm", "the Democratic Party", False),
])
def test_fits_noun(noun: str, body: str, expected: bool) -> None:
    assert fits_noun(noun, body) is expected
