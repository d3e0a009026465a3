"""What the extraction must find (issue 2, "What the extraction must find", items 1-11).

Each table is ``text -> expected attributions`` over ``sayso.analyze``, with negative
cases. An expected attribution names only what matters for its phenomenon; a report
matches when some attribution satisfies every named field. Spans are compared after
trimming spaces, quote marks and punctuation (as the PolNeAR scorer does), and an
indirect content may start with "that". Unless a case says otherwise the report must
hold exactly the expected attributions: a spurious one is a precision error.

These tables test what the extraction finds, so they ask for every attribution
(``min_confidence=0``); the default reporting threshold is tested in ``test_filters.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields

import pytest

import sayso
from sayso.model import Attribution, Report, Span

# --- matching helpers -------------------------------------------------------------

_EDGE = " \t\n\r\xa0\"'“”‘’«»„,.;:!?()[]-—–"
_DOUBLE_QUOTES = str.maketrans("", "", "\"“”«»„")


class _Null:
    """Sentinel: the field must be null (e.g. no source named, no chain)."""

    def __repr__(self) -> str:
        return "NULL"


NULL = _Null()


def norm(text: str) -> str:
    """Drop double quote marks, collapse whitespace, trim punctuation at both ends."""
    return " ".join(text.translate(_DOUBLE_QUOTES).split()).strip(_EDGE)


def norm_source(text: str) -> str:
    return re.sub(r"[’']s$", "", norm(text)).lower()


def norm_name(text: str) -> str:
    return re.sub(r"^the\s+", "", norm_source(text))


def same_content(actual: str, expected: str) -> bool:
    a, e = norm(actual), norm(expected)
    return a == e or (a.lower().startswith("that ") and a[5:] == e)


@dataclass(frozen=True)
class E:
    """An expected attribution; ``None`` fields are not checked, ``NULL`` ones must be null."""

    content: str | None = None  # the content, trimmed (an indirect one may also start with "that")
    contains: str | None = None  # a phrase the content must hold
    source: str | _Null | None = None  # the source_span's text
    cue: str | None = None  # a word (or "according to") the cue must hold
    kind: str | None = None
    name: str | None = None  # the resolved source's name
    type: str | None = None  # the resolved source's type
    addressee: str | _Null | None = None  # a mention of the addressee source
    via: str | _Null | None = None  # the source_span of the attribution this one is reported through
    hedged: bool | None = None
    parts: tuple[str, ...] | None = None  # content_parts, trimmed


def describe(report: Report) -> str:
    """The report's attributions and markers, one per line, for failure messages."""
    lines = []
    for a in report.attributions:
        src = report.source(a.source)
        addr = report.source(a.addressee)
        lines.append(
            f"  {a.id} {a.kind}: source_span={_t(a.source_span)} -> {src.name + ' (' + src.type + ')' if src else None}"
            f" | cue={_t(a.cue)} | content={_t(a.content)} | parts={[p.text for p in a.content_parts]}"
            f" | addressee={addr.name if addr else None} | via={a.via} | hedged={a.hedged}"
        )
    for m in report.markers:
        lines.append(f"  {m.id} {m.type} {m.label!r} {m.span.text!r} -> {m.attribution}")
    return "\n".join(lines) or "  (nothing)"


def _t(span: Span | None) -> str | None:
    return repr(span.text) if span is not None else None


def _field_ok(report: Report, a: Attribution, name: str, want: object) -> bool:
    if name == "content":
        return same_content(a.content.text, want)
    if name == "contains":
        return norm(want) in norm(a.content.text)
    if name == "source":
        return a.source_span is None if want is NULL else (a.source_span is not None and norm_source(a.source_span.text) == norm_source(want))
    if name == "cue":
        return a.cue is not None and re.search(rf"(?<!\w){re.escape(want)}(?!\w)", a.cue.text, re.IGNORECASE) is not None and len(a.cue.text.split()) <= 4
    if name == "kind":
        return a.kind == want
    if name == "name":
        src = report.source(a.source)
        return src is not None and norm_name(src.name) == norm_name(want)
    if name == "type":
        src = report.source(a.source)
        return src is not None and src.type == want
    if name == "addressee":
        if want is NULL:
            return a.addressee is None
        addr = report.source(a.addressee)
        return addr is not None and any(norm_source(m.text) == norm_source(want) for m in addr.mentions)
    if name == "via":
        if want is NULL:
            return a.via is None
        outer = report.attribution(a.via)
        return outer is not None and outer.source_span is not None and norm_source(outer.source_span.text) == norm_source(want)
    if name == "hedged":
        return a.hedged is want
    if name == "parts":
        return tuple(norm(p.text) for p in a.content_parts) == tuple(norm(p) for p in want)
    raise AssertionError(name)


def find(report: Report, e: E) -> Attribution:
    """The attribution matching every field of ``e``; fails with the whole report otherwise."""
    wanted = [(f.name, getattr(e, f.name)) for f in fields(e) if getattr(e, f.name) is not None]
    for a in report.attributions:
        if all(_field_ok(report, a, name, want) for name, want in wanted):
            return a
    pytest.fail(f"no attribution matches {e}\nfound:\n{describe(report)}", pytrace=False)


def check(nlp, text: str, expected: list[E], *, exact: bool = True) -> Report:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    matched = [find(report, e) for e in expected]
    if len({a.id for a in matched}) != len(matched):
        pytest.fail(f"two expectations matched one attribution:\n{describe(report)}", pytrace=False)
    if exact and len(report.attributions) != len(expected):
        pytest.fail(f"expected {len(expected)} attribution(s), found {len(report.attributions)}:\n{describe(report)}",
                    pytrace=False)
    return report


def check_table(table: list, *, one: bool = False) -> Callable:
    """A ``text, expected`` table as a test: each row is one ``check`` (``one``: ``expected`` is one
    attribution, to be found among any others)."""

    @pytest.mark.parametrize("text, expected", table)
    def test(nlp, text: str, expected: list[E] | E) -> None:  # noqa: ANN001
        if one:
            check(nlp, text, [expected], exact=False)
        else:
            check(nlp, text, expected)

    return test


def expect(ok: bool, message: str) -> None:
    """Fail with ``message`` alone (the report's repr would bury it)."""
    if not ok:
        pytest.fail(message, pytrace=False)


