"""A thing put forward with what it is for: "advocates a litany of rules to end the deferral of foreign income".

A verb of advocating, proposing or urging (``advocacy_verbs.txt``) with a noun object and a to-infinitive right after
it puts forward the two as one proposal: "proposed a plan to cut bus fares", "recommends a package of changes to
simplify the tax code", "urged new limits to curb noise". The parse often hangs the infinitive on the verb instead of
the noun, and the content chosen is then the infinitive alone ("to end the deferral of foreign income") or the object
alone ("a package of changes"); either leaves out half of what was advocated. PolNeAR's gold holds both ("a litany of
rules to end ..., stop ... and remove ..."), and so it does where the object is the one urged ("urges supporters to
monitor polling places", "urged North Korea to resume denuclearization talks").

Bare verbs that share the infinitive's "to" and that the parse hung on the cue belong to it too ("to end X, stop Y and
remove Z": "stop" read as the cue's adverbial clause, "urged its members to reject the offer, strike and picket":
"strike" read as the cue's conjunct), after a verb of advocating or of asking (``request_verbs.txt``).

Not this rule's: a pronoun object ("urged him to resign", "proposed it to cut costs": as the parse gives it), an
infinitive with its own subject or not right after the object ("proposed a deal, to end the strike"), a verb that
tells or announces ("announced the cuts to calm markets": the purpose of the announcing may be the writer's), and a
bare verb that can share the cue's own form ("will propose new rules to curb noise and vote on them": "vote" is the
speakers' next act after "will").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import SUBJ_DEPS, Content
from sayso.nlp.extract.dep_labels import object_after, to_infinitive
from sayso.nlp.extract.quote_marks import DOUBLE_MARKS_BUT_GUILLEMETS, TYPEWRITER_MARKS
from sayso.nlp.extract.resource_files import read_words

_ADVOCATING = read_words("advocacy_verbs.txt")
_ASKING = read_words("request_verbs.txt")
# a bare verb joined to the cue after the infinitive shares its "to" only where it cannot share the cue's own form: a
# past or a present in -s ("advocates X to end A, stop B": "stop" is no present of the advocates)
_FINITE_ONE_FORM = frozenset({"VBD", "VBZ"})
_LIST_WORDS = frozenset({",", "and", "or"})
# what ends a phrase without belonging to it: a figure keeps its "%" ("cut sugar by 20%"), a quotation its closing mark
_DOUBLE_MARKS = frozenset(DOUBLE_MARKS_BUT_GUILLEMETS) | frozenset(TYPEWRITER_MARKS)
_TRAILING = frozenset({",", ".", ";", ":", "!", "?", "...", "…", "-", "–", "—"})


def advocated_with_its_purpose(content: Content, token: Token) -> Content:
    """The content of an advocating or asking cue with a noun object and a to-infinitive right after it, hung on the
    cue: the object and the infinitive where the content chosen was one of the two alone (after a verb of advocating),
    then the bare verbs that share the infinitive's "to"."""
    lemma = token.lemma_.lower()
    if content.quote or content.parts or token.pos_ != "VERB" or (lemma not in _ADVOCATING and lemma not in _ASKING):
        return content
    obj = object_after(token)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return content
    doc = token.doc
    start, clause = doc[obj.left_edge.i].idx, _infinitive_after(obj, token)
    if clause is None:  # "a raft of reforms to cut the deficit, raise wages ...": the noun's own infinitive, then more
        own = _own_infinitive(obj)
        if own is None or content.start != start or content.end != _end(obj.right_edge):
            return content
        return _balanced(content, content._replace(end=_shared_to_end(own, token)), doc)
    inf_start, inf_end = doc[clause.left_edge.i].idx, _end(clause.right_edge)
    if lemma in _ADVOCATING and ((content.start == inf_start and content.end <= inf_end)
                                 or (content.start == start and content.end <= _end(obj.right_edge))):
        # one of the two alone: both (with the quotation mark that opens the object: '"a litany of rules" to end')
        both = content._replace(start=_opening_mark(obj.left_edge, start), end=_shared_to_end(clause, token))
        return _balanced(content, both, doc)
    if content.start in (start, inf_start) and content.end == inf_end:
        return _balanced(content, content._replace(end=_shared_to_end(clause, token)), doc)
    return content


