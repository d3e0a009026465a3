"""A content cut on a function word is run on to its clause's end, or dropped (``nlp/extract/dangling_ends.py``).

Positive rows: the content ends on "be" (or an adverb on it) with its complement outside, or on a determiner or a
preposition whose words are outside; negative rows: a stranded modal, a "be" closed by the sentence's end, a
demonstrative, real short objects."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, rows, with_cue

pytestmark = pytest.mark.slow


test_cut_content_dropped = cue_table([
    # cut at a colon before a list, or at a line that breaks off (blind audit ptc class 5b)
    ("Washington's Attorney General Bob Ferguson's office claims the settlement is:\n\n- a fine\n- a ban",
     "claims", False),
    ("The scholar wrote to the Doge of Venice in July 1453, saying that Constantinople had been\n\n"
     "taken by the Turks.", "saying", False),
    # kept: the complement inside, a stranded modal, a "be" the sentence's end closes, short objects
    ("Officials said the cause of the crash is still under investigation.", "said", True),
    ("Will he back Trump? Flake said he would.", "said", True),
    ("Were the talks a success? The minister said they were.", "said", True),
    ("She denied that.", "denied", True),
    ("Smith said the wall was paid for.", "said", True),
    ("The report says the bolt catcher is not as robust as it should be.", "says", True),
    # a relative clause's gap before the quotation's close; a quotation after the cut completes it (PolNeAR dev)
    ("“The plan is not the behemoth that the petitioners make it out to be,” Revesz said.", "said", True),
    ("Sanders spoke, suggesting a few questions, including, \"Mr. Trump, do you really think that?\"",
     "suggesting", True),
    ("He promised to testify.", "promised", True),
    ("He maintained his innocence.", "maintained", True),
])


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # the reason the parse hung on the cue is the rest of the cut clause
        ("It has 9,000 retweets and many speculate that that’s probably because the blurry picture feels like it’s "
         "worth more than 1,000 words.", "speculate",
         "that that’s probably because the blurry picture feels like it’s worth more than 1,000 words"),
        # a comma after the cut word: the aside and the rest of the clause (blind audit 42: the cut was judged P)
        ("In another setback, the Catholic Herald has just reported that Cardinal Wuerl must have known full well "
         "from Viganò himself that McCarrick was under sanctions on account of his sexual misconduct because, as an "
         "Archdiocesan spokesman now confirms, at Viganò’s request Wuerl had to cancel a public appearance by "
         "McCarrick.", "has just reported",
         "that Cardinal Wuerl must have known full well from Viganò himself that McCarrick was under sanctions on "
         "account of his sexual misconduct because, as an Archdiocesan spokesman now confirms, at Viganò’s request "
         "Wuerl had to cancel a public appearance by McCarrick"),
        # negatives: whole contents stay as they are
        ("He said it’s probably true.", "said", "it’s probably true"),
        ("He said it was because of the weather.", "said", "it was because of the weather"),
        # review rev65f: a wh-clause's or a relative clause's gap, a predicative adverb, a "be" before a comma;
        # a content before its cue never runs on through the cue
        ("That's just how things are, he said.", "said", "That's just how things are"),
        ("I don't know where they are, she said.", "said", "I don't know where they are"),
        ("That's the way it is, she said.", "said", "That's the way it is"),
        ("He said he was there, adding that he saw nothing.", "said", "he was there"),
        ("He said the deal was off, according to two people familiar with it.", "said", "the deal was off"),
        ("Asked whether they were ready, he said they were, and smiled.", "said", "they were"),
        ("He said the issue was, as he put it, a matter of trust.", "said",
         "the issue was, as he put it, a matter of trust"),
        ("He said he did not know where the money was, and he refused to guess.", "said",
         "he did not know where the money was"),
    ],
)
def test_cut_content_run_on(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    found = [a.content.text for a in with_cue(analysis(nlp, text), cue)]
    assert content in found, (found, rows(nlp, text))
