"""The claim a speaker disputes is never the speaker's content (``nlp/extract/disputed_claims.py``).

"denied reports on Tuesday that P", "pushed back on reports that P", "laughed off suggestions that P": the
disputer does not say P. Positives: no attribution gives P to the disputer (by the verb of disputing or as
the holder of the disputed noun). Negatives: a verb that takes the claim as its own ("confirmed", "echoed",
"hit back with claims"), a denial with no noun ("denied that P"), a medium ("said in a statement that P") keep
the speaker's content.
"""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, kept, speaker
from sayso.nlp.extract.disputed_claims import disputed_object, disputed_thing, disputing_verb

pytestmark = pytest.mark.slow


def _given(nlp, text: str, who: str) -> list[str]:  # noqa: ANN001
    """The contents the analysis gives to the source whose span starts with ``who``."""
    report = analysis(nlp, text)
    return [a.content.text.strip(TRIM) for a in kept(report)
            if (a.source_span is not None and a.source_span.text.startswith(who))
            or (speaker(report, a) or "").startswith(who)]


@pytest.mark.parametrize(
    "text, who, claim",
    [
        # wire and business: the clause hung on the verb past a time phrase, or taken from the noun after "on"
        ("The company denied reports on Tuesday that it was preparing to sell the unit.", "The company",
         "that it was preparing to sell the unit"),
        ("The governor pushed back on reports that he would resign.", "The governor", "that he would resign"),
        ("The chairman pushed back on speculation that the bank would cut its dividend.", "The chairman",
         "that the bank would cut its dividend"),
        # politics: "as false", "as nonsense" between the verb and the claim
        ("The mayor rejected as false claims that she had used city cars for personal trips.", "The mayor",
         "that she had used city cars for personal trips"),
        ("The senator dismissed as nonsense reports that he was being investigated.", "The senator",
         "that he was being investigated"),
        # the disputed noun's holder is not the disputer
        ("The striker laughed off suggestions that he was leaving the club.", "The striker",
         "that he was leaving the club"),
        ("The agency took issue with the claim that its data were flawed.", "The agency", "that its data were flawed"),
        ("The president brushed aside concerns that the economy was slowing.", "The president",
         "that the economy was slowing"),
        # courts
        ("The defense challenged the testimony that the car was red.", "The defense", "that the car was red"),
        ("The bank refuted the charge that it had laundered money for the cartel.", "The bank",
         "that it had laundered money for the cartel"),
        ("Lawyers for the firm disputed the regulator's contention that the merger would raise prices.", "Lawyers",
         "that the merger would raise prices"),
        ("Trump denied Rubio's claim that he has small hands.", "Trump", "that he has small hands"),
    ],
)
def test_disputed_claim_is_not_the_disputers(nlp, text: str, who: str, claim: str) -> None:  # noqa: ANN001
    assert claim not in _given(nlp, text, who)


