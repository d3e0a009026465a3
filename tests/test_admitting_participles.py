"""An admission in a trailing participle about a "he"/"she" of the other sex than the subject the parse gives it,
that person named in between, is given to no one (``nlp/extract/admitting_participles.py``; issue 12, P77: "later
admitting she had not come under fire" was given to Mr. Trump, who spoke of Mrs. Clinton's account).
"""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.admitting_participles import sex_of
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # the other sex's deed, that person named between: no speaker
        pytest.param("Mr. Hale was recalling Mrs. Ortiz's story of being robbed while abroad, later conceding she had "
                     "not been robbed.", "later conceding", None, id="title-possessor-conceding"),
        pytest.param("Tom Hale was recalling Ana Ortiz's story of being robbed abroad, later confessing she had made "
                     "it up.", "later confessing", None, id="given-names-confessing"),
        # kept: the subject's own sex, no admission, the object of the verb, no one named between
        pytest.param("Mr. Hale was recalling Ana Ortiz's story of being robbed, later admitting he had doubted it.",
                     "later admitting", "Hale", id="own-sex"),
        pytest.param("Mr. Hale was recalling Mrs. Ortiz's story of being robbed, saying she had lied.", "saying",
                     "Hale", id="saying-no-admission"),
        pytest.param("Mr. Hale praised Mrs. Ortiz, conceding she had worked hard.", "conceding", "Hale",
                     id="object-of-the-verb"),
        pytest.param("Mr. Hale was recalling the story of the robbery, later admitting she had not been robbed.",
                     "later admitting", "Hale", id="no-one-named-between"),
        pytest.param("Dana Hale was recalling Ana Ortiz's story, later admitting she had doubted it.",
                     "later admitting", "Dana Hale", id="subject-sex-unknown"),
    ],
)
def test_admission_of_the_other_sex(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [(s, c) for s, c, _ in rows(nlp, text) if c == cue]
    if speaker is None:
        assert all(s is None for s, _ in found), found  # no one named (nothing kept at the default threshold)
    else:
        assert (speaker, cue) in found, found


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("Mr. Hale spoke.", "Hale", "m", id="title-male"),
        pytest.param("We read Mrs. Ortiz's story.", "Ortiz", "f", id="title-female-possessor"),
        pytest.param("Ana Ortiz spoke.", "Ortiz", "f", id="given-name"),
        pytest.param("Ortiz spoke.", "Ortiz", None, id="surname-alone"),
        pytest.param("She spoke.", "She", "f", id="pronoun"),
    ],
)
def test_sex_of(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert sex_of(next(t for t in doc if t.text == word), load_lexicon().given_genders) == expected
