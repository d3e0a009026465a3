"""What an artwork shows, read as someone's words: a pure predicate on the parse.

A review of an exhibition, a museum's page or an art column describes what a work shows: "The painting depicts
Napoleon declaring that France will never surrender", "The mural shows a child whispering to a bird that the war is
over", "In the sculpture, Athena tells Poseidon that the city is hers". The figure's words are the artist's
invention, and the work states nothing: a reader takes no attribution from it.

Kept: a photograph or a video that shows someone saying something ("The video shows Trump saying that the
election was rigged": it records what was said), a document that shows a finding ("The report shows that ..."),
and the artist's own words ("Goya said the painting shows ...": the cue is Goya's).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.resource_files import read_words

# works of art whose figures speak only as the artist makes them; not "photo", "video", "footage" (records)
ARTWORKS = read_words("artworks.txt")
# verbs with which a work shows its figures
DEPICTING = frozenset({"show", "depict", "portray", "picture", "feature", "capture", "illustrate", "represent", "render"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "acl", "advcl", "oprd", "dobj"})


def _artwork(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in ARTWORKS


def depicted_speech(token: Token, subject: Token | None) -> bool:
    """The cue is what an artwork shows, or the work's showing itself: "The mural shows a child whispering ...",
    "The painting depicts Napoleon declaring that ...", "a canvas showing the king telling his ministers that ...",
    "In the sculpture, Athena tells Poseidon that ...". See the module's docstring for what is kept."""
    if token.lemma_.lower() in DEPICTING and _artwork(subject):
        return True  # "The mural shows a child whispering ...": a work shows, it states nothing
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(_artwork(o) for o in c.children if o.dep_ == "pobj")
           for c in token.children):
        return True  # "In the sculpture, Athena tells Poseidon that ..."
    verb = token.head
    if token.dep_ == "acl" and verb.dep_ in ("dobj", "nsubj") and verb.head.i != verb.i:
        verb = verb.head  # "shows a child whispering": the participle on the figure shown
    if token.dep_ not in _COMPLEMENTS or verb.i == token.i or verb.lemma_.lower() not in DEPICTING:
        return False
    holder = subject_of(verb)
    if holder is None and verb.dep_ == "acl":
        holder = verb.head  # "a canvas showing the king telling ..."
    return _artwork(holder)
