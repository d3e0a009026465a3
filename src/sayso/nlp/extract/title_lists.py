"""A list of titles that ends in a person's name, which the parse split at its "and": a pure predicate on the parse.

"said IAB President and CEO Greg Stuart": the parse makes the first title ("President") the verb's subject and joins
the name to it as a conjunct ("Stuart"), so the speaker read off the subject is "IAB President and CEO Greg Stuart",
a body by its head. The titles are one person's, whom the name names: the speaker is the name.

What it keeps: two people joined ("President Obama and CEO Greg Stuart": the subject is "Obama", a name), a title
joined to a name with no title of its own before it ("the President and Greg Stuart": two people), a name joined to
more ("... CEO Greg Stuart and his wife"), a name NER calls no person.
"""

from __future__ import annotations

from spacy.tokens import Token

# words a title of a list may carry besides the role nouns: "chief executive", "vice president", "co-founder"
_TITLE_WORDS = frozenset({"chief", "vice", "senior", "deputy", "executive", "co", "-", "managing"})


def name_after_titles(subject: Token, roles: frozenset[str]) -> Token | None:
    """The name a subject's list of titles ends in ("President and CEO Greg Stuart": "Stuart"), else None.

    ``subject`` is a capitalised role word outside any name (``roles``: "President", "Chairman") with a conjunct that
    is a person's name (NER's PERSON); between them only "and", commas and title words, and a title word right before
    the name ("CEO Greg Stuart"); the name is joined to nothing more."""
    if subject.pos_ != "PROPN" or not subject.text[:1].isupper() or subject.ent_type_ == "PERSON" \
            or subject.lower_ not in roles:
        return None
    doc = subject.doc
    for name in subject.children:
        if name.dep_ != "conj" or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.i <= subject.i:
            continue
        first = name.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        between = doc[subject.i + 1:first]
        if len(between) < 2 or any(c.dep_ == "conj" for c in name.children):
            return None
        if between[-1].lower_ not in roles or not any(t.lower_ == "and" for t in between):
            return None
        # the subject's own title again after the "and" is a second office, a second person ("the Mayor and Deputy
        # Mayor Ken Smith", "Chairman and Vice Chairman John Williams")
        if any(t.lower_ == subject.lower_ for t in between):
            return None
        if all(t.lower_ in ("and", ",") or t.lower_ in roles or t.lower_ in _TITLE_WORDS for t in between):
            return name
    return None
