"""The cue's speaker named again at a content's end (``nlp/extract/speaker_again.py``, ``refusal_conjuncts``): the
writer telling of the saying ("..., but the agency didn’t estimate ...", "..., or at least they did ..."), cut; a
clause of what was said, kept."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_refusal_by_the_speaker_again = rows_table([
    # a real AP page (html-articles 7de52419): the agency is the state police, its estimate the writer's telling
    ("Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances, but the "
     "agency didn’t estimate how many total were on the grounds.",
     [("Indiana State Police", "reported", "at least 5,000 people entered the Statehouse through public entrances")]),
    # PolNeAR train gold ends at "NDAs"
    ("Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms.",
     [("Hope Hicks", "said", "all staffers sign NDAs")]),
    ("Trump has said he would impose severe punishment if proof emerges that Saudi rulers sanctioned the murder, but "
     "he has not said what that would entail.",
     [("Trump", "has said",
       "he would impose severe punishment if proof emerges that Saudi rulers sanctioned the murder")]),
    ("He said the deal was good, although he did not comment on its cost.", [("He", "said", "the deal was good")]),
    ("Emergency crews said no passenger was ejected, but some were thrown from their seats.",
     [("Emergency crews", "said", "no passenger was ejected")]),
    # kept: a clause of another subject, one that is no refusal to say, a pronoun of another number
    ("Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances, but many "
     "more stayed on the grounds.",
     [("Indiana State Police", "reported", "at least 5,000 people entered the Statehouse through public entrances, "
       "but many more stayed on the grounds")]),
    ("Horowitz said it arose months earlier, maybe in 2015, though he couldn’t be sure.",
     [("Horowitz", "said", "it arose months earlier, maybe in 2015, though he couldn’t be sure")]),
    ("She said the police found the gun but they would not comment.",
     [("She", "said", "the police found the gun but they would not comment")]),
    ("The spokesman said the police found the gun, though they did not say where.",
     [("The spokesman", "said", "the police found the gun, though they did not say where")]),
])

test_speaker_ellipsis = rows_table([
    # blind audit 35 (run_on): "they did" is the believing again, the writer's remark on it
    ("Washington insiders still believe Kavanaugh will be confirmed, or at least they did before the two new accusers "
     "popped up.", [("Washington insiders", "still believe", "Kavanaugh will be confirmed")]),
    # kept: "did" with a verb of its own
    ("They believe the plan works, or at least they did not object to it.",
     [("They", "believe", "the plan works, or at least they did not object to it")]),
])


@pytest.mark.parametrize(
    "text, cue, subject, expected",
    [
        ("Indiana State Police reported 5,000 people came, but the agency did not estimate the total.", "reported",
         "agency", True),
        ("Spokeswoman Hope Hicks said staffers sign NDAs, though she did not discuss their terms.", "said", "she", True),
        ("Officials said the fire was out, but they did not say why.", "said", "they", True),
        ("He said the deal was good, although he did not comment.", "said", "he", True),
        # not the speaker: another number, a body the content names, a body for a person, a relative speaker
        ("She said the police found the gun but they would not comment.", "said", "they", False),
        ("The union said the company cut pay, and the company did not say why.", "said", "company", False),
        ("Mayor John Smith said the plan failed, but the agency did not say why.", "said", "agency", False),
        ("The man who said the plan failed, though he did not say why, left.", "said", "he", False),
    ],
)
def test_speakers_own_subject(nlp, text: str, cue: str, subject: str, expected: bool) -> None:
    from sayso.nlp.extract.speaker_again import speakers_own_subject

    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    subj = [t for t in doc if t.text == subject and t.i > token.i][-1]
    span = doc[token.i + 1:subj.i + 3]
    assert speakers_own_subject(subj, token, span) is expected
