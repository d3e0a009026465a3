"""A "they" inside what a court or a jury heard is the parties it heard about (``antecedents.people_set``,
``pronouns.holds_pronoun``). Issue 12, audit 20 (j): "The court heard the pair launched a political campaign in
which they claimed ..." gave the claim to the court.

"the pair", "the couple", "the duo" are people a later "they" may stand for, a quantity ("a couple of weeks", "a
pair of shoes") is not; and a "they" in a clause below the subject of someone's reported words is that subject,
while a "they" beside those words stays the speaker's ("Fastiggi and Goldstein write that the critics misread the
text, and they declare").
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_they_of_the_parties = speaker_table([
    pytest.param("The court heard the pair launched a campaign in which they claimed to be exposing criminals.",
                 "claimed", "the pair", id="court-heard-the-pair"),
    pytest.param("The court heard the activists launched a website on which they claimed the mayor was corrupt.",
                 "claimed", "the activists", id="court-heard-activists"),
    pytest.param("Jurors heard the couple opened a charity through which they told donors the money went to orphans.",
                 "told", "the couple", id="jurors-heard-the-couple"),
    pytest.param("The judge said the duo ran the scheme for years. They said they were helping the poor.", "said",
                 "the duo", id="the-duo-next-sentence"),
    # negatives: a quantity is no one; a "they" beside the reported words is the speakers'; one subject is itself
    pytest.param("A couple of weeks passed before the council met. They said the budget was short.", "said", "They",
                 id="a-couple-of-weeks"),
    pytest.param("Police found a pair of shoes at the scene. They said the shoes belonged to the victim.", "said",
                 "Police", id="a-pair-of-shoes"),
    pytest.param("Robert Fastiggi and Dawn Eden Goldstein published an essay. Fastiggi and Goldstein write that the "
                 "critics misread the text, and they declare that the pope was right.", "declare",
                 "Fastiggi and Goldstein", id="they-beside-the-words"),
    pytest.param("The couple said they had not seen the boy since Monday.", "said", "The couple", id="the-couple-says"),
    pytest.param("Bill Mills, a businessman who left the board last month, said Carson had been led astray by insiders "
                 "-- and he singled out the campaign manager as the root of the problem.", "singled out", "Bill Mills",
                 id="he-in-a-clause-joined-beside"),
])
