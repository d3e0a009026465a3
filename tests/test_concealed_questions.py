"""A noun that stands for a question is no proposition (``nlp/extract/concealed_questions.py``; blind audit 61, S99:
"Hoy confirmed the woman's age" judged no attribution). Events, statements, clauses and a value given stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_fact_named_is_not_said = cue_table(
    [
        ("Hoy confirmed the woman's age Tuesday and said she has left on vacation with her family.", "confirmed", False),
        ("Police confirmed the victim's identity on Friday.", "confirmed", False),
        ("A spokeswoman confirmed the name of the driver but gave no other details.", "confirmed", False),
        ("The embassy confirmed the man's nationality.", "confirmed", False),
        # kept: events, statements, clauses, a value given (PolNeAR: "confirmed the meeting", "that observation")
        ("The person confirmed the meeting on the condition of anonymity.", "confirmed", True),
        ("The company confirmed the deal on Monday.", "confirmed", True),
        ("The New York Times confirmed that observation.", "confirmed", True),
        ("Police confirmed that the woman was 23.", "confirmed", True),
        ("Police confirmed the victim's identity as John Smith, 34.", "confirmed", True),
        ("A spokesman confirmed her age, 23.", "confirmed", True),
        ("Hoy said she has left on vacation with her family.", "said", True),
        # wire63: a place given for a noun of place is a claim (rev61a hand2 H014); no place, or a time: no claim
        ("Officials confirmed the whereabouts of the missing ship near Bermuda.", "confirmed", True),
        ("Police confirmed the whereabouts of the suspect in a hotel in Miami.", "confirmed", True),
        ("Police confirmed his whereabouts off the coast of Somalia.", "confirmed", True),
        ("Police confirmed the whereabouts of the suspect.", "confirmed", False),
        ("Police confirmed the whereabouts of the suspect on Friday.", "confirmed", False),
        ("Police confirmed the identity of the man in the photograph.", "confirmed", False),
        # rev63w: a time, or a place inside a clause on the noun, gives no place
        ("He confirmed the whereabouts of his son within hours.", "confirmed", False),
        ("Police confirmed the suspect's address in the complaint filed in Miami.", "confirmed", False),
    ],
)


# blind audits P78, P79: a free relative, or a light noun with its relative clause, names what was said by a question
# it does not answer; a clause, an account ("how", "why"), a question asked or pondered, a figure shown stay
test_a_free_relative_is_not_said = cue_table(
    [
        ("As the agency hints at what its new rules might include, the mayor is not waiting.", "hints", False),
        ('The rival said the mayor "says whatever he needs to say to win a vote."', "says", False),
        ("The candidate will say whatever it takes.", "say", False),
        ("The senator revealed what he had discussed with the president.", "revealed", False),
        ("Officials disclosed what the company had paid.", "disclosed", False),
        ("Officials disclosed what steps the company would take.", "disclosed", False),
        ("Actress Reveals Shocking Thing Director Said To Her On Set.", "Reveals", False),
        ("The woman revealed the thing the coach did to her.", "revealed", False),
        ("The report revealed something that shocked the board.", "revealed", False),
        # kept
        ("The senator revealed that he had discussed the budget with the president.", "revealed", True),
        ("The candidate said he would do whatever it takes to win.", "said", True),
        ("She asked what had happened to the money.", "asked", True),
        ("The mayor explained how the plan would work.", "explained", True),
        ("The mayor explained why the plan failed.", "explained", True),
        ("He said what he did was wrong.", "said", True),
        # a verb of disputing takes another's words, which disputed_claims reads; a light noun with a phrase that
        # goes on to the words (the parse reads the clause after "beyond that" as a relative)
        ("The governor rejected what the auditors wrote about the pension fund.", "rejected", True),
        ("The coach would not say anything beyond that the striker is injured.", "say", True),
        ("The governor condemned what he called a reckless attack.", "condemned", True),
        ("The chart shows what the car would cost if a tariff were imposed.", "shows", True),
        ("Critics say things are getting worse for the economy.", "say", True),
        ("The driver told me the police stopped him.\nThe driver said, what happened to my car?", "said", True),
        ('The rival said the governor "says voters want lower taxes."', "says", True),
        # review rev76t: the answer after a colon, a dash or a comma; a concessive "whatever"; a relative named
        ("He said what he believed: that the war could not be won.", "said", True),
        ("The report revealed what the agency had hidden: a secret prison outside Warsaw.", "revealed", True),
        ("Trump repeated what he has said many times before, that the election was rigged.", "repeated", True),
        ("She revealed something few people knew: she had worked as a spy in Berlin.", "revealed", True),
        ("The coach said one thing that stood out, that the players were tired.", "said", True),
        ("The manager said whatever happens, he will stay at the club until May.", "said", True),
        ("The prosecutor said whatever the defendant claims, the evidence is clear.", "said", True),
        ("Smith said whatever the outcome, the party would accept the result.", "said", True),
        ("He told the BBC what's more, the deal would create 2,000 jobs.", "told", True),
        ("Researchers found what appears to be a new species of frog.", "found", True),
        # a second relative after the comma is still no answer
        ("Officials revealed everything they knew about the attack.", "revealed", False),
    ],
)
