"""manner_clauses: a verb of the manner of speaking with a that-clause ("Trump scoffed that the report was fake
news") or a colon before a quotation ('Critics scoffed: “This is a joke.”') reports what was said (issue 12,
audit 18's misses), and any verb setting its object "as" a quotation ('defamed Assange as “a tool of
Russian intelligence”', audit 28's misses); the same verbs with an object, a prepositional phrase or nothing report no words."""

from __future__ import annotations

import pytest

from _cues import rows, token_of
from sayso.nlp.extract.manner_clauses import manner_clause

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, verb, expected",
    [("Trump scoffed that the report was fake news.", "scoffed", True),
     ("The mayor fumed that the council had ignored him for months.", "fumed", True),
     ("He huffed that the deal was dead.", "huffed", True),
     ("A spokesman whispered that the minister had already resigned.", "whispered", True),
     ("Critics scoffed: “This is a joke.”", "scoffed", True),
     # the same colon before a quotation set in wire or typewriter marks
     ("The rival gloated: ''I said all along he would fold.''", "gloated", True),
     ("Her coach snapped: ``Nobody listens to the players.''", "snapped", True),
     ("The coach snapped: ''Enough.'' Then he left the room.", "snapped", True),  # closed after the sentence's end
     ("Critics scoffed: `This is absurd.'", "scoffed", True),
     ("Herr Weber murmured: „Das ist genug.“", "murmured", True),
     ("The minister grumbled: « It is over. »", "grumbled", True),
     ("The defendant muttered: ''I never touched the money", "muttered", True),  # left open: runs on
     # negatives: no conjunction written, a preposition, an object, no clause, a colon before no quotation
     ("She scoffed at the idea that the plan would work.", "scoffed", False),
     ("The crowd raged for hours outside the embassy.", "raged", False),
     ("She snapped a photo of the crowd outside the hall.", "snapped", False),
     ("The senator fumed for weeks about the vote.", "fumed", False),
     ("She snapped: a photo of the crowd.", "snapped", False),
     ("The senator fumed for weeks: the ''reform'' had passed.", "fumed", False),  # no quotation after the colon
     # wire marks after the colon that set off a term or a name inside the clause, not a quotation
     ("The senator fumed: ''reform'' was, in her words, a dead letter.", "fumed", False),
     ("The board crowed: ''record profits'' and ''a bright future'' were the themes of the meeting.", "crowed", False),
     ("Officials cracked: ``Operation Sunrise'' was the code name for the raid.", "cracked", False),
     ("The fire raged: «The Big Burn», as locals call it, consumed three million acres.", "raged", False),
     ("Sanders groused: '' '' and left.", "groused", False),  # an empty pair of marks
     # any verb that sets its object "as" a quotation of two words or more
     ("Clinton defamed Assange as “very clearly a tool of Russian intelligence”.", "defamed", True),
     ("The authors abused Assange as a “damaged personality” and “callous”.", "abused", True),
     # negatives: a name in quotation marks, a single quoted word, a passive, no object, no quotation
     ("The firm registered the boat as “Sea Star” in 2010.", "registered", False),
     ("He registered the boat as “Sea of Tranquility” in Florida.", "registered", False),  # small words in a name
     ("The network relaunched the show as “Dancing with the Stars” in 2005.", "relaunched", False),
     ("The critics smeared the plan as “socialism”.", "smeared", False),
     ("He was known as “the Butcher of Baghdad” for years.", "known", False),
     ("She worked as a “personal assistant” for years.", "worked", False),
     ("The critics smeared the plan as a socialist takeover.", "smeared", False)],
)
def test_manner_clause(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert manner_clause(token_of(doc, verb)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("Trump scoffed that the report was fake news.", [("Trump", "scoffed", "that the report was fake news")]),
     ("The mayor fumed that the council had ignored him.", [("The mayor", "fumed", "that the council had ignored him")]),
     ("The coach snapped: “We played badly and I take the blame.”",
      [("The coach", "snapped", "We played badly and I take the blame")]),
     ("The governor gloated: ''I warned them the bill would fail.''",
      [("The governor", "gloated", "''I warned them the bill would fail.''"),
       ("The governor", "warned", "the bill would fail")]),
     ("Clinton defamed Assange as “very clearly a tool of Russian intelligence”.",
      [("Clinton", "defamed", "Assange as “very clearly a tool of Russian intelligence")]),
     # negatives
     ("The firm registered the boat as “Sea Star” in 2010.", []),
     ("The company relaunched the drink as “Diet Coke with Lime” last year.", []),
     ("She scoffed at the idea that the plan would work.", []),
     ("Officials cracked: ``Operation Sunrise'' was the code name for the raid.", []),  # a name in wire marks
     ("It was so cold that the ice cracked.", []),
     ("The senator fumed for weeks about the vote.", [])],
)
def test_manner_clause_attributions(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected
