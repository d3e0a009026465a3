"""Contents that are what was said (issue 12, items 1 and 3): the right words for a cue whose speaker is right.

Each table row is ``text, cue, expected``: the content ``sayso.analyze`` gives the attribution of
``cue`` (trimmed of quotation marks and end punctuation, ``_cues.TRIM``), ``None`` where the cue must
report nothing. The pure readings under them have tables of their own.
"""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, cue_contents, token_of, with_cue
from sayso.nlp.extract.aside_adjuncts import adjunct_after_aside
from sayso.nlp.extract.aside_fragments import single_quoted_fragment
from sayso.nlp.extract.candidates import complement_is_content, fronted_adjunct
from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.free_relatives import free_relative_gap
from sayso.nlp.extract.page_notices import (
    poll_form_line,
    poll_question,
    poll_widget,
    reader_notice,
    reading_pointer,
)

pytestmark = pytest.mark.slow


def _content(nlp, text: str, cue: str) -> str | None:  # noqa: ANN001
    """The trimmed content of the first attribution whose cue is ``cue``, None when there is none."""
    found = cue_contents(nlp, text, cue)
    return found[0] if found else None


# ---------------------------------------------------------------- "what X says is Y": the predicate, never the governor

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("White holds the board responsible for spreading what she says is a false sense of what the program is.",
                 "says", "is a false sense of what the program is", id="says-is"),
    pytest.param("They repeated what critics say are lies about the vote.", "say", "are lies about the vote", id="say-are"),
    pytest.param("He criticized what he said were the policy failures of Clinton.", "said",
                 "were the policy failures of Clinton", id="said-were"),
    pytest.param("Clinton would end what she said were overly punitive school discipline policies.", "said",
                 "were overly punitive school discipline policies", id="said-were-object"),
    pytest.param("They attacked what they described as an overwhelmingly liberal media.", "described as",
                 "an overwhelmingly liberal media", id="described-as"),
    pytest.param("Funding is still less than half of what researchers say they need every year.", "say",
                 "they need every year", id="say-clause-with-gap-object"),
    pytest.param("Aides praised what Sroka called a “let a thousand flowers bloom” approach - working with many groups.",
                 "called", "a “let a thousand flowers bloom” approach", id="called-until-dash"),
    # negatives: a relative with nothing after the cue, a clause of its own, the writer's verdict on what was said,
    # "what" the object of another verb: nothing the speaker said is named
    pytest.param("Reporters asked the mayor what she says to the families.", "says", None, id="neg-question"),
    pytest.param("That is pretty much what the governor has threatened to do.", "has threatened", None,
                 id="neg-object-of-infinitive"),
    pytest.param("Despite what he wrote in the mayor's speech about the strike, Cross said he may vote for her.", "wrote",
                 None, id="neg-object-and-adjuncts"),
    pytest.param("The mayor said that the bridge is unsafe.", "said", "that the bridge is unsafe", id="neg-plain-clause"),
    pytest.param("What she says is true.", "says", None, id="neg-writers-verdict"),
    pytest.param("What's more, they found that sagging wages reduced earnings.", "found",
                 "that sagging wages reduced earnings", id="neg-whats-more"),
])
def test_free_relative_content(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Voters rejected what the governor calls a modest reform.", "calls", "a modest reform"),
    ("She mocked what he says is a plan.", "says", "is a plan"),
    ("Aides dismissed what Smith described as a smear.", "described", "a smear"),
    # negatives: the cue opens no free relative ("said what", "says it is"), or "what" is a question's
    ("He said what he meant.", "said", None),
    ("She says it is a plan.", "says", None),
    ("Nobody knows what she said.", "said", None),
])
def test_free_relative_gap(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    gap = free_relative_gap(token_of(doc, cue))
    assert (text[gap[0]:gap[1]] if gap else None) == expected


# ---------------------------------------------------------------- the addressee is not what was told

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("The memo, which a spokeswoman told TheDCNF was supposed to be secret, was leaked.", "told",
                 "was supposed to be secret", id="relative-name"),
    pytest.param("The plan, which the mayor told reporters would cost millions, was dropped.", "told",
                 "would cost millions", id="relative-noun"),
    pytest.param("The deal, which an aide told me was final, fell apart.", "told", "was final", id="relative-pronoun"),
    pytest.param("The rule, which officials told the Daily Caller News Foundation would take effect in May, was delayed.",
                 "told", "would take effect in May", id="relative-long-name"),
    pytest.param("Smith called him a “fucking Islamophobe,” saying he had no place in the party.", "called",
                 "him a “fucking Islamophobe", id="called-then-saying"),
    pytest.param("The lawyer told them there is no other interpretation of the ruling.", "told",
                 "there is no other interpretation of the ruling", id="expletive-clause"),
    pytest.param("A spokesman told them “there is no other interpretation” of the ruling.", "told",
                 "there is no other interpretation” of the ruling", id="pronoun-before-quote"),
    # negatives: a clause with its own subject after the addressee; a verb not of telling keeps its object's clause
    pytest.param("The officials told reporters the rule would take effect in May.", "told",
                 "the rule would take effect in May", id="neg-own-subject"),
    pytest.param("He told POLITICO Florida the state's own standards are not perfect but “getting better and better.”",
                 "told", "the state's own standards are not perfect but “getting better and better", id="neg-not-relative"),
    # two objects (the curly apostrophe parses so): the first is whom he told, the nearest the clause's subject
    pytest.param("He told POLITICO Florida the state’s own standards are not perfect but “getting better and better.”",
                 "told", "the state’s own standards are not perfect but “getting better and better", id="two-objects"),
    pytest.param("He told POLITICO Florida the state’s own standards are not perfect but getting better.",
                 "told", "the state’s own standards are not perfect but getting better", id="two-objects-no-quote"),
    pytest.param("The CDC recommends all individuals above age 6 months get a flu vaccine.", "recommends",
                 "all individuals above age 6 months get a flu vaccine", id="neg-not-telling"),
    pytest.param("The bill, which Smith says will cut taxes, passed.", "says", "will cut taxes", id="neg-no-addressee"),
])
def test_addressee_not_content(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


# ---------------------------------------------------------------- a dash joining words is no boundary

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("The lawmaker said she knew nothing about the case involving her then–IT aide Imran Awan.", "said",
                 "she knew nothing about the case involving her then–IT aide Imran Awan", id="en-dash-joins"),
    pytest.param("The lawmaker said she knew nothing about the case involving her then—IT aide Imran Awan.", "said",
                 "she knew nothing about the case involving her then—IT aide Imran Awan", id="em-dash-after-then"),
    pytest.param("The flight, which the airline says left the Dallas–Fort Worth airport late, landed safely.", "says",
                 "left the Dallas–Fort Worth airport late", id="relative-compound"),
    # negatives: a dash that sets a noun phrase off is the writer's aside
    pytest.param("Officials said scores fell on the new exam – one of the top concerns of the unions.", "said",
                 "scores fell on the new exam", id="neg-spaced-dash"),
    pytest.param("Officials said scores fell on the new exam—one of the top concerns of the unions.", "said",
                 "scores fell on the new exam", id="neg-unspaced-em-dash"),
])
def test_dash_in_a_name(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


@pytest.mark.parametrize("text, expected", [
    ("her then–IT aide", False), ("one-third of voters", False), ("the Dallas–Fort Worth area", False),
    ("her then—IT aide", False),
    ("the exam – one of them", True), ("the exam—one of them", True), ("the exam -- one of them", True),
    ("the exam--one of them", True), ("the exam - one of them", True),
])
def test_set_off_dash(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    dashes = [t for t in doc if t.text in ("-", "–", "—", "--")]
    assert dashes and all(set_off_dash(t) is expected for t in dashes)


# ---------------------------------------------------------------- a parenthetical cue: the sentence around it

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("This would be achieved, the memo said, with threats and an unrelenting assault.", "said",
                 ("This would be achieved", "with threats and an unrelenting assault"), id="adjunct-after-aside"),
    pytest.param("The factory closed, the mayor said, for lack of orders.", "said",
                 ("The factory closed", "for lack of orders"), id="reason-phrase"),
    pytest.param("The strategy, they wrote, relied on threats of “exposure” and an unrelenting assault.", "wrote",
                 ("The strategy", "relied on threats of “exposure” and an unrelenting assault"), id="subject-aside"),
])
def test_parenthetical_cue_parts(nlp, text: str, cue: str, expected: tuple[str, ...]) -> None:  # noqa: ANN001
    found = with_cue(analysis(nlp, text), cue)
    assert found and tuple(p.text.strip(TRIM) for p in found[0].content_parts) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("This would be achieved, the memo said, with threats and an unrelenting assault.", "said",
     "with threats and an unrelenting assault"),
    # negatives: the time, channel or manner of saying; a clause of the cue's own; a cue that is no aside
    ("The factory closed, the mayor said, in an interview.", "said", None),
    ("The plan will work, he said, with a smile.", "said", None),
    ("The plan will work, he said on Tuesday, adding that costs would fall.", "said", None),
    ("The mayor said the plant closed with heavy losses.", "said", None),
    ("A judge kept him in jail after hearing his radio show - proof, the prosecutors argued, of his role in the occupation.",
     "argued", None),
])
def test_adjunct_after_aside(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    rng = adjunct_after_aside(token_of(doc, cue))
    assert (text[rng[0]:rng[1]] if rng else None) == expected


# ---------------------------------------------------------------- a colon after the cue line

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("He writes:\n\nTake our poll - story continues below\n\nThe policy has failed every family it touched.",
                 "writes", "The policy has failed every family it touched", id="poll-notice"),
    pytest.param("He writes:\nADVERTISEMENT\n“The policy has failed every family it touched.”", "writes",
                 "The policy has failed every family it touched", id="advertisement"),
    pytest.param("In a rare move, the Vatican letter states:\n\n“The church will not change its position.”", "states",
                 "The church will not change its position", id="block-quote"),
    # a poll widget: its question on the notice's line and repeated after it (blind audit 20)
    pytest.param("The Daily Mirror reports:\ntake our poll - story continues below Who do you think is the most corrupt "
                 "politician?\nWho do you think is the most corrupt politician?\nThe firefighter was suspended on Monday.",
                 "reports", "The firefighter was suspended on Monday", id="poll-widget-question"),
    pytest.param("The Herald reports:\nTake our poll - Story continues below Should the mayor have resigned?\n"
                 "The mayor stepped down after the audit found missing funds.", "reports",
                 "The mayor stepped down after the audit found missing funds", id="poll-widget-once"),
    # the poll's answers follow its question: what the frame gives is not found (blind audit 24)
    pytest.param("Fox News reports:\ntake our poll - story continues below Whom do you consider to be the most corrupt "
                 "Democrat Politician?\nWhom do you consider to be the most corrupt Democrat Politician?\n* Dianne "
                 "Feinstein Maxine Waters Adam Schiff Chuck Schumer\nEmail *\nHis lawyer said he would sue.", "reports",
                 None, id="poll-widget-answers"),
    # the question on a line of its own under its notice, then the answers (blind audit 27)
    pytest.param("Rosiak writes:\ntake our poll - story continues below\nWhom do you consider to be the most corrupt "
                 "Democrat Politician?\nWhom do you consider to be the most corrupt Democrat Politician?\n* Dianne "
                 "Feinstein Maxine Waters Adam Schiff Chuck Schumer\nEmail *\nHis lawyer said he would sue.", "writes",
                 None, id="poll-question-own-line"),
    # negative: a question under a notice with prose after it is what the frame gives
    pytest.param("He asks:\nADVERTISEMENT\nWhy would anyone trust this council again?\nThe mayor resigned on Monday.",
                 "asks", "Why would anyone trust this council again?", id="neg-question-over-prose"),
    # negative: a paragraph of prose is what follows, even one that mentions a poll
    pytest.param("He writes:\n\nTake our poll numbers seriously, because every one of them shows the policy failing.",
                 "writes", "Take our poll numbers seriously, because every one of them shows the policy failing",
                 id="neg-prose"),
])
def test_colon_after_cue_line(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


@pytest.mark.parametrize("line, expected", [
    ("Take our poll - story continues below", True), ("ADVERTISEMENT", True), ("Continue reading below", True),
    ("Story continues below advertisement", True), ("Click here to subscribe", True),
    # negatives: prose, a long line, an empty one
    ("The story continues to unfold in Washington, where senators met again on Tuesday night.", False),
    ("Take our poll numbers seriously.", False), ("", False),
])
def test_reader_notice(line: str, expected: bool) -> None:
    assert reader_notice(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("take our poll - story continues below Whom do you consider to be the most corrupt politician?",
     "Whom do you consider to be the most corrupt politician?"),
    ("Story continues below Who should be the next mayor?", "Who should be the next mayor?"),
    # negatives: a notice alone, prose, a notice followed by a statement, a question alone
    ("Take our poll - story continues below", None),
    ("Readers who take our poll say the mayor should go?", None),
    ("take our poll - story continues below The mayor resigned on Monday.", None),
    ("Who should be the next mayor?", None),
])
def test_poll_widget(line: str, expected: str | None) -> None:
    assert poll_widget(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("* Dianne Feinstein Maxine Waters Adam Schiff Chuck Schumer", True), ("Email *", True), ("• Yes", True),
    # negatives: prose, a footnote's star inside a sentence, an empty line
    ("The mayor resigned on Monday.", False), ("The figure* was revised on Monday.", False), ("", False),
])
def test_poll_form_line(line: str, expected: bool) -> None:
    assert poll_form_line(line) is expected


