"""A content that runs across another speaker's trailer (``sayso.nlp.extract.crossed_trailers``): each trailer closes
its own clause."""

from __future__ import annotations

from _cues import rows, rows_table

test_after_crossed_trailer = rows_table([
    # two sources, each with its trailer: the second's content is the clause its own trailer closes
    ("In Denver, crowds lined the streets with candles, the Post reported, while in Boston the vigil opened with a "
     "prayer, the Globe reported.",
     [("Post", "reported", "In Denver, crowds lined the streets with candles"),
      ("Globe", "reported", "in Boston the vigil opened with a prayer")]),
    # the first trailer closing the content the parse gave the second: the clause between the two is the second's
    ("In Tampa, fans lit candles outside the arena, WFLA reported, while in Miami the march began with a prayer, the "
     "Herald reported.",
     [("WFLA", "reported", "In Tampa, fans lit candles outside the arena"),
      ("Herald", "reported", "in Miami the march began with a prayer")]),
    ("Prices rose in March, Reuters reported, while in April they fell, Bloomberg said.",
     [("Reuters", "reported", "Prices rose in March"), ("Bloomberg", "said", "in April they fell")]),
    # British "whilst" joins the clauses as "while" does: not the second speaker's word
    ("Inflation fell, the ONS said, whilst food prices rose, the BRC said.",
     [("the ONS", "said", "Inflation fell"), ("the BRC", "said", "food prices rose")]),
])


def test_narrators_own_trailer_kept(nlp) -> None:  # noqa: ANN001
    """The narrator's own trailer ("I said") inside her unquoted account is no other speaker's: her content stays
    whole."""
    found = rows(nlp, "He asked if I was OK, I said, and then he left, she testified.")
    assert ("she", "testified", "He asked if I was OK, I said, and then he left") in found



def test_report_of_a_report_kept(nlp) -> None:  # noqa: ANN001
    """The trailers side by side ("..., the envoy said, the agency reported"): the agency reports the envoy's words,
    its content is not cut to nothing and its row stays."""
    found = rows(nlp, "The talks collapsed, the envoy said, the agency reported.")
    assert ("the agency", "reported", "The talks collapsed") in found

test_before_next_trailer = rows_table([
    # a trailer's clause that ran on over its own cue to another's trailer ends before its own
    ("Sales rose sharply, the chairman said, but profits fell, the finance chief added.",
     [("the chairman", "said", "Sales rose sharply"), ("the finance chief", "added", "profits fell")]),
    ("The bridge will open in May, officials said, and the tunnel will follow in June, the mayor said.",
     [("officials", "said", "The bridge will open in May"), ("the mayor", "said", "the tunnel will follow in June")]),
    # the speaker resuming after the trailer, with no other trailer: theirs on both sides, kept
    ("The plan, she said, will fail.", [("she", "said", "The plan, she said, will fail")]),
    ("Many of the visitors were older, she said, and the crowd was quiet.",
     [("she", "said", "Many of the visitors were older, she said, and the crowd was quiet")]),
])