# --- 1. direct quotes ---------------------------------------------------------------

PARAGRAPHS = (
    "“For a week now we have heard the same story. Nobody has visited the site.\n\n"
    "“We call on our colleagues to stop this campaign,” the statement said."
)


test_direct_quotes = check_table(
    [
        pytest.param('"We will respond," the minister said.',
                     [E("We will respond", source="the minister", cue="said", kind="direct")], id="straight"),
        pytest.param("“We will respond,” the minister said.",
                     [E("We will respond", source="the minister", cue="said", kind="direct")], id="curly"),
        pytest.param("“We will respond,” said Anatoly Antonov.",
                     [E("We will respond", source="Anatoly Antonov", cue="said", kind="direct")], id="said-x"),
        pytest.param('Antonov said: "We have nothing to hide."',
                     [E("We have nothing to hide", source="Antonov", cue="said", kind="direct")], id="cue-colon-straight"),
        pytest.param("Antonov said, “We have nothing to hide.”",
                     [E("We have nothing to hide", source="Antonov", cue="said", kind="direct")], id="cue-comma-curly"),
        pytest.param("“We waited\u00a0\u2026 and waited,” the minister said.",
                     [E("We waited \u2026 and waited", source="the minister", cue="said", kind="direct")], id="nbsp-ellipsis"),
        pytest.param(PARAGRAPHS,
                     [E("For a week now we have heard the same story. Nobody has visited the site. "
                        "We call on our colleagues to stop this campaign", source="the statement", cue="said", kind="direct")],
                     id="paragraph-continuation"),
        # variants: other speakers and words, so rules generalise beyond the sentences above
        pytest.param('"The bridge is unsafe," said Maria Lopez.',
                     [E("The bridge is unsafe", source="Maria Lopez", cue="said", kind="direct")], id="var-said-x"),
        pytest.param("“The budget is balanced. The deficit is gone.\n\n“Next year we will cut taxes,” the report said.",
                     [E("The budget is balanced. The deficit is gone. Next year we will cut taxes", source="the report", cue="said",
                        kind="direct")], id="var-paragraph-continuation"),
        # marks that do not match: a curly opening closed by a straight mark, across paragraphs too
        pytest.param('“The bridge is unsafe," said Maria Lopez.',
                     [E("The bridge is unsafe", source="Maria Lopez", cue="said", kind="direct")], id="mismatched-marks"),
        pytest.param('“We waited a year.\n\n"Then we sued," the tenant said.',
                     [E("We waited a year. Then we sued", source="the tenant", cue="said", kind="direct")],
                     id="mismatched-marks-paragraphs"),
        pytest.param('“He wrote "closed" on the door,” the owner said.',
                     [E('He wrote closed on the door', source="the owner", cue="said", kind="direct")],
                     id="straight-pair-nested-in-curly"),
        # negatives
        pytest.param("The report was long.", [], id="neg-no-quote"),
        pytest.param("The film “Casablanca” opened in 1942.", [], id="neg-title"),
        pytest.param("The word “respond” appears twice in the text.", [], id="neg-mention"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“We were invited,” he said, “and then we were turned away.”",
                     E("We were invited, he said, and then we were turned away", source="he", cue="said", kind="direct",
                       parts=("We were invited", "and then we were turned away")), id="curly"),
        pytest.param('"We were invited," he said, "and then we were turned away."',
                     E("We were invited, he said, and then we were turned away", source="he", cue="said", kind="direct",
                       parts=("We were invited", "and then we were turned away")), id="straight"),
        pytest.param("“We will respond,” said Antonov, “and we will win.”",
                     E("We will respond, said Antonov, and we will win", source="Antonov", cue="said", kind="direct",
                       parts=("We will respond", "and we will win")), id="said-x"),
        pytest.param("“We lost the vote,” she said, “but we will try again next year.”",
                     E("We lost the vote, she said, but we will try again next year", source="she", cue="said", kind="direct",
                       parts=("We lost the vote", "but we will try again next year")), id="var-she"),
    ],
)
def test_split_quote_is_one_attribution(nlp, text: str, expected: E) -> None:
    report = check(nlp, text, [expected])
    a = report.attributions[0]
    assert a.content.start <= a.content_parts[0].start and a.content_parts[-1].end <= a.content.end
    assert "content_parts" in a.to_dict()