@pytest.mark.parametrize("lines, expected", [
    (["Whom do you consider the most corrupt?", "Whom do you consider the most corrupt?", "* Feinstein Waters"],
     "Whom do you consider the most corrupt?"),
    (["Should Jim Acosta have gotten his press pass back?", "* Yes No", "Email *"],
     "Should Jim Acosta have gotten his press pass back?"),
    # negatives: a question over prose, a statement over a form, a question alone, nothing
    (["Why would anyone trust this council?", "The mayor resigned on Monday."], None),
    (["The mayor resigned on Monday.", "* Yes No"], None),
    (["Who should be the next mayor?"], None),
    ([], None),
])
def test_poll_question(lines: list[str], expected: str | None) -> None:
    assert poll_question(lines) == expected


# ---------------------------------------------------------------- "as X claims" after a quoted fragment

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("But the Guardian is far from 'solid and reliable', as Greenwald claims.", "claims", "'solid and reliable'",
                 id="single-comma-outside"),
    pytest.param("But the Guardian is far from 'solid and reliable,' as Greenwald claims.", "claims", "'solid and reliable,'",
                 id="single-comma-inside"),
    pytest.param("Yet the paper is anything but “solid and reliable,” as Greenwald claims.", "claims", "solid and reliable",
                 id="double-marks"),
    pytest.param("Nor is the program a “total failure,” as critics allege.", "allege", "total failure", id="allege"),
    # the double-marked quotation before the aside, a comma outside or inside its marks (blind audits 36 and 39)
    pytest.param("Even aside from its campaign, the Guardian is far from “solid and reliable”, as Greenwald claims.",
                 "claims", "solid and reliable", id="double-comma-outside"),
    pytest.param("Fourthly, there was NO report of the man “exhibiting violent behavior,” as the police sergeant claims.",
                 "claims", "exhibiting violent behavior", id="double-comma-inside"),
    # negatives: no quoted words, the aside cites the whole clause; an apostrophe is no quotation
    pytest.param("The economy isn't strong, as the president claims.", "claims", "The economy isn't strong",
                 id="neg-no-quote"),
    pytest.param("The deal was the Smiths' idea, as their lawyer claims.", "claims", "The deal was the Smiths' idea",
                 id="neg-apostrophe"),
    # an emphatic negation with no quotation is what X asserts ("as X insists" = X insists it): the whole clause
    pytest.param("He did NOT lie, as his lawyers insist.", "insist", "He did NOT lie", id="neg-capitals-insist"),
    pytest.param("The vote was far from fair, as observers allege.", "allege", "The vote was far from fair",
                 id="neg-far-from-allege"),
])
def test_as_claims_after_fragment(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


@pytest.mark.parametrize("text, expected", [
    ("But the Guardian is far from 'solid and reliable', as Greenwald claims.", "'solid and reliable'"),
    ("It's not the 'best deal ever', as Trump's aides claim.", "'best deal ever'"),
    ("The economy isn't strong, as the president claims.", None),
    ("The deal was the Smiths' idea, as their lawyer claims.", None),
])
def test_single_quoted_fragment(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    cue = next(t for t in doc if t.lemma_ == "claim")
    rng = single_quoted_fragment(cue, text)
    assert (text[rng[0]:rng[1]] if rng else None) == expected


# ---------------------------------------------------------------- a one-word content cut from a longer one

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("But ignoring or denying the progress of the last decade also carries risks, as her supporters point out.",
                 "point out", "ignoring or denying the progress of the last decade also carries risks",
                 id="verb-of-saying-in-subject"),
    pytest.param("But blocking or denying the request also carries risks, as the lawyers argue.", "argue",
                 "blocking or denying the request also carries risks", id="gerund-subject"),
    # negative: a verb of saying joined to the content's own verb is the speaker's next act
    pytest.param("The ministry said it viewed the move as a provocation and said it would heighten tensions.", "said",
                 "it viewed the move as a provocation", id="neg-next-saying"),
])
def test_subject_not_cut_at_saying(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


# ---------------------------------------------------------------- a bare phrase is not what was said (blind audit 27)

@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("In a lengthy report by Rosiak at the Daily Caller, he writes:\ntake our poll - story continues below\n"
                 "Whom do you consider the most corrupt politician?\nWhom do you consider the most corrupt politician?\n"
                 "* Dianne Feinstein Maxine Waters\nEmail *\nHis lawyer said he would sue.", "writes", None,
                 id="fronted-phrase-no-content"),
    pytest.param("Nine countries were urged by the World Health Organisation to prepare for an outbreak of plague.",
                 "were urged", "to prepare for an outbreak of plague", id="passive-request-infinitive"),
    pytest.param("It was reported by the hotel there was a shooter moving through the building.", "was reported",
                 "there was a shooter moving through the building", id="passive-placeholder-it"),
    # negative: a clause after a fronted phrase is what was said
    pytest.param("In a statement, the mayor said the budget was balanced.", "said", "the budget was balanced",
                 id="neg-clause-after-phrase"),
])
def test_bare_phrase_contents(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected


@pytest.mark.parametrize("text, expected", [
    ("In a lengthy report by Rosiak, he writes that the plan failed.", True),
    ("On Tuesday, he said the plan failed.", True),
    ("About the plan he said little.", False),
    ("He spoke about the plan on Tuesday.", False),
])
def test_fronted_adjunct(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert any(fronted_adjunct(t) for t in doc) is expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Nine countries were urged by the WHO to prepare for an attack.", "urged", True),
    ("It was reported by the hotel there was a shooter.", "reported", True),
    ("The plan was revealed by the Post.", "revealed", False),
    ("The deal was announced by the ministry on Tuesday.", "announced", False),
    ("She is seen by party leaders as uniquely credible.", "seen", False),
    ("He was told by aides to resign.", "told", True),
    ("The initiative was called by the SVP to force the government to act.", "called", False),
])
def test_complement_is_content(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert complement_is_content(token_of(nlp(text), cue)) is expected


_REVIEW = "See Peter Brimelow’s review: “Wheel And Fight”—Pat Buchanan’s Nixon Book"


@pytest.mark.parametrize("line, at, expected", [
    (_REVIEW, _REVIEW.index("“"), True),
    ("Read our earlier story: Trump Says Wall Will Be Built", 30, True),
    ("Watch the interview: “We will win”", 25, True),
    # negatives: a question word (what follows is what was said), an embedded post, before the colon, prose
    ("See what the mayor said: “The budget is balanced,” she told reporters.", 30, False),
    ("See the video: https://t.co/x — Joe Galli (@JoeGalliNews) July 11, 2018", 20, False),
    (_REVIEW, 4, False),
    ("The mayor said: “The budget is balanced.”", 20, False),
    # a quotation with its cue after the colon is someone's words (clean-clone CI of merge28)
    ("Read his statement: “I did nothing wrong,” Smith wrote.", 25, False),
    ("Read more: “We will not back down,” the union says", 15, False),
])
def test_reading_pointer(line: str, at: int, expected: bool) -> None:
    assert reading_pointer(line, at) is expected


@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("The book is a road map.\n" + _REVIEW + "\nThe mayor said the budget was balanced.", "—", None,
                 id="pointed-title"),
    pytest.param("The book is a road map.\n“We will fight this ruling to the end”—Pat Buchanan\n", "—",
                 "We will fight this ruling to the end", id="neg-dash-credit"),
])
def test_pointed_title_is_no_quotation(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _content(nlp, text, cue) == expected
