"""A second conjunct of what the cue governs, hung on the cue by the parse, is the speaker's too when it repeats the
content's opening word or form (``sayso.nlp.extract.parallel_conjuncts``)."""

from __future__ import annotations

import pytest

from _cues import analysis, rows_table

pytestmark = pytest.mark.slow

test_with_parallel_conjunct = rows_table([
    # a repeated preposition of the charge, a repeated subordinator
    ("The lawsuit accuses the company of misleading investors, and of hiding losses from regulators.",
     [("The lawsuit", "accuses", "the company of misleading investors, and of hiding losses from regulators")]),
    ("Investigators believe he had help because of the number of weapons, and because some were bought by others.",
     [("Investigators", "believe",
       "he had help because of the number of weapons, and because some were bought by others")]),
    # a bare verb going on with the infinitive or the gerund of the content, not with the cue
    ("The union is urging members to reject the offer, and vote against the contract.",
     [("The union", "is urging", "members to reject the offer, and vote against the contract")]),
    ("She admitted to threatening the witness, and hiding the evidence in a locker.",
     [("She", "admitted to", "threatening the witness, and hiding the evidence in a locker")]),
    ("The mayor wants to cut taxes, and build a new stadium.",
     [("The mayor", "wants", "to cut taxes, and build a new stadium")]),
    # the quotation opened in the conjunct closes in the content with it (review rev70j)
    ("He told the jury to ignore the remark, and \"focus on the evidence\".",
     [("He", "told", "to ignore the remark, and \"focus on the evidence")]),
    # negatives: a clause of its own subject (the writer's narration), the speaker's next act in a finite verb
    ("He said the plan was dead, and the crowd cheered.", [("He", "said", "the plan was dead")]),
    ("Police said the suspect fled on foot, and officers later found him in a garage.",
     [("Police", "said", "the suspect fled on foot")]),
    ("Their leaders urge the crowds to chant slogans every Friday, and repeatedly vow that they will win.",
     [("Their leaders", "urge", "the crowds to chant slogans every Friday"),
      ("Their leaders", "repeatedly vow", "that they will win")]),
    ("She told reporters she would resign, and walked out of the room.", [("She", "told", "she would resign")]),
    ("The senator called the bill a disgrace and voted against it.", [("The senator", "called", "the bill a disgrace")]),
    ("The minister said the talks had failed, but the two sides met again on Friday.",
     [("The minister", "said", "the talks had failed")]),
    # after a past cue a verb whose past is its bare form may be the speaker's next act (review rev70j)
    ("She told staff to work harder, and cut her own salary by half.", [("She", "told", "to work harder")]),
    ("He vowed to fight the charges, and quit as chairman on Friday.", [("He", "vowed", "to fight the charges")]),
    # a repeated "if" opening a sentence of its own: the condition of its main clause, not the content's
    ("The coach said he would play Smith if he is fit, and if the weather holds the match goes ahead.",
     [("The coach", "said", "he would play Smith if he is fit")]),
])


def test_quotation_opened_in_the_conjunct_closes_in_the_content(nlp) -> None:  # noqa: ANN001
    """The widened content keeps the closing mark of a quotation that the conjunct opens (no unbalanced quote)."""
    report = analysis(nlp, 'He told the jury to ignore the remark, and "focus on the evidence".')
    assert [a.content.text for a in report.attributions] == ['to ignore the remark, and "focus on the evidence"']