test_split_quote_negative = check_table(
    [
        # two speakers, two quotes: never joined
        pytest.param("“We were invited,” Antonov said. Whitfield said, “No invitation was withdrawn.”",
                     [E("We were invited", source="Antonov", kind="direct", parts=()),
                      E("No invitation was withdrawn", source="Whitfield", kind="direct", parts=())], id="two-speakers"),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        'Burton thinks cats are "cuties".',
        "The film “Casablanca” opened in 1942.",
        "Russia says that its diplomats were turned away from a briefing.",
        "Whitfield vowed to “hold Assad responsible” for the deaths of civilians.",
        "The rebels staged another “atrocity” for the cameras.",
    ],
)
def test_not_direct(nlp, text: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(not [a for a in report.attributions if a.kind == "direct"], f"a direct attribution:\n{describe(report)}")


# --- 2. reported speech and cue nouns ---------------------------------------------


test_reported_speech = check_table(
    [
        pytest.param("Russia says that its diplomats were turned away from a State Department briefing.",
                     [E("its diplomats were turned away from a State Department briefing", source="Russia", cue="says", kind="indirect")],
                     id="says-that"),
        pytest.param("Moscow has claimed to be the victim of a smear campaign.",
                     [E("to be the victim of a smear campaign", source="Moscow", cue="claimed", kind="indirect")], id="claimed-to"),
        pytest.param("The ministry reported earlier that the site was free of chlorine.",
                     [E("the site was free of chlorine", source="The ministry", cue="reported", kind="indirect")], id="reported-earlier-that"),
        pytest.param("She insisted the briefing had been closed to all foreign governments.",
                     [E("the briefing had been closed to all foreign governments", source="She", cue="insisted", kind="indirect")],
                     id="no-that"),
        pytest.param("The senator warned that the bill would fail.",
                     [E("the bill would fail", source="The senator", cue="warned", kind="indirect")], id="warned"),
        pytest.param("Officials denied that the army had used chemical weapons.",
                     [E("the army had used chemical weapons", source="Officials", cue="denied", kind="indirect")], id="denied"),
        pytest.param("China says that its navy will patrol the strait.",
                     [E("its navy will patrol the strait", source="China", cue="says", kind="indirect")], id="var-says-that"),
        pytest.param("Beijing has claimed to be the target of a disinformation campaign.",
                     [E("to be the target of a disinformation campaign", source="Beijing", cue="claimed", kind="indirect")],
                     id="var-claimed-to"),
        pytest.param("The agency announced last week that the vaccine was safe.",
                     [E("the vaccine was safe", source="The agency", cue="announced", kind="indirect")], id="var-announced-that"),
        # negatives
        pytest.param("The report was long.", [], id="neg-report"),
        pytest.param("The ambassador arrived in Washington on Tuesday.", [], id="neg-arrived"),
        pytest.param("Whitfield spoke on Tuesday.", [], id="neg-spoke"),
        pytest.param("The think tank published its annual budget.", [], id="neg-published"),
    ],
)


test_cue_nouns = check_table(
    [
        pytest.param("John Bolton’s promise that the US would respond did not calm the markets.",
                     [E("the US would respond", source="John Bolton", cue="promise", kind="indirect")], id="possessive-promise"),
        pytest.param("The claim that Syria used chemical weapons has not been verified.",
                     [E("Syria used chemical weapons", source=NULL, cue="claim", kind="indirect")], id="the-claim-that"),
        pytest.param("Senator Warren’s promise that the bill would pass was forgotten.",
                     [E("the bill would pass", source="Senator Warren", cue="promise", kind="indirect")], id="var-possessive"),
        pytest.param("The allegation that the mayor took bribes has not been proven.",
                     [E("the mayor took bribes", source=NULL, cue="allegation", kind="indirect")], id="var-the-allegation-that"),
        # negatives: the cue noun without a content clause
        pytest.param("The promise of spring lifted spirits.", [], id="neg-promise-of"),
        pytest.param("The claims office closed at noon.", [], id="neg-claims-office"),
    ],
)


# --- 3. according to, in a statement, passive, told, colon ---------------------------


test_according_to = check_table(
    [
        pytest.param("The attack killed at least 40 people, according to the Syrian American Medical Society.",
                     [E("The attack killed at least 40 people", source="the Syrian American Medical Society", cue="according to",
                        kind="indirect")], id="according-after"),
        pytest.param("According to RT, the site was free of chlorine.",
                     [E("the site was free of chlorine", source="RT", cue="according to", kind="indirect")], id="according-before"),
        # negatives
        pytest.param("The trains ran according to schedule.", [], id="neg-schedule"),
        pytest.param("Prices rose according to plan.", [], id="neg-plan"),
        pytest.param("Unemployment fell to 4 percent, according to the Labor Department.",
                     [E("Unemployment fell to 4 percent", source="the Labor Department", cue="according to")], id="var-after"),
        pytest.param("According to Reuters, the factory was closed.",
                     [E("the factory was closed", source="Reuters", cue="according to")], id="var-before"),
        pytest.param("The trains ran according to the timetable.", [], id="var-neg-timetable"),
        pytest.param("The furniture was arranged according to size.", [], id="var-neg-size"),
    ],
)


test_said_in_a_statement = check_table(
    [
        pytest.param("Arkhipov said in a statement that the US was staging a campaign against Moscow.",
                     [E("the US was staging a campaign against Moscow", source="Arkhipov", cue="said", kind="indirect")],
                     id="said-in-a-statement"),
        pytest.param("In a statement, the ministry said it had nothing to hide.",
                     [E("it had nothing to hide", source="the ministry", cue="said", kind="indirect")], id="in-a-statement-said"),
        pytest.param("Maria Lopez said in a statement that the company had been sold.",
                     [E("the company had been sold", source="Maria Lopez", cue="said", kind="indirect")], id="var-said-in-a-statement"),
        # negative
        pytest.param("The statement was posted on the embassy’s website.", [], id="neg-statement-posted"),
    ],
)


test_passive_by = check_table(
    [
        pytest.param("The plan was revealed by the Washington Post on Monday.",
                     [E("The plan", source="the Washington Post", cue="revealed")], id="revealed-by"),
        pytest.param("The existence of the program was revealed by former contractor Edward Snowden.",
                     [E("The existence of the program", source="former contractor Edward Snowden", cue="revealed", name="Edward Snowden")],
                     id="revealed-by-apposition"),
        pytest.param("The deal was confirmed by the White House.",
                     [E("The deal", source="the White House", cue="confirmed")], id="confirmed-by"),
        pytest.param("The merger was announced by Acme Corp on Friday.",
                     [E("The merger", source="Acme Corp", cue="announced")], id="var-announced-by"),
        pytest.param("The window was broken by a stone.", [], id="var-neg-broken-by"),
        # negative
        pytest.param("The building was destroyed by a fire.", [], id="neg-destroyed-by"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Whitfield told reporters that no invitation had been withdrawn.",
                     [E("no invitation had been withdrawn", source="Whitfield", cue="told", addressee="reporters")], id="told-that"),
        pytest.param("Antonov told reporters the evidence was fabricated.",
                     [E("the evidence was fabricated", source="Antonov", cue="told", addressee="reporters")], id="told-no-that"),
        pytest.param("Antonov told RT that Moscow had nothing to hide.",
                     [E("Moscow had nothing to hide", source="Antonov", cue="told", addressee="RT")], id="told-outlet"),
        pytest.param("The mayor told voters that taxes would fall.",
                     [E("taxes would fall", source="The mayor", cue="told", addressee="voters")], id="var-told-that"),
        # the addressee between the parts of an interrupted quote, and on a participle's twin statement
        pytest.param("“We will not raise taxes this year,” John Smith told the BBC. “The budget is balanced.”",
                     [E(contains="raise taxes", source="John Smith", cue="told", addressee="the BBC")], id="told-between-parts"),
        pytest.param("The minister spoke. “Nobody should doubt it,” he told the BBC, adding that the plan was final.",
                     [E("Nobody should doubt it", cue="told", addressee="the BBC"),
                      E("the plan was final", cue="adding", addressee="the BBC")], id="told-adding-twin"),
        # negatives: no addressee without one named; a participle of a verb that takes none
        pytest.param("“Nobody should doubt it,” he said, adding that the plan was final.",
                     [E("Nobody should doubt it", cue="said", addressee=NULL),
                      E("the plan was final", cue="adding", addressee=NULL)], id="neg-said-adding"),
        # negative: no addressee without one named
        pytest.param("Whitfield said that no invitation had been withdrawn.",
                     [E("no invitation had been withdrawn", source="Whitfield", cue="said", addressee=NULL)], id="neg-said"),
    ],
)
def test_told_addressee(nlp, text: str, expected: list[E]) -> None:
    report = check(nlp, text, expected)
    for a in report.attributions:
        expect(a.addressee is None or a.addressee != a.source, f"addressee is the source:\n{describe(report)}")


test_colon_forms = check_table(
    [
        pytest.param("RT reports: the site was free of chlorine.",
                     [E("the site was free of chlorine", source="RT", cue="reports")], id="colon-inline"),
        pytest.param("RT reports:\n\nThe site was free of chlorine, and the footage was staged.",
                     [E("The site was free of chlorine, and the footage was staged", source="RT", cue="reports")], id="colon-paragraph"),
        pytest.param("The ministry said: “We have nothing to hide.”",
                     [E("We have nothing to hide", source="The ministry", cue="said", kind="direct")], id="said-colon-quote"),
        # negatives
        pytest.param("The agenda: trade, security and climate.", [], id="neg-agenda"),
        pytest.param("Note: the office is closed on Monday.", [], id="neg-note"),
        pytest.param("Time: 10 a.m. Place: the embassy.", [], id="neg-time-place"),
        pytest.param("Reuters reports: the factory was closed.",
                     [E("the factory was closed", source="Reuters", cue="reports")], id="var-colon-inline"),
        pytest.param("Warning: the road is closed.", [], id="var-neg-warning"),
        pytest.param("Update: the road has reopened.", [], id="var-neg-update"),
    ],
)


# --- 4. mixed quotes ------------------------------------------------------------------


test_mixed_quotes = check_table(
    [
        pytest.param("Whitfield vowed to “hold Assad responsible” for the deaths of civilians.",
                     [E("to hold Assad responsible for the deaths of civilians", source="Whitfield", cue="vowed", kind="mixed")],
                     id="vowed"),
        pytest.param("Whitfield left the room, vowing to “hold Assad responsible” for the deaths.",
                     [E("to hold Assad responsible for the deaths", source="Whitfield", cue="vowing", kind="mixed")], id="vowing"),
        pytest.param("The minister said the government would “hold Assad responsible” for the attack.",
                     [E("the government would hold Assad responsible for the attack", source="The minister", cue="said", kind="mixed")],
                     id="said-partial"),
        pytest.param("The senator pledged to “fight for every vote” in the state.",
                     [E("to fight for every vote in the state", source="The senator", cue="pledged", kind="mixed")], id="var-pledged"),
        # negatives: fully quoted is direct, unquoted is indirect
        pytest.param("“We will hold Assad responsible,” the minister said.",
                     [E("We will hold Assad responsible", source="the minister", kind="direct")], id="neg-direct"),
        pytest.param("The minister said the government would hold Assad responsible.",
                     [E("the government would hold Assad responsible", source="The minister", kind="indirect")], id="neg-indirect"),
    ],
)


# --- 5. belief and intention ----------------------------------------------------------


test_belief_and_intention = check_table(
    [
        pytest.param("Antonov believes that the evidence was fabricated.",
                     [E("the evidence was fabricated", source="Antonov", cue="believes", kind="indirect")], id="believes"),
        pytest.param("Washington wants to hold Assad responsible.",
                     [E("to hold Assad responsible", source="Washington", cue="wants", kind="indirect")], id="wants"),
        pytest.param("Many voters think the election is rigged.",
                     [E("the election is rigged", source="Many voters", cue="think", kind="indirect")], id="think"),
        pytest.param('Burton thinks cats are "cuties".',
                     [E("cats are cuties", source="Burton", cue="thinks")], id="thinks-scare"),
        pytest.param("Most economists believe the recession is over.",
                     [E("the recession is over", source="Most economists", cue="believe", kind="indirect")], id="var-believe"),
        pytest.param("Beijing wants to expand its trade ties.",
                     [E("to expand its trade ties", source="Beijing", cue="wants", kind="indirect")], id="var-wants"),
        # negatives: the cue words used otherwise
        pytest.param("The think tank moved to a larger building.", [], id="neg-think-tank"),
        pytest.param("The believers gathered in the square.", [], id="neg-believers"),
    ],
)


# --- 6. speakers resolved: pronouns, roles, aliases -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Anatoly Antonov arrived at the State Department on Tuesday. He said the briefing had been cancelled.",
                     [E("the briefing had been cancelled", source="He", name="Anatoly Antonov", type="person")], id="he"),
        pytest.param("Heather Nauert met Anatoly Antonov on Tuesday. She said the briefing had been cancelled.",
                     [E("the briefing had been cancelled", source="She", name="Heather Nauert", type="person")], id="she-gender"),
        pytest.param("Heather Nauert, the State Department spokesperson, said the briefing was closed.",
                     [E("the briefing was closed", name="Heather Nauert", type="person")], id="apposition"),
        pytest.param("State Department spokesperson Heather Nauert said the briefing was closed.",
                     [E("the briefing was closed", name="Heather Nauert", type="person")], id="role-compound"),
        pytest.param("Heather Nauert is the State Department spokesperson. The spokesperson said the briefing was closed.",
                     [E("the briefing was closed", source="The spokesperson", name="Heather Nauert", type="person")], id="role-noun-copula"),
        pytest.param("The New York Times ran the story on Monday. The newspaper said its reporters had seen the documents.",
                     [E("its reporters had seen the documents", source="The newspaper", name="The New York Times", type="outlet")],
                     id="the-newspaper"),
        pytest.param("Maria Lopez met John Smith on Monday. She said the deal was off.",
                     [E("the deal was off", source="She", name="Maria Lopez", type="person")], id="var-she-gender"),
        pytest.param("Maria Lopez is the company’s chief executive. The executive said the deal was off.",
                     [E("the deal was off", source="The executive", name="Maria Lopez", type="person")], id="var-role-copula"),
        # negatives: a pronoun never reaches forward, nor a role noun to an unrelated name
        pytest.param("He said the talks had failed. Anatoly Antonov arrived later.",
                     [E("the talks had failed", source="He")], id="neg-forward"),
    ],
)
def test_speaker_resolution(nlp, text: str, expected: list[E]) -> None:
    report = check(nlp, text, expected)
    if "arrived later" in text:
        src = report.source(report.attributions[0].source)
        expect(src is None or "antonov" not in src.name.lower(), f"pronoun resolved forward:\n{describe(report)}")