def _opening_mark(first: Token, start: int) -> int:
    """The start of the quotation mark right before the object's first word, where there is one; else ``start``."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before.idx if before is not None and before.is_quote and before.idx + len(before) == start else start


def _balanced(old: Content, new: Content, doc: Doc) -> Content:
    """``new`` where its double quotation marks pair up (or were as unpaired in ``old``), else ``new`` up to the mark
    that closes its quotation right after it, past a stop ("... or some other form.''"), else ``old``: the join never
    opens or closes a quotation half-way ('a litany of rules" to end ...')."""
    def marks(c: Content) -> int:
        return sum(1 for t in doc if t.text in _DOUBLE_MARKS and c.start <= t.idx < c.end)
    if marks(new) % 2 == 0 or marks(old) % 2 == 1:
        return new
    closed = _closing_mark_end(new.end, doc)
    return new._replace(end=closed) if closed is not None and marks(new._replace(end=closed)) % 2 == 0 else old


def _closing_mark_end(end: int, doc: Doc) -> int | None:
    """The end of a double quotation mark right after character ``end``, or after one stop there ('form.\'\''), where
    there is one; else None."""
    after = [t for t in doc if t.idx >= end][:2]
    if after and after[0].text in _TRAILING and after[0].text not in (",", ";", ":"):
        after = after[1:]
    return after[0].idx + len(after[0]) if after and after[0].text in _DOUBLE_MARKS else None


def _infinitive_after(obj: Token, cue: Token) -> Token | None:
    """The to-infinitive hung on the cue that starts right after its object, with no subject or subordinator of its
    own ("a litany of rules to end ...", "its members to reject ...")."""
    clause = next((c for c in cue.children if c.dep_ in ("xcomp", "advcl") and c.i > obj.i and to_infinitive(c)), None)
    if clause is None or clause.left_edge.i != obj.right_edge.i + 1:
        return None
    return None if any(c.dep_ in SUBJ_DEPS or c.dep_ == "mark" for c in clause.children) else clause


def _own_infinitive(obj: Token) -> Token | None:
    """The to-infinitive that ends the object's phrase, read by the parse as the noun's modifier ("reforms to cut the
    deficit"), with no subject of its own."""
    last = obj.right_edge
    while last.is_punct and last.i > obj.i:
        last = obj.doc[last.i - 1]
    clause = next((t for t in obj.subtree if t.dep_ in ("relcl", "acl") and to_infinitive(t)
                   and t.right_edge.i >= last.i), None)
    return None if clause is None or any(c.dep_ in SUBJ_DEPS for c in clause.children) else clause


def _end(token: Token) -> int:
    """The character end of ``token``, or of the word before it where it is a comma or a stop (never a "%" or a
    closing quotation mark: "cut sugar by 20%", 'close "loopholes"')."""
    while token.text in _TRAILING and token.i > 0:
        token = token.doc[token.i - 1]
    return token.idx + len(token)


def _shared_to_end(clause: Token, cue: Token) -> int:
    """The end of the infinitive and of the bare verbs after it that share its "to", which the parse hung on the cue:
    "to end the deferral, stop tax inversions and remove loopholes" ("stop" an adverbial clause of the cue)."""
    doc, last = cue.doc, clause.right_edge
    while last.text in _TRAILING and last.i > clause.i:
        last = doc[last.i - 1]
    for verb in sorted((c for c in cue.children if c.i > clause.i and not c.is_punct), key=lambda c: c.i):
        between = doc[last.i + 1:verb.left_edge.i]
        if not between or not all(t.lower_ in _LIST_WORDS for t in between) or not _bare_verb(verb, cue):
            break
        last = verb.right_edge
    return _end(last)


def _bare_verb(verb: Token, cue: Token) -> bool:
    """A bare verb with no subject, "to", auxiliary or subordinator of its own, hung on the cue as an adverbial clause,
    or joined to it or tagged a present where the cue is a past or a present in -s, whose form it cannot share."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("advcl", "conj") \
            or any(c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return (verb.tag_ == "VB" and verb.dep_ == "advcl") or cue.tag_ in _FINITE_ONE_FORM
