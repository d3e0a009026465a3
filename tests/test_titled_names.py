"""A name at the end of a list of titles (``source_types.titled_name``): "chairman, CEO and president Craig Menear"
is Menear, whose titles the parse sets beside one another ("CEO" an apposition of "chairman", "Menear" joined to
"CEO"); one person is one source, never "CEO". A name set beside a role noun stays that name."""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, token_of
from sayso.nlp.extract.source_types import verb_read


def _speakers(nlp, text: str) -> list[str]:  # noqa: ANN001
    report = analysis(nlp, text)
    return [speaker(report, a) or "" for a in report.attributions]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("“Our results were strong,” chairman, CEO and president Craig Menear said in the release.",
                     "Craig Menear", id="quote-first"),
        pytest.param("“Our third quarter results reflected broad-based growth,” chairman, CEO and president Craig Menear "
                     "said in the earnings release.", "Craig Menear", id="quote-first-long"),
        pytest.param("“Our results were strong,” said chairman, CEO and president Craig Menear.", "Craig Menear",
                     id="inverted"),
        pytest.param("“We are pleased with the quarter,” said founder, chairman and CEO Jeff Bezos.", "Jeff Bezos",
                     id="founder-chairman-ceo"),
        pytest.param("“Sales were below our expectations,” chairman, CEO and president Jane Okafor said on Tuesday.",
                     "Jane Okafor", id="quote-first-var"),
    ],
)
def test_the_name_after_a_list_of_titles_is_the_speaker(nlp, text: str, name: str) -> None:  # noqa: ANN001
    got = _speakers(nlp, text)
    assert got and got[0] == name, got


@pytest.mark.parametrize(
    "text, name, not_name",
    [
        pytest.param("The spokesman, John Smith, said the plan was dead.", "John Smith", "spokesman", id="apposed-name"),
        pytest.param("“The plan is dead,” said spokesman John Smith.", "John Smith", "spokesman", id="compound-title"),
        pytest.param("Apple's chief executive, Tim Cook, said the phone would ship in May.", "Tim Cook", "executive",
                     id="role-then-name"),
    ],
)
def test_names_beside_one_role_are_unchanged(nlp, text: str, name: str, not_name: str) -> None:  # noqa: ANN001
    got = _speakers(nlp, text)
    assert got and got[0].lower() == name.lower() and not_name.lower() not in got[0].lower(), got


_HEADLINE = "Ohio Cop Killing Suspect’s Wife Hid in Bushes While Husband Shot Officers, 911 Call Shows\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Title Case headline's verb after a role word ("Wife Hid") and its run into a role's plural ("Shot
        # Officers") are no one's name: the body's "she" and "Officers" are not named after them
        pytest.param(_HEADLINE + "The wife of the Ohio man suspected of killing two police officers on Saturday hid in "
                     "the bushes as she called 911 to report that her husband had shot the cops, according to an audio "
                     "recording of the call.\nOfficers later said they found her daughter on the couch and held Smith "
                     "at gunpoint.", ["an audio recording of the call", "she", "Officers"], id="headline-verbs"),
        # negatives: a title on a name in a headline, and a headline fragment with a name, still name the speaker
        pytest.param("Senate Panel Grills Nominee\n\nSenator Grassley said the hearing would go on. He said the vote "
                     "was set for Friday.", ["Grassley", "Grassley"], id="titled-name"),
        pytest.param("President Trump in Paris\n\nThe president said the talks went well. He said more talks were "
                     "planned.", ["Trump", "Trump"], id="headline-fragment"),
    ],
)
def test_a_headline_verb_is_no_titled_name(nlp, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (_HEADLINE, "Hid", True),
        # negatives: a name at a sentence's root with no verb's dependents, a name as a subject
        ("President Trump in Paris", "Trump", False),
        ("Senator Grassley said the hearing would go on.", "Grassley", False),
    ],
)
def test_verb_read(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, word)
    assert verb_read(token) is expected