@pytest.mark.parametrize(
    "text, name, type_, mentions",
    [
        pytest.param("Anatoly Antonov said the evidence was fabricated. Antonov added that Moscow had nothing to hide.",
                     "Anatoly Antonov", "person", ["Anatoly Antonov", "Antonov"], id="surname"),
        pytest.param("Anatoly Antonov said the evidence was fabricated. He said Moscow had nothing to hide.",
                     "Anatoly Antonov", "person", ["Anatoly Antonov", "He"], id="pronoun"),
        pytest.param("“We have nothing to hide,” Anatoly Antonov said. “The United States has written its verdict,” Antonov said.",
                     "Anatoly Antonov", "person", ["Anatoly Antonov", "Antonov"], id="surname-direct"),
        pytest.param("Russia says that its diplomats were turned away. Moscow has claimed to be the victim of a smear campaign.",
                     None, "government", ["Russia", "Moscow"], id="moscow-russia"),
        pytest.param("Maria Lopez said the deal was off. Lopez added that talks would continue.",
                     "Maria Lopez", "person", ["Maria Lopez", "Lopez"], id="var-surname"),
        pytest.param("China says its navy will patrol the strait. Beijing has claimed to be the target of a disinformation campaign.",
                     None, "government", ["China", "Beijing"], id="var-beijing-china"),
        pytest.param("The White House said the talks would continue. The White House added that no date had been set.",
                     "White House", "government", ["The White House"], id="white-house-own-name"),
    ],
)
def test_aliases_grouped(nlp, text: str, name: str | None, type_: str, mentions: list[str]) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(len(report.attributions) == 2, f"expected 2 attributions:\n{describe(report)}")
    a, b = report.attributions
    expect(a.source is not None and a.source == b.source, f"not one source:\n{describe(report)}")
    src = report.source(a.source)
    assert src is not None
    if name is not None:
        expect(norm_name(src.name) == norm_name(name), f"source named {src.name!r}, expected {name!r}")
    expect(src.type == type_, f"source type {src.type!r}, expected {type_!r}")
    got = [m.text for m in src.mentions]
    for mention in mentions:
        expect(mention in got, f"mention {mention!r} missing from {got}")
    # the mentions include the attributions' own source spans, at their places
    assert a.source_span is not None and b.source_span is not None
    spans = {(m.start, m.end) for m in src.mentions}
    expect({(a.source_span.start, a.source_span.end), (b.source_span.start, b.source_span.end)} <= spans,
           f"source spans missing from mentions {got}")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Anatoly Antonov said the evidence was fabricated. Viktor Antonov said the talks had failed.", id="two-antonovs"),
        pytest.param("Russia said the evidence was fabricated. Washington said the talks had failed.", id="two-governments"),
        pytest.param("Whitfield said the evidence was fabricated. Officials said the talks had failed.", id="named-vs-anonymous"),
        # the president's office is not the country: "the White House said" is the White House's word
        pytest.param("The United States said the evidence was fabricated. The White House said the talks had failed.",
                     id="white-house-not-country"),
    ],
)
def test_aliases_negative(nlp, text: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(len(report.attributions) == 2, f"expected 2 attributions:\n{describe(report)}")
    a, b = report.attributions
    expect(a.source is not None and b.source is not None and a.source != b.source, f"one source for two:\n{describe(report)}")


# --- 7. source types ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, source, type_",
    [
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", "person"),
        ("Exxon Mobil said the talks had failed.", "Exxon Mobil", "organization"),
        ("The World Health Organization said the talks had failed.", "The World Health Organization", "organization"),
        ("Fox News reported that the talks had failed.", "Fox News", "outlet"),
        ("RT reported that the talks had failed.", "RT", "outlet"),
        ("The daily reported that the talks had failed.", "The daily", "outlet"),
        ("The newspaper reported that the talks had failed.", "The newspaper", "outlet"),
        ("The Kremlin said the talks had failed.", "The Kremlin", "government"),
        ("The State Department said the talks had failed.", "The State Department", "government"),
        ("Moscow said the talks had failed.", "Moscow", "government"),
        ("Mainstream US pundits claimed that the talks had failed.", "Mainstream US pundits", "group"),
        ("Officials said the talks had failed.", "Officials", "anonymous"),
        ("Sources said the talks had failed.", "Sources", "anonymous"),
        ("Two US officials, speaking on condition of anonymity, said the talks had failed.", "Two US officials", "anonymous"),
        ("A senior European diplomat, who asked not to be named, said the talks had failed.", "A senior European diplomat", "anonymous"),
        ("“The market will recover,” the economist said.", "the economist", "person"),
        ("Reuters reported that the talks had failed.", "Reuters", "outlet"),
        ("The Labor Department said the talks had failed.", "The Labor Department", "government"),
        ("Anonymous sources said the talks had failed.", "Anonymous sources", "anonymous"),
        # negatives: a surname that looks like an outlet, "we" inside a quotation
        ("Laura Post said the talks had failed.", "Laura Post", "person"),
        ("“We have nothing to hide,” Anatoly Antonov said.", "Anatoly Antonov", "person"),
    ],
)
def test_source_types(nlp, text: str, source: str, type_: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    a = find(report, E(source=source))
    src = report.source(a.source)
    expect(src is not None, f"source unresolved:\n{describe(report)}")
    expect(src.type == type_, f"{source!r}: type {src.type!r}, expected {type_!r}\n{describe(report)}")
    if type_ != "author":
        expect(not [s for s in report.sources if s.type == "author"], f"an author source:\n{describe(report)}")


# --- 8. chains ------------------------------------------------------------------------


test_chains = check_table(
    [
        pytest.param("According to RT, it appears the State Department confirmed that the briefing had been closed.",
                     [E(contains="the briefing had been closed", source="RT", cue="according to", via=NULL),
                      E("the briefing had been closed", source="the State Department", cue="confirmed", via="RT")],
                     id="according-to-rt"),
        pytest.param("RT reports: the Russian Defense Ministry reported that its specialists had detected no chlorine.",
                     [E(contains="its specialists had detected no chlorine", source="RT", cue="reports", via=NULL),
                      E("its specialists had detected no chlorine", source="the Russian Defense Ministry", cue="reported", via="RT")],
                     id="rt-reports-colon"),
        pytest.param("Antonov told RT that the ministry had said the footage was staged.",
                     [E(contains="the footage was staged", source="Antonov", cue="told", addressee="RT", via=NULL),
                      E("the footage was staged", source="the ministry", cue="said", via="Antonov")], id="told-rt"),
        pytest.param("According to Reuters, it appears the Pentagon confirmed that the base had been closed.",
                     [E(contains="the base had been closed", source="Reuters", cue="according to", via=NULL),
                      E("the base had been closed", source="the Pentagon", cue="confirmed", via="Reuters")], id="var-according-to"),
        pytest.param("The mayor told the Guardian that the council had said the budget was balanced.",
                     [E(contains="the budget was balanced", source="The mayor", cue="told", addressee="the Guardian", via=NULL),
                      E("the budget was balanced", source="the council", cue="said", via="The mayor")], id="var-told"),
        # negative: attributions side by side are not chained
        pytest.param("RT reported the talks had failed. The ministry said the footage was staged.",
                     [E("the talks had failed", source="RT", via=NULL), E("the footage was staged", source="The ministry", via=NULL)],
                     id="neg-side-by-side"),
    ],
)


# --- 9. scare quotes and hypothetical speech ----------------------------------------


@pytest.mark.parametrize(
    "text, labels, attributions",
    [
        pytest.param("The rebels staged another “atrocity” for the cameras.", ["atrocity"], 0, id="atrocity"),
        pytest.param("The story rests on mere “rebel” claims.", ["rebel"], 0, id="mere-rebel-claims"),
        pytest.param("Once again the media played the “Assad is gassing his own people” card.",
                     ["Assad is gassing his own people"], 0, id="card"),
        pytest.param("Once again the press played the “the economy is booming” card.", ["the economy is booming"], 0, id="var-card"),
        pytest.param("The firm sold another “miracle” cure to investors.", ["miracle"], 0, id="var-miracle"),
        # a word inside what the commentators said is theirs, not the writer's distance (issue 12, item 5)
        pytest.param("Pro-government commentators dismissed the images as another “atrocity” produced for Western cameras.",
                     [], None, id="neg-dismissed-atrocity"),
        pytest.param("The images were, once more, another “atrocity” produced for Western cameras.", ["atrocity"], 0,
                     id="var-atrocity-cameras"),
        pytest.param("The so-called “reforms” have cut pensions by a third.", ["reforms"], 0, id="so-called"),
        pytest.param("Trump said the probe was a \"witch hunt\".", [], 1, id="neg-said-witch-hunt"),
        pytest.param("Lt. Col. Vindman told lawmakers it was his “duty” to report his concerns.", [], None, id="neg-told-duty"),
        # negatives: quotations that are speech carry no scare-quote marker
        pytest.param("“We will respond,” the minister said.", [], 1, id="neg-direct"),
        pytest.param("Whitfield vowed to “hold Assad responsible” for the deaths of civilians.", [], 1, id="neg-mixed"),
    ],
)
def test_scare_quotes(nlp, text: str, labels: list[str], attributions: int | None) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    scare = [m for m in report.markers if m.type == "scare_quote"]
    expect(sorted(norm(m.span.text) for m in scare) == sorted(labels), f"scare quotes, expected {labels}:\n{describe(report)}")
    for m in scare:
        expect(norm(m.label) == norm(m.span.text), f"label {m.label!r} is not the quoted words {m.span.text!r}")
        for a in report.attributions:
            inside = m.span.start <= a.content.start and a.content.end <= m.span.end
            expect(not inside, f"the scare quote {m.span.text!r} is an attribution's content:\n{describe(report)}")
    if attributions is not None:
        expect(len(report.attributions) == attributions, f"expected {attributions} attribution(s):\n{describe(report)}")


test_hypothetical_speech = check_table(
    [
        pytest.param("They have every incentive to claim that the attack was staged.", [], id="incentive-to-claim"),
        pytest.param("It would be easy to claim that the attack was staged.", [], id="easy-to-claim"),
        pytest.param("Nobody would dare to say that the footage was staged.", [], id="would-dare-to-say"),
        pytest.param("The opposition has every reason to claim that the vote was rigged.", [], id="var-every-reason-to-claim"),
        pytest.param("It would be tempting to say that the crisis is over.", [], id="var-tempting-to-say"),
        # negative: the same claim, made
        pytest.param("They claimed that the attack was staged.",
                     [E("the attack was staged", source="They", cue="claimed")], id="neg-claimed"),
    ],
)


# --- 10. hedges -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, hedge, expected",
    [
        pytest.param("The Syrian American Medical Society reportedly said the attack killed at least 40 people.", "reportedly",
                     E("the attack killed at least 40 people", source="The Syrian American Medical Society", cue="said"), id="reportedly"),
        pytest.param("The attack reportedly killed at least 40 people, according to the Syrian American Medical Society.", "reportedly",
                     E(contains="killed at least 40 people", source="the Syrian American Medical Society", cue="according to"),
                     id="reportedly-according-to"),
        pytest.param("The ministry said the men had allegedly been paid to take part.", "allegedly",
                     E("the men had allegedly been paid to take part", source="The ministry", cue="said"), id="allegedly"),
        pytest.param("It appears that the State Department confirmed the briefing had been closed.", "it appears",
                     E("the briefing had been closed", source="the State Department", cue="confirmed"), id="it-appears"),
        pytest.param("The ministry purportedly said that the footage was staged.", "purportedly",
                     E("the footage was staged", source="The ministry", cue="said"), id="purportedly"),
        pytest.param("The ministry seems to believe that the footage was staged.", "seems",
                     E("the footage was staged", source="The ministry", cue="believe"), id="seems"),
        pytest.param("Unconfirmed reports said the footage was staged.", "unconfirmed",
                     E("the footage was staged", source="Unconfirmed reports", cue="said"), id="unconfirmed"),
        pytest.param("Moscow has claimed to be the victim of a smear campaign.", "claimed",
                     E("to be the victim of a smear campaign", source="Moscow", cue="claimed"), id="claimed"),
        pytest.param("The mayor allegedly said that taxes would rise.", "allegedly",
                     E("taxes would rise", source="The mayor", cue="said"), id="var-allegedly"),
        pytest.param("The company seems to think that the merger will go ahead.", "seems",
                     E("the merger will go ahead", source="The company", cue="think"), id="var-seems"),
        pytest.param("The minister said the company had purportedly hidden its losses.", "purportedly",
                     E("the company had purportedly hidden its losses", source="The minister", cue="said"), id="var-purportedly"),
    ],
)
def test_hedges(nlp, text: str, hedge: str, expected: E) -> None:
    report = check(nlp, text, [expected])
    a = report.attributions[0]
    expect(a.hedged, f"{a.id} not hedged:\n{describe(report)}")
    hedges = [m for m in report.markers if m.type == "hedge" and hedge in m.span.text.lower()]
    expect(bool(hedges), f"no hedge marker {hedge!r}:\n{describe(report)}")
    expect(all(m.attribution == a.id for m in hedges), f"hedge {hedge!r} not linked to {a.id}:\n{describe(report)}")


