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
    # with a dative beside it, the object of "tell" is what was told, not a hearer
    ("He told reporters a different story.", "told", True),
    # a story told is no hearer (PolNeAR's gold: west-journal_2016-01-29, nyt_2016-08-01)
    ("Fox told a slightly different tale.", "told", True),
    ("Fox News's reporting often tells a much different story.", "tells", True),
    # the content runs on past the hearer: a title-case headline whose verb the parse missed (PolNeAR's gold)
    ("Don’t Let The Media And Marco Rubio Tell You He ‘Won’ By Finishing Third In Iowa.", "tell", True),
    # the hearer with a topic is still no statement
    ("Trump complained to aides about the coverage.", "complained to", False),
    ("The statement conflicted with what Melania Trump told NBC News before her appearance Monday night.", "told",
     False),
])

test_accused_only = cue_table([
    ("Siraj Wahhaj is also accused by Clayton County authorities.", "accused", False),
    # negatives: the charge is in the content
    ("Ford accused Kavanaugh of exposing himself to her at a party.", "accused", True),
    ("He accused the senator of lying about the deal.", "accused", True),
    ("Abrams accused rival Republican Brian Kemp of voter suppression.", "accused", True),
])

test_pronoun_said = cue_table([
    ("They said that.", "said", False),
    ("Others think about it.", "think about", False),
    ("Clinton said this.", "said", False),
    # negatives: a stance on the pronoun (PolNeAR marks "denied it"), a clause, a predication
    ("He denied it.", "denied", True),
    ("He said that the plan would fail.", "said", True),
    ("She said it was over.", "said", True),
    ("The mainstream media dismissed it as a conspiracy theory.", "dismissed", True),
    ("He said this: the plan will fail.", "said", True),
    # "explain this": PolNeAR's gold marks the pronoun (wash-post_2015-11-16)
    ("This is how Clinton often has explained this in the past.", "explained", True),
])

test_name_said = cue_table([
    ("The judge also flatly denied Sen. Sheldon Whitehouse.", "denied", False),
    # negatives: a name with its clause, a name in a quotation ("endorsed Clinton" is dropped earlier, by
    # ``np_stances``, not here)
    ("He said Trump would win the state.", "said", True),
    ('He said, "Trump."', "said", True),
    # a topic: PolNeAR's gold marks "Donald Trump" (huff-post_2016-05-31)
    ("How Paul Ryan Thinks About Donald Trump.", "thinks about", True),
    # the answer to a question: PolNeAR's gold marks "Ryan" (breitbart_2016-05-12)
    ('Asked on Fox News who leads the party in his view, he said Ryan. "I would say Paul for the time being."',
     "said", True),
    ('"Who will win?" she asked. He said Clinton.', "said", True),
])
