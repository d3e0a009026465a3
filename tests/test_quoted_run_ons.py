"""A quoted clause the parse ran on into the writer's clause of circumstance leaves the quotation alone as the
content (``sayso.nlp.extract.quoted_run_ons``)."""

from __future__ import annotations

import pytest

from _cues import analysis, rows_table, with_cue
from sayso.nlp.extract.quoted_run_ons import clause_run_past_quote
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow

test_quotation_without_circumstance = rows_table([
    ('The crowd chanted "Send them home" as the governor spoke.', [("The crowd", "chanted", "Send them home")]),
    ('Fans chanted "Sack the board" while the owner looked on.', [("Fans", "chanted", "Sack the board")]),
    ('The officer yelled "Drop the weapon" before firing.', [("The officer", "yelled", "Drop the weapon")]),
    ('The captain said "We will win this" as the fans cheered.', [("The captain", "said", "We will win this")]),
    # negatives: a quotation not opening the clause, one with nothing after it, one set off by a comma
    ('The captain said the plan was "dead" because the money ran out.',
     [("The captain", "said", 'the plan was "dead" because the money ran out')]),
    ('The crowd chanted "Send them home."', [("The crowd", "chanted", "Send them home")]),
    ('Students chanted "No more cuts," as they marched to the hall.', [("Students", "chanted", "No more cuts")]),
    # a clause of circumstance that quotes the speaker too is the speaker's
    ('The coach says "the league has gone soft" because "nobody wants to get hit any more."',
     [("The coach", "says", 'the league has gone soft" because "nobody wants to get hit any more')]),
    # a quotation further on than the cue is another speaker's
    ('The ad closes with a clip of Jones saying, "That was the plan," when the mayor pressed him.',
     [("Jones", "saying", "That was the plan")]),
    # a condition, limit or reason after the quotation is the speaker's own: cutting it makes the claim unconditional
    ('The union said "we will strike" unless the offer improves.',
     [("The union", "said", 'we will strike" unless the offer improves')]),
    ('The chairman said "rates will rise" when inflation picks up.',
     [("The chairman", "said", 'rates will rise" when inflation picks up')]),
    ('The President said "the war will end" before the winter comes.',
     [("The President", "said", 'the war will end" before the winter comes')]),
    ('The minister said "we cannot cut taxes" because the deficit is too large.',
     [("The minister", "said", 'we cannot cut taxes" because the deficit is too large')]),
    # the quotation alone, with no other candidate standing in for it
    ('The senator said "this bill is dead" as the vote began, aides said.',
     [("aides", "said", 'The senator said "this bill is dead" as the vote began'),
      ("The senator", "said", "this bill is dead")]),
    ('The coach said "we were unlucky" as the team trudged off, but added that the referee was wrong.',
     [("The coach", "said", "we were unlucky"), ("The coach", "added", "that the referee was wrong")]),
])


def test_quotation_keeps_its_marks(nlp) -> None:  # noqa: ANN001
    text = 'The crowd chanted “Lock her up” as Trump spoke.'
    [found] = with_cue(analysis(nlp, text), "chanted")
    assert (found.content.start, found.content.end, found.kind) == (18, 31, "direct")
    assert text[found.content.start:found.content.end] == "“Lock her up”"


@pytest.mark.parametrize("text, verb, expected", [
    ('The crowd chanted "Send them home" as the governor spoke.', "chanted", True),
    ('The officer yelled "Drop the weapon" before firing.', "yelled", True),
    # negatives: no quotation at the clause's start, words after the closing mark that tell no circumstance
    ("The crowd chanted that they should go home as the governor spoke.", "chanted", False),
    ('The captain said the plan was "dead" because the money ran out.', "said", False),
    ('The ad closes with a clip of Jones saying, "That was the plan," when the mayor pressed him.', "closes", False),
    ('The coach says "the league has gone soft" because "nobody wants to get hit any more."', "says", False),
    ('The union said "we will strike" unless the offer improves.', "said", False),
    ('The chairman said "rates will rise" when inflation picks up.', "said", False),
    ('Officials said "the project is on track" when they were asked about delays.', "said", True),
])
def test_clause_run_past_quote(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    quotes = find_quotes(doc.text)
    cue = next(t for t in doc if t.text == verb)
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    assert any(clause_run_past_quote(c, quotes) for c in clauses) is expected
