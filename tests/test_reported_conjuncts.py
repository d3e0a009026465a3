"""A past-tense conjunct of a present-tense verb of saying goes on with the reported clause (issue 12):
``nlp/extract/reported_conjuncts.py``."""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.reported_conjuncts import reported_clause_subject

pytestmark = pytest.mark.slow

test_conjunct_speaker = speaker_table(
    [
        # the wire sentence the blind readers judged wrong: "claimed" given to the witnesses
        ("Those two witnesses say that Nelson confessed to killing Rosenbaum, but claimed he did it because he was "
         "drunk on beer.", "claimed", "Nelson"),
        ("Officials say the company knew of the flaw and claimed it was safe.", "claimed", "the company"),
        # kept: coordinated at the reporter's level (the same tense)
        ("The senator said that the bill was dead and claimed the vote was rigged.", "claimed", "The senator"),
        ("Those two witnesses say that Nelson confessed to killing Rosenbaum.", "say", "Those two witnesses"),
        ("Democrats say the president lied, and argued in 2019 that he should be impeached.", "argued", "Democrats"),
    ]
)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Those two witnesses say that Nelson confessed to killing Rosenbaum, but claimed he did it.", "claimed",
         "Nelson"),
        ("The senator said that the bill was dead and claimed the vote was rigged.", "claimed", None),  # both past
        ("They say the plan failed and call for a new one.", "call", None),  # both present
        ("They have said the plan failed and claimed it cost millions.", "claimed", None),  # an auxiliary's tense
        ("Those two witnesses say that Nelson confessed, but he claimed he was drunk.", "claimed", None),  # own subject
        # a time or a place of its own: the reporter narrates the subject's act (review rev59w)
        ("Critics say the plan failed, and warned last year that it would cost jobs.", "warned", None),
        ("Democrats say the president lied, and argued in 2019 that he should be impeached.", "argued", None),
        ("His lawyers say he was never there, and argued at trial that the evidence was planted.", "argued", None),
    ],
)
def test_reported_clause_subject(nlp, text: str, word: str, expected: str | None) -> None:
    subject = reported_clause_subject(token_of(nlp(text), word))
    assert (subject.text if subject is not None else None) == expected
