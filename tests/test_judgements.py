"""A judgement on a person, a thing or an act is no statement (issue 12, item 1): ``nlp/extract/judgements.py``.

``text -> cue word that must (not) be an attribution``: the negatives judge a person, a thing or an
act (with its reason, occasion or purpose); the positives say something of it (a predication, a
charge, a quotation, a noun of statement with its clause) and stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_judgement_on_a_thing_is_no_statement = cue_table(
    [
        # the reason, occasion or company of a judgement predicates nothing of the object
        ("Lawmakers from both parties criticized the bank over its handling of the accounts.", "criticized", False),
        ("Democrats have criticized CNN over the lawsuit filed by the White House.", "criticized", False),
        ("Democrats criticized Barr about his handling of the Mueller report.", "criticized", False),
        ("Monahan slammed the Democratic Party for its response to her allegations when compared to its treatment "
         "of Christine Blasey Ford.", "slammed", False),
        ("These former officials attack Trump ferociously to hide their own failure and their own guilt.", "attack",
         False),
        ("The report criticized certain actions and decisions of former FBI Director James Comey, together with "
         "those of other senior FBI officials.", "criticized", False),
        ("Civil rights groups welcomed the ruling on Tuesday.", "welcomed", False),
        # "such as" and "as well as" list what is judged; no "as" predication
        ("Sanders criticized free-trade deals such as NAFTA.", "criticized", False),
        ("The senator praised the police as well as the firefighters.", "praised", False),
        ("She criticized the plan as a giveaway to the rich.", "criticized", True),
        # an "as" the parse hung at the end of the object's relative clause is the judgement's predication
        ("Ted Cruz is praising Jeb Bush, who ended his bid for the White House Saturday, as “a man who didn’t go to the "
         "gutter” and a decent man.", "praising", True),
        ("Dozens of members of his party condemned the raids in which 121 adults and children were taken into custody "
         "over New Year's weekend as a failure of policy.", "condemned", True),
        # a pronoun: a person or a thing judged
        ("The police chief praised him for his quick thinking during the robbery.", "praised", False),
        ("The senator criticized them over the vote.", "criticized", False),
        ("Activists welcomed it as soon as the vote was announced.", "welcomed", False),
        # a noun of statement without a clause of its own is the thing judged (the reader's gold: "Jewish groups
        # had criticized Boudreau's report" is no attribution)
        ("Jewish groups had criticized Boudreau's report, which was released on Monday.", "criticized", False),
        ("Lawyers for Assange and Manafort denounced the report on Wednesday.", "denounced", False),
        ("Trump was blasting the New York Times report that said he did not want to sign the order.", "blasting",
         False),
        # the subject of a passive is what is judged
        ("Sessions was criticized by Trump over the recusal.", "criticized", False),
        ("Both Anderson and Zakkout have been denounced by the Anti-Defamation League.", "denounced", False),
        # a reason for content
        ("Flake and Corker are being beatified by the Beltway elites, and George W. Bush and John McCain "
         "celebrated for their denunciations of Trumpism.", "celebrated", False),
        ("The governor was criticized by Democrats over the budget.", "criticized", False),
        ("First he said that Ford had to be heard; then he attacked her in terms that were a slur on all women who "
         "have been assaulted.", "attacked", False),
        ("The governor was criticized by Democrats for vetoing the budget.", "criticized", True),
        # an infinitive is a purpose or a misparse
        ("Last year, Orbán also criticized liberals and encouraged citizens to give life to more children during "
         "the conference.", "criticized", False),
        # a quotation in a participle clause set off by a comma is that clause's own statement
        ("While questioning Kavanaugh, Graham lambasted the confirmation process the judge has been put through, "
         "calling it “the most unethical sham since I've been in politics.”", "lambasted", False),
        ("While questioning Kavanaugh, Graham lambasted the confirmation process the judge has been put through, "
         "calling it “the most unethical sham since I've been in politics.”", "calling", True),
        # a quotation in a reason that carries its own cue is that cue's
        ("Trump, in an interview that aired Thursday morning, also blasted Sessions because, he said, the former "
         "Alabama senator “never took control of the Justice Department.”", "blasted", False),
        # a predication, a charge, a quotation or a noun of statement with its clause says something
        ("The minister slammed the report as a whitewash.", "slammed", True),
        ("Democrats are blasting the declassification order as a “clear abuse of power.”", "blasting", True),
        ("Trump hailed the talks as a historic, and personal, achievement.", "hailed", True),
        ("The mayor praised the police for acting quickly to calm the crowd.", "praised", True),
        ("Obama criticized Trump for saying that the election was rigged.", "criticized", True),
        ("The senator criticized the claim that the tax cut would pay for itself.", "criticized", True),
        ("Carlson mocked the neocons’ claims that Iran is the “greatest threat” to America.", "mocked", True),
        ("Comey's draft statement criticized Clinton's handling of classified information as “grossly negligent.”",
         "criticized", True),
        ("Ellison praised him as “a role model” in 1995.", "praised", True),
        ("The company welcomed the ruling as a victory for consumers.", "welcomed", True),
        ("Sessions was praised by conservatives as the best attorney general in decades.", "praised", True),
        # not a verb of judgement: a proposition noun keeps a denial or a rejection
        ("Big Machine Records denied the allegations on Friday.", "denied", True),
        ("She rejected the claim that she had lied.", "rejected", True),
    ],
)
