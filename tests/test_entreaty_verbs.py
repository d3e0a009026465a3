"""Verbs of entreating, instructing and swearing are cues (``resources/cue_verbs.txt``, sense ``saying``):
"implored delegates to unite", "exhorted his followers to support ...", "instructed the bureau to stop ...".
Each is someone saying something: a request, an instruction.
PolNeAR train marks them (implored, exhorted, instructed, begged, commanded, swears) and the reader gold on
html train pages marks "instructed" and "instructs"; none was in the lexicon, so each was missed.

Near-misses of the same words that are no statement stay out: instruction as teaching ("was instructed in karate"), the idiom "begs the question", the
oath of office ("was sworn in"), cursing ("swore at the referee") and an oath named by its noun phrase. "swear" itself
is no cue: its senses of oath and curse, and "swore to <a thing>" (she "swore to apparent falsehoods in court", the
writer's word for her testimony: the one attribution it added on a blind audit's articles), outnumber the sworn
statements it would find (PolNeAR train: one right, one given the wrong speaker). An agentless
passive ("was instructed to begin playing") is found as "was told to" is, below the default confidence.
"""

from __future__ import annotations

from _cues import cue_table, cues

test_entreaties_are_statements = cue_table(
    [
        ("State party chairman John Burt has also implored delegates to unite and focus on Trump.", "has also implored",
         True),
        ("Louis Farrakhan exhorted his followers to support Jesse Jackson's bid for the nomination.", "exhorted", True),
        ("Manafort all but begged reporters to ask him about something other than Melania Trump.", "begged", True),
        ('"Please stay," she begged.', "begged", True),
        ("He beseeched the court to show mercy.", "beseeched", True),
        ("Jeb Bush instructed the Washington Speakers Bureau to stop booking paid appearances.", "instructed", True),
        ("The judge instructed the jury to disregard the testimony.", "instructed", True),
        # the same words saying nothing
        ("She was instructed in karate by her uncle.", "was instructed", False),
        ("This begs the question of whether the rule works.", "begs", False),
        ("He was sworn in as president on Monday.", "was sworn", False),
        ("Governor Aregbesola swears in commissioners and special advisers.", "swears", False),
        ("The fans swore at the referee after the match.", "swore", False),
        ("He swore an oath to uphold the constitution.", "swore", False),
        ("The protesters were swearing loudly.", "were swearing", False),
        ("She swore to apparent falsehoods in court.", "swore", False),
    ]
)


def test_an_agentless_instruction_stays_below_the_default_confidence(nlp) -> None:  # noqa: ANN001
    """"was instructed to begin playing" names no one who said it: found, as "was told to" is, with a confidence
    the default threshold drops."""
    text = "The band was instructed to begin playing."
    assert cues(nlp, text) == ["was instructed"]
    assert cues(nlp, text, min_confidence=None) == []
