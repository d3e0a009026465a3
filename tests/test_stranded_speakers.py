"""``sayso.nlp.extract.stranded_speakers``: a speaker the parse strands in a subordinate clause or an opening phrase.

Each table is ``text, cue -> expected``: the cue is the first occurrence of its word; the expected value is the
source's head word as ``source_head`` reads it (``None``: no source).
"""

from __future__ import annotations

import pytest

from _cues import cue_speaker, speaker_table, token_of
from sayso.nlp.extract.source_heads import source_head
from sayso.nlp.extract.stranded_speakers import (
    bare_after_singular,
    infinitive_twin,
    paired_verb_subject,
    stranded_conjunct_subject,
    title_after_opening_noun,
)

pytestmark = pytest.mark.slow


def _last(doc, word: str):  # noqa: ANN001, ANN202
    return [t for t in doc if t.text == word][-1]


def _head(head) -> str | None:  # noqa: ANN001
    return head.text if head is not None else None


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "after NAME, aside, said" read as a phrase and a conjunct of the main verb: the name speaks
        ("The allegation went public last week after Ms. Feinstein, ranking Democrat on the Senate Judiciary "
         "Committee, said she received a letter about the incident in late July.", "said", "Feinstein"),
        # negatives: a conjunction joins the verbs; no subordinate phrase before the cue
        ("The mayor went to the bridge last week and said it would reopen.", "said", None),
        ("The mayor visited the bridge on Monday, said it would reopen.", "said", None),
        # a common noun after the preposition is no speaker: a meeting says nothing
        ("The mayor left after the meeting, said it would reopen.", "said", None),
        # the same "after NAME, aside," with a finite cue the parse hung on the main verb as an adverbial clause: a
        # market does not forecast, the company named after "after" does
        ("U.S. stocks fell after Cisco Systems Inc., the world's biggest maker of networking equipment, forecast that "
         "sales will be unchanged this quarter.", "forecast", "Inc."),
        ("Treasury prices fell after Intel Corp., the world's biggest chipmaker, forecast that revenue would drop "
         "this quarter.", "forecast", "Corp."),
        ("Bond yields climbed after Microsoft Corp., the biggest software maker, warned that profit will fall.",
         "warned", "Corp."),
        # negatives: a participle takes the main clause's subject; a subordinator of its own; no name after "after"
        ("The shares fell sharply, forecasting a weak quarter.", "forecasting", None),
        ("Prices rose after the report as analysts predicted that demand would grow.", "predicted", None),
        ("Shares fell after the announcement, forecast to cut earnings by a third.", "forecast", None),
    ],
)
def test_stranded_conjunct_subject(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _head(stranded_conjunct_subject(token_of(nlp(text), cue))) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "thought and hoped" read as "helped ... and hoped": the twin verb's subject hoped
        ("The report has helped renew a crisis many in the church thought and hoped had ended.", "hoped", "many"),
        # negatives: the twin is the cue's own head; the cue has a subject of its own
        ("The mayor went to the bridge last week and said it would reopen.", "said", None),
        ("The report renewed a crisis that bishops feared, and officials hoped it had ended.", "hoped", None),
        # the cue says a clause with a subject of its own: the main verb's subject's, not the twin's
        ("The mayor criticized the plan that the council drafted and said it would fail.", "said", None),
        ("Smith left the meeting after Jones arrived and said the deal was off.", "said", None),
    ],
)
def test_paired_verb_subject(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _head(paired_verb_subject(token_of(nlp(text), cue))) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a bare "claim" cannot be "Kavanaugh ... claim": the twin of "to point", not his
        ("Her latest antics are to point to a more than 30 year old claim that Supreme Court nominee Brett Kavanaugh "
         "engaged in sexual misconduct while he was in high school and somehow claim that he may have committed a "
         "crime.", "claim", True),
        # negatives: an agreeing conjunct; a plural subject (present "say"); a bare head; an auxiliary of its own
        ("The mayor went to the bridge last week and said it would reopen.", "said", False),
        ("The officials met on Monday and say the bridge will reopen.", "say", False),
        # a collective noun may take a present "say" (review of merge28: the whole attribution was lost)
        ("Hospital staff treated the victims overnight and say three remain in a critical condition.", "say", False),
        ("The club confirmed the signing on Friday and say the fee was undisclosed.", "say", False),
        ("The mayor will visit the bridge and say it will reopen.", "say", False),
        ("The mayor visited the bridge and will say it reopens.", "say", False),
        ("The whole country knew about the abuse for years, and the Pope say he has no information.", "say", False),
    ],
)
def test_bare_after_singular(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert bare_after_singular(_last(nlp(text), cue)) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("This week, the president declined to threaten Moscow or even directly declare it responsible.", "declare",
         "threaten"),
        ("The whole region was well aware of what was happening, Yore noted, and yet the Pope continues to shrug his "
         "shoulders and say he has no information.", "say", "shrug"),
        # negative: the conjunction hangs on the cue's own head
        ("Her latest antics are to point to a claim that Supreme Court nominee Brett Kavanaugh engaged in sexual "
         "misconduct while he was in high school and somehow claim that he may have committed a crime.", "claim", None),
    ],
)
def test_infinitive_twin(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _head(infinitive_twin(_last(nlp(text), cue))) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Her latest antics are to point to a claim that Supreme Court nominee Brett Kavanaugh engaged in sexual "
         "misconduct while he was in high school and somehow claim that he may have committed a crime.", "claim",
         None),
        ("The mayor went to the bridge last week and said it would reopen.", "said", "mayor"),
        # the conjunction hangs on an infinitive before: its speaker
        ("This week, the president declined to threaten Moscow or even directly declare it responsible.", "declare",
         "president"),
        ("The whole region was well aware of what was happening, Yore noted, and yet the Pope continues to shrug his "
         "shoulders and say he has no information.", "say", "Pope"),
    ],
)
def test_bare_after_singular_source(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert _head(source_head(_last(nlp(text), cue))) == expected


# the parse reads the title as a subject after a sentence before it (alone, it makes it a "dep" of "In")
_FOG = ("The navy fired first.\nIn the 2003 documentary The Fog of War , the former United States Secretary of Defense Robert S. McNamara "
        "admitted that the August 4 Gulf of Tonkin attack never happened.")


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The allegation went public last week after Ms. Feinstein, ranking Democrat on the Senate Judiciary "
         "Committee, said she received a letter about the incident in late July.", "said", "Feinstein"),
        (_FOG, "admitted", "McNamara"),
        ("The report has helped renew a crisis many in the church thought and hoped had ended.", "hoped", "many"),
        # negatives: the main verb's subject speaks where a conjunction joins; a plain subject stays
        ("The mayor went to the bridge last week and said it would reopen.", "said", "mayor"),
        ("The mayor criticized the plan that the council drafted and said it would fail.", "said", "mayor"),
        ("In the documentary, McNamara admitted that the attack never happened.", "admitted", "McNamara"),
    ],
)
def test_source_head_past_a_stranded_speaker(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert _head(source_head(token_of(nlp(text), cue))) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (_FOG, "Fog", True),
        (_FOG, "McNamara", False),
        ("In the documentary, McNamara admitted that the attack never happened.", "McNamara", False),
    ],
)
def test_title_after_opening_noun(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert title_after_opening_noun(token_of(nlp(text), word)) is expected


def _quoted(text: str) -> list[tuple[int, int]]:
    """The quotation after the first colon of ``text`` as a content range."""
    start = text.index('"', text.index(":"))
    return [(start, text.index('"', start + 1) + 1)]


_WERNZ = ('Burke was reiterating Church teaching, as expressed by famed canonist Franz Wernz in his Ius Canonicum: '
          '"In sum, it needs to be said clearly that a heretical Roman Pontiff loses his power upon the very fact."')


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the "as ... by" clause runs up to the colon: its agent's words follow
        (_WERNZ, "reiterating", "Wernz"),
        # negatives: no "as ... by" clause; the clause ends before the colon
        ('Burke was reiterating Church teaching in his book: "In sum, a heretical pontiff loses his power."',
         "reiterating", "Burke"),
        ('As noted by Smith, the mayor said: "The bridge will reopen on Monday."', "said", "mayor"),
    ],
)
def test_agent_before_colon(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert _head(source_head(token_of(nlp(text), cue), _quoted(text))) == expected


_FAIRBANKS = ("According to Big League Politics’ Cassandra Fairbanks, a Secret Service agent who spoke on condition of "
              "anonymity revealed that Biden “would mess with every single woman or teen,” and that a party had to be "
              "canceled.")


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the name ends the "according to" phrase; its apposition revealed it
        (_FAIRBANKS, "revealed", "agent"),
        # negatives: a comma closes the phrase; no "according to" at all
        ("According to the report, Smith, a senator from Ohio, said that the plan had failed.", "said", "Smith"),
        ("Cassandra Fairbanks, a reporter for the site, revealed that the party had been canceled.", "revealed",
         "Fairbanks"),
    ],
)
def test_apposed_after_according(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert _head(source_head(token_of(nlp(text), cue))) == expected


test_speaker_after_according = speaker_table([
    # the agent, not the reporter the "according to" phrase names, nor that phrase's apposed role
    ("Joe Biden was accused of groping.\n" + _FAIRBANKS, "revealed", "a Secret Service agent"),
    # negative: a comma closes the phrase, the named senator speaks
    ("Joe Biden was accused of groping.\nAccording to the report, Smith, a senator from Ohio, said that the plan had "
     "failed.", "said", "Smith"),
])


# an unnamed source set beside the object of the reported clause's verb, which the parse made the cue's subject: the
# source speaks, not the thing the words are about (wire audit 75)
test_source_after_object = speaker_table([
    pytest.param("Bidders included Acme Media, which sent a letter of interest, a source familiar with the matter "
                 "said.", "said", "a source familiar with the matter", id="source-after-object"),
    pytest.param("Finalists included Rivera Holdings, which runs two mills, people close to the talks said.", "said",
                 "people close to the talks", id="people-after-object"),
    # the misparse itself (the object read as the subject of "said"), which the rows above do not get on the base
    pytest.param("Other contenders included Vista Equity's VST.N Apex, which submitted a letter of interest, a source "
                 "familiar with the matter said.", "said", "a source familiar with the matter", id="object-read-as-subject"),
    # a name with an unnamed source's description after it, opening the clause: the name speaks
    pytest.param("Smith, a source close to the team, said the deal was done.", "said", "Smith", id="name-described"),
    pytest.param("The deal includes a pay rise, a union official said.", "said", "a union official",
                 id="plain-source"),
])


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the market named as the main clause's subject is not the forecaster: the stranded company speaks
        ("U.S. stocks fell after Cisco Systems Inc., the world's biggest maker of networking-equipment, forecast that "
         "sales will be unchanged this quarter.", "forecast", "Cisco Systems Inc."),
        ("European stocks rose after Nokia Oyj, the world's largest maker of mobile phones, forecast that sales will "
         "grow this quarter.", "forecast", "Nokia Oyj"),
        ("Bond yields climbed after Microsoft Corp., the biggest software maker, warned that profit will fall.",
         "warned", "Microsoft Corp."),
        # a city the parse cut off "police" as a subject of its own: the police (and their partners) speak
        ("Gilroy police and FBI agents described Gehring as cooperative, but said Saturday that he had revealed "
         "nothing about what had happened to the children.", "said", "police and FBI agents"),
        ("Gilroy police and FBI agents searched the house, but said Sunday that they had found nothing.", "said",
         "police and FBI agents"),
        # negatives: subjects the parse kept whole are left as they were
        ("Houston police and federal agents questioned the driver, but said Monday that he had not been charged.",
         "said", "Houston police and federal agents"),
        ("The police described the man as calm but said he had refused to answer questions.", "said", "The police"),
        ("Fresno officials praised the crews but said the fire could return within days.", "said", "Fresno officials"),
        ("The shares jumped after the meeting, said analysts who follow the company.", "said", "analysts"),
        # an "after" clause with a subject of its own keeps it; one-word subjects that are the speakers stay
        ("Stocks fell after a report said inflation had accelerated.", "said", "a report"),
        ("The dollar slid after officials said the central bank would cut rates.", "said", "officials"),
        ("Obama, Republicans said, had overreached on immigration.", "said", "Republicans"),
        ("Washington police said the suspect had fled on foot.", "said", "Washington police"),
        ("Senate Republicans blocked the bill but said they would return to it.", "said", "Senate Republicans"),
    ],
)
def test_speaker_of_stranded_and_cut_subjects(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    """Whole analyses: the name the reader gives the cue (``inherited_subject``, ``_finite_adjunct``)."""
    assert cue_speaker(nlp, text, cue) == expected
