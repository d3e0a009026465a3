"""A person named inside the clause that describes a mention's person is someone that person acted on, never the
mention's name (``source_names.in_described_clause``). Issue 12, audit 20 (i): under a headline NER left "Karen
Monahan" untagged, and "Karen Monahan, the woman who accused Keith Ellison of domestic abuse, says ..." was
resolved to Keith Ellison, the accused.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

_HEAD = "Keith Ellison Domestic Violence Accuser: Democratic Party Doesn't Believe My Story\n\n"

test_the_accuser_not_the_accused = speaker_table([
    pytest.param(_HEAD + "Karen Monahan, the woman who accused Keith Ellison of domestic abuse, says Democrats don't "
                 "believe her.", "says", "Karen Monahan", id="accuser-under-headline"),
    pytest.param("Mark Hill Harassment Accuser: University Doesn't Believe My Story\n\nJane Doe, the student who "
                 "accused Professor Mark Hill of harassment, says the university ignored her.", "says", "Jane Doe",
                 id="student-under-headline"),
    # negatives: the head's own name; a name beside the head, not in its clause; no clause at all
    pytest.param("Tom Reyes, the man who sued Senator Linda Park, said the case would go to trial.", "said",
                 "Tom Reyes", id="named-head"),
    pytest.param("The lawyer who represents Michael Cohen said his client would testify.", "said", "The lawyer",
                 id="role-head-stays"),
    pytest.param("Ellison's accuser, Karen Monahan, says Democrats don't believe her.", "says", "Karen Monahan",
                 id="apposed-name"),
])
