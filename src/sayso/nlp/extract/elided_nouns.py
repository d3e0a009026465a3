"""A quantifier standing for its noun: "Most economists had been expecting a far more dire report, with many
expecting to see ..." (many economists). Pure; the resolution step ``by_elided_noun`` of ``sources``.

The speaker "many" was named "many" and typed unknown (audit 62, a62 S6: the reader's P, "text allows
'many [economists]'"): the noun is left out because the sentence has just named it with another quantifier.
The source is then the quantifier with that noun, typed as the noun's phrase is ("Several officials ..., and
many said ...": many officials, anonymous).
"""

from __future__ import annotations

from spacy.tokens import Token

# quantifiers that stand alone for a plural noun just named: "many", "some", "most", "several", "few"
QUANTIFIERS = frozenset({"many", "some", "most", "several", "few"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# plural endings of people's nouns the lexicon may lack: "critics", "conservatives", "protesters", "Republicans"
_PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ics")


def _speaker_noun(t: Token, person_words: frozenset[str]) -> bool:
    return t.lemma_.lower() in person_words or t.lower_ in person_words or t.lower_.endswith(_PERSON_ENDINGS)


def elided_noun(head: Token, person_words: frozenset[str] = frozenset()) -> Token | None:
    """The plural noun a lone quantifier subject stands for: the nearest one before it in its sentence that has a
    quantifier of its own ("Most economists ..., with many expecting": economists; "Some analysts ..., while
    most said": analysts). None for a quantifier with its noun ("many economists"), one with words of its own ("many
    of them", "some in the party": a phrase of its own), one opening its sentence ("Many said ...": no noun named),
    or where no quantified plural comes before it in the sentence."""
    if head.lower_ not in QUANTIFIERS or head.dep_ not in _SUBJECTS or any(True for _ in head.children):
        return None
    # only a subject that can speak ("Most economists had been expecting"), not the object beside it ("Several
    # doctors treated many patients, and some said": the doctors) nor a thing ("after many houses burned")
    for t in reversed(list(head.doc[head.sent.start:head.i])):
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.dep_ in _SUBJECTS and any(
                c.lower_ in QUANTIFIERS and c.dep_ in ("amod", "det", "nummod") for c in t.children):
            return t if not person_words or _speaker_noun(t, person_words) else None
    return None
