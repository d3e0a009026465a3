"""An admission in a trailing participle about a "he"/"she" of the other sex than the subject the parse gives it,
that person named in between, is given to no one (``nlp/extract/admitting_participles.py``; issue 12, P77: "later
admitting she had not come under fire" was given to Mr. Trump, who spoke of Mrs. Clinton's account).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # the other sex's deed, that person named between: no speaker
        pytest.param("Mr. Hale was recalling Mrs. Ortiz's story of being robbed while abroad, later conceding she had "
                     "not been robbed.", "later conceding", None, id="title-possessor-conceding"),
        # ("later confessing" is no cue at all: that row passed on the base too; rev75s)
        pytest.param("Tom Hale was recalling Ana Ortiz's story of being robbed abroad, later admitting she had made "
                     "it up.", "later admitting", None, id="given-names-admitting"),
        pytest.param("Mr. Trump was referring to Mrs. Clinton's account of landing under sniper fire in Bosnia in 1996, "
                     "later admitting she had not come under fire.", "later admitting", None, id="p77-account"),
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
        # kept (rev75s): one concedes of others too; only the owner of an account takes it back
        pytest.param("Mr. Trump spoke about Mrs. Clinton's campaign, conceding she had won the popular vote.",
                     "conceding", "Trump", id="owner-of-no-account"),
        pytest.param("Mr. Johnson met with Mrs. May on Tuesday, acknowledging she faced a difficult task.",
                     "acknowledging", "Johnson", id="object-of-a-preposition"),
        pytest.param("Mrs. Ortiz said Mr. Hale lied, later admitting he had been right.", "later admitting", "Ortiz",
                     id="subject-of-the-words"),
        pytest.param("Ms. Chen replied to Mr. Ross's letter, admitting he had a point.", "admitting", "Chen",
                     id="letter-no-account"),
    ],
)
def test_admission_of_the_other_sex(nlp, text: str, cue: str, speaker: str | None) -> None:  # noqa: ANN001
    found = [(s, c) for s, c, _ in rows(nlp, text) if c == cue]
    if speaker is None:
        assert found and all(s is None for s, _ in found), found  # no one named (nothing kept at the default threshold)
    else:
        assert (speaker, cue) in found, found
