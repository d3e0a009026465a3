"""The steps of ``find_attributions`` that put attributions together, each on its own: ``build_found``
(one attribution from a cue and its content), ``charge_content`` (the charge the parse hung on the agent),
``fold_statement_nouns`` ("said in a statement that X" is one attribution) and the finders by form in
``form_finds`` (``tail_report_finds``, ``words_of_finds``, ``inverted_finds``).

Each table parses a news-like sentence; the attributions a step takes in are built by hand, so a row
checks the step and not the steps before it.
"""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.assembly import build_found, choose_source_head
from sayso.nlp.extract.candidates import Content, content_candidates
from sayso.nlp.extract.content_choice import charge_content
from sayso.nlp.extract.cue_scores import TAIL_REPORT_SCORE
from sayso.nlp.extract.dedupe import fold_statement_nouns
from sayso.nlp.extract.form_finds import inverted_finds, tail_report_finds, words_of_finds
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lexicon():  # noqa: ANN201
    return load_lexicon()


def _at(text: str, words: str) -> Range:
    start = text.index(words)
    return (start, start + len(words))


def _found(doc, cue: str, content: str, *, kind: str = "indirect", source: str | None = None) -> Found:  # noqa: ANN001
    text = doc.text
    return Found(kind=kind, content=_at(text, content), cue=_at(text, cue), source=_at(text, source) if source else None,
                 source_head=None, addressee=None, addressee_head=None, score=0.9, cue_head=token_of(doc, cue.split()[0]).i)


def _read(text: str, f: Found) -> tuple[str, str, str, str | None]:
    """(kind, cue, content, source) of ``f`` as words."""
    return (f.kind, text[slice(*f.cue)], text[slice(*f.content)], text[slice(*f.source)] if f.source else None)


# --- build_found ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue, content_kind, expected",
    [
        # (kind, source, addressee, medium)
        ("The minister told reporters that the talks had failed.", "told", "child_ccomp",
         ("indirect", "The minister", "reporters", "speech")),
        ("“We will not back down,” the mayor said.", "said", "quote_before", ("direct", "the mayor", None, "speech")),
        ("The senator wrote on Twitter that the vote was rigged.", "wrote", "child_ccomp",
         ("indirect", "The senator", None, "writing")),
        # negatives: an addressee inside the content is none (the object read as what was told);
        # an agentless passive has no source
        ("The minister told reporters that the talks had failed.", "told", "child_dobj",
         ("indirect", "The minister", None, "speech")),
        ("It was announced that the talks had failed.", "announced", "child_ccomp", ("indirect", None, None, "speech")),
    ],
)
def test_build_found(nlp, lexicon, text: str, cue: str, content_kind: str, expected: tuple) -> None:  # noqa: ANN001
    doc = nlp(text)
    quotes = find_quotes(text)
    token = token_of(doc, cue)
    content = next(c for c in content_candidates(token, quotes) if c.kind == content_kind)
    f = build_found(token, content, quotes, 0.75, lexicon)
    assert (f.content, f.score, f.cue_head) == ((content.start, content.end), 0.75, token.i)
    assert cue in text[slice(*f.cue)]
    got = (f.kind, text[slice(*f.source)] if f.source else None, text[slice(*f.addressee)] if f.addressee else None,
           f.medium)
    assert got == expected


