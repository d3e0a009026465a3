"""``inverted_asides``: "The plan, said the mayor, would cost millions." is the mayor's, and the plan said nothing.

The parse gives the aside's verb two subjects, the clause's before it and the speaker after it; the speaker
is the one after the cue, and the content runs around the aside. Rows are ``text -> (source, cue, content)``
(``tests/_cues.rows``); the unit rows read the parse (``text, cue -> (before, speaker) or None``).
"""

from __future__ import annotations

import pytest

from _cues import rows, token_of
from sayso.nlp.extract.inverted_asides import (
    as_aside,
    as_aside_parts,
    aside_on_subject,
    inverted_aside,
    parenthetical_cue,
    reason_after_aside,
    subject_left_of_root,
)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source",
    [
        # the parse makes the aside's speaker an apposition of the clause's subject: the speaker is the apposition
        ("His promises, independent analyses agree, would add trillions to the debt.", "independent analyses"),
        # ... and the name it is hung on is what is spoken of, no name of the speaker's
        ("Hillary Clinton spoke on Monday. Clinton, a top aide said, “is very confident in the contrast” between "
         "her and Trump.", "a top aide"),
        # negatives: the speaker parsed as the aside's own subject; a true apposition before a plain cue
        ("His tax plan, economists agree, would add trillions to the debt.", "economists"),
        ("Smith, a lawyer, agreed that the plan would fail.", "Smith"),
        ("The plan, the mayor said, would cost millions.", "the mayor"),
    ],
)
def test_speaker_read_as_apposition(nlp, text: str, source: str) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert [r[0] for r in found] == [source], found


