"""A quotation inside a quotation closed by its own trailer (``extract/inner_trailers.py``).

'“‘Take the guns first, go through due process second,’ Trump said.”': inside the outer quotation (a column
quoted as a block, a speaker recalling a scene, an article quoting another), the inner passage is the inner
speaker's, reported through the outer one where the outer is attributed (SPEC's ``via``). Never a word in single
marks, a title, an apostrophe or a "he said" with no inner passage read as one.
"""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, speaker, token_of
from sayso.analyzer import DEFAULT_MIN_CONFIDENCE
from sayso.nlp.extract.inner_trailers import inner_lead_in, inner_trailer
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow

# a blog quoting a column as a block quotation, each paragraph opening with “ and only the last closing
BLOCK = (
    "The column put it this way.\n\n"
    "“‘Take the guns first, go through due process second,’ Trump said.\n\n"
    "“Trump was responding to comments from Vice President Pence that families should have more tools.\n\n"
    "“‘Allow due process so no one’s rights are trampled, but the ability to go to court, obtain an order and then "
    "collect not only the firearms but any weapons,’ Pence said.\n\n"
    "“‘Or, Mike, take the firearms first, and then go to court,’ Trump responded.”\n"
)


def _passage(nlp, text: str, cue: str) -> str | None:  # noqa: ANN001
    doc = nlp(text)
    span = inner_trailer(token_of(doc, cue), find_quotes(text))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("“‘We will not back down,’ Governor Hochul said on Tuesday,” the Post reported.", "said",
                     "We will not back down,", id="article-quoting-article"),
        pytest.param("The Times quoted the column: “‘It is finished,’ said Senator Collins.”", "said",
                     "It is finished,", id="inverted-trailer"),
        pytest.param("“It was over. ‘We are done here,’ the chairman said,” Ruiz recalled.", "said",
                     "We are done here,", id="second-sentence"),
        pytest.param("“‘Why now?’ Ruiz asked.”", "asked", "Why now?", id="question"),
        pytest.param("“‘No one’s rights are trampled,’ Pence said.”", "said", "No one’s rights are trampled,",
                     id="apostrophe-inside"),
    ],
)
def test_inner_passage_found(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert _passage(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("“They call it a ‘hoax,’ the mayor said.”", "said", id="scare-quote-mid-sentence"),
        pytest.param("“Then we all watched ‘Jaws,’ Ruiz said.”", "said", id="title-mid-sentence"),
        pytest.param("“We waited, the mayor said, for hours,” Lee said.", "said", id="no-inner-passage"),
        pytest.param("“They kept talkin’ and talkin’, the sheriff said.”", "said", id="apostrophes-before-comma"),
        pytest.param("“‘You are fired,’ he said.”", "said", id="pronoun-speaker"),
        pytest.param("“‘We won,’ Trump never said.”", "said", id="negated"),
        pytest.param("“‘We won,’ Trump said that night that he was tired.”", "said", id="clause-of-its-own"),
        pytest.param("‘We won,’ Trump said.", "said", id="outside-a-quotation"),
    ],
)
def test_no_inner_passage(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    assert _passage(nlp, text, cue) is None


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said", ("Trump", "Take the guns first, go through due process second")),
        ("responded", ("Trump", "Or, Mike, take the firearms first, and then go to court")),
    ],
)
def test_block_quotation_inner_quotes(nlp, cue: str, expected: tuple) -> None:  # noqa: ANN001
    """The column's own quotes, each with its trailer inside the block: the inner speaker's, shown."""
    report = analysis(nlp, BLOCK)
    found = [a for a in report.attributions if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue.text if a.cue else None, a.content.text) for a in report.attributions]
    a = found[0]
    assert (speaker(report, a), a.content.text.strip(TRIM)) == expected
    assert a.confidence >= DEFAULT_MIN_CONFIDENCE


def test_block_quotation_apostrophe_is_no_close(nlp) -> None:  # noqa: ANN001
    """Pence's quote runs past the apostrophe of "no one’s" to the mark before his trailer."""
    report = analysis(nlp, BLOCK)
    pence = [a for a in report.attributions if speaker(report, a) == "Pence" and a.cue is not None and a.cue.text == "said"]
    assert len(pence) == 1 and pence[0].content.text.strip(TRIM).endswith("but any weapons")


