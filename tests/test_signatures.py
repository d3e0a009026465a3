"""A letters page: a pronoun does not reach back across a letter's signature ("Ernie Helton.", perhaps a place line
under it). ``signatures`` finds where letters end; ``pronouns.antecedent`` keeps to the pronoun's letter (blind audit
p69, page 6: "He knows this Trump University scam ..." was given to the signer of the letter before)."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.signatures import signature_ends


@pytest.mark.parametrize("text, ends_after", [
    ("It amazes me.\n\nErnie Helton.\n\nEveryone can see it.\n\nIt is a scam.\n\nDon Grath.", "Ernie Helton."),
    ('"... all of the time."\n\nMartin Litwak.\n\nOlympia, Wash.\n\nFACEBOOK.\n\nIt is a scam.\n\nDon Grath.',
     "Olympia, Wash."),
    ("They laugh!\n\nMac Mittenz.\n\nSome people\n\nIt is a scam.\n\nDon Grath.", "Mac Mittenz."),
    ("It was fraudulent.\n\nMartin J. Litwak.\n\nMore.\n\nIt is a scam.\n\nDon Grath.", "Martin J. Litwak."),
    ("It was fraudulent.\n\nMary-Kate O'Brien.\n\nMore.\n\nIt is a scam.\n\nDon Grath.", "Mary-Kate O'Brien."),
    # no signature: a name heading without a period, a name run into a sentence, one word, an opening byline,
    # a name after a line that is no sentence's end
    ("It amazes me.\n\nErnie Helton\n\nHe served two terms.", None),
    ("It amazes me.\n\nErnie Helton said so.\n\nHe left.", None),
    ("It amazes me.\n\nLETTERS.\n\nHe left.", None),
    ("Ernie Helton.\n\nHe left.", None),
    ("Top candidates\n\nErnie Helton.\n\nHe left.", None),
    # a sentence run over a line break (PTC): no paragraph of its own
    ("said: “Keep up the good writing.”\n\nWrites Fr.\nWeinandy: “I could hardly believe it.”", None),
    # a section heading of function words (PolNeAR: wash-post, nyt)
    ("Kerry and his senior aides.\n\nThe Pinocchio Test.\n\nClinton erred.", None),
    ('grandchildren."\n\nJoining Forces With China.\n\nMr. Obama spoke.', None),
    # one name paragraph in the whole text: a heading, a one-word answer, an obituary's name (review 69p)
    ("The committee heard from three witnesses.\n\nMark Zuckerberg.\n\nHe told senators it erred.", None),
    # names the article writes elsewhere: a profile's headings (PolNeAR: usa-today, how each candidate could play)
    ("He is Jewish.\n\nDonald Trump.\n\nTrump is a New Yorker.\n\nTed Cruz.\n\nCruz has momentum.", None),
    # half the name paragraphs written elsewhere: a list of candidates, none of its headings a signature ("Jeb Bush."
    # over a section that calls him by his office only)
    ("Three men remain.\n\nJeb Bush.\n\nThe former governor is rich. He spends.\n\nJohn Kasich.\n\nKasich won.", None),
    ("It was.\n\nAnn Lee.\n\nThe mayor is rich.\n\nJohn Kasich.\n\nKasich won.\n\nBo Reyes.\n\nReyes lost.", None),
    # a letters page whose one signer shares a surname with someone the letters name: the other letters still end
    ("Clinton lied.\n\nAnn Lee.\n\nI agree.\n\nBo Clinton.\n\nIt is a scam.\n\nDon Grath.", "Ann Lee."),
    # a letters page whose writers name themselves above their signatures ("I, Tom Hale, ..."): no list's headings,
    # the other signatures still end their letters (review rev70r)
    ("I, Tom Hale, taught.\n\nTom Hale.\n\nWe need a park.\n\nAnn Lee.\n\nI, Sue Moss, agree.\n\nSue Moss.\n\nNo.\n\n"
     "Don Grath.", "Ann Lee."),
    ("I, Tom Hale, taught here.\n\nTom Hale.\n\nWe need a park.\n\nAnn Lee.", "Ann Lee."),
    # a heading of common nouns the text writes in lower case too (PolNeAR: nyt)
    ("He tackled climate change.\n\nClimate Change.\n\nIt showed that.", None),
])
def test_signature_ends(text: str, ends_after: str | None) -> None:
    ends = signature_ends(text)
    if ends_after is None:
        assert ends == ()
    else:
        assert ends[0] == text.index(ends_after) + len(ends_after)


test_pronoun_in_its_letter = pytest.mark.slow(speaker_table([
    # the next letter's "he" is not the signer of the letter before, nor a name of that letter
    ("Trump is such a con artist. It amazes me that more people can't see through the lies.\n\nErnie Helton.\n\n"
     "Everyone can see this guy is a fraud except his followers. He knows this scam will hurt him.\n\n"
     "Don Grath.", "knows", "He"),
    ("Donald Trump reminds me of a salesman.\n\nMartin Litwak.\n\nOlympia, Wash.\n\n"
     "Nobody believes it. He says the school was a success.\n\nDon Grath.", "says", "He"),
    # a name the letter gives before the pronoun is chosen as usual
    ("Trump is such a con artist.\n\nErnie Helton.\n\nSenator Bob Corker is no better. He says the school was fine.\n\n"
     "Don Grath.", "says", "Bob Corker"),
    # kept: a name heading with no period is a profile's heading, and the name at an article's end changes nothing
    ("Mayor John Smith praised the budget on Monday. He said it was balanced.\n\nJane Doe.", "said", "John Smith"),
    # one name paragraph, or a name the article writes elsewhere: no letter's end (review 69p)
    ("The committee heard from three witnesses on Tuesday.\n\nMark Zuckerberg.\n\nHe told senators that Facebook "
     "had made mistakes.", "told", "Mark Zuckerberg"),
    ("Senator Marco Rubio of Florida answered questions.\n\nMarco Rubio.\n\nHe said the Iran deal was a disaster."
     "\n\nTed Cruz.\n\nCruz has momentum.", "said", "Marco Rubio"),
    # two writers who name themselves make no list: "He" after Ann Lee's signature is not the mayor of her letter
    ("The council ignored us.\n\nI, Tom Hale, have lived on Elm Street for 40 years.\n\nTom Hale.\n\nMayor Bob King "
     "promised us a park last spring.\n\nAnn Lee.\n\nHe said the budget was tight. It is not.\n\nDon Grath.\n\n"
     "I, Sue Moss, agree with every word.\n\nSue Moss.", "said", "He"),
    ("Five candidates remain in the race.\n\nJeb Bush.\n\nThe former Florida governor has money. He said he would stay "
     "in the race.\n\nJohn Kasich.\n\nKasich won Ohio.", "said", "Jeb Bush"),
]))
