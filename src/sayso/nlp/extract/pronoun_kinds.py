"""Names no "they" (or no pronoun at all) may stand for, whatever their entity label: pure predicates on a name.

News prose says "they" of a company that has spoken or acts ("Apple said ...; they added", "The Pentagon
released the memo. They said"): ``sources`` keeps that. But a faith or a creed NER took for an organisation
("Islam was afforded special privilege ... they are asking the kids") is no one who speaks (``doctrine``); a body
named in the singular only in passing, as the object of a verb or a preposition of an earlier sentence ("the words
of the Consecration were pronounced. [...] They also called me") is not what a reader hears in a later "they"
(``passing_body``); and a common noun of a thing that the parse made a speaker's object ("he had a distinct red
door mat which ...") speaks for no body of people (``object_noun``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.family_names import FEMALE_TITLES, MALE_TITLES
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_context import Name, SourceContext, norm_name

_DOCTRINES = read_words("doctrines.txt")
_BODY_KINDS = frozenset({"organization", "outlet", "government"})
# the phrase roles of a name only mentioned: the object of a verb, of a preposition, or what a copula says it is
_PASSING_ROLES = frozenset({"pobj", "dobj", "dative", "attr", "oprd", "pcomp"})
# abbreviated titles of people, beside ``MALE_TITLES``/``FEMALE_TITLES`` and the lexicon's person roles ("Senator")
_TITLE_WORDS = frozenset({"sen", "rep", "gov", "gen", "dr", "pres", "justice", "judge", "prof", "lt", "col", "sgt",
                          "capt", "cmdr", "adm", "atty", "det", "supt", "rev", "fr", "sister", "brother", "rabbi"})
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)\s+$")


def doctrine(n: Name) -> bool:
    """A faith, creed or body of teaching named in one word ("Islam", "Sharia", "Catholicism", ``doctrines.txt``;
    any word ending in "-ism"): a teaching, no speaker. A longer name ("Islamic State", "the Church of England")
    is left to its type."""
    words = n.name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0].lower().rstrip(".,;:")
    return word in _DOCTRINES or (word.endswith("ism") and len(word) > 5)


def phrase_role(head: Token) -> Token:
    """The token whose dependency says what the name's phrase does in its clause: the name's head, or the head it
    is joined to, set beside or compounded with ("the Council and the Curia", "the Congregation, the Vatican's
    office,")."""
    t = head
    for _ in range(6):
        if t.dep_ not in ("conj", "appos", "compound", "flat") or t.head == t:
            break
        t = t.head
    return t


def passing_body(ctx: SourceContext, n: Name, pronoun: Token) -> bool:
    """A body named in the singular (an organisation, an outlet, a government) in a sentence before the pronoun's,
    that neither spoke nor acted there: it is only the object of a verb or of a preposition, or what a copula says
    something is ("the words of the Consecration were pronounced", "access to Freedom Outpost updates", "the
    Congregation for Divine Worship"). A "they" for a company is the company speaking or acting ("Apple said ...
    They added"; "The Pentagon released the memo. They said"); one only mentioned is no one a reader hears in a
    later "they", which is then some group the text names by no name. Kept: a body that has spoken anywhere
    (``ctx.speakers``), the agent of a passive or of "according to" ("released by the Pentagon"), a name of the
    pronoun's own sentence (left to the ranking: "Part of the hypocrisy of the US Conference of Mayors is that they
    push"), and a name tagged plural ("the Democrats", "Big Machine Records")."""
    if n.type not in _BODY_KINDS or n.at in ctx.speakers or n.at >= pronoun.sent.start_char:
        return False
    if n.head.tag_ in ("NNS", "NNPS") or contacted(n.head):
        return False
    return mentioned_only(n.head)


# verbs of getting in touch (``contact_verbs.txt``) and of putting a question to someone: a body so reached answers,
# and a "they" after it is its reply ("We called Acme Corp. right away. They said the recall was voluntary")
_CONTACTING = read_words("contact_verbs.txt") | frozenset({"reach", "ask", "question", "query", "approach", "interview",
                                                           "speak", "talk"})


def contacted(head: Token) -> bool:
    """The body is the one a verb of getting in touch or of asking reaches, as its object or through its preposition
    ("called Acme Corp.", "reached out to the Pentagon", "asked the FBI", "spoke with Google"): a body that answers,
    which a later "they" may stand for. "sold shares of Boeing", "the words of the Consecration" reach no one."""
    role = phrase_role(head)
    verb = role.head
    if role.dep_ == "pobj":  # "reached out to the Pentagon", "spoke with Google": the preposition's verb
        verb = verb.head
        if verb.dep_ == "prt":
            verb = verb.head
    # "oprd": the parse reads "called Acme Corp. right away" as a naming ("called him Acme")
    return role.dep_ in ("dobj", "dative", "pobj", "oprd") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _CONTACTING


def object_noun(head: Token) -> bool:
    """A common noun that is the object of a verb or a preposition, or a predicate ("he had a distinct red door
    mat which ..."): a thing something is done to, never a body that spoke, whatever a speaker finder made of its
    relative clause. A body that speaks is a subject ("the bar announced"), an agent ("posted by the bar") or the
    one a statement is according to."""
    return mentioned_only(head)


def mentioned_only(head: Token) -> bool:
    """The name's phrase is an object or a predicate, not the agent of a passive ("released by the Pentagon") nor
    what a statement is according to ("according to Apple")."""
    role = phrase_role(head)
    if role.dep_ not in _PASSING_ROLES:
        return False
    prep = role.head
    return not (role.dep_ == "pobj" and (prep.dep_ == "agent" or prep.lower_ == "by"
                                         or (prep.lower_ == "to" and prep.head.lower_ == "according")))


def person_marked(ctx: SourceContext, key: str) -> bool:
    """Some mention of the name (in grouping form, ``key``) carries a person's title ("Mr. Islam", "Ms. Communion",
    "Senator Grassley", "Sen. Warren"): a person, whatever else the word names: no faith ("Mr. Islam said he was
    innocent. He added ...") and no document's title ("Senator Grassley released the Grassley memo. He said")."""
    titles = MALE_TITLES | FEMALE_TITLES | _TITLE_WORDS | ctx.lexicon.person_roles
    text = ctx.quotes.text
    for n in ctx.names:
        if norm_name(n.name) != key:
            continue
        found = _WORD_BEFORE.search(text[max(0, n.at - 30):n.at])
        if found is not None and found.group(1).lower().rstrip(".") in titles:
            return True
    return False


def spoke_in_past(ctx: SourceContext, key: str) -> bool:
    """Some mention of the name is the subject of a past-tense verb of a statement ("Durham said the FBI lacked
    evidence", "Horowitz said"): news reports a person's words so; a document's title is cited in the present ("Cor
    Orans states that ..."), and "the Durham report" beside it does not make the man a title."""
    for n in ctx.names:
        if norm_name(n.name) == key and n.at in ctx.speakers and n.head.dep_ in SUBJECTS and n.head.head.tag_ == "VBD":
            return True
    return False
