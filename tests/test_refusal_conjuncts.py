"""A refusal to say at the end of a content is the speaker's next act (``nlp/extract/refusal_conjuncts.py``; blind
audit 61, S212: "said that a search is in progress but would not comment on its status")."""

from __future__ import annotations

import pytest

from _cues import rows_table

test_without_refusal_conjunct = rows_table([
    ("Jack Ferry, company spokesman, said that a search is in progress but would not comment on its status.",
     [("Jack Ferry", "said", "that a search is in progress")]),
    ("His campaign confirmed that Trump would meet with party officials but would not offer details.",
     [("His campaign", "confirmed", "that Trump would meet with party officials")]),
    ("Officials said the suspect had fled the country but did not say where.",
     [("Officials", "said", "the suspect had fled the country")]),
    ("A spokeswoman said the company had received the letter and declined to comment further.",
     [("A spokeswoman", "said", "the company had received the letter")]),
    # "neglected" and "failed" refuse as "declined" does (blind audit 29: run_on)
    ("On Thursday, investigators revealed that the note was not a suicide note but neglected to provide further "
     "details about its purpose.", [("investigators", "revealed", "that the note was not a suicide note")]),
    ("The report said the company grew but failed to disclose the risks.",
     [("The report", "said", "the company grew but failed to disclose the risks")]),
    # kept: a conjunct with its own subject, a conjunct that is no refusal, a quotation
    ("She said the police found the gun but they would not comment.",
     [("She", "said", "the police found the gun but they would not comment")]),
    # PolNeAR gold: a future refusal is an intention stated, and giving an act with no particulars
    ("The State Department has said that it has classified 22 emails as secret and will not release those emails.",
     [("The State Department", "has said",
       "that it has classified 22 emails as secret and will not release those emails")]),
    ("Apple has stated it will not fund the convention and did not provide any support.",
     [("Apple", "has stated", "it will not fund the convention and did not provide any support")]),
    ("Huckabee's campaign acknowledged that he has delivered paid speeches but declined to provide a list of venues.",
     [("Huckabee's campaign", "acknowledged", "that he has delivered paid speeches")]),
    ("The minister said the talks had stalled but would resume next week.",
     [("The minister", "said", "the talks had stalled but would resume next week")]),
    # kept: what the content's own subject did not do (review rev61a)
    ("The report said the company knew of the defect but did not disclose it to regulators.",
     [("The report", "said", "the company knew of the defect but did not disclose it to regulators")]),
    ("Police said the suspect confessed but would not name his accomplices.",
     [("Police", "said", "the suspect confessed but would not name his accomplices")]),
    ("The memo says the CIA knew of the plot but did not share the information with the FBI.",
     [("The memo", "says", "the CIA knew of the plot but did not share the information with the FBI")]),
    ("She said the board met on Monday and did not discuss the merger.",
     [("She", "said", "the board met on Monday and did not discuss the merger")]),
    ("Critics say the president promised reform but never specified how it would be paid for.",
     [("Critics", "say", "the president promised reform but never specified how it would be paid for")]),
    ('The senator said the bill "is dead and will not come up again."',
     [("The senator", "said", 'the bill "is dead and will not come up again')]),
    ('The senator said the bill "is dead, and I will not comment on it again."',
     [("The senator", "said", 'the bill "is dead, and I will not comment on it again')]),
    # rev63w: a refusal joined to another speaker's account may be the cue speaker's own: cut, the rest is true
    ("The spokesman said the witness testified for three hours but would not say whether he had seen the gunman.",
     [("The spokesman", "said", "the witness testified for three hours")]),
    ("The company said the CEO confessed to the affair but would not say whether the board knew.",
     [("The company", "said", "the CEO confessed to the affair")]),
    ("The lawyer said his client denied the charges but would not say whether his client would testify.",
     [("The lawyer", "said", "his client denied the charges")]),
    # wire63: a cue whose content is only its own refusal: nothing testified, no row
    ("The witness testified for three hours but would not say whether he had seen the gunman.", []),
    ("The witness testified that she saw the gun but would not say whether she fired it.",
     [("The witness", "testified", "that she saw the gun")]),
    # negatives: a bare stock refusal after another's account is the cue's speaker's; a verb that is no account
    ("Police said the suspect told officers he was innocent but declined to comment further.",
     [("Police", "said", "the suspect told officers he was innocent")]),
    ("The company said the search is in progress but would not say whether anyone was found.",
     [("The company", "said", "the search is in progress")]),
])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ferry said that a search is in progress but would not comment on its status.", True),
        ("The campaign confirmed that Trump would meet officials but declined to give details.", True),
        ("It raises one question that the author does not and cannot answer.", False),  # one verb phrase, shared
        ("The minister said the talks had stalled but would resume next week.", False),
    ],
)
def test_refusal_conjunct(nlp, text: str, expected: bool) -> None:
    from sayso.nlp.extract.refusal_conjuncts import _stranded, refusal_to_say

    verb = next(t for t in nlp(text) if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
    assert (refusal_to_say(verb) and not _stranded(verb.head)) is expected
