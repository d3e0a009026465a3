"""A "he" after a sentence led by a definite role noun ("The president's Pacific roots also came into play") is not
the person named before it whose own description made that role someone else's ("one of the president's aides"):
``scene.role_in_between``. A role noun is otherwise mostly the writer's other name for the one just named."""

from __future__ import annotations

import pytest

from _cues import speaker_table

test_role_in_between = pytest.mark.slow(speaker_table([
    ("Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about a best seller.\n\n"
     "The president's Pacific roots also came into play. In Honolulu last week, he told a meeting of leaders that "
     "few people understood the stakes.", "told", "he"),
    ("Tom Smith, an adviser to the governor, spoke on Monday. The governor's plan passed on Tuesday. He said the "
     "budget was balanced.", "said", "He"),
    # a role noun is mostly the writer's other name for the one just named
    ("Former candidate Bernie Sanders said Wednesday he agrees with the remarks. The Vermont senator declined to say "
     "whether it is appropriate. But he told ABC that he agrees Trump is an opportunist.", "told", "Bernie Sanders"),
    ("Benjamin Rhodes spoke on Monday. The senator arrived late. He said the budget was balanced.", "said",
     "Benjamin Rhodes"),
    # the role the chosen one holds, or no role at all: resolved as before
    ("Mayor John Smith spoke on Monday. The mayor's plan passed on Tuesday. He said the budget was balanced.",
     "said", "John Smith"),
    ("John Smith, the mayor, spoke on Monday. The mayor's plan passed on Tuesday. He said the budget was balanced.",
     "said", "John Smith"),
    ("Benjamin Rhodes, an aide, spoke on Monday. The plan passed on Tuesday. He said the budget was balanced.",
     "said", "Benjamin Rhodes"),
    # a role inside a quotation is not on the writer's scene
    ("Benjamin Rhodes spoke on Monday. \"The president's plan passed,\" he said. He added that the budget was balanced.",
     "added", "Benjamin Rhodes"),
]))
