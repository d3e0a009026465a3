"""british_quotes: a text that quotes in single marks, decided for the whole text (pure, no model)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.british_quotes import double_quoted, uses_single_quotes
from sayso.nlp.extract.quotes import find_quotes

_MAIL = ("Police were called to the house on Friday night.\n"
         "'We were devastated,' his mother said.\n"
         "'He was the kindest boy. Everyone loved him.'\n"
         "A neighbour said: 'It's a tragedy for the whole street.'\n")
_MAIL_CURLY = _MAIL.replace("'We", "‘We").replace("'He", "‘He").replace("'It", "‘It").replace(",'", ",’") \
    .replace(".'", ".’").replace("It's", "It’s")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_MAIL, True, id="straight"),
        pytest.param(_MAIL_CURLY, True, id="curly"),
        # negatives: double marks anywhere; apostrophes only; one quotation is too little to judge
        pytest.param(_MAIL + 'He called it "a nightmare".\n', False, id="neg-double-marks"),
        pytest.param("It's the Smiths' house, built in the '90s for rock 'n' roll fans. They're sure it's theirs.\n"
                     "The Joneses' dog barked. 'Tis the season, the owners' friends said.\n", False, id="neg-apostrophes"),
        pytest.param("Police were called.\n'We were devastated,' his mother said.\nThe boys' school closed.\n", False,
                     id="neg-one-quotation"),
        pytest.param("", False, id="neg-empty"),
    ],
)
def test_uses_single_quotes(text: str, expected: bool) -> None:
    assert uses_single_quotes(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'We were devastated,' his mother said.", "“We were devastated,” his mother said."),
        ("‘We were devastated,’ his mother said.", "“We were devastated,” his mother said."),
        ("A neighbour said: 'It's a tragedy.'", "A neighbour said: “It's a tragedy.”"),
        ("The so-called 'witch hunt' goes on.", "The so-called “witch hunt” goes on."),
        ("'We visited the Smiths' house,' he said.", "“We visited the Smiths' house,” he said."),
        ("'It was over.\nWe went home,' she said.", "“It was over.\nWe went home,” she said."),
        # apostrophes stay: contractions, possessives, decades, elisions, a possessive with no quotation open
        ("It's the Smiths' house from the '90s.", "It's the Smiths' house from the '90s."),
        ("They played rock 'n' roll and sang 'til dawn.", "They played rock 'n' roll and sang 'til dawn."),
        ("The Joneses’ dog and the boys’ school.", "The Joneses’ dog and the boys’ school."),
    ],
)
def test_double_quoted(text: str, expected: str) -> None:
    out = double_quoted(text)
    assert out == expected and len(out) == len(text)


def test_single_quoted_copy_yields_its_quotations() -> None:
    quotes = find_quotes(double_quoted(_MAIL))
    assert [_MAIL[q.inner_start:q.inner_end] for q in quotes] == [
        "We were devastated,", "He was the kindest boy. Everyone loved him.", "It's a tragedy for the whole street."]


@pytest.mark.slow
def test_analyze_reads_british_copy_as_quotation(nlp) -> None:  # noqa: ANN001
    """'We were devastated,' his mother said: a direct quotation of the mother, its text as written."""
    from sayso import analyze

    report = analyze(_MAIL_CURLY, nlp=nlp, techniques=False, claims=False)
    direct = [(a.content.text, a.cue.text if a.cue else None) for a in report.attributions if a.kind == "direct"]
    assert ("‘We were devastated,’", "said") in direct
    assert report.article.text == _MAIL_CURLY
