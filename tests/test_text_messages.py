"""A text message is a writing like a tweet: "texted" cues what it says (``resources/cue_verbs.txt``, and the
lemma exception in ``nlp/pipeline.py``: the rule lemmatizer reads "texted" as "texte").

Look-alikes stay out: texting someone with nothing said, texting as a habit, the noun "text".
"""

from __future__ import annotations

import pytest

from _cues import analysis, rows_table, with_cue

pytestmark = pytest.mark.slow

test_texted = rows_table(
    [
        pytest.param("Smith texted that he would be late for the meeting.",
                     [("Smith", "texted", "that he would be late for the meeting")], id="texted-that"),
        pytest.param("The mayor texted reporters that the vote had been delayed.",
                     [("The mayor", "texted", "that the vote had been delayed")], id="texted-addressee-that"),
        pytest.param('"We are not going anywhere," Jones texted on Sunday.',
                     [("Jones", "texted", "We are not going anywhere")], id="quote-texted"),
        # negatives: nothing said; a habit; the noun
        pytest.param("He texted his wife from the car.", [], id="neg-no-content"),
        pytest.param("Students text all day long.", [], id="neg-habit"),
        pytest.param("The text of the bill was released on Friday.", [], id="neg-noun"),
    ],
)


def test_texted_is_writing(nlp) -> None:  # noqa: ANN001
    report = analysis(nlp, "Smith texted that he would be late for the meeting.")
    assert [a.medium for a in with_cue(report, "texted")] == ["writing"]


def test_texted_lemma(nlp) -> None:  # noqa: ANN001
    assert [t.lemma_ for t in nlp("She texted, he is texting, it texts.") if t.pos_ == "VERB"] == ["text"] * 3
