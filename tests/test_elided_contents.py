"""A content with no word of what was said is no attribution (``nlp/extract/elided_contents.py``).

Positive rows (dropped): a relative pronoun, a bare "to", a subject with a stranded auxiliary, the cue's verb repeated;
negative rows (kept): the same cues with words of what was said, a demonstrative "that", a pronoun object."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_elided_content = cue_table([
    # a relative pronoun: it stands for the writer's noun
    ("Fortress will leave with a payout that New Media investor Leon Cooperman blasted on an investor conference "
     "call as “morally wrong.”", "blasted", False),
    ("Nowhere was this more evident than in the manner in which Trump described Iran’s repressive regime.",
     "described", False),
    # the verb phrase left out
    ("Kessler discussed the subject even when their media outlets didn't want to.", "want", False),
    ("The economy is doing exactly what he promised it would.", "promised", False),
    # the cue's own verb again, bare: how much was written, not what (blind audit h42)
    ("After that, Ford wrote, and wrote, and wrote.", "wrote", False),
    # words of what was said: kept
    ("He wrote, and wrote that the plan would fail.", "wrote", True),
    ("Smith said and said again that it failed.", "said", True),
    ("Cooperman blasted the payout as “morally wrong.”", "blasted", True),
    ("He promised it would create millions of jobs.", "promised", True),
    ("Democratize SSMU claimed the students had “conflicts of interests.”", "claimed", True),
    ("The senator said that was wrong.", "said", True),
    ("The mayor denied it.", "denied", True),
    # a main clause's ellipsis answers the question before it (PolNeAR gold)
    ("Were the talks a success? The minister said they were.", "said", True),
    ("Will he back Trump? Flake said he would.", "said", True),
    # a turn or an answer is a whole reply (html gold, train pages)
    ("The host asked whether the deal was done.\nCARTER: It is.\nSOLOMON: I do think so.", ":", True),
    ("They will know whether President Obama was briefed on this, and according to a number of people that I have "
     "spoken with as well, he was.", "according to", True),
])


test_elided_act = cue_table([
    # "do" standing for an act named elsewhere: dropped (blind audits 30, 41, h32)
    ("Despite the order, the agencies involved are planning to do so anyway, according to Bloomberg.",
     "are planning", False),
    ("Neither Arbenz nor any other Guatemalan official had ever attacked the United States or even threatened to do "
     "so.", "even threatened", False),
    ("The governor said he would veto the bill, and he plans to do so on Friday.", "plans", False),
    # after the one urged or asked, or with a pointing pronoun as its only object: the act is named elsewhere too
    # (blind audit p80: "as Mr. Rubio's supporters have urged them to do", content_wrong)
    ("Many of the governor's donors have urged him to do so, but he has refused.", "have urged", False),
    ("Party leaders pressed the senators to quit, and some donors have urged them to do it.", "have urged", False),
    ("Several aides have asked him to do that.", "have asked", False),
    ("The rivals may stay in the race rather than quit, as party elders have urged them to do.", "have urged", False),
    # "do" with its object the relative's antecedent
    ("Such activities will help NASA put boots on Mars, something the agency wants to do in the 2030s, officials "
     "have stressed.", "wants", False),
    # "do" with an object, a complement or a manner of its own: kept (PolNeAR gold)
    ("Sanders had hoped to do better with Latinos.", "had hoped", True),
    ("He has vowed to do what he promised.", "has vowed", True),
    ("The senator plans to do something about the deficit.", "plans", True),
    ("He released his returns and called on Sanders to do the same.", "called", True),
    ("Her friends urged her to do it for the children.", "urged", True),
    ("Union leaders have urged members to strike on Monday.", "have urged", True),
    ("He said he would do it next week.", "said", True),
    # a finite clause says who does it (PolNeAR gold)
    ("In an interview Tuesday, he said he'd be doing so not because of some kind of personal vendetta.", "said", True),
    # a second act in the content: kept (review rev68n)
    ("Trump promised to do so and to build a wall on the southern border.", "promised", True),
    # another verb, an object named: kept
    ("The agency wants to send astronauts to Mars in the 2030s.", "wants", True),
])
