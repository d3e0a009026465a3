"""quote_trailer: the '“…,” X said.' form recognised on the text, whatever the parse made of it."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.quote_trailers import quote_trailer
from sayso.nlp.extract.quotes import find_quotes

SPEECH = frozenset({"say", "tell", "add", "write"})


def _verb(nlp, text: str, word: str):  # noqa: ANN001, ANN202
    doc = nlp(text)
    return token_of(doc, word), find_quotes(doc.text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("“We were trying to reach young males, and we did the research first,” Graham said. “It can seem odd.”", "said"),
        ("“We will appeal,” the company said.", "said"),
        ("“Is this the end?” she said.", "said"),
        ("“We will appeal,” said Maria Lopez.", "said"),
        ("“We will appeal,” said Lopez, “and we will win.”", "said"),
        # a long subject after the verb, with no verb of its own
        ("“The company needs a plan,” said The We Company's recently named executive chair Marcelo Claure in an email.",
         "said"),
        ("“We will appeal,” said a spokeswoman for the city's transport agency.", "said"),
        ('"We will appeal," he added.', "added"),
        # a verb of advice trailing a quotation reports it, whatever the speech list holds
        ("“Do not attempt to locate their source,” the alert advised.", "advised"),
        ("“Stay indoors and keep your windows closed,” the mayor advised.", "advised"),
    ],
)
def test_quote_trailer(nlp, text: str, word: str) -> None:
    token, quotes = _verb(nlp, text, word)
    assert quote_trailer(token, quotes, SPEECH)


@pytest.mark.parametrize(
    "text, word",
    [
        # the quote ends its sentence: the next sentence is a new statement
        ("“We will appeal.” The company said nothing more.", "said"),
        # a long subject, or a clause after the verb: not the trailer form
        ("“We will appeal,” a spokeswoman for the city's transport agency said.", "said"),
        ("“We will appeal,” he said the lawyers told him.", "said"),
        ("“We will appeal,” said the lawyer who told him the case was lost.", "said"),
        # not a speech verb, or no quotation before it
        ("“We will appeal,” he laughed.", "laughed"),
        # advice with its own object after it: someone advised, not the quotation
        ("“We will appeal,” the firm that advised Clinton said.", "advised"),
        ("“We will appeal,” he advised the company on Monday.", "advised"),
        ("He said the company would appeal.", "said"),
        # a scare quote before the name
        ("The “reform” Graham said would pass failed.", "said"),
    ],
)
def test_not_a_quote_trailer(nlp, text: str, word: str) -> None:
    token, quotes = _verb(nlp, text, word)
    assert not quote_trailer(token, quotes, SPEECH)
