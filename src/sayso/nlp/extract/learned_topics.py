"""Finding out a question's answer without the answer is no attribution: "Since last April, scientists have learned
how acrylamide is formed" (blind audit 67 S219): the content names a topic (how? why? where?) and reports no
proposition a reader could check.

A verb of finding out ("learn", "discover", "find out", "figure out", "determine") whose whole content is an
indirect question: a finite clause opened by "how", "why", "where", "when", "whether", "if" or "who". Kept: a clause
with "that" ("learned that acrylamide forms in frying"), a degree ("learned how dangerous it is", "discovered how
many voters had moved": a claim about size, PolNeAR's "realize how many"), a wh-infinitive ("learned how to see in
the dark": PolNeAR marks it, ``empty_acts.knows_how`` reads "learned to"), "what" (a free relative may hold the claim:
"learned what the FBI had found"), a quotation, and the verbs of knowing or saying ("knows how he operates",
"explained why the bill failed": PolNeAR's and the readers' rows). Table of tests: ``tests/test_learned_topics.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span

# verbs of finding out; "find" and "figure" only with "out" ("found how" is rare, "found that" a finding)
_FINDING_OUT = frozenset({"learn", "discover", "determine"})
_WITH_OUT = frozenset({"find", "figure"})
# what opens an indirect question that names only its topic
_OPENERS = frozenset({"how", "why", "where", "when", "whether", "if", "who"})
# what after "how" makes a degree ("how dangerous", "how many"), a claim about size
_DEGREE_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def learned_topic(token: Token, content: Content, doc: Doc) -> bool:
    """``token`` finds out and its content is an indirect question, not its answer: "scientists have learned how
    acrylamide is formed", "investigators discovered why the dam failed", "figured out where the leak was"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or content.quote:
        return False
    if lemma not in _FINDING_OUT and not (lemma in _WITH_OUT and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                     for c in token.children)):
        return False
    span = content_span(doc, content)
    if span is None or span.start <= token.i or len(span) < 3 or span[0].lower_ not in _OPENERS:
        return False
    degree = span[1].tag_ in _DEGREE_TAGS or span[1].lower_ in ("many", "much")
    if span[0].lower_ == "how" and degree and span[1].dep_ not in _SUBJECTS:
        return False  # "how dangerous it is", "how many voters": a degree claimed ("how acrylamide is": a subject)
    if any(t.tag_ == "TO" for t in span[1:3]):
        return False  # "how to see in the dark": a skill, PolNeAR's row
    # the question is a finite clause of its own: a verb in it with a subject
    return any(t.dep_ in _SUBJECTS for t in span)  # "who had leaked the memo": "who" the subject