def test_pronoun_after_an_aside_speaker(nlp) -> None:  # noqa: ANN001
    """The "she" of the clause joined on is the clause's subject, not the aside's speaker."""
    found = rows(nlp, "Hillary Clinton spoke on Monday. Clinton, a top aide said, “is very confident in the contrast” "
                      "between her and Trump, and since 2008 she has often told Obama’s team that “I only lost one "
                      "debate against your boss.”")
    assert [r[0] for r in found] == ["a top aide", "Hillary Clinton"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan, said the mayor, would cost millions.",
         ("the mayor", "said", "The plan, said the mayor, would cost millions")),
        ("The decision, said Smith, was final and would not be reviewed.",
         ("Smith", "said", "The decision, said Smith, was final and would not be reviewed")),
        ("Those talks, says one official, could resume next month.",
         ("one official", "says", "Those talks, says one official, could resume next month")),
        ("The economy, said Finance Minister Olaf Scholz, would recover next year.",
         ("Olaf Scholz", "said", "The economy, said Finance Minister Olaf Scholz, would recover next year")),
        # the other parse: the cue the root, the speaker the subject of the clause after it
        ("Any clear interpretation of the deal, said Michael Kofman, an expert on Russia, would read this as a "
         "public admission.",
         ("Michael Kofman", "said", "Any clear interpretation of the deal, said Michael Kofman, an expert on Russia, "
          "would read this as a public admission")),
        ("Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the "
         "Woodrow Wilson Center in Washington, would read this as a public admission.",
         ("Michael Kofman", "said", "Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an "
          "expert on Russia at the Woodrow Wilson Center in Washington, would read this as a public admission")),
        # opinion writing's "X, writes Y, ...": the writer after the cue, never the one written about
        ("Francis, writes Royal, “has little use for established procedures.”",
         ("Royal", "writes", "has little use for established procedures")),
        ("Francis, Royal writes, “has little use for established procedures.”",
         ("Royal", "writes", "has little use for established procedures")),
        ("The pope, said John Smith, was wrong about the church.",
         ("John Smith", "said", "The pope, said John Smith, was wrong about the church")),
        ("Trump, said Clinton, would be a disaster for the country.",
         ("Clinton", "said", "Trump, said Clinton, would be a disaster for the country")),
    ],
)
def test_speaker_of_an_inverted_aside(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found
    # never the subject before the aside as the speaker
    assert not [r for r in found if r[1] == expected[1] and r[0] != expected[0]], found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The plan, said the mayor, would cost millions.", "said", ("plan", "mayor")),
        # negatives: the usual order (the speaker before the verb), a participle, no comma after the speaker
        ("The plan, the mayor said, would cost millions.", "said", None),
        ("The bridge, said to be the oldest in the city, will close.", "said", None),
        ("The mayor said the plan would cost millions.", "said", None),
        ("Prices rose, said the report.", "said", None),
        ("Any clear interpretation of the deal, said Michael Kofman, an expert on Russia, would read this as an "
         "admission.", "said", ("interpretation", "Kofman")),
        # negatives of the other parse: the speaker before the cue, the clause's subject after it; a quotation
        ("Officials said the mayor, who would know, was wrong.", "said", None),
        # ... and a speaker with an aside of its own before the cue, a person's name, a pronoun
        ("The senator, 65, said Jones, a Democrat, would win the seat.", "said", None),
        ("Trump, speaking at a rally in Ohio, said Clinton, who served as secretary of state, would be a disaster.",
         "said", None),
        ("The official, who was not authorized to speak publicly, said the mayor, a Democrat, would resign.", "said",
         None),
        ("He, too, said Jones, a Democrat, would win the seat.", "said", None),
        ('"The plan is dead," said the mayor, who would know.', "said", None),
        # the name before the cue is a person's, set off by the comma alone: what the aside's speaker speaks of
        ("Trump, said Clinton, would be a disaster for the country.", "said", ("Trump", "Clinton")),
        # the parse reads the speaker after the cue as its object, or hangs the subject on the clause, not the cue
        ("Francis, writes Royal, “has little use for established procedures.”", "writes", ("Francis", "Royal")),
        ("The pope, says Smith, is wrong about the church.", "says", ("pope", "Smith")),
        ("The pope, said John Smith, was wrong about the church.", "said", ("pope", "Smith")),
        # the plain order the parse gave two subjects: the one next to the cue speaks
        ("Francis, Royal writes, “has little use for established procedures.”", "writes", ("Francis", "Royal")),
        # negatives: an object that is no name's, no comma after it
        ("Smith, writes often about the church and its pope.", "writes", None),
        ("Trump, Clinton and Sanders said the plan would fail.", "said", None),
    ],
)
def test_inverted_aside_unit(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    aside = inverted_aside(token)
    assert ((aside[0].text, aside[1].text) if aside else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the plain order's aside with the cue read as the root: the subject before it, the predicate after it
        ("The plan, he told me on Friday, was never going to work.", "told", ("The plan", "was never going to work")),
        ("That decision, Obama told reporters, was a mistake.", "told", ("That decision", "was a mistake")),
        ("The economy, he told reporters, is booming.", "told", ("The economy", "is booming")),
        ("Cruz, the campaign told donors in an email, has the momentum.", "told", ("Cruz", "has the momentum")),
        ("This sort of opining, CNN claimed, violates its code of journalistic practices.", "claimed",
         ("This sort of opining", "violates its code of journalistic practices")),
        # negatives: a predicate with a subject of its own; no aside; the parataxis the candidates take as it is
        ("Last week, he told reporters, the plan was dead.", "told", None),
        ("He told reporters the plan was dead.", "told", None),
        ("The plan, he said, was dead.", "said", None),
        ("On Friday, he told me that he would resign.", "told", None),
    ],
)
def test_subject_left_of_root(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    parts = subject_left_of_root(token)
    assert (tuple(text[s:e] for s, e in parts) if parts else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan, he told me on Friday, was never going to work.",
         ("he", "told", "The plan, he told me on Friday, was never going to work")),
        ("That decision, Obama told reporters, was a mistake.",
         ("Obama", "told", "That decision, Obama told reporters, was a mistake")),
        # negative: the plain report keeps its clause alone
        ("Last week, he told reporters, the plan was dead.", ("he", "told", "the plan was dead")),
    ],
)
def test_subject_before_a_plain_aside(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the aside between the clause's subject and its predicate: the clause on both sides is what was said
        ("A Clinton presidency, she vowed, would bring better-paying jobs and repaired bridges.", "vowed", True),
        ("His leverage, they believe, isn’t going anywhere.", "believe", True),
        # negatives: a connective or an adjunct before the aside; no aside; the speaker after the cue
        ("But, he added, “We are, in effect, in a war.”", "added", False),
        ("On top of that, opponents say, the wage increase will raise prices for consumers.", "say", False),
        ("However, as POLITICO has reported, cases that led to charges included aggravating circumstances.",
         "reported", False),
        ("She vowed that a Clinton presidency would bring better-paying jobs.", "vowed", False),
    ],
)
def test_parenthetical_cue(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    assert parenthetical_cue(token) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the clause before the aside and the reason after it, both hung on the cue: both are what was said
        ("That is cause for celebration, he said, because Russians are now living longer.", "said",
         ("That is cause for celebration", "because Russians are now living longer")),
        ("The plan is dead, he said on Tuesday, because the votes are not there.", "said",
         ("The plan is dead", "because the votes are not there")),
        ("Taxes will go up, the governor said, unless lawmakers cut spending.", "said",
         ("Taxes will go up", "unless lawmakers cut spending")),
        # negatives: the time of saying, the writer's concession, no aside, no reason
        ("The plan is dead, he said, while visiting Ohio.", "said", None),
        ("The plan is dead, she said, though she declined to say more.", "said", None),
        ("He said the plan is dead because the votes are not there.", "said", None),
        ("The plan is dead, he said.", "said", None),
    ],
)
def test_reason_after_aside(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    parts = reason_after_aside(token)
    assert (tuple(text[s:e] for s, e in parts) if parts else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("That is cause for celebration, he said, because Russians are now living longer.",
         ("he", "said", "That is cause for celebration, he said, because Russians are now living longer")),
    ],
)
def test_reason_said_with_its_clause(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found


# "Hawaii, as one of Mr. Obama's climate advisers pointed out, is ...": the parse reads "as one of ..." as a
# preposition's phrase and makes the clause's subject the cue's; the speaker is the aside's subject, and what was
# said is the clause around the aside
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hawaii, as one of Mr. Obama's climate advisers pointed out, is especially vulnerable to rising seas.",
         ("one of Mr. Obama's climate advisers", "pointed out",
          "Hawaii, as one of Mr. Obama's climate advisers pointed out, is especially vulnerable to rising seas")),
        ("Ohio, as one of the president's aides pointed out, is crucial.",
         ("one of the president's aides", "pointed out", "Ohio, as one of the president's aides pointed out, is crucial")),
        ("The tax plan, as one of the senators has argued, would help only the rich.",
         ("one of the senators", "has argued", "The tax plan, as one of the senators has argued, would help only the rich")),
        # negatives: the aside the parse reads as a clause of its own (its subject the speaker already); a role
        # set off by its own commas
        ("Ohio, as several Republican strategists have argued, will decide the election.",
         ("several Republican strategists", "have argued", "Ohio, as several Republican strategists have argued, will "
          "decide the election")),
        ("Trump, as a candidate, said he would build a wall.", ("Trump", "said", "he would build a wall")),
    ],
)
def test_speaker_of_an_as_aside(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Hawaii, as one of Mr. Obama's climate advisers pointed out, is especially vulnerable to rising seas.",
         "pointed", ("Hawaii", "one", "Hawaii", "is especially vulnerable to rising seas")),
        ("The island, as one of the governor's aides noted, has no fresh water left.",
         "noted", ("island", "one", "The island", "has no fresh water left")),
        # negatives: a role, no cue right after the phrase; no aside; the parse's own clause
        ("Trump, as a candidate, said he would build a wall.", "said", None),
        ("One of the advisers pointed out that Hawaii is vulnerable.", "pointed", None),
        ("Ohio, as several Republican strategists have argued, will decide the election.", "argued", None),
    ],
)
def test_as_aside_unit(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    found = as_aside(token)
    if expected is None:
        assert found is None
        assert as_aside_parts(token) is None
        return
    assert (found[0].text, found[1].text) == expected[:2]
    assert tuple(text[s:e] for s, e in as_aside_parts(token)) == expected[2:]


# "Morality, Müller explained, is rooted in Grace": the parse hangs the cue on the subject noun (``parataxis``);
# what was said is the subject with its predicate (blind audit ptc class 5a), not the noun alone
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Morality, Müller explained, is rooted in Grace; that is why any teaching ignores the ethics.", "explained",
         ("Morality", "is rooted in Grace")),
        # negatives: a phrase before the aside, no aside, the speaker before the cue in the plain report
        ("In Rome, he said, the pope is wrong.", "said", None),
        ("Müller explained that morality is rooted in Grace.", "explained", None),
        ("Morality is rooted in Grace, Müller explained.", "explained", None),
    ],
)
def test_aside_on_subject(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    parts = aside_on_subject(token)
    assert (tuple(text[s:e] for s, e in parts) if parts else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Morality, Müller explained, is rooted in Grace; that is why any teaching ignores the ethics.",
         ("Müller", "explained", "Morality, Müller explained, is rooted in Grace")),
    ],
)
def test_subject_said_with_its_predicate(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found
