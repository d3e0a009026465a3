"""Stances apart from attributions (issue 12, items 1 and 2): ``nlp/extract/stances.py`` and ``Report.stances``.

"X denied the allegations" states X's position toward a thing and reports no claim: it goes to
``Report.stances``, not ``attributions``. A clause, a quotation, a request ("urged X to do Y") or a
predication ("called him a liar") stays an attribution.
"""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from _cues import analysis, token_of
from sayso.model import Article, Attribution, Claim, Marker, Report, Source, Span
from sayso.nlp._doc_data import report_data, report_from_dict
from sayso.nlp.analysis import keep_attributions, set_apart_stances
from sayso.nlp.extract import stances
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.report.html import to_html
from sayso.report.markdown import to_markdown
from sayso.report.text import text_view
from sayso.tables import report_from_rows, report_rows


def _where(nlp, text: str, cue: str) -> str | None:
    """"stance" or "attribution" for the one found with ``cue`` in its cue, None when neither has it."""
    report = analysis(nlp, text)
    if any(t.cue is not None and cue in t.cue.text for t in report.stances):
        return "stance"
    if any(a.cue is not None and cue in a.cue.text for a in report.attributions):
        return "attribution"
    return None


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    # a noun phrase, a gerund phrase or a pronoun the cue takes: a stance
    ("Ellison has denied the allegations.", "denied", "stance"),
    ("The company has vigorously denied any wrongdoing.", "denied", "stance"),
    ("Jones has disputed the accusation in court filings.", "disputed", "stance"),
    ("The senator denied them on Monday.", "denied", "stance"),
    ("She hinted at the alleged abuse on Twitter last week.", "hinted", "stance"),
    ("The coach admitted the relationship but said it ended in 2015.", "admitted", "stance"),
    ("Aderholt pushed for greater use of the rocket.", "pushed", "stance"),
    ("Two witnesses backed up that assessment at the hearing.", "backed", "stance"),
    ("Senators pointed out each other's failings during the forum.", "point", "stance"),
    ("Schumer and Pelosi echoed Warner’s remarks, stating: “It is imperative to make the report public.”", "echoed",
     "stance"),
    ("Sanders has criticized Clinton for having ties to Wall Street.", "criticized", "attribution"),
    # a claim verb whose object names words said before and gives none of them (blind audit 21: "the report")
    ("The Associated Press confirms the report, citing two officials.", "confirms", "stance"),
    ("Mayor Hill confirmed the reports in a statement.", "confirmed", "stance"),
    ("The spokeswoman repeated her earlier statement.", "repeated", "stance"),
    ("The lawyer confirmed the account given by his client.", "confirmed", "stance"),
    # a determiner "that" the parse made a clause mark, a reduced passive relative: still a noun phrase
    ("Giuliani later disputed that reporting in comments to the Herald.", "disputed", "stance"),
    ("A White House spokesman disputed that reporting on Monday.", "disputed", "stance"),
    ("She denied the claims made by her former aide.", "denied", "stance"),
    # a relative clause on the object says which thing (audit 65 S207)
    ("The president began his speech by acknowledging the terrorist attacks in Saudi Arabia that killed at least 29 "
     "people, including seven Americans.", "acknowledging", "stance"),
    # another's claim a verb of disputing disputes, whatever clause it holds: the clause says what the claim says,
    # the disputer says only that it is wrong (blind readers, p79: "rebutted Exxon's accusation that ..." wrong as an
    # attribution; ``disputed_claims.disputed_thing``)
    ("She denied her aide's claim that she lied to investigators.", "denied", "stance"),
    # ... what was said on it, a clause, a fact vouched for: an attribution
    ("Police confirmed reports of a second death.", "confirmed", "attribution"),
    ("The ministry confirmed the claim that troops had crossed the border.", "confirmed", "attribution"),
    ("The coach denied that reporting had been suppressed.", "denied", "attribution"),
    ("She denied the claim that she lied to investigators.", "denied", "attribution"),
    ("She said that reporting was wrong.", "said", "attribution"),
    ("Politicians and even some technologists say that account, and hundreds just like it, show how weak the rules "
     "have been.", "say", "attribution"),
    ("Analysts think the reports, and the leaks behind them, matter less than the vote.", "think", "attribution"),
    ("She said the claims made by her aide were false.", "said", "attribution"),
    # a clause, a quotation, a request or a predication: an attribution
    ("Smith denied that he had taken the money.", "denied", "attribution"),
    ("Democrats urged the FBI to investigate the claims.", "urged", "attribution"),
    ("He called the report a hoax.", "called", "attribution"),
    ("Trump described the plan as reckless.", "described", "attribution"),
    ("He denied “any wrongdoing whatsoever.”", "denied", "attribution"),
    ("Monahan accused Ellison of being physically abusive towards her.", "accused", "attribution"),
    ("The mayor accused him of corruption.", "accused", "attribution"),
    ("He said Smith claims the vote was rigged.", "claims", "attribution"),
    ("The unions said more than 15,000 people registered for the rally.", "said", "attribution"),
    ("Police confirmed the death of a 45-year-old man on Sunday.", "confirmed", "attribution"),
    ("The superintendent has cited a study showing Indiana as the state with the lowest teacher pay raises since 2002.",
     "cited", "attribution"),
    ("Analysts attributed the rally in bank stocks to the court's ruling.", "attributed", "attribution"),
    ("Google confirmed this in an email.", "confirmed", "attribution"),
    ("Haig strongly denies that.", "denies", "attribution"),
    ("Senator Sanders proposed just that in 2013.", "proposed", "attribution"),
    ("The mayor has denounced the attack as both an act of terrorism and a hate crime.", "denounced", "attribution"),
    ("Many voters still blame those in power for this crisis.", "blame", "attribution"),
    # a passive report of an event noun says nothing (passive_subjects: PTC readers judged "his firing was first
    # reported by" and "The lawsuit was announced by CNN" wrong); a decision announced is a statement
    ("His firing was first reported by the Times.", "reported", None),
    ("The merger was announced by Acme Corp on Monday.", "announced", None),
    ("The decision was announced by Acme Corp on Monday.", "announced", "attribution"),
    ("A CNN poll of South Carolina showed Trump with a 16-point lead over Cruz.", "showed", "attribution"),
    ("A survey by the group in March found Clinton with a lead of 48 percent to 41 percent.", "found", "attribution"),
    ("Schumer and Pelosi echoed Warner’s remarks, stating: “It is imperative to make the report public.”", "stating",
     "attribution"),
    ("The mayor admitted the relationship but said it ended in 2015.", "said", "attribution"),
    ("Ellison has denied the allegations, his spokesman said on Monday.", "said", "attribution"),
    # a stance's shape on a cue that states no position (telling, narrating, learning, sharing, quoting): neither
    ("The minister tweeted out the news on Tuesday.", "tweeted", None),
    ("The spokesman explained his decision in a Facebook post.", "explained", None),
    ("The crowd shouted back their support of resisting the new law.", "shouted", None),
    ("The department did respond about the general order mentioned by the station.", "respond", None),
    ("The senator recounted the episode in his memoir.", "recounted", None),
    ("Both candidates mentioned the remarks during the debate.", "mentioned", None),
    ("Trump described his approach in terms of lowering expectations.", "described", None),
    ("The press secretary issued a statement following the ruling on Thursday.", "issued", None),
    # ... with a clause or a quotation it still reports what was said; an object that announces words given next
    # (a colon, a next paragraph that opens with a quotation) stays for them
    ("The minister tweeted that the news was fake.", "tweeted", "attribution"),
    ("The spokesman explained that the decision was final.", "explained", "attribution"),
    ("The report explains the importance of this discovery: it is the oldest fossil in the state.", "explains",
     "stance"),
    ("The press secretary issued a statement on Thursday.\n“Today, the court made clear that there is no absolute "
     "right.”", "issued", None),
    # blind audit P79: dismissing how much a thing matters is a stance on it, whatever clause describes the thing
    ("The governor brushed off the significance of a campaign video that quotes his call for a ban.", "brushed",
     "stance"),
])
def test_stance_or_attribution(nlp, text, cue, expected):
    assert _where(nlp, text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("he had taken the money", True),        # a finite verb
    ("whether the vote was fair", True),      # a clause mark and a finite verb
    ("to investigate the claims", True),      # a "to"-infinitive
    ("the allegations against him", False),
    ("any wrongdoing", False),
    ("denying the abuse", False),            # a gerund is no clause
    ("the general order mentioned by the station", False),  # a reduced passive relative
    ("the documents obtained by the newspaper", False),
    ("that the documents were obtained by the newspaper", True),
    # a relative clause whose pronoun is its subject or object says which thing (audit 65 S207)
    ("the terrorist attacks in Saudi Arabia that killed at least 29 people", False),
    ("a state that would not be a Jewish State", True),  # a modal: said of the noun (verdict gold C)
    ("the traitors who want to push Hungary to accept them", True),  # a present: said of the noun (verdict gold C)
    ("the claim that the vote was rigged", True),  # the noun's own clause
    ("the officials who said the vote was rigged", True),  # a clause inside the relative clause
    ("the allegations that surfaced last week that he took bribes", True),  # the noun's clause on the relative verb
    ("the claims that appeared in the book that she had lied", True),
    # blind audit P79: the "of" phrase of a noun of how much a thing matters names the thing
    ("the significance of a recruiting video that cites his call for a ban", False),
    ("the importance of the talks that begin Monday", False),
    ("the significance that the vote was rigged", True),  # the noun's own clause
    ("the cost of a video that cites his call for a ban", True),  # another noun: the relative is said of it
    # review rev76t: a clause the "of" phrase states, no relative clause, stays a claim
    ("the importance of ensuring that schools reopen in September", True),
])
def test_clausal(nlp, text, expected):
    assert stances.clausal(nlp(text)[:]) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, content, expected", [
    ("Ellison denied the allegations.", "denied", "the allegations", "allegations"),
    ("She hinted at the abuse.", "hinted", "the abuse", "abuse"),
    ("The minister tweeted out the news on Tuesday.", "tweeted", "the news on Tuesday", "news"),
    ("Trump described the plan as reckless.", "described", "reckless", None),    # the object of "as" is said of it
    ("The judge told reporters the trial would resume.", "told", "the trial", None),  # a clause's subject
])
def test_cue_object(nlp, text, cue, content, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    start = text.index(content)
    span = doc.char_span(start, start + len(content), alignment_mode="expand")
    obj = stances.cue_object(token, span)
    assert (obj.text if obj is not None else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, speaker", [
    # the stance that states no position is left out once it gave the quotation after it its speaker
    ("Sarah Sanders issued a statement on Thursday.\n“Today, the court made clear that there is no absolute right.”",
     "Sarah Sanders"),
    ("Trump tweeted out the news on Tuesday.\n“Mike Pompeo will become our new Secretary of State.”", "Trump"),
])
def test_a_dropped_stance_leaves_the_next_quotation_its_speaker(nlp, text, speaker):
    report = analysis(nlp, text)
    names = {s.id: s.name for s in report.sources}
    quotation = text.index("“")
    # the quotation's own attribution (a report inside it, "the court made clear that ...", is the court's: nested)
    outer = [a for a in report.attributions if a.content.start <= quotation < a.content.end]
    assert not report.stances and [names.get(a.source or "") for a in outer] == [speaker]


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, obj, expected", [
    # a position toward the thing: the lemma, the lemma with its particle or with the object's preposition
    ("Ellison denied the allegations.", "denied", "allegations", True),
    ("The union has opposed the merger.", "opposed", "merger", True),
    ("She hinted at the alleged abuse.", "hinted", "abuse", True),
    ("Aderholt pushed for greater use of the rocket.", "pushed", "use", True),
    ("Two witnesses backed up that assessment.", "backed", "assessment", True),
    ("The senator lashed out at the ruling.", "lashed", "ruling", True),
    ("Sanders is viewed favorably by most Republicans.", "viewed", "Sanders", True),
    ("Officials viewed the footage.", "viewed", "footage", False),
    ("The candidate is doubling down on his support for the wall.", "doubling", "support", True),
    ("The senator asked for a probe of the deletions.", "asked", "probe", True),
    # telling, narrating, learning, sharing, quoting; a phrasal verb that makes another word
    ("The minister tweeted out the news.", "tweeted", "news", False),
    ("The senator recounted the episode.", "recounted", "episode", False),
    ("Officials learned about the plan.", "learned", "plan", False),
    ("The spokesman explained his decision.", "explained", "decision", False),
    ("Aderholt pushed the bill for years.", "pushed", "bill", False),
    ("The senator hinted the plan at the meeting.", "hinted", "plan", False),
    ("The candidates will discuss ballot access issues.", "discuss", "issues", False),
    ("She recited her policy ideas.", "recited", "ideas", False),
])
def test_takes_position(nlp, text, cue, obj, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    thing = token_of(doc, obj)
    assert stances.takes_position(token, thing, load_lexicon().position_verbs) is expected


def _att(aid: str, start: int, end: int, text: str, cue: str, *, source: str | None = None, via: str | None = None,
         confidence: float = 0.9) -> Attribution:
    at = text.index(cue, max(0, start - 12))
    return Attribution(aid, "indirect", Span.of(text, start, end), Span.of(text, at, at + len(cue)), source=source,
                       via=via, confidence=confidence)


TEXT = "Ellison denied the allegations. Aides said Smith claimed it was over. Police denied it."


def _report() -> Report:
    a1 = _att("A1", 15, 30, TEXT, "denied", source="S1")                    # the stance
    a2 = _att("A2", 43, 68, TEXT, "said", source="S2")
    a3 = _att("A3", 57, 68, TEXT, "claimed", source="S3", via="A2")
    a4 = _att("A4", 84, 86, TEXT, "denied", source="S4", via="A1", confidence=0.1)  # a stance's via is no chain
    sources = tuple(Source(f"S{i}", name, "person", ()) for i, name in enumerate(("Ellison", "Aides", "Smith", "Police"), 1))
    markers = (Marker("M1", "hedge", "reportedly", Span.of(TEXT, 0, 7), "A1"),
               Marker("M2", "hedge", "claimed", Span.of(TEXT, 49, 56), "A3"))
    claims = (Claim("C1", Span.of(TEXT, 15, 30), 0.5, "A1"), Claim("C2", Span.of(TEXT, 57, 68), 0.5, "A3"))
    return Report(Article(TEXT), sources, (a1, a2, a3, a4), markers, claims)


def test_set_apart_stances_renumbers_and_mends_every_link():
    report = set_apart_stances(_report(), {"A1", "A4"})
    assert [a.id for a in report.attributions] == ["A1", "A2"]
    assert [(a.content.text, a.via) for a in report.attributions] == [
        ("Smith claimed it was over", None), ("it was over", "A1")]
    assert [(t.id, t.content.text, t.via) for t in report.stances] == [
        ("T1", "the allegations", None), ("T2", "it", None)]
    assert [m.attribution for m in report.markers] == [None, "A2"]  # none points at a stance
    assert [c.attribution for c in report.claims] == [None, "A2"]
    assert report.profile.attributions == 2
    assert [s.id for s in report.sources] == ["S1", "S2", "S3", "S4"]  # a source only a stance names stays
    assert [t.source for t in report.stances] == ["S1", "S4"]


def test_nothing_set_apart_leaves_the_report_as_it_is():
    report = _report()
    assert set_apart_stances(report, set()) is report


def test_keep_attributions_filters_stances_and_keeps_their_sources():
    report = keep_attributions(set_apart_stances(_report(), {"A1", "A4"}), lambda a: a.confidence >= 0.5)
    assert [t.id for t in report.stances] == ["T1"]  # the low one goes as an attribution would
    names = {s.id: s.name for s in report.sources}
    assert names[report.stances[0].source or ""] == "Ellison"  # its source is still there, renumbered with the rest
    assert "Police" not in names.values()  # only the dropped stance named it
    assert all(a.via is None or a.via.startswith("A") for a in (*report.attributions, *report.stances))


def test_json_lists_stances_and_counts_none_in_the_profile():
    data = json.loads(json.dumps(set_apart_stances(_report(), {"A1"}).to_dict()))
    assert [t["id"] for t in data["stances"]] == ["T1"]
    assert data["stances"][0]["content"]["text"] == "the allegations"
    assert data["profile"]["attributions"] == 3
    assert [t["source"] for t in data["profile"]["top_sources"]] == ["S2", "S3", "S4"]
    assert json.loads(json.dumps(_report().to_dict()))["stances"] == []


def test_stances_round_trip_through_doc_data_and_tables():
    report = set_apart_stances(_report(), {"A1"})
    back = report_from_dict(report_data(report), TEXT)
    assert back.stances == report.stances
    rows = report_rows(report)
    assert [r["attribution_id"] for r in rows["stances"]] == ["T1"]
    assert report_from_rows(rows["articles"][0], rows).stances == tuple(
        Attribution(t.id, t.kind, t.content, t.cue, source=t.source, source_span=t.source_span, via=t.via,
                    hedged=t.hedged, confidence=t.confidence) for t in report.stances)


def test_stances_round_trip_through_the_corpus(tmp_path):
    from sayso.corpus.api import Corpus

    report = set_apart_stances(_report(), {"A1"})
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(report)
        (back,) = corpus.reports()
        assert [(t.id, t.content.text, t.source) for t in back.stances] == [("T1", "the allegations", "S1")]
        assert len(back.attributions) == 3
        items = [r[0] for r in corpus._conn.execute("SELECT item_id FROM statements")]
        assert "T1" not in items and "A1" in items  # a stance is no statement to search


def _text(report: Report) -> str:
    console = Console(record=True, width=200)
    console.print(text_view(report))
    return console.export_text()


@pytest.mark.parametrize("render", [to_markdown, to_html, _text])
def test_every_view_lists_stances_apart(render):
    out = render(set_apart_stances(_report(), {"A1"}))
    assert "Stances (no claim reported)" in out
    assert "Ellison — denied — the allegations" in out


@pytest.mark.parametrize("render", [to_markdown, to_html, _text])
def test_no_stances_no_section(render):
    assert "Stances (no claim reported)" not in render(_report())


def test_polnear_score_counts_stances_unless_attributions_only():
    from _gate import gate_floors, load_bench

    bench = load_bench("eval_polnear")
    report = set_apart_stances(_report(), {"A1"})
    assert [a["id"] for a in bench.scored_dict(report)["attributions"]] == ["A1", "A2", "A3", "T1"]
    assert [a["id"] for a in bench.scored_dict(report, attributions_only=True)["attributions"]] == ["A1", "A2", "A3"]
    assert "_note" not in gate_floors("polnear_dev") and gate_floors("polnear_dev")["attr_f1"] > 0


@pytest.mark.parametrize("text, content, kind, expected", [
    ("Ellison denied the allegations.", "the allegations", "indirect", False),
    ("Schumer echoed Warner’s remarks.", "Warner’s remarks", "indirect", False),   # an apostrophe in a word
    ("He echoed the senators’ remarks.", "the senators’ remarks", "indirect", False),  # a plural possessive
    ("He denied “any wrongdoing.”", "any wrongdoing.", "indirect", True),        # quoted around it
    ("He denied the “rigged” count.", "the “rigged” count", "indirect", True),     # a scare quote inside
    ("Ellison denied the allegations.", "the allegations", "mixed", True),
    ("Ellison denied the allegations.", "the allegations", "direct", True),
])
def test_quoted(text, content, kind, expected):
    from sayso.nlp.extract.found import Found
    from sayso.nlp.extract.quotes import find_quotes

    start = text.index(content)
    found = Found(kind, (start, start + len(content)), (0, 0), None, None, None, None, 0.9, 0)
    assert stances.quoted(found, find_quotes(text)) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    ("Sanders accused Clinton of being influenced by special interests.", "accused", True),
    ("The mayor blamed the governor for the crisis.", "blamed", True),
    ("The crowd shouted back their support of resisting the law.", "shouted", False),
    ("Ellison denied the allegations against him.", "denied", False),
])
def test_charged(nlp, text, cue, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    assert stances.charged(doc[token.i + 1:], token) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, subject_words, expected", [
    # the charge hangs on the cue outside a content cut to the accused's name (blind audit 21): no stance
    ("Siraj Wahhaj is also accused by Clayton County authorities of abducting his son in December.", "accused", 2,
     True),
    ("Dana Cole is accused by state prosecutors of stealing the union's funds.", "accused", 2, True),
    ("The treasurer was blamed by auditors for losing the receipts.", "blamed", 2, True),
    # no charge on the cue: the passive subject stays what it was
    ("The allegations were denied by the ministry on Monday.", "denied", 2, False),
    ("The plan was criticized by the unions in a statement.", "criticized", 2, False),
])
def test_charged_on_the_cue_outside_the_content(nlp, text, cue, subject_words, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    assert stances.charged(doc[:subject_words], token) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    ("He called the report a hoax.", "called", True),
    ("Analysts attributed the rally to the court's ruling.", "attributed", True),
    ("Trump described the plan as reckless.", "described", True),
    ("The mayor has denounced the attack as both an act of terrorism and a hate crime.", "denounced", True),
    ("The magazine lists Mr. Trump's wealth at $6.5 billion.", "lists", True),
    ("Ellison denied the allegations on Monday.", "denied", False),
    ("Schumer echoed Warner’s remarks, stating that the report must be public.", "echoed", False),
])
def test_predicated(nlp, text, cue, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    obj = next(t for t in token.children if t.dep_ == "dobj")
    assert stances.predicated(token, obj) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    ("The Associated Press confirms the report.", "confirms", True),
    ("Officials repeated the allegations on Monday.", "repeated", True),
    ("She confirmed his account.", "confirmed", True),
    ("Police confirmed reports of a second death.", "confirmed", False),     # what was reported is on it
    ("Police confirmed the death of a 45-year-old man.", "confirmed", False),  # a fact vouched for
    ("Officials confirmed the news on Monday.", "confirmed", False),
    ("She confirmed the report, which the paper published on Sunday.", "confirmed", False),
])
def test_said_before(nlp, text, cue, expected):
    doc = nlp(text)
    token = token_of(doc, cue)
    obj = next(t for t in token.children if t.dep_ == "dobj")
    assert stances.said_before(obj) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    # the object of the preposition a stance verb takes is its target, completed by nothing (blind audit p85 A15)
    ("In New Hampshire, Rubio has railed against Christie, taking aim at his record.", "railed", "stance"),
    ("Rubio has railed against Christie.", "railed", "stance"),
    ("He warned against complacency.", "warned", "stance"),
    ("The senator spoke out against the war.", "spoke", "stance"),
    # ... a charge, a clause or a predication beside it still says something
    ("The mayor railed against the council for failing to act.", "railed", "attribution"),
    ("She railed against what she called a rigged system.", "railed", "attribution"),
    ("Trump has railed against the provisions that pock the tax code.", "railed", "attribution"),
    ("He warned against the plan as reckless.", "warned", "attribution"),
    ("Senator Elizabeth Warren compared Donald Trump to Richard Nixon.", "compared", "attribution"),
])
def test_target_of_a_preposition_is_a_stance(nlp, text, cue, expected):
    assert _where(nlp, text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, expected", [
    # a claim of others answered: what was answered, neither the answerer's claim nor a position (blind audit p85 A11)
    ("Nehlen responded Friday to reports that Trump planned to endorse his opponent.", "responded", None),
    ("The campaign reacted to claims that the poll was rigged.", "reacted", None),
    ("She replied to suggestions that she would resign.", "replied", None),
    ("The governor responded on Monday to rumors that the plant would close.", "responded", None),
    # ... the answer itself is what was said
    ("He responded that the reports were false.", "responded", "attribution"),
    ("The senator responded to the attack by saying that he would not back down.", "saying", "attribution"),
    ("She reacted to reports that the plant would close, calling the decision a betrayal.", "calling", "attribution"),
    # ... and a verb of disputing keeps what the house gives "denied reports that ..." (``disputed_claims``)
    ("He denied reports that he would resign.", "denied", "attribution"),
])
def test_claim_answered_is_no_content(nlp, text, cue, expected):
    assert _where(nlp, text, cue) == expected
