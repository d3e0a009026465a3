"""A verb of doing with only its plain object for content is no attribution (``nlp/extract/act_objects.py``; PTC
blind audits 24-50: "Kavanaugh answered almost 1,300 written questions", "He signed it “Sofian.”", "The jury found
the confessed shooter guilty"). A quotation, a clause, an infinitive and the noun's own clause stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_thing_acted_on_is_no_saying = cue_table(
    [
        ("Kavanaugh answered almost 1,300 written questions senators submitted after the hearing.", "answered", False),
        ("He signed it “Sofian.”", "signed", False),
        ("But these groups repudiate what he stands for.", "repudiate", False),
        ("Later, he encouraged them with a piece of American history.", "encouraged", False),
        ("Fox News has documented some of the other incidents that have come up in the past.", "documented", False),
        ("Under questioning, he contradicted his previous statements.", "contradicted", False),
        ("In 1976, the periodical Chiesa Viva published a photo of Cardinal Lienart with the appurtenances of "
         "Freemasonry.", "published", False),
        ("The jury found the confessed shooter guilty only of felony gun possession.", "found", False),
        ("A Vatican investigation found Karadima guilty.", "found", False),
        ("It is yet another eyewitness report that contradicts the official story of the shooting.", "contradicts",
         False),
        # kept: a quotation, a clause, an infinitive, a speaker contradicting another's account
        ("The senator contradicted the official account of the raid.", "contradicted", True),
        ('Chairman Chuck Grassley answered, "Depends on what happens tomorrow."', "answered", True),
        ("He answered that he had no idea where the money went.", "answered", True),
        ("Trump encouraged them to go out and vote Republican.", "encouraged", True),
        ("The historian Henry Sire documented that this is how Bergoglio has always operated.", "documented", True),
        ("A Chilean judge also found the victims to be credible.", "found", True),
        ("The jury found that the shooter had lied about the gun.", "found", True),
        # a predication on the object, a view (review 63b)
        ("He repudiated the report as fake news.", "repudiated", True),
        ("The minister repudiated the accusation as a smear.", "repudiated", True),
        ("The agency published new figures on Tuesday showing unemployment fell to 4 percent.", "published", True),
    ],
)


test_verbs_left_out_keep_a_plain_object = cue_table(
    [
        # the readers judged these right with a plain object: not verbs of ``_ACT_VERBS``
        ("The report identified five officials with some connection to the probe who were expressing political "
         "views.", "identified", True),
        ("Democratic Rep. Danny Davis defended Louis Farrakhan as an outstanding human being on Monday.", "defended",
         True),
        ("Horowitz blames Comey, Strzok, and Page for besmirching the good name of the FBI.", "blames", True),
        ("Trump ordered the DOJ to release the text messages of James Comey.", "ordered", True),
        # the noun said is kept: a quotation posted
        ('She posted, “Your glib and horrifying comment was heard around the world.”', "posted", True),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The jury found the confessed shooter guilty.", True),
        ("A Vatican investigation found Karadima guilty.", True),
        ("The court found the company liable for the spill.", True),
        ("Critics found the administration guilty of hypocrisy.", False),
        ("Historians have found Columbus guilty of genocide.", False),
        ("Amnesty found the army guilty of systematic abuses.", False),
        ("The UN found Israel guilty of war crimes, a finding Israel rejected.", False),
        ("A judge found the victims to be credible.", False),
        ("The inspector general found that the FBI moved slowly.", False),
        ("House investigators found the server was being used for nefarious purposes.", False),
    ],
)
def test_found_guilty(nlp, text: str, expected: bool) -> None:
    from sayso.nlp.extract.act_objects import found_guilty

    token = next(t for t in nlp(text) if t.lemma_ == "find")
    assert found_guilty(token) is expected


# "find" with a small clause of an experience or a discovery: what happened, nobody states it (audits 73, P74)
test_found_circumstance_drops = cue_table(
    [
        # an experience: "it", an adjective of ease, an infinitive
        ("After the loss, the coach found it hard to rebuild the roster.", "found", False),
        ("The airline has found it impossible to hire enough pilots this summer.", "found", False),
        ("Many renters find it easier to move than to fight a rent increase.", "find", False),
        # a discovery: an object and a past participle
        ("Firefighters found two children trapped in the basement.", "found", False),
        ("Troopers found a woman stabbed inside her apartment.", "found", False),
        ("Hikers found the dog tied to a fence near the trailhead.", "found", False),
        ("Officers found 52-year-old Maria Lopez of Fresno beaten inside her car.", "found", False),
        ("The senator, who found it hard in 2016 to win over rural voters, is running again.", "found", False),
        # kept: findings stated with a clause, a view, a thought with its clause, a study's small clause
        ("Engineers found the crack was caused by metal fatigue.", "found", True),
        # kept: a past tense with no passive is a finite clause, a finding stated
        ("Police found the driver died at the scene.", "found", True),
        ("The coroner found the patient died of natural causes.", "found", True),
        ("The jury found the defendant acted in self-defence.", "found", True),
        ("The auditors found that the agency had overpaid contractors.", "found", True),
        ("She found it hard to believe that the council had approved the plan.", "found", True),
        ("A 2019 study found that teenagers slept less during exams.", "found", True),
        ("Researchers found participants slept better after exercise.", "found", True),
        ("Few voters find that argument persuasive.", "find", True),  # a view
    ],
    marks=(pytest.mark.slow,),
)


# an order whose content is its noun-phrase object, however described: an act ordered, no proposition (audit p84;
# ``np_contents.ordered_act``). A clause, one ordered to act and a quotation holding the head stay.
test_an_act_ordered_is_no_saying = cue_table(
    [
        ("A federal judge has ordered the release of internal Trump University documents in an ongoing lawsuit "
         "against the company, including \"playbooks\" that advised sales personnel how to market courses.",
         "ordered", False),
        ("The mayor ordered an investigation into the shooting, which he called \"a tragedy.\"", "ordered", False),
        ("The governor ordered the closure of all schools that had reported cases.", "ordered", False),
        ("The court ordered the release of the \"playbooks,\" which the company called \"confidential.\"", "ordered",
         False),
        ("The judge ordered that the documents be released by Thursday.", "ordered", True),
        ("The judge ordered the city to make the video public.", "ordered", True),
        ("The general ordered his troops to \"hold the line at all costs.\"", "ordered", True),
        ("The judge ordered \"a full and open inquiry\" into the deaths.", "ordered", True),
    ]
)
