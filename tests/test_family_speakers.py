"""Which of two people sharing a family name a bare one cites (``family_choice``), read off whole texts.

A reader takes "Ellison said" for the Ellison the paragraph is about: the one named last (in full, or as
the speaker of the statement before), the one the next statement's "she" agrees with, the one a title
fits. Where nothing decides, the surname stays its own source: a vaguer source, never a wrong person.
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue

pytestmark = pytest.mark.slow

_INTRO = "Keith Ellison spoke on Monday. Karen Ellison spoke on Tuesday.\n"
# narration that puts a full name out of a bare surname's reach (``family_choice.NEAR_NAME``)
_FILLER = "The weather was mild in the city that week, and the markets opened slightly higher on Tuesday. " * 5 + "\n"


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the next statement's pronoun, where the two differ in gender
        pytest.param(_INTRO + _FILLER + "“We never agreed on anything,” Ellison said. She added that the house had been "
                     "sold.", "said", "Karen Ellison", id="next-she"),
        pytest.param(_INTRO + _FILLER + "“We never agreed on anything,” Ellison said. He added that the house had been "
                     "sold.", "said", "Keith Ellison", id="next-he"),
        # the speaker of the statement before, resolved through a pronoun
        pytest.param(_INTRO + _FILLER + "Karen Ellison took the stand on Friday.\n" + _FILLER + "“We never agreed,” she "
                     "said. “It was over,” Ellison added.", "added", "Karen Ellison", id="previous-speaker"),
        # the pronoun after a resolved surname carries its person on, not the one named more often
        pytest.param("Elijah Muhammad led the Nation. When Elijah Muhammad died, it split.\n" + _FILLER + "The picture "
                     "was taken by the photojournalist Askia Muhammad in 2005.\nMr. Muhammad, in a 2012 blog post, said "
                     "that he was an admirer of the minister.\nHe reaffirmed that he admired him in an interview on "
                     "Friday.", "reaffirmed", "Askia Muhammad", id="pronoun-after-surname"),
        # the subject of what is said, where the two differ in gender
        pytest.param(_INTRO + _FILLER + "Keith Ellison spoke on Friday. Ellison said she would run again next year.",
                     "said", "Karen Ellison", id="own-she-against-recency"),
        pytest.param("Ivanka Trump spoke on Monday. Ivanka Trump praised the plan. Donald Trump spoke too.\n" + _FILLER +
                     "Ivanka Trump said the plan was fair. Trump says he would pay for it by cutting fraud.", "says",
                     "Donald Trump", id="own-he-against-recency"),
        # negatives: nothing decides (a pronoun of no gender, another person named before the pronoun)
        pytest.param(_INTRO + _FILLER + "“We never agreed on anything,” Ellison said. They added that the house had "
                     "been sold.", "said", "Ellison", id="no-gendered-pronoun"),
        pytest.param(_INTRO + _FILLER + "“We never agreed on anything,” Ellison said. Mary Jones, her lawyer, spoke too. "
                     "She added that the house had been sold.", "said", "Ellison", id="another-person-between"),
        # ... another person near, whom the pronoun of what is said may mean
        pytest.param("Hillary Clinton campaigned in Ohio on Monday, and Bill Clinton stayed in New York. Hillary Clinton "
                     "attacked Donald Trump over his taxes. Clinton said he was unfit to lead the country.", "said",
                     "Hillary Clinton", id="own-he-someone-else-near"),
        pytest.param("Ivanka Trump visited the factory on Monday with her father, Donald Trump. Ivanka Trump praised the "
                     "workers there. Asked about the reporter, Trump said he had lied about the visit.", "said",
                     "Ivanka Trump", id="own-he-a-person-noun-near"),
        # both named just before, in different sentences: the nearer is no better guess ("His daughter Ivanka Trump")
        pytest.param("President Donald Trump spoke in Ohio on Monday. His daughter Ivanka Trump joined her father at "
                     "the event. Trump said the economy was booming.", "said", "Trump", id="both-near"),
        # the only one named near: the one the paragraph is about
        pytest.param(_INTRO + _FILLER + "Karen Ellison took the stand on Friday. Ellison said the house had been sold.",
                     "said", "Karen Ellison", id="only-one-near"),
    ],
)
def test_family_speaker(nlp, text: str, cue: str, expected: str) -> None:
    assert speakers_by_cue(nlp, text).get(cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # one holder named in full, and a title that her given name rules out: another of the family, whom the text
        # never names in full (the president beside "Michelle Obama"), by the name it is given
        pytest.param("Michelle Obama has campaigned for Hillary Clinton in recent weeks. Mr. Obama said the election "
                     "was about his legacy.", "said", "Obama", id="mr-beside-her"),
        pytest.param("Michelle Obama has campaigned for Hillary Clinton. Mr. Obama spoke in Ohio on Saturday. He "
                     "told the crowd that the election was about his legacy.", "told", "Obama", id="his-pronoun"),
        # a title that says no gender ("President"), and the "he" that carries the statement on: not her
        pytest.param("Michelle Obama spoke in Ohio. President Obama said the economy was strong. He added that jobs "
                     "were growing.", "said", "Obama", id="president-then-he"),
        pytest.param("Michelle Obama spoke in Ohio. President Obama said the economy was strong. He added that jobs "
                     "were growing.", "added", "Obama", id="the-he-after-president"),
        pytest.param("First lady Michelle Obama spoke in Ohio on Tuesday. President Obama spoke too. The president "
                     "said he would travel.", "said", "Obama", id="the-president-said-he"),
        # the one holder is kin to someone ("his daughter", "first lady"), and a title the text never gives her
        pytest.param("Ivanka Trump, the president's daughter, visited the factory in Ohio. President Trump said the "
                     "jobs were coming back.", "said", "Trump", id="kin-then-president"),
        pytest.param("His daughter Ivanka Trump visited the factory in Ohio on Monday. The weather was mild. President "
                     "Trump spoke later. The president said taxes would fall.", "said", "Trump", id="kin-the-president"),
        pytest.param("First lady Michelle Obama spoke in Ohio. President Obama said the economy was strong.", "said",
                     "Obama", id="first-lady-then-president"),
        # negatives: the title fits her, no title, or a given name that does not say
        pytest.param("Senator Elizabeth Warren, his wife, spoke on Monday. Senator Warren said the bill was bad.", "said",
                     "Elizabeth Warren", id="kin-titled-in-full"),
        pytest.param("Michelle Obama spoke in Ohio. President Obama said the economy was strong. She added that jobs "
                     "were growing.", "said", "Michelle Obama", id="president-then-she"),
        pytest.param("Michelle Obama spoke in Ohio. She said the economy was strong.", "said", "Michelle Obama",
                     id="her-she"),
        pytest.param("Michelle Obama spoke in Ohio. Mrs. Obama added that the race was close.", "added",
                     "Michelle Obama", id="mrs-is-her"),
        pytest.param("Michelle Obama spoke in Ohio. Obama said she would keep campaigning.", "said", "Michelle Obama",
                     id="bare-she"),
        # "Lindsey" is no sign of a woman ("Lindsey Graham"): his "he" and his "Mr." stay his
        pytest.param("Senator Lindsey Graham spoke in Iowa on Monday. Mr. Graham said the party would lose.", "said",
                     "Lindsey Graham", id="mr-graham"),
        pytest.param("Senator Lindsey Graham called out his rival Donald Trump on Monday. He added that the party "
                     "would lose.", "added", "Lindsey Graham", id="he-graham"),
    ],
)
def test_one_holder_and_a_title(nlp, text: str, cue: str, expected: str) -> None:
    assert speakers_by_cue(nlp, text).get(cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a sentence that names one holder in full beside the bare family name keeps the bare name for the other,
        # however often and however near the one named in full is met ("Ellison and his ex-wife, Kim Ellison")
        pytest.param("Rep. Keith Ellison is running for attorney general. Ellison and his ex-wife, Kim Ellison, divorced "
                     "in 2012. Kim Ellison has backed his campaign. Kim Ellison spoke to voters on Friday. Ellison said "
                     "the claims were false.", "said", "Keith Ellison", id="ex-wife-beside-bare"),
        pytest.param("The mayor, Tom Harlan, faces a recall vote. Harlan's daughter, Emily Harlan, runs a bakery downtown. "
                     "Emily Harlan opened it in 2015. Emily Harlan declined to comment on Monday. Harlan told reporters "
                     "the recall was a stunt.", "told", "Tom Harlan", id="daughter-beside-possessive"),
        pytest.param("Governor Laura Pike signed the bill on Tuesday. Pike and her husband, David Pike, live in Salem. "
                     "David Pike is a dentist. David Pike spoke to the paper on Sunday. Pike said the law would help "
                     "families.", "said", "Laura Pike", id="husband-beside-bare"),
        # a gendered title is no bare name: the usage never decides for it ("Kim" tells no gender: as written)
        pytest.param("Rep. Keith Ellison is running for attorney general. Ellison and his campaign manager, Kim Ellison, "
                     "met in 2012. Kim Ellison has backed his campaign. Kim Ellison spoke to voters on Friday. Mrs. "
                     "Ellison said the claims were false.", "said", "Mrs. Ellison", id="title-beats-usage"),
        # ... but a kin noun beside the name tells the sex ("his ex-wife, Kim Ellison": noun_genders.apposed_gender),
        # and "Mrs. Ellison" is then the one woman of the name
        pytest.param("Rep. Keith Ellison is running for attorney general. Ellison and his ex-wife, Kim Ellison, divorced "
                     "in 2012. Kim Ellison has backed his campaign. Kim Ellison spoke to voters on Friday. Mrs. Ellison "
                     "said the claims were false.", "said", "Kim Ellison", id="title-meets-apposed-sex"),
        # negatives: no bare name before a relative named in full (a modifier is no one; no relative's noun; both named
        # in full): the rest decides
        pytest.param("Keith Ellison is running for attorney general. Kim Ellison is his ex-wife. The Ellison campaign "
                     "released a statement from Kim Ellison on Friday. Kim Ellison spoke again on Saturday. Ellison "
                     "said the claims were false.", "said", "Kim Ellison", id="modifier-is-no-one"),
        pytest.param("Rep. Keith Ellison is running for attorney general. Ellison and Kim Ellison, a teacher, divorced in "
                     "2012. Kim Ellison has backed his campaign. Kim Ellison spoke to voters on Friday. Ellison said the "
                     "claims were false.", "said", "Kim Ellison", id="no-relative-noun"),
        pytest.param("Keith Ellison is running for attorney general. Keith Ellison and Kim Ellison divorced in 2012. "
                     "Kim Ellison spoke to voters on Saturday. Ellison said the claims were false.", "said",
                     "Ellison", id="both-in-full"),
    ],
)
def test_bare_name_kept_for_the_other(nlp, text: str, cue: str, expected: str) -> None:
    assert speakers_by_cue(nlp, text)[cue] == expected
