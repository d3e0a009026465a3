"""Page structure and chains: a <blockquote> after "X reports:" is all X's (issue 3)."""

from __future__ import annotations

import pytest

from sayso import analyze
from sayso.ingest.html import article_from_html
from sayso.nlp.extract.attributions import Found
from sayso.nlp.extract.blocks import extend_to_blockquotes

TEXT = "RT reports:\n\nThe ministry said no.\n\nAntonov told reporters it was a lie.\n\nOther news."
BQ = (TEXT.index("The ministry"), TEXT.index("\n\nOther") )


def _found(content: tuple[int, int], cue: tuple[int, int]) -> Found:
    return Found("indirect", content, cue, None, None, None, None, 1.0, 0)


@pytest.mark.parametrize("content, cue, expected_end", [
    ((BQ[0], TEXT.index(" no.") + 4), (3, 10), BQ[1]),                    # opens the blockquote: covers it all
    ((BQ[0] + 4, TEXT.index(" no.") + 4), (3, 10), TEXT.index(" no.") + 4),  # starts inside it: unchanged
    ((BQ[0], TEXT.index(" no.") + 4), (BQ[0] + 13, BQ[0] + 17), TEXT.index(" no.") + 4),  # cue inside: unchanged
    ((0, 2), (3, 10), 2),                                                  # before it: unchanged
])
def test_extend_to_blockquotes(content, cue, expected_end):
    (f,) = extend_to_blockquotes(TEXT, [_found(content, cue)], [BQ])
    assert f.content == (content[0], expected_end)


POST = ("Take a look at what PFF said:\n\nSchobert posted an elite 93.2 grade.\n*min. 25 snaps pic.twitter.com/PQqbN5\n"
        "— PFF CLE Browns (@PFF_Browns) November 15, 2019\n\nOther news.")
POST_BQ = (POST.index("Schobert"), POST.index("\n\nOther"))


@pytest.mark.parametrize("end_before, expected", [
    (" pic.twitter", " pic.twitter"),  # an embedded post: its link and signature are no words of it
    ("\n\nOther", " pic.twitter"),
])
def test_blockquote_of_a_post_ends_before_its_signature(end_before, expected):
    content = (POST_BQ[0], POST.index(".") + 1)
    (f,) = extend_to_blockquotes(POST, [_found(content, (20, 24))], [(POST_BQ[0], POST.index(end_before))])
    assert f.content == (content[0], POST.index(expected))


def test_continuation_inside_the_extended_block_is_dropped():
    """A cue-less paragraph continuing the frame inside the blockquote is part of the extended content; one that
    continues another cue, or stands outside the blockquote, stays."""
    frame = _found((BQ[0], TEXT.index(" no.") + 4), (3, 10))
    antonov = TEXT.index("Antonov")
    inside = Found("direct", (antonov, BQ[1]), (antonov, antonov), None, None, None, None, 1.0, 0, continues=(3, 10))
    other = inside._replace(continues=(50, 52))
    after = inside._replace(content=(BQ[1] + 2, len(TEXT)))
    out = extend_to_blockquotes(TEXT, [frame, inside, other, after], [BQ])
    assert [f.content for f in out] == [(BQ[0], BQ[1]), other.content, after.content]


def test_no_blocks_changes_nothing():
    f = _found((13, 20), (3, 10))
    assert extend_to_blockquotes(TEXT, [f], []) == [f]


PAGE = """<html><head><title>Antonov speaks</title></head><body><article>
<h1>Diplomats briefed US officials, Moscow says</h1>
<p>Zero Hedge has followed the story for weeks, and on Monday it cited Russian state media again in a long post.</p>
<p>RT reports:</p><blockquote><p>The Russian Defense Ministry said that eight canisters of chlorine had been delivered to the area.</p>
<p>“The whole idea is to embarrass Moscow,” Anatoly Antonov told reporters on Sunday.</p></blockquote>
<p>The State Department did not respond to a request for comment on Monday, and declined to say more.</p>
<p>A Pentagon spokesman said on Tuesday that the department was studying the report.</p>
</article></body></html>"""


def _by_source(report):
    return {report.source(a.source).name: a for a in report.attributions if a.source}


def test_attributions_inside_a_blockquote_carry_via(nlp):
    report = analyze(article_from_html(PAGE, name="rt.html"), nlp=nlp)
    by = _by_source(report)
    rt = by["RT"]
    assert rt.content.text.startswith("The Russian Defense Ministry") and rt.content.text.endswith("on Sunday.")
    assert by["The Russian Defense Ministry"].via == rt.id
    assert by["Anatoly Antonov"].via == rt.id
    after = [a for a in report.attributions if a.cue.start > rt.content.end]
    assert after and all(a.via != rt.id for a in after)  # after the blockquote: the outlet's own voice again
    assert [a.id for a in report.chain(by["Anatoly Antonov"])] == [rt.id, by["Anatoly Antonov"].id]


def test_plain_text_keeps_the_paragraph_rule(nlp):
    text = ("RT reports:\n\nThe Russian Defense Ministry said that eight canisters had been delivered.\n\n"
            "“The whole idea is to embarrass Moscow,” Anatoly Antonov told reporters on Sunday.")
    by = _by_source(analyze(text, nlp=nlp))
    assert by["The Russian Defense Ministry"].via == by["RT"].id
    assert by["Anatoly Antonov"].via is None  # without page structure only the next paragraph is RT's


LETTER = """<html><head><title>Bishop writes</title></head><body><article>
<h1>Bishop warns against synod document</h1>
<p>The bishop of Tyler sent a pastoral letter to every parish in the diocese on Sunday, his office said.</p>
<p>In the letter, the bishop wrote:</p><blockquote><p>I have read the working document with great concern.</p>
<p>We must not be silent when the faith is obscured, and I ask our priests to preach on it.</p></blockquote>
<p>The letter was read at every Mass in the diocese on Sunday, and other bishops have not yet responded.</p>
</article></body></html>"""


def test_colon_block_in_a_blockquote_is_one_attribution(nlp):
    """The blockquote's paragraphs are the frame's one content; its first-person paragraphs are no attributions of
    their own beside it (``colon_blocks`` finds them in plain text)."""
    report = analyze(article_from_html(LETTER, name="letter.html"), nlp=nlp)
    inside = [a for a in report.attributions if "working document" in a.content.text or "preach" in a.content.text]
    assert len(inside) == 1
    assert inside[0].content.text.startswith("I have read") and inside[0].content.text.endswith("preach on it.")
