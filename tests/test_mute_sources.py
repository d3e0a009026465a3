"""A source that cannot speak (``mute_sources.cannot_speak``): an abstraction at the head of the source is no
speaker ("this kind of bold proclamation", "the total statistical collapse"); people, bodies, documents, figures
and names stay sources. End to end: the attribution loses its source (``assembly.choose_source_head``)."""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.mute_sources import cannot_speak

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("This kind of bold proclamation claims that there are no problems.", "kind", True, id="kind-of"),
        pytest.param("The total statistical collapse shows that the reforms failed.", "collapse", True, id="collapse"),
        pytest.param("Bill Clinton's legacy suggests that voters have moved on.", "legacy", True, id="legacy"),
        pytest.param("The concern within the administration is calling the deal into question.", "concern", True,
                     id="concern"),
        pytest.param("His insistence proves that the rules were broken.", "insistence", True, id="insistence"),
        # happenings and pastimes: the writer's inference from an event, a game's question
        pytest.param("The visit signals that the governor wants a second term.", "visit", True, id="visit"),
        pytest.param("Her journey through the border towns suggests she is weighing a run.", "journey", True,
                     id="journey"),
        pytest.param("A quiz in the magazine asks readers to match each slogan to its party.", "quiz", True, id="quiz"),
        # negatives: documents, bodies, people, figures, words of saying, names
        pytest.param("The report said the plan was sound.", "report", False, id="report"),
        pytest.param("The charity said it would close two shops.", "charity", False, id="charity"),
        pytest.param("The survey found that most voters agree.", "survey", False, id="survey"),
        pytest.param("The spokesman said the talks would resume.", "spokesman", False, id="spokesman"),
        pytest.param("The statement said the company regretted the error.", "statement", False, id="statement"),
        pytest.param("The data show that crime fell.", "data", False, id="data"),
        pytest.param("Growth Energy said the rule would hurt farmers.", "Growth", False, id="a-name"),
        pytest.param("The meeting agreed that the fund should be wound up.", "meeting", False, id="meeting-a-body"),
        pytest.param("The party said it would field a candidate.", "party", False, id="party"),
        pytest.param("Organisers of the Tour said the stage would be shortened.", "Tour", False, id="tour-a-name"),
        # events that news names by their organisers on a second mention
        pytest.param("Glastonbury has cancelled this year's event. The festival said it was heartbroken.", "festival",
                     False, id="festival-organisers"),
        pytest.param("The tour said the player had broken its conduct rules.", "tour", False, id="tour-organisers"),
        pytest.param("The tournament confirmed that the final would be played behind closed doors.", "tournament",
                     False, id="tournament-organisers"),
    ],
)
def test_cannot_speak(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    head = token_of(doc, word)
    assert cannot_speak(head, load_lexicon()) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("This kind of bold proclamation claims that there are no problems at all.", "claims", None,
                     id="proclamation-claims"),
        pytest.param("The legacy of the Obama years suggests that Democrats will struggle.", "suggests", None,
                     id="legacy-suggests"),
        pytest.param("The report said the plan was sound.", "said", "The report", id="report-said"),
        pytest.param("The senator's trip to the border suggests that he is preparing a run.", "suggests", None,
                     id="trip-suggests"),
        pytest.param("The visit shows that the minister wants closer ties with Seoul.", "shows", None, id="visit-shows"),
        pytest.param("An online quiz asked readers to guess which lines came from the mayor.", "asked", None,
                     id="quiz-asked"),
        pytest.param("The survey asked voters whether they trusted the police.", "asked", "The survey", id="survey-asked"),
        pytest.param("The study suggests that coffee is good for the heart.", "suggests", "The study", id="study-suggests"),
        pytest.param("The festival said in a statement that tickets had sold out within an hour.", "said in a statement",
                     "The festival", id="festival-said"),
        pytest.param("The charity said in a statement that it would close two shops.", "said in a statement",
                     "The charity", id="charity-said"),
    ],
)
def test_mute_source_speaks_for_no_one(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = [speaker(report, a) for a in report.attributions if a.cue is not None and a.cue.text == cue]
    assert found in ([], [expected]) if expected is None else found == [expected], found
