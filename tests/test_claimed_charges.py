"""What an "as X claim" closing a sentence contests (``sayso.nlp.extract.claimed_charges``): the charge in a gerund or
participle phrase at the clause's end, not the writer's clause around it (PTC, a blind reader's W)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_claimed_charge = rows_table([
    ("Trump can be assassinated or overthrown in a political coup for selling out America to Russia, as members of "
     "both political parties claim.", [("members of both political parties", "claim", "selling out America to Russia")]),
    ("Trump can be assassinated or overthrown by those selling out America to Russia, as members of both political "
     "parties claim.", [("members of both political parties", "claim", "selling out America to Russia")]),
    ("The company could face fines for misleading investors, as regulators allege.",
     [("regulators", "allege", "misleading investors")]),
    # negatives: plain saying, no phrase at the clause's end, an opening "as" clause: the whole clause
    ("The economy is growing, as the minister said.", [("the minister", "said", "The economy is growing")]),
    ("The economy is growing, as the minister claimed.", [("the minister", "claimed", "The economy is growing")]),
    ("He was fired for leaking documents, as his bosses said.", [("his bosses", "said", "He was fired for leaking documents")]),
    ("As critics claim, the plan was drafted by lobbyists working for the industry.",
     [("critics", "claim", "the plan was drafted by lobbyists working for the industry")]),
    # rev61w: a participle on a noun describes it; the claim is the whole clause
    ("Russia interfered in the election held in 2016, as US intelligence agencies contend.",
     [("US intelligence agencies", "contend", "Russia interfered in the election held in 2016")]),
    ("Police detained a man carrying a knife, as witnesses claim.",
     [("witnesses", "claim", "Police detained a man carrying a knife")]),
    ("The crash was caused by a pilot flying too low, as investigators claim.",
     [("investigators", "claim", "The crash was caused by a pilot flying too low")]),
    # wire63: "for" + gerund only under a modal or after a verb of accusation; otherwise the act itself is contested
    # (rev61w H126)
    ("The company was fined for misleading investors, as regulators allege.",
     [("regulators", "allege", "misleading investors")]),
    ("The minister should be jailed for lying to parliament, as his critics claim.",
     [("his critics", "claim", "lying to parliament")]),
    ("The senator was punished for criticizing the leadership, as his allies maintain.",
     [("his allies", "maintain", "The senator was punished for criticizing the leadership")]),
    ("The reporter was jailed for insulting the king, as rights groups contend.",
     [("rights groups", "contend", "The reporter was jailed for insulting the king")]),
])
