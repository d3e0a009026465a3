"""Wrong speakers of audits p80 and m79, each as a general rule (invented sentences, positive and negative):

- a "he" after a sentence that opens on its topic ("For Mr. Halvers, ...") and names another man only in passing
  is the topic (``pronouns.fronted_topic``);
- a one-word name set beside a noun of a role ("Quorbus, the party chairman,") is a person, not a weak name that a
  man of known gender named further back outranks (``pronouns.apposed_role``);
- a lone word straight after a definite noun of an outlet ("the website fivethirtyeight") is that outlet's own name,
  never the outlet named before (``source_roles.named_beside``);
- a participle of saying after a document the verb makes ("wrote a letter in 1996 claiming ...") is the document's
  words, not the reporter's (``participles.document_of_participle``);
- a thing that stirs a feeling ("the report raised new worries that ...") voices nothing
  (``adjunct_fears.stirring_thing``).
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue, token_of
from sayso.nlp.extract.adjunct_fears import stirring_thing
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.participles import document_of_participle
from sayso.nlp.extract.source_roles import named_beside

pytestmark = pytest.mark.slow

# a man who spoke long before (beyond the salience window), then sentences that name no one
_SPOKE = ("John Kennedy said in 2008 that the senator was likable enough.\n\nThe race has tightened since then, and "
          "voters in the state are torn between the two men. Polls show a close contest, with many undecided and the "
          "economy at the top of their worries. The campaigns expect a high turnout, and both have spent heavily on "
          "television in the final week. The debates drew large audiences, and the latest one ended with a sharp "
          "exchange over taxes and trade.\n\n")
_UNFAIR = " He said the label was unfair."
_OHIO = ("If Mr. Cruz wins Ohio on Tuesday, analysts estimate Trump will need most of the rest.\n\n"
         "Party officials are racing to prepare for an open convention.\n\n")
_SITE = "\n\n“The site is a tool for voters to learn how the process works,” he said."


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_SPOKE + "For Paul Halvers, the debate with Mr. Kennedy was a gift." + _UNFAIR, "Paul Halvers",
                     id="for-topic"),
        pytest.param(_SPOKE + "For Paul Halvers, who is often called a new Kennedy, the comparison with Mr. Kennedy has "
                     "been a burden." + _UNFAIR, "Paul Halvers", id="for-topic-relative"),
        pytest.param(_SPOKE + "To Paul Halvers, the attacks from Mr. Kennedy were a gift." + _UNFAIR, "Paul Halvers",
                     id="to-topic"),
        # negatives: "for" on a noun, another preposition: the one who spoke, as before
        pytest.param(_SPOKE + "Support for Paul Halvers has grown since the debate with Mr. Kennedy." + _UNFAIR,
                     "John Kennedy", id="for-on-a-noun"),
        pytest.param(_SPOKE + "Unlike Paul Halvers, the rivals of Mr. Kennedy have run before." + _UNFAIR,
                     "John Kennedy", id="unlike"),
        # negatives (review rev76p): the name is only the possessor of the fronted object, not the topic
        pytest.param(_SPOKE + "For Paul Halvers's opponents, the debate with Mr. Kennedy was a gift." + _UNFAIR,
                     "John Kennedy", id="for-possessor"),
        pytest.param(_SPOKE + "To Paul Halvers's surprise, the endorsement from Mr. Kennedy never came." + _UNFAIR,
                     "John Kennedy", id="to-possessor-surprise"),
    ],
)
def test_fronted_topic(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get("said") == expected, found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_OHIO + "Quorbus, the party chairman, this week unveiled a website that explains the rules." + _SITE,
                     "Quorbus", id="apposed-chairman"),
        # negative: a noun of no role beside the name shows no person
        pytest.param(_OHIO + "Quorbus, a hotel in the city, this week unveiled a website that explains the rules." +
                     _SITE, "Cruz", id="apposed-thing"),
        # negatives (review rev76p): a role that states a woman, a role a company holds as well
        pytest.param(_OHIO + "Quorbus, the chairman's wife, this week unveiled a website that explains the rules." +
                     _SITE, "Cruz", id="apposed-wife"),
        pytest.param(_OHIO + "Quorbus, the actress, this week unveiled a website that explains the rules." + _SITE,
                     "Cruz", id="apposed-actress"),
        pytest.param(_OHIO + "Zentrix, the market leader, this week unveiled a website that explains the rules." +
                     _SITE, "Cruz", id="apposed-market-leader"),
        pytest.param(_OHIO + "Ofcom, the regulator, this week unveiled a website that explains the rules." + _SITE,
                     "Cruz", id="apposed-regulator"),
    ],
)
def test_apposed_role(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    assert speakers_by_cue(nlp, text).get("said") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Some media outlets estimate that the governor will lose. The website realclearpolling noted that the "
                     "rules work against him.", "The website realclearpolling", id="website-lone-name"),
        pytest.param("The Daily Ledger reported the vote on Monday. The newspaper said the count was close.",
                     "The Daily Ledger", id="newspaper-no-name"),
    ],
)
def test_outlet_named_beside(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert expected in found.values(), found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The website realclearpolling noted the rules.", True, id="website-lone-word"),
        pytest.param("The newspaper Haaretz noted the rules.", True, id="newspaper-name"),
        # negatives: an apposition after a comma, with words of its own
        pytest.param("The newspaper, a tabloid, noted the rules.", False, id="comma-apposition"),
        pytest.param("The newspaper noted the rules.", False, id="bare-noun"),
    ],
)
def test_named_beside(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert named_beside(doc[1]) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Smith said Diana wrote a letter in October 1996 claiming there was a plot against her.", "letter",
                     id="wrote-letter-in-year"),
        pytest.param("The lawyer said his client penned a memo last year saying the deal was illegal.", "memo",
                     id="penned-memo"),
        pytest.param("Officials said the company filed a report in March stating that the leak was small.", "report",
                     id="filed-report"),
        # negatives: a comma (the subject's act), no document, a message from another, a verb of no making
        pytest.param("The senator wrote a letter to the agency on Monday, saying the rule was unlawful.", None,
                     id="comma"),
        pytest.param("Jones said the mayor wrote to the council on Monday claiming the budget was short.", None,
                     id="no-document"),
        pytest.param("Lawyers submitted a letter to him from ICE saying he would be allowed to leave.", None,
                     id="from-another"),
        pytest.param("Smith said Jones wrote the memo while claiming that nothing was wrong.", None,
                     id="while-the-writers-act"),
    ],
)
def test_document_of_participle(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    cue = next(t for t in doc if t.tag_ == "VBG" and t.lemma_ in ("claim", "say", "state"))
    found = document_of_participle(cue, load_lexicon().senses, load_lexicon().documents)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Burrell said Diana wrote a letter in October 1996 claiming there was a plot to harm her.", "Diana",
                     id="letter-writer"),
        pytest.param("Police said the man wrote a note on Friday saying he was sorry.", "the man", id="note-writer"),
    ],
)
def test_document_speaker(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert expected in found.values() and found.get("said") != found.get("claiming", found.get("saying")), found


@pytest.mark.parametrize(
    "text, cue, subject, expected",
    [
        pytest.param("Friday's report raised new worries that the recovery would stall.", "raised", "report", True,
                     id="report-worries"),
        pytest.param("The data stoked fears that inflation would return.", "stoked", "data", True, id="data-fears"),
        pytest.param("The ruling revived hopes that the plant would reopen.", "revived", "ruling", True,
                     id="ruling-hopes"),
        # negatives: one who can hold the feeling, a concern or a question a finding voices
        pytest.param("The senator raised fears that the bill would fail.", "raised", "senator", False, id="senator"),
        pytest.param("Investors raised worries that rates would climb.", "raised", "Investors", False, id="investors"),
        pytest.param("The audit raised concerns that funds were misused.", "raised", "audit", False, id="audit-concerns"),
    ],
)
def test_stirring_thing(nlp, text: str, cue: str, subject: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert stirring_thing(token_of(doc, cue), token_of(doc, subject), load_lexicon()) is expected


def test_stirred_worry_has_no_speaker(nlp) -> None:  # noqa: ANN001
    text = "Friday's report raised new worries that a weak job market could hold back the recovery."
    assert speakers_by_cue(nlp, text).get("raised") is None
