"""A proper name given is no statement (issue 12, item 1): ``nlp/extract/naming.py``'s ``proper_name_given``.

``text -> cue word that must (not) be an attribution``: the title a thing goes by ("called it the 'Final
Solution'") says nothing of it; a description or an epithet given ("called him a liar", "an 'Aunt Tom'", "the nerd
prom") is the subject's stance and stays.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_proper_names_given = cue_table(
    [
        # a proper name given: a title the thing goes by
        ("The Nazis called it the 'Final Solution'.", "called", False),
        ("The Nazis called their plan the Final Solution.", "called", False),
        ("Locals call the town the 'Crossroads of America'.", "call", False),
        ("Officials dubbed the operation Lone Star.", "dubbed", False),
        ("Texas officials named the mission Operation Lone Star in March.", "named", False),
        ('Jordan titled it the "House Theft Investigation."', "titled", False),
        ("Republicans titled the inquiry the House Theft Investigation.", "titled", False),
        # the name hung on the object as its apposition
        ('Viacom intended to trade on his name by calling its own venture "Spike TV," a statement said.', "calling", False),
        # a description, an epithet, an evaluation: the subject's stance on the thing
        ("Critics called the plan a disgrace.", "called", True),
        ('He mocked the plan by calling its author "a clown."', "calling", True),
        ("Friedan called Mrs. Schlafly an 'Aunt Tom'.", "called", True),
        ("Others call it the nerd prom.", "call", True),
        ("He called Trump a 'Russian puppet'.", "called", True),
        ("Sanders called the decision arbitrary.", "called", True),
        ("Politicos call this the 'expectations game'.", "call", True),
        ("Critics titled it a witch hunt.", "titled", True),
    ]
)


test_proper_names_given_in_the_passive = cue_table(
    [
        # the passive gives a name to the noun the participle hangs on (page audit h32)
        ("Esper paid a visit to the city’s Hoa Lo prison, dubbed the “Hanoi Hilton” by American servicemen held there "
         "during the Vietnam War.", "dubbed", False),
        ("The operation was dubbed Lone Star by Texas officials.", "dubbed", False),
        # a description or an epithet given in the passive: a stance, kept
        ("The plan was called a disgrace by critics.", "called", True),
    ]
)


test_an_active_verb_misread_as_a_participle_keeps_its_call = cue_table(
    [
        # the parse hangs "called" on the name with the day for its predicate: an active call for something (PolNeAR
        # train gold)
        ("WASHINGTON (AP) — Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign for "
         "saying publicly that she feels he is unfit to be president.", "called", True),
        ("Trump called Cruz a liar.", "called", True),
    ]
)
