"""A passive "believed to be" names what is believed, not who believes it: ``nlp/extract/raised_subjects.py``
(blind audit 20: "Three women | believed | to be the children's mothers"). The active with its object, a
passive with its agent and verbs of one's own intention ("claimed to be", "vowed to be") stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_the_thing_believed_is_no_source = cue_table(
    [
        ("Three women believed to be the children's mothers were arrested.", "believed", False),
        ("Two men thought to be brothers were detained at the border.", "thought", False),
        ("A teenager said to be the gunman's cousin was questioned.", "said", False),
        ("The suspect, reported to be 19, was arrested at his home.", "reported", False),
        ("A painting long rumored to be a lost Vermeer sold for $2 million.", "rumored", False),
        ("Officers found a man known to be a member of the gang.", "known", False),
        # kept: an active with its object, an agent, one's own intention, an ordinary statement
        ("She believed the man to be a former soldier.", "believed", True),
        ("It was a defeat Obama believes to be the worst of his career.", "believes", True),
        ("A woman who claimed to be undecided was heckled.", "claimed", True),
        ("Both candidates vowed to be tougher on trade.", "vowed", True),
        ("Police said the man was arrested on Tuesday.", "said", True),
        ("Leaders of the past said to keep on lying after you are caught.", "said", True),  # a directive: told to
        ("Areas of the moon thought to represent exposed ice were mapped.", "thought", False),
        ("The company, widely expected to be sold this year, said profits fell.", "said", True),
        # blind audit 61: the bare predicate of the same passive, no "to be"
        ("Powell designated the Chechen leader believed responsible for the theater siege as a threat.", "believed", False),
        ("Police found a man long thought dead living in a cabin.", "thought", False),
        ("Officials named two aides believed close to the general as suspects.", "believed", False),
        ("Analysts considered the plan unlikely to succeed.", "considered", True),  # the active: its object first
    ],
)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Three women believed to be the mothers were arrested.", "believed", True),
        ("The suspect, reported to be 19, was arrested.", "reported", True),
        ("A man widely thought to be the leader fled.", "thought", True),
        ("Powell designated the leader believed responsible for the siege as a threat.", "believed", True),
        ("Rescuers found a man thought dead for years.", "thought", True),
        ("The company reported strong earnings.", "reported", False),  # an adjective of the object
        ("Investors thought better of it.", "thought", False),  # after a pronoun: an active
        ("She believed him responsible for the attack.", "believed", False),  # its object: the active
        ("He survived what many people believed to be a campaign killer.", "believed", False),
        ("The man is believed to be a former soldier.", "believed", False),
        ("They are believed by police to have fled the country.", "believed", False),
        ("The mothers believed that the children were safe.", "believed", False),
        ("A woman who claimed to be undecided was heckled.", "claimed", False),
        ("It was a defeat Obama believes to be the worst of his career.", "believes", False),
    ],
)
def test_raised_passive(nlp, text: str, verb: str, expected: bool) -> None:
    from sayso.nlp.extract.raised_subjects import raised_passive

    token = next(t for t in nlp(text) if t.lower_ == verb)
    assert raised_passive(token) is expected
