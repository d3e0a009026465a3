"""The writer's words after a closed quotation are not the speaker's (``quote_tails``; issue 12, precision).

A remark set off from a quotation by a comma or a dash ("an apparent reference to ...", "which ...", "— the same
month that ...", "followed by ...") ends the content at the closing mark; a quotation worked into the clause
('“reckless” and would fail', '“whatever it takes,” including a filibuster, to block') keeps its clause.
"""

from __future__ import annotations

import re

import pytest

from _cues import TRIM, cue_contents
from sayso.nlp.extract.quote_tails import closes_aside, paired_dash, predicate_after, sentence_end_after, set_off_remark
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('He said the US will stop the "war games," an apparent reference to joint exercises.', True,
                     id="apposition-a"),
        pytest.param("She said her team is “considering all options,” which also includes federal remedies.", True,
                     id="which"),
        pytest.param("He said Manafort met Assange “around March 2016” — the same month the hacking began.", True,
                     id="dash"),
        pytest.param("He said the caravan is “an invasion,” a term to which Acosta objected.", True, id="apposition-term"),
        pytest.param("She tells the officer it’s “all quiet right now,” followed by a door knock.", True,
                     id="participle"),
        pytest.param("He said Jews were “responsible for the filth,” as well as other incendiary remarks.", True,
                     id="as-well-as"),
        # blind audit 61: the writer's gloss on what the quotation meant, with no comma before it
        pytest.param('He told 2M the investigation "points to a group that has been arrested recently" an apparent '
                     "reference to Salafist Jihad.", True, id="gloss-no-comma"),
        pytest.param('He said the regime would stop the "war games" apparently referring to joint exercises.', True,
                     id="gloss-participle"),
        pytest.param('She said voters wanted "a strong hand," in an apparent allusion to the mayor.', True,
                     id="gloss-in-an-apparent"),
        pytest.param('She said the plan was "a reference to the past" and would fail.', False, id="neg-reference-inside"),
        pytest.param('He said the "reference to God" in the pledge should stay.', False, id="neg-reference-quoted"),
        # review rev61a: a quoted adjective before the speaker's noun, a gloss the speaker's clause resumes after
        pytest.param('He said the treaty\'s "explicit" reference to Taiwan had been removed.', False,
                     id="neg-quoted-adjective"),
        pytest.param('The coach said "certain players" presumably referring to the strikers, had not worked hard.', False,
                     id="neg-gloss-resumed"),
        # negatives: the quotation is worked into the speaker's clause
        pytest.param("Smith said the plan was “reckless” and would fail.", False, id="neg-and-clause"),
        pytest.param("He said he would do “whatever it takes,” including a filibuster, to block them.", False,
                     id="neg-including"),
        pytest.param("She said the tax was “unfair,” particularly to farmers.", False, id="neg-adverb"),
        pytest.param("He said the company was “very moved” by the announcement.", False, id="neg-no-set-off"),
        pytest.param('It alleged that the guards "browsed the Internet," lingered in an office and appeared to sleep.',
                     False, id="neg-series-of-predicates"),
        pytest.param("She called Trump a “pathological liar,” a “serial philanderer” and a “bully.”", False,
                     id="neg-list-of-quotations"),
        pytest.param("He said the schools reminded him of “a third-world country,” where teachers had no books.", False,
                     id="neg-where"),
    ],
)
def test_set_off_remark(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    quote = next(q for q in find_quotes(text) if q.closed)
    assert set_off_remark(text, quote, doc) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("He said that ''The Sopranos,'' a show that had its premiere in 1999, was among the most popular "
                     "shows.", True, id="aside-then-verb"),
        pytest.param("She said Clinton's call to “make America whole again” — itself a rebuttal — was an inferior "
                     "slogan.", True, id="dash-aside-then-verb"),
        pytest.param("He warned that while “logic would suggest closer cooperation,” the attacks “may trigger a "
                     "reaction.”", True, id="subordinate-then-main-clause"),
        pytest.param("She said her team is “considering all options,” which also includes federal remedies.", False,
                     id="neg-relative-remark"),
        pytest.param("He said the US will stop the “war games,” an apparent reference to joint exercises.", False,
                     id="neg-apposition"),
    ],
)
def test_predicate_after(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    quote = next(q for q in find_quotes(text) if q.closed)
    start = re.search(r"(?:said|warned) ", text).end()
    assert predicate_after(doc, (start, len(text) - 1), quote.end) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("said “every candidate on stage” - including Cruz - favored legalization", True, id="pair"),
        pytest.param("said Clinton's call to “make America whole” — itself a rebuttal — was weak", True, id="em-pair"),
        pytest.param("said he met Assange “around March 2016” — the same month the hacking began", False, id="neg-one"),
        pytest.param("said he met Assange “around March 2016” — the month — ", False, id="neg-nothing-after"),
    ],
)
def test_paired_dash(text: str, expected: bool) -> None:
    assert paired_dash(text, text.index("”") + 1, len(text)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("said her messages - like ''I'm a progressive'' - were weak", True, id="aside-closed-after-quote"),
        pytest.param("said he met Assange “around March 2016” - the same month", False, id="neg-dash-opens"),
        pytest.param("said the plan - a new one - was “reckless” - a word he used twice", False, id="neg-pair-before"),
    ],
)
def test_closes_aside(text: str, expected: bool) -> None:
    quote = next(q for q in find_quotes(text) if q.closed)
    assert closes_aside(text, 0, quote) is expected


