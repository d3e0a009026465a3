"""A formal charge is an act of the law, no statement (issue 12): ``legal_acts.charged_with_offence``.

``text -> cue word that must (not) be an attribution``: "charge" with a charged party and an offence named in its
"with" phrase is a charge laid; "charged that <clause>" and a charge of conduct (a gerund, no offence) are said.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_formal_charges_are_acts = cue_table(
    [
        # a charge laid by a prosecutor, the police or a grand jury: an act
        ("The district attorney charged the driver with vehicular manslaughter in the crash.", "charged", False),
        ("Police charged two teenagers with burglary after the break-in.", "charged", False),
        ("Police charged two men with three counts of burglary on Friday.", "charged", False),
        ("The prosecutor who charged Miller with murder resigned in May.", "charged", False),
        ("A grand jury in Ohio charged the treasurer with embezzlement and perjury.", "charged", False),
        ("He was charged by federal prosecutors with wire fraud.", "charged", False),
        # an allegation with a clause is a statement
        ("The senator charged that the administration had hidden the report.", "charged", True),
        ("Activists charged that the police had ignored the complaints for months.", "charged", True),
        # conduct held against someone, no offence named: a view stated
        ("Critics charged the mayor with ignoring the flooding for years.", "charged", True),
        ("Federal authorities charged five men with terrorism offences.", "charged", False),
        ("Colorado Attorney General Ken Salazar sued the company, charging it with violations of the consumer act.",
         "charging", False),
        # anyone else who charges someone with an offence accuses, as "accused him of corruption" does: said
        ("Critics charged the mayor with corruption and incompetence.", "charged", True),
        ("Opposition leaders charged the government with treason against the people.", "charged", True),
        ("Trump charged Biden with treason in a late-night post.", "charged", True),
        ("Senator Warren charged the bank with fraud during the hearing.", "charged", True),
        ("Critics, including the union, charged the police with misconduct.", "charged", True),
        # the clause of a prosecutor's own saying stays beside the act
        ("The county attorney, who charged Jones with first-degree murder, said the evidence was strong.", "said", True),
    ]
)
