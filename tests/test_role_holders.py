"""A definite role noun as a speaker ("the organizer of the march said", "The actress said") is the one person the
text names with that role (``source_roles``): named by it in the next sentence, as that sentence's speaker
(``named_next``), or named earlier with the noun set right before the name where the parse did not join them
(``role_before_name``). A role that fits nobody or two people stays as written: a wrong person is worse than none."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.source_roles import titled_names_of

test_role_named_next = pytest.mark.slow(speaker_table([
    # the writer brings the speaker in by role and names them in the next sentence
    ("Even the organizer of a pro-Jones rally argued the new rules made violence likelier.\n\n"
     "\"Put everyone together and there will be trouble,\" Ken Morrow, organizer of a group called Friends of Jones, "
     "told reporters.", "argued", "Ken Morrow"),
    ("The organizer of the Elm Street march argued the route was too narrow. \"We asked for a wider one,\" said Rita "
     "Okafor, organizer of the Elm Street march.", "argued", "Rita Okafor"),
    # a proper word of the mention that the holder's role does not share: another holder
    ("The president of the Teamsters argued the strike would go on. \"We will not back down,\" said Tom Briggs, "
     "president of the Carpenters Union.", "argued", "The president of the Teamsters"),
    # named only by an indefinite role: one organizer of several
    ("The organizer of the Elm Street march argued it was peaceful. Ann Cole, an organizer of the Elm Street march, "
     "said the police were fair.", "argued", "The organizer of the Elm Street march"),
    # the next sentence's holder does not speak there
    ("The organizer of the Elm Street march argued it was peaceful. Police arrested Tom Briggs, organizer of the Elm "
     "Street march, on Friday.", "argued", "The organizer of the Elm Street march"),
    # a body's noun is no person's role
    ("The company argued profits rose. \"We are pleased,\" said Tom Briggs, chief executive of the company.", "argued",
     "The company"),
    # a holder named too far on: the role stays as written
    ("The organizer of the Elm Street march argued it was peaceful. The city disagreed. \"We will not back down,\" "
     "said Tom Briggs, organizer of the Elm Street march.", "argued", "The organizer of the Elm Street march"),
    # a bare role noun, or one qualified only before it, fits any holder the next sentence quotes: often one replying
    ("The coach argued his team was exhausted. \"They were not tired, they were beaten,\" said Mike Dunn, coach of "
     "the rival Eagles.", "argued", "The coach"),
    ("The lawyer for the plaintiff argued the contract was void. \"We will fight this,\" said Mary Cole, the lawyer "
     "for the defendant.", "argued", "The lawyer for the plaintiff"),
    ("The judge argued the case was closed. But Judge Amy Ford, who heard the appeal, said the ruling was wrong.",
     "argued", "The judge"),
    ("The organizer of the pro-Jones rally argued it was peaceful. \"It was chaos,\" said Dan Wells, organizer of an "
     "anti-Jones group.", "argued", "The organizer of the pro-Jones rally"),
    ("The coach of the Eagles argued the referee was biased. \"He was fair,\" said Mike Dunn, coach of the Falcons, "
     "who beat the Eagles.", "argued", "The coach of the Eagles"),
    ("The organizer of the Elm Street march, who asked not to be named, argued it was peaceful. \"It was calm,\" said "
     "Rita Okafor, organizer of the Elm Street march.", "argued", "The organizer of the Elm Street march"),
    ("The Republican senator argued the bill would fail. \"Nonsense,\" said Republican Senator Bob Lee of Ohio.",
     "argued", "The Republican senator"),
]))

# the mention's own reflexive says its sex: a holder of the other sex is another holder, and the role stays as written
test_role_gender = pytest.mark.slow(speaker_table([
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse described herself as a witness who heard "
     "shouting.", "described", "Sarah Lind"),
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse described himself as a witness who heard "
     "shouting.", "described", "The nurse"),
    ("Brian Cole, the mayor's aide, left early. The aide said he regretted nothing.", "said", "Brian Cole"),
    # no pronoun of its own: the holder named before, as a reader takes it
    ("Brian Cole, the mayor's aide, left early. The aide said the budget was late.", "said", "Brian Cole"),
    # the subject of what it says is no sign of the speaker's sex: a client, the mayor, a gunman
    ("Brian Cole, the mayor's aide, left early. The aide said she regretted nothing.", "said", "Brian Cole"),
    ("John Marsh, a lawyer for Jane Doe, filed the motion on Monday. The lawyer said she would plead not guilty.",
     "said", "John Marsh"),
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse told police he heard shouting.", "told",
     "Sarah Lind"),
    ("Mary Dunn, the witness, testified on Tuesday. \"He had a gun,\" the witness said.", "said", "Mary Dunn"),
    ("Brian Cole, the mayor's aide, left early. The aide said the suspect, she believed, was gone.", "said",
     "Brian Cole"),
    # named next: the same, for the one the next sentence names
    ("The organizer of the Elm Street march argued he was proud of it. \"We asked for a wider one,\" said Tom Briggs, "
     "organizer of the Elm Street march.", "argued", "Tom Briggs"),
    ("The organizer of the Elm Street march argued she was proud of it. \"We asked for a wider one,\" said Tom "
     "Briggs, organizer of the Elm Street march.", "argued", "Tom Briggs"),
]))

# "actress Jane Holloway": the noun set right before a person's name of two words, lower-case and singular
@pytest.mark.slow
@pytest.mark.parametrize("text, lemma, expected", [
    ("New York (AFP) – Oscar-winning actress Jane Holloway, star of a cult western, is not sure.", "actress",
     [("actress", "Jane Holloway")]),
    ("Critics praised organizer Tom Briggs on Monday.", "organizer", [("organizer", "Tom Briggs")]),
    # the name is the subject of a clause on the noun: the doctor is someone else
    ("Witnesses said the doctor Ann Lee consulted had warned her.", "doctor", []),
    ("The driver Paul Ward hit was taken to hospital.", "driver", []),
    # no name right after the noun, or a name of one word, or another noun
    ("An actress, Jane Holloway, spoke on Monday.", "actress", []),
    ("The actress spoke to Holloway on Monday.", "actress", []),
    ("Oscar-winning actor Tom Holloway met the mayor.", "actress", []),
    # the plural is a group's noun
    ("The actresses Jane Holloway and Mary Lane met the mayor.", "actress", []),
])
def test_titled_names_of(nlp, text: str, lemma: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [(tok.text, ent.text) for tok, ent in titled_names_of(doc, lemma, ())] == expected

# a description by party, faith or nation the text gave one named person in the same words ("Richard Hale, a lifelong
# Republican"): "the lifelong Republican" is that person; two holders, a bare noun, other words, another sex or an
# unnamed newcomer of the noun leave it as written
test_described_person = pytest.mark.slow(speaker_table([
    ("Dan Colby, a lifelong Republican, drafted the letter. The lifelong Republican said he would not vote for the "
     "nominee.", "said", "Dan Colby"),
    ("Voters met Ann Ross, a lifelong Democrat, at the fair. The lifelong Democrat argued the party had drifted.",
     "argued", "Ann Ross"),
    ("Dan Colby is a lifelong Democrat. The lifelong Democrat said the party had lost its way.", "said", "Dan Colby"),
    ("Dan Colby, a proud Texan, drafted the letter. The proud Texan said he would not vote for the nominee.", "said",
     "Dan Colby"),
    ("Dan Colby, a conservative Catholic, drafted the letter. \"The bishops are wrong,\" the conservative Catholic told "
     "reporters.", "told", "Dan Colby"),
    # two people given the noun: never one of them
    ("Dan Colby, a lifelong Republican, drafted the letter. Donna Webb, a Republican, read it aloud. The lifelong "
     "Republican said he would not vote for the nominee.", "said", "The lifelong Republican"),
    # one more given the noun in the same words: before the name, or with "the"
    ("Dan Colby, a lifelong Republican, drafted the letter. Lifelong Republican Mary Webb also signed it. The lifelong "
     "Republican said the party had lost its way.", "said", "The lifelong Republican"),
    ("Dan Colby, a lifelong Republican, drafted the letter. Mary Webb, the lifelong Republican who chairs the county "
     "party, called it treason. The lifelong Republican said the party had lost its way.", "said",
     "The lifelong Republican"),
    # the noun denied or asked of the name: no holder
    ("Dan Colby is not a lifelong Republican. Mary Webb drafted the letter. The lifelong Republican said the party had "
     "lost its way.", "said", "The lifelong Republican"),
    ("Was Dan Colby ever a lifelong Republican? The lifelong Republican said the party had lost its way.", "said",
     "The lifelong Republican"),
    # named only after the mention
    ("The lifelong Republican said he would not vote for the nominee. Dan Colby, a lifelong Republican, drafted the "
     "letter.", "said", "The lifelong Republican"),
    # the mention's own pronoun says the other sex
    ("Dan Colby, a lifelong Republican, drafted the letter. The lifelong Republican said she would not vote for the "
     "nominee.", "said", "The lifelong Republican"),
    # a bare noun fits any Republican of the story; words the holder was not given, or that make another holder
    ("Dan Colby, a conservative Catholic, drafted the letter. The Catholic said the bishops were wrong.", "said",
     "The Catholic"),
    ("Dan Colby, a conservative Catholic, drafted the letter. The liberal Catholic said the bishops were wrong.", "said",
     "The liberal Catholic"),
    ("Dan Colby, a lifelong Republican, drafted the letter. The other Republican said he would not vote for the "
     "nominee.", "said", "The other Republican"),
    # one more of the noun brought in unnamed since
    ("Dan Colby, a lifelong Republican, drafted the letter. A lifelong Republican from Ohio, who asked not to be named, "
     "praised it. The lifelong Republican said the party was lost.", "said", "The lifelong Republican"),
    # the noun said of someone unnamed ("Colby's wife"), not of a name
    ("Dan Colby's wife, a lifelong Republican, drafted the letter. The lifelong Republican said the party was lost.",
     "said", "The lifelong Republican"),
]))