def test_inner_quote_via_the_outer(nlp) -> None:  # noqa: ANN001
    """With the outer quotation attributed, the inner report goes through it."""
    report = analysis(nlp, "“‘We will not back down,’ Governor Hochul said on Tuesday,” the Post reported.")
    inner = [a for a in report.attributions if a.cue is not None and a.cue.text == "said"]
    assert len(inner) == 1 and speaker(report, inner[0]) == "Hochul"
    outer = report.attribution(inner[0].via) if inner[0].via else None
    assert outer is not None and outer.cue is not None and outer.cue.text == "reported"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“They call it a ‘hoax,’ but it is real,” Ruiz said.", id="scare-quote"),
        pytest.param("“We waited, the mayor said, for hours,” Ruiz said.", id="said-without-inner-quote"),
    ],
)
def test_near_cases_unchanged(nlp, text: str) -> None:  # noqa: ANN001
    """No inner attribution with an inner passage for content: the outer quotation stays Ruiz's."""
    report = analysis(nlp, text)
    assert all(speaker(report, a) == "Ruiz" for a in report.attributions if a.confidence >= DEFAULT_MIN_CONFIDENCE)


def _lead_in(nlp, text: str, cue: str) -> str | None:  # noqa: ANN001
    doc = nlp(text)
    span = inner_lead_in(token_of(doc, cue), find_quotes(text))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("“My father said, ‘Never give up,’” she recalled.", "said", "Never give up,", id="lead-in-comma"),
        pytest.param("“The officer said: ‘We were talkin’ about it all night. Don’t worry.’ Then he left,” Ruiz said.",
                     "said", "We were talkin’ about it all night. Don’t worry.", id="lead-in-past-apostrophes"),
        pytest.param("“I told the board, ‘We can’t keep doing this’” said Dana Weiss.", "told",
                     "We can’t keep doing this", id="lead-in-closed-by-the-outer-mark"),
        # no passage: a title with no comma, a word in single marks later in the clause, no outer quotation
        pytest.param("“Mr. Trump wrote ‘The Art of the Deal’ in 1987,” Ruiz said.", "wrote", None, id="title"),
        pytest.param("“The mayor said the plan was a ‘disaster,’ and left,” Ruiz said.", "said", None, id="scare-quote"),
        pytest.param("My father said, ‘Never give up.’", "said", None, id="no-outer-quotation"),
        pytest.param("“He said, ‘The redcoats are coming!’ Well, we are back,” Ruiz said.", "said", None,
                     id="pronoun-only-the-speaker-knows"),
        # the passage closes before the next speaker's (the review's rows): at a mark before a comma or a dash, and
        # never across the next opening mark or a plural's apostrophe
        pytest.param("“Dad said, ‘Go’, and Mom said, ‘Stay.’” Kim said.", "said", "Go", id="closed-before-comma"),
        pytest.param("“The coach said, ‘Run’, so we ran. Then the referee said, ‘Stop!’” the captain said.", "said",
                     "Run", id="closed-before-comma-2"),
        pytest.param("“I said, ‘Fine’ — and meant it. She’s the boss,’” Kim said.", "said", "Fine",
                     id="closed-before-dash"),
        pytest.param("“Dad said, ‘Go’ and Mom said, ‘Stay,’” Kim said.", "said", None, id="next-opening-mark"),
        pytest.param("“The officer told me: ‘Get back’ and I did. Later the sergeant said: ‘Well done.’” Ruiz said.",
                     "told", None, id="next-opening-mark-2"),
        pytest.param("“Dad said, ‘Go’ and we drove to the Joneses’” Kim said.", "said", None,
                     id="word-final-mark-before-the-outer-close"),
    ],
)
def test_inner_lead_in(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _lead_in(nlp, text, cue) == expected


def test_lead_in_content_is_the_passage(nlp) -> None:  # noqa: ANN001
    """The inner speaker's words are the passage, never the outer trailer the parse hangs on the verb."""
    report = analysis(nlp, "“My father said, ‘Never give up,’” she recalled.")
    father = [a for a in report.attributions if a.cue is not None and a.cue.text == "said"]
    assert [a.content.text.strip(TRIM + "’") for a in father] == ["Never give up"]
