"""Chains of reports (SPEC's ``via``): the inner speaker an outlet or a speaker passes on, ``nlp/extract/chains.py``.

"According to RT, the State Department said X" is two attributions: the ministry's X, reported
through RT's. The tables give what ``sayso.analyze`` reports at its default threshold, and the
look-alikes that pass nothing on (a denial, a question, a negated or future saying, a speaker's
own words inside a quotation).
"""

from __future__ import annotations

import pytest

from _cues import analysis, speaker, token_of
from sayso.nlp.extract.chains import passed_on, quoted_as_saying
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def _chain(nlp, text: str) -> list[tuple[str | None, str, str | None]]:  # noqa: ANN001
    """(source name, cue, the cue of the attribution it is reported through) of every attribution reported."""
    report = analysis(nlp, text, min_confidence=None)
    out = []
    for a in report.attributions:
        outer = report.attribution(a.via) if a.via else None
        out.append((speaker(report, a), a.cue.text if a.cue else "",
                    outer.cue.text if outer is not None and outer.cue is not None else None))
    return out


@pytest.mark.parametrize(
    "text, inner",
    [
        pytest.param("According to RT, the State Department said the talks would resume next week.",
                     ("the State Department", "said", "According to"), id="according-to"),
        pytest.param("The State Department said the talks would resume next week, according to RT.",
                     ("The State Department", "said", "according to"), id="according-to-after"),
        pytest.param("CNN reported that the FBI told lawmakers the investigation was continuing.",
                     ("the FBI", "told", "reported"), id="reported-that-told"),
        pytest.param("Fox News reported Monday that officials said the plan had been dropped.",
                     ("officials", "said", "reported"), id="reported-that-said"),
        pytest.param("According to the Washington Post, Flynn told investigators he had not discussed sanctions.",
                     ("Flynn", "told", "According to"), id="according-to-person"),
        pytest.param("Reuters quoted a spokesman as saying the company would appeal.",
                     ("a spokesman", "saying", "quoted"), id="quoted-as-saying"),
        pytest.param("The agency quoted the minister as saying that the border would remain closed.",
                     ("the minister", "saying", "quoted"), id="quoted-minister"),
    ],
)
def test_the_inner_speaker_of_a_chain(nlp, text: str, inner: tuple) -> None:  # noqa: ANN001
    assert inner in _chain(nlp, text)


@pytest.mark.parametrize(
    "text, cue",
    [
        # a saying to come, or one denied, is no statement passed on
        pytest.param("She said she would tell the committee that she was innocent.", "tell", id="future"),
        pytest.param("The paper reported that officials never said the plant was safe.", "said", id="negated"),
        # a speaker's own words inside a quotation are left to the model
        pytest.param('"At no point did we say Taylor could not perform," they said in a statement.', "say",
                     id="own-words-in-quote"),
        pytest.param("“The problem is, we tell clients all the time, they’ll put the heart of it last,” Sanborn said.",
                     "tell", id="habit-in-quote"),
    ],
)
def test_nothing_passed_on(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    assert all(cue not in c.split() for _, c, _ in _chain(nlp, text))


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("According to RT, the State Department said the talks would resume.", "said", "According"),
        ("CNN reported that the FBI told lawmakers the inquiry was continuing.", "told", "reported"),
        ("Reuters quoted a spokesman as saying the company would appeal.", "saying", "quoted"),
        # negatives: no outer report; a denial or a question; a thought; no clause of its own
        ("The State Department said the talks would resume.", "said", None),
        ("He denied that he told investigators he had met the ambassador.", "told", None),
        ("She asked whether the minister said the border was closed.", "said", None),
        ("CNN reported that the FBI believes the inquiry is over.", "believes", None),
        ("CNN reported that the FBI told lawmakers the inquiry was continuing.", "continuing", None),
        # the outer speaker's own quoted words, whatever lines the quotation runs over
        ("“The study is fair.\nShe has told her class that they should ask their parents,” Branch added.", "told", None),
    ],
)
def test_passed_on(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    outer = passed_on(token, load_lexicon().senses)
    assert (outer.text if outer is not None else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reuters quoted a spokesman as saying the company would appeal.", "spokesman"),
        ("A spokesman was quoted as saying the company would appeal.", "spokesman"),
        ("The paper cited officials as saying the plant was safe.", "officials"),
        ("The minister is reported as saying the troops would stay.", "minister"),
        ("He was reported as saying that the war was over.", "He"),
        ("The paper describes the minister as saying he would resign.", "minister"),
        # negatives: "as" of a comparison or a role; a plain participle
        ("He spoke as saying goes.", None),
        ("The mayor left the hall, saying the vote was rigged.", None),
    ],
)
def test_quoted_as_saying(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "saying")
    who = quoted_as_saying(token)
    assert (who.text if who is not None else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation before the frame: both cues claim it, the one quoted said it (a wire shape: Reuters came out)
        pytest.param('Ken Langone defended the chairman. "Dick is going to be there as long as Dick wants to be '
                     'there," Reuters reports Langone as saying.', [("Ken Langone", "saying")], id="reports-as-saying"),
        pytest.param('"We will win," the Times quotes the coach as saying.', [("the coach", "saying")],
                     id="quotes-as-saying"),
        pytest.param('"It is over," the Post reports the senator as telling aides.',
                     [("the senator", "telling"), ("Post", "reports")], id="as-hung-on-the-one-quoted"),
        # a quotation or a clause after the frame: the one quoted says it, the outlet's report holds his
        pytest.param('Reuters quotes Langone as saying, "Dick is going to be there as long as he wants."',
                     [("Reuters", "quotes"), ("Langone", "saying")], id="quotes-then-quote"),
        pytest.param("The paper describes the minister as telling aides that he would resign.",
                     [("The paper", "describes"), ("the minister", "telling")], id="describes-as-telling"),
        pytest.param("The newspaper cites a senior official as warning that the talks could collapse.",
                     [("The newspaper", "cites"), ("a senior official", "warning")], id="cites-as-warning"),
        # negatives that must not change: a that-clause report; no saying at all
        pytest.param("Reuters reports that Langone said the deal was done.",
                     [("Reuters", "reports"), ("Langone", "said")], id="reports-that-said"),
        pytest.param("Reuters reports the market as steady.", [], id="reports-as-steady"),
    ],
)
def test_the_one_quoted_says_it(nlp, text: str, expected: list[tuple]) -> None:  # noqa: ANN001
    """ "X reports/quotes/cites/describes Y as saying ...": Y is who says the quotation or the clause."""
    assert [(who, cue) for who, cue, _ in _chain(nlp, text)] == expected
