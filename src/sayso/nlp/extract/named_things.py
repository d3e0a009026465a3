"""Contents that name a thing in the shape of a clause (issue 12, item 3): the parse makes a clause the cue's
complement, but the clause only names what the stance is on, and nothing is said that could be true or false.

- ``free_relative_named``: "proposed what he sees as an ideal immigration plan", "rejected what she regards as a
  reckless budget": a free relative that names a thing by the view it is seen with ("an ideal immigration plan");
  the same as "proposed an immigration plan". A description in the speaker's words ("criticized what she called
  the angry rhetoric": an evaluation said) and one that stands for a proposition ("rejected what he sees as
  baseless allegations") stay.
- ``relative_that_content``: "warned against the kind of 'accommodation' that the Vatican has sought": a relative
  clause on the noun before it, hung on the cue by the parse; its "that" is the clause's object, not the "that" of a
  reported clause ("warned that the Vatican had sought ...").
- ``speaker_as_content``: 'the judge flatly denied it, Sen. Sheldon Whitehouse (D-R.I.) noted' read with the content
  "Sen. Sheldon Whitehouse (D-R.I.)": the words that name who speaks are never what was said.

Pure predicates on the parse; tables of tests: ``tests/test_named_things.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex

# verbs of a view the writer glosses a thing with: "what he sees as", "what she regards as". A verb of saying gives
# the speaker's own words, an evaluation said ("criticized what she called the angry, divisive rhetoric": PolNeAR
# marks it, 2 of 2 on its train split), and is left to the stance rules
_DESCRIBING = frozenset({"see", "view", "regard", "consider", "deem", "perceive", "think", "believe"})
_NAME_POS = frozenset({"NOUN", "PROPN"})


def free_relative_named(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                        proposition_nouns: frozenset[str], propositional_verbs: frozenset[str] = frozenset()) -> bool:
    """The content is a free relative "what <subject> sees as <noun phrase>" and nothing more, the object of a stance
    (the parse makes it the cue's clause): it names the thing the noun phrase describes. Kept: a description in
    the speaker's words ("what she called the angry rhetoric"), one that stands for a proposition ("what he sees
    as baseless allegations" or does something ("what they saw as their rival pressing the self-destruct button"),
    a quotation, and a clause
    whose subject is the free relative ("said what he sees as the main problem is cost": the clause is said), and
    the verbs whose object is a proposition (``propositional_verbs``: "acknowledged what they consider modest
    achievements" grants that they were achieved)."""
    if token.pos_ != "VERB" or content.quote or quotes.overlapping(content.start, content.end):
        return False
    if token.lemma_.lower() in propositional_verbs:
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    root, first = span.root, span[0]
    if root.head.i != token.i or root.dep_ not in ("ccomp", "dobj", "xcomp") or root.lemma_.lower() not in _DESCRIBING:
        return False
    if first.lower_ != "what" or first.head.i != root.i or first.dep_ not in ("dobj", "nsubjpass"):
        return False
    name = _description(root)
    if name is None or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in name.children):
        return False  # "what they saw as their rival pressing the self-destruct button": the rival is doing something
    return name.lemma_.lower() not in proposition_nouns and name.lower_ not in proposition_nouns


def _description(verb: Token) -> Token | None:
    """The noun a describing verb gives its object: "sees as an ideal plan" ("plan"), "called a disgrace"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _NAME_POS:
                return pobj
        if c.dep_ in ("oprd", "attr") and c.pos_ in _NAME_POS:
            return c
    return None


def relative_that_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content opens with a relative "that" (a pronoun, the clause's object: "the kind of 'accommodation' that
    the Vatican has sought") right after the noun the cue's "against", "of" or "about" takes: a relative clause on
    that noun, which the parse hung on the cue. A reported clause's "that" is a conjunction ("warned that the Vatican
    had sought ...") and stays, and so do a demonstrative ("said that was wrong") and a conjunction the parse took
    for an object after a time or a place ("said during the debate that he is in favor of ...": "is" takes no
    object; "said at the rally that he opposed it": the verb has one)."""
    if token.pos_ != "VERB" or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    first, root = span[0], span.root
    if first.lower_ not in ("that", "which") or first.tag_ != "WDT" or first.i <= token.i + 1:
        return False
    if first.dep_ not in ("dobj", "pobj") or first.head.i != root.i or root.head.i != token.i or root.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "attr", "acomp", "ccomp") and c.i != first.i for c in root.children):
        return False  # the clause has an object of its own: "that" is no relative pronoun
    before = doc[first.i - 1]
    while before.is_punct and before.i > token.i + 1 and before.text not in (",", ";", ":"):
        before = doc[before.i - 1]  # a closing quotation mark: "the kind of 'accommodation' that"
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    return _object_of_cue_preposition(before, token)


# prepositions whose object is what a stance is on ("warned against", "warned of", "spoke about"); "during",
# "at", "in", "after" frame the act with a time or a place
_STANCE_PREPS = frozenset({"against", "of", "about", "over", "for"})


def _object_of_cue_preposition(noun: Token, cue: Token) -> bool:
    """``noun`` lies in the object of a stance preposition hung on ``cue``."""
    t = noun
    while t.head.i != t.i and t.head.i != cue.i:
        t = t.head
    return t.head.i == cue.i and t.dep_ == "prep" and t.lower_ in _STANCE_PREPS

_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def speaker_as_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a name inside the cue's own subject or agent: 'The judge flatly denied it, Sen. Sheldon
    Whitehouse (D-R.I.) noted' with the content "Sen. Sheldon Whitehouse (D-R.I.)". Who speaks is not what is said; a quotation
    is left alone ('“Hypocrites,” the protesters said' has no subject around it)."""
    if content.quote:
        return False
    span = content_span(doc, content)
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words or any(t.pos_ != "PROPN" for t in words):
        return False  # a name only: "a prospect Vindman denied" is a reduced relative's object the parse hung there
    if not any(t.ent_type_ in _NAME_ENTS for t in words):
        return False  # "Everything Smith said ...": the tagger's name, no one named
    heads = [c for c in token.children if c.dep_ == "nsubj"]  # a passive subject is what was said ("The plan was announced")
    heads += [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(all(h.left_edge.i <= t.i <= h.right_edge.i for t in words) for h in heads)