@pytest.mark.parametrize(
    "text",
    [
        "Russia says that its diplomats were turned away from a briefing.",
        "The ministry said the footage was staged.",
        "“We will respond,” the minister said.",
        "The report was long.",
    ],
)
def test_no_hedges(nlp, text: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(not [m for m in report.markers if m.type == "hedge"], f"a hedge marker:\n{describe(report)}")
    expect(not any(a.hedged for a in report.attributions), f"a hedged attribution:\n{describe(report)}")


# --- 11. the sourcing profile -------------------------------------------------------


def test_profile(nlp) -> None:
    text = ("Anatoly Antonov said the talks had failed. Officials said a decision could come within days. "
            "“We will respond,” Antonov said.")
    report = check(nlp, text, [E("the talks had failed", source="Anatoly Antonov"),
                               E("a decision could come within days", source="Officials"),
                               E("We will respond", source="Antonov", kind="direct")])
    p = report.profile
    expect((p.attributions, p.sources, p.named_sources, p.anonymous_sources) == (3, 2, 1, 1),
           f"(attributions, sources, named, anonymous) = {(p.attributions, p.sources, p.named_sources, p.anonymous_sources)}, "
           f"expected (3, 2, 1, 1):\n{describe(report)}")
    assert (p.direct, p.indirect, p.mixed) == (1, 2, 0)
    covered = sum(len(a.content) for a in report.attributions)
    assert p.attributed_share == pytest.approx(covered / len(text), abs=0.02)
    assert p.top_sources and norm_name(p.top_sources[0].name) == "anatoly antonov" and p.top_sources[0].attributions == 2


def test_profile_empty(nlp) -> None:
    p = sayso.analyze("The report was long.", nlp=nlp).profile
    assert (p.attributions, p.sources, p.named_sources, p.anonymous_sources, p.attributed_share) == (0, 0, 0, 0, 0.0)
    assert p.top_sources == ()


@pytest.mark.parametrize(
    "text, hedge, cue",
    [
        # the hedge qualifies another clause of the sentence, not the attribution beside it
        ("He allegedly threatened her in March, and prosecutors said he made the call from his home.", "allegedly", "said"),
        ("The rebels apparently withdrew overnight, while the ministry said the town was calm.", "apparently", "said"),
        ("The alleged attack was filmed by residents, and the ministry said the footage was staged.", "alleged", "said"),
    ],
)
def test_hedge_not_on_the_next_statement(nlp, text: str, hedge: str, cue: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0, techniques=False, claims=False)
    marks = [m for m in report.markers if m.type == "hedge" and hedge in m.span.text.lower()]
    expect(bool(marks), f"no hedge marker {hedge!r}:\n{describe(report)}")
    said = [a.id for a in report.attributions if a.cue is not None and a.cue.text.lower().endswith(cue)]
    expect(bool(said), f"no attribution cued {cue!r}:\n{describe(report)}")
    expect(all(m.attribution not in said for m in marks), f"hedge {hedge!r} linked to the {cue!r} statement:\n{describe(report)}")


# --- less common attribution forms (issue 12, item 3) -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The car, which Nissan claims is the safest in its class, goes on sale in May.",
                     E("is the safest in its class", source="Nissan", cue="claims"), id="which-x-claims"),
        pytest.param("The drug, which the company says cuts deaths by half, was approved on Friday.",
                     E("cuts deaths by half", source="the company", cue="says"), id="which-x-says"),
        pytest.param("The plan, which critics say will raise rents, passed the council.",
                     E("will raise rents", source="critics", cue="say"), id="which-x-say-modal"),
        pytest.param("The mayor, who critics say is too close to developers, resigned.",
                     E("is too close to developers", source="critics", cue="say"), id="who-x-say"),
        pytest.param("The tax — which the governor says will fund schools — passed easily.",
                     E("will fund schools", source="the governor", cue="says"), id="dashes"),
    ],
)
def test_relative_clause_cue(nlp, text: str, expected: E) -> None:
    check(nlp, text, [expected], exact=False)
    shown = sayso.analyze(text, nlp=nlp)  # the form is plain: it passes the default reporting threshold
    expect(any(same_content(a.content.text, expected.content) for a in shown.attributions),
           f"below the default threshold:\n{describe(shown)}")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The bridge, which engineers built in 1950, is closing.", [], id="not-a-cue"),
        # the relative pronoun is the speaker itself: no second subject
        pytest.param("The senator, who said the bill was flawed, voted against it.",
                     [E("the bill was flawed", name="The senator", cue="said")], id="pronoun-is-the-speaker"),
    ],
)
def test_relative_clause_cue_negative(nlp, text: str, expected: list[E]) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    for e in expected:
        find(report, e)
    if not expected:
        expect(not report.attributions, f"expected none:\n{describe(report)}")


