"""Blind audit 66's wrong rows, each narrow (``topics.disputed_topic``, ``semicolon_fronts``,
``participle_controllers.judge_of_naming``, ``garbled_sources.headless_relative``), with the rows each keeps."""

from __future__ import annotations

import pytest

from _cues import assert_cue, rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a dispute over a topic: no view told
        pytest.param("They also disagree over ethanol - sacred in Iowa - and on authorizing oil and gas drilling.",
                     "also disagree over", False, id="disagree-over-topic"),
        pytest.param("The two parties differ on the budget.", "differ on", False, id="differ-on-topic"),
        # kept: a clause, or "disagreed with" a stance
        pytest.param("He disagreed, saying the plan would fail.", "saying", True, id="disagree-then-saying"),
        pytest.param("Economists disagree over how fast the economy will grow.", "disagree over", True,
                     id="disagree-over-clause"),
        # a clause before a semicolon is no content of a verb with its own object
        pytest.param("A second bomb, evidently carried by the other woman, did not explode; the authorities found "
                     "explosives and detonated them afterward.", "found", False, id="semicolon-physical-find"),
        pytest.param("The lights went out; the engineers discovered a fault and fixed it.", "discovered", False,
                     id="semicolon-discovered-object"),
        # kept: a clause before a comma, and a verb with no object
        pytest.param("The plan will fail, the minister said on Monday.", "said", True, id="comma-fronted-said"),
        pytest.param("The authorities found that the bomb had not exploded.", "found", True, id="found-that"),
        # kept (review 65d): a hearer after "told", and a noun that takes up the fronted clause
        pytest.param("The deal is off; Jones told Reuters.", "told", True, id="semicolon-told-hearer"),
        pytest.param("The plan is dead; officials told reporters the news on Monday.", "told", True,
                     id="semicolon-told-the-news"),
        # kept (review 65d): a stance on a claim, not a bare topic
        pytest.param("Jones disagreed about the findings that the drug is dangerous.", "disagreed about", True,
                     id="disagree-about-claim-that"),
    ],
)
def test_audit66_cue(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert_cue(nlp, text, cue, expected)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # a naming participle on the object of a verb of judging is the judge's
        pytest.param('Hynix CEO E.J. Woo condemned the decision calling the ruling an "outrageous act aimed at a '
                     'hidden agenda."', "calling", "E.J. Woo", id="condemned-decision-calling"),
        pytest.param("The senator denounced the verdict, labeling it a travesty of justice.", "labeling",
                     "The senator", id="denounced-labeling-set-off"),
        # kept: a document's own participle after a verb of issuing, and "calling for"
        pytest.param("The union issued a statement calling the deal a betrayal of its members.", "calling",
                     "The union", id="issued-statement-calling"),
        pytest.param('The senator praised the bill calling it a "historic step."', "calling", "The senator",
                     id="praised-bill-calling-it"),
        # kept (review 65d): a written thing judged names on its own
        pytest.param("Activists denounced the statement calling the protesters terrorists.", "calling",
                     "the statement", id="denounced-statement-calling"),
        pytest.param("The mayor criticized a report describing the city as unsafe.", "describing", "a report",
                     id="criticized-report-describing"),
    ],
)
def test_audit66_speaker(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    found = [(s, c) for s, c, _ in rows(nlp, text) if c == cue]
    assert any(s is not None and speaker in s for s, _ in found), found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # a garbled "that said": the relative pronoun stands for nobody
        pytest.param("Roberts said on Fox News Sunday that said his committee was briefed about a week ago.",
                     "that", "Roberts", id="headless-that"),
        # kept: a relative clause's "that" resolves to its noun
        pytest.param("It was the agency that said the plan was sound.", None, None, id="relative-that-kept"),
    ],
)
def test_audit66_headless_relative(nlp, text: str, absent: str | None, present: str | None) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    speakers = [s for s, _, _ in found]
    if absent is not None:
        assert absent not in speakers, found
    if present is not None:
        assert present in speakers, found


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("Roberts said on Fox News Sunday that said his committee was briefed.", "that", True,
                     id="garbled-that-said"),
        pytest.param("It was the agency that said the plan was sound.", "that", False, id="relative-clause"),
        pytest.param("That is what he said.", "That", False, id="demonstrative"),
    ],
)
def test_headless_relative(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from _cues import token_of
    from sayso.nlp.extract.garbled_sources import headless_relative

    assert headless_relative(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a bare crowd's wish inside another's reported clause: part of that claim
        pytest.param("As such, consumers want to easily enjoy this content, regardless of the source, across "
                     "different devices and locations in the home, said the group.", "want", False,
                     id="consumers-want-said-the-group"),
        pytest.param("The mayor said residents want to see more police on the streets.", "want", False,
                     id="residents-want-under-said"),
        # kept: a wish in a main clause, of a crowd or of a determined set
        pytest.param("The residents want to see more police on the streets.", "want", True,
                     id="determined-set-kept"),
        pytest.param("Residents want to see more police on the streets.", "want", True, id="main-clause-kept"),
    ],
)
def test_audit66_reported_wish(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert_cue(nlp, text, cue, expected)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # PolNeAR dev's rows kept: an open question disputed, a relative pronoun right after its noun
        pytest.param("India and Pakistan, for instance, spar over whether a leader of the group belongs in jail.",
                     "spar over", True, id="spar-over-whether-kept"),
        pytest.param("Examining the Chicago Police Department which reported 2,521 shooting incidents in the city.",
                     "reported", True, id="which-after-its-noun-kept"),
    ],
)
def test_audit66_polnear_kept(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert_cue(nlp, text, cue, expected)


def test_headless_relative_needs_a_doubled_verb(nlp) -> None:  # noqa: ANN001
    from _cues import token_of
    from sayso.nlp.extract.garbled_sources import headless_relative

    doc = nlp("One can imagine that said terrorists either helped Paddock or were some of the other shooters.")
    assert headless_relative(token_of(doc, "that")) is False
