"""Two possessors of one noun as the speaker ("Morelli's and Joering's families released a statement"):
``source_spans.possessed_conjunct``. The parse makes the first possessor the subject and the possessed noun its
conjunct; the speaker is the families, named by the whole phrase, never the first possessor alone (blind audit
21: a slain officer given his family's statement)."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Morelli's and Joering's families released a statement saying how thankful they are for the community.",
         "saying", "Morelli's and Joering's families"),
        ("Garcia's and Lee's parents told reporters they were relieved.", "told", "Garcia's and Lee's parents"),
        ("Smith's and Jones's lawyers said the ruling was unfair.", "said", "Smith's and Jones's lawyers"),
        ("Carter's and Brown's attorneys argued that the search was illegal.", "argued",
         "Carter's and Brown's attorneys"),
        ("The senator's and the governor's aides said the talks had stalled.", "said",
         "The senator's and the governor's aides"),
        # negatives: one possessor; no possessive mark before "and"; a subject that is no possessor at all
        ("Smith's lawyer said the ruling was unfair.", "said", "Smith's lawyer"),
        ("Smith's and Jones's cases were heard together, the judge said.", "said", "the judge"),
        ("Morelli and Joering said they were grateful for the support.", "said", "Morelli and Joering"),
    ],
)
def test_possessed_conjunct_speaker(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue)[0] == expected


def test_first_possessor_is_no_speaker(nlp) -> None:  # noqa: ANN001
    """The statement the families released, read later, stays theirs: no officer of the families' names."""
    text = ("Officers Anthony Morelli and Eric Joering were killed on Saturday. Morelli's and Joering's families "
            "released a statement on Sunday. \"We feel loved and blessed,\" the statement read.")
    name, typ = cue_source(nlp, text, "read")
    assert (name, typ) != ("Anthony Morelli", "person")
    assert "families" in name