@pytest.mark.parametrize(
    "text, who, content",
    [
        # a denial with no noun: the speaker's own statement
        ("The ministry denied on Tuesday that its troops had crossed the border.", "The ministry",
         "that its troops had crossed the border"),
        ("The spokesman denied that the mayor had taken bribes.", "The spokesman", "that the mayor had taken bribes"),
        # verbs that take the claim up as their own, or make it
        ("The senator hit back with claims that his rival had lied about his record.", "The senator",
         "that his rival had lied about his record"),
        ("Cruz made the claim that Trump would raise taxes.", "Cruz", "that Trump would raise taxes"),
        # a retort fired back is the speaker's own, not a claim disputed (rev75d)
        ("The minister fired back a statement that the claims were false.", "The minister",
         "that the claims were false"),
        ("He repeated his claim that the election was rigged.", "He", "that the election was rigged"),
        # a medium, not a claim disputed
        ("The ministry said in a statement that the talks had failed.", "The ministry", "that the talks had failed"),
    ],
)
def test_own_statement_stays(nlp, text: str, who: str, content: str) -> None:  # noqa: ANN001
    assert content in _given(nlp, text, who)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("The governor pushed back on the reports.", "pushed", True),
        ("The striker laughed off the suggestions.", "laughed", True),
        ("The agency took issue with the claim.", "took", True),
        ("The court rejected the appeal.", "rejected", True),
        ("The governor pushed the cart back.", "pushed", False),
        ("The agency took the claim seriously.", "took", False),
        ("The company confirmed the reports.", "confirmed", False),
    ],
)
def test_disputing_verb(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert disputing_verb(next(t for t in doc if t.text == verb)) is expected


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("The striker laughed off suggestions that he was leaving.", "suggestions", True),
        ("The agency took issue with the claim that its data were flawed.", "claim", True),
        ("The senator hit back with claims that his rival had lied.", "claims", False),
        ("The minister echoed suggestions that the budget would be delayed.", "suggestions", False),
        # a noun of no claim disputed, or the direct object of "X back": the subject's own (rev75d)
        ("The minister fired back a statement that the claims were false.", "statement", False),
        ("The senator fired back a claim that his rival had lied.", "claim", False),
        ("The court rejected a statement that the witness had lied.", "statement", False),
    ],
)
def test_disputed_object(nlp, text: str, noun: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    verb = token.head.head if token.dep_ == "pobj" else token.head
    assert disputed_object(token, verb) is expected


def _rows(nlp, text: str, cue: str) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """The contents of the attributions and of the stances whose cue holds ``cue``."""
    report = analysis(nlp, text)
    def of(rows):  # noqa: ANN001, ANN202
        return [a.content.text.strip(TRIM) for a in rows if a.cue is not None and cue in a.cue.text]
    return of(report.attributions), of(report.stances)


@pytest.mark.parametrize(
    "text, cue, thing",
    [
        # a claim noun owned by another: possessive, "by X", "made by X", a place it was made in, a time phrase
        ("The airline rejected the union's claim that its pilots were underpaid.", "rejected",
         "the union's claim that its pilots were underpaid"),
        ("The ministry dismissed on Monday claims made by activists that troops had fired on protesters.", "dismissed",
         "claims made by activists that troops had fired on protesters"),
        ("The hospital disputed allegations by former patients that it had ignored their complaints.", "disputed",
         "allegations by former patients that it had ignored their complaints"),
        ("The lawyer rejected the accusation made by prosecutors that his client had fled.", "rejected",
         "the accusation made by prosecutors that his client had fled"),
        ("The committee firmly rejected suggestions in the press that its chairman would resign.", "rejected",
         "suggestions in the press that its chairman would resign"),
        ("The company denied Tuesday the regulator's accusation that it had dumped waste in the river.", "denied",
         "the regulator's accusation that it had dumped waste in the river"),
        ("Prosecutors challenged the defense's contention that the witness had been coached.", "challenged",
         "the defense's contention that the witness had been coached"),
        ("She denied her aide's claim that she lied to investigators.", "denied",
         "her aide's claim that she lied to investigators"),
        ("The club denied the Times report that the coach would leave.", "denied",
         "the Times report that the coach would leave"),
        # a phrase closed by commas inside the claim's clause is the claim's (p79 A1)
        ("The university rebutted Exxon's accusation that articles about the company, produced by students, were "
         "misleading.", "rebutted",
         "Exxon's accusation that articles about the company, produced by students, were misleading"),
        # a verb of disputing missing from position_verbs.txt still states a position: the row is kept (rev76c)
        ("The senator countered Smith's claim that the plan would cost jobs.", "countered",
         "Smith's claim that the plan would cost jobs"),
        # the passive: the claim is the subject
        ("The opposition's allegations that he had bribed officials were denied by the minister.", "denied",
         "The opposition's allegations that he had bribed officials"),
        # a quotation inside the claim's clause quotes the accusers, not the disputer
        ("The actor denied claims by a photographer that he had “assaulted” her.", "denied",
         "claims by a photographer that he had “assaulted” her"),
        # a mere topic: a part of things, or a thing with a clause that says which one
        ("The coach went on to rebut several of the specific points in the newspaper's column.", "rebut",
         "several of the specific points in the newspaper's column"),
        ("The governor brushed off the importance of a leaked memo that questions his budget.", "brushed off",
         "the importance of a leaked memo that questions his budget"),
    ],
)
def test_disputed_thing_is_a_stance(nlp, text: str, cue: str, thing: str) -> None:  # noqa: ANN001
    attributions, stances = _rows(nlp, text, cue)
    assert attributions == []
    assert stances == [thing]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # what the disputer asserts beside the dispute stays theirs
        ("The senator rebutted the charge that he had lied, saying the records showed he was in Ohio.", "saying",
         "the records showed he was in Ohio"),
        ("The senator disputed the idea that the tax cut would pay for itself, arguing that deficits would grow.",
         "arguing", "that deficits would grow"),
        ("Officials rejected the claim that the bridge was unsafe and said inspections had found no cracks.", "said",
         "inspections had found no cracks"),
        # a denial with a clause and no noun; a predication of the thing; a fault charged
        ("The ministry denied on Tuesday that its troops had crossed the border.", "denied",
         "that its troops had crossed the border"),
        ("Trump dismissed the report as fake news.", "dismissed", "the report as fake news"),
        ("The mayor slammed the council for ignoring the warnings.", "slammed", "the council for ignoring the warnings"),
        # a bare claim noun's clause, no one else's name on it: the disputer's statement of the contrary
        ("The envoy disputed the notion that he had run a channel of his own.", "disputed",
         "the notion that he had run a channel of his own"),
        ("She denied the claim that she lied to investigators.", "denied", "the claim that she lied to investigators"),
        # the disputer's words the parse hung inside another's claim (rev76c): a predication "as", a gerund of
        # how, a clause set off by a comma
        ("The minister dismissed the opposition's claim that the economy was shrinking as scaremongering.",
         "dismissed", "the opposition's claim that the economy was shrinking as scaremongering"),
        ("The judge derided the prosecution's theory that the defendant acted alone as implausible.", "derided",
         "the prosecution's theory that the defendant acted alone as implausible"),
        ("The senator countered Smith's claim that the plan would cost jobs by pointing out that it would create "
         "10,000.", "countered",
         "Smith's claim that the plan would cost jobs by pointing out that it would create 10,000"),
        ("Police disputed the family's account that he was unarmed, which they said did not match the video.",
         "disputed", "the family's account that he was unarmed, which they said did not match the video"),
        ("The mayor disputed the council's estimate that the project would cost $2 billion, putting the figure at "
         "$1 billion.", "disputed",
         "the council's estimate that the project would cost $2 billion, putting the figure at $1 billion"),
        ("The minister rejected the report, which he called biased.", "rejected", "the report, which he called biased"),
        # a verb that takes the claim up as its own
        ("The ministry confirmed the claim that troops had crossed the border.", "confirmed",
         "the claim that troops had crossed the border"),
    ],
)
def test_disputers_own_statement_stays(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    attributions, _ = _rows(nlp, text, cue)
    assert content in attributions


@pytest.mark.parametrize(
    "text, cue, content, expected",
    [
        ("Trump denied Rubio's claim that he has small hands.", "denied", "Rubio's claim that he has small hands",
         "claim"),
        ("He went on to rebut many of the points in the letter.", "rebut", "many of the points in the letter", "many"),
        ("The bank refuted reports by a rival on Monday that it would close branches.", "refuted",
         "reports by a rival on Monday that it would close branches", "reports"),
        # a bare claim noun's clause: the disputer's own statement of the contrary
        ("The bank refuted reports on Monday that it would close branches.", "refuted",
         "reports on Monday that it would close branches", None),
        # more than the thing: the verb's own clause, a predication after "as", a fault after "for"
        ("Smith denied that he had taken the money.", "denied", "that he had taken the money", None),
        ("Trump dismissed the report as fake news.", "dismissed", "the report as fake news", None),
        ("The mayor slammed the council for ignoring the warnings.", "slammed",
         "the council for ignoring the warnings", None),
        # no verb of disputing; the retort fired back is the speaker's own
        ("The ministry confirmed the claim that troops had crossed the border.", "confirmed",
         "the claim that troops had crossed the border", None),
        ("The minister fired back a statement that the claims were false.", "fired",
         "a statement that the claims were false", None),
    ],
)
def test_disputed_thing(nlp, text: str, cue: str, content: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(content)
    span = doc.char_span(start, start + len(content))
    head = disputed_thing(next(t for t in doc if t.text == cue), span)
    assert (head.text if head is not None else None) == expected
