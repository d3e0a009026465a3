"""``quoted_subjects``: a source head the parse found inside a quotation that closed before the cue.

Each row is ``text, head word, cue word -> expected``: the head is handed in as the parse might
have chosen it (the misreading depends on the sentences around it, so the table names it), and
the expected value is the speaker's head word, the head itself where it stands, or None.
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.quoted_subjects import speaker_after_quotation

pytestmark = pytest.mark.slow


def _token(doc, word: str):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, head, cue, expected",
    [
        # the quotation's own subject handed to the participle: the speaker after the close
        ("“The cooldown is a periodic event,” researchers noted in a statement, adding that it was rare.",
         "cooldown", "adding", "researchers"),
        ('"The plan is dead," the senator told reporters on Monday, warning that talks had failed.',
         "plan", "warning", "senator"),
        # the quotation opened a sentence before the head's
        ("“The cooldown is a periodic event. It is rare,” researchers noted in a statement, adding that it would end.",
         "It", "adding", "researchers"),
        # no speaker between the close and the cue: no source rather than the quotation's words
        ("“The plan is dead,” adding that talks had failed.", "plan", "adding", None),
        # negatives: a quoted name whose verb stands outside the marks, a head outside any quotation,
        # and a report inside the quotation ("my father told me") keep their head
        ("The “Squad” said on Tuesday that the plan was dead.", "Squad", "said", "Squad"),
        ("Researchers noted that “the cooldown is a periodic event,” adding that it was rare.",
         "Researchers", "adding", "Researchers"),
        ("“My father told me the plan was dead,” she said.", "father", "told", "father"),
        ("“The plan is dead.\nIt failed,” she said, adding that talks had ended.", "plan", "adding", "plan"),
    ],
)
def test_speaker_after_quotation(nlp, text: str, head: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    found = speaker_after_quotation(_token(doc, head), _token(doc, cue))
    assert (found.text if found is not None else None) == expected
