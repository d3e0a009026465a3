"""Whether NER's GPE is a place: a government's sign the source type asks for. Pure predicates on the parse.

The small English model tags an unknown capitalised word GPE now and then: the surname "Fischi" of "Fischi said",
the company "Sendmail" of "according to Sendmail". A GPE of one word is a place (and a government when it speaks)
only when the word is a place's name (``place_names.txt``: GeoNames' countries, continents, US states and cities of
15,000 people or more, with the short names their official ones hide: "Britain", "Scotland") or a government's
word (``governments.txt``). What it keeps: a GPE of two words or more ("New York", "South Korea", "the Gaza
Strip") and a place it knows ("Russia said", "Moscow said", "Trenton said") stay governments.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Span

from sayso.nlp.extract.resource_files import read_words


def _folded(word: str) -> str:
    """The name without its accents, as English news writes it: "Bogotá" is "Bogota", "Kandahār" "Kandahar"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_LISTED = read_words("place_names.txt")
PLACE_NAMES = _LISTED | frozenset(_folded(w) for w in _LISTED)


def unplaced_gpe(ent: Span, governments: frozenset[str] | tuple[str, ...] = ()) -> bool:
    """NER's GPE of one word that names no place the lists know: "Fischi", "Sendmail" (no government's sign);
    not "Russia", "Moscow", "Britain", nor a GPE of more words ("New York")."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    if ent.label_ != "GPE" or len(words) != 1:
        return False
    word = words[0]
    low = word.lower_
    return (word.text[:1].isupper() and not word.is_upper and low not in PLACE_NAMES
            and low not in {g.lower() for g in governments})  # the list writes acronyms in capitals ("FBI")
