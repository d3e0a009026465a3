"""What an act is for, and a saying someone is sent or asked to make, are not what was said (issue 12, item 1):
``nlp/extract/purposes.py``. Pure-function tables on the parse, then what the analysis reports, positives beside
the negatives."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, cue_table, token_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.purposes import commissioned_saying, purpose_phrase

pytestmark = pytest.mark.slow

_DOCUMENTS = frozenset({"letter", "email", "message", "statement", "memo", "tweet"})


@pytest.mark.parametrize("text, content, expected", [
    ("The autonomous Carmels have asked help from the Federation in order to protect their interests.",
     "order to protect their interests", True),
    ("The mayor called for a meeting in order to warn residents about the flood.", "in order to warn residents about the flood",
     True),
    ("The union asked for a delay in order that its members could vote on the offer.",
     "order that its members could vote on the offer", True),
    ("She wrote to the board so as to explain her decision.", "so as to explain her decision", True),
    ("She wrote to the mayor so that the council would act.", "so that the council would act", True),
    ("She wrote to the mayor so that the council would act.", "that the council would act", True),
    ("He spoke slowly so that everyone in the hall could hear him.", "that everyone in the hall could hear him", True),
    # positives: a clause that holds a purpose phrase, an order given, a that-clause
    ("He said he resigned in order to spend more time with his family.",
     "he resigned in order to spend more time with his family", False),
    ("The judge issued an order to release the video.", "order to release the video", False),
    ("The senator asked that the vote be delayed.", "that the vote be delayed", False),
    ("She said so as not to offend anyone.", "so as not to offend anyone", False),
    ("He said he resigned so that his family could move.", "he resigned so that his family could move", False),
    ("She said that the council would act.", "that the council would act", False),
])
def test_purpose_phrase(nlp, text: str, content: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(content)
    assert purpose_phrase(Content("child_prep", start, start + len(content)), doc) is expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Moses was sent to Pharaoh to tell him to obey or else.", "tell", True),
    ("God sent a messenger, Jonah, to warn that the city would be destroyed.", "warn", True),
    ("The president asked Sessions to tell Trump that the judge was fair.", "tell", True),
    ("The coach ordered his assistant to announce that practice was cancelled.", "announce", True),
    ("The bishops urged their priests to explain that the rite had not changed.", "explain", True),
    ("The campaign dispatched two aides to inform reporters that the rally was off.", "inform", True),
    # positives: a thing sent tells, a speaker who went somewhere to speak, one led or allowed to speak
    ("The bank sent a letter to its customers to tell them that their data had been stolen.", "tell", False),
    ("She traveled to Iowa to tell voters that she would win.", "tell", False),
    ("He went on CNN to declare that Clinton had won.", "declare", False),
    ("The strong win led her to declare that the nomination was in sight.", "declare", False),
    ("He told reporters that the plan was dead.", "told", False),
])
def test_commissioned_saying(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    assert commissioned_saying(token, _DOCUMENTS) is expected


_PURPOSES = ("order to", "order that", "in order", "so as to", "so that", "that")


@pytest.mark.parametrize("text, cue", [
    ("The autonomous Carmels have asked help from the Federation in order to protect their interests.", "asked"),
    ("The mayor called for a meeting of the council in order to warn residents about the flood.", "called"),
    ("The union asked for a delay in order to consult its members.", "asked"),
    ("Residents wrote to the council in order to complain about the noise.", "wrote"),
    ("He spoke to reporters in order to clarify that he was not running.", "spoke"),
    ("The nuns have petitioned Rome in order that their house may stay open.", "petitioned"),
    ("She wrote to the mayor so that the council would act.", "wrote"),
    ("He spoke slowly so that everyone in the hall could hear him.", "spoke"),
    ("The bishop asked for prayers so that the sick would recover.", "asked"),
])
def test_no_content_is_a_purpose(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    """No attribution of the cue has a phrase of purpose for its content (it may have none at all)."""
    report = analysis(nlp, text)
    contents = [a.content.text.strip(TRIM).lower() for a in report.attributions if a.cue is not None and cue in a.cue.text]
    assert not any(c.startswith(_PURPOSES) for c in contents), contents


@pytest.mark.parametrize("text, cue, content", [
    ("He said he resigned in order to spend more time with his family.", "said",
     "he resigned in order to spend more time with his family"),
    ("The senator asked that the vote be delayed in order that members could read the bill.", "asked",
     "that the vote be delayed in order that members could read the bill"),
    ("“We cut the price in order to win back customers,” the chief executive said.", "said",
     "We cut the price in order to win back customers"),
    ("He said he resigned so that his family could move.", "said", "he resigned so that his family could move"),
])
def test_purpose_inside_a_content_stays(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    assert content in [a.content.text.strip(TRIM) for a in report.attributions if a.cue is not None and a.cue.text == cue]


test_commissioned_saying_is_not_said = cue_table(
    [
        ("Moses was sent to Pharaoh to tell him to obey or else.", "to tell", False),
        ("God sent a messenger, Jonah, to warn that the city would be destroyed.", "to warn", False),
        ("The prophet was sent to the king to tell him that the city would fall.", "to tell", False),
        ("The campaign dispatched two aides to inform reporters that the rally was off.", "to inform", False),
        ("The president asked Sessions to tell Trump that the judge was fair.", "to tell", False),
        ("The coach ordered his assistant to announce that practice was cancelled.", "to announce", False),
        # the request itself stays the asker's
        ("The coach ordered his assistant to announce that practice was cancelled.", "ordered", True),
        # positives: a thing sent tells, a speaker who went somewhere to speak
        ("The bank sent a letter to its customers to tell them that their data had been stolen.", "to tell", True),
        ("She traveled to Iowa to tell voters that she would win.", "to tell", True),
        ("He went on CNN to declare that Clinton had won.", "to declare", True),
    ],
)


# a saying someone is let or enabled to make is a capability or a permission: nobody said it (blind audit p76: W);
# the speaker's own "let me say" stays
test_permitted_saying_is_not_said = cue_table(
    [
        ("The airline launched an app allowing passengers to tell relatives that they have landed.", "to tell", False),
        ("The new feature lets drivers tell their families that they have arrived.", "tell", False),
        ("The policy permits employees to report that a manager has harassed them.", "to report", False),
        ("The website enables voters to announce that they have cast a ballot.", "to announce", False),
        ("The court rules allow a witness to say that she has been threatened.", "to say", False),
        # a past leave taken: the saying happened; the writer handing over the word; a thought
        ("Dropping the fee allowed the chief executive to claim that the service was free.", "to claim", True),
        ("Let the former governor tell you: “We never raised taxes.”", "tell", True),
        # a negated imperative hands over the word too: the telling it warns against takes place
        ("Don’t let the pundits tell you the senator won by finishing second.", "tell", True),
        ("Do not let the lobbyists tell you that the tax is fair.", "tell", True),
        # a person who lets others speak for him: they speak (a practice); unless the leave is denied
        ("Brown, who lets his deputies tell reporters that he is fully engaged, has not been seen since March.",
         "tell", True),
        ("He lets his lawyers tell the court that he is innocent.", "tell", True),
        ("The coach does not allow players to tell reporters that they are injured.", "to tell", False),
        ("The governor, who does not let aides say that the budget is balanced, spoke on Monday.", "say", False),
        # the one who let them stays a speaker where they speak themselves
        ("She said the law allows workers to refuse overtime.", "said", True),
        ("The bank sent a letter to its customers to tell them that their data had been stolen.", "to tell", True),
    ],
)
