"""``np_contents.noun_phrase_with_modifiers``: is a content a plain noun phrase (no proposition)?

Tokens are compared by index: spaCy makes a new Token on every access, so the old "is" tests never
held (review10 finding 8): a span holding its sentence's root walked up forever, and a noun's clause
child was never seen.
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        # the whole sentence is the span: its root is its own head (this hung)
        ("The best team in the league.", 0, None, True),
        ("the allegations", 0, None, True),
        ("The rally represented Indiana's biggest protest in years.", 3, 9, True),
        # a noun's infinitive complement that the parse calls an adverbial clause still modifies the noun
        ("They discussed a need for Ukraine to launch investigations.", 2, 9, True),
        # a verb phrase or a clause is not a noun phrase
        ("He said the plan would fail.", 2, 6, False),
        ("that the plan would fail", 0, None, False),
    ],
)
def test_noun_phrase_with_modifiers(nlp, text: str, start: int, end: int | None, expected: bool) -> None:
    doc = nlp(text)
    span = doc[start:end if end is not None else len(doc)]
    if span[-1].is_punct:
        span = doc[span.start:span.end - 1]
    assert noun_phrase_with_modifiers(span) is expected, [(t.text, t.dep_, t.head.text) for t in span]
