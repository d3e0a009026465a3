"""A noun of saying carried by a light verb says what its verb says (``extract/light_verbs.py``): "Cruz made the
claim that ..." is Cruz's claim, reported as surely as "Cruz claimed that ...".

Look-alikes stay as they were: a negated light verb (the claim was never made), a noun that is no saying
("made the decision that"), the noun as the subject of a passive, a noun with no that-clause of its own.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_span, cue_span_contents, token_of, with_cue
from sayso.nlp.extract.filters import received_speech
from sayso.nlp.extract.light_verbs import (
    carrier_subject,
    clause_of_the_claim,
    copular_clause,
    copular_content,
    held_claim,
    light_verb_statement,
)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Cruz made the claim that Trump would raise taxes on the middle class.", "claim",
         "that Trump would raise taxes on the middle class"),
        ("The senator made the announcement that she would retire next year.", "announcement",
         "that she would retire next year"),
        ("Sanders made the argument that the system is rigged.", "argument", "that the system is rigged"),
        ("The White House issued a warning that the storm could hit the coast by Friday.", "warning",
         "that the storm could hit the coast by Friday"),
        # "made the case that": a noun the cue lexicon leaves out, a cue under its light verb
        ("Sanders made the case that the party must change.", "case", "that the party must change"),
        ("Obama has repeatedly made the case that the deal keeps America safe.", "case",
         "that the deal keeps America safe"),
    ],
)
def test_light_verb_statements_are_reported(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)  # what the default threshold keeps
    assert [a.content.text for a in with_cue(report, cue)] == [content]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Cruz made the claim that Trump would raise taxes.", "claim", True),
        ("The White House issued a warning that the storm could hit the coast by Friday.", "warning", True),
        # negatives: negated; no saying; no that-clause; the noun a subject; a relative clause, not the claim's own
        ("Cruz never made the claim that Trump would raise taxes.", "claim", False),
        ("He made the decision that the plant would close.", "decision", False),
        ("Cruz made the claim in Iowa.", "claim", False),
        ("The claim that Trump would raise taxes was made by Cruz.", "claim", False),
        ("Cruz made a claim that nobody believed.", "claim", False),
        ("He repeated the claim that he has made many times.", "claim", False),
        ("He made the claim that everyone was waiting for.", "claim", False),
        ("She made the case for a higher minimum wage.", "case", False),
        ("The lawyers made the case in court last week.", "case", False),
        ("Prosecutors never made the case that he lied.", "case", False),
        ("The case that the court heard was about taxes.", "case", False),
        # ... but a content clause with a verb that could take a claim, and an intransitive one, are claims
        ("He repeated the claim that the election was stolen.", "claim", True),
        ("She made the claim that voters had seen the ads twice.", "claim", True),
        ("She made the claim that the economy was growing.", "claim", True),
    ],
)
def test_light_verb_statement_unit(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    assert light_verb_statement(token) is expected


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # a noun of saying with its holder named (a possessor, "by", "from") and a that-clause of its own
        ("Pence blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama founded ISIS.",
         "claim", "Donald Trump’s", "that President Barack Obama founded ISIS"),
        ("He leaves behind a backlash against the statements made during his trip, particularly his warning that "
         "Britain would have to go to the back of the queue.", "warning", "his", "that Britain would have to go to the back of the queue"),
        ("The senator's statement that he would resign surprised his staff.", "statement", "The senator's",
         "that he would resign"),
        ("The mayor dismissed allegations by two former aides that he had taken bribes.", "allegations",
         "two former aides", "that he had taken bribes"),
        ("The warnings from his attorney that the deal was illegal went unheeded.", "warnings", "his attorney",
         "that the deal was illegal"),
        # a time's possessive holds nothing: the "from" or "by" after the noun does
        ("Investors kept in mind Tuesday's warning from Japan's top financial diplomat Zembei Mizoguchi that Japan "
         "would act to prevent excessive swings in currency rates.", "warning",
         "Japan's top financial diplomat Zembei Mizoguchi", "that Japan would act to prevent excessive swings in currency rates"),
        ("Traders recalled yesterday's claim by the ministry that the yen was too strong.", "claim", "the ministry",
         "that the yen was too strong"),
    ],
)
def test_held_claims_are_reported(nlp, text: str, cue: str, source: str, content: str) -> None:  # noqa: ANN001
    # what the default threshold keeps
    assert cue_span_contents(nlp, text, cue, min_confidence=None) == [(source, content)]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Donald Trump’s claim that Obama founded ISIS was false.", "claim", True),
        ("The warnings from his attorney that the deal was illegal went unheeded.", "warnings", True),
        ("Allegations by two aides that he took bribes surfaced.", "Allegations", True),
        # negatives: nobody holds it; a date after "from"; a relative clause, not the claim's own; no saying
        ("Critics seized on the claim that the election was rigged.", "claim", False),
        ("Claims from the 1990s that the dam leaked were never checked.", "Claims", False),
        ("We heard his claim that he has made many times.", "claim", False),
        ("His decision that the plant would close angered workers.", "decision", False),
        ("His claim to the throne was weak.", "claim", False),
    ],
)
def test_held_claim_unit(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    assert held_claim(token) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the clause the parse hung on the verb is its object's: the warnings say it, not he
        ("He ignored warnings from his attorney that the deal was illegal.", "ignored", False),
        # negatives: a person for object, a light verb, no noun of saying, the clause the noun's own
        ("He told reporters that the deal was illegal.", "told", True),
        ("The mayor dismissed the allegation that he lied.", "dismissed", True),
        ("He warned the council that the bridge was unsafe.", "warned", True),
    ],
)
def test_clause_of_the_claim(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    assert bool(with_cue(report, cue)) is expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("He ignored warnings from his attorney that the deal was illegal.", "ignored", True),
        ("He told reporters that the deal was illegal.", "told", False),
        ("She made the claim that the economy was growing.", "made", False),
        ("He ignored the warnings, saying that the deal was legal.", "ignored", False),
    ],
)
def test_clause_of_the_claim_unit(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, verb)
    that = next((t for t in doc if t.lower_ == "that"), None)
    assert clause_of_the_claim(token, that.idx) is expected


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # a view reached or held under its verb ("reached the conclusion that" = "concluded that")
        ("Comey reached the conclusion that no charges were warranted.", "conclusion", "Comey",
         "that no charges were warranted"),
        ("She came to the conclusion that he was lying.", "conclusion", "She", "that he was lying"),
        ("Investigators drew the conclusion that she was careless.", "conclusion", "Investigators",
         "that she was careless"),
        ("The court took the view that the law was void.", "view", "The court", "that the law was void"),
        ("Comey has long held the view that no charges were warranted.", "view", "Comey",
         "that no charges were warranted"),
        ("Republicans adopted the position that no nominee should be considered.", "position", "Republicans",
         "that no nominee should be considered"),
        ("The mayor shares the belief that the tax is unfair.", "belief", "The mayor", "that the tax is unfair"),
        # a view with its holder named: a possessor, or "among" for a consensus
        ("Her position that taxes should rise cost her votes.", "position", "Her", "that taxes should rise"),
        ("China has lobbied for support for its position that the court lacks jurisdiction.", "position", "its",
         "that the court lacks jurisdiction"),
        ("There is a consensus among economists that tariffs raise prices.", "consensus", "economists",
         "that tariffs raise prices"),
    ],
)
def test_views_reached_or_held_are_reported(nlp, text: str, cue: str, source: str, content: str) -> None:  # noqa: ANN001
    # what the default threshold keeps
    assert cue_span_contents(nlp, text, cue, min_confidence=None) == [(source, content)]


@pytest.mark.parametrize(
    "text, cue",
    [
        # negatives: negated; a relative clause, not the view's own; no clause; another verb; nobody holds it;
        # "among" names a holder only of a consensus
        ("Comey never reached the conclusion that charges were warranted.", "conclusion"),
        ("There is no consensus among economists that tariffs work.", "consensus"),
        ("The conclusion that he reached was wrong.", "conclusion"),
        ("He took the position that he had always held.", "position"),
        ("She came to the conclusion that everyone was waiting for.", "conclusion"),
        ("The FBI reached the conclusion in July.", "conclusion"),
        ("He took the view from the hill.", "view"),
        ("Critics attacked the conclusion that the dam was safe.", "conclusion"),
        ("The consensus among voters is clear.", "consensus"),
        ("The debate among economists that week was heated.", "debate"),
        # a view the verb reports is told once, by the verb
        ("Comey defended his conclusion that no charges were warranted.", "conclusion"),
        ("A spokesperson reiterated the UK's position that settlements are illegal.", "position"),
    ],
)
def test_views_not_held(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    assert with_cue(analysis(nlp, text, min_confidence=None), cue) == []


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The plan drew criticism from unions.", "criticism", True),
        ("Investigators drew the conclusion that she was careless.", "conclusion", False),
    ],
)
def test_view_drawn_is_not_received(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert received_speech(token_of(doc, cue)) is expected


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # a noun of a statement or a view, its holder named, says its clause through "is": the holder's
        ("His position is that the tax cut will pay for itself.", "position is", "His",
         "that the tax cut will pay for itself"),
        ("Their bet is that voters will forgive him by November.", "bet is", "Their",
         "that voters will forgive him by November"),
        ("Rubio's response was that it is unfair for the tax code to allow such write-offs.", "response was",
         "Rubio's", "that it is unfair for the tax code to allow such write-offs"),
        ("The governor's fear is that the plant will close before the election.", "fear is", "The governor's",
         "that the plant will close before the election"),
        ("Sanders's point was that the nominee would also need superdelegates.", "point was", "Sanders's",
         "that the nominee would also need superdelegates"),
        ("Trump's message has long been that he is a winner.", "message has long been", "Trump's",
         "that he is a winner"),
        # what the parse hung on "was" after the clause is the clause's
        ("Beck's contention was that Trump is, in fact, appealing to the alt-right and is building a base there.",
         "contention was", "Beck's", "that Trump is, in fact, appealing to the alt-right and is building a base there"),
    ],
)
def test_copular_claims_are_reported(nlp, text: str, cue: str, source: str, content: str) -> None:  # noqa: ANN001
    # what the default threshold keeps
    assert cue_span_contents(nlp, text, cue, min_confidence=None) == [(source, content)]


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("His position is that the tax cut will pay for itself.", "position", True),
        ("Her impression is that he does not have that support.", "impression", True),
        ("The White House's view is that the deal is dead.", "view", True),
        # negatives: nobody holds it; a noun of no statement; negated; no clause; the noun no subject of "is";
        # "that" a pronoun, no conjunction; another verb
        ("The idea is that donors can still give to the party.", "idea", False),
        ("My guess is that nothing will be found in the investigation.", "guess", False),  # the writer's own
        ("Our view is that the deal is dead.", "view", False),
        ("The hope is that turnout will rise.", "hope", False),
        ("His problem is that he cannot win the state.", "problem", False),
        ("Her view is not that the deal is dead.", "view", False),
        ("His claim is false.", "claim", False),
        ("His claim is that.", "claim", False),
        ("Nobody shares his view that the deal is dead.", "view", False),
        ("His argument seems that simple.", "argument", False),
        ("Their response was slow, and critics said that the city failed.", "response", False),
    ],
)
def test_copular_clause_unit(nlp, text: str, noun: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, noun)
    assert (copular_clause(token) is not None) is expected


@pytest.mark.parametrize(
    "text, noun, content",
    [
        ("His view is that the deal is dead, he said.", "view", "that the deal is dead"),
        ("Beck's contention was that Trump is, in fact, appealing to the alt-right.", "contention",
         "that Trump is, in fact, appealing to the alt-right"),
        ("His claim is false.", "claim", ""),
    ],
)
def test_copular_content_unit(nlp, text: str, noun: str, content: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, noun)
    words = copular_content(token)
    assert (doc[words[0].i:words[-1].i + 1].text if words else "") == content


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De Blasio also repeated his claim that profit-making was the motivation.", "Blasio"),
        ("He reiterated his claim that Mrs. Clinton had bullied some of the women.", "He"),
        ("The senator repeated Cruz's warning that taxes would rise.", "senator"),
        # negatives: no possessor (the light verb's subject is found as ever); no light verb; a passive
        ("Trump made the claim that taxes would rise.", None),
        ("Reporters doubted his claim that taxes would rise.", None),
        ("His claim that taxes would rise was repeated by aides.", None),
    ],
)
def test_carrier_subject(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    noun = next(t for t in doc if t.lemma_ in ("claim", "warning"))
    who = carrier_subject(noun)
    assert (who.text if who is not None else None) == expected


@pytest.mark.parametrize(
    "text, source",
    [
        ("Mr. Trump said he loved the state, and he reiterated his claim that Mrs. Clinton had bullied some women.",
         "he"),
        # negative: a possessor with no light verb is the holder
        ("His claim that taxes would rise was false, the senator said.", "His"),
    ],
)
def test_claim_source_span(nlp, text: str, source: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, "claim") == source


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Tuesday's warning from the minister that Japan would act", "Tuesday", True),
        ("yesterday's claim by the ministry that the yen was too strong", "yesterday", True),
        ("last week's statement that taxes would rise", "week", True),
        # a person's, a body's, a pronoun's possessive holds the claim
        ("Mizoguchi's warning that Japan would act", "Mizoguchi", False),
        ("the ministry's claim that the yen was too strong", "ministry", False),
        ("his warning that Britain would go to the back of the queue", "his", False),
    ],
)
def test_time_possessor(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.light_verbs import time_possessor

    assert time_possessor(next(t for t in nlp(text) if t.text == word)) is expected
