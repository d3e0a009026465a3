"""``quoted_subjects``: a source head the parse found inside a quotation that closed before the cue.

Each row is ``text, head word, cue word -> expected``: the head is handed in as the parse might
have chosen it (the misreading depends on the sentences around it, so the table names it), and
the expected value is the speaker's head word, the head itself where it stands, or None.
"""

from __future__ import annotations

import pytest

from _cues import rows, token_of
from sayso.nlp.extract.quoted_subjects import quotation_spans, speaker_after_quotation

pytestmark = pytest.mark.slow


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
    found = speaker_after_quotation(token_of(doc, head), token_of(doc, cue))
    assert (found.text if found is not None else None) == expected


_LONG_QUOTATION = " ".join(["We have worked on this bridge for many years and we will keep working on it."] * 8)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a straight-quoted passage of 150 tokens on the cue's line: the quotations after it keep their parity,
        # so the prose between two of them is nobody's quotation and the cue keeps its own subject
        (f'"{_LONG_QUOTATION}" the mayor said. Smith called the plan "a disaster that voters will regret" and said '
         "it would fail.", "Smith"),
        (f'"{_LONG_QUOTATION}" the mayor said. Smith rejected the plan "as a total disaster" and said it would fail.',
         "Smith"),
        # the same with a line break, and with a short quotation before
        (f'"{_LONG_QUOTATION}" the mayor said.\nSmith called the plan "a disaster that voters will regret" and said '
         "it would fail.", "Smith"),
        ('"We have worked on it," the mayor said. Smith rejected the plan "as a total disaster" and said it would '
         "fail.", "Smith"),
    ],
)
def test_a_long_quotation_before_keeps_the_marks_paired(nlp, text: str, expected: str) -> None:
    found = [r for r in rows(nlp, text) if r[1] == "said" and r[2].startswith("it would fail")]
    assert [r[0] for r in found] == [expected], rows(nlp, text)


@pytest.mark.parametrize(
    "text, spans",
    [
        ('"a" b "c" d', [(0, 2), (4, 6)]),
        ('"a\nb" c "d"', [(4, 6)]),  # a line break drops the open one; the next mark opens
        ("“a” b “c” d", [(0, 2), (4, 6)]),
        ('"a b', []),
        ("''a'' b ''c'' d", [(0, 2), (4, 6)]),  # NYT copy's two apostrophes, both ways
    ],
)
def test_quotation_spans_pair_marks_from_the_line_start(nlp, text: str, spans: list[tuple[int, int]]) -> None:
    doc = nlp.make_doc(text)
    assert quotation_spans(doc) == spans, [t.text for t in doc]


def test_no_speaker_inside_another_quotation(nlp) -> None:  # noqa: ANN001
    """A participle the parse hung on the quotation before it: the quotation's first word ("That") is no speaker."""
    from sayso.nlp.extract.source_heads import source_head
    doc = nlp("Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark first as a compliment -- ''That "
              "makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal taxes.''")
    head = source_head(token_of(doc, "asserting"))
    assert head is None or head.text == "Trump"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote was close, according to ''The Fixers: Eddie Mannix and the MGM Publicity Machine'' and other sources.",
         "Fixers"),
        ("The vote was close, according to ''The Long Road Home: A History of the Party and Its Leaders.''", "Home"),
    ],
)
def test_the_quoted_title_after_according_to_is_the_source(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    """The quoted title a claim is "according to" is its source, not a name said inside it ("Eddie Mannix")."""
    from sayso.nlp.extract.source_heads import source_head
    head = source_head(next(t for t in nlp(text) if t.text == "according"))
    assert head is not None and head.text == expected
