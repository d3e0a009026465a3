"""To deliver a thing is no saying: "delivering a leaflet with the missing girl's picture" (blind audit 61, S110).

"deliver" reports speech only with an object that is said: "delivered a speech", "a blunt message", "a
verdict", "a blistering critique of Trump", "a snappy retort" (PolNeAR gold marks these). A noun object of any
other kind is carried ("delivered pizzas", "delivering a leaflet", "delivered the mail"), whatever the parse makes
the content. Kept: a speech noun (``delivered_speech_nouns.txt`` and the lists of speech events, statements,
remarks, utterances and cue nouns), a name ("delivered the State of the Union": a proper noun may be a
speech's title), a pronoun ("delivered it"), and a "deliver" with no object ("delivered on his promise"). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

SAID_THINGS = (read_words("delivered_speech_nouns.txt") | read_words("speech_events.txt")
               | read_words("statement_nouns.txt") | read_words("remark_nouns.txt")
               | read_words("utterance_nouns.txt") | read_words("cue_nouns.txt"))


def delivered_thing(token: Token) -> bool:
    """The cue is "deliver" whose direct object is a common noun that names no thing said (``SAID_THINGS``)."""
    if token.lemma_.lower() != "deliver" or token.pos_ != "VERB":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    return obj.lemma_.lower() not in SAID_THINGS and obj.lower_ not in SAID_THINGS
