""""teach" as a statement of a doctrine or a lesson (issue 12, item 3): ``nlp/extract/teachings.py``.

A person, a body or a faith that teaches that something is so states it; teaching a subject, a skill or a class
states nothing, and a thing's lesson ("history teaches that ...") is the writer's. Sentences as a religion
reporter, a columnist or a feature writer would write them.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.teachings import instruction_not_teaching

pytestmark = pytest.mark.slow


test_teaching_that_is_a_statement = cue_table(
    [
        # a person, a body, a faith or a document teaches that something is so
        ("The Church teaches that marriage is indissoluble.", "teaches", True),
        ("Jesus taught that the meek will inherit the earth.", "taught", True),
        ("The Catechism teaches that every human life is sacred from conception.", "teaches", True),
        ("Islam teaches that all believers are equal before God.", "teaches", True),
        ("My grandmother taught me that a promise is a promise.", "taught", True),
        ("My father always taught us that you never quit.", "taught", True),
        ("Paul teaches in his letter to the Romans that all have sinned.", "teaches", True),
        ("Pope Francis teaches that mercy comes before judgment.", "teaches", True),
        # instruction: a subject, a class, a skill, a group taught
        ("She taught school in Ohio for 30 years.", "taught", False),
        ("He teaches journalism at the University of Idaho.", "teaches", False),
        ("She teaches constitutional law at Georgetown.", "teaches", False),
        ("My mother taught me to read when I was four.", "taught", False),
        ("He taught her how to shoot when she was a young girl.", "taught", False),
        ("I teach that age group. They have no business voting for anything.", "teach", False),
        # a thing's lesson: the writer's own
        ("Yet history teaches that can cut both ways, especially when voters want change.", "teaches", False),
        ("Experience teaches us that markets overreact.", "teaches", False),
        ("The course teaches students that good code is readable.", "teaches", False),
    ],
)


def _case(nlp, text: str, cue: str, content: str):  # noqa: ANN001, ANN202
    doc = nlp(text)
    token = token_of(doc, cue)
    start = text.index(content)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return token, Content("child_ccomp", start, start + len(content)), doc, subject


@pytest.mark.parametrize(
    "text, cue, content, expected",
    [
        ("The Church teaches that marriage is indissoluble.", "teaches", "that marriage is indissoluble", False),
        ("My grandmother taught me that a promise is a promise.", "taught", "that a promise is a promise", False),
        ("The letter teaches that work has dignity.", "teaches", "that work has dignity", False),
        ("Experience teaches us that markets overreact.", "teaches", "that markets overreact", True),
        ("My mother taught me to read.", "taught", "me to read", True),
        ("He taught her how to shoot.", "taught", "how to shoot", True),
        ("The minister said that the talks had failed.", "said", "that the talks had failed", False),  # not "teach"
    ],
)
def test_instruction_not_teaching(nlp, text: str, cue: str, content: str, expected: bool) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    token, found, doc, subject = _case(nlp, text, cue, content)
    speakers = lexicon.documents | lexicon.person_nouns | set(lexicon.kin_genders)
    assert instruction_not_teaching(token, found, doc, subject, agency_of(lexicon), speakers) is expected
