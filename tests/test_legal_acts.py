"""Acts of courts and legislatures are no statements (issue 12, item 1): ``nlp/extract/legal_acts.py``.

``text -> cue word that must (not) be an attribution``: a law made, a case decided or brought, a measure moved;
and beside each, the statement made with the same verb that stays.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_courts_and_legislatures_act = cue_table(
    [
        # an enactment: into law
        ("Governor Smith signed the bill into law on Monday, which he called a victory for families.", "signed", False),
        ("The measure was signed into law by the governor in March.", "signed", False),
        # the same verbs with a statement stay
        ("Governor Smith signed a letter saying the state would sue.", "saying", True),
        ("Smith said the bill was signed into law in March.", "said", True),
        # a court or a prosecutor dropping a case acts
        ("San Francisco prosecutors, who had long ago deprioritized marijuana charges, dismissed the decades-old "
         "charge and released Garcia Zarate.", "dismissed", False),
        ("A federal judge dismissed the lawsuit on Friday.", "dismissed", False),
        ("The lawsuit was dismissed by a federal judge in March.", "dismissed", False),
        # a party's dismissal of a charge is what it says of it
        ("Trump dismissed the charges as a witch hunt.", "dismissed", True),
        # the noun: rulings on an issue decide it, saying nothing of it (wire audit: "rulings on" -> "the issue")
        ("Appellate courts across the country have issued differing rulings on the issue, allowing some states to "
         "proceed.", "rulings", False),
        ("The judges issued conflicting rulings on the appeal last year.", "rulings", False),
        # a ruling with its clause says something; so does a question it settles
        ("The judge's ruling that the law was unconstitutional angered the governor.", "ruling", True),
        ("The judge issued a ruling on whether the law stands.", "ruling", True),
        ("Iran has dismissed the charge that it sent the drone into Israeli airspace.", "dismissed", True),
        # a court deciding for or against a party or a measure acts; its ruling with a clause is a statement
        ("The court ruled against Ohio's procedure on Tuesday.", "ruled", False),
        ("The Supreme Court ruled for the state in 2019.", "ruled", False),
        ("The appeals court ruled on the motion last week.", "ruled", False),
        ("The court ruled that the law was unconstitutional.", "ruled", True),
        # a thing asked for refused is an act; a proposition denied stays
        ("A federal judge denied bail on Wednesday to all five members of the group.", "denied", False),
        ("The court denied his request for a new trial.", "denied", False),
        ("She tried to get a restraining order against him, which a judge denied.", "denied", False),
        ("The senator denied the allegations on Wednesday.", "denied", True),
        ("The judge denied that the request had been filed late.", "denied", True),
        # a death declared is an act; a judgement with the same verb stays
        ("The victim was then transported to the hospital and pronounced deceased.", "pronounced", False),
        ("He was pronounced dead at the scene.", "pronounced", False),
        ("The doctor pronounced that the patient would recover.", "pronounced", True),
        # someone disposed of by order is an act (blind audits m57, 69: W); a directive or a clause stays
        ("A federal magistrate in Fort Lauderdale ordered him held without bail.", "ordered", False),
        ("He ordered him sent to the Larned State Security Hospital for continued evaluation.", "ordered", False),
        ("The judge ordered the agency to release the files.", "ordered", True),
        ("The judge ordered that he be held without bail.", "ordered", True),
        ("In September, a federal immigration judge ordered him removed to his home country.", "ordered", True),
        # a thing disposed of by order, also where the tagger reads the participle as a past tense (audit 75: W)
        ("A state judge ordered the plaque moved last spring, calling it a breach of the law.", "ordered", False),
        ("The judge ordered the statue removed from the courthouse lobby.", "ordered", False),
        ("The council ordered the flags lowered on Monday.", "ordered", False),
        ("The judge ordered Garcia removed to Mexico.", "ordered", True),
        # only a person is deported or extradited: a removal ruled whatever the noun (audit 26: C)
        ("An immigration judge ordered the family deported to Guatemala last year.", "ordered", True),
        ("The general ordered the troops to retreat.", "ordered", True),
        ("A federal judge ruled Friday that the school had scammed students.", "ruled", True),
        ("The judge ruled against the motion, saying it came too late.", "saying", True),
        # a ruling with its clause is a statement; an act of one's own ruled out, a thing or a pronoun ruled out are
        # left to PolNeAR's reading (it marks them, and dropping them cost its dev floors)
        ("A judge ruled on Friday that the tapes must be released.", "ruled", True),
        ("The governor ruled out running for president.", "ruled", True),
        # a legal action: challenging in court
        ("Environmental groups are challenging the Clean Power Plan rules in court.", "challenging", False),
        ("The states contested the results before the Supreme Court.", "contested", False),
        # a challenge in words, or a proposition disputed in court, stays
        ("Trump challenged the claim that he lost the election.", "challenged", True),
        ("Sanders challenged Clinton to a debate in Brooklyn.", "challenged", True),
        ("The lawyers argued in court that the rules were illegal.", "argued", True),
        # a measure moved through a body: a legislative act
        ("McConnell pushed the bill through the Senate last week.", "pushed", False),
        ("McConnell is attempting to push a bill through the Senate.", "attempting", False),
        # advocacy in words stays
        ("McConnell pushed the idea that the bill would cut taxes.", "pushed", True),
        ("The governor has been pushing for a higher minimum wage.", "pushing", True),
        # a court confirming or undoing a ruling, a law or a verdict acts on a case (audit 68: W "reaffirmed")
        ("In a 1992 case, the Supreme Court reaffirmed the basic findings of Roe protecting abortion choice, but "
         "lessened the standards of protection guaranteed to women by Roe.", "reaffirmed", False),
        ("The appeals court overturned his conviction on Tuesday.", "overturned", False),
        ("A federal judge upheld the ban on Friday.", "upheld", False),
        # a clause affirmed is a statement
        ("The minister reaffirmed that the plan would go ahead.", "reaffirmed", True),
    ],
)
