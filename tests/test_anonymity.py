"""The condition of anonymity is no attribution (``sayso.nlp.extract.anonymity``, blind audit 67 S211).

``text -> cue word that must (not) be an attribution``: the dropped formulas, then the kept rows (the outer report,
other infinitives, a post to be named to, no negation)."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.anonymity import anonymity_condition

pytestmark = pytest.mark.slow

test_anonymity = cue_table([
    ('"It was brazen intimidation to keep people on the reservation," said a Republican who attended but did not '
     'want to be named.', "want", False),
    ("The official, who did not wish to be identified, said the talks had failed.", "wish", False),
    ("A diplomat who preferred not to be named said the talks had failed.", "preferred", False),
    ("The ministers, who asked not to be named, said the talks had stalled.", "asked", False),
    # kept: the outer report
    ('"It was brazen intimidation," said a Republican who attended but did not want to be named.', "said", True),
    ("The official, who did not wish to be identified, said the talks had failed.", "said", True),
    # kept: what is wanted is no anonymity
    ("He did not want to say whether the talks had failed.", "want", True),
    ("She did not want to be named chairman of the board, her aide said.", "said", True),
])


@pytest.mark.parametrize("text, word, expected", [
    ("A Republican who did not want to be named said it.", "want", True),
    ("A man who asked not to be identified said it.", "asked", True),
    ("He did not want to be named chairman, she said.", "want", False),  # a post, not anonymity
    ("He asked to be named in the suit.", "asked", False),  # no negation
    ("He did not want to say whether it failed.", "want", False),
])
def test_anonymity_condition(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert anonymity_condition(token_of(nlp(text), word)) is expected
