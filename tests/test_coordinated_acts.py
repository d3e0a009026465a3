"""A verb coordinated with a cue is another act, never what the cue says (``extract/coordinated_acts.py``)."""

from __future__ import annotations

import pytest

from _cues import rows, token_of


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of acts sharing one object: no content of the first act's own
        ("It upheld fallback rules that bar the same groups from airing ads that promote, support, attack or oppose a "
         "candidate at any time.", []),
        ("He said and repeated that the plan would fail.", [("He", "repeated", "that the plan would fail")]),
        # a quotation in the coordinated act's words, or in a later conjunct clause, is theirs
        ("The comic pushed back, and said his jokes were not offensive, and he was exposing them to ideas found “in the "
         "real world.”", [("The comic", "said", "his jokes were not offensive")]),
        # the object the acts share is the cue's content too (PolNeAR train's cue "derided and insulted")
        ("Former Obama spokesman Robert Gibbs derided and insulted “the professional left” in press conferences.",
         [("Robert Gibbs", "derided", "the professional left")]),
        ("The company admitted and regretted that it had misled investors.",
         [("The company", "admitted", "that it had misled investors")]),
        # negatives: the cue's own clause stays; a conjunct with its own subject was never the content
        ("He said the plan would fail and left the room.", [("He", "said", "the plan would fail")]),
        ("Groups that support or oppose the measure said it would pass.", [("Groups", "said", "it would pass")]),
    ],
)
def test_a_coordinated_act_is_no_content(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    # the rows of other cues ("report", "was exposing": below the report's confidence) are no matter here
    assert [r for r in rows(nlp, text) if r[1] not in ("report", "was exposing")] == expected


@pytest.mark.parametrize(
    "text, cue, child, expected",
    [
        ("ads that promote, support, attack or oppose a candidate", "promote", "support", True),
        ("He denied and condemned the report.", "denied", "condemned", True),
        # negatives: the cue's object comes first; the conjunct has its own subject
        ("He said the plan would fail and left the room.", "said", "left", False),
        ("He said the plan would fail and she agreed.", "said", "agreed", False),
        ("Tosatti commented dryly, “Rejoice and be glad… but not if you’re a cloistered contemplative.”", "commented",
         "Rejoice", False),
        ("Officials have described — but have not released — what they say are recordings.", "described", "released",
         False),
    ],
)
def test_coordinated_act(nlp, text: str, cue: str, child: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.coordinated_acts import coordinated_act

    doc = nlp(text)
    c = token_of(doc, cue)
    k = token_of(doc, child)
    assert coordinated_act(c, k) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # two acts of judging one object, or two acts on a statement: one attribution, the first cue's (rev59a)
        ("The leaders condemned and denounced the attack.", [("The leaders", "condemned", "the attack")]),
        ("The leaders condemned and denounced the attack on the embassy.",
         [("The leaders", "condemned", "the attack on the embassy")]),
        ("The senators questioned and challenged the findings.", [("The senators", "questioned", "the findings")]),
        ("The senators questioned and challenged the claim.", [("The senators", "questioned", "the claim")]),
        ("The senators criticized and condemned the decision.", [("The senators", "criticized", "the decision")]),
        ("The senators condemned and criticized the decision.", [("The senators", "condemned", "the decision")]),
        # negatives: a list of acts on a candidate; one act alone on a thing; the conjunct's own predication
        ("The law bans ads that promote, support, attack or oppose a candidate.", []),
        ("The leaders condemned the attack.", []),
        ("The senators questioned the findings.", []),
        # rev61w: a body of people judged, as a person is
        ("The protesters condemned and denounced the regime.", []),
        ("The protesters condemned and denounced the junta.", []),
        ("The group condemned and denounced the attack as an act of terror.",
         [("The group", "denounced", "the attack as an act of terror")]),
    ],
)
def test_acts_judging_one_object(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The leaders condemned and denounced the attack.", "condemned", True),
        ("The senators questioned and challenged the findings.", "questioned", True),
        # negatives: people judged; acts on a thing that judge nothing; three acts; the conjunct, not the first cue
        ("The mayor praised and thanked the volunteers.", "praised", False),
        ("Residents supported and promoted the plan.", "supported", False),
        ("ads that promote, support, attack or oppose a candidate", "promote", False),
        ("The leaders condemned and denounced the attack.", "denounced", False),
    ],
)
def test_judged_together(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.candidates import Content
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.shared_objects import judged_together

    lexicon = load_lexicon()
    doc = nlp(text)
    c = token_of(doc, cue)
    conjunct = next((k for k in c.children if k.dep_ == "conj"), c)
    obj = next((o for o in conjunct.children if o.dep_ == "dobj"), None)
    content = Content("child_dobj", obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)) if obj is not None \
        else Content("child_dobj", 0, 0)
    assert judged_together(c, content, doc, evaluative_verbs=lexicon.evaluative_verbs,
                           proposition_nouns=lexicon.proposition_nouns, people=frozenset()) is expected
