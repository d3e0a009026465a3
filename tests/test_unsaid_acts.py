"""Acts and unanswered questions are no statements (issue 12): ``other_senses.taste_for_an_act`` ("likes to sing"),
``other_senses.crying_out_for`` ("the trades are crying out for skilled men"),
``responses.sided_with`` ("agreed with Jones"),
``legal_acts.called_to_order`` ("called the meeting to order") and ``non_statements.unanswered_wh`` ("could not
explain why ..."). Each with the statements beside it that stay: a wish, a clause, a naming, an answer.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_taste_is_no_view = cue_table(
    [
        ("Smith likes to sing in the shower.", "likes", False),
        ("The governor loves to travel abroad.", "loves", False),
        ("He hates to lose.", "hates", False),
        # a wish and a clause are views held
        ("Smith would like to see the bill pass.", "would like", True),
        ("Smith likes that the bill passed.", "likes", True),
    ]
)


test_crying_out_for_a_thing_is_a_need = cue_table(
    [
        ("The trades are crying out for skilled men and a trade school diploma.", "are crying out", False),
        ("The region is crying out for investment.", "is crying out", False),
        ("The neighbourhood has been crying out for a new school for years.", "has been crying out", False),
        ("Fans are screaming out for a new coach after the third straight loss.", "are screaming out", False),
        ("Local businesses cried out for relief during the shutdown.", "cried out", False),
        # a clause or a quotation cried out is said
        ("She cried out that the house was on fire.", "cried out", True),
        ('"Help us!" the villagers cried out.', "cried out", True),
        ('The crowd cried out for "justice now" as the verdict was read.', "cried out", True),
    ]
)


test_called_to_order_is_no_naming = cue_table(
    [
        ("Smith called the meeting to order.", "called", False),
        ("The chairman called the House to order at noon.", "called", False),
        ("Smith called the plan a disaster.", "called", True),
    ]
)


test_an_unanswered_question_is_not_said = cue_table(
    [
        ("Smith could not explain why the plan failed.", "explain", False),
        ("Smith did not say when the vote would be held.", "say", False),
        ("Smith never explained how he got the money.", "explained", False),
        # the answer is given
        ("Smith explained why the plan failed.", "explained", True),
        ("Smith said when the vote would be held.", "said", True),
        # (a that-clause under a negated verb of saying is no statement either: ``negated_reports``)
        ("Smith did not say that the vote would be held.", "say", False),
    ]
)


test_siding_with_someone_is_no_statement = cue_table(
    [
        ("Smith agreed with Jones.", "agreed", False),
        ("The judge sided with the governor.", "sided", False),
        ("Smith disagreed with the decision to close the school.", "disagreed", False),
        # what is agreed is said
        ("Smith agreed with Jones that the plan had failed.", "agreed", True),
        ("Smith agreed with the assessment that the plan failed.", "agreed", True),
        ("Smith agreed with his assessment.", "agreed", True),  # a noun that stands for a proposition
        ("Smith agreed that the plan had failed.", "agreed", True),
    ]
)


# the audit's other acts and things, which the stance rules already leave out, and the brief's negatives
test_acts_on_things_stay_out = cue_table(
    [
        ("The senator cited criticism of the plan from economists.", "cited", False),
        ("The campaign promoted the bill on social media.", "promoted", False),
        ("Trump highlighted his record on jobs.", "highlighted", False),
        ("Smith believes in God.", "believes", False),
        ("Smith sees the doctor every week.", "sees", False),
        ("Smith called him yesterday.", "called", False),
        # the belief with its clause stays
        ("Smith believes that the deal is dead.", "believes", True),
        ("Smith sees the senator as a threat to the party.", "sees", True),
    ]
)

