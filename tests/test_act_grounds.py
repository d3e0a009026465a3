"""Contents that name the ground or the object of an act, or the source's act of publishing, not what was said
(``extract/act_grounds.py``, ``according_scope.source_act_aside``)."""

from __future__ import annotations

import pytest

from _cues import rows


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "according to X, writing for Y": X's act of publishing is no part of what X says
        ("According to Dana Lowe, writing for the Tribune, the levy will fail in the fall.", "According to",
         [("Dana Lowe", "the levy will fail in the fall")]),
        ("According to the institute, citing census figures, rents doubled in a decade.", "According to",
         [("the institute", "rents doubled in a decade")]),
        ("According to Ortiz, speaking on local radio: the bridge will reopen in May.", "According to",
         [("Ortiz", "the bridge will reopen in May")]),
        # a set-off participle that is no act of the source's publishing stays
        ("According to the coroner, the driver, speeding on a wet road, lost control.", "According to",
         [("the coroner", "the driver, speeding on a wet road, lost control")]),
        # what the source writes, however the parse hangs it, and a participle phrase with a mark inside stay
        ("According to Smith, writing that the drug cut deaths, the trial was sound.", "According to",
         [("Smith", "writing that the drug cut deaths, the trial was sound")]),
        ("According to Jones, replying to a question, yes.", "According to", [("Jones", "replying to a question, yes")]),
        ("According to Reuters, citing a well-known analyst, oil will rise.", "According to",
         [("Reuters", "oil will rise")]),
        ("According to Dana Lowe, the levy will fail in the fall.", "According to",
         [("Dana Lowe", "the levy will fail in the fall")]),
        # the ground of a judgement, its target apart: the target's deed, not what was said
        ("The senator railed against the agency for having ignored the warnings.", "railed", []),
        ("Ms. Ruiz lashed out at her rivals for blocking the vote on the levy.", "lashed out", []),
        ("Officials lashed out at Moscow for shooting down the drone.", "lashed out", []),
        # a ground that charges the target (what it is, fails or neglects to do) is the speaker's claim about it:
        # kept, widened to the target, as "criticized X for Y-ing" is
        ("Tenant groups railed against the ordinance for failing to shield renters.", "railed against",
         [("Tenant groups", "the ordinance for failing to shield renters")]),
        ("Farmers lashed out at the ministry for being too slow to pay subsidies.", "lashed out",
         [("Farmers", "the ministry for being too slow to pay subsidies")]),
        ("Parents railed against the district for not hiring enough teachers.", "railed against",
         [("Parents", "the district for not hiring enough teachers")]),
        # "on" + a day says when, never whom: the charge widens to the target, and with no target stays dropped
        ("The senator railed against the agency on Tuesday for failing to protect consumers.", "railed against",
         [("The senator", "the agency on Tuesday for failing to protect consumers")]),
        ("The coach lashed out at the referee on Saturday for being biased against his team.", "lashed out",
         [("The coach", "the referee on Saturday for being biased against his team")]),
        ("The senator railed on Tuesday for failing to protect consumers.", "railed on", []),
        # the speaker's words quoted in the ground are what was said
        ("The mayor lashed out at the council for “stalling” the plan, saying it had cost jobs.", "lashed out",
         [("The mayor", "stalling” the plan")]),
        ("The mayor lashed out at the council for ‘stalling’ the plan.", "lashed out",
         [("The mayor", "‘stalling’ the plan")]),
        # the target with its ground is the charge (PolNeAR marks "criticized X for Y-ing"); no target keeps it too
        ("The senator criticized the agency for ignoring the warnings.", "criticized",
         [("The senator", "the agency for ignoring the warnings")]),
        ("The mayor apologized for having misled the voters about the deal.", "apologized for",
         [("The mayor", "having misled the voters about the deal")]),
        # the object of another act beside a verb of raising the voice: no words voiced
        ("The striker shouted and lifted a scarf thrown from the stands.", "shouted", []),
        ("The crowd cheered and waved placards that the police later seized.", "cheered", []),
        # the other act's object is words voiced: what was shouted
        ("The sergeant shouted and repeated his order to retreat.", "shouted",
         [("The sergeant", "his order to retreat")]),
        # two acts of judging one object stay one judgement of it
        ("The bishops condemned and denounced the bombing.", "condemned", [("The bishops", "the bombing")]),
        # a confirming cue on a part of others' statements: which ones it does not say
        ("The paper corroborated several of her accounts, which appear in the memoir.", "corroborated", []),
        ("Two newspapers confirmed a handful of his disclosures.", "confirmed", []),
        ("The registrar confirmed several of the names on the list.", "confirmed", []),
        ("The agency verified two of the claims in her report.", "verified", []),
        # a part of a known set of events: that so many of them happened is the claim
        ("Police confirmed two of the killings in the valley.", "confirmed",
         [("Police", "two of the killings in the valley")]),
        ("Officials confirmed three of the cases at the school.", "confirmed", [("Officials", "three of the cases")]),
        ("The NHS confirmed three of the hospitalisations.", "confirmed", [("The NHS", "three of the hospitalisations")]),
        # a count of things, no part of a known set: the things confirmed (as "confirmed job losses")
        ("The company has confirmed a number of job losses at its Leeds plant.", "has confirmed",
         [("The company", "a number of job losses at its Leeds plant")]),
        ("Health officials confirmed a handful of cases of measles.", "confirmed",
         [("Health officials", "a handful of cases of measles")]),
        # a confirmed statement, an event, a part with its clause: what is confirmed is said
        ("The ministry confirmed the report that the plant will close in June.", "confirmed",
         [("The ministry", "the report that the plant will close in June")]),
        ("The coach confirmed some of the reports that the striker would retire.", "confirmed",
         [("The coach", "some of the reports that the striker would retire")]),
    ],
)
def test_grounds_and_objects_are_no_content(nlp, text: str, cue: str, expected: list) -> None:  # noqa: ANN001
    assert [(r[0], r[2]) for r in rows(nlp, text) if r[1] == cue] == expected
