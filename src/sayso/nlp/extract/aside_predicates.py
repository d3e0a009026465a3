"""A reported clause whose subject carries an aside, and the predicate the parse cut from it.

"It also says the way the administration revoked the pass, with no direct notice to Acosta, violated the Fifth
Amendment", "declaring that all of the prelates involved (many others are implicated), including Bergoglio, should
resign their offices": the aside set off in the subject (a comma pair, a parenthesis, a dash pair) sends the parse
astray; it closes the content at the subject and hangs the clause's verb, with no subject of its own, on the cue or
a verb above it. The content then ends inside the subject and misstates the claim (blind audits 42, 47:
content_wrong); what was said runs to the predicate. Pure functions on the chosen content, run by
``content_choice.shape_content``; tests in ``tests/test_aside_predicates.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import SUBJ_DEPS, Content
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

# marks that close an aside before the predicate resumes: "..., including Bergoglio, should resign"
_CLOSING = frozenset({",", ")", "—", "–", "--"})
# marks that open an aside inside the subject
_OPENING = frozenset({",", "(", "—", "–", "--"})
# what hangs a verb with no subject on the cue or above it: a complement, a conjunct with no "and", a clause aside
_ORPHAN_DEPS = frozenset({"ccomp", "conj", "parataxis", "advcl"})


def predicate_after_aside(content: Content, token: Token, doc: Doc, speech: frozenset[str] = frozenset()) -> Content:
    """A content that ends inside its subject, right before the mark closing an aside, takes the predicate after it.

    Only where (1) the content has no finite verb of its own ("the way the administration revoked the pass, ...":
    its head is the noun; "that all of the prelates involved (...), including Bergoglio": "involved" with no
    auxiliary is the participle of a reduced relative), (2) an aside opens inside it (a comma, a parenthesis or a
    dash after its first word) and marks only stand between its end and the next word, (3) that word opens a
    verb phrase of a finite verb or a modal with no subject, "that" or "and" of its own, and (4) the parse hung that
    verb on the cue or on a verb above the cue, so it is no clause of the content's own. A finite verb needs a
    subject, and the content is the only one in reach. A verb of saying is the speaker's next act, never the
    predicate ("said the plan, which passed, added that ...") and stays out, and so does a conjunct in the cue's
    own form ("denied the report, published Tuesday, resigned the next day": a series of the speaker's acts; "says
    the way ..., violated" changes tense, so it is no act of the speaker's)."""
    if content.quote or content.parts:
        return content
    span = content_span(doc, content)
    if span is None or len(span) < 3 or span.end >= len(doc) or _has_predicate(span):
        return content
    if not any(t.text in _OPENING for t in span[1:]):
        return content
    k = span.end
    while k < len(doc) and doc[k].is_punct and doc[k].text in _CLOSING:
        k += 1
    if k == span.end or k >= len(doc) or doc[k].sent.start != span[0].sent.start:
        return content
    first = doc[k]
    verb = first.head if first.dep_ in ("aux", "auxpass", "neg", "advmod") else first
    if first.tag_ not in FINITE_OR_MODAL_TAGS and not (first.dep_ in ("advmod", "neg") and verb.tag_ in FINITE_OR_MODAL_TAGS):
        return content
    if verb.pos_ not in ("VERB", "AUX") or verb.i < k or verb.dep_ not in _ORPHAN_DEPS:
        return content
    if verb.lemma_.lower() in speech or verb.i == token.i:
        return content
    if verb.dep_ == "conj" and verb.tag_ == verb.head.tag_:
        return content  # "denied the report, published Tuesday, resigned the next day": a series of the speaker's acts
    if any(c.dep_ == "aux" for c in token.children) and any(c.dep_ in ("aux", "auxpass") and c.i < verb.i
                                                            for c in verb.children):
        return content  # "has denied the claims, made in Texas, will fight them": the speaker's acts, each with its aux
    if any(c.dep_ in SUBJ_DEPS or c.dep_ in ("expl", "mark", "cc") for c in verb.children):
        return content
    if any(t.i < k and t.i >= span.start for t in verb.subtree if not t.is_punct):
        return content  # the verb's phrase reaches back into the content: the parse's own clause
    if not (verb.head.i == token.i or verb.head.is_ancestor(token)):
        return content
    last = verb.right_edge
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return content._replace(end=last.idx + len(last))


def _has_predicate(span: Span) -> bool:
    """The span's head is a finite verb or a verb with an auxiliary: a clause of its own."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return root.tag_ in FINITE_OR_MODAL_TAGS or any(c.dep_ in ("aux", "auxpass") for c in root.children)
