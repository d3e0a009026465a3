"""The person a verb holds to account for a gerund of saying says it (``faulted_objects.faulted_object``, used by
``source_heads``), and an object "him" is never its own clause's subject (``bound_objects.clause_subject``, used by
``source_pronouns.by_pronoun``).

"Acosta said he wanted to challenge him on calling the caravans an invasion": the "him" (the president) called them
that, not Acosta (PTC audit 51 judged the row a wrong speaker).
"""

from __future__ import annotations

import pytest

from _cues import rows, speakers_by_cue
from sayso.nlp.extract.bound_objects import clause_subject
from sayso.nlp.extract.faulted_objects import faulted_object, faulted_remark_clause

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, gerund, expected",
    [
        pytest.param("Obama criticized Trump for saying that the election was rigged.", "saying", "Trump",
                     id="criticized-for"),
        pytest.param("Acosta said he wanted to challenge him on calling the caravans an invasion.", "calling", "him",
                     id="challenge-on"),
        pytest.param("Jane Smith accused Bob Jones of claiming that the vote was stolen.", "claiming", "Jones",
                     id="accused-of"),
        pytest.param("The senator praised the governor for announcing that the plant would stay open.", "announcing",
                     "governor", id="person-noun"),
        # negatives: no object, an object no person, "by", "of" after a verb of no charge
        pytest.param("Howard Dean refused to apologize to Donald Trump for accusing him of lying.", "accusing", None,
                     id="object-of-to"),
        pytest.param("He made headlines for saying that the election was rigged.", "saying", None, id="headlines"),
        pytest.param("Smith criticized the report for claiming that wages rose.", "claiming", None, id="a-document"),
        pytest.param("Smith won the vote by promising that taxes would fall.", "promising", None, id="by"),
        pytest.param("Smith reminded Jones of saying that taxes would fall.", "saying", None, id="of-no-charge"),
        pytest.param("Bernie Sanders phoned Senator Warren on announcing that he would stay in the race.", "announcing",
                     None, id="on-upon"),
    ],
)
def test_faulted_object(nlp, text: str, gerund: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = faulted_object(next(t for t in doc if t.text == gerund))
    assert (None if found is None else found.text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Trump fired him on Monday.", "Trump", id="own-subject"),
        pytest.param("Acosta said he wanted to challenge him on that.", "he", id="infinitive-subject"),
        pytest.param("The court forced Smith to pay him damages.", "Smith", id="infinitive-object-controller"),
        # negatives: a subject pronoun, a possessive, a preposition's object
        pytest.param("Trump said he would go.", None, id="subject-pronoun"),
        pytest.param("Trump praised his staff.", None, id="possessive"),
        pytest.param("Trump spoke with him on Monday.", None, id="preposition"),
    ],
)
def test_clause_subject(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ in ("he", "him", "his")][-1]
    found = clause_subject(pronoun)
    assert (None if found is None else found.text) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("President Trump spoke at the briefing on Monday.\nAcosta said he wanted to challenge him on "
                     "calling the caravans an invasion.", "calling", "Trump", id="challenged-one-called"),
        # negatives: the subject keeps a gerund of its own
        pytest.param("Senator John Smith won the vote on Monday by promising that taxes would fall.", "promising",
                     "John Smith", id="by-the-winner"),
    ],
)
def test_speaker(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a noun of saying the person held to account owns: the clause is that person's words (p84 W)
        pytest.param("They were especially hard on him over Israel, challenging him over his comments that he would "
                     "be a ''neutral guy'' in negotiating the conflict.", "challenging", True, id="challenging-over"),
        pytest.param("Democrats criticized the governor for her claim that the budget was balanced.", "criticized",
                     True, id="criticized-for-claim"),
        pytest.param("Critics mocked the senator over his remark that the war was over.", "mocked", True,
                     id="mocked-over-remark"),
        pytest.param("The mayor attacked Smith on his statement that crime had fallen.", "attacked", True,
                     id="attacked-on-statement"),
        # kept: no possessive, no person object, a verb that holds no one to account
        pytest.param("Critics mocked the senator over claims that the war was over.", "mocked", False,
                     id="no-possessive"),
        pytest.param("Smith challenged the report over its claim that the war was over.", "challenged", False,
                     id="document-object"),
        pytest.param("The senator thanked him for his comment that the war was over.", "thanked", False,
                     id="thanking"),
        pytest.param("The senator criticized him, saying that the war was over.", "criticized", False,
                     id="no-noun"),
    ],
)
def test_faulted_remark_clause(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    start = next((t.idx for t in doc if t.lower_ == "that" and t.dep_ == "mark"), -1)
    assert faulted_remark_clause(token, start) is expected


@pytest.mark.parametrize(
    "text, absent",
    [
        pytest.param("Rubio and Cruz spoke next. They were especially hard on him over Israel, challenging him over "
                     "his comments that he would be a neutral guy in negotiating the conflict.", ("They", "challenging"),
                     id="not-the-challengers"),
        pytest.param("The judge rebuked the lawyer for his assertion that the witness had lied.",
                     ("The judge", "rebuked"), id="not-the-judge"),
        pytest.param("The minister attacked the governor on his statement that the province was bankrupt.",
                     ("The minister", "attacked"), id="not-the-attacker"),
    ],
)
def test_remark_not_the_challengers(nlp, text: str, absent: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert not any(r[:2] == absent and r[2].startswith("that") for r in found), found
