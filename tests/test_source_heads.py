"""Where ``sayso.nlp.extract.attributions`` reads a cue's source off the parse, rule by rule.

Each table is ``text, cue -> expected``: the cue is the first occurrence of its word; the
expected value is the source's head word (``None``: the rule names no source).
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.attributions import participle_subject

pytestmark = pytest.mark.slow


def _token(doc, word: str):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the reporter of a reported clause owns the trailing participle
        ("Whitfield said the rebels were behind the attack, vowing to hold them responsible.", "vowing", "Whitfield"),
        # a subordinate clause's own subject owns it
        ("The label issued a statement after Swift publicly scolded her former label, accusing it of bullying her.",
         "accusing", "Swift"),
        # out of a relative clause: the architect did not say it, Trump did
        ("Trump was defensive when asked about an architect who said he was stiffed, saying he did a bad job.",
         "saying", "Trump"),
        # negatives: no subject before the participle anywhere
        ("Vowing to hold them responsible, the minister left.", "Vowing", None),
    ],
)
def test_participle_subject(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    subj = participle_subject(_token(doc, cue))
    assert (subj.text if subj is not None else None) == expected
