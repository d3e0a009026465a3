"""A verb of saying joined to the words another one reports, whose subject is the speaker again:
``nlp/extract/twin_speakers.py`` (used by ``source_heads.reporting_twin``).

"He said that he would offer a prayer but did not suggest ...": the source of "suggest" is "He" as
written, the first verb's subject, not the "he" inside what "said" reports; where the reported clause's
subject may be someone else the parse's subject stays.
"""

from __future__ import annotations

import pytest

from _cues import cue_span, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.twin_speakers import finite_word, in_reporting_tense, same_speaker_again, set_off_conjunct

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said that he would offer a prayer but did not suggest it would be Trump.", True),
        ("Ginsburg said that she did not want to think about it and predicted that Clinton will win.", True),
        ("Mr. Rajoy said Monday that he will try to form a government and insisted that his party was first.", True),
        ("Officials said they had no record of the call and warned that the data was incomplete.", True),
        ("The senator said she had not seen the memo and insisted that she was innocent.", True),
        # negatives: another subject; a pronoun against the title; a body and a person; someone named between
        ("Smith said Jones resigned and claimed that the company had lied.", False),
        ("Mr. Smith said she had not seen the memo and insisted that she was innocent.", False),
        ("Huckabee's campaign said he has not accepted any gigs and suggested that the question is hers.", False),
        ("He said that Smith's lawyer told him he would lose and warned that the case was weak.", False),
    ],
)
def test_same_speaker_again(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    said = next(t for t in doc if t.lemma_ == "say")
    clause = next(t for t in said.children if t.dep_ == "ccomp")
    lex = load_lexicon()
    assert same_speaker_again(clause, said, lex.given_genders, lex.person_roles | lex.person_nouns) is expected


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("He said that he would offer a prayer for the nominee but suggested it would be Trump.", "suggested", "He"),
        ("Ruth Ginsburg said in an interview last week that she did not want to think about the possibility and "
         "predicted that Hillary Clinton will win.", "predicted", "Ruth Ginsburg"),
        ("The senator said she had not seen the memo and insisted that she was innocent.", "insisted", "The senator"),
        # the second verb in the tense of "said", not of "has not accepted": the campaign suggests, not its candidate
        ("Huckabee's campaign said he has not accepted any new gigs and suggested that the bigger question is hers.",
         "suggested", "Huckabee's campaign"),
        # negatives: the reported clause's subject is another, in one tense throughout
        ("Smith said Jones resigned and claimed that the company had lied.", "claimed", "Jones"),
        ("Smith said Jones had resigned and claimed that the company had lied.", "claimed", "Jones"),
    ],
)
def test_source_span_of_the_twin(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == source


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Spicer said the Republican Party was not in a crisis, and urged that everyone take a deep breath.", "urged",
         True),
        ("The mayor said the budget was balanced, but warned that taxes would rise.", "warned", True),
        # negatives: no comma; a comma inside the second conjunct only; "or"
        ("Smith said Jones resigned and claimed that the company had lied.", "claimed", False),
        ("Smith said Jones resigned and, in a letter, claimed that the company had lied.", "claimed", False),
    ],
)
def test_set_off_conjunct(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    said = next(t for t in doc if t.lemma_ == "say")
    clause = next(t for t in said.children if t.dep_ == "ccomp")
    assert (token.dep_ == "conj" and set_off_conjunct(token, clause)) is expected


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("RNC spokesman Sean Spicer on Thursday said the Republican Party was not in a crisis, and urged that everyone "
         "take a deep breath.", "urged", "RNC spokesman Sean Spicer"),
        # a thing in the reported words asks nothing: the verb of saying goes on with the speaker
        ("Thomas Wiegold, an expert on defense affairs, noted that regular troop strength already lags the target and "
         "asked whether the defense minister would raise it.", "asked", "Thomas Wiegold, an expert on defense affairs"),
    ],
)
def test_source_span_past_the_reported_clause(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == source


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("He said he has not accepted any gigs.", "accepted", "has"),
        ("He said that he did not suggest it.", "suggest", "did"),
        ("Kasich says he'd sit Putin down and tell him no more nonsense.", "tell", "'d"),
        ("He said that he suggested it.", "suggested", "suggested"),
    ],
)
def test_finite_word(nlp, text: str, verb: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert finite_word(token_of(doc, verb)).text == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Huckabee's campaign said he has not accepted any new gigs and suggested that the bigger question is hers.",
         "suggested", True),
        ("Kasich says he'd sit Putin down and tell him no more nonsense and tells the crowd he was the first one.",
         "tells", True),
        ("Police said the suspect has fled and warned that he is armed.", "warned", True),
        ("Supporters question whether she truly opposes the deal and worry that she might capitulate.", "worry", True),
        ("Clinton said Trump is responsible for his events and accused him of inciting violence.", "accused", True),
        # negatives: one tense throughout; the clause's own tense; a subject of its own; a past deed and a present
        # word with no auxiliary; a participle that may share the clause's "has"
        ("Voters say Sanders marched in 1963 and says he wants to end profiling.", "says", False),
        ("She said that Sanders has criticized the president and called the president weak.", "called", False),
        ("Smith said Jones had resigned and claimed that the company had lied.", "claimed", False),
        ("Smith said Jones resigned and claimed that the company had lied.", "claimed", False),
        ("Smith said Jones has resigned and claims that the company lied.", "claims", False),
        ("Smith said Jones has resigned and she claimed that the company lied.", "claimed", False),
    ],
)
def test_in_reporting_tense(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    verb = next(t for t in doc if t.lemma_ in ("say", "question"))
    assert in_reporting_tense(token, verb) is expected


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("Kasich says he'd sit Putin down and tell him no more nonsense and tells the crowd he was the first one.",
         "tells", "Kasich"),
        ("The police said the suspect has fled and warned that he is armed.", "warned", "The police"),
        # negative: one tense throughout, the clause's subject may go on
        ("The police said John Jones had fled and claimed that he was innocent.", "claimed", "John Jones"),
    ],
)
def test_source_span_in_reporting_tense(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == source
