""", including" and one of the speakers at a content's end: the writer naming who spoke, not what was said.

"all the people Dr. Christine Ford named ... all categorically denied the attack took place, including Ford's girl
friend", "All of the people named by Ford have already submitted statements that they have no memory of the event
ever occurring, including a female friend of hers at the time" (blind audits 32 and 35: run_on): the person
"including" adds is one of the many who denied, not a part of the attack or of the memory the parse hung it on.
The content ends before the comma. A pure function of the parse; tables of tests: ``tests/test_including_tails.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.antecedents import COLLECTIVE
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import last_word
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import trimmable_span
from sayso.nlp.extract.pronoun_number import BODIES
from sayso.nlp.extract.quotes import QuoteIndex

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_MANY_WORDS = frozenset({"all", "both", "many", "most", "several", "some", "none", "they"})
# a body of people in the content is many people the person may be one of ("Witnesses said the crowd cheered,
# including the mayor", "Officials said the team was arrested, including its coach": rev68b)
_GROUPS = BODIES | COLLECTIVE | {"gang"}


def without_speaker_including(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                              people: frozenset[str]) -> Content:
    """The content ended before ", including" and a person (a noun of ``people`` or a person's name) that closes it,
    where the speaker is many ("all the people", "Officials", "they") and nothing in the content before is many
    people it could be one of: no plural noun in it ("denied the attack took place"; "that they have no memory of the
    event": "they" are the speakers themselves, so the person is one of them too). Kept:
    a thing included ("said the damage was severe, including the roof"), a content with many people of its own
    ("said 20 people were hurt, including a child"), one speaker ("Smith said no one saw it, including the
    guard"), a quotation."""
    span = trimmable_span(doc, content)
    speaker = _speaker(token)
    if span is None or speaker is None or not _many(speaker):
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.lower_ != "including" or doc[t.i - 1].text != "," or quotes.containing(t.idx) is not None:
            continue
        if any(x.pos_ in ("VERB", "AUX") or x.text == "," for x in doc[t.i + 1:last.i + 1]):
            continue  # the phrase closes the content, with no clause after it ("..., including Y, who said ...")
        person = next((c for c in t.children if c.dep_ == "pobj"), None)
        if person is None or not (person.lemma_.lower() in people or person.ent_type_ == "PERSON"):
            continue
        if any(x.tag_ in _PLURAL_TAGS or x.lemma_.lower() in _GROUPS for x in doc[span.start:t.i]):
            continue  # "said 20 people were hurt, including a child": one of the content's own
        end = doc[t.i - 2].idx + len(doc[t.i - 2])
        if end > content.start:
            return content._replace(end=end)
    return content


def _speaker(cue: Token) -> Token | None:
    """The cue's subject, or for a noun cue that is a verb's object ("submitted statements that ...") that verb's."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if subject is None and cue.pos_ == "NOUN" and cue.dep_ == "dobj":
        subject = next((c for c in cue.head.children if c.dep_ in SUBJECTS), None)
    return subject


def _many(speaker: Token) -> bool:
    """Many people: a plural noun ("people", "Officials") or a word of many ("all", "they")."""
    return speaker.tag_ in _PLURAL_TAGS or speaker.lower_ in _MANY_WORDS
