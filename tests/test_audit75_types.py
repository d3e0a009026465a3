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
        # review rev75y: an "it" that stands for the fronted clause's subject thing (a tariff, a merger, a union, an
        # airport), not the speaker; a plural subject or none leaves the company's reading
        ("If the tariff stays, it will cost 5,000 jobs, Rork said.", "said", ("Rork", "person")),
        ("If the merger goes through, it will cut jobs, Barrera said.", "said", ("Barrera", "person")),
        ("If the airport expands, it will add 40 new routes, Barrera said.", "said", ("Barrera", "person")),
        ("If the union strikes, it will cancel flights, Eddington said.", "said", ("Eddington", "person")),
        ("If approved, it will close the plant, Deere said.", "said", ("Deere", "organization")),
        # review rev75y: a person in the trade: a rank, or a "he"/"she" of what is said
        ("The head brewer said the new ale would be ready in June.", "said", ("The head brewer", "unknown")),
        ("The master distiller said the whisky had aged for 12 years.", "said", ("The master distiller", "unknown")),
        ("A furniture maker in Ohio said he had laid off two workers.", "said",
         ("A furniture maker in Ohio", "unknown")),
        ("The jewellery maker said she sold most of her rings online.", "said", ("The jewellery maker", "unknown")),
        ("The filmmaker said the movie would open in May.", "said", ("The filmmaker", "person")),
        ("The lenders said they would not extend the loan.", "said", ("The lenders", "group")),
        # review rev75y: "state media" inside another phrase is not the speaker
        ("A state media regulator said the channel had broken the rules.", "said",
         ("A state media regulator", "person")),
        ("State Media Minister Ali Hassan said the channel would be closed.", "said", ("Ali Hassan", "person")),
    ],
)
def test_audit75_source_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
