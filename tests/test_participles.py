"""Whose act a participle of saying reports where the parse hangs it wrong: ``nlp/extract/participles.py``.

A participle's speaker is the main clause's subject: never the subject of an "as X reported"
aside it follows, nor the object it was hung on ("echoed that sentiment saying ..."); a
document or a person it describes still says what follows.
"""

from __future__ import annotations

import pytest

from _cues import analysis, rows, speaker, token_of, with_cue
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.participles import cited_aside, document_issuer, object_participle, report_aside

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        pytest.param("Locals in Tijuana protested against the arrival of the caravan, as Breitbart News reported, "
                     "demanding they leave the city.", "demanding", "Locals in Tijuana", id="after-aside"),
        pytest.param("The senator, as Politico first reported, wrote to the agency on Monday, saying the rule was "
                     "unlawful.", "saying", "The senator", id="aside-inside"),
        pytest.param("UKIP leader Gerard Batten echoed that sentiment saying the party had been betrayed by the "
                     "government.", "saying", "Gerard Batten", id="object-participle"),
        pytest.param("The senator rejected the idea saying it would cost too much.", "saying", "The senator",
                     id="object-idea"),
        # a document is its issuer's voice where the text says who issued it; a clause's own subject keeps what it says
        pytest.param("Police issued a statement saying the suspect had fled.", "saying", "Police",
                     id="document-participle"),
        pytest.param("The company issued a statement saying that it would appeal.", "saying", "The company",
                     id="document-participle-role-noun"),
        pytest.param("The Electoral Commission issued a statement warning that voters are entitled to transparency.",
                     "warning", "The Electoral Commission", id="document-participle-name"),
        pytest.param("A statement saying the suspect had fled was read out on Monday.", "saying", "A statement",
                     id="document-participle-no-issuer"),
        pytest.param("Smith left the meeting early, as he had said he would, saying he had a flight.", "saying",
                     "Smith", id="aside-with-clause"),
        # a second "and that ..." complement is reported too: the participle after it is the reporter's
        pytest.param("Smith says that the rules in Florida are unfair and that Florida is a “cracker state,” "
                     "explaining that the legislature has to change for the agenda to advance.", "explaining", "Smith",
                     id="second-complement"),
        # ... but a clause joined without "that" is one of its own, and a participle after a plain clause is its subject's
        pytest.param("Police said the man fled, and officers chased him, shouting that he should stop.", "shouting",
                     "officers", id="conjunct-of-its-own"),
        pytest.param("After Swift scolded her label, accusing it of greed, the company apologized.", "accusing",
                     "Swift", id="plain-clause"),
        # a message handed on with its sender's "from" phrase says what its sender wrote, not its bearer
        pytest.param("Lawyers submitted a letter to him from ICE saying that as part of the 2010 deal he would be "
                     "allowed to leave the country.", "saying", "ICE", id="message-sender"),
        # ... but "from" a place says where it came from, and no message is no one's letter: the subject's as before
        pytest.param("Smith sent a letter from Paris saying he would resign.", "saying", "Smith",
                     id="message-from-place"),
        pytest.param("Smith returned from Paris saying the talks had failed.", "saying", "Smith",
                     id="no-message-from"),
        # ... nor a message the subject sends or writes himself, whatever "from" names (review 48 must-fix 3)
        pytest.param("Trump sent a letter from Mar-a-Lago saying he would not concede.", "saying", "Trump",
                     id="sent-from-named-place"),
        pytest.param("The journalist sent a letter from Evin Prison saying she was on hunger strike.", "saying",
                     "The journalist", id="sent-from-prison"),
        pytest.param("He wrote an email from Goldman saying he was resigning.", "saying", "He", id="wrote-from-firm"),
        # a message forwarded from its named sender is the sender's
        pytest.param("The lawyers forwarded a memo from the FBI saying the inquiry was closed.", "saying",
                     "the FBI", id="forwarded-memo"),
    ],
)
def test_participle_speaker(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert any(c == cue and s == speaker for s, c, _ in found), found


def test_object_keeps_only_the_object(nlp) -> None:  # noqa: ANN001
    found = rows(nlp, "UKIP leader Gerard Batten echoed that sentiment saying the party had been betrayed.")
    assert ("Gerard Batten", "saying", "the party had been betrayed") in found
    assert all(not (c == "echoed" and "saying" in content) for _, c, content in found), found


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Locals protested, as Breitbart News reported, demanding they leave.", "reported", True),
        ("The caravan, as the Times first noted, arrived on Monday.", "noted", True),
        # negatives: an aside with a clause of its own; a time clause; no subject
        ("Smith left early, as he had said he would.", "said", False),
        ("As the crowd cheered the players, the mayor spoke.", "cheered", False),
        ("Smith left, as expected.", "expected", False),
    ],
)
def test_report_aside(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert report_aside(token_of(doc, verb)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Batten echoed that sentiment saying the party had been betrayed.", "Batten"),
        ("The senator rejected the idea saying it would cost too much.", "senator"),
        # negatives: a document, a person, a comma-set participle (the parse's advcl)
        ("Police issued a statement saying the suspect had fled.", None),
        ("Reporters quoted a witness saying the car sped away.", None),
        ("The mayor thanked the firefighters, saying they had saved lives.", None),
    ],
)
def test_object_participle(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "saying")
    people = lexicon.person_roles | lexicon.anonymous | lexicon.groups
    who = object_participle(token, lexicon.senses, lexicon.documents, people)
    assert (who.text if who is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Moreover, as Robert Spencer advises, there needs to be legislation that will bar such groups.",
                     "advises", ("Robert Spencer", "advises", "there needs to be legislation that will bar such groups"),
                     id="as-advises"),
        pytest.param("As Smith noted, the plan has failed.", "noted", ("Smith", "noted", "the plan has failed"), id="as-noted"),
        pytest.param("HP, as Gizmodo very recently explained, is a complex and rare condition.", "recently explained",
                     ("Gizmodo", "recently explained", "HP, as Gizmodo very recently explained, is a complex and rare condition"),
                     id="aside-on-the-subject"),
        # negatives: the writer's own aside; an aside inside someone's quotation
        pytest.param("The man, as we detailed earlier, was deported five times.", "detailed", None, id="writer"),
        pytest.param("“As I mentioned above, I will look over your paper,” the professor wrote.", "mentioned", None,
                     id="in-quote"),
    ],
)
def test_an_aside_cites_its_clause(nlp, text: str, cue: str, expected: tuple | None) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    found = [(speaker(report, a), a.cue.text, a.content.text.strip(" .,“”")) for a in with_cue(report, cue)]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Moreover, as Robert Spencer advises, there needs to be legislation.", "advises", True),
        # negatives: the writer's "we"; an order ("Do as I say"); no verb of saying
        ("The man, as we detailed earlier, was deported.", "detailed", False),
        ("Do as I say, not as I do.", "say", False),
        ("Prices, as markets opened, fell sharply.", "opened", False),
        # a clause of time running on is no aside
        ("Experts say the epidemic could worsen as the death tolls hit 124 and 1,300 are left infected.", "hit", False),
        ("Prices fell as analysts reported on Monday and traders sold.", "reported", False),
    ],
)
def test_cited_aside(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert cited_aside(token_of(doc, verb), load_lexicon().senses) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council issued a statement saying it took the action because of the conditions.", "council"),
        ("His office put out a statement saying the country cannot vet refugees.", "office"),
        ("The campaign sent out a press release saying the senator owes the state an explanation.", "campaign"),
        ("The agency released a report saying the water was safe.", "agency"),
        # an answer given in a document: "responded with", "replied with"
        ("The ministry responded with a statement saying the claims were baseless.", "ministry"),
        ("She replied with a tweet saying the report was false.", "She"),
        # negatives: no issuing verb (obtained, read); "sent" with no "out" (a message to someone); no document;
        # a document with no verb; a passive; another's document agreed with; one that only travels with the subject
        ("He agreed with a report saying the plan would fail.", None),
        ("The courier came with a letter saying the office was closed.", None),
        ("Reporters obtained a memo saying the plant would close.", None),
        ("The mayor read a statement saying the city would appeal.", None),
        ("Her manager sent her a letter saying she was fired.", None),
        ("Police issued a warning saying the roads were closed.", None),
        ("A statement saying the suspect had fled was read out on Monday.", None),
        ("A statement was issued saying the suspect had fled.", None),
    ],
)
def test_document_issuer(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "saying")
    who = document_issuer(token, lexicon.senses, lexicon.documents)
    assert (who.text if who is not None else None) == expected


@pytest.mark.parametrize(
    "text, source",
    [
        ("His office put out a statement saying the country does not have the capacity to vet refugees.", "His office"),
        ("Later, Trump's campaign released a statement saying he had been treated unfairly.", "Trump's campaign"),
        # negatives: no issuer named; the issuer's document obtained by another
        ("A statement saying the suspect had fled was read out on Monday.", "A statement"),
    ],
)
def test_issuer_is_the_source_and_the_medium_writing(nlp, text: str, source: str) -> None:  # noqa: ANN001
    found = with_cue(analysis(nlp, text), "saying")
    assert found and found[0].source_span is not None, found
    assert found[0].source_span.text == source
    assert found[0].medium == "writing"


@pytest.mark.parametrize(
    "text",
    [
        # the brief's row (bnd67): the object's content never runs on into the participle of naming after it
        "Woo condemned the decision, calling the ruling an 'outrageous act'.",
        "South Korean Foreign Minister Woo Jin-sik condemned the Japanese court's decision to reject the claims, "
        "calling the ruling an 'outrageous act' that ignored history.",
    ],
)
def test_object_never_runs_into_participle(nlp, text: str) -> None:
    report = analysis(nlp, text)
    assert not [a.content.text for a in with_cue(report, "condemned") if "calling" in a.content.text]
    assert [a.content.text for a in with_cue(report, "calling")]  # the naming is the participle's own
