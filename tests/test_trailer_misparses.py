"""Direct quotations with a plain trailer that the parse misreads: the verb hung from a noun inside the quotation
('“... strong evidence that the Pope was, in fact, aware ...,” Yore said': "said" a clause of "evidence"), and
the speaker after "asked" read as who is asked ('“Why is it blue?” asked the boy.'). Both are found with their
speaker at the default confidence; scare quotes, titles, a quoted heading and the writer's own question are not
quotations of anyone."""

from __future__ import annotations

import pytest

from _cues import analysis, kept, rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the trailer's verb hung from a noun inside the quotation (PTC html train page ptc-730268758)
        ('"This leaves us with very strong evidence that the Pope was, in fact, aware of what has happened," '
         "Yore said.",
         [("Yore", "said", "This leaves us with very strong evidence that the Pope was, in fact, aware of what has "
           "happened")]),
        ("“We have the evidence that the mayor was, in fact, told about it,” the lawyer said.",
         [("the lawyer", "said", "We have the evidence that the mayor was, in fact, told about it")]),
        # "asked" right after a question: the noun phrase after it is who asks, not who is asked
        ('The boy looked at the sky. "Why is it blue?" asked the boy. His mother smiled.',
         [("the boy", "asked", "Why is it blue?")]),
        ("“Can you come tomorrow?” asked Mayor Jane Smith, who leads the council.",
         [("Jane Smith", "asked", "Can you come tomorrow?")]),
        ("“Why not?” asked the reporter. The minister did not answer.",
         [("the reporter", "asked", "Why not?")]),
        # with a subject of its own, "asked" keeps its addressee
        ("“Why is it blue?” she asked the boy.", [("she", "asked", "Why is it blue?")]),
        # the parse ends the sentence after the question; an adverb stands between the speaker and the cue
        ("“Can I give it to James?” Brooke tearfully asked before apologizing to the actor.",
         [("Brooke", "tearfully asked", "Can I give it to James?")]),
        ("“Who do they think they are?” Trump angrily said of Apple in February, when the company refused.",
         [("Trump", "angrily said", "Who do they think they are?")]),
    ],
)
def test_found_with_speaker(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text, min_confidence=None) == expected  # what a reader sees


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and a title before the verb's subject: the noun is the writer's, not a quotation of anyone
        "The “evidence” Smith said he had never appeared.",
        "The book “Evidence of Things Unseen” Smith wrote sold well.",
        "The film “Where Is My Friend’s House?” asked audiences to look closer.",
        # the writer's own question, then a request made of someone
        "What is the answer? “Is it true?” asked the boy to leave.",
        "Is the sky blue? Many children ask the question.",
        # a clause of the cue's own after the question: it says what was said, the question is the writer's
        "“Who do they think they are?” Trump then said the company was wrong.",
        # an adverb of time or addition opens a new statement (PolNeAR train nyt_2016-06-27: Clinton "also argued in
        # favor of ..." is not what she promised to reject)
        "She promised to reject “bad trade deals.” She also argued in favor of Britain's remaining in the union.",
        "“We will win.” Smith then said in a statement on Monday that the vote was close.",
        "“We will win.” Smith quietly said in a statement on Monday that the vote was close.",
    ],
)
def test_no_direct_quote(nlp, text: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    assert [a.content.text for a in kept(report) if a.kind == "direct"] == []
