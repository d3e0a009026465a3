"""A content that says nothing (``sayso.nlp.extract.empty_contents``): the one spoken to, the accused alone, a bare
pronoun, a bare name. Each table has its positive rows (dropped: False) and its negative rows (kept: True)."""

from __future__ import annotations

from _cues import cue_table

test_addressee_content = cue_table([
    ("Gonzalez told the jury.", "told", False),
    ("Gonzalez told the jury, according to the San Francisco Chronicle.", "told", False),
    ("The scholar Bessarion wrote to the Doge of Venice in 1468.", "wrote to", False),
    ("The CNN correspondent argued with Trump.", "argued with", False),
    # "called" with a lone name: the person phoned or hailed
    ("He called Trump.", "called", False),
    # negatives: the clause said to them, a predication, a stance
    ("He told the jury that he was innocent.", "told", True),
    # the clause after the interruption is the newspaper's report ("according to"), kept; "told" alone is dropped
    ("Gonzalez told the jury, according to the San Francisco Chronicle, that Garcia Zarate had never handled a "
     "firearm.", "according to", True),
    ("She called Trump a liar.", "called", True),
    ("She called him racist.", "called", True),
    # "pointed to" names what is pointed at, not a hearer (blind audit 25: partly right)
    ("Lawyers pointed to Haig's background in the aerospace industry as a motive.", "pointed to", True),
    ("He denied the allegations.", "denied", True),
])

test_accused_only = cue_table([
    ("Siraj Wahhaj is also accused by Clayton County authorities.", "accused", False),
    # negatives: the charge is in the content
    ("Ford accused Kavanaugh of exposing himself to her at a party.", "accused", True),
    ("He accused the senator of lying about the deal.", "accused", True),
    ("Abrams accused rival Republican Brian Kemp of voter suppression.", "accused", True),
])

test_pronoun_said = cue_table([
    ("Pope Francis explains this in the letter.", "explains", False),
    ("They said that.", "said", False),
    ("Others think about it.", "think about", False),
    ("Clinton said this.", "said", False),
    # negatives: a stance on the pronoun (PolNeAR marks "denied it"), a clause, a predication
    ("He denied it.", "denied", True),
    ("He said that the plan would fail.", "said", True),
    ("She said it was over.", "said", True),
    ("The mainstream media dismissed it as a conspiracy theory.", "dismissed", True),
    ("He said this: the plan will fail.", "said", True),
])

test_name_said = cue_table([
    ("The judge also flatly denied Sen. Sheldon Whitehouse.", "denied", False),
    # negatives: a name with its clause, a name in a quotation ("endorsed Clinton" is dropped earlier, by
    # ``np_stances``, not here)
    ("He said Trump would win the state.", "said", True),
    ('He said, "Trump."', "said", True),
])
