"""A pronoun does not reach back across a section break: a live blog's time stamp ("6 p.m."), a rule line
("___", "* * *"). ``section_breaks`` finds the breaks; ``pronouns.antecedent`` keeps to the pronoun's section."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.section_breaks import break_ends, section_start


@pytest.mark.parametrize("line, is_break", [
    ("___.", True),
    ("___", True),
    ("* * *", True),
    ("---", True),
    ("###", True),
    ("6 p.m.", True),
    ("5:55 p.m.", True),
    ("10:30 a.m. EDT", True),
    ("12 PM", True),
    ("UPDATE 3:15 p.m.:", True),
    # prose, headings and lists are no breaks
    ("He left at 6 p.m. on Friday.", False),
    ("The vote", False),
    ("- a bullet point", False),
    ("2016", False),
    ("--", False),
])
def test_break_lines(line: str, is_break: bool) -> None:
    text = f"Smith spoke.\n{line}\nHe left."
    assert bool(break_ends(text)) is is_break


def test_section_start() -> None:
    text = "A said.\n\n6 p.m.\n\nB said.\n___\nC said."
    ends = break_ends(text)
    assert section_start(ends, text.index("A")) == 0
    assert section_start(ends, text.index("B")) == text.index("6 p.m.") + len("6 p.m.")
    assert section_start(ends, text.index("C")) == text.index("___") + 3


test_pronoun_in_its_section = pytest.mark.slow(speaker_table([
    # a live blog: the entry's "he" is not a name of the entry before
    ("Donald Trump is demanding President Barack Obama not to issue a pardon.\n\n___.\n\n6 p.m.\n\n"
     "Donald Trump is raising questions about his microphone.\n\n"
     "He notes that the commission announced that there was an issue with Trump's microphone.", "notes", "He"),
    ("Mayor John Smith praised Governor Bill Jones on Monday.\n\n* * *\n\n"
     "The council met on Tuesday. He said the budget was balanced.", "said", "He"),
    # within a section, or with its antecedent inside it, the pronoun is resolved as before
    ("Donald Trump is demanding President Barack Obama not to issue a pardon.\n\n___.\n\n6 p.m.\n\n"
     "Donald Trump is raising questions about his microphone.\n\n"
     "He says, \"Working that microphone was a hell of a lot more difficult.\"", "says", "Donald Trump"),
    ("Mayor John Smith praised the budget on Monday. He said it was balanced.", "said", "John Smith"),
    ("Mayor John Smith spoke at 6 p.m. on Monday. He said the budget was balanced.", "said", "John Smith"),
]))
