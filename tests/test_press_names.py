"""Names the text calls a newspaper or a magazine (``press_names``): "Pakistan's Dawn newspaper", "Dawn, a Pakistani
daily". The name is an outlet whatever NER made of it, and a later "the paper" reaches it, not the page's own outlet
named at the top (issue 12, audit 18)."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistan's Dawn newspaper reported the raid.", "Dawn"),
        ("Dawn, a Pakistani daily, reported the raid.", "Dawn"),
        ("The Pakistani newspaper Dawn reported the raid.", "Dawn"),
        ("The Sunday Times newspaper reported the raid.", "Sunday Times"),
        ("The Spectator magazine published the letter.", "Spectator"),
        ("The Pakistani publication Dawn reported the raid.", "Dawn"),
        ("The news outlet Axios reported the raid.", "Axios"),
        # negatives: a paper that may be a document, a website that is a body's, a person's role, no name at all
        ("The Mueller paper reported the raid.", None),
        ("The WHO website reported the raid.", None),
        ("Paul Smith, a newspaper columnist, reported the raid.", None),
        ("The newspaper reported the raid.", None),
        ("The publication reported the raid.", None),
        ("Smith, a publication designer, reported the raid.", None),
    ],
)
def test_press_names(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    from sayso.nlp.extract.press_names import press_names

    assert [s.text for s in press_names(nlp(text))] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the paper is the outlet named last, not the page's own outlet named at the top
        ("The Daily Caller News Foundation reviewed the records. A 2009 article in Pakistan's Dawn newspaper, headlined "
         "'Taliban claim attack', said the group had planned the raid for months. The paper said local officials had "
         "been warned.", "said", ("Dawn", "outlet")),
        ("The Daily Caller News Foundation obtained the emails. The Hindu newspaper reported the same week that the deal "
         "was off. \"We were not told,\" a ministry official said. The paper said officials had been warned.", "said",
         ("Hindu", "outlet")),
        ("Britain's Observer newspaper said the minister had known for weeks. The paper added that no one had resigned.",
         "added", ("Observer", "outlet")),
        ("The Spectator magazine published the letter on Friday. The magazine said it had verified the signatures.",
         "said", ("Spectator", "outlet")),
        ("The Sunday Times newspaper reported that the minister had resigned. The paper said he would leave at once.",
         "said", ("Sunday Times", "outlet")),
        # the name itself is an outlet, whatever NER made of it (a person "Dawn")
        ("The Daily Caller News Foundation reviewed the records. Dawn, a Pakistani daily, reported in 2009 that the "
         "group had planned the raid.", "reported", ("Dawn", "outlet")),
        ("The Pakistani newspaper Dawn reported in 2009 that the group had planned the raid.", "reported",
         ("Dawn", "outlet")),
        ("The Daily Caller News Foundation reviewed the records. A 2009 article in the Pakistani publication Dawn said "
         "the father faced fraud charges. The police charged the farmers with frivolous cases, the paper said.",
         "said", ("Dawn", "outlet")),
        # negatives: a person named like the paper, a person the magazine was told something by, a body's website
        ("Dawn Smith told the magazine that she had never met him. \"It is all lies,\" she said.", "said",
         ("Dawn Smith", "person")),
        ("Paul Smith, the newspaper's editor, said the story was true.", "said", ("Paul Smith", "person")),
        ("The findings appear in a paper by Jane Miller, who studies bees. The paper says the hives are failing.", "says",
         ("Jane Miller", "person")),
    ],
)
def test_the_paper_is_the_outlet_named_last(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