@pytest.mark.parametrize(
    "text, runs_on",
    [
        pytest.param("The mayor said the bridge was “unsafe.” The council closed it on Monday.", True, id="next-sentence"),
        pytest.param("The mayor said the bridge was “unsafe” after the inspection.", False, id="neg-same-sentence"),
    ],
)
def test_sentence_end_after(nlp, text: str, runs_on: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    quote = next(q for q in find_quotes(text) if q.closed)
    end = sentence_end_after(doc, quote, len(text), text.index("said"))
    assert (end is not None) is runs_on
    if runs_on:
        assert text[:end].endswith("”")


@pytest.mark.parametrize(
    "text, cue, content",
    [
        pytest.param('Trump said the US will stop the "war games," an apparent reference to joint military exercises '
                     "with South Korea.", "said", 'the US will stop the "war games', id="apposition"),
        pytest.param("Abrams said that her legal team is “considering all options,” which also includes federal court "
                     "remedies.", "said", "that her legal team is “considering all options", id="which"),
        pytest.param("Credico said that Manafort met with Assange “around March 2016” — the same month that Russian "
                     "hackers began their effort.", "said", "that Manafort met with Assange “around March 2016",
                     id="dash"),
        pytest.param("Obama said the rules were “burning the Constitution” - a charge that might have stung.", "said",
                     "the rules were “burning the Constitution", id="dash-hyphen"),
        # negatives: the clause goes on past the quotation and stays the speaker's
        pytest.param("Officials said that “every candidate on stage” - including Cruz - favored legalization.", "said",
                     "that “every candidate on stage” - including Cruz - favored legalization", id="neg-dash-aside"),
        pytest.param("She said her messages - like “I'm a progressive who gets results” - were far less compelling.",
                     "said", "her messages - like “I'm a progressive who gets results” - were far less compelling",
                     id="neg-aside-around-quote"),
        pytest.param("He said the farmers “do a fantastic job. And it’s so important,” he added later.", "said",
                     "the farmers “do a fantastic job. And it’s so important", id="neg-sentence-inside-quote"),
        pytest.param("Cruz called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”", "called",
                     "the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick", id="neg-list"),
        pytest.param("Smith said the plan was “reckless” and would fail.", "said", "the plan was “reckless” and would fail",
                     id="neg-mixed-clause"),
        pytest.param("Schumer said he would do “whatever it takes,” including a filibuster, to block the nominees.",
                     "said", "he would do “whatever it takes,” including a filibuster, to block the nominees",
                     id="neg-including"),
    ],
)
def test_content_ends_at_closing_mark(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == [content.strip(TRIM)]
