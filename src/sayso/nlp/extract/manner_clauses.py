"""A verb of the manner of speaking with a that-clause: a pure reading of the parse.

"Trump scoffed that the report was fake news", "The mayor fumed that the council had ignored him", "He huffed
that the deal was dead", 'Critics scoffed: “This is a joke.”': the clause or quotation is what was said, the
manner verb says how. Elsewhere these verbs report
no words ("the crowd raged", "the ice cracked", "she scoffed at the idea"), so only a that-clause, the
conjunction written out, or a colon before a quotation makes one a cue here; a quotation it trails is
``manner_trailers``' frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS, subject_of
from sayso.nlp.extract.manner_trailers import manner_verbs

_OPENERS = frozenset({'"', "“", "‘", "'"})
# the typewriter and wire marks ``quotes`` reads as openers too ("''", a single token: 'Mr. Christie gloated:
# \'\'I told you so.\'\''; "``", which the parse splits into "`" "`"), the low and the angled marks -> the tokens
# that close them. These count only where the quotation ends its sentence or runs past it: after a colon they
# also set off a term or a name inside the clause ('The board crowed: \'\'record profits\'\' were the theme',
# 'Officials cracked: \'\'Operation Sunrise\'\' was the code name'), which no one is quoted as saying.
_WIRE_OPENERS: dict[str, tuple[str, ...]] = {"''": ("''", "”", '"'), "``": ("''", "”", '"'), "`": ("'",),
                                             "„": ("“", "”"), "«": ("»",)}
_SENTENCE_ENDS = frozenset({".", "!", "?", "..."})


def that_clause(token: Token) -> Token | None:
    """The head of the clause after ``token`` that opens with the conjunction "that" ("fumed that the council
    had ignored him"), or None ("fumed for weeks", "scoffed the idea was absurd": no conjunction written)."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.i > token.i and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == child.left_edge.i for m in child.children):
            return child
    return None


def colon_quotation(token: Token) -> bool:
    """A colon right after ``token`` and a quotation opening right after it: 'Critics scoffed: “This is a joke.”'."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    mark = doc[token.i + 2]
    return mark.text in _OPENERS or _quotation_ends_sentence(mark)


def _quotation_ends_sentence(mark: Token) -> bool:
    """``mark`` opens a quotation in wire, typewriter, low or angled marks (``_WIRE_OPENERS``) that ends its
    sentence: its close comes after a sentence's end mark ('\'\'Enough.\'\' Then he left') or only punctuation
    follows it in the sentence, or no close comes in the sentence at all (a quotation of more sentences, or one
    left open). Not a term set in quotation marks inside the clause ('\'\'reform\'\' was a dead letter')."""
    doc = mark.doc
    first = mark.i + 1
    key = mark.text
    if key == "`" and first < len(doc) and doc[first].text == "`":
        key, first = "``", first + 1  # the parse splits "``" into two tokens
    closers = _WIRE_OPENERS.get(key)
    if closers is None:
        return False
    end = mark.sent.end
    close = next((t for t in doc[first:end] if t.text in closers), None)
    if close is None:
        return True
    if close.i == first:
        return False  # an empty pair of marks quotes nothing
    return doc[close.i - 1].text in _SENTENCE_ENDS or all(t.is_punct for t in doc[close.i + 1:end])


def manner_clause(token: Token) -> bool:
    """``token`` is a verb of the manner of speaking (``manner_verbs``) with its subject and a that-clause, or a
    colon and a quotation; or any verb that sets its object "as" a quotation (``quoted_as``)."""
    if token.pos_ != "VERB" or not any(c.dep_ in SUBJECTS for c in token.children):
        return False
    if token.lower_ in manner_verbs() and (that_clause(token) is not None or colon_quotation(token)):
        return True
    return quoted_as(token)


_QUOTED_AS_MIN_WORDS = 2  # a single quoted word after "as" is as often the writer's scare quote ('as “fake”')


def quoted_as(token: Token) -> bool:
    """``token`` has an object and an "as" phrase that opens with a quotation: 'Clinton defamed Assange as “very
    clearly a tool of Russian intelligence”', 'The authors abused Assange as a “damaged personality”'. The
    quotation is what the subject said of the object, whatever the verb (a reader takes it so); the cue lexicon's
    verbs ("described X as") are cues already. Not a name set in quotation marks ('registered the boat as “Sea
    Star”', 'relaunched the show as “Dancing with the Stars”': every word but the small ones capitalised), a single word (a scare quote as often as anyone's word), a passive ('was
    known as “the Butcher”': no subject speaks), a verb with no object ('worked as a “consultant”')."""
    subject = subject_of(token)
    if subject is None or subject.dep_ != "nsubj":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or prep is None or prep.i < obj.i:
        return False
    doc = token.doc
    i = prep.i + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or doc[i].text not in ("“", '"'):
        return False
    words = []
    for t in doc[i + 1:]:
        if t.text in ("”", '"') or t.is_sent_start:
            break
        words.append(t)
    else:
        return False
    names = [w for w in words if w.is_alpha]
    content = [w for w in names if not w.is_stop] or names  # "of", "with", "the" stay small in a title
    return len(names) >= _QUOTED_AS_MIN_WORDS and not all(w.text[:1].isupper() for w in content)
