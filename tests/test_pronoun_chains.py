"""A "he" or "she" that goes on from the same pronoun as the subject before: ``pronoun_chains.chained_antecedent``.

"Bryant said ... He cited Robert Spencer ... In a letter to May, he said": whoever the first "He" stands for
(Bryant), not a bare "he" (in that article the ranking left it to no one: Spencer, named in passing, stands nearer).
The walk back is tested on the parse: which earlier pronoun the chain hands to ``resolve``, or None where anyone
else is a subject in between or the same pronoun stands only in a subordinate clause. In ``by_pronoun`` it is the last
resort, for a pronoun no name was found for.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sayso.nlp.extract.pronoun_chains import chained_antecedent

pytestmark = pytest.mark.slow

BRYANT = ("Bryant, a former minister, said the prime minister should issue a prohibition order.\n"
          "He cited the cases of two bloggers, Robert Spencer and Pamela Geller, who were banned by May in 2013, as "
          "precedents.\n")


def _ctx(doc):  # noqa: ANN001, ANN202
    """What the walk consults: no quotation, and the lexicons' nouns of a person."""
    lexicon = SimpleNamespace(person_nouns=frozenset({"senator", "minister"}), person_roles=frozenset(),
                              documents=frozenset(), agency={})
    return SimpleNamespace(quotes=SimpleNamespace(containing=lambda idx: None), people=frozenset(), lexicon=lexicon)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(BRYANT + "In a letter to May, he said that Trump should be banned.", "He cited",
                     id="same-pronoun-main-subject-before"),
        pytest.param("She arrived at the court on Monday.\nWhen she left, the crowd cheered.\nOutside, she said that "
                     "the verdict was unfair.", "She arrived", id="over-a-subordinate-she-and-a-thing"),
        # negatives: someone else a subject in between, another pronoun, or the same one only subordinate
        pytest.param(BRYANT + "Spencer denied it.\nIn a letter to May, he said that Trump should be banned.", None,
                     id="a-name-subject-in-between"),
        pytest.param(BRYANT + "The senator denied it.\nIn a letter to May, he said that Trump should be banned.", None,
                     id="a-person-noun-subject-in-between"),
        pytest.param("He arrived on Monday.\nShe said that he was late.\nLater, he said that the train was slow.", None,
                     id="another-pronoun-in-between"),
        pytest.param("When he arrived, Smith was angry.\nHe said that the train was slow.", None,
                     id="a-name-main-subject"),
    ],
)
def test_chained_antecedent(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ in ("he", "she")][-1]
    found = chained_antecedent(_ctx(doc), pronoun, lambda t: t)
    assert (None if found is None else doc[found.i:found.i + 2].text) == expected
