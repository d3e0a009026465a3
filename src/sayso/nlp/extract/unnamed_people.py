"""The one person a "he" or "she" stands for where the text gives no name: "A Muslim terrorist stabbed four
people ... he also shouted", "I had a woman come up to me. She said", "one of the dispatchers is heard telling a
plane ... '...,' he declared". Pure.

A reader takes such a pronoun for the person the phrase introduced; left bare it names no one ("he said" with no
name on the page is a wrong speaker to a reader). Only the last resort of ``by_pronoun``: for a pronoun no name was
found for. The person is the subject of the pronoun's own sentence before it or of one of the ``_BACK`` sentences
before, the same pronoun standing as subject in between ("The Daily Mail reported that one diplomat described ....
When he moved .... as if, he told doctors": the diplomat); an unnamed person only: one noun of a person
(``scene.person_noun``) made one by its determiner ("a", "an", "another", "one", "one of the dispatchers"), not
named, not the dead ("A man was shot dead. '...,' he said": not him). The walk stops at anyone else who is a
subject: a name, another pronoun, people ("Officers ...": no one of many), or a person the text has made definite
("the officer", "his lawyer": the role-noun strategies' to read)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.noun_genders import noun_gender
from sayso.nlp.extract.pronouns import pronoun_gender
from sayso.nlp.extract.scene import departed, of_other_sex, person_noun, sentences_back, subject_read_as_apposition
from sayso.nlp.extract.source_context import Name, SourceContext

_BACK = 3  # sentences before the pronoun's own
_ONE = frozenset({"a", "an", "another", "one"})
_RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})


def unnamed_person(ctx: SourceContext, pronoun: Token) -> Name | None:
    """The unnamed person a "he" or "she" (a "him" or "her" subject of a bare infinitive: "heard him say") stands
    for, as a name of type ``anonymous`` whose words are the phrase ("a woman", "one of the dispatchers"); None
    where the walk back meets anyone else first, or the pronoun stands in a quotation."""
    gender = pronoun_gender(pronoun)
    if gender is None or pronoun.tag_ not in ("PRP", "PRP$") or ctx.quotes.containing(pronoun.idx) is not None:
        return None
    doc = pronoun.doc
    start = sentences_back(pronoun, _BACK)
    named = {n.head.i for n in ctx.names}
    for tok in reversed(doc[start:pronoun.i]):
        if not _subject(tok) or ctx.quotes.containing(tok.idx) is not None:
            continue
        if any(c.dep_ == "poss" and pronoun_gender(c) == gender for c in tok.children):
            continue  # "his victims were all unbelievers": his, so he is still the one spoken of
        if tok.pos_ == "PRON" and tok.lower_ not in ("one", "another"):
            if pronoun_gender(tok) == gender or tok.lower_ in _RELATIVES or tok.lower_ == "it":
                continue  # the same one goes on ("When he moved ..."), or a relative, or a thing
            return None
        if tok.i in named or tok.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in tok.subtree):
            return None
        noun = _one_of(tok)
        if noun is None or not person_noun(ctx, noun):
            if tok.pos_ == "NOUN" and (tok.tag_ != "NNS" or not person_noun(ctx, tok)):
                continue  # "the noise stopped", "landing might not be a good idea": no one
            return None
        if noun_gender(noun) not in (None, gender) or of_other_sex(noun.lemma_.lower(), gender):
            continue  # "A woman heard him say": not the "him"
        if (noun is tok and noun.tag_ != "NN") or departed(tok) or not _made_one(tok, noun) \
                or _person_named_before(ctx, doc[start:tok.left_edge.i]):
            return None
        return Name(tok.left_edge.idx, tok, _phrase(tok, noun), "anonymous")
    return None


def _person_named_before(ctx: SourceContext, before: Span) -> bool:
    """A named person stands as a subject in the sentences walked before the newcomer ("Mayor John Smith toured the
    site. A man stabbed two people. He said the city would add patrols"): the "he" may be either, and a wrong name
    is worse than none, so it is left to no one (``scene.newcomer_in_between``'s reading)."""
    people = {n.head.i for n in ctx.names if n.type == "person"}
    return any(_subject(t) and t.i in people and ctx.quotes.containing(t.idx) is None for t in before)


def _subject(tok: Token) -> bool:
    """A subject, or the main verb's subject the parse hung on a name as an apposition ("recordings, which were
    released by Mike Tokes, one of the dispatchers is heard": ``scene.subject_read_as_apposition``)."""
    return tok.dep_ in SUBJECTS or (tok.dep_ == "appos" and subject_read_as_apposition(tok.head) == tok)


def _one_of(tok: Token) -> Token | None:
    """The noun the subject is: "one of the dispatchers" is a dispatcher; a plain noun is itself."""
    if tok.lower_ in ("one", "another") and tok.pos_ in ("NUM", "PRON", "DET", "NOUN"):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return noun if noun is not None and noun.pos_ == "NOUN" else None
    return tok if tok.pos_ == "NOUN" else None


def _made_one(tok: Token, noun: Token) -> bool:
    """An indefinite one: "a woman", "one diplomat", "another officer", "one of the dispatchers"."""
    if noun is not tok:
        return True
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE and c.i < tok.i for c in tok.children)


def _phrase(tok: Token, noun: Token) -> str:
    """The words of the phrase: its modifiers and head ("A Muslim terrorist"), with "of the dispatchers"; no
    relative clause or apposition after it."""
    end = noun.i if noun is not tok else tok.i
    return tok.doc[tok.left_edge.i:end + 1].text
