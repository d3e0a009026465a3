"""A source's name never reaches into the content of its own statement (``source_refs.before_content``,
``source_roles.in_own_content``): a name the parse hung on the speaker's noun but that stands in what the
speaker says is the content's subject, not the speaker."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.sources import Mention, SourceContext, make_ref, resolve_mention

pytestmark = pytest.mark.slow


def _resolve(nlp, text: str, mention: str, content: str) -> tuple[str, str]:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None, mention
    said = (text.index(content), text.index(content) + len(content))
    m = Mention(span.start_char, span.end_char, span.root.i, 0, said)
    ctx = SourceContext.build(doc, load_lexicon(), find_quotes(text), [m])
    ref = make_ref(ctx, m)
    res = resolve_mention(ctx, ref)
    return ref.text, res.name


@pytest.mark.parametrize(
    "text, mention, content, expected",
    [
        # the parse makes the content's subject an apposition of the speaker's noun: the speaker stays the agent
        ("According to an ex-Secret Service agent, Vice-President Joe Biden was regularly engaged in "
         "“Weinstein-level” predatory behavior.", "an ex-Secret Service agent, Vice-President Joe Biden",
         "Vice-President Joe Biden was regularly engaged in “Weinstein-level” predatory behavior",
         ("an ex-Secret Service agent", "an ex-Secret Service agent")),
        # negatives: a name put beside the role outside the content is the speaker's
        ("According to a White House spokesman, Josh Earnest, the talks had failed.",
         "a White House spokesman, Josh Earnest", "the talks had failed",
         ("a White House spokesman, Josh Earnest", "Josh Earnest")),
        ("“Positions are gonna soften on Donald Trump,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, "
         "told POLITICO. “That’s inevitable.”", "chief of staff", "“Positions are gonna soften on Donald Trump,” "
         "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO. “That’s inevitable.”",
         ("chief of staff", "Joe Kasper")),
        ("Heather Nauert, the State Department spokesperson, said the talks had failed.", "the State Department spokesperson",
         "the talks had failed", ("the State Department spokesperson", "Heather Nauert")),
    ],
)
def test_name_stays_out_of_content(nlp, text: str, mention: str, content: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert _resolve(nlp, text, mention, content) == expected
