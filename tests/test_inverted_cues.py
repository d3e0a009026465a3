"""inverted_cues: quotations whose speaker is named verb first, after a dash, or in "came the reply from X"."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from _cues import rows
from sayso.nlp.extract.inverted_cues import (
    headline_verbs,
    inverted_cues,
    lead_in_verbs,
    named_families,
    without_lead_in,
    without_opening_gerund,
    without_trailing_verb,
)
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow

MEDIA = {"say": "speech", "add": "speech", "write": "writing", "ask": "speech"}


def _found(nlp, text: str) -> list[tuple[str, str, str, str]]:  # noqa: ANN001
    doc = nlp(text)
    return [(text[i.cue[0]:i.cue[1]], i.source.text, text[i.content[0]:i.content[1]], i.medium)
            for i in inverted_cues(doc, find_quotes(doc.text), MEDIA)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Said Smith: "We will not back down from this fight."',
         [("Said", "Smith", '"We will not back down from this fight."', "speech")]),
        ("Added Maria Lopez, a spokeswoman for the city: “The bridge is unsafe.”",
         [("Added", "Maria Lopez, a spokeswoman for the city", "“The bridge is unsafe.”", "speech")]),
        ("The vote was close. Wrote the mayor: “We lost, but not by much.”",
         [("Wrote", "the mayor", "“We lost, but not by much.”", "writing")]),
        ("“We will rebuild the town.” — John Smith, in a statement",
         [("—", "John Smith", "“We will rebuild the town.”", "writing")]),
        ('"Nobody told us anything." - Maria Lopez',
         [("-", "Maria Lopez", '"Nobody told us anything."', "unknown")]),
        ("“Will you resign?” “Never,” came the reply from the minister.",
         [("came the reply", "the minister", "“Never,”", "speech")]),
        ('As he related, "We walked for three days without food."',
         [("related", "he", '"We walked for three days without food."', "speech")]),
        ("The storm hit at night. As Smith put it: “We were lucky to get out.”",
         [("put it", "Smith", "“We were lucky to get out.”", "speech")]),
        ("As he sees it, “the bishops find themselves in a complicated situation,” where they must choose.",
         [("sees it", "he", "“the bishops find themselves in a complicated situation,”", "speech")]),
        ("The council met for six hours on Tuesday night and heard from dozens of residents, business owners, "
         "teachers and parents who had waited since the afternoon to be heard on the plan to close the bridge for "
         "repairs. Added the mayor: “We listened.”", [("Added", "the mayor", "“We listened.”", "speech")]),
        # a reply, answer or message given, then the quotation after a colon
        ("But Winner’s mother had a blunt reply: “Please pardon my daughter.”",
         [("had a blunt reply", "Winner’s mother", "“Please pardon my daughter.”", "speech")]),
        ("After a pause, Faggioli gave the only answer he could: “There are different responses.”",
         [("gave the only answer", "Faggioli", "“There are different responses.”", "speech")]),
        ("The mayor had a simple message for residents: “Stay indoors tonight.”",
         [("had a simple message", "The mayor", "“Stay indoors tonight.”", "speech")]),
        # a lead-in on a line of its own, the quotation opening the next paragraph
        ("The show aired Friday.\n\nStated Stone:\n\n“I think the stakes are so high this year.”",
         [("Stated", "Stone", "“I think the stakes are so high this year.”", "speech")]),
        ("The council met on Tuesday.\nWrote the mayor, in her weekly newsletter:\n“We lost, but not by much.”",
         [("Wrote", "the mayor, in her weekly newsletter", "“We lost, but not by much.”", "writing")]),
        # negatives: the line before ends on a stop, not a colon; a label that is no lead verb; a quotation with
        # words before it on its line
        ("The show aired Friday.\n\nStated Stone.\n\n“I think the stakes are so high this year.”", []),
        ("The show aired Friday.\n\nStated goals:\n\n“Lower taxes and fewer rules for small firms.”", []),
        ("Said Smith:\n\nHe thinks “the stakes are high” this year.", []),
        # negatives: the writer's own answer; no reply noun; no colon before the quotation
        ("We had a simple answer: “No.”", []),
        ("The mayor had a long day: “Stay indoors tonight.”", []),
        ("The mayor had a reply, and “Stay indoors” was not it.", []),
        # negatives: no quotation beside the frame, a clause after the dash, a lower-case lead, an "as" clause
        # of something else than telling
        ("As the crowd cheered, “We did it!” the mayor shouted.", []),
        ("As the crowd saw it happen, “We did it!” the mayor shouted.", []),
        ("As you can see, “the bishops” are divided.", []),
        ("As he related the story to his friends, “nobody believed it” was the reply.", []),
        ("Said Smith was the first to leave.", []),
        ("Added to the list: “bread, milk, eggs.”", []),
        ("“Freedom” — a word that means more today.", []),
        ("“We will win” — Smith said it twice.", []),
        ("“Never,” came the reply.", []),
        ("The answer came from the minister: “Never.”", []),
    ],
)
def test_inverted_cues(nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:  # noqa: ANN001
    assert _found(nlp, text) == expected


def test_lead_in_verbs_read_from_data() -> None:
    verbs = lead_in_verbs()
    assert verbs["said"] == "say" and verbs["wrote"] == "write"


def test_headline_verbs_read_from_data() -> None:
    verbs = headline_verbs()
    assert verbs["vows"] == "vow" and verbs["denounces"] == "denounce"
    assert "banks" not in verbs and "marks" not in verbs  # forms common surnames spell


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Said Smith: "We will not back down."', "Smith"),
        ("He said it. Added Maria Lopez: “The bridge is unsafe.”", "Maria Lopez"),
        ("Edward Said wrote the book.", "Edward Said"),  # not a lead verb: the name's own word
    ],
)
def test_without_lead_in(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    ents = [without_lead_in(e) for e in doc.ents if e.label_ == "PERSON"]
    assert [e.text for e in ents] == [expected]
    assert all(e.label_ == "PERSON" for e in ents)


@pytest.mark.parametrize(
    "text, tagged, expected",
    [
        # NER took the lead verb alone for the name ("Quoth" of "Quoth Fisher:"): the name after it, not the verb
        ("Simcha Fisher wrote a column.\nQuoth Fisher:\nThe pope is wrong.", "Quoth", "Fisher"),
        ("Smith spoke on Monday.\nSaid Jones: “We will win.”", "Said", "Jones"),
        # negatives: a lone name that is no lead verb; a lead verb with no proper noun after it; mid-sentence
        ("Simcha Fisher wrote a column.\nQuoth the raven: “Nevermore.”", "Quoth", "Quoth"),
        ("Simcha Fisher wrote a column.\nFisher wrote: The pope is wrong.", "Fisher", "Fisher"),
        ("He met Edward and Said Jones at noon.", "Said", "Said"),
    ],
)
def test_lead_verb_tagged_alone(nlp, text: str, tagged: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == tagged and t.i > 3)
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]  # NER's tag on the word alone, as met in the audited article
    for t in doc[i + 1:i + 2]:
        t.ent_type_ = ""
    ent = without_lead_in(doc.ents[0])
    assert (ent.text, ent.label_) == (expected, "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    [
        # NER runs a capitalised verb after the name into it; the parse still makes the name its subject
        ("The activist was banned on Wednesday.\nLoomer Tweeted that the ban was censorship.", "Loomer"),
        ("The activist was banned on Wednesday.\nLoomer Wrote on Facebook that the ban was censorship.", "Loomer"),
        # negatives: a surname that is a verb form ("Said"), and a name with no verb after it
        ("Edward Said wrote the book on Orientalism.", "Edward Said"),
        ("The famous book was written by Edward Said.", "Edward Said"),
        ("Laura Loomer was banned on Wednesday.", "Laura Loomer"),
        # a title-case headline's present-tense verb, whatever the parse made of it, and where NER ran on past it
        ("Pope Francis Denounces “Murderous Indifference” To Persecution Of Christians\nThe pope spoke on Sunday.",
         "Francis"),
        ("Nigel Farage Warns “We’ll Lose” A Battle\nFarage spoke on Sunday.", "Nigel Farage"),
        ("Mitt Romney Tweets Support for Refugees\nHe spoke on Sunday.", "Mitt Romney"),
        ("Trump Slams “Disgraceful Verdict” After Jury Acquits Killer\nThe president spoke.", "Trump"),
        ("Pope Francis Accused of Covering Up Abuse\nThe pope spoke on Sunday.", "Francis"),
        # negatives: a surname that ends in "s" like a verb form, a name in prose
        ("Bernie Sanders spoke to voters in Iowa on Sunday.", "Bernie Sanders"),
        ("Elizabeth Warren Blasts Wall Street Banks\nThe senator spoke on Sunday.", "Elizabeth Warren"),
    ],
)
def test_without_trailing_verb(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    ents = [without_trailing_verb(e) for e in doc.ents if e.label_ == "PERSON"]
    assert [e.text for e in ents] == [expected]
    assert all(e.label_ == "PERSON" for e in ents)


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        # in prose a headline verb's form is the name's own word: an organisation, a show, a person
        ("Grand Challenges Canada gave out 40 grants on Monday.", 0, 3, "Grand Challenges Canada"),
        ("The speakers at TED Talks were paid nothing, the organisers said.", 3, 5, "TED Talks"),
        ("The band's singer, Joe Hits, said the tour would go on.", 5, 7, "Joe Hits"),
        # on a headline's line it is the headline's verb
        ("Pope Francis Denounces Murderous Indifference To Persecution Of Christians\nThe pope spoke.", 0, 3,
         "Pope Francis"),
    ],
)
def test_a_headline_verb_is_cut_only_on_a_headline(nlp, text: str, start: int, end: int, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert without_trailing_verb(Span(doc, start, end, label="ORG")).text == expected


def test_a_prose_organisation_is_the_source_of_its_statement(nlp) -> None:  # noqa: ANN001
    text = "Grand Challenges Canada gave out 40 grants on Monday. It said the grants would fund new clinics."
    found = [r for r in rows(nlp, text) if r[1] == "said"]
    assert [r[0] for r in found] == ["Grand Challenges Canada"], rows(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # NER runs the gerund that opens the sentence into a family name the text gives someone in full
        ('CEO Tim Cook spoke on Tuesday.\nHosting Cook at Dreamforce "is our dream," Benioff said.', ["Tim Cook", "Cook"]),
        ("CEO Tim Cook spoke on Tuesday. Meeting Cook was a dream, Benioff said.", ["Tim Cook", "Cook"]),
        # negatives: no one else of that family name; a word in "-ing" mid-sentence; a given name
        ('Hosting Cook at Dreamforce "is our dream," Benioff said.', ["Hosting Cook"]),
        ("The songs of Irving Berlin were played. Later Irving Berlin spoke.", ["Irving Berlin", "Irving Berlin"]),
    ],
)
def test_without_opening_gerund(nlp, text: str, expected: list[str]) -> None:  # noqa: ANN001
    doc = nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.text != "Benioff"]
    out = [without_opening_gerund(e, named_families(doc.ents)) for e in people]
    assert [e.text for e in out] == expected
