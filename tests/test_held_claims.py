"""Another's claim answered keeps its holder: the clause is never the answerer's (``held_claims``), and the
speaker of a cue the parse gave a wrong subject (a participle set off by commas, a thing before a conjoined
cue, a relative's own kin)."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, cue_speaker, speaker, speaker_table, with_cue
from sayso.nlp.extract.held_claims import held, named_holder
from sayso.nlp.extract.light_verbs import noun_holder


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # the clause the parse hung on the verb after another's claim: the claim with its clause
        ("Mrs. Clinton responded to Mr. Trump's debate interjection that not paying federal taxes ''makes me smart.''",
         "responded to", "Clinton", "Mr. Trump's debate interjection that not paying federal taxes ''makes me smart.''"),
        ("The dean strongly disputed accusations by Exxon Mobil that journalists from the school had produced "
         "inaccurate articles.", "strongly disputed", "The dean",
         "accusations by Exxon Mobil that journalists from the school had produced inaccurate articles"),
        # the noun kept its clause: not folded into the verb ("said in a statement that" is folded)
        ("He responded to Trump's remark that the system was rigged.", "responded to", "He",
         "Trump's remark that the system was rigged"),
        ("He responded to Trump's remark that the system was rigged.", "remark", "Trump", "that the system was rigged"),
        ("Clinton pushed back against Trump's claim that she founded ISIS.", "claim", "Trump", "that she founded ISIS"),
        ("An EP member cynically likened the deal to Donald Trump’s proposal that Mexico solve the crisis.", "proposal",
         "Donald Trump", "that Mexico solve the crisis"),
        # the claim answered names no holder: no one, never the one who answers it
        ("Christie bristled at the suggestion that he was responsible.", "suggestion", None, "that he was responsible"),
        ("Ben Carson responded on Sunday to accusations that he exaggerated details of his life story.", "accusations",
         None, "that he exaggerated details of his life story"),
        # negatives: an addressee, a medium, a claim repeated: the clause is the speaker's
        ("He responded to reporters that the system was rigged.", "responded", "He", "that the system was rigged"),
        ("She said in a statement that the plan was dead.", "said in a statement", "She", "that the plan was dead"),
        ("She said in her statement that the plan was dead.", "said in her statement", "She", "that the plan was dead"),
        ("Donald Trump’s rivals cling to the hope that the front-runner lacks the know-how.", "hope",
         "Donald Trump’s rivals", "that the front-runner lacks the know-how"),
        ("Sanders and Clinton both campaigned on pledges to be tough on Wall Street.", "pledges",
         "Sanders and Clinton both", "to be tough on Wall Street"),
        ('"Forget about it," said Ben Carson, asked about his claims that he had received a scholarship offer.',
         "asked about", "Ben Carson", "that he had received a scholarship offer"),
        ("Priebus echoed statements by Trump last week that the media was biased.", "echoed", "Priebus",
         "that the media was biased"),
        ("Obama repeated his contention that identifying the group as Islamic will only serve as a propaganda tool.",
         "repeated", "Obama", "that identifying the group as Islamic will only serve as a propaganda tool"),
    ],
)
def test_answered_claim(nlp, text: str, cue: str, source: str | None, content: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = with_cue(report, cue)
    assert found, [(a.cue.text if a.cue else None, a.content.text) for a in report.attributions]
    assert [(speaker(report, a), a.content.text.strip(TRIM)) for a in found] == [(source, content)]


test_participle_set_off = speaker_table(
    [
        # a participle set off by commas that the parse left unlabelled: the main clause's subject says it
        pytest.param("Trump pressed on, asserting, ''Of course, I pay federal taxes.''", "asserting", "Trump", id="two-apostrophes"),
        pytest.param('Trump pressed on, asserting, "Of course, I pay federal taxes."', "asserting", "Trump", id="double-quotes"),
        pytest.param('The senator paused, adding, "We will win."', "adding", "The senator", id="adding"),
    ]
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a thing before a conjoined cue is no speaker
        ("Thousands of deaths from opioids shocked the state and called on the government to act.", "called on", None),
        # negatives: people, bodies, documents
        ("Thousands of protesters marched and called on the government to act.", "called on", "Thousands of protesters"),
        ("The report found errors and said the agency should act.", "said", "The report"),
        ("The company cut jobs and said profits fell.", "said", "The company"),
        ("Women marched and said they were angry.", "said", "Women"),
        ("Clinton's aides met on Monday and said the plan was dead.", "said", "Clinton's aides"),
    ],
)
def test_thing_before_conjoined_cue(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the cue the parse joined to a clause of someone's reported words is the reporter's, not the mute thing's
        ("In a post on Twitter, Trump wrote that her sentence of 63 months in prison was unfair and accused Sessions "
         "of having a double standard.", "accused", "Trump"),
        ("Some members of his own party said that his apology was entirely insufficient and are calling for Franken "
         "to be held accountable.", "are calling", "Some members of his own party"),
        # negatives: a document, a body, a person the clause names may accuse them themselves
        ("Trump wrote that the report was unfair and accused Sessions of having a double standard.", "accused",
         "the report"),
        ("Trump wrote that the committee was unfair and accused Sessions of having a double standard.", "accused",
         "the committee"),
        ("Trump wrote that his aide was unfair and accused Sessions of having a double standard.", "accused",
         "his aide"),
        # a thing that acts, or one with no possessive (an institution the lexicons lack), is left to the parse
        ("Activists said the government had ignored their warnings and claimed that the dam was safe.", "claimed",
         "the government"),
        ("The students said the university had ignored the complaints and accused them of fabricating the "
         "allegations.", "accused", "the university"),
        ("The senator said his government was stonewalling and insisted that no documents existed.", "insisted",
         "his government"),
        # a possessed noun for people, or for where they are, may itself speak
        ("Aides said his supporters were furious and chanted that the election had been stolen.", "chanted",
         "his supporters"),
        ("Officials said his followers were angry and shouted that the vote had been stolen.", "shouted",
         "his followers"),
    ],
)
def test_reporter_of_conjoined_cue(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Trump wrote that her sentence was unfair.", "sentence", True),
        ("They said that his apology was insufficient.", "apology", True),
        ("They said the sentence was unfair.", "sentence", False),  # no possessive: may be an institution
        ("Friends said her accuser was relentless.", "accuser", False),  # one who does
        ("Aides said his supporters were furious.", "supporters", False),  # people
        ("Aides said his camp was furious.", "camp", False),  # where his people are
        ("The senator said his government was stonewalling.", "government", False),
    ],
)
def test_mute_thing(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.assembly import mute_thing
    from sayso.nlp.extract.lexicon import load_lexicon

    assert mute_thing(next(t for t in nlp(text) if t.text == word), load_lexicon()) == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        # a thing that acts in the reported clause: the conjoined verb is its own, never the reporter's words
        ("The FBI said the malware infected the network and threatened to publish the stolen files.", "threatened"),
        ("Officials said its alarm sounded at 3 a.m. and warned residents to leave their homes.", "warned"),
    ],
)
def test_reporter_of_conjoined_cue_not_for_acts(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    assert all(speaker(report, a) not in ("The FBI", "Officials") for a in with_cue(report, cue))


test_possessed_kin = speaker_table(
    [
        # a relative named by a possessive as a clause's subject is a person of her own, whom "she" may mean
        pytest.param("The GOP presidential nominee said on Monday that he would win. But his ex-wife disagreed. "
                     "She claimed that he had never paid taxes.", "claimed", "his ex-wife", id="ex-wife"),
        pytest.param("Donald Trump spoke on Monday. His former wife gave an interview. She said that he was a good father.",
                     "said", "His former wife", id="former-wife"),
        pytest.param("The Republican nominee spoke Tuesday. His daughter spoke later, and she said he would win.",
                     "said", "His daughter", id="daughter"),
        # negatives: the other gender; a name beside the relative is the person
        pytest.param("Hillary Clinton spoke Monday. Her husband campaigned in Ohio. She said the race was close.",
                     "said", "Hillary Clinton", id="neg-husband"),
        pytest.param("Trump's son, Eric Trump, spoke Monday. He said the race was close.", "said", "Eric Trump",
                     id="neg-named-son"),
    ]
)


test_relative_and_demonstrative = speaker_table(
    [
        # a "who" stands for the person named before it: a name the tagger made a common noun, a role, a phrase
        # with an adjective's own phrase
        pytest.param("Sanders’ stridency was echoed by former Maryland Gov. Martin O’Malley, who noted that he had raised "
                     "the state’s minimum wage.", "noted", "Martin O’Malley", id="tagged-nn-name"),
        pytest.param("Sanders is disavowing remarks made by a campaign surrogate who said voters shouldn’t elect them.",
                     "said", "a campaign surrogate", id="surrogate"),
        pytest.param('"That\'s the argument," said one Democrat familiar with the discussion, who added that the White '
                     "House seemed rattled.", "added", "one Democrat", id="familiar-with"),
        # a bare demonstrative is no speaker
        pytest.param("This suggests the policy failed, the mayor said.", "suggests", None, id="this-suggests"),
        # ("Words cannot describe how much ...": a negated verb of saying, no attribution at all: test_negated_reports)
        pytest.param("His words suggested that the policy had failed.", "suggested", "His words", id="neg-his-words"),
        # negatives: a place is no "who"; a demonstrative with its noun is someone
        pytest.param("He spoke at the debate in Houston, who said the plan was bad.", "said", "who", id="neg-place"),
        pytest.param("That person said the plan was dead.", "said", "That person", id="neg-that-person"),
    ]
)


@pytest.mark.parametrize(
    "text, noun, is_held, named, holder",
    [
        # held: a possessor or "by" names a holder; named_holder: not by a possessive pronoun; noun_holder: the one
        # who holds it, for a source
        ("Warren rejected Trump's claim that he won.", "claim", True, True, "Trump"),
        ("Warren rejected his claim that he won.", "claim", True, False, "his"),
        ("Warren rejected claims by Exxon that it lied.", "claims", True, True, "Exxon"),
        # "from" names a holder for a source, not for an answered claim (``held``'s docstring says why)
        ("Warnings from his attorney that the deal was illegal went unheeded.", "Warnings", False, False, "attorney"),
        # negatives: no holder; a date after "from" is no holder
        ("Warren rejected the claim that he won.", "claim", False, False, None),
        ("Warren rejected claims from the 1990s that he lied.", "claims", False, False, None),
    ],
)
def test_holder_readings(nlp, text: str, noun: str, is_held: bool, named: bool, holder: str | None) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == noun)
    found = noun_holder(token)
    assert (held(token), named_holder(token), found.text if found is not None else None) == (is_held, named, holder)
