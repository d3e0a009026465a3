"""Contents that name a thing in the shape of a clause (issue 12, item 3): ``nlp/extract/named_things.py``.

``text -> cue word that must (not) be an attribution``: a free relative that glosses a thing ("proposed what he sees
as an ideal plan") and a relative clause the parse hung on the cue ("warned against the kind of 'accommodation' that
the Vatican has sought") say nothing; a reported clause, a proposition described, a partial quotation stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.named_things import speaker_as_content

pytestmark = pytest.mark.slow


test_free_relatives_name_things = cue_table(
    [
        # a free relative that describes a thing: the thing is named, nothing is said
        ("The minister proposed what he sees as an ideal immigration plan.", "proposed", False),
        ("The mayor rejected what she regards as a reckless budget.", "rejected", False),
        ("The group has long opposed what it regards as a costly subsidy for oil firms.", "opposed", False),
        ("Critics attacked what they see as a giveaway to developers.", "attacked", False),
        # a description that stands for a proposition, a clause whose subject is the free relative, a plain
        # clause: said
        ("The senator denied what he sees as baseless allegations.", "denied", True),
        # a description with a participle says what the thing does: a proposition
        ("Other bloggers enjoyed what they saw as their great rival pressing the self-destruct button.", "enjoyed",
         True),
        # a description in the speaker's words: an evaluation said
        ("She criticized what she called the angry, divisive rhetoric of the front-runner.", "criticized", True),
        ("The senator denied what he called baseless allegations.", "denied", True),
        ("She said what she sees as the main problem is cost.", "said", True),
        ("The minister proposed that the plan be put to a vote.", "proposed", True),
        ("He denied what the report said about his finances.", "denied", True),
        ("The aides acknowledge what they consider modest achievements of the first term.", "acknowledge", True),
    ]
)


test_relative_clauses_are_no_contents = cue_table(
    [
        # a relative clause on the noun before it, hung on the cue by the parse
        ("The bishop warned against the kind of 'accommodation' that the Vatican has sought.", "warned", False),
        ("The archbishop warned against precisely the kind of 'accommodation' that the Holy See has sought.", "warned",
         False),
        # a reported clause opened by "that", a demonstrative, a partial quotation: said
        ("The bishop warned that the Vatican had sought an accommodation.", "warned", True),
        ("He said that was wrong.", "said", True),
        # a conjunction the parse took for an object after a time: "is" takes no object
        ("Trump said during this week’s GOP debate that he is in favor of bringing back waterboarding and “a hell of a "
         "lot worse.”", "said", True),
        ("The senator said during Tuesday's hearing that she is opposed to the merger.", "said", True),
        ("He warned of 'dangerous consequences' if the deal failed.", "warned of", True),
        ("The senator warned that the plan, which the governor has backed, would fail.", "warned", True),
    ]
)


@pytest.mark.parametrize(
    "text, cue, content, expected",
    [
        # the words that name who speaks are never what was said
        ("The judge also flatly denied it, Sen. Sheldon Whitehouse (D-R.I.) noted.", "noted",
         "Sen. Sheldon Whitehouse (D-R.I.)", True),
        ("The judge also flatly denied it, Sen. Sheldon Whitehouse (D-R.I.) noted.", "noted", "Sheldon Whitehouse", True),
        ("The plan was criticized by Mayor Eric Adams on Monday.", "criticized", "Mayor Eric Adams", True),
        # what was said, beside the speaker's name; a passive subject is what was said
        ("The judge also flatly denied it, Sen. Sheldon Whitehouse (D-R.I.) noted.", "noted",
         "The judge also flatly denied it", False),
        ("The plan was criticized by Mayor Eric Adams on Monday.", "criticized", "The plan", False),
        # a word the tagger calls a name, no one named
        ("Everything Smith said turned out to be wrong.", "said", "Everything", False),
        # a reduced relative's object the parse hung inside the subject
        ("Morrison said others had raised concerns, a prospect Vindman denied earlier in the day.", "denied",
         "a prospect", False),
        ("Whitehouse said the judge denied it.", "said", "the judge denied it", False),
    ],
)
def test_speaker_as_content(nlp, text: str, cue: str, content: str, expected: bool) -> None:
    doc = nlp(text)
    token = token_of(doc, cue)
    start = text.index(content)
    assert speaker_as_content(token, Content("child_dobj", start, start + len(content), (), False), doc) is expected
