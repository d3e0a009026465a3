"""A clause the parse hung on the verb that belongs to the participle of telling on its object
(``sayso.nlp.extract.participle_clauses``, blind audit 67 S99)."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.participle_clauses import participle_clause

pytestmark = pytest.mark.slow

test_participle_cue = cue_table([
    ("Prosecutors filed a motion informing Lee they intend to seek the death penalty.", "informing", True),
    ("Prosecutors filed a motion informing Lee they intend to seek the death penalty.", "filed", False),
    ("Prosecutors filed a notice informing the court they intend to seek the death penalty.", "informing", True),
    # kept: a participle of no telling, one with its clause, the main verb's own clause
    ("Prosecutors filed a motion seeking a delay in the trial.", "seeking", False),
    ("Prosecutors filed a motion saying they intend to seek the death penalty.", "saying", True),
    ("The lawyer said the motion informing Lee was filed late.", "said", True),
])


@pytest.mark.parametrize("text, word, clause", [
    ("Prosecutors filed a motion informing Lee they intend to seek the death penalty.", "informing", "intend"),
    ("Prosecutors filed a notice informing the court they intend to seek the death penalty.", "informing", "intend"),
    ("Prosecutors filed a motion seeking a delay in the trial.", "seeking", None),  # no telling
    ("He said the motion informing Lee was filed late.", "informing", None),  # no clause after the addressee
])
def test_participle_clause(nlp, text: str, word: str, clause: str | None) -> None:  # noqa: ANN001
    found = participle_clause(token_of(nlp(text), word))
    assert (found.text if found is not None else None) == clause
