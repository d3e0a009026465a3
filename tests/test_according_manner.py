""""according to" as a manner or a standard, not a source (issue 12, item 1): ``according_forms.manner_reading``.

Run into its clause with no comma, "according to X" is often the way something is done ("live according to the
Koran", "distributed according to a formula set by Congress"); set off by a comma, opening its sentence, or
naming a speaker or a finding, it cites X. Each table holds both readings, written as a wire reporter, a canon
lawyer or a columnist would.
"""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.according_forms import according_object, manner_reading, run_in
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def _according(doc):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.lower_ == "according")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Muslims are obliged to live according to the Koran.", True),
        ("The house was built exactly according to the architect's drawings.", True),
        ("They followed the recipe strictly according to the instructions.", True),
        ("Sales fell 5 percent last year according to a new survey.", True),  # run in, whatever X is
        # not run in: a comma, the sentence's opening, "and"/"but", a subordinator, "be", a line break
        ("Sales fell 5 percent last year, according to a new survey.", False),
        ("According to his lawyer, he will plead not guilty.", False),
        ("And according to the police, the gunman acted alone.", False),
        ("But according to reports in the local press, the mayor knew.", False),
        ("Also according to the report, the mayor knew about the leak.", False),
        ("Win Htein said that according to its analysis, the party had won.", False),
        ("That's according to a new survey from Pew.", False),
        ("The talks failed (according to two diplomats).", False),
        ("Sales fell 5 percent\naccording to a new survey.", False),
    ],
)
def test_run_in(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    assert run_in(_according(nlp(text))) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The funds were distributed according to a formula set by Congress.", "formula"),
        ("According to the Gospel of Matthew, Jesus said the meek will inherit the earth.", "Gospel"),
        ("Everything went according to plan.", "plan"),
    ],
)
def test_according_object(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    obj = according_object(_according(nlp(text)))
    assert obj is not None and obj.text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a norm, whoever is named inside it
        ("The funds were distributed according to a formula set by Congress.", True),
        ("The defendant was sentenced according to the federal guidelines issued by the U.S. Sentencing "
         "Commission.", True),
        ("The estate was divided according to the wishes of the late Mr. Harrington.", True),
        ("Grants are awarded according to criteria published by the National Science Foundation.", True),
        ("Christians should judge according to the teachings of Pope Francis.", True),
        ("Every marriage tribunal must proceed according to the norms of canon law.", True),
        ("We are running the fund exactly according to the way we are supposed to.", True),
        # a verb done in a manner, a scripture or a standard that names no speaker
        ("Muslims are obliged to live according to the Koran and the Sunnah.", True),
        ("Jews have for centuries lived according to the Torah and the Talmud.", True),
        ("Catholics are called to live according to the Gospel.", True),
        ("The judge must rule according to public opinion.", True),
        ("Prices vary according to region and season.", True),
        ("When you obey God and love man according to the Word of God, the world acts like you are wrong.", True),
        # the reporting sense: a speaker, a named body, a finding, a document, a norm with its issuer
        ("The economy grew 2 percent according to the Commerce Department.", False),
        ("The county voted for Trump by 20 points according to the Associated Press.", False),
        ("Most Republicans voted for the bill according to the clerk.", False),
        ("Workers at the plant were paid less than the minimum wage according to the union.", False),
        ("Sales fell 5 percent last year according to a new survey.", False),
        ("Clinton is now well ahead 46 percent to 39 percent according to a CBS poll released Monday.", False),
        ("He was charged with fraud according to the indictment.", False),
        ("Women over 50 should be screened every two years according to guidelines from the American Cancer "
         "Society.", False),
        ("The talks collapsed on Friday according to him.", False),
        # a finding hung on a verb after the phrase: the parse has lost its clause ("view" read as a noun)
        ("Arizona’s Mexican Americans, 75 percent of whom view Trump unfavorably according to the poll, have a "
         "growing presence in Phoenix.", True),
        ("Ohio’s Irish Americans, 64 percent of whom view Clinton unfavorably according to the poll, have a strong "
         "political presence in Cleveland.", False),
        # not run in: the reporting sense whatever X is
        ("The funds are distributed among the states each year, according to the Treasury.", False),
        ("According to the Koran, Jesus was a prophet.", False),
        ("Jesus was a prophet, according to the Koran.", False),
        ("According to the teachings of the Church, marriage is indissoluble.", False),
    ],
)
def test_manner_reading(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    assert manner_reading(_according(nlp(text)), load_lexicon()) is expected


test_according_as_a_manner_cites_no_one = cue_table(
    [
        # the way something is done: a norm, a scripture, a standard
        ("Muslims are obliged to live according to the Koran and the Sunnah.", "according to", False),
        ("The funds were distributed according to a formula set by Congress.", "according to", False),
        ("The money will be divided according to a formula devised by the Department of Education.", "according to",
         False),
        ("Jews have for centuries lived according to the Torah and the Talmud.", "according to", False),
        ("Catholics are called to live according to the Gospel.", "according to", False),
        ("The estate was divided according to the wishes of the late Mr. Harrington.", "according to", False),
        ("Grants are awarded according to criteria published by the National Science Foundation.", "according to",
         False),
        ("The defendant was sentenced according to the federal guidelines issued by the U.S. Sentencing Commission.",
         "according to", False),
        ("Christians should judge according to the teachings of Pope Francis.", "according to", False),
        ("The bishops insisted that the sacraments be administered according to the rite approved by Rome.",
         "according to", False),
        ("He was sentenced according to the guidelines.", "according to", False),
        ("They arranged the chairs according to height.", "according to", False),
        # a measure cites no one wherever the phrase stands
        ("The funds are distributed among the states each year, according to a formula set by Congress.",
         "according to", False),
        ("According to the formula, Texas will receive $2 billion next year.", "according to", False),
        # the reporting sense stays: a comma, the sentence's opening, a speaker, a finding
        ("According to his lawyer, he will plead not guilty.", "according to", True),
        ("The senator will plead not guilty, according to his lawyer.", "according to", True),
        ("The economy shrank in the third quarter, according to figures released Tuesday.", "according to", True),
        ("According to the Gospel of Matthew, Jesus said the meek will inherit the earth.", "according to", True),
        ("Jesus was a prophet, according to the Koran.", "according to", True),
        ("The economy grew 2 percent according to the Commerce Department.", "according to", True),
        ("Sales fell 5 percent last year according to a new survey.", "according to", True),
        ("Most Republicans voted for the bill according to the clerk.", "according to", True),
        ("And according to the police, the gunman acted alone.", "according to", True),
        ("The campaign has not said where he will go. But according to reports in the local press, he could not "
         "convince the family.", "according to", True),
    ],
)
