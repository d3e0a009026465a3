"""A face that "says": a figure of speech, no source. Pure predicate on the parse.

"their smiles said a lot", "Her eyes told me she had been crying", "His face said he was not pleased", "His
expression showed that he knew the game was up": a face, a part of it or what it does (``face_nouns.txt``: a smile, a
look, the eyes, a frown, tears) as the subject of a verb of saying or showing is the writer reading a person's face.
No one said anything, and a reader takes none of it for an attribution, whatever the content (a clause, "a lot",
"it all", the sentence before it).

What it keeps: a face that stands for a person or a body ("the face of the campaign said", "the public face of the
company told reporters": a noun with "of" after it; "the face behind the brand said", "faces in the crowd told
reporters": "face" with any preposition but "on", where a look or a smile sits, and no possessor, since "her face in
the photograph" is still hers; "New faces on the council said": a face called new, familiar or fresh is a newcomer;
"The face behind the campaign, chef Tom Smith, said": an apposition names who the face is); a face written as a name
("Face the Nation reported", "Smile Train said": a capital inside the sentence; "Face said the album ...": a bare
singular with a capital and no article or possessor, which a body part would have); a noun that only looks like a
face ("Gene expression showed that ...": a noun compound names a thing of its own, here biology's expression; "His
tear through the playoffs shows ...": cried tears are plural, the singular is a rip or a run); and the person whose
face it is ("She smiled and said ...": a verb, not a noun, and her words).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

FACE_NOUNS = read_words("face_nouns.txt")
# a face called new, familiar or known is a person: "new faces on the council", "a familiar face in Washington"
_PEOPLE_FACES = frozenset({"new", "familiar", "fresh", "known", "well-known", "famous", "friendly", "young", "old"})


def face_speaks(token: Token, subject: Token | None) -> bool:
    """The cue's own subject is a face or what a face does (see the module), a common noun with no "of" after it and
    no word that makes it a person. Only the cue's grammatical subject: a participle the parse lends a face to is the
    person's ("Helen placed the book in my hands, her eyes aglow with fervor, telling me I would love it": Helen
    tells)."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in FACE_NOUNS:
        return False
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != token.i or token.tag_ == "VBG":
        return False
    if subject.ent_type_ or (subject.text[:1].isupper() and not subject.is_sent_start):
        return False  # "Smile Train said", "Face the Nation reported": a name
    lemma = subject.lemma_.lower()
    if lemma == "tear" and subject.tag_ != "NNS":
        return False  # "his tear through the playoffs shows": a run, a rip; a face's tears are many
    children = list(subject.children)
    owned = any(c.dep_ == "poss" for c in children)  # "her face in the photograph": her own face
    if subject.text[:1].isupper() and subject.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in children):
        return False  # "Face said the album would be released in June": a name at the sentence's start
    for c in children:
        if c.dep_ == "prep" and (c.lower_ == "of" or (lemma == "face" and c.lower_ != "on" and not owned)):
            return False  # "the face of the campaign said", "the face behind the brand said": its spokesperson
        if c.dep_ == "appos":
            return False  # "The face behind the campaign, chef Tom Smith, said": the person named
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"):
            return False  # "Gene expression showed that ...": a thing with a name of its own, no face
        if c.dep_ in ("amod", "compound") and c.lower_ in _PEOPLE_FACES:
            return False  # "new faces on the council said": newcomers
    return True
