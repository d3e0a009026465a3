"""A verb of saying the text negates reports no statement (issue 12, item 1): ``nlp/extract/negated_reports.py``.

``text -> cue word that must (not) be an attribution``: the plain negations the blind readers judged wrong (verdict
gold; wire sentences of audits 52 and 53), and what stays beside them: a view held, the act done later, "not only", an
emphatic yes, a question, a negation that is not the cue's own. Then the predicate on single parses.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.negated_reports import negated_report

pytestmark = pytest.mark.slow


test_a_negated_report_is_no_statement = cue_table(
    [
        ("Clinton did not mention that the emails were deleted.", "did not mention", False),
        ("Haig did not describe the ammunition as armor-piercing.", "did not describe", False),
        ("Mr Scott has not yet said he will back it.", "has not yet said", False),
        ("Barros has never denied having had a close friendship with Karadima.", "has never denied", False),
        ("Johnson never said that the border was closed.", "never said", False),
        ("The mayor did not say that the city would appeal.", "did not say", False),
        ("The report did not find that the drug was unsafe.", "did not find", False),
        ("Officials would not say that the plant was safe.", "would not say", False),
        ("The ministry never conceded that the dam was unsafe.", "never conceded", False),
        ("Friday's charges do not allege that Haig knew of Paddock's intentions.", "do not allege", False),
        ("Wills never mentions the verse, which commands believers to wage war.", "never mentions", False),
        ("Trump didn't apologize for his past statements.", "didn't apologize", False),
        ("He did not, however, say that the plan was dead.", "say", False),
        ("Words cannot describe how much I love this team.", "cannot describe", False),
        ("He said he would offer a prayer for the nominee but did not suggest it would be Trump.", "did not suggest",
         False),
        ("The mayor would never have said that the plan was dead.", "would never have said", False),
        # inside another's report or a quotation: the inner speaker did not say it either
        ("The senator has never claimed that the bill would pass, his aide said.", "has never claimed", False),
        ("The paper reported that officials never said the plant was safe.", "never said", False),
        # an "until" in the content dates what was not said (reviewer rev53n)
        ("The minister did not say that the ban would remain in place until the end of the year.", "did not say",
         False),
        ("Officials did not say that the curfew would last until Sunday.", "did not say", False),
        # "never" needs no "do"
        ("The governor never mentioned the deficit.", "never mentioned", False),
        # an agreement not made
        ("The union did not agree to the terms.", "did not agree", False),
    ]
)


test_what_stays_beside_a_negated_report = cue_table(
    [
        # the frame that reports the denial, the negation inside the content, a negated subject
        ("The senator has never claimed that the bill would pass, his aide said.", "said", True),
        ("He said he would not resign.", "said", True),
        ("No one in the campaign said the race was over.", "said", True),
        # a "not" inside the quotation before the cue is the speaker's (verdict gold, page audit h33)
        ("“It’s hard not to, though,” Suter acknowledged. “We know where we are.”", "acknowledged", True),
        # a view held: the negation is the view's
        ("The deep state does not want the public to become aware of it.", "does not want", True),
        ("He doesn't think that the plan will work.", "doesn't think", True),
        # the act done in the end
        ("The company did not immediately acknowledge that the breach had occurred, but on Friday it confirmed that 50 "
         "million accounts were affected.", "did not immediately acknowledge", True),
        ("At first, she did not admit that she had taken the money, but she later confessed to investigators.",
         "did not admit", True),
        ("She didn't admit that she had made a mistake until the audit was published, when she apologized.",
         "didn't admit", True),
        # the act done, and more
        ("Ellison not only claimed the women were lying but then fled the scene.", "claimed", True),
        # a "not" with no "do" on a finite verb is no clause negation: a sentence adverb's (reviewer rev53n)
        ("The mayor not unreasonably argued that the city could not afford the stadium.", "argued", True),
        ("Jones not incidentally noted that the company had paid for the study.", "noted", True),
        ("The agency not infrequently reports that the numbers have been revised.", "reports", True),
        ("The senator not surprisingly said that the bill was dead.", "said", True),
        # a view held in the words of agreeing (as "doesn't think"); an agreement not made is dropped
        ("The governor does not agree that the tax is necessary.", "does not agree", True),
        ("The senator does not agree with the president that the deal is good.", "does not agree", True),
        ("Many scientists did not agree that the data supported the claim.", "did not agree", True),
        # what follows the exception was said
        ("The spokesman did not say more than that the investigation was ongoing.", "did not say", True),
        ("She did not say anything other than that she was innocent.", "did not say", True),
        ("The minister did not say anything beyond that the talks would continue.", "did not say", True),
        # no negation: the same verbs report
        ("Clinton mentioned that the emails were deleted.", "mentioned", True),
        ("The mayor said that the city would appeal.", "said", True),
    ]
)


@pytest.fixture(scope="module")
def senses() -> dict[str, str]:
    return load_lexicon().senses


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Clinton did not mention that the emails were deleted.", "mention", True),
        ("Johnson never said that the border was closed.", "said", True),
        ("Mr Scott has not yet said he will back it.", "said", True),
        ("Officials would not say that the plant was safe.", "say", True),
        # not the cue's own negation, or no negation
        ("He said he would not resign.", "said", False),
        ("No one in the campaign said the race was over.", "said", False),
        ("Clinton mentioned that the emails were deleted.", "mentioned", False),
        # a verb of thought
        ("He doesn't think that the plan will work.", "think", False),
        ("The voters do not believe that the plan will work.", "believe", False),
        # "not only", the act done later, an emphatic yes, a question
        ("Ellison not only claimed the women were lying but then fled.", "claimed", False),
        ("The company did not immediately acknowledge that the breach had occurred.", "acknowledge", False),
        ("Initially the ministry did not acknowledge that the virus was spreading.", "acknowledge", False),
        ("She didn't admit that she had made a mistake until the audit was published.", "admit", False),
        ("I couldn't agree more with the mayor.", "agree", False),
        ("Didn't the president say that the deal was done?", "say", False),
        # "no longer", "neither ... nor" on the verbs, not the subject's
        ("The company no longer claims that its product cures cancer.", "claims", True),
        ("The law neither says nor implies that companies must disclose their donors.", "says", True),
        ("The law neither says nor implies that companies must disclose their donors.", "implies", True),
        ("Neither Smith nor Jones said the plan would work.", "said", False),
        ("The company still claims that its product cures cancer.", "claims", False),
        ("The law says and implies that companies must disclose their donors.", "implies", False),
    ],
)
def test_negated_report_on_the_parse(nlp, senses, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert negated_report(token_of(nlp(text), word), senses) is expected


test_no_longer_and_neither_nor = cue_table(
    [
        pytest.param("The company no longer claims that its product cures cancer.", "claims", False, id="no-longer"),
        pytest.param("The law neither says nor implies that companies must disclose their donors.", "says", False,
                     id="neither-says"),
        pytest.param("The law neither says nor implies that companies must disclose their donors.", "implies", False,
                     id="nor-implies"),
        pytest.param("He said neither the plan nor the budget would pass.", "said", True, id="neither-in-content"),
        pytest.param("He no longer works there, he said.", "said", True, id="no-longer-in-content"),
        # a clause opened by "nor" or "neither" with its auxiliary before its subject (blind audit 65)
        pytest.param("Nor has it said how many astronauts will be on board, though there could be as many as three.",
                     "said", False, id="nor-has-it-said"),
        pytest.param("Nor did the company say that the plant would close.", "say", False, id="nor-did-say"),
        pytest.param("Neither has the ministry said that the talks failed.", "said", False, id="neither-has-said"),
        # kept: a "nor" inside the content, a "nor" joining subjects, a verb of thought, no inversion
        pytest.param("The plan has not passed, nor has the budget, the aide said.", "said", True, id="nor-in-content"),
        pytest.param("Nor does he believe that the plan will work.", "believe", True, id="nor-thought"),
        pytest.param("And he has said that the plan will work.", "said", True, id="and-opener"),
    ]
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue",
    [
        # the "no" of "no longer" is the cue's, with "longer"
        ('Spike Lee no longer believes that Viacom deliberately intended to trade on his name, according to a statement.',
         "no longer believes"),
        ("The senator no longer thinks the plan will work.", "no longer thinks"),
        # negatives: an adverb with no negation of its own stays as it was
        ("The senator still believes the plan will work.", "still believes"),
        ("The senator believes the plan will no longer work.", "believes"),
    ],
)
def test_no_longer_stays_in_the_cue(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    from _cues import analysis

    assert cue in [a.cue.text for a in analysis(nlp, text).attributions if a.cue is not None]
