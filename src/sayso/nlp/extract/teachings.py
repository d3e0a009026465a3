""""teach" as a statement of a doctrine or a lesson, not as instruction (issue 12, item 3): a pure predicate.

"The Church teaches that marriage is indissoluble", "Jesus taught that the meek will inherit the earth", "My
grandmother taught me that a promise is a promise": a person, a body or a faith states something. The same verb
also names instruction, which states nothing: "She taught school in Ohio", "He teaches journalism at Idaho", "My
mother taught me to read", "He taught her how to shoot"; and with a thing for subject it is the writer's own
lesson: "history teaches that ...", "Experience teaches us that markets overreact".

``teach`` is a cue verb (``cue_verbs.txt``, sense saying) and attributes only with a bare object never
(``object_only_verbs.txt``); ``instruction_not_teaching`` rules out the rest. Tests: ``tests/test_teachings.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import Agency, agentive, referent
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.senses import that_clause

TEACH = "teach"


def instruction_not_teaching(token: Token, content: Content, doc: Doc, subject: Token | None, agency: Agency,
                             speakers: frozenset[str] = frozenset()) -> bool:
    """ "teach" with no that-clause of its own nor a quotation (instruction: "taught me to read", "taught her how to
    shoot"), or with a common noun nobody speaks for as its subject ("history teaches that ...", "the course teaches
    students that ..."). Kept: a person, a body, a name ("Islam", "the Catechism"), a pronoun or a document ("the
    letter teaches that ...") with a that-clause or a quotation. ``speakers``: the nouns of people and documents
    ``agentive`` does not know ("my grandmother", "the letter")."""
    if token.lemma_.lower() != TEACH or token.pos_ != "VERB":
        return False
    if not that_clause(token, content, doc):
        return True
    noun = referent(subject) if subject is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return noun.lemma_.lower() not in speakers and noun.lower_ not in speakers and not agentive(noun, agency)
