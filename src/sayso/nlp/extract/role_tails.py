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


def person_after_role(subject: Token, cue: Token, roles: frozenset[str]) -> Token | None:
    """The person named last in the subject's phrase, right before the cue, after a role noun, where the parse made
    an organisation's name the head: "Nation of Islam leader Louis Farrakhan said" (the parse's subject "Nation",
    "Louis Farrakhan" the object of its "of"). None when the subject is the person already, when the phrase does
    not end with a person's name right before the cue ("leader of the Nation of Islam said") or the name is in a
    clause of its own ("A Texas teenager who supports President Trump said") or one of a list ("he and his wife
    Kali explained"), or when no role noun stands right before that name ("the Nation of Islam and Louis Farrakhan said" is left to the list rules)."""
    doc = subject.doc
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or cue.i < 2 or subject.i >= cue.i:
        return None
    last = doc[cue.i - 1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or not subject.is_ancestor(last):
        return None
    step = last
    while step != subject:  # only through nouns and prepositions: "A teenager who supports President Trump said"
        if step.dep_ == "conj" or step.head.pos_ not in ("NOUN", "PROPN", "ADP") or step.head == step:
            return None  # nor through a list: "he and his wife Kali explained" are two
        step = step.head
    name = next(e for e in doc.ents if e.start <= last.i < e.end)
    role = doc[max(name.start, subject.i + 1) - 1]  # the word before the name (within the subject's phrase)
    if role.i <= subject.i - 1 or role.lower_ not in roles:
        return None
    return last


def role_phrase(person: Token, cue: Token, roles: frozenset[str]) -> list[Token]:
    """The whole subject phrase that ``person_after_role`` found ``person`` closing ("Nation of Islam leader Louis
    Farrakhan"): the mention as written, while the person stays its head and name; empty for any other source."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < person.i), None)
    if subject is None or person_after_role(subject, cue, roles) != person:
        return []
    return list(person.doc[subject.left_edge.i: person.i + 1])
