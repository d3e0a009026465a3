"""A family called by its name in the plural (``extract/family_plurals.py``): "the Kowalczyks" after "Tom
Kowalczyk" is the people of that family, a group, not the organization NER often reads a plural name as. Only
where the article gives some person that family name in full; "the Yankees" with no Yankee named, a plural name
nobody in the article bears, a possessor's or a family noun's phrase stay as they were."""

from __future__ import annotations

import pytest

from _cues import cue_source
from sayso.nlp.extract.family_plurals import singulars

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Dana Pettigrew opened the bakery in 1990. The Pettigrews said the rent had tripled.", "said",
         ("The Pettigrews", "group")),
        ("Greta Vandermeer met the senator in college. The Vandermeers told reporters they would campaign for her.",
         "told", ("The Vandermeers", "group")),
        ("The Hallorans, said Rita Halloran's neighbour, were away. Rita Halloran wept. The Hallorans said "
         "they would rebuild.", "said", ("The Hallorans", "group")),
        # negatives: nobody of that name in the article; a team's plural with no person; a possessor's phrase
        ("The Kowalczyks said the drought had ruined them.", "said", ("The Kowalczyks", "organization")),
        ("The Yankees said the pitcher would miss the season.", "said", ("Yankees", "organization")),
        ("Tom Kowalczyk sold the farm. The Kowalczyks' lawyer said the sale was fair.", "said",
         ("The Kowalczyks' lawyer", "person")),
    ],
)
def test_a_family_in_the_plural_is_a_group(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("Ebelings", ("Ebeling",)), ("Joneses", ("Jones", "Jonese")), ("Kochs", ("Koch",)), ("Us", ()),
     ("Smith", ())],
)
def test_singulars(word: str, expected: tuple[str, ...]) -> None:
    assert singulars(word) == expected
