"""A pronoun whose antecedent is a guess stays as written: ``rival_names.rival_in_between`` in ``by_pronoun``.

"Jessie Buckley said ... Mary Reed wrote the songs. Reed had never ... Reed bought ... 'It could have been easy
for Mary Reed ...,' she said": Buckley is a writer's sentence or more back and Reed, the subject of the writer's
sentences since and named more often, is as likely: "she" stays "she". A rival that is no sentence's subject (an
object, a by-agent, a possessor, one in the chosen name's own sentence: the passages of review 46), one named no
more often than the chosen one (whose own "he"s count), one only quoted, the name of the sentence right before,
and a rival of the other sex keep the resolution; so does a "they".
"""

from __future__ import annotations

import pytest

from _cues import cue_speaker
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.rival_names import sentences_between

pytestmark = pytest.mark.slow

HILL = "Mark Hill, a lawyer, said the deal was fair. "
BUCKLEY = "Jessie Buckley, the actress, said the film was hard. "


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a rival who is the subject of the writer's sentences since, named more often than the chosen one: a guess
        pytest.param(BUCKLEY + "Mary Reed wrote the songs. Reed had never written songs before. Reed bought a house "
                     "in Nashville. “It could have been easy for Mary Reed to quit, but she didn't do that,” she said.",
                     "said", "she", id="rival-subject-named-more-often"),
        # negatives: a rival that is no subject of the writer's sentences (object, by-agent, possessor, the chosen
        # name's own sentence), the chosen one's own "he"s counting for him (the review's passages, base names kept)
        pytest.param(HILL + "The deal was signed in the office of Tom Reed. The office was closed on Friday. He said "
                     "the deal would hold.", "said", "Mark Hill", id="rival-in-a-prepositional-phrase"),
        pytest.param(HILL + "The deal was signed in the office of Tom Reed. He said the deal would hold.", "said",
                     "Mark Hill", id="rival-in-a-prepositional-phrase-one-sentence-between"),
        pytest.param("Prince Harry arrived in London on Monday. He was photographed leaving the airport with "
                     "bodyguard Tom Pike. The visit was not announced. He told reporters he was happy to be home.",
                     "told", "Harry", id="own-he-counts-harry"),
        pytest.param("Prince Andrew claims that he visited Jeffrey Epstein in New York in 2010 to end their "
                     "friendship. This required the royal spending three days at Epstein's mansion. During the visit, "
                     "he was photographed having long and serious chats with Epstein while strolling around Central "
                     "Park. Was this to find out how vulnerable the royal was? He instead told the BBC interviewer: “I "
                     "had to go and see him.”", "instead told", "Prince Andrew", id="own-he-counts-andrew"),
        pytest.param("“The mission I did accomplished the whole thing with one launch,” Tom Stafford, a member of the "
                     "Apollo 10 crew, responded. He then referred to Tom Cooke's earlier testimony that there was "
                     "only a 50 percent chance of success. “I cannot disagree with it.” “But with eight launches, "
                     "I'll have to go with Mr. Cooke,” he concluded.", "concluded", "Tom Stafford",
                     id="rival-a-possessor-stafford"),
        pytest.param("Pope Francis celebrated Mass in St Peter's Square. He was assisted by Cardinal Pietro Parolin. "
                     "The square was crowded. He said the world needed peace.", "said", "Francis",
                     id="rival-by-agent-francis"),
        pytest.param("Rafael Nadal withdrew from Wimbledon on Thursday. He had been treated by physio Rafael Maymo all "
                     "week. The injury is to his abdomen. He said he could not risk further damage.", "said",
                     "Rafael Nadal", id="rival-by-agent-nadal"),
        pytest.param("Governor Gavin Newsom signed the budget on Friday. He was flanked by Assembly Speaker Anthony "
                     "Rendon. The budget totals $300 billion. He said it protected schools.", "said", "Gavin Newsom",
                     id="rival-by-agent-newsom"),
        pytest.param("Gerald Ford pardoned Richard Nixon in 1974. The pardon covered all crimes. The decision was "
                     "unpopular. He said the country needed to heal.", "said", "Gerald Ford",
                     id="rival-object-in-the-chosen-sentence"),
        pytest.param("Coach Tom Harris was fired on Sunday after the team's fifth straight loss. The decision was "
                     "made by owner Mike Davis. The team has not won since October. He said he was disappointed but "
                     "not surprised.", "said", "Tom Harris", id="rival-by-agent-harris"),
        pytest.param("John Smith, the mayor, announced the plan on Monday. The plan was drafted by David Brown's "
                     "office. The council will vote next week. He said the plan would save money.", "said",
                     "John Smith", id="rival-possessor-of-an-agent"),
        pytest.param(BUCKLEY + "Buckley plays a singer. Mary Reed wrote the songs. “It could have been easy for Mary Reed to quit, but she "
                     "didn't do that,” she said.", "said", "Jessie Buckley", id="rival-subject-named-as-often"),
        pytest.param(HILL + "Hill has worked for Tom Reed for years. The office was closed on Friday. He said the deal "
                     "would hold.", "said", "Mark Hill", id="chosen-named-more-often"),
        pytest.param(HILL + "The deal was signed in the office of Jane Reed. The office was closed on Friday. He said "
                     "the deal would hold.", "said", "Mark Hill", id="rival-of-the-other-sex"),
        pytest.param(HILL + "This chart, provided by Statista, shows the deal. He said the deal would hold.", "said",
                     "Mark Hill", id="rival-of-no-known-sex"),
        pytest.param(HILL + "“It was signed in the office of Tom Reed,” the statement read. He said the deal would "
                     "hold.", "said", "Mark Hill", id="rival-only-quoted"),
        pytest.param(HILL + "He said the deal would hold after Tom Reed signed it.", "said", "Mark Hill",
                     id="next-sentence"),
        pytest.param("Mark Hill, a lawyer, said that Tom Reed had signed the deal. The office was closed on Friday. He "
                     "said the deal would hold.", "said", "Mark Hill", id="rival-named-in-his-words"),
        pytest.param("The senators said the bill was fair. It was praised by the Democrats. The office was closed on "
                     "Friday. They said the bill would pass.", "said", "The senators", id="they-is-left-alone"),
        pytest.param("In court, James Bacon badgered Tom Hadeed. “Are you going to share it? I hope not. I hope you "
                     "learned that lesson,” he said.", "said", "James Bacon", id="quoted-sentences-do-not-count"),
    ],
)
def test_rival_in_between(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Hill said it. The office closed. He left.", 1, id="one-between"),
        pytest.param("Hill said it. The office closed. It reopened. He left.", 2, id="two-between"),
        pytest.param("Hill said it. He left.", 0, id="next-sentence"),
        pytest.param("Hill said it, and he left.", 0, id="same-sentence"),
        pytest.param("Hill said it. “We closed. We reopened,” he said.", 0, id="quoted-sentences"),
    ],
)
def test_sentences_between(nlp, text: str, expected: int) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ == "he"][-1]
    assert sentences_between(find_quotes(text), doc[0], pronoun) == expected
