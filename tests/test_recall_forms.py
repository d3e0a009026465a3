"""Attributions a reader accepts that the parse hid (issue 12, recall kept): what ``sayso.analyze`` reports.

Each table holds the form found and the look-alikes that must stay out: "That's according to
X" points back to the sentence before; a dateline is not what a source said; a finding with
its issuer named is cited although its noun has no article.
"""

from __future__ import annotations

import pytest

from _cues import rows, rows_table, token_of
from sayso.nlp.extract.according_forms import content_pointed_back, issued_finding, without_dateline
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.closing_speakers import subject_before_closing_cue
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.non_statements import names_document
from sayso.nlp.extract.noun_cues import root_noun_cues
from sayso.nlp.extract.opening_phrases import subject_after_opening_phrase
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.relative_reports import document_relative
from sayso.nlp.extract.source_spans import without_box_label
from sayso.nlp.extract.subordinate import subordinate_clause_content

pytestmark = pytest.mark.slow

test_according_forms = rows_table(
    [
        pytest.param("More Americans now get news from social media than from print newspapers. "
                     "That's according to a new survey from the Pew Research Center.",
                     [("the Pew Research Center", "according to",
                       "More Americans now get news from social media than from print newspapers")], id="thats-according"),
        pytest.param("The plant closed in 2019. This is according to county records.",
                     [("county records", "according to", "The plant closed in 2019")], id="this-is-according"),
        pytest.param("New York, NY – Local newsrooms lost a quarter of their staff in a decade, according to analysis "
                     "from Poynter.",
                     [("Poynter", "according to", "Local newsrooms lost a quarter of their staff in a decade")],
                     id="dateline-and-issued-analysis"),
        pytest.param("LONDON (Reuters) – House prices fell in May, according to a survey by the Halifax.",
                     [("Halifax", "according to", "House prices fell in May")], id="dateline-wire"),
        # negatives: a demonstrative with its own noun is its own content; plans, traditions and
        # findings with no issuer are no one's statement; a dash after a clause is no dateline
        pytest.param("Prices rose by a third. That figure is up from 2019, according to the survey.",
                     [("the survey", "according to", "That figure is up from 2019")], id="neg-demonstrative-noun"),
        pytest.param("The trains ran on time, according to plan.", [], id="neg-plan"),
        pytest.param("The vote was delayed, according to tradition.", [], id="neg-tradition"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The plant closed. That's according to X.", "The plant closed", id="thats"),
        pytest.param("The plant closed. That was according to X.", "The plant closed", id="that-was"),
        pytest.param("The plant closed.\n\nThat's according to X.", "That's", id="neg-across-paragraphs"),
        pytest.param("The plant closed. That plan is according to X.", "That plan is", id="neg-noun"),
    ],
)
def test_content_pointed_back(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "according")
    start = token.sent.start_char
    got = content_pointed_back(Content("according_before", start, token.idx - 1), token, doc)
    assert text[got.start:got.end].strip() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("New York, NY – Local newsrooms lost staff", "Local newsrooms lost staff", id="city-state"),
        pytest.param("BERLIN (AP) — The bank raised rates", "The bank raised rates", id="caps-wire"),
        pytest.param("Prices rose – a lot", "Prices rose – a lot", id="neg-clause-before-dash"),
        pytest.param("the city – which rose", "the city – which rose", id="neg-lower-case"),
        pytest.param("New York, NY", "New York, NY", id="neg-no-dash"),
    ],
)
def test_without_dateline(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    got = without_dateline(Content("according_before", 0, len(text)), doc)
    assert text[got.start:got.end] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("according to analysis from Poynter", True),
        ("according to analysis by two economists", True),
        ("according to analysis", False),
        ("according to plan from the start", False),
    ],
)
def test_issued_finding(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    pobj = next(t for t in doc[2:] if t.dep_ == "pobj")
    assert issued_finding(pobj, load_lexicon().documents) is expected


test_participle_own_clause = rows_table(
    [
        pytest.param('"We are growing," she says, boasting that sales doubled last year. "We will hire 200 people."',
                     [("she", "says", 'We are growing," she says, boasting that sales doubled last year. "We will hire 200 people'),
                      ("she", "boasting", "that sales doubled last year")], id="boasting-between-quotes"),
        pytest.param('"The bridge is unsafe," the mayor said, warning that it could fall. "We will close it."',
                     [("the mayor", "said", 'The bridge is unsafe," the mayor said, warning that it could fall. "We will close it'),
                      ("the mayor", "warning", "that it could fall")], id="warning-between-quotes"),
        # negative: a participle with no clause of its own reports nothing
        pytest.param('"The bridge is unsafe," the mayor said, smiling. "We will close it."',
                     [("the mayor", "said", 'The bridge is unsafe," the mayor said, smiling. "We will close it')],
                     id="neg-smiling"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the document speaks for whoever the sentence says issued it ("issuers.issuer_where_issued")
        pytest.param("The company published a blog post that said the outage had been caused by a configuration error.",
                     [("The company", "said", "the outage had been caused by a configuration error")], id="blog-post-that-said"),
        pytest.param("The agency released a report that found wages fell.", [("The agency", "found", "wages fell")],
                     id="report-that-found"),
        pytest.param("Smith posted a letter that argued the tax was unfair.", [("Smith", "argued", "the tax was unfair")],
                     id="letter-that-argued"),
        pytest.param("Their theories lean on his LinkedIn profile, which says that he worked for Boeing.",
                     [("his LinkedIn profile", "says", "that he worked for Boeing")], id="profile-which-says"),
        # negatives: no saying in the clause; a model is no document; the pronoun is the object
        pytest.param("The company published a report that took two years.", [], id="neg-no-saying"),
        pytest.param("Researchers used a model that found the storm would weaken.", [], id="neg-model"),
    ],
)
def test_document_relative(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [r for r in rows(nlp, text) if r[1].split()[0] not in ("published", "released", "posted", "lean")] == expected


@pytest.mark.parametrize(
    "text, i, expected",
    [
        ("The company published a blog post that said the outage was over.", 7, "post"),
        ("The company issued a statement, which said the outage was over.", 7, "statement"),
        ("The police found a memo that Smith wrote in May.", 7, None),
        ("The company hired a lawyer who said the deal was fair.", 6, None),
    ],
)
def test_document_relative_unit(nlp, text: str, i: int, expected: str | None) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    head = document_relative(nlp(text)[i], lexicon.documents, lexicon.senses)
    assert (head.text if head is not None else None) == expected


test_plural_documents_and_box_labels = rows_table(
    [
        pytest.param("Summary Studies show that regular exercise lowers blood pressure.",
                     [("Studies", "show", "that regular exercise lowers blood pressure")], id="box-label-studies"),
        pytest.param("Records show that the bridge failed twice.", [("Records", "show", "that the bridge failed twice")],
                     id="records-show"),
        # negatives: people show by deeds; a name that starts with a label word mid-line keeps it
        pytest.param("Voters could have shown they were tired of investigations.", [], id="neg-voters-show"),
        pytest.param("Officials said the Analysis Group had been hired.",
                     [("Officials", "said", "the Analysis Group had been hired")], id="neg-label-word-mid-line"),
    ],
)


@pytest.mark.parametrize(
    "text, i, expected",
    [
        ("Studies show it", 0, True),
        ("Surveys show it", 0, True),
        ("the study shows it", 1, True),
        ("Voters show it", 0, False),
        ("Ties show it", 0, False),
    ],
)
def test_names_document(nlp, text: str, i: int, expected: bool) -> None:  # noqa: ANN001
    assert names_document(nlp(text)[i], load_lexicon().documents) is expected


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Summary Studies show that it works.", (0, 2), "Studies"),
        ("Intro.\nBackground Researchers found it.", (3, 5), "Researchers"),
        ("Summary studies show that it works.", (0, 2), "Summary studies"),
        ("He met Summary Studies staff.", (2, 4), "Summary Studies"),
        ("Intro.\nA House panel voted.", (3, 6), "A House panel"),
    ],
)
def test_without_box_label(nlp, text: str, span: tuple[int, int], expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    got = without_box_label(list(doc[span[0]:span[1]]), load_lexicon().colon_labels)
    assert doc[got[0].i:got[-1].i + 1].text == expected


test_relate = rows_table(
    [
        pytest.param("He related that the soldiers had not been paid in months.",
                     [("He", "related", "that the soldiers had not been paid in months")], id="related-that"),
        pytest.param('"We were hungry," he related.', [("he", "related", "We were hungry")], id="quote-he-related"),
        # negatives: "relate to", "relate X to Y" and "related to" report nothing
        pytest.param("The findings relate to workers over 50.", [], id="neg-relate-to"),
        pytest.param("Many voters can relate to his story.", [], id="neg-can-relate"),
        pytest.param("The study relates the rise in prices to the war.", [], id="neg-relate-x-to-y"),
        pytest.param("The charges are related to a 2015 fraud.", [], id="neg-related-to"),
    ],
)


test_root_noun_cues = rows_table(
    [
        pytest.param("The group state that the changes will hurt small farmers.",
                     [("The group", "state", "that the changes will hurt small farmers")], id="group-state"),
        pytest.param("The company claim that it was hacked.", [("The company", "claim", "that it was hacked")],
                     id="company-claim"),
        # negatives: a relative pronoun, a noun that is not the root, no clause
        pytest.param("The state that I live in is cold.", [], id="neg-relative-that"),
        pytest.param("The farm group state.", [], id="neg-no-clause"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The group state that the changes will hurt farmers.", ("The group", "that the changes will hurt farmers")),
        ("The claim that he lied was false.", None),
        ("The state that I live in is cold.", None),
    ],
)
def test_root_noun_cue_unit(nlp, text: str, expected: tuple | None) -> None:  # noqa: ANN001
    found = list(root_noun_cues(nlp(text), load_lexicon().verbs))
    got = None
    if found:
        (first, head), (start, end) = found[0].source, found[0].content
        got = (text[first.idx: head.idx + len(head)], text[start:end])
    assert got == expected


test_subordinate_clause_content = rows_table(
    [
        pytest.param("Although company representatives suggested that the layoffs were temporary, the union's president, "
                     "Maria Lopez, told reporters that workers had not been consulted.",
                     [("company representatives", "suggested", "that the layoffs were temporary"),
                      ("Maria Lopez", "told", "that workers had not been consulted")], id="although-then-told"),
        pytest.param("Though Smith argued the tax was fair, voters rejected it.",
                     [("Smith", "argued", "the tax was fair")], id="though-main-clause-no-saying"),
        # blind audit 46 (run_on): the cue an infinitive of the clause's verb, a dash before the main clause, which
        # the parse made the content's root over its own that-clause
        pytest.param("While the various court filings about this continue to suggest that August 1 is the date on which "
                     "Defense Distributed will begin distributing the files—which, again, the settlement legally "
                     "permits them to do—the distribution is already happening.",
                     [("the various court filings about this", "to suggest",
                       "that August 1 is the date on which Defense Distributed will begin distributing the files—which, "
                       "again, the settlement legally permits them to do")], id="while-to-suggest-dash"),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Although officials suggested that the plant was safe, residents told the council they saw smoke.", "suggested",
         "that the plant was safe"),
        # negatives: no subordinator opening the sentence; a conjunct after "and" is the content's own
        ("Officials suggested that the plant was safe, residents told the council they saw smoke.", "suggested",
         "that the plant was safe, residents told the council they saw smoke"),
        ("Although officials suggested that the plant was safe and the air was clean, we left.", "suggested",
         "that the plant was safe and the air was clean"),
    ],
)
def test_subordinate_clause_content_unit(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    start = text.index("that the plant")
    end = text.index(", we left") if ", we left" in text else len(text) - 1
    got = subordinate_clause_content(Content("child_ccomp", start, end), token, doc)
    assert text[got.start:got.end] == expected


test_define_x_as_y = rows_table(
    [
        pytest.param("The World Health Organization defines obesity as a body-mass index of 30 or more.",
                     [("The World Health Organization", "defines", "obesity as a body-mass index of 30 or more")],
                     id="defines-x-as-y"),
        pytest.param("The report defines poverty as an income below half the median.",
                     [("The report", "defines", "poverty as an income below half the median")], id="report-defines"),
        # negatives: no "as" predicate, a passive, an era
        pytest.param("Smith defined his role narrowly.", [], id="neg-no-as"),
        pytest.param("The decade was defined by war.", [], id="neg-passive"),
        pytest.param("Her career defined an era.", [], id="neg-era"),
        pytest.param("The company defines success by how many users return.", [], id="neg-by"),
    ],
)


_LEAD = "The verdict came on Thursday.\n\nThe reaction was swift.\n\n"  # paragraphs set apart by blank lines, one sentence a line


test_cue_line_under_its_quotation = rows_table(
    [
        pytest.param(_LEAD + '"The killer came back over the weakly protected border.\nHis exoneration is a travesty of justice.\n'
                     'BUILD THE WALL!"\nTrump tweeted.',
                     [("Trump", "tweeted", "The killer came back over the weakly protected border.\nHis exoneration is a "
                       "travesty of justice.\nBUILD THE WALL!")], id="tweet-over-lines"),
        pytest.param(_LEAD + '"Did he know something that Paddock was going to do?\nThat I don\'t know, but who knows."\n'
                     'Morphonious said.',
                     [("Morphonious", "said", "Did he know something that Paddock was going to do?\nThat I don't know, "
                       "but who knows")], id="cue-on-next-line"),
        # negative: a longer sentence on the next line is not the quotation's trailer
        pytest.param(_LEAD + '"We will win the next election by a wide margin."\nThe mayor spent the rest of the night at home.',
                     [], id="neg-next-line-no-cue"),
    ],
)


test_subject_after_opening_phrase = rows_table(
    [
        pytest.param("In a statement following that accusation, Franken's office said he has not \"intentionally engage in\" "
                     "such conduct.",
                     [("Franken's office", "said", 'he has not "intentionally engage in" such conduct')],
                     id="office-after-opening-phrase"),
        # negatives: parses that are right keep their subject
        pytest.param("In Washington, officials said the deal was close.", [("officials", "said", "the deal was close")],
                     id="neg-plain-opening"),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("In a statement following that accusation, Franken's office said he was wrong.", "said", "office"),
        ("In a statement the office said he was wrong.", "said", None),
        ("Officials said he was wrong.", "said", None),
    ],
)
def test_subject_after_opening_phrase_unit(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    got = subject_after_opening_phrase(token_of(doc, cue))
    assert (got.text if got is not None else None) == expected


test_closing_speaker = rows_table(
    [
        pytest.param("Instead Patel chose to travel to Jordan, a statement of facts filed with his plea agreement said.",
                     [("a statement of facts", "said", "Instead Patel chose to travel to Jordan")], id="statement-of-facts"),
        # negatives: a real apposition keeps its name; a closing cue with its own subject is untouched
        pytest.param("The plant will close, Heather Nauert, the spokesperson, said.",
                     [("Heather Nauert", "said", "The plant will close")], id="neg-apposition"),
        pytest.param("Prices rose in Paris, London and Berlin, the report said.",
                     [("the report", "said", "Prices rose in Paris, London and Berlin")], id="neg-own-subject"),
        # the speakers the parse made conjuncts of the content's last noun, then the day of the saying
        pytest.param("A couple starved their four adopted sons for years while allowing their daughters to feast on "
                     "takeaways, police and neighbours said today.",
                     [("police and neighbours", "said", "A couple starved their four adopted sons for years while "
                       "allowing their daughters to feast on takeaways")], id="conjoined-speakers-today"),
        # the speaker's describing adjective read as a clause ("officials" the subject of "close"), the addressee after
        pytest.param("The Awans kept access to the equipment after red flags emerged, House officials close to the "
                     "investigation told TheDCNF.",
                     [("House officials", "told", "The Awans kept access to the equipment after red flags emerged")],
                     id="close-to-told-addressee"),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patel went to Jordan, a statement of facts filed with his plea said.", "statement"),
        ("Patel went to Jordan, the report said.", None),
        ("Patel went to Jordan, a statement said on Monday.", None),
        ("A couple starved their four adopted sons for years while allowing their daughters to feast on takeaways, "
         "police and neighbours said today.", "police"),
        # negative: words after the day are more than the time of saying
        ("A couple starved their four adopted sons for years while allowing their daughters to feast on takeaways, "
         "police and neighbours said today in court.", None),
        ("The Awans kept access after red flags emerged, House officials close to the investigation told TheDCNF.",
         "officials"),
        ("The Awans kept access after red flags emerged, House officials close to the investigation told TheDCNF on "
         "Monday.", None),  # words after the addressee: not the closing form
        # an object that is no addressee: what was announced, not whom it was told to
        ("The Awans kept access after red flags emerged, House officials close to the investigation announced the "
         "plan.", None),
    ],
)
def test_subject_before_closing_cue(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    got = subject_before_closing_cue(next(t for t in doc if t.lemma_ in ("say", "tell", "announce")))
    assert (got.text if got is not None else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the issuer of the document speaks through it
        pytest.param("The company issued a statement saying the outage was over.",
                     [("The company", "saying", "the outage was over")], id="statement-saying"),
        pytest.param("He sent a letter saying he would resign.", [("He", "saying", "he would resign")],
                     id="letter-saying"),
        # negatives: a sign and a photo are no documents of anyone's saying
        pytest.param("A sign saying no entry hung on the door.", [], id="neg-sign"),
        pytest.param("They posted a photo showing the crowd.", [], id="neg-photo-showing"),
    ],
)
def test_document_participle(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [r for r in rows(nlp, text) if r[1] not in ("issued", "sent", "posted")] == expected


test_continuation_after_a_quote_over_lines = rows_table(
    [
        pytest.param(_LEAD + '"I sold him 600 rounds of tracer.\nI sold him 120 rounds of tracer, again," Haig said to ABC15.\n'
                     '"I put it in a box for him.\nHe paid me and left."',
                     [("Haig", "said", 'I sold him 600 rounds of tracer.\nI sold him 120 rounds of tracer, again'),
                      ("Haig", None, 'I put it in a box for him.\nHe paid me and left')], id="continues-a-quote-over-lines"),
        # negative: a statement of someone else's between them interrupts
        pytest.param(_LEAD + '"I sold him 600 rounds of tracer.\nI sold him 120 rounds, again," Haig said to ABC15.\n'
                     'Police said the sale was legal and no charges would be filed.\n"I put it in a box for him."',
                     [("Haig", "said", 'I sold him 600 rounds of tracer.\nI sold him 120 rounds, again'),
                      ("Police", "said", "the sale was legal and no charges would be filed"),
                      ("Police", None, "I put it in a box for him")], id="neg-other-speaker-between"),
    ],
)


test_own_clause_before_colon = rows_table(
    [
        pytest.param("Another email suggested that the chairman remained active in the campaign: Podesta wrote that Schmidt "
                     "met with the candidate about the campaign.",
                     [("Another email", "suggested", "that the chairman remained active in the campaign"),
                      ("Podesta", "wrote", "that Schmidt met with the candidate about the campaign")],
                     id="evidence-after-colon"),
        # negative: with no clause of its own before the colon, what follows is the content
        pytest.param("The mayor said: the bridge is unsafe.", [("The mayor", "said", "the bridge is unsafe")],
                     id="neg-colon-only"),
    ],
)


test_heard_saying = rows_table(
    [
        pytest.param('She says she avoided the kiss, then heard Franken say "it\'s my right as an entertainer."',
                     [("She", "says", "she avoided the kiss"), ("Franken", "say", "it's my right as an entertainer")],
                     id="heard-x-say-quote"),
        # negative: hearing someone leave is no saying
        pytest.param("I heard him leave.", [], id="neg-heard-leave"),
    ],
)


_SENTENCE_PER_LINE = ("The verdict came on Thursday after a long trial.\nThe jury deliberated for three full days.\n"
                      "The defendant showed no emotion in court.\nHis lawyers said they would appeal the ruling.\n"
                      "Prosecutors declined to comment on the outcome.\nThe judge set sentencing for next month.\n"
                      "Relatives of the victim wept outside the courthouse.\nThe city has braced for protests.\n{}")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_SENTENCE_PER_LINE.format('"I don\'t want to talk about the facts.\nThey didn\'t want to either," '
                                               'Pompeo said.'),
                     ['"I don\'t want to talk about the facts.\nThey didn\'t want to either,"'], id="sentence-lines"),
        # negatives: a paragraph per line (several sentences a line) keeps a quote to its line, and so does a
        # sentence-per-line text where another quotation opens first or no mark closes within four lines
        pytest.param('He said "the deal is done. It was signed.\nThe mayor disagreed," she wrote. Then she left.',
                     ['"the deal is done. It was signed.'], id="neg-paragraph-lines"),
        pytest.param(_SENTENCE_PER_LINE.format('He said "the plan\nThe mayor disagreed. "It is wrong," she said.'),
                     ['"the plan', '"It is wrong,"'], id="neg-opening-first"),
        pytest.param(_SENTENCE_PER_LINE.format('"One.\nTwo.\nThree.\nFour.\nFive.\nSix."'),
                     ['"One.\nTwo.\nThree.\nFour.\nFive.\nSix."'], id="six-lines"),
        pytest.param(_SENTENCE_PER_LINE.format('"One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen."'),
                     ['"One.'], id="neg-too-many-lines"),
    ],
)
def test_quote_over_sentence_lines(text: str, expected: list) -> None:
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


def test_document_relative_inside_a_quotation_is_left_to_the_model(nlp) -> None:  # noqa: ANN001
    """ '“This is a memo that describes how we will take out seven countries,” Clark said.': the memo's
    description is the speaker's own words, not a report the writer makes."""
    found = rows(nlp, "“This is a memo that describes how we will take out seven countries in five years,” Clark said.")
    assert [r[1] for r in found] == ["said"]
