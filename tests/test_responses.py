"""Responses are no statements (issue 12, item 1): ``nlp/extract/responses.py``.

``text -> cue word that must (not) be an attribution``: the means of an answer, the target of an attack,
gratitude, a request turned down, a retreat; and the statements made the same way, which stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_responses_are_no_statements = cue_table(
    [
        # the means of an act ("by" + gerund) is not what was said
        ("The mayor responded to the criticism by reminding residents of the city's record on crime.", "responded",
         False),
        ("The company responded to the recall by offering refunds to every customer.", "responded", False),
        # a statement made that way, or a means that carries a clause, is what was said
        ("The mayor responded to the criticism by saying that crime had fallen for three years.", "responded", True),
        ("Smith responded by using the example of Chicago to prove that gun control is not the solution.", "responded",
         True),
        ("The mayor responded that crime had fallen for three years.", "responded", True),
        # what was answered: a survey a relative clause names is no proposition (wire audit), a claim's clause is
        ("Of those three, only Dillard's responded to the survey that ranked 45 large companies on their diversity.",
         "responded", False),
        ("The company responded to the letter that the union sent last week.", "responded", False),
        ("Only 12 of the 50 governors responded to the questionnaire.", "responded", False),
        # what was answered, not the answer (cnt79: disputed_claims.responded_thing; blind audit p85 A11)
        ("The mayor responded to the claim that crime had risen.", "responded", False),
        ("The mayor responded to the report that he had resigned.", "responded", False),
        # the target of an attack is not what was said of it
        ("But he lashed out at Obama officials, saying they treated him unfairly.", "lashed", False),
        ("The senator lashed out at the governor during the debate.", "lashed", False),
        ("But he lashed out at Obama officials, saying they treated him unfairly.", "saying", True),
        ("The president lashed out at the “fake news media” in a speech.", "lashed", True),  # his words
        # a relative clause on the target only says which one (audit 65 S182); a noun's that-clause is a proposition
        ("Bush, however, also lashed out at the terrorist bombings in Saudi Arabia that killed at least 29 people -- "
         "including a number of Americans.", "lashed", False),
        ("The senator lashed out at the bill that the House passed.", "lashed", False),
        ("The senator lashed out at claims that the bill was dead.", "lashed", True),
        # a proposition the parse hung on the relative clause (review 65a)
        ("The mayor lashed out at the report that came out Tuesday that crime was rising.", "lashed", True),
        # gratitude shown someone, and what for: no proposition
        ("Cruz thanked Trump on Twitter for backing his priority.", "thanked", False),
        ("The senator thanked the voters in New Hampshire.", "thanked", False),
        ("Clinton thanked the evangelical community for supporting him.", "thanked", False),
        # what the thanks say in a quotation stays; so does a statement of its own beside them
        ("He thanked Obama for “taking these steps to make us ALL safer.”", "thanked", True),
        ("The mayor thanked the firefighters, saying they had saved lives.", "saying", True),
        # a request turned down: an act with a noun-phrase object
        ("The Human Rights Council rejected calls to establish a commission of inquiry.", "rejected", False),
        ("The minister rejected demands for his resignation on Monday.", "rejected", False),
        # a claim rejected, a request judged, a clause: what is said
        ("The council rejected the claim that it had failed.", "rejected", True),
        ("The minister dismissed the calls as a political stunt.", "dismissed", True),
        ("The minister rejected calls that the vote be annulled.", "rejected", True),
        # a retreat: what he backed off is what he no longer holds
        ("He backed off some of his initial proposals.", "backed", False),
        ("She backed away from her support for the deal.", "backed", False),
        ("He backed down from his demand that the wall be paid for.", "backed", False),
        # backing something is a stance
        ("Clinton backed Obama's claim that the economy had recovered.", "backed", True),
        ("Most Republicans back the idea that taxes should be cut.", "back", True),
    ],
)
