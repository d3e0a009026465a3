"""What was talked about is not what was said (issue 12): ``nlp/extract/topics.py``.

A noun-phrase topic of a verb of talking ("spoke out about the death of X", "isn't saying much about the case",
"commented on the ruling") is no content; a clause, a gerund or a quotation about it is, and so is the clause of
a verb that says something on a channel ("said on Twitter that ...").
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_topic_is_no_content = cue_table(
    [
        ("Smith spoke out about the death of Jones.", "spoke", False),
        ("The senator isn't saying much about the investigation.", "saying", False),
        ("Smith talked about the economy at the rally.", "talked", False),
        ("The governor commented on the ruling on Friday.", "commented", False),
        ("Smith wrote about the war in his memoir.", "wrote", False),
        ("Smith said nothing about the charges.", "said", False),
        ("The mayor spoke about the need for tighter border control.", "spoke", False),
        # what was said about it: a clause, a gerund, a quotation
        ("Smith spoke about how the consulate had been taken over.", "spoke", True),
        ("Smith joked about moving to New Zealand.", "joked", True),
        ("Smith spoke about \"a culture of fear\" at the agency.", "spoke", True),
        # an open question is a topic: nobody answered it
        ("Other officials weighed in about whether the video should be released.", "weighed", False),
        ("The senators talked about whether the bill could pass.", "talked", False),
        ("Smith commented on whether the deal would hold.", "commented", False),
        # kept: a verb of thought with its question, and a clause said about the topic
        ("Smith wondered aloud whether the plan would survive.", "wondered", True),
        ("Smith talked about whether he would run, saying he would decide in May.", "saying", True),
        # a channel is no topic: the clause is what was said
        ("Smith said on Twitter that the ruling was wrong.", "said", True),
        ("Swift posted on Tumblr accusing the label of blocking her songs.", "accusing", True),
    ]
)
