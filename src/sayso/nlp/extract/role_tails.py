"""A speaker the parse lost behind the role set beside the name.

"Christine South, head of IFRC's (International Federation of Red Cross) emergency operations,
said: ...": a bracket in the role broke the parse, which took "operations", the role's last
noun, for the subject of "said". The name a comma sets a role beside is who speaks. Pure
functions of the parse.

A title written before a name is that person too: "Chief financial officer Andy Bryant has said", "said board
member and Nobel-prize winning Stanford physicist Douglas Osheroff": where the parse made the title noun the subject
and hung the name elsewhere (a second subject, the object of "winning"), the person named right after the title is
who speaks, and the mention runs from the title to the end of the name (``name_after_title``).
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


_TITLE_WORDS = 10  # at most this many words from the title noun the parse took for the subject to the name
# what a title may run through before the name: "board member and Nobel-prize winning Stanford physicist"
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_TITLE_TAGS = frozenset({"VBG", "VBN", "HYPH"})
# what may stand between a name that closes the title and the cue it is the subject of: "Andy Bryant has said"
_CUE_HELPERS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _title_noun(token: Token, roles: frozenset[str]) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (token.lower_ in roles or token.lemma_.lower() in roles)


def name_after_title(subject: Token, cue: Token, roles: frozenset[str]) -> Token | None:
    """The last word of the person named right after the title noun the parse took for the subject, else None.

    A reader takes "Chief financial officer Andy Bryant has said" and "said board member and Nobel-prize winning
    Stanford physicist Douglas Osheroff, ..." for Bryant and Osheroff speaking: a title set before a name is the
    name's. The subject must be a singular common noun ("officer", "member"), no name itself; the words from it to the
    name may only be words of a title (nouns, adjectives, participles such as "winning", hyphens, and "and" joining
    two titles of one person where no determiner opens the phrase: "Chairman and CEO John Smith"); the word right
    before the name must be a role noun (the subject itself or a second title: "Stanford physicist"); and the name
    NER found must close there (a comma, the sentence's end, or the cue with only its auxiliaries between).
    Two stay two: "the chairman and Smith said" (no title before Smith), "the mayor and police chief John
    Smith said" (a determiner before a joined title), "unions and lawyer John Smith said" (a plural); "a spokesman for Mayor John Smith" (a preposition) and "the
    officer John Smith arrested" (the name has a verb of its own) are no title before a speaker's name; nor is one
    whose phrase joins more after the name ("said supporter and former minister Tony Blair, his wife and their son":
    the three speak, ``_more_joined``)."""
    doc = subject.doc
    if subject.ent_type_ == "PERSON" or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.i == cue.i:
        return None
    determined = any(c.dep_ in ("det", "poss") for c in subject.children)
    k = subject.i + 1
    while k < len(doc) and doc[k].ent_type_ != "PERSON":
        t = doc[k]
        if k == cue.i or k - subject.i > _TITLE_WORDS:
            return None
        if not (t.pos_ in _TITLE_POS or t.tag_ in _TITLE_TAGS or (t.lower_ == "and" and not determined)):
            return None
        k += 1
    if k >= len(doc) or doc[k].ent_iob_ != "B" or not _title_noun(doc[k - 1], roles) or doc[k - 1].lower_ == "and":
        return None
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    last = doc[end - 1]
    if last.pos_ != "PROPN":
        return None
    j = end
    while j < cue.i and doc[j].head == cue and doc[j].dep_ in _CUE_HELPERS:
        j += 1
    closed = end == len(doc) or doc[end].is_punct or j == cue.i
    return last if closed and not _more_joined(subject, last) else None


def _more_joined(subject: Token, last: Token) -> bool:
    """The subject's phrase joins more after the name, up to a quotation mark: "said supporter and former prime
    minister Tony Blair, his wife and their son", "said physicist Douglas Osheroff, and chairman Bob Smith": more
    speakers than the one named, whom the whole phrase stays."""
    for t in subject.doc[last.i + 1: max(subject.right_edge.i, last.right_edge.i) + 1]:
        if t.is_quote:
            return False
        if t.dep_ in ("cc", "conj"):
            return True
    return False


def role_phrase(person: Token, cue: Token, roles: frozenset[str]) -> list[Token]:
    """The whole subject phrase that ``person_after_role`` found ``person`` closing ("Nation of Islam leader Louis
    Farrakhan"), or that ``name_after_title`` found a title opening ("Chief financial officer Andy Bryant"): the
    mention as written, while the person stays its head and name; empty for any other source."""
    for subject in (c for c in cue.children if c.dep_ == "nsubj" and c.i < person.i):
        if person_after_role(subject, cue, roles) == person or name_after_title(subject, cue, roles) == person:
            return list(person.doc[subject.left_edge.i: person.i + 1])
    return []
