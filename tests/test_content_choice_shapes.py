"""Which candidate ``content_choice.pick_content`` takes where the parse offers a wrong one: a fronted clause over a
phrase of place (``fronted_clause_over_place``), a quoted phrase's whole clause in a pair (``pair_with_its_clause``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

# blind audit p85: "an article published Wednesday evening" (where the headline appeared) was taken for what the
# headline says
test_fronted_clause_over_place = rows_table([
    ("The governor should be recalled, a blunt headline from the Chicago Tribune editorial board reads in an op-ed "
     "posted Tuesday night.",
     [("a blunt headline from the Chicago Tribune editorial board", "reads", "The governor should be recalled")]),
    ("Jeb Bush should be impeached, a provocative headline from the Boston Globe editorial board reads in an article "
     "published Friday morning.",
     [("a provocative headline from the Boston Globe editorial board", "reads", "Jeb Bush should be impeached")]),
    ("Hillary Clinton must be stopped, a banner from the campaign reads on a billboard erected Friday.",
     [("a banner from the campaign", "reads", "Hillary Clinton must be stopped")]),
    # negatives: a phrase of another preposition is what was said; nothing said before the speaker
    ("Prices will rise, the bank warned of a recession.", [("the bank", "warned of", "a recession")]),
    ("He spoke at the rally in Ohio on Monday.", []),
    ("The plant will close in June, the company said in a statement on Tuesday.",
     [("the company", "said in a statement", "The plant will close in June")]),
])

# blind audit p85: 'is an “articulate conservative” who has won two gubernatorial elections, the editorial board
# writes. "It's a sign ..."': the first part was cut down to the quoted phrase
test_pair_with_its_clause = rows_table([
    ("Smith is a “dangerous demagogue” who has never held office, the newspaper writes. “His rise is a sign of the "
     "times.”",
     [("the newspaper", "writes", "Smith is a “dangerous demagogue” who has never held office, the newspaper writes. "
       "“His rise is a sign of the times",
       ("Smith is a “dangerous demagogue” who has never held office", "His rise is a sign of the times"))]),
    ("The mayor is an “effective manager” who has balanced five budgets, the paper's editors wrote. “She deserves a "
     "second term.”",
     [("the paper's editors", "wrote", "The mayor is an “effective manager” who has balanced five budgets, the "
       "paper's editors wrote. “She deserves a second term",
       ("The mayor is an “effective manager” who has balanced five budgets", "She deserves a second term"))]),
    ("Jones, who spoke at the convention on Monday, is a “rising star” who has won three elections in the state, the "
     "magazine writes. “Her future is bright.”",
     [("the magazine", "writes", "Jones, who spoke at the convention on Monday, is a “rising star” who has won three "
       "elections in the state, the magazine writes. “Her future is bright",
       ("Jones, who spoke at the convention on Monday, is a “rising star” who has won three elections in the state",
        "Her future is bright"))]),
    # negatives: a pair whose first quotation opens its sentence; quotations that are the whole clause
    ("“We will win,” he said. “Nobody can stop us.”",
     [("he", "said", "We will win,” he said. “Nobody can stop us", ("We will win", "Nobody can stop us"))]),
    ("“The deal is off,” the minister told reporters. “We walk away.”",
     [("the minister", "told", "The deal is off,” the minister told reporters. “We walk away",
       ("The deal is off", "We walk away"))]),
    ("For the nascent streaming industry, “2020 will be about getting the services in order,” Ward says. “I think "
     "2021 will see a bigger push.”",
     [("Ward", "says", "2020 will be about getting the services in order,” Ward says. “I think 2021 will see a "
       "bigger push", ("2020 will be about getting the services in order", "I think 2021 will see a bigger push"))]),
    # a clause with a saying verb of its own after the quoted word: left as the pair, so that verb's row claims nothing new
    ("The company described the losses as “temporary” and said they would recover, analysts wrote. “We are "
     "skeptical.”",
     [("The company", "described", "the losses as “temporary", ()),
      ("analysts", "wrote", "temporary” and said they would recover, analysts wrote. “We are skeptical",
       ("temporary", "We are skeptical"))]),
    ("Lopez said she felt the 19th Amendment was worth teaching because “few students know its history,” she said. "
     "“We owe them that much.”",
     [("Lopez", "said", "she felt the 19th Amendment was worth teaching because “few students know its history", ()),
      ("she", "said", "few students know its history,” she said. “We owe them that much",
       ("few students know its history", "We owe them that much"))]),
    ("“It is over,” she wrote. “I am done.”",
     [("she", "wrote", "It is over,” she wrote. “I am done", ("It is over", "I am done"))]),
], parts=True)
