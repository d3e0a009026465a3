"""Two cues that share one object make one judgement of it (rev59a's leftovers of ``coordinated_acts``).

"The leaders condemned and denounced the attack", "The senators questioned and challenged the findings": the parse
hangs the object on the second verb, and ``candidates`` gives it to the first as well (the conjunct is no content,
``coordinated_acts``). Alone, "condemned the attack" is a stance on a thing (no attribution), and so the pair lost
its attribution. ``judged_together`` keeps the first cue's shared object where both verbs are acts of judging
("condemned and denounced", "criticized and condemned") or the object names a statement ("the findings", "the
claim"); ``judged_by_first`` drops the second cue's attribution of the same object, so the pair is one attribution.
Kept as today: a list of acts on a thing or a person ("ads that promote, support, attack or oppose a candidate"),
the pairs ``judged_together`` does not cover ("has encouraged and applauded the efforts of ...", PolNeAR's gold, keeps
its first cue's content as ``candidates`` gives it), a pronoun ("found and rescued her": no content), a cue with an
object or a clause of its own ("admitted and regretted that it had misled investors").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import person_plural
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.coordinated_acts import coordinated_act
from sayso.nlp.extract.filters import content_span

# what makes the conjunct's object a small clause of its own ("denounced the attack as an act of terror")
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE"})
_PREDICATIONS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
# bodies of people judged as a person is ("condemned and denounced the regime", "the junta", "the leadership")
_BODIES = frozenset({"regime", "regimes", "junta", "juntas", "leadership", "dictatorship", "dictator", "government",
                     "administration", "authorities", "police", "military", "army", "establishment", "party",
                     "mafia", "cartel", "gang", "militia", "insurgents", "rebels", "opposition", "leaders"})


def shared_object(cue: Token, content: Content, doc: Doc) -> Token | None:
    """The conjunct of ``cue`` whose object is ``content`` ("condemned and denounced the attack": "denounced"), where
    the two are acts sharing that object (``coordinated_acts.coordinated_act``); None otherwise."""
    if content.quote or content.kind != "child_dobj":
        return None
    span = content_span(doc, content)
    if span is None:
        return None
    root = span.root
    conjunct = root.head
    if root.dep_ != "dobj" or conjunct.dep_ != "conj" or conjunct.head != cue or not coordinated_act(cue, conjunct):
        return None
    if any(c.dep_ in _PREDICATIONS or (c.dep_ == "prep" and c.lower_ == "as") for c in conjunct.children if c.i > root.i):
        return None  # "condemned and denounced the attack as an act of terror": the conjunct's predication is its own
    return conjunct


def judged_together(cue: Token, content: Content, doc: Doc, *, evaluative_verbs: frozenset[str],
                    proposition_nouns: frozenset[str], people: frozenset[str] = frozenset()) -> bool:
    """``cue`` and its one conjunct share the object ``content`` and judge it together: both verbs of judging
    (``evaluative_verbs``: "condemned and denounced the attack") or an object that names a statement
    (``proposition_nouns``: "questioned and challenged the findings"). A common noun only: a name, a pronoun or a
    noun of people (``people``: "the senator", "the volunteers") is someone judged, as it is after one verb."""
    conjunct = shared_object(cue, content, doc)
    if conjunct is None or any(c.dep_ == "conj" for c in (*cue.children, *conjunct.children) if c != conjunct):
        return False  # three acts or more ("promote, support, attack or oppose"): a list of deeds
    span = content_span(doc, content)
    noun = span.root if span is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in _NAMED or noun.lemma_.lower() in people \
            or noun.lower_ in people or person_plural(noun) \
            or noun.lower_ in _BODIES:
        return False  # "praised and thanked the volunteers", "mocked and insulted the senator": people judged
    if cue.lemma_.lower() in evaluative_verbs and conjunct.lemma_.lower() in evaluative_verbs:
        return True
    return noun.lemma_.lower() in proposition_nouns or noun.lower_ in proposition_nouns


def judged_by_first(cue: Token, content: Content, doc: Doc, *, evaluative_verbs: frozenset[str],
                    proposition_nouns: frozenset[str], people: frozenset[str] = frozenset()) -> bool:
    """``cue`` is the second of two acts judging its object together (``judged_together``), whose attribution the
    first act gives: "questioned and challenged the findings" is one attribution, not two."""
    if cue.dep_ != "conj":
        return False
    return judged_together(cue.head, content, doc, evaluative_verbs=evaluative_verbs,
                           proposition_nouns=proposition_nouns, people=people)

