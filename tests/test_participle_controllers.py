"""Whose act a trailing participle of saying reports where the verb it hangs on is no one's speech:
``nlp/extract/participle_controllers.py`` (the PTC blind readers' kept-wrong participle rows, ptcw63 class 3).

"implying" / "suggesting" on a deed is the writer's inference (dropped); a participle on a reported clause of speaking
goes with that clause's speaker; an expletive "it" the climb reaches is nobody (dropped). The plain shape keeps the
subject of the verb the participle hangs on.
"""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.participle_controllers import reaction_by_means, reported_speaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # the writer's inference from a deed: no one's words
        pytest.param("Paddock ordered a burger, a bagel with cream cheese, one bottle of water and two Pepsis, "
                     "suggesting that there was another person eating with him in the room.", "suggesting", None,
                     id="inference-ordered-food"),
        pytest.param("The purge happened around 12:30 p.m. with news reports launching at the same time — implying "
                     "that they were given the heads up about the move.", "implying", None, id="inference-event"),
        # an expletive "it" is nobody
        pytest.param("It now seems obvious that one of those mysterious memos has gone out to the media saying that "
                     "no-one can mention the moratorium.", "saying", None, id="seeming-it"),
        # a reported clause of speaking: its own speaker goes on speaking
        pytest.param("Court documents say Patel lied about his travel history, saying his only time out of the "
                     "country was a trip to India.", "saying", "Patel", id="reported-lie"),
        # ... but a reported clause of writing or calling keeps the reporter (tests/test_source_heads.py)
        pytest.param("The Guardian reported Thursday that Chris Bryant has written to Theresa May, urging her to "
                     "issue an official ban.", "urging", "Guardian", id="reported-writing"),
        # the means of a reaction hung on the news's "that" clause: the one who reacts
        pytest.param("A panel on CNN reacted live on air to news that the Mueller report has concluded and resulted in "
                     "no new indictments by admitting that President Trump has won a huge victory.", "admitting",
                     "A panel on CNN", id="reaction-by-means"),
        pytest.param("The senator responded to reports that the bill had stalled by saying that he would try again.",
                     "saying", "The senator", id="reaction-by-means-responded"),
        # ... only a reaction's: a denial's clause keeps its own subject ("it", the company)
        pytest.param("The company denied the news that it had closed by insisting that it was open.", "insisting",
                     "The company", id="denied-news-by"),
        # kept: the subject of the verb the participle hangs on, a deed or not
        pytest.param("The minister resigned on Friday, saying he had been misled.", "saying", "The minister",
                     id="plain-deed-saying"),
        pytest.param("Police arrested him, saying he had stolen a car.", "saying", "Police", id="plain-object-not-taken"),
        # kept: a reported clause of no speaking goes up to the reporter
        pytest.param("Mr Scott has not yet said he will back it, telling reporters he would review the bill line by "
                     "line.", "telling", "Scott", id="reported-not-speaking"),
        pytest.param("The prime minister noted that no refugee wants to go to Portugal, adding that most asylum "
                     "seekers wanted to live in Germany.", "adding", "The prime minister", id="reported-wanting"),
        # kept: an inference on a verb of saying or writing, or by a document, or on a plain verb of saying
        pytest.param("Ms. Sanders wrote on Monday, suggesting that the onus was on the press corps.", "suggesting",
                     "Sanders", id="inference-writing"),
        pytest.param("The report also faulted the bureau for assigning the same personnel to both teams, and singled "
                     "out Strzok, suggesting his views might have played a role.", "suggesting", "The report",
                     id="inference-document"),
        pytest.param("Smith criticized the plan, suggesting that it would fail.", "suggesting", "Smith",
                     id="inference-criticized"),
        pytest.param("The general ordered the troops to withdraw, suggesting that the war was lost.", "suggesting",
                     "The general", id="ordered-to"),
        # kept: "suggesting" after an occasion of speaking is the speaker's words (rev65i)
        pytest.param("Trump took to Twitter on Sunday, suggesting that the election had been rigged.", "suggesting",
                     "Trump", id="inference-took-to-twitter"),
        pytest.param("The governor appeared on Fox News, implying that the protesters were paid.", "implying",
                     "The governor", id="inference-on-an-outlet"),
        pytest.param("Cruz chimed in, implying that Rubio supported amnesty.", "implying", "Cruz",
                     id="inference-chimed-in"),
        pytest.param("He resigned on Friday, suggesting in a letter that the board had lied to shareholders.",
                     "suggesting in a letter", "He", id="inference-in-a-letter"),
        pytest.param("Pelosi held a press conference on Thursday, suggesting the House would vote next week.",
                     "suggesting", "Pelosi", id="inference-press-conference"),
        pytest.param("The FBI raided the office, suggesting that the investigation had widened.", "suggesting", None,
                     id="inference-raid"),
        # a person's "said ... lied" goes on with the person; a reporter's own act on the liar is the reporter's
        pytest.param("Sanders said Clinton lied about his record, saying she was desperate.", "saying", "Sanders",
                     id="lied-person-reporter"),
        pytest.param("Trump said Comey lied to Congress, calling him a leaker and a liar.", "calling", "Trump",
                     id="lied-calling"),
        pytest.param("The judge found that Manafort lied to prosecutors, telling them he had no contact with "
                     "Kilimnik.", "telling", "Manafort", id="lied-finding"),
        # "it is clear that X ...": the doer who can speak keeps the participle, as on main
        pytest.param("It is clear that the government wants out, saying the treaty is unfair.", "saying",
                     "the government", id="clear-that-doer"),
        pytest.param("It is unclear whether the company will comply, saying only that it is reviewing the order.",
                     "saying", "the company", id="unclear-whether-doer"),
        # a "by" that is how the news's own verb was done: the news's subject
        pytest.param("Officials reacted to reports that the CEO had offended staff by calling them lazy.", "calling",
                     "the CEO", id="reaction-means-of-the-news-object"),
        pytest.param("The senator responded to claims that the mayor had misled voters by saying the budget was "
                     "balanced.", "saying", "the mayor", id="reaction-means-of-misleading"),
        pytest.param("Trump reacted angrily to news that Sessions had recused himself by calling him weak.", "calling",
                     "Trump", id="reaction-reflexive-object"),
        # kept: an "it" that stands for something (kept, whatever it resolves to)
        pytest.param("The council passed a motion on Monday. It calls for the visit to be cancelled, adding that the "
                     "president would not be welcome.", "adding", "It", id="it-stands-for-something"),
    ],
)
def test_participle_controller(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [(s, c) for s, c, _ in rows(nlp, text) if c == cue]
    if speaker is None:
        assert not found, found
    else:
        assert (speaker, cue) in found, found


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        pytest.param("Court documents say Patel lied about his travel history, saying so.", "lied", "Patel",
                     id="lie"),
        pytest.param("The paper reported that Bryant has written to May, urging her.", "written", None,
                     id="written"),
        pytest.param("Scott has said he will back it, telling reporters so.", "back", None, id="not-speaking"),
        pytest.param("Police said it was claimed that he fled.", "claimed", None, id="passive"),
        pytest.param("Court documents say Patel lied about it.", "say", None, id="not-a-complement"),
    ],
)
def test_reported_speaker(nlp, text: str, verb: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    found = reported_speaker(token, load_lexicon().senses)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("The panel reacted to news that the report has concluded by admitting defeat.", "admitting",
                     "panel", id="reacted-to"),
        pytest.param("The company denied the news that it had closed by insisting that it was open.", "insisting", None,
                     id="denied"),
        pytest.param("She resigned by sending a letter.", "sending", None, id="no-clause"),
    ],
)
def test_reaction_by_means(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = reaction_by_means(next(t for t in doc if t.text == cue))
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # "X reminds me of Y saying ...": the gerund is Y's (blind audit p69: W)
        pytest.param('Trump reminds me of Abraham Lincoln saying that "You can fool some of the people all of the '
                     'time."', "saying", "Abraham Lincoln", id="likened-lincoln"),
        pytest.param("This reminds me of my grandfather saying that hard work pays.", "saying", "my grandfather",
                     id="likened-grandfather"),
        # the subject's (review 69p): a thing after "of", or a verb whose subject speaks of Y
        pytest.param("Clinton spoke of unity saying that America was stronger together.", "saying", "Clinton",
                     id="spoke-of-unity"),
        pytest.param("She complained of the heat saying it was unbearable.", "saying", "She", id="complained-of-heat"),
        pytest.param("Cruz spoke of Reagan saying that the country needed a conservative.", "saying", "Cruz",
                     id="spoke-of-reagan"),
        # kept: set off by a comma, the verb's subject's; a gerund for "of"'s object
        pytest.param("Obama spoke of his father, saying that the war was over.", "saying", "Obama",
                     id="of-set-off"),
        pytest.param("The senator accused Jones of lying, saying the report was false.", "saying", "The senator",
                     id="accused-of-lying"),
    ],
)
def test_likened_speaker(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [r for r in rows(nlp, text) if r[1] == cue]
    assert found and found[-1][0] == speaker, rows(nlp, text)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # the "by" + gerund of an act seen or heard: the one seen does it, not the watcher (blind audit p76)
        pytest.param("The governor watched Senator Diaz win over the hall by urging delegates to reject the tax.",
                     "urging", "Diaz", id="watched-object-acts"),
        pytest.param("I heard my father calm the room by telling everyone that the storm had passed.", "telling",
                     "my father", id="heard-object-acts"),
        # the one seen parsed as the subject of a bare complement clause ("Sanders thrill"), the "by" on the watcher's
        # verb: still the one seen, never the watcher (the subject before the verb)
        pytest.param("She watches Mr. Sanders thrill the crowds by exhorting them that the race is close.",
                     "exhorting", "Sanders", id="watched-complement-subject"),
        pytest.param("The coach watches the team thrill the crowds by exhorting them that the season is young.",
                     "exhorting", "The coach", id="seen-no-person"),
        # set off by a comma: the watcher's own act; a plain "by" + gerund of a verb of no perceiving: the subject's
        pytest.param("The mayor watched the protesters march past, telling reporters that the city would not bend.",
                     "telling", "The mayor", id="set-off-watcher"),
        pytest.param("The mayor won the vote by promising residents that taxes would fall.", "promising",
                     "The mayor", id="not-perceiving"),
    ],
)
def test_perceived_actor(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [r for r in rows(nlp, text) if r[1] == cue]
    assert found and found[-1][0] == speaker, rows(nlp, text)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # "after X resigned" read as a preposition and its object: the clause's subject speaks (m83 W)
        pytest.param("Reed arrived a day after H. Carl McCall, co-chairman of the exchange's special committee on "
                     'governance, resigned saying Reed should have a "clean slate" to make changes.', "saying",
                     "Carl McCall", id="after-resigned"),
        pytest.param("Reed arrived a day after H. Carl McCall resigned, saying Reed should have a clean slate.",
                     "saying", "Carl McCall", id="after-resigned-comma"),
        pytest.param("The crowd cheered before the mayor, a Democrat, spoke, saying the city was safe.", "saying",
                     "the mayor, a Democrat", id="before-spoke-apposition"),
        pytest.param("Dow futures slid after Powell, the Fed chairman, spoke saying inflation was sticky.", "saying",
                     "Powell", id="after-apposition-comma-on-noun"),
        # kept: no verb after the preposition's object, or the participle set before the main verb
        pytest.param("Reed arrived a day after the vote, saying he should have a clean slate.", "saying", "Reed",
                     id="after-noun-only"),
        pytest.param("Reed, saying Reed should have a clean slate, arrived on Monday.", "saying", "Reed",
                     id="participle-on-subject"),
        pytest.param("Smith left the room after Jones, saying the meeting was over.", "saying", "Smith",
                     id="after-name-only"),
    ],
)
def test_subject_read_as_object(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [r for r in rows(nlp, text) if r[1] == cue]
    assert found and found[-1][0] == speaker, rows(nlp, text)
