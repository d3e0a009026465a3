"""Whom a pronoun cites: ``pronouns.speaking_body``, ``resources/groups.txt``, ``source_pronouns.by_pronoun``.

"the bar announced ...; they wrote": a business named by a noun no lexicon types is "they" once it
has spoken; "The signatories ... they warn": the writers of a letter. A document that spoke, or a
noun that never spoke, is no "they". And no one named in what a statement says is who says it:
"... recorded in Equateur province, it said" is not the province.
"""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, with_cue

pytestmark = pytest.mark.slow


def _speakers(nlp, text: str) -> dict[str, str | None]:  # noqa: ANN001
    """cue -> the resolved source name of every attribution (at any confidence)."""
    report = analysis(nlp, text)
    return {a.cue.text: speaker(report, a) for a in report.attributions if a.cue is not None}


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Where Trump supporters can't even have a meal in peace?\nHis employer was a nightspot.\n"
                     "The bar announced that it had fired Jimenez.\nOn their Facebook page, they wrote, "
                     "“We have since terminated this employee.”", "wrote", "The bar", id="business-they"),
        pytest.param("The signatories go on to give voice to the scandal of the pope’s failure:\nThe speech leads "
                     "us to deplore the fact that many ex-Muslims, such as Magdi Allam, are leaving the Church.\n"
                     "Taking the matter further, they warn that it has resulted in Christians not preparing.",
                     "warn", "The signatories", id="signatories"),
        # negatives: a document that spoke, a noun that never spoke
        pytest.param("The report said prices would rise sharply.\nThe economists said wages would fall.\n"
                     "They also said that rents would climb.", "also said", "The economists", id="not-the-report"),
        pytest.param("Protesters gathered outside the bar on Monday.\nThe bar was closed all day.\n"
                     "They said the owners had left town.", "said", "Protesters", id="bar-never-spoke"),
    ],
)
def test_they(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = _speakers(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param('Seventeen people have died from Ebola, the health ministry said on Tuesday.\n"Twenty-one cases '
                     'of fever and 17 deaths" have been recorded in Equateur province, it said.', "said", "the health ministry",
                     id="place-in-content"),
        pytest.param("The WHO said the cases came from a clinic near Bikoro.\nA team of experts travelled to Bikoro on "
                     "Tuesday to carry out investigations, it said.", "said", "The WHO", id="town-in-content"),
        pytest.param("Sen. Rand Paul spoke to reporters on Tuesday.\nThe bill would hurt President Trump, he said.", "said",
                     "Rand Paul", id="person-in-content"),
        # negatives: a speaker named before the statement, outside it, keeps the pronoun
        pytest.param("Mayor Jane Smith met the council on Monday.\nShe said the budget was balanced.", "said", "Jane Smith",
                     id="speaker-before"),
    ],
)
def test_no_one_named_in_the_statement_says_it(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    last = with_cue(report, cue)[-1]
    src = report.source(last.source)
    assert src is not None and src.name == expected, src


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nThe committee also heard from Dr. Robert Jones, "
                     "a professor at Yale University who studies trade.\n\n“The tariffs will hurt farmers most,” he said.",
                     "Robert Jones", id="introduced-in-between"),
        pytest.param("Smith said the plan was sound.\n\nThe plan was drafted by Mary Jones, an engineer from Ohio.\n\n"
                     "“It will save money,” she said.", "Mary Jones", id="introduced-by-passive"),
        # negatives: the sentence in between has a subject the pronoun fits; the name is in someone's reported words
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nGrassley later met Dr. Robert Jones, a "
                     "professor at Yale.\n\n“The tariffs will hurt farmers most,” he said.", "Chuck Grassley",
                     id="subject-in-between"),
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nHe told the committee he had spoken to Dr. "
                     "Robert Jones, a professor at Yale.\n\n“The tariffs will hurt farmers most,” he said.", "Chuck Grassley",
                     id="in-reported-words"),
    ],
)
def test_a_person_introduced_in_between(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    last = with_cue(report, "said")[-1]
    src = report.source(last.source)
    assert src is not None and src.name == expected, src


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("As St Pope John XXIII explained, “Its principal task will be the modernization of the Church.”",
                     "John XXIII", id="entity-past-the-mention"),
        # the same after the quotation (NER took "explained" there too)
        pytest.param("“Its task will be the modernization of the Church,” Pope John XXIII explained.", "John XXIII",
                     id="entity-inside"),
    ],
)
def test_a_name_ends_with_its_mention(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    assert [s.name for s in report.sources] == [expected]
