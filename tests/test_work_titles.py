"""A quotation that is the title of a work (``work_titles``): title case, introduced by a possessive or a work noun."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.work_titles import titled_work


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Pence said on CNN's “State of the Union.”", True, id="possessive"),
        pytest.param("In his autobiography, “A Time for Truth,” he wrote", True, id="work-noun"),
        # negatives: words in sentence case, or no possessive or work noun before the quotation
        pytest.param("Pence said on CNN's “we will step away from that.”", False, id="neg-sentence-case"),
        pytest.param("Supporters chanted “Make America Great Again” outside.", False, id="neg-no-introducer"),
        pytest.param("Pence said, “And We Will Win.”", False, id="neg-comma"),
    ],
)
def test_titled_work(text: str, expected: bool) -> None:
    quote = next(q for q in find_quotes(text) if q.closed)
    assert titled_work(text, quote) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("“We are right,” Flynn, a top surrogate, said Thursday on Fox News’s “Fox and Friends.”", "Fox",
                     True, id="show-after-cue"),
        # negatives: a quotation before the cue ('“Creepy Lawyer” claims'), one in sentence case, no possessive
        pytest.param("CNN’s “State of the Union” said the poll was wrong.", "State", False, id="neg-before-cue"),
        pytest.param("Flynn said on Fox News’s “we are right.”", "we", False, id="neg-sentence-case"),
        pytest.param("Flynn said that “Fox and Friends” was right.", "Fox", False, id="neg-no-possessive"),
    ],
)
def test_in_title_after(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.quoted_subjects import in_title_after

    doc = nlp(text)
    cue = next(t for t in doc if t.lower_ == "said")
    head = [t for t in doc if t.text == word][-1]  # the quoted one: "Fox News’s “Fox and Friends”"
    assert in_title_after(head, cue) is expected


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("''He views Russia as a foreign power,'' Mr. Manafort said on CBS's ''Face the Nation.''",
                     "''He views Russia as a foreign power,''", id="title-read-as-clause"),
        pytest.param("“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.”",
                     "“Being a dad, that’s my job,”", id="work-noun"),
        # negative: a quotation the cue introduces is the speaker's, title case or not
        pytest.param("The crowd chanted “Lock Her Up” at the rally.", "“Lock Her Up”", id="neg-chanted"),
    ],
)
def test_a_title_is_never_the_content(nlp, text: str, content: str) -> None:  # noqa: ANN001
    from _cues import TRIM, analysis

    contents = [a.content.text.strip(TRIM) for a in analysis(nlp, text).attributions]
    assert len(contents) == 1 and contents[0].startswith(content.strip(TRIM)), contents


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # a title set off after a noun naming a work is the work's name, even right after the cue
        pytest.param("As I wrote in my October 11 article, “Will Trump Make a Deal with the CIA on JFK Records?,” the CIA "
                     "is between a rock and a hard place.", "Will Trump Make a Deal", False, id="apposed-to-article"),
        # negative: a quotation the cue introduces with no work noun before it stays the speaker's
        pytest.param("The senator wrote, “Will Trump Make a Deal with the CIA on JFK Records?” on Monday.",
                     "Will Trump Make a Deal", True, id="neg-wrote-quote"),
    ],
)
def test_a_title_apposed_to_a_work_noun(nlp, text: str, title: str, expected: bool) -> None:  # noqa: ANN001
    from _cues import analysis

    contents = [a.content.text for a in analysis(nlp, text).attributions]
    assert any(title in c for c in contents) is expected, contents
