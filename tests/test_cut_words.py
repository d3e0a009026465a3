"""A content that ends inside a hyphenated word ends before the conjunct the parse made of it
(``sayso.nlp.extract.cut_words``, blind audit 67 S53)."""

from __future__ import annotations

import pytest

from _cues import cue_contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The Infineon case began in August 2000, when Rambus accused Infineon of patent infringement and Infineon "
         "counter-sued Rambus for breach of contract and fraud.", "accused", ["Infineon of patent infringement"]),
        # kept: whole words, hyphenated words inside the content
        ("He said the company was well-run and self-funded.", "said", ["the company was well-run and self-funded"]),
        ("Rambus accused Infineon of patent infringement and fraud.", "accused",
         ["Infineon of patent infringement and fraud"]),
    ],
)
def test_without_cut_conjunct(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected
