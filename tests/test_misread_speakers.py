"""Speakers a misparse made wrong or garbled (found by blind audit 23), each rule with the resolutions that must not change.

``source_heads.clause_beside_noun``: an imperative's clause the parse made a second subject is no speaker beside
the noun ("Put to the test the Dems' claims that ..."); ``light_verbs.noun_holder``: a "from" whose name the
parse hung as a clause still names who complains ("complaints from Trump that ..."); ``pronouns.quoted_elsewhere``:
a phrase that opens a quotation is inside it, though it takes in the opening mark; ``pronoun_number``: a "they"
the parse gave to a newspaper beside a plural name is that name's, and a "he" whose own sentence has a subject
NER did not name is his (left unnamed), not a name further up, the sentence's first word too where a name the text
gives holds it ("Elijah set the record straight when he answered"), and a word the names of two people hold ("Pope")
is neither's.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.antecedents import acronym_read_as_relative
from sayso.nlp.extract.light_verbs import noun_holder
from sayso.nlp.extract.non_statements import in_open_quotation
from sayso.nlp.extract.pronoun_number import named_elsewhere, plural_over_outlet, unnamed_name, unnamed_subject
from sayso.nlp.extract.source_context import Name
from sayso.nlp.extract.source_heads import clause_beside_noun

pytestmark = pytest.mark.slow

_SHEIKH = ("Don’t be deceived by the likes of Jihad Al-‘Ayesh.\nPreorder The History of Jihad From Muhammad to ISIS.\n"
           "Kuwaiti cleric Sheikh Jihad Al-‘Ayesh delivered a speech in which he said that the figure of six million "
           "Jews killed in the Holocaust was a “historical lie.” “The Jews were banished because of their deeds.\n"
           "They were not banished for being Jews,” he said.")

test_misread_speakers = speaker_table([
    # an imperative opening the sentence: the possessor of "claims" speaks, not "Put to the test"
    pytest.param("Hold the vote no later than Thursday.\nMake Senators go on the record with their votes.\nPut to the "
                 "test the Dems’ claims that a critical mass of women believes the narrative and will vote accordingly.",
                 "claims", "the Dems", id="imperative-clause-no-speaker"),
    pytest.param("The Dems claim that a critical mass of women believes the narrative.", "claim", "The Dems",
                 id="noun-subject-negative"),
    # "from" + a name the parse read as a clause
    pytest.param("That last statement comes amid nearly constant complaints from Trump that Justice Department and "
                 "FBI investigators are being unfair to the president and his allies.", "complaints", "Trump",
                 id="complaints-from-name"),
    # a quotation's opening phrase is no "it"
    pytest.param("The letter, which is an attempt to usurp the powers vested in the president, asks the three "
                 "agencies to defy the presidential directive.\n\"Your agencies' review, and any communication with "
                 "the White House on the substance of the material, should not proceed further until you have "
                 "briefed the Gang of Eight in person.\"\nIt claims that Trump’s request constitutes improper "
                 "intervention.", "claims", "The letter", id="quotation-opening-phrase"),
    # "they" beside a plural name is not the newspaper the parse made the subject
    pytest.param("Facing his likely confirmation, the Dems, egged on by the mainstream media––especially The New "
                 "Yorker, which published a story too badly sourced even for The New York Times–– are desperately "
                 "attempting to delay the process until after the midterm elections, when they hope they will retake "
                 "the Senate.", "hope", "Dems", id="they-not-the-paper"),
    # a "he" whose own sentence has a subject NER did not name: that subject's proper nouns (``unnamed_name``), not
    # the book title's "Muhammad"
    pytest.param(_SHEIKH, "said", "Sheikh Jihad Al-‘Ayesh", id="unnamed-subject-again"),
    pytest.param("Ahmed Hassan spoke in Cairo on Monday. The crowd was large, and he said that the figure was a lie.",
                 "said", "Ahmed Hassan", id="named-before-negative"),
])


_PUT = ("Hold the vote no later than Thursday.\nMake Senators go on the record with their votes.\nPut to the test the "
        "Dems’ claims that a critical mass of women believes the narrative and will vote accordingly.")


@pytest.mark.parametrize("text, i, expected", [
    (_PUT, 20, True),
    (_PUT, 25, False),  # the noun subject stays
])
def test_clause_beside_noun(nlp, text: str, i: int, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    verb = doc[i].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    assert clause_beside_noun(doc[i], subjects) is expected


@pytest.mark.parametrize("text, noun, expected", [
    ("That last statement comes amid complaints from Trump that investigators are unfair.", "complaints", "Trump"),
    ("He ignored claims from the 1990s that the deal was illegal.", "claims", None),
])
def test_noun_holder(nlp, text: str, noun: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    holder = noun_holder(token_of(doc, noun))
    assert (holder.text if holder is not None else None) == expected


@pytest.mark.parametrize("text, chosen, chosen_type, expected", [
    ("The Dems, egged on by The New Yorker, are attempting to delay it, when they hope to win.", "Yorker", "outlet",
     "Dems"),
    # negatives: an organisation is "they" as often as "it"; a plural outlet; no plural name before
    ("The Dems, egged on by Google, are attempting to delay it, when they hope to win.", "Google", "organization",
     None),
    ("The New Yorker is attempting to delay it, when they hope to win.", "Yorker", "outlet", None),
])
def test_plural_over_outlet(nlp, text: str, chosen: str, chosen_type: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    names = [Name(t.idx, t, t.text, "group") for t in doc if t.text == "Dems"]
    head = token_of(doc, chosen)
    found = plural_over_outlet(Name(head.idx, head, head.text, chosen_type), names)
    assert (found.name if found is not None else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kuwaiti cleric Sheikh Jihad Al-‘Ayesh delivered a speech in which he said that it was a lie.", "Al-‘Ayesh"),
    # negatives: a subject NER named; the subject of a clause beside the pronoun's, not above it
    ("Ahmed Hassan delivered a speech in which he said that it was a lie.", None),
    ("When Al-‘Ayesh left the hall, he said that it was a lie.", None),
    ("Loyalty, he noted, has long been a core tenet of the Republican Party.", None),
])
def test_unnamed_subject(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "he")
    found = unnamed_subject(pronoun, set())
    assert (found.text if found is not None else None) == expected


_ELIJAH = "What of that lone prophet, Elijah?\nThe tyrant Ahab called him the troubler of Israel.\n"


@pytest.mark.parametrize("text, known, expected", [
    # the sentence's first word is a word of a name the text gives: the subject NER missed
    (_ELIJAH + "Elijah set the record straight when he answered.", {"Elijah", "Ahab"}, "Elijah"),
    # negatives: a first word no name holds ("Loyalty"), or one with no name known at all
    ("Loyalty, he noted, has long been a core tenet of the party.", {"Elijah"}, None),
    (_ELIJAH + "Elijah set the record straight when he answered.", set(), None),
])
def test_unnamed_first_word(nlp, text: str, known: set[str], expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ == "he"][-1]
    found = unnamed_subject(pronoun, set(), known=frozenset(known))
    assert (found.text if found is not None else None) == expected


test_unnamed_first_word_speaker = speaker_table([
    # the "he" of the subject's own clause, not the Ahab named between the two Elijahs
    pytest.param(_ELIJAH + "Elijah set the record straight when he answered, “I have not troubled Israel; but thou "
                 "hast followed false gods.”", "answered", "Elijah", id="first-word-subject"),
])


_WHO_TEXT = ("Peter Salma, head of emergency response at the World Health Organization (WHO) said last week that the "
             "outbreak was grave.\nThe WHO is planning to send up to 40 specialists to the affected area.")


@pytest.mark.parametrize("text, word, expected", [
    (_WHO_TEXT, "WHO", True),
    # negatives: a relative pronoun in lower case; one opening a headline set in capitals that NER named nothing
    ("The officials, who said the plan was good, left.", "who", False),
    ("WHO SAID IT FIRST?", "WHO", False),
])
def test_acronym_read_as_relative(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = [t for t in doc if t.text == word][-1]
    assert acronym_read_as_relative(token) is expected



@pytest.mark.parametrize("text, expected", [
    # the word NER missed is a name it found before: that name; no name holds it: none (the "he" stays unnamed)
    ("Pope Francis spoke on Monday. Francis delivered a speech in which he said it was wrong.", "Pope Francis"),
    ("Ahmed Hassan spoke on Monday. Al-‘Ayesh delivered a speech in which he said it was wrong.", None),
])
def test_named_elsewhere(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    names = [Name(e.start_char, e.root, e.text, "person") for e in doc.ents if e.label_ == "PERSON"]
    subject = [t for t in doc if t.text in ("Francis", "Al-‘Ayesh") and t.dep_ == "nsubj"][-1]
    found = named_elsewhere(subject, names)
    assert (found.name if found is not None else None) == expected


_POPES = "Pope Benedict resigned in 2013.\nPope Francis was elected.\n"


@pytest.mark.parametrize("text, named, expected", [
    # a word the names of two people hold (a title two popes share) is neither's: the "he" is left to the word
    (_POPES + "The Pope defends his man, as he had done in Chile.", ("Pope Benedict", "Pope Francis"), None),
    # negatives: the names of one person ("Pope Francis", "Francis"); one name of the two holds the word
    ("Pope Francis spoke.\nFrancis was in Rome.\nThe Pope defends his man, as he had done in Chile.",
     ("Pope Francis", "Francis"), "Francis"),
    (_POPES + "Francis defends his man, as he had done in Chile.", ("Pope Benedict", "Pope Francis"), "Pope Francis"),
    # two given names before one family name are two people (father and daughter): neither's
    ("Roy Moore spoke on Monday.\nMichael Moore was in Rome.\nMoore defends his plan, as he had done in Ohio.",
     ("Roy Moore", "Michael Moore"), None),
    # one person with and without the generation after the name
    ("Pope Benedict XVI resigned in 2013.\nPope Benedict was tired.\nThe Pope defends his man, as he had done in "
     "Chile.", ("Pope Benedict XVI", "Pope Benedict"), "Pope Benedict"),
])
def test_named_elsewhere_of_two_people(nlp, text: str, named: tuple[str, ...], expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    names = []
    for name in named:
        at = text.index(name, names[-1].at + 1 if names else 0)
        span = doc.char_span(at, at + len(name))
        names.append(Name(at, span.root, name, "person"))
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.idx >= names[-1].at + len(names[-1].name))
    found = named_elsewhere(subject, names)
    assert (found.name if found is not None else None) == expected


@pytest.mark.parametrize("text, expected", [
    # the proper nouns the NER-missed subject ends: the name a reader hears in the "he"; a common noun ends the run
    ("Kuwaiti cleric Sheikh Jihad Al-‘Ayesh delivered a speech in which he said it was wrong.", "Sheikh Jihad Al-‘Ayesh"),
    ("Al-‘Ayesh delivered a speech in which he said it was wrong.", "Al-‘Ayesh"),
])
def test_unnamed_name(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    subject = next(t for t in doc if t.text == "Al-‘Ayesh" and t.dep_ == "nsubj")
    found = unnamed_name(subject)
    assert (found.name, found.type) == (expected, "person")


test_open_quotation_we = speaker_table([
    # a transcript's paragraphs, each opened and none closed: its "we" is the one quoted, not the writer
    pytest.param("Following is a transcript: Jihad Al-‘Ayesh: “Some people have shown up with a new fashion.\n"
                 "[…] “That is when the Final Solution began.\nThe Nazis called it the ‘Final Solution’ of the Jews.\n"
                 "When we say ‘Final Solution,’ we realize that many of the terms constitute Nazi terms.",
                 "realize", "we", id="transcript-we"),
])


@pytest.mark.parametrize("text, expected", [
    ("Jihad Al-‘Ayesh: “Some people have shown up.\n[…] “That is when it began.\nWhen we say it, we realize it.", True),
    # negative: the writer's "we" after a quotation that closed
    ("“Some people have shown up,” he said.\nThat is when it began.\nWhen we say it, we realize it.", False),
])
def test_we_in_open_quotation(text: str, expected: bool) -> None:
    assert in_open_quotation(text, text.index("we realize")) is expected
