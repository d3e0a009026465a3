"""What became of a thing asked for is the writer's narration, not the request (``extract/request_fulfilments.py``)."""

from __future__ import annotations

import pytest

from _cues import rows, token_of


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # the request ends before what others did with the thing; a bare request of goods is, as before, no attribution
        ("In the evening, he asked for six pepperoni pizzas and two six-packs of soft drinks, which officers delivered.", []),
        ("The mayor requested new fire trucks, which the council approved in May.", []),
        # negatives: a relative clause that describes the thing stays; a clause of saying is no request
        ("The senator asked for an inquiry, which would cost millions.",
         [("The senator", "asked for", "an inquiry, which would cost millions")]),
        ("The senator said the inquiry, which officers delivered, was late.",
         [("The senator", "said", "the inquiry, which officers delivered, was late")]),
    ],
)
def test_a_fulfilment_is_no_part_of_the_request(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("He asked for six pepperoni pizzas and two six-packs of soft drinks, which officers delivered.", "asked",
         "six pepperoni pizzas and two six-packs of soft drinks"),
        ("He asked for an inquiry, which would cost millions.", "asked", "an inquiry, which would cost millions"),
        ("He said pizzas arrived, which officers delivered.", "said", "pizzas arrived, which officers delivered"),
    ],
)
def test_without_fulfilment(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    from sayso.nlp.extract.candidates import Content
    from sayso.nlp.extract.quotes import find_quotes
    from sayso.nlp.extract.request_fulfilments import without_fulfilment

    doc = nlp(text)
    token = token_of(doc, cue)
    start = text.index(content.split()[0], token.idx)
    whole = text.rstrip(".")
    c = Content("prep_obj", start, len(whole))
    out = without_fulfilment(c, token, doc, find_quotes(text))
    assert text[out.start:out.end] == content
