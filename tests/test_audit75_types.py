"""Source types that blind wire audits up to 75 judged partly right (issue 12): a company named by its trade is an
organisation (``source_types.company_by_trade``, ``trade_company_nouns.txt``: "the chipmaker", "the Cupertino
maker"), the press a state runs is an outlet (``source_types.state_media``), and an "it" after a fronted clause is
still a company's sign where it does a company's thing (``lone_surnames.does_company_things``: "If regulators approve
the sale, it will close the plant, Deere said"). Negatives: a maker of a person's craft, a surname spelt as a trade,
the media at large, a state's officials, an "it" that stands for the fronted clause's event, companies named by one
word."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a company named by its trade
        ("The chipmaker said demand for its processors was strong.", "said", ("The chipmaker", "organization")),
        ("The Cupertino maker said sales of the phone rose.", "said", ("The Cupertino maker", "organization")),
        ("The software maker said the flaw had been fixed.", "said", ("The software maker", "organization")),
        ("The drugmaker said the trial was halted.", "said", ("The drugmaker", "organization")),
        ("The insurer said claims rose sharply.", "said", ("The insurer", "organization")),
        ("The lender said profit fell.", "said", ("The lender", "organization")),
        # the press a state runs
        ("State media said the leader had visited a factory.", "said", ("State media", "outlet")),
        ("State television reported that the talks had failed.", "reported", ("State television", "outlet")),
        ("State-run media said the minister had resigned.", "said", ("State-run media", "outlet")),
        ("Iranian state television said the minister had resigned.", "said", ("Iranian state television", "outlet")),
        # an "it" after a fronted clause that does a company's thing
        ("If regulators approve the sale, it will close the plant, Deere said.", "said", ("Deere", "organization")),
        # negatives: a person's craft, a surname, the media at large, a state's officials, documents
        ("The film maker said the movie would open in May.", "said", ("The film maker", "unknown")),
        ("Brewer said the vote would be close.", "said", ("Brewer", "person")),
        ("The miner said the shaft had flooded.", "said", ("The miner", "unknown")),
        ("The media said the talks had failed.", "said", ("The media", "group")),
        ("State officials said the bridge was safe.", "said", ("State officials", "anonymous")),
        ("The survey found that most parents supported the plan.", "found", ("The survey", "unknown")),
        ("The 2010 census showed that the town had shrunk.", "showed", ("The 2010 census", "unknown")),
        # negatives: an "it" that stands for the fronted clause's event; companies named by one word
        ("If Walker appeals the ruling, it would stop the extradition, Rork said.", "said", ("Rork", "person")),
        ("If the court grants the request, it could delay the trial by a year, Hadley said.", "said",
         ("Hadley", "person")),
        ("Apple said the new phone would ship in March.", "said", ("Apple", "organization")),
        ("Exxon said output rose 3 percent.", "said", ("Exxon", "organization")),
        ("Nokia said demand was weak.", "said", ("Nokia", "organization")),
    ],
)
def test_audit75_source_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
