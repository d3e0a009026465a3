"""An admission in a trailing participle whose words speak of a person of the other sex than the one the parse
gives it to, that person named in between: a pure predicate on the parse.

"Mr. Hale was recalling Mrs. Ortiz's story of being robbed while abroad, later conceding she had not been robbed":
the parse hangs "conceding" on "recalling", so the participle went to Mr. Hale; but one concedes, admits, confesses
or acknowledges mostly of one's own deeds, and "she" is not Mr. Hale: the admission is Mrs. Ortiz's, or its speaker
is unsure (issue 12, P77: "later admitting she had not come under fire" given to Mr. Trump). A wrong speaker puts
words in someone's mouth, so no speaker is given.

Only a participle of admitting whose own clause has "he" or "she" for subject, whose subject's sex is shown (a title,
a given name, a pronoun) and is the other one, and where a person of the pronoun's sex is named between the subject
and the participle as the owner of an account ("Mrs. Ortiz's story", "Mrs. Clinton's account": ``said_thing_nouns``),
whose words the admission takes back. One concedes of others too, and that is kept: "Mr. Trump spoke about Mrs.
Clinton's campaign, conceding she had won the popular vote", "Ms. Chen replied to Mr. Ross, admitting he had a point",
"Mr. Hale praised Mrs. Ortiz, conceding she had worked hard" (rev75s: the wider rule took all of these from their
speaker). "saying she lied" is no admission: kept. Tests: ``tests/test_admitting_participles.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.person_signs import PRONOUN_SEX, sex_of
from sayso.nlp.extract.resource_files import read_words

_ADMITTING = frozenset({"admit", "acknowledge", "concede", "confess"})
# nouns of words said ("account", "story", "claim", "version", "testimony"): the owner's words, which an admission
# takes back
_ACCOUNTS = read_words("said_thing_nouns.txt")


def admission_of_other_sex(token: Token, subject: Token | None, given: Mapping[str, str]) -> bool:
    """Whether the participle ``token`` given to ``subject`` admits something of a "he"/"she" of the other sex than
    the subject, a person of that sex named between them as the owner of an account ("Mr. Hale was recalling Mrs.
    Ortiz's story ..., later conceding she had not been robbed")."""
    if subject is None or token.tag_ != "VBG" or token.lemma_.lower() not in _ADMITTING or not subject.i < token.i:
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    inner = subject_of(clause) if clause is not None else None
    said = PRONOUN_SEX.get(inner.lower_) if inner is not None else None
    own = sex_of(subject, given)
    if said is None or own is None or own == said:
        return False
    return any(sex_of(t, given) == said for t in token.doc[subject.i + 1:token.i]
               if t.pos_ == "PROPN" and t.dep_ == "poss" and t.head.lemma_.lower() in _ACCOUNTS)
