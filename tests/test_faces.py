"""A face that "says" is a figure of speech, no attribution (``nlp/extract/faces.py``; blind audit p84: "their
smiles said a lot" read as the smiles' words). A face that stands for a person, a name and the person's own words
stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_face_says_nothing = cue_table(
    [
        ("The seven family members from Dara'a in southern Syria have lived in this Atlanta suburb for three months, "
         "and though they speak barely a word of English, their smiles said a lot.", "said", False),
        ("Their smiles said that they were happy to be home.", "said", False),
        ("His face said he was not pleased with the verdict.", "said", False),
        ("Her eyes told me she had been crying.", "told", False),
        ("His expression showed that he knew the game was up.", "showed", False),
        ("The look on his face said it all: the deal was dead.", "said", False),
        # a face that is a person or a body's, a name, the person who smiles
        ("The public face of the company told reporters that sales had doubled.", "told", True),
        ("New faces on the council said they would push for change.", "said", True),
        ("Smile Train said it would fund 500 operations.", "said", True),
        ("She smiled and said that she was happy to be home.", "said", True),
        ("Helen placed the paperback in my hands, her eyes aglow with evangelical fervor, telling me I would love "
         "it.", "telling", True),
        ("Their lawyers said that the families were happy to be home.", "said", True),
        # review rev79n: a face behind or among, one with an apposition, a bare capital, a compound, a run
        ("The face behind the brand said sales had doubled.", "said", True),
        ("The face behind the campaign, chef Tom Smith, said the restaurant would reopen.", "said", True),
        ("Several faces in the crowd told reporters they had waited hours.", "told", True),
        ("Eyes on the Street, a neighborhood group, said crime had fallen.", "said", True),
        ("Face said the album would be released in June.", "said", True),
        ("Gene expression showed that the drug slowed tumor growth.", "showed", True),
        ("His tear through the playoffs shows that he is ready to lead the team.", "shows", True),
        ("The expression on his face said he had not expected the question.", "said", False),
        ("Her tears told the jury that she regretted nothing.", "told", False),
        ("Her face in the photograph said she was terrified.", "said", False),
    ]
)