test_noun_cue_that_clause = check_table(
    [
        pytest.param("The report contradicted an earlier declaration by China's health chiefs that the virus could not spread.",
                     E("that the virus could not spread", source="China's health chiefs", cue="declaration"), id="declaration-by-x"),
        pytest.param("The minister's assurance that no jobs would be lost did not convince the unions.",
                     E("that no jobs would be lost", source="The minister", cue="assurance"), id="assurance"),
        pytest.param("Smith's boast that he had never lost a case was repeated in court.",
                     E("that he had never lost a case", source="Smith", cue="boast"), id="boast"),
        pytest.param("Investors doubted the company's claim that sales would double.",
                     E("that sales would double", source="the company", cue="claim"), id="claim"),
        pytest.param("His assertion that the election was stolen has been rejected by the courts.",
                     E("that the election was stolen", source="His", cue="assertion"), id="assertion"),
    ],
    one=True,
)


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("The declaration of independence was signed in 1776.", "declaration", id="no-clause-no-speaker"),
        pytest.param("The revelation of the new model drew crowds.", "revelation", id="revelation-of"),
    ],
)
def test_noun_cue_negative(nlp, text: str, cue: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(not any(cue in a.cue.text.lower() for a in report.attributions), describe(report))


test_passive_recipient = check_table(
    [
        pytest.param("Employees were told by the manager that the plant will close in June.",
                     E("that the plant will close in June", source="the manager", cue="told", addressee="Employees"),
                     id="told-by-x-that"),
        pytest.param("Residents were warned by police that the river could flood.",
                     E("that the river could flood", source="police", cue="warned", addressee="Residents"), id="warned-by-x-that"),
        # no agent: the source is unknown, the recipient is whom it was told to
        pytest.param("Employees were told that the plant will close in June.",
                     E("that the plant will close in June", source=NULL, cue="told", addressee="Employees"), id="generic-recipient"),
        pytest.param("We've been told that the plant will close in June.",
                     E("that the plant will close in June", source=NULL, cue="told"), id="first-person-recipient"),
        # negatives: a passive whose subject is what was said keeps it as the content, with no addressee
        pytest.param("The plan was revealed by the Post.",
                     E("The plan", source="the Post", cue="revealed", addressee=NULL), id="neg-revealed-by"),
        pytest.param("The decision was announced by the ministry.",
                     E("The decision", source="the ministry", cue="announced", addressee=NULL), id="neg-announced-by"),
    ],
    one=True,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('In the words of the governor: "We will not raise taxes this year."',
                     E("We will not raise taxes this year", source="the governor", cue="words", kind="direct"), id="words-of-colon"),
        pytest.param("In the words of Maria Lopez, “The bridge is unsafe.”",
                     E("The bridge is unsafe", source="Maria Lopez", cue="words", kind="direct"), id="words-of-comma"),
        pytest.param('In Smith\'s words, "The bridge is unsafe."',
                     E("The bridge is unsafe", source="Smith", cue="words", kind="direct"), id="x-s-words"),
        pytest.param('In his own words: "I was never there."',
                     E("I was never there", source="his", cue="words", kind="direct"), id="his-own-words"),
        pytest.param('"We will not raise taxes," in the words of one aide.',
                     E("We will not raise taxes", source="one aide", cue="words", kind="direct"), id="words-of-trailer"),
    ],
)
def test_in_the_words_of(nlp, text: str, expected: E) -> None:
    check(nlp, text, [expected])
    expect(bool(sayso.analyze(text, nlp=nlp).attributions), "below the default threshold")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In the words of the song, the night is young.", id="no-quotation"),
        pytest.param('In other words, "the plan" is dead.', id="in-other-words"),
        pytest.param('In a few words, "the plan" is dead.', id="in-a-few-words"),
    ],
)
def test_in_the_words_of_negative(nlp, text: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(not any("words" in a.cue.text.lower() for a in report.attributions), describe(report))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Reporters asked Smith about the payments. His response: "I never took the money."',
                     E("I never took the money", source="His", name="Smith", cue="response", kind="direct"), id="his-response"),
        pytest.param("Trump’s reply: “Fake news.”", E("Fake news", source="Trump", cue="reply", kind="direct"),
                     id="x-s-reply"),
        pytest.param("The senator's blunt assessment: “This bill is dead.”",
                     E("This bill is dead", source="The senator", cue="assessment", kind="direct"), id="x-s-assessment"),
    ],
)
def test_answer_noun_colon(nlp, text: str, expected: E) -> None:
    """A sentence that opens with a possessive and a noun for what was said, then a colon and a quotation."""
    check(nlp, text, [expected])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The response: "We will fight."', id="no-possessor"),
        pytest.param('The rally drew thousands. His message: unity.', id="no-quotation"),
        pytest.param('Reporters praised his response: "fast and clear."', id="object-of-a-verb"),
        pytest.param('His response time: "under a minute."', id="not-the-colon-word"),
    ],
)
def test_answer_noun_colon_negative(nlp, text: str) -> None:
    report = sayso.analyze(text, nlp=nlp, min_confidence=0)
    expect(not any(a.cue.text.lower() in ("response", "message") for a in report.attributions), describe(report))


test_speaker_before_an_aside = check_table(
    [
        pytest.param('Smith, asked about the plan, said: "We will appeal the ruling."',
                     E("We will appeal the ruling", source="Smith", cue="said", kind="direct"), id="asked-aside-quote"),
        pytest.param('The mayor, asked whether she would resign, said: "No, I will not."',
                     E("No, I will not", source="The mayor", cue="said", kind="direct"), id="asked-whether-aside"),
        pytest.param("Smith, asked about the plan, said he would appeal.",
                     E("he would appeal", source="Smith", cue="said"), id="asked-aside-indirect"),
        # negatives: the subject is the cue's own, or the aside opens the sentence
        pytest.param("Smith, pressed on the point, insisted the deal was legal.",
                     E("the deal was legal", name="Smith", cue="insisted"), id="own-subject"),
        pytest.param('Asked whether he would run again, Smith replied: "Not a chance."',
                     E("Not a chance", source="Smith", cue="replied", kind="direct"), id="leading-aside"),
    ],
    one=True,
)
