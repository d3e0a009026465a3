"""A discussion still to be held is no statement: "agreed to convene party organizations within 10 days to discuss
whether new primaries would be held", "The committee will discuss whether the plan is legal". Pure.

A verb of discussing ("discuss", "debate", "consider", "weigh", "review", "examine") whose content is an open
question (a whether-, if- or wh-clause) names what a meeting is to be about; nobody has said anything yet. The rule
holds where the discussion is planned: the verb is an infinitive under a verb of agreeing or planning ("agreed to
discuss", "plan to review how"), under an infinitive of convening that is itself planned ("agreed to convene ... to
discuss whether"), or it carries "will" or "shall".

Kept: a discussion that took place. PolNeAR train marks "met last week to discuss how to escalate their efforts" and
"used his platform Friday to discuss what he described as ..." as attributions (a finite "met" or an act done), so a
meeting verb that is itself finite and not future keeps its infinitive; so does a proposition discussed ("will
discuss that the plan failed"), a quotation, and a discussion said in the past ("discussed whether to run").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.filters import content_span

_DISCUSSING = frozenset({"discuss", "debate", "consider", "weigh", "review", "examine"})
# an open question: what a discussion is about, not what anyone said
_OPEN_QUESTION = frozenset({"whether", "if", "how", "what", "who", "whom", "which", "when", "where", "why"})
# verbs whose infinitive is an act still to come: "agreed to discuss", "plan to review how", "decided to examine"
_PLANNING = frozenset({"agree", "plan", "decide", "intend", "expect", "schedule", "propose", "aim", "arrange",
                       "prepare", "promise", "vow", "hope", "want", "seek", "set"})
# sittings: planned only where they are ("agreed to convene ... to discuss", "will meet to discuss")
_CONVENING = frozenset({"convene", "meet", "gather", "assemble", "reconvene", "summon"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_REACH = 4  # heads climbed: "agreed to convene organizations to discuss" is two


def planned_discussion(token: Token, content: Content, doc: Doc) -> bool:
    """The cue is a verb of discussing, its content an open question, and the discussion is still to be held."""
    if token.lemma_.lower() not in _DISCUSSING or token.pos_ != "VERB" or content.quote:
        return False
    span = content_span(doc, content)
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    if first is None or first.lower_ not in _OPEN_QUESTION:
        return False
    return _planned(token)


def _planned(verb: Token) -> bool:
    """``verb`` is future ("will discuss") or an infinitive whose chain of infinitives reaches a verb of planning,
    through sittings that are infinitives themselves ("agreed to convene ... to discuss")."""
    for _ in range(_REACH):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
            return True
        if not to_infinitive(verb) or verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma in _PLANNING:
            return True
        if lemma not in _CONVENING:
            return False  # "used his platform Friday to discuss what ...": an act done, the discussion with it
    return False
