"""A thing another speaker reads as evidence is no source (``sayso.nlp.extract.read_evidence``, blind audit 65 S209).

``text -> cue word that must (not) be an attribution``: the dropped rows, then the kept ones (the outer report, a
subject that speaks or carries findings, a dual verb, a verb of evidence no other cue reports)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow

test_read_evidence = cue_table([
    ("Such a letter indicates the government intends to pursue an indictment and believes it has substantial "
     "evidence to support an indictment, the company said.", "indicates", False),
    ("The spokesman said the damage to the door shows that the burglars were experienced.", "shows", False),
    # inside a belief the outer speaker holds (audit 67 S78)
    ("The Kenilworth-based company said it believes the letter shows that the government plans to pursue a criminal "
     "indictment and likely has substantial evidence supporting an indictment.", "shows", False),
    ("The detective thinks the damage to the door shows that the burglars were experienced.", "shows", False),
    # kept: the outer report of the same sentence
    ("Such a letter indicates the government intends to pursue an indictment, the company said.", "said", True),
    # kept: a subject that carries findings or speaks, a dual verb, no outer report
    ("The company said a survey shows that most customers want the service.", "shows", True),
    ("The company believes a survey shows that most customers want the service.", "shows", True),
    ("The company said it believes the letter shows that the government plans an indictment.", "said", True),
    ("The mayor said the police indicated that the suspect had fled.", "indicated", True),
    ("The company said the letter confirms that the government will pursue an indictment.", "confirms", True),
    ("The letter indicates that the government intends to pursue an indictment.", "indicates", True),
    # kept: a person who indicates speaks (review 65a)
    ("The suspect indicated he would plead guilty, his lawyer said.", "indicated", True),
    ("The gunman indicated he acted alone, police said.", "indicated", True),
    ("The woman indicated she had been attacked, police said.", "indicated", True),
    # kept: a bare capitalised noun is a name the tagger read as a noun (Senator Bond; test_market_moves' row)
    ("Bond indicated he would vote against the bill, aides said.", "indicated", True),
])
