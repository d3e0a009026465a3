"""embedded_posts.signed_attributions on the parse: posts, epigraphs and bylines through find_attributions."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.attributions import find_attributions
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow

STORM = "The storm hit the town on Monday night and left thousands without power."


def _attributions(nlp, text: str) -> list[tuple[str, str | None, str, str, str]]:
    doc = nlp(text)
    found = find_attributions(doc, find_quotes(doc.text), load_lexicon())
    return [(text[f.content[0]:f.content[1]], text[f.source[0]:f.source[1]] if f.source else None, text[f.cue[0]:f.cue[1]],
             f.kind, f.medium) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post under its signature: the poster's writing, no cue (where it starts cannot be seen: its last line)
        (f"{STORM}\nThe bridge on Main Street is gone.\nPlease stay home tonight.\n"
         "pic.twitter.com/AbC123 — Jane Roe (@janeroe) March 3, 2018\nCrews worked through the night.",
         ("Please stay home tonight.", "Jane Roe", "", "direct", "writing")),
        # 'X tweeted:' then the post: that attribution gets the whole post, direct
        (f"{STORM}\nMayor Jane Roe tweeted:\nThe bridge on Main Street is gone.\nPlease stay home tonight.\n"
         "pic.twitter.com/AbC123 — Jane Roe (@janeroe) March 3, 2018\nCrews worked through the night.",
         ("The bridge on Main Street is gone.\nPlease stay home tonight.", "Mayor Jane Roe", "tweeted", "direct", "writing")),
        # an epigraph
        (f"“Imagination is more important than knowledge.”\n— Albert Einstein\n{STORM}",
         ("“Imagination is more important than knowledge.”", "Albert Einstein", "", "direct", "unknown")),
    ],
)
def test_signed_texts_are_the_signers(nlp, text: str, expected: tuple[str, str | None, str, str, str]) -> None:
    assert expected in _attributions(nlp, text)


def test_byline_under_a_cued_quotation_is_nobodys_source(nlp) -> None:
    text = f"{STORM}\n“They gave me their word,” Pompeo said of the talks.\n— Tracy Wilkinson\n"
    assert all(source != "Tracy Wilkinson" for _, source, *_ in _attributions(nlp, text))


def test_a_post_quoted_with_its_cue_is_one_statement(nlp) -> None:  # noqa: ANN001
    """The writer quotes the tweet with its cue and the page embeds it under that: one attribution, the cued one."""
    text = (f"{STORM}\n“The bridge on Main Street is gone, please stay home tonight,” Mayor Jane Roe tweeted.\n"
            "The bridge on Main Street is gone, please stay home tonight.\n"
            "pic.twitter.com/AbC123 — Jane Roe (@janeroe) March 3, 2018\nCrews worked through the night.")
    said = [a for a in _attributions(nlp, text) if "bridge" in a[0]]
    assert [(a[1], a[2]) for a in said] == [("Mayor Jane Roe", "tweeted")]
