"""A possessive kin noun as a speaker ("her husband said") is the one person the text put beside that noun of the same
owner before ("Anne Hale and her husband, Tom Hale,": ``kin_nouns``); a kin noun the text gave no name, an owner who
may be two people, two holders of the noun, and a noun with words of its own stay as written."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.kin_nouns import one_partner

test_kin_noun = pytest.mark.slow(speaker_table([
    # the partner the text put beside the noun of the same owner
    ("Anne Hale and her husband, Tom Hale, came to the rally on Sunday. The couple moved to the town in 1990.\n\n"
     "\"We love this town,\" her husband said.", "said", "Tom Hale"),
    ("Jane Roe's son, Sam Roe, was arrested in May. Jane Roe spoke later. \"He is innocent,\" her son said.", "said",
     "Sam Roe"),
    ("Jane Roe's son, Sam Roe, was arrested in May. \"He is innocent,\" Jane Roe's son said.", "said", "Sam Roe"),
    ("Anne Hale and her husband, Tom Hale, came on Sunday. Her husband's brother, Sam Hale, joined them. \"We love "
     "this town,\" her husband said.", "said", "Tom Hale"),
    ("Tom Hale's son, Sam Hale, was arrested in May. Tom Hale spoke later. \"He is innocent,\" his son said.", "said",
     "Sam Hale"),
    # no partner named: no one a reader may know of
    ("Anne Hale came to the rally on Sunday. \"We love this town,\" her husband said.", "said", "her husband"),
    # two women: whose husband is not said
    ("Anne Hale and her husband, Tom Hale, came to the rally with Mary Cole on Sunday. \"We love this town,\" her "
     "husband said.", "said", "her husband"),
    ("Anne Hale and Mary Cole came to the rally with her husband, Tom Hale, on Sunday. \"We love this town,\" her "
     "husband said.", "said", "her husband"),
    # another owner
    ("Jane Roe's son, Sam Roe, was arrested in May. Mary Cole spoke later. \"He is innocent,\" her son said.", "said",
     "her son"),
    # the owner is another of the family
    ("Jane Roe's son, Sam Roe, was arrested in May. Mary Roe spoke later. \"He is innocent,\" her son said.", "said",
     "her son"),
    # two holders of the noun: which son is not said
    ("Jane Roe's son, Sam Roe, was arrested in May. Her son, Tim Roe, stayed home. \"He is innocent,\" her son "
     "said.", "said", "her son"),
    # the earlier holder's owner is not told in its sentence: she may be another woman
    ("Mary Cole lives next door. Her husband, Tom Cole, was at home. Anne Hale spoke later. \"We are fine,\" her "
     "husband said.", "said", "her husband"),
    # a second holder with words of its own, or more than one: which son is not said
    ("Jane Roe's son, Sam Roe, was arrested in May. Her other son, Tim Roe, stayed home. \"He is innocent,\" her "
     "son said.", "said", "her son"),
    ("Jane Roe's son, Sam Roe, was arrested in May. Her two sons were at home. \"He is innocent,\" her son said.",
     "said", "her son"),
    # a marriage ended since: the husband named then may be no longer
    ("Anne Hale's husband, Tom Hale, divorced her in 2012. Hale has since remarried. \"I am happy now,\" her husband "
     "said.", "said", "her husband"),
    # a woman no name stands for: the husband may be hers
    ("Anne Hale and her husband, Tom Hale, came on Sunday. Police said a woman was hurt. \"She is in pain,\" her "
     "husband said.", "said", "her husband"),
    # words of the noun's own; another noun
    ("Anne Hale and her husband, Tom Hale, came to the rally on Sunday. \"We love this town,\" her late husband "
     "said.", "said", "her late husband"),
    ("Anne Hale and her husband, Tom Hale, came to the rally on Sunday. \"I love this town,\" his wife said.", "said",
     "his wife"),
]))


@pytest.mark.parametrize("names, expected", [
    ({"Tom Hale"}, "Tom Hale"),
    ({"Tom Hale", "Tom"}, "Tom Hale"),
    ({"Tom Hale", "Sam Roe"}, None),
    ({"Tom Hale", ""}, None),
    (set(), None),
])
def test_one_partner(names: set[str], expected: str | None) -> None:
    assert one_partner(names) == expected
