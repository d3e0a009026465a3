"""Words put in the wrong mouth: the one a cue of telling addresses ("has told Reuters": ``source_heads.addressed``),
a state after a city set beside a body's noun ("the company, based in Boston, Mass.": ``source_types.place_after_place``),
a subject before a quotation of its predicate ('The plan "will fail," said Smith':
``source_heads.subject_of_quoted_predicate``) and a name in a photo's caption under its credit
(``source_context.photo_caption``)."""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue
from sayso.nlp.extract.page_furniture import after_photo_credit, photo_credit

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the addressee after "told" is no speaker: no source rather than the outlet told
        pytest.param("Prime Minister Smith has health problems but is still in charge of the Labour Party, the prime "
                     "minister's top adviser has told Reuters.", "has told", None, id="told-outlet-after-misread-content"),
        pytest.param("The king is unwell but still rules the country, the monarch's closest adviser has told Reuters.",
                     "has told", "the monarch's closest adviser", id="adviser-told-outlet"),
        # negatives: the teller keeps the words; an outlet that reports speaks
        pytest.param("The strike is over, a union leader told Reuters on Friday.", "told", "a union leader",
                     id="teller-before"),
        pytest.param("Jones told the BBC that the strike was over.", "told", "Jones", id="teller-subject"),
        pytest.param("The strike is over, Reuters reported.", "reported", "Reuters", id="outlet-reports"),
        pytest.param('"Where is the money?" asked the auditor.', "asked", "the auditor", id="inverted-asker"),
    ],
)
def test_addressee_is_no_speaker(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the state that ends the city where a body is based is no name of the body
        pytest.param("Sales climbed 12 percent, the retailer, based in Dayton, Ohio, said.", "said", "the retailer",
                     id="based-state"),
        pytest.param("Earnings fell sharply, the insurer, headquartered in Hartford, Conn., said on Monday.", "said",
                     "the insurer", id="headquartered-state"),
        # negatives: a body named before its place, a body's name set beside it
        pytest.param("Sales climbed 12 percent, Acme, based in Dayton, Ohio, said.", "said", "Acme", id="named-body"),
        pytest.param("The firm that built the bridge, Acme Steel, said the beams were sound.", "said", "Acme Steel",
                     id="apposed-name"),
        pytest.param("The firm, which has offices in Leeds, England, and Dublin, Ireland, said profits rose.", "said",
                     "The firm", id="second-city-state"),
        pytest.param("The city that hosts the games, Paris, France, said the budget was fine.", "said", "The city",
                     id="city-state-apposed"),
        # negatives: a place named beside a noun of place, the place not where something is
        pytest.param("The nation that borders Ukraine, Poland, said it would send troops.", "said", "Poland",
                     id="place-beside-place-noun"),
        pytest.param("The state that borders Mexico, Texas, said it would sue.", "said", "Texas", id="state-named"),
    ],
)
def test_place_beside_a_body(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the noun before a quotation of its predicate is what is spoken of; the one named after the cue speaks
        # (the parse reads the quoted verb "strikes" as a noun beside it)
        pytest.param("The complaint ``strikes at one of the very top targets in the money laundering world,'' said "
                     "U.S. Attorney Ann Webb.", "said", "Ann Webb", id="quoted-verb-read-as-noun"),
        pytest.param("The verdict ``strikes at one of the very top targets in the drug trafficking world,'' said "
                     "prosecutor Ann Webb.", "said", "Ann Webb", id="quoted-verb-read-as-noun-role"),
        pytest.param("The merger ``threatens every small grocer in the state,'' said Attorney General Ruth Lane.",
                     "said", "Ruth Lane", id="doubled-marks"),
        pytest.param('The new levy "punishes the families who can least afford it," said the council leader.',
                     "said", "the council leader", id="straight-marks"),
        pytest.param("Their offer “falls far short of what the nurses deserve,” said union chief Omar Haddad.",
                     "said", "Omar Haddad", id="curly-marks"),
        # negatives: the speaker before the cue, a whole quotation, a name in scare quotes speaking
        pytest.param('The new levy "punishes families," the council leader said.', "said", "the council leader",
                     id="speaker-before-cue"),
        pytest.param('"The levy punishes families," said Omar Haddad.', "said", "Omar Haddad", id="whole-quote"),
        pytest.param('The "Gang of Six" said on Tuesday that it would back the bill.', "said", 'The "Gang of Six"',
                     id="scare-quoted-speaker"),
    ],
)
def test_subject_of_quoted_predicate(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


_CAPTION = ("Mayor Ellen Price said on Monday that the bridge would reopen in May.\n\n"
            "Mark Lowe/Reuters.\n\n"
            "City engineer David Kent inspects a cracked beam under the bridge in March.\n\n"
            "“We have checked every bolt twice,” he added.")


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a "he" after a caption is not the man the caption names
        pytest.param(_CAPTION, "added", None, id="caption-present-tense"),
        pytest.param(_CAPTION.replace("City engineer David Kent inspects", "Council member David Kent (left) and an "
                                      "engineer inspected"), "added", None, id="caption-places"),
        # negatives: prose after a credit line, and the same caption with no credit above it
        pytest.param(_CAPTION.replace("City engineer David Kent inspects", "City engineer David Kent inspected"),
                     "added", "David Kent", id="prose-after-credit"),
        pytest.param(_CAPTION.replace("Mark Lowe/Reuters.\n\n", ""), "added", "David Kent", id="no-credit"),
        # a news agency alone on a line, or a byline, is no photo's credit: the lead under it is prose
        pytest.param(_CAPTION.replace("Mark Lowe/Reuters.", "Reuters").replace("inspects", "faces"), "added",
                     "David Kent", id="agency-line"),
        pytest.param(_CAPTION.replace("Mark Lowe/Reuters.", "By Mark Lowe / Reuters").replace("inspects", "faces"),
                     "added", "David Kent", id="byline"),
    ],
)
def test_caption_names_no_speaker(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    got = found.get(cue)
    if expected is None:
        assert got != "David Kent", found
    else:
        assert got == expected, found


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Handout/Reuters.", True),
        ("POOL New/Reuters.", True),
        ("Robert Galbraith / Reuters.", True),
        ("(AP Photo/Evan Vucci)", True),
        ("Getty Images", True),
        ("Reuters/Kevin Lamarque", True),
        ("Reuters", False),
        ("AP", False),
        ("Bloomberg", False),
        ("By Jeff Mason / Reuters", False),
        ("Reuters reported the deal on Monday.", False),
        ("Smith told AP/Reuters that the deal was off.", False),
    ],
)
def test_photo_credit(line: str, expected: bool) -> None:
    assert photo_credit(line) is expected


def test_after_photo_credit() -> None:
    text = "Prose here.\n\nJane Roe/AFP\n\nA caption line.\nMore prose."
    assert after_photo_credit(text, text.index("A caption"))
    assert not after_photo_credit(text, text.index("More prose"))
    assert not after_photo_credit(text, text.index("Prose here"))
