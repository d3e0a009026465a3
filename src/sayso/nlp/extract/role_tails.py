"""A speaker the parse lost behind the role set beside the name.

"Christine South, head of IFRC's (International Federation of Red Cross) emergency operations,
said: ...": a bracket in the role broke the parse, which took "operations", the role's last
noun, for the subject of "said". The name a comma sets a role beside is who speaks. Pure
functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

_DETERMINERS = frozenset({"a", "an", "the"})
_ROLE_WORDS = 20  # at most this many words between the comma after the name and the subject


def name_before_role(subject: Token) -> Token | None:
    """The head of the person named before the role whose tail ``subject`` is, else None.

    The subject must stand in a phrase set off by commas ("..., head of ... operations, said") that
    opens with a common noun (after "a"/"the"), right after a person's name; a subject that is its
    phrase's own head ("Smith, the mayor, said" parsed right) or no name before the comma leaves
    the parse's subject alone.
    """
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    doc = subject.doc
    # the sentence as the parse split it may start inside the role (a bracket split it): look back a few words
    lo = max(0, subject.i - _ROLE_WORDS)
    k = subject.i - 1
    while k > lo and doc[k].text != "," and "\n" not in doc[k].whitespace_ + doc[k].text:
        k -= 1
    if k <= lo or doc[k].text != ",":
        return None
    first = doc[k + 1]
    if first.lower_ in _DETERMINERS and k + 2 < subject.i:
        first = doc[k + 2]
    if first == subject or first.pos_ != "NOUN" or first.tag_ != "NN" or not first.is_lower:
        return None
    name = doc[k - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    if not (subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","):
        return None  # the role ends at the subject, as a comma closes it
    return name
