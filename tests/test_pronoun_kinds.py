"""A pronoun never stands for a name it cannot agree with (issue 12, item 4).

``pronoun_kinds.doctrine``: a faith or creed NER took for an organisation is no "they", "he" or "she";
``pronoun_kinds.passing_body``: a body named in the singular only as an object in an earlier sentence is no "they",
while a company that spoke or acted, or that someone called or asked (``contacted``), keeps its "they"; ``pronoun_kinds.object_noun``: a thing that is a verb's
object is no speaking body; ``pronouns.document_titles`` / ``document_names``: "the Cor Orans document" names a
document, no "she"; ``noun_genders.named_noun`` and ``pronouns.given_part_gender``: "the little boy, named
Abdul-Ghani Wahhaj" is no "she". Positive rows keep the resolutions that must not change.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.pronoun_kinds import doctrine, mentioned_only
from sayso.nlp.extract.source_context import Name

pytestmark = pytest.mark.slow

test_pronoun_agrees = speaker_table([
    # a company's "they" after it spoke is the company (news prose)
    pytest.param('Apple said on Monday that sales rose. They added that the new phone would ship in May.', "added",
                 "Apple", id="company-they-after-quote"),
    pytest.param('The Pentagon released the memo on Friday. They said the review was complete.', "said",
                 "Pentagon", id="body-subject-keeps-they"),
    # a plural group keeps its "they"
    pytest.param('The protesters marched to City Hall on Sunday. They said the mayor had ignored them.', "said",
                 "The protesters", id="protesters-they"),
    # a faith is no one who speaks
    pytest.param('This proves that Islam was afforded special privilege over the others. They claim that the kids '
                 'must write verses.', "claim", "They", id="faith-no-they"),
    pytest.param('Catholicism has shaped the town for centuries. They insist that nothing has changed.', "insist",
                 "They", id="ism-no-they"),
    # a body only mentioned as an object in an earlier sentence is no "they"
    pytest.param('I read about a Mass where dancing was performed as the words of the Consecration were pronounced. '
                 'That is a sacrilege. They also called me by phone to say I was on the list.', "to say", "They",
                 id="body-in-passing-no-they"),
    pytest.param('Completing this poll grants you access to Freedom Outpost updates. They wish you would disbelieve.',
                 "wish", "They", id="outlet-in-passing-no-they"),
    # but a body one called, reached or spoke with answers: its "they" is its reply (the full suite's
    # test_quoted_reports row "they-after-one-company")
    pytest.param('We called Acme Corp. right away. They said the recall was voluntary.', "said", "Acme Corp.",
                 id="called-company-they"),
    pytest.param('We spoke with Comcast on Friday. They said service would return by Monday.', "said", "Comcast",
                 id="spoke-with-company-they"),
    # a thing is no speaking body
    pytest.param('Jean had a distinct red door mat which would have been enough for the cop to know she was at the '
                 'wrong place. Even as the officers rally, the plant they claim to have found is fake.', "claim",
                 "the officers", id="thing-no-they-next-that-agrees"),
    # a document's title is no "she"
    pytest.param('Sister Teresa said, "The Cor Orans document is the death-knell of Carmel." How Cor Orans will end '
                 'the reform. Cor Orans states that everything is to be done in accord with the charism. She '
                 'acknowledges that the orders have been gathered into federations.', "acknowledges", "Sister Teresa",
                 id="document-title-no-she"),
    # a person's title makes a faith word a surname, and a document's name a man who spoke (review rev57t)
    pytest.param('Mr. Rahman, a shopkeeper, said the floods were the worst he had seen. Mr. Islam said he had lost '
                 'everything. He added that the government had done nothing.', "added", "Islam",
                 id="titled-surname-islam-keeps-he"),
    pytest.param('Chuck Schumer attacked the Grassley memo. Senator Grassley said the memo was accurate. He added that '
                 'the FBI had misled the court.', "added", "Grassley", id="titled-senator-not-document-title"),
    pytest.param('Jim Jordan read the Horowitz report closely. Horowitz said the FBI made 17 errors. He added that '
                 'there was no evidence of bias.', "added", "Horowitz", id="said-in-past-not-document-title"),
    pytest.param('John Smith, a lawyer for the bureau, criticized the Durham report on Monday. Durham said the FBI '
                 'lacked evidence. He added that the case should never have begun.', "added", "Durham",
                 id="report-author-keeps-he"),
    # a boy named so is no "she"
    pytest.param('The police did not find the little boy, named Abdul-Ghani Wahhaj, but they found 11 other children. '
                 'Abdul-Ghani Wahhaj was last seen in Georgia. She added that the boy suffers from a medical condition.',
                 "added", "She", id="boy-named-no-she"),
    # a "she" after a woman keeps her
    pytest.param('Senator Mary Landrieu spoke in New Orleans. She said the levees would hold.', "said",
                 "Mary Landrieu", id="she-woman-positive"),
])


@pytest.mark.parametrize("name, expected", [
    ("Islam", True), ("the Sharia", True), ("Catholicism", True), ("Marxism", True),
    ("Islamic State", False), ("Apple", False), ("the Church of England", False), ("Prism", False),
])
def test_doctrine(nlp, name: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(name)
    assert doctrine(Name(0, doc[-1], name, "organization")) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("the words of the Consecration were pronounced", "Consecration", True),
    ("He had a distinct red door mat.", "mat", True),
    ("The memo was released by the Pentagon.", "Pentagon", False),
    ("According to Apple, sales rose.", "Apple", False),
    ("Apple said sales rose.", "Apple", False),
])
def test_mentioned_only(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert mentioned_only(token_of(doc, word)) is expected