# --- choose_source_head -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the parse's subject, or the object a participle of saying hangs on
        ("The minister said that the talks had failed.", "said", "minister"),
        ("A statement saying that the talks had failed was read out.", "saying", "statement"),
        # a document's issuer, named as the subject of the verb that put it out
        ("The company issued a statement saying that the talks had failed.", "saying", "company"),
        # a name before its role: the name, not the role
        ("Christine South, head of IFRC's operations, said that the talks had failed.", "said", "South"),
        # a participle lent an event: the subject of the clause before it
        ("The first incident came during a speech, when protesters interrupted her, shouting that she lied.",
         "shouting", "protesters"),
        # a time the parse made the subject: the person inside its phrase
        ("Saturday at the convention Sen. Elizabeth Warren said that Trump was a failure.", "said", "Warren"),
        # negatives: a bare demonstrative, a thing before a conjoined cue and a time speak for no one
        ("This shows that he lied.", "shows", None),
        ("Thousands of deaths from opioids shocked the state and called on the government to act.", "called", None),
        ("11:00 am – Police receive 911 calls saying shots have been fired.", "saying", None),
        # an agentless passive names no one
        ("It was announced that the talks had failed.", "announced", None),
    ],
)
def test_choose_source_head(nlp, lexicon, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    content = next(iter(content_candidates(token, find_quotes(text))))
    head = choose_source_head(token, ((content.start, content.end),), lexicon)
    assert (head.text if head is not None else None) == expected


# --- charge_content ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Corbyn is accused by critics of promoting anti-Semitism.", "accused", "promoting anti-Semitism"),
        # negatives: the charge stands before the agent; no charge on a verb of praise; "of" opens no act
        ("Corbyn is accused of promoting anti-Semitism by critics.", "accused", None),
        ("Corbyn is praised by critics of the party.", "praised", None),
        ("The minister was accused by critics of the plan.", "accused", None),
    ],
)
def test_charge_content(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    best = Content("child_dobj", 0, len(text))  # what the content model picked: kept unless a charge is found
    got = charge_content(best, token_of(doc, cue))
    if expected is None:
        assert got == best
    else:
        assert (got.kind, text[got.start:got.end]) == ("prep_obj", expected)


# --- fold_statement_nouns ---------------------------------------------------------------


def test_a_statement_noun_folds_into_its_verb(nlp) -> None:  # noqa: ANN001
    """ "said in a statement that X" with the clause hung on the noun: one attribution, "said", content X."""
    text = "Big Machine said in a statement that it had never blocked her."
    doc = nlp(text)
    verb = _found(doc, "said", "in a statement that it had never blocked her", source="Big Machine")
    noun = _found(doc, "statement", "that it had never blocked her", kind="mixed")
    out = fold_statement_nouns([verb, noun], doc)
    assert [_read(text, f) for f in out] == [("mixed", "said", "that it had never blocked her", "Big Machine")]


def test_a_statement_nouns_quotation_further_on_stays_the_verbs(nlp) -> None:  # noqa: ANN001
    text = "The agency said in a statement that it chose not to vaccinate because of the “short-term” stays."
    doc = nlp(text)
    verb = _found(doc, "said", "that it chose not to vaccinate because of the “short-term” stays", source="The agency")
    noun = _found(doc, "statement", "“short-term”", kind="direct")
    assert fold_statement_nouns([verb, noun], doc) == [verb]


def test_a_quotation_before_the_statement_noun_stays_the_verbs(nlp) -> None:  # noqa: ANN001
    """ 'its venture "Spike TV," according to a statement read in court': the name quoted before the noun is not the
    noun's clause, and the according-to keeps the clause it scopes over."""
    text = 'Lee no longer believes that Viacom called its venture "Spike TV," according to a statement read in court.'
    doc = nlp(text)
    verb = _found(doc, "according to", 'Lee no longer believes that Viacom called its venture "Spike TV,"')
    noun = _found(doc, "statement", '"Spike TV,"', kind="direct")
    assert fold_statement_nouns([verb, noun], doc) == [verb]


def test_a_statement_noun_folds_into_its_participle(nlp) -> None:  # noqa: ANN001
    """ "issued a statement warning that X": the participle tells X, the noun does not tell it again."""
    text = "The Electoral Commission issued a statement warning that “voters are entitled to transparency.”"
    doc = nlp(text)
    noun = _found(doc, "statement", "“voters are entitled to transparency.”", kind="direct")
    verb = _found(doc, "warning", "that “voters are entitled to transparency.”", kind="mixed")
    assert fold_statement_nouns([noun, verb], doc) == [verb]


@pytest.mark.parametrize(
    "text, found",
    [
        # a participle that tells something else than the noun's content
        ("The company issued a statement warning investors. The statement said that sales fell.",
         [("statement", "that sales fell"), ("warning", "investors")]),
        # a statement that is the subject speaks itself; a noun with no verb found above it stays
        ("The statement said that the deal was off.", [("statement", "that the deal was off"), ("said", "that the deal was off")]),
        ("Big Machine said in a statement that it had never blocked her.", [("statement", "that it had never blocked her")]),
    ],
)
def test_nothing_to_fold(nlp, text: str, found: list[tuple[str, str]]) -> None:  # noqa: ANN001
    doc = nlp(text)
    given = [_found(doc, cue, content) for cue, content in found]
    assert fold_statement_nouns(given, doc) == given


# --- form_finds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Researchers have now detected water vapor directly for the first time, a new study reports.",
         [("indirect", "reports", "Researchers have now detected water vapor directly for the first time", "a new study")]),
        # negative: a verb the parse reads as one is the cue's own (found by the cue loop)
        ("The economy grew by 3 percent last year, the report says.", []),
    ],
)
def test_tail_report_finds(nlp, lexicon, text: str, expected: list) -> None:  # noqa: ANN001
    doc = nlp(text)
    quotes = find_quotes(text)
    got = tail_report_finds(doc, quotes, lexicon, [])
    assert [_read(text, f) for f in got] == expected
    assert all(f.score == TAIL_REPORT_SCORE for f in got)
    # a content some cue found already is not found again
    assert tail_report_finds(doc, quotes, lexicon, got) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('In the words of the governor: "We will not raise taxes this year."',
         [("direct", "In the words of", '"We will not raise taxes this year."', "the governor")]),
        # negative: no quotation, no words of anyone
        ("In the words of the song, the night is young.", []),
    ],
)
def test_words_of_finds(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    doc = nlp(text)
    quotes = find_quotes(text)
    got = words_of_finds(doc, quotes, [])
    assert [_read(text, f) for f in got] == expected
    assert words_of_finds(doc, quotes, got) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Said Smith: "We will not back down from this fight."',
         [("direct", "Said", '"We will not back down from this fight."', "Smith")]),
        ("“We will rebuild the town.” — John Smith, in a statement",
         [("direct", "—", "“We will rebuild the town.”", "John Smith")]),
        ("“Will you resign?” “Never,” came the reply from the minister.",
         [("direct", "came the reply", "“Never,”", "the minister")]),
        # negative: a dash inside a sentence names no speaker
        ("“We will win” — Smith said it twice.", []),
    ],
)
def test_inverted_finds(nlp, lexicon, text: str, expected: list) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [_read(text, f) for f in inverted_finds(doc, find_quotes(text), lexicon, [])] == expected


def test_an_inverted_frame_replaces_its_misreading(nlp, lexicon) -> None:  # noqa: ANN001
    """A cue inside the frame ("Said Smith" read as a name before a colon) gives way to the frame's speaker."""
    text = 'Said Smith: "We will not back down from this fight."'
    doc = nlp(text)
    misread = _found(doc, ":", '"We will not back down from this fight."', kind="direct", source="Said Smith")
    got = inverted_finds(doc, find_quotes(text), lexicon, [misread])
    assert [_read(text, f) for f in got] == [("direct", "Said", '"We will not back down from this fight."', "Smith")]


def test_a_quotation_with_its_own_cue_keeps_it(nlp, lexicon) -> None:  # noqa: ANN001
    """A cue outside the frame that claims the whole quotation keeps it; the frame adds nothing."""
    text = "“We will rebuild the town.” — John Smith, in a statement"
    doc = nlp(text)
    own = _found(doc, "statement", "“We will rebuild the town.”", kind="direct", source="John Smith")
    assert inverted_finds(doc, find_quotes(text), lexicon, [own]) == [own]
