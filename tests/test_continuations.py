"""continuations: quotations with no cue of their own that continue the speaker before them (pure, no model)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.continuations import (
    continuation_quotes,
    quote_after_statement,
    speaks_again,
    split_at_paragraphs,
)
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.quotes import find_quotes


def _at(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


def _found(text: str, content: str, cue: str, source: str | None, medium: str = "speech", kind: str = "indirect") -> Found:
    return Found(kind=kind, content=_at(text, content), cue=_at(text, cue), source=_at(text, source) if source else None,
                 source_head=None, addressee=None, addressee_head=None, score=0.9, cue_head=0, medium=medium)


STATEMENT = "Swift's rep told Fox News that this was not the whole truth."
QUOTE = '"Big Machine is trying to deflect and make this about money."'


@pytest.mark.parametrize(
    "text, content, source, medium, expected",
    [
        (f"{STATEMENT} {QUOTE}", "that this was not the whole truth", "Swift's rep", "speech", [QUOTE]),
        (f"{STATEMENT} {QUOTE}\nNext paragraph.", "that this was not the whole truth", "Swift's rep", "speech", [QUOTE]),
        # negatives: the quotation does not close its paragraph; nobody named; a thought; words between them;
        # a statement too short to continue
        (f'{STATEMENT} {QUOTE} Then it went on.', "that this was not the whole truth", "Swift's rep", "speech", []),
        (f"{STATEMENT} {QUOTE}", "that this was not the whole truth", None, "speech", []),
        (f"{STATEMENT} {QUOTE}", "that this was not the whole truth", "Swift's rep", "thought", []),
        (f"{STATEMENT} Meanwhile: {QUOTE}", "that this was not the whole truth", "Swift's rep", "speech", []),
        (f"Swift's rep told Fox News no. {QUOTE}", "no", "Swift's rep", "speech", []),
    ],
)
def test_quote_after_statement(text: str, content: str, source: str | None, medium: str, expected: list[str]) -> None:
    statement = _found(text, content, "told", source, medium)
    out = quote_after_statement([statement], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected
    for f in out:
        assert (f.kind, f.cue, f.source, f.parts) == ("direct", statement.cue, statement.source, ())


PARTIAL = "Another has exposed himself, she said, and some victims have had “their private parts grabbed on the floor.”"
ASK = "“All they ask in return is to be able to work in a safe place.”"


@pytest.mark.parametrize(
    "kind, content, expected",
    [
        # a statement that ends with a partial quotation closing its sentence: the next quotation goes on with it
        ("mixed", "Another has exposed himself, she said, and some victims have had “their private parts grabbed on the floor.”",
         [ASK]),
        # negative: a whole quotation before it ('the document states: “A.” “B.”'): B may be the words of
        # whoever quotes the document
        ("direct", "“their private parts grabbed on the floor.”", []),
    ],
)
def test_quote_after_a_statement_closing_its_sentence_inside_marks(kind: str, content: str, expected: list[str]) -> None:
    text = f"{PARTIAL} {ASK}"
    statement = _found(text, content, "said", "she", kind=kind)
    out = quote_after_statement([statement], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected


def test_quote_after_statement_leaves_claimed_quotes() -> None:
    text = f"{STATEMENT} {QUOTE}"
    claimed = _found(text, QUOTE, "Swift's", "Swift's rep", kind="direct")
    assert quote_after_statement([_found(text, "that this was not the whole truth", "told", "Swift's rep"), claimed],
                                 find_quotes(text)) == []


POMPEO = ("Mike Pompeo said the release “gives us hope for the talks.\n"
          "“We see these developments as hopeful signs.”")


@pytest.mark.parametrize(
    "text, content, expected",
    [
        (POMPEO, POMPEO[POMPEO.index("the release"):],
         [("mixed", "the release “gives us hope for the talks.", False),
          ("direct", "“We see these developments as hopeful signs.”", True)]),
        ("Smith said: “We lost the vote.\n“We will try again next year.”",
         "“We lost the vote.\n“We will try again next year.”",
         [("direct", "“We lost the vote.", False), ("direct", "“We will try again next year.”", True)]),
        # negatives: one quotation across paragraphs stays whole when its cue comes after it, or when its last
        # paragraph goes on after it (a cue of its own may follow); a content within one paragraph is untouched
        ("Smith said: “We lost the vote.\n“We will try again,” added Jones.",
         "“We lost the vote.\n“We will try again,”",
         [("direct", "“We lost the vote.\n“We will try again,”", False)]),
        ("“For a week now we heard nothing.\n“We call on them to stop,” the statement said.",
         "“For a week now we heard nothing.\n“We call on them to stop,”",
         [("direct", "“For a week now we heard nothing.\n“We call on them to stop,”", False)]),
        ("Pompeo said the release “gives us hope.”\nAnother line.", "the release “gives us hope.”",
         [("mixed", "the release “gives us hope.”", False)]),
    ],
)
def test_split_at_paragraphs(text: str, content: str, expected: list[tuple[str, str, bool]]) -> None:
    f = _found(text, content, "said", text.split()[0], kind="mixed" if expected[0][0] == "mixed" else "direct")
    out = split_at_paragraphs([f], text)
    assert [(g.kind, text[g.content[0]:g.content[1]], g.continues is not None) for g in out] == expected
    assert all(g.continues == f.cue for g in out if g.continues is not None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We were turned away," Antonov told reporters on Tuesday in Moscow after the meeting with officials.\n'
         '"We waited for hours and then went home."', ['"We waited for hours and then went home."']),
        ('"We were turned away," said Antonov, who has served as ambassador since 2017 and knows the city well.\n'
         '"We waited for hours."', ['"We waited for hours."']),
        # negatives: another sentence, or another quotation, after the quotation's own sentence
        ('"We were turned away," Antonov told reporters on Tuesday. The ministry said nothing about the meeting.\n'
         '"We waited for hours."', []),
        ('"We were turned away," Antonov told reporters on Tuesday after officials called it "a mistake" today.\n'
         '"We waited for hours."', []),
    ],
)
def test_continuation_after_a_long_cue_clause(text: str, expected: list[str]) -> None:
    first = _found(text, '"We were turned away,"', "told" if "told" in text else "said", "Antonov", kind="direct")
    out = continuation_quotes([first], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected
    assert all(f.continues == first.cue for f in out)


# one sentence a line, no blank lines (PTC), around the two quotation lines
_SENTENCES_BEFORE = ("The verdict came on Thursday after a long trial.\nThe jury deliberated for three full days.\n"
                     "The defendant showed no emotion in court.\nHis lawyers said they would appeal the ruling.\n")
_SENTENCES_AFTER = ("\nProsecutors declined to comment on the outcome.\nThe judge set sentencing for next month.\n"
                    "Relatives of the victim wept outside the courthouse.\nThe city has braced for protests.\n")
_FIRST = "“I didn’t agree with their ideology,” Khweis said in an interview in 2016.\n"


@pytest.mark.parametrize(
    "second, expected",
    [
        pytest.param("“Our daily life was prayer and eating.” Khweis graduated from high school in 2007.",
                     ["“Our daily life was prayer and eating.”"], id="narration-after"),
        pytest.param("“Were we wrong?” The question hung over the court.", ["“Were we wrong?”"], id="question"),
        pytest.param("“Our daily life was prayer and eating.”", ["“Our daily life was prayer and eating.”"], id="alone"),
        # a cue further on is another statement: the quotation is still the speaker's before it
        pytest.param("“Our life was prayer.” Khweis graduated from his high school in 2007, where friends described "
                     "him as kind.", ["“Our life was prayer.”"], id="cue-later-in-the-sentence"),
        # negatives: no stop inside the marks; the words after it go on with its sentence; a cue after it
        pytest.param("“Our daily life was prayer and eating” Khweis graduated in 2007.", [], id="neg-no-stop"),
        pytest.param("“Our daily life was prayer and eating.” and he graduated in 2007.", [], id="neg-lower-case"),
        pytest.param("“Our daily life was prayer and eating.” Smith said the plan failed.", [], id="neg-cue-after"),
        # "according to" credits the clause after it, not the quotation before it
        pytest.param("“Our life was prayer.” But according to Natural News, it isn’t just the violence.",
                     ["“Our life was prayer.”"], id="according-after"),
        pytest.param("“Our life was prayer.” The plan failed, according to Smith.", [], id="neg-according-back"),
    ],
)
def test_continuation_with_narration_after_it_on_a_sentence_line(second: str, expected: list[str]) -> None:
    text = _SENTENCES_BEFORE + _FIRST + second + _SENTENCES_AFTER
    first = _found(text, "“I didn’t agree with their ideology,”", "said", "Khweis", kind="direct")
    others = [_found(text, "the plan failed", "Smith said", "Smith")] if "Smith said" in text else \
        [_found(text, "it isn’t just the violence", "according to", "Natural News")] if "Natural" in text else \
        [_found(text, "The plan failed", "according to", "Smith")] if "according to Smith" in text else \
        [_found(text, "him as kind", "described", "friends")] if "described" in text else []
    out = continuation_quotes([first, *others], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected


@pytest.mark.parametrize(
    "second, cue, source, expected",
    [
        # the speaker of the line before speaks again in the sentence after the quotation: named again, by a
        # pronoun, or by the role the text sets beside the name ("Khweis, the student from Virginia")
        pytest.param("“Our life was prayer.” Khweis said the group had changed.", "said", "Khweis",
                     ["“Our life was prayer.”"], id="same-surname"),
        pytest.param("“Our life was prayer.” He said the group had changed.", "said", "He",
                     ["“Our life was prayer.”"], id="pronoun"),
        pytest.param("“Our life was prayer.” The student adds that the group had changed.", "adds", "The student",
                     ["“Our life was prayer.”"], id="described-role"),
        # negatives: another name may be the quotation's own speaker; a role the text never sets beside the name
        pytest.param("“Our life was prayer.” Smith said the group had changed.", "said", "Smith", [], id="neg-other-name"),
        pytest.param("“Our life was prayer.” The prosecutor adds that the group had changed.", "adds", "The prosecutor",
                     [], id="neg-other-role"),
    ],
)
def test_continuation_before_the_same_speaker_on_a_sentence_line(second: str, cue: str, source: str,
                                                                  expected: list[str]) -> None:
    first_line = "“I didn’t agree with their ideology,” Khweis, the student from Virginia, said in 2016.\n"
    text = _SENTENCES_BEFORE + first_line + second + _SENTENCES_AFTER
    first = _found(text, "“I didn’t agree with their ideology,”", "said", "Khweis", kind="direct")
    start = text.index(second)
    clause = "that the group had changed" if "adds" in second else "the group had changed"
    at = text.index(clause, start)
    cue_at = text.index(f"{source} {cue}", start) + len(source) + 1
    src_at = text.index(source, start)
    then = Found(kind="indirect", content=(at, at + len(clause)), cue=(cue_at, cue_at + len(cue)),
                 source=(src_at, src_at + len(source)), source_head=None, addressee=None, addressee_head=None,
                 score=0.9, cue_head=0, medium="speech")
    out = continuation_quotes([first, then], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected


def test_narration_after_a_quotation_stops_it_where_lines_are_paragraphs() -> None:
    """A paragraph per line (HTML): a quotation paragraph that goes on with other words is no continuation."""
    text = _FIRST + "“Our daily life was prayer and eating.” Khweis graduated from high school in 2007.\n"
    first = _found(text, "“I didn’t agree with their ideology,”", "said", "Khweis", kind="direct")
    assert continuation_quotes([first], find_quotes(text)) == []


_SMITH = "“We will not give up on this city,” Mayor Jane Smith said.\n\n"


@pytest.mark.parametrize(
    "second, inner, expected",
    [
        # a report the speaker makes inside the quotation (cue and content within its marks) leaves the quotation hers
        pytest.param("“The governor said last week that help is coming.”", ("that help is coming", "said", "governor"),
                     ["“The governor said last week that help is coming.”"], id="report-inside"),
        pytest.param("“My lawyer told me the case was strong. The governor said that help is coming.\n\n“We rebuild.”",
                     ("that help is coming", "said", "governor"),
                     ["“My lawyer told me the case was strong. The governor said that help is coming.\n\n“We rebuild.”"],
                     id="report-inside-over-paragraphs"),
        # negatives: a cue outside the quotation claims it; a content that runs out of the quotation
        pytest.param("“Help is coming,” the governor said.", ("“Help is coming,”", "said", "governor"), [],
                     id="neg-own-cue"),
        pytest.param("“Help is coming,” the governor said, and that was true.",
                     ("“Help is coming,” the governor said, and that was true", "said", "governor"), [],
                     id="neg-content-runs-out"),
    ],
)
def test_continuation_with_a_report_inside_it(second: str, inner: tuple[str, str, str], expected: list[str]) -> None:
    text = "The mayor spoke on Tuesday.\n\n" + _SMITH + second + "\n\nThe council meets again next week."
    first = _found(text, "“We will not give up on this city,”", "said", "Mayor Jane Smith", kind="direct")
    content, cue, source = inner
    start = text.index(second)
    report = Found(kind="indirect", content=_at(text, content), cue=(text.index(cue, start), text.index(cue, start) + len(cue)),
                   source=(text.index(source, start), text.index(source, start) + len(source)), source_head=None,
                   addressee=None, addressee_head=None, score=0.9, cue_head=0, medium="speech")
    out = continuation_quotes([first, report], find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected


@pytest.mark.parametrize(
    "aside, inner, expected",
    [
        # an aside after the quotation that states nothing (under four words) still leaves the paragraph the speaker's
        (", pointing to the charges against Senator Reed, who has denied them.", ("has denied", "them", "who"), "said"),
        (", citing a memo from the mayor, who disputed it.", ("disputed", "it", "who"), "said"),
        # negatives: the aside states something (the quotation goes on with its speaker), or a second sentence
        # follows (someone else may speak on: nobody's)
        (", and Reed replied that the delay was the ministry's fault.",
         ("replied", "that the delay was the ministry's fault", "Reed"), "replied"),
        (". Reed has denied them.", ("has denied", "them", "Reed"), None),
    ],
)
def test_continuation_after_an_aside_that_states_nothing(aside: str, inner: tuple[str, str, str],
                                                         expected: str | None) -> None:
    """``expected``: the cue the quote paragraph continues, None when it continues nobody."""
    text = f'"We were turned away," Antonov said{aside}\n"We waited for hours and then went home."'
    first = _found(text, '"We were turned away,"', "said", "Antonov", kind="direct")
    cue, content, source = inner
    second = _found(text, content, cue, source)
    out = continuation_quotes([first, second], find_quotes(text))
    assert [text[f.continues[0]:f.continues[1]] for f in out if f.continues] == ([expected] if expected else [])
    assert all(text[f.content[0]:f.content[1]] == '"We waited for hours and then went home."' for f in out)


@pytest.mark.parametrize(
    "pronoun, speaker, given, expected",
    [
        ("She", "Mary Smith", {"mary": "f", "john": "m"}, True),
        ("He", "John Smith", {"mary": "f", "john": "m"}, True),
        ("He", "Khweis", {"mary": "f", "john": "m"}, True),  # no given name: the gender is not told
        ("She", "John Smith", None, True),  # no given names known
        # negatives: a pronoun of the other gender is somebody else
        ("She", "John Smith", {"mary": "f", "john": "m"}, False),
        ("He", "Mary Smith", {"mary": "f", "john": "m"}, False),
    ],
)
def test_a_pronoun_speaks_again_only_in_the_speaker_s_gender(pronoun: str, speaker: str, given: dict | None,
                                                              expected: bool) -> None:
    text = f"“Our life was prayer.” {pronoun} said the group had changed."
    found = _found(text, "the group had changed", "said", pronoun)
    assert speaks_again(text, found, speaker, given) is expected


@pytest.mark.parametrize(
    "with_quotation, expected",
    [
        # "according to" reports the quotation with its own speaker: the next quote paragraph is the speaker's
        (True, "said"),
        # negative: no quotation of a speaker's own inside it: nobody's (the outlet's cue ends before its name)
        (False, None),
    ],
)
def test_continuation_after_a_quotation_reported_by_according_to(with_quotation: bool, expected: str | None) -> None:
    """``expected``: the cue the quote paragraph continues, None when it continues nobody."""
    text = '"I did what I believe was right," Schaaf said Friday, according to NBC Bay Area.\n"People should live freely."'
    first = _found(text, '"I did what I believe was right,"', "said", "Schaaf", kind="direct")
    outer = _found(text, 'I did what I believe was right," Schaaf said Friday', "according to", "NBC Bay Area",
                   kind="mixed")
    out = continuation_quotes([first, outer] if with_quotation else [outer], find_quotes(text))
    assert [text[f.continues[0]:f.continues[1]] for f in out if f.continues] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "label, expected",
    [
        ('"Related:"', []),
        ("“See also:”", []),
        ('"Read more:"', []),
        # a quoted sentence that ends in a colon, and a quoted sentence, continue the speaker
        ('"Here is what we told the union:"', ['"Here is what we told the union:"']),
        ('"We will balance the budget."', ['"We will balance the budget."']),
    ],
)
def test_a_quoted_label_continues_no_one(label: str, expected: list[str]) -> None:
    text = f'"We will not raise taxes," the governor said.\n\n{label}\n\nGovernor Signs Budget Into Law.\n'
    first = _found(text, '"We will not raise taxes,"', "said", "the governor", kind="direct")
    found = continuation_quotes([first], find_quotes(text), frozenset({"note", "update", "see also", "read more"}))
    assert [text[f.content[0]:f.content[1]] for f in found] == expected


def _turn(text: str, label: str, content: str) -> Found:
    """A turn found upstream: ``label`` its source, the colon after it its cue (the word "said" where none)."""
    at = text.index(label)
    colon = text.find(":", at)
    cue = (colon, colon + 1) if colon >= 0 else (text.index(" said", at) + 1, text.index(" said", at) + 5)
    return Found(kind="direct", content=_at(text, content), cue=cue, source=(at, at + len(label)),
                 source_head=None, addressee=None, addressee_head=None, score=0.9, cue_head=0, medium="speech")


@pytest.mark.parametrize(
    "paragraph, turn, expected",
    [
        # a speaker's label opening the quotation gives it to the label's person (the turn), not the speaker before
        pytest.param('"Dana Fuller: The levy sounds fine until you read it."', ("Dana Fuller", "The levy sounds fine"),
                     [], id="label-opens-quote"),
        pytest.param("“  FULLER : The levy sounds fine until you read it.”", ("FULLER", "The levy sounds fine"), [],
                     id="caps-label-spaced"),
        # negatives: a colon later inside the quotation (the turn found there is no label opening it), a report with
        # a cue of words, a label found as no turn ("Note:", "10:30:", "Q:" are no turns upstream: nothing found)
        pytest.param('"We told the board one thing: Dana Fuller: no levy."', ("Dana Fuller", "no levy"),
                     ['"We told the board one thing: Dana Fuller: no levy."'], id="neg-colon-inside"),
        pytest.param('"Dana Fuller, a landlord: The levy sounds fine until you read it."', ("Dana Fuller", "The levy"),
                     ['"Dana Fuller, a landlord: The levy sounds fine until you read it."'], id="neg-words-before-colon"),
        pytest.param('"Dana Fuller said the levy sounds fine until you read it."', ("Dana Fuller", "the levy sounds"),
                     ['"Dana Fuller said the levy sounds fine until you read it."'], id="neg-cue-of-words"),
        pytest.param('"Note: The levy sounds fine until you read it."', None,
                     ['"Note: The levy sounds fine until you read it."'], id="neg-note-no-turn"),
        pytest.param('"10:30: The levy sounds fine until you read it."', None,
                     ['"10:30: The levy sounds fine until you read it."'], id="neg-time-stamp"),
        pytest.param('"Q: Does the levy sound fine? A: Until you read it."', None,
                     ['"Q: Does the levy sound fine? A: Until you read it."'], id="neg-quoted-q"),
    ],
)
def test_a_quotation_opened_by_a_speaker_label_continues_no_one(paragraph: str, turn: tuple[str, str] | None,
                                                                 expected: list[str]) -> None:
    text = f"Council member Ann Ruiz argued that the new levy was a gift to landlords.\n\n{paragraph}\n\nThe vote is in May."
    first = _found(text, "that the new levy was a gift to landlords", "argued", "Council member Ann Ruiz")
    found = [first] + ([_turn(text, *turn)] if turn else [])
    out = continuation_quotes(found, find_quotes(text))
    assert [text[f.content[0]:f.content[1]] for f in out] == expected
