"""A cue in a subordinate clause that opens the sentence says only what that clause holds: a pure function.

"Although company representatives suggested that the layoffs were temporary, the union's
president told reporters that workers had not been consulted": the parse often hangs the
main clause ("the union's president told ...") on the subordinate clause's last verb as a
conjunct, so the content of "suggested" runs on to the end of the sentence and swallows the
second statement. A clause opened by "although", "while", "though", "whereas" or "even
though" ends at the comma (or dash) before the main clause's subject; a content with no such comma
("Although he said it would rain and it did") is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import SUBJ_DEPS, Content

_SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "even", "whilst"})
_SEPARATORS = frozenset({",", "—", "–", "--"})


def subordinate_clause_content(content: Content, token: Token, doc: Doc) -> Content:
    """``content`` cut before the main clause the parse joined to it, where the cue's clause opens the sentence."""
    if content.quote or content.parts or not _opens_sentence_subordinate(token):
        return content
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return content
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or not (verb.dep_ == "conj" or verb == token.head or _over_that(verb, span)):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i), None)
        if subject is None:
            continue
        comma = subject.left_edge.i - 1
        if comma <= span.start or doc[comma].text not in _SEPARATORS or doc[comma - 1].dep_ == "cc":
            continue
        last = doc[comma - 1]
        return content._replace(end=last.idx + len(last))
    return content


def _over_that(verb: Token, span: Span) -> bool:
    """ "While the court filings continue to suggest that August 1 is the date ...—the distribution is already
    happening": the parse made the main clause's verb the root of the content and hung the content's own
    that-clause on it, before its subject; a that-clause that opens the content is the cue's, never the
    complement of a verb after it (blind audit 46: run_on)."""
    first = span[0]
    return verb == span.root and first.lower_ == "that" and first.dep_ == "mark" and first.head.head == verb \
        and first.head.i < verb.i


def _opens_sentence_subordinate(token: Token) -> bool:
    """The cue's own clause opens with a subordinator that is the sentence's first word (the cue may be the
    infinitive of that clause's verb: "While the filings continue to suggest ...")."""
    first = token.sent[0]
    while first.is_space or first.is_punct and first.i + 1 < token.i:
        first = token.doc[first.i + 1]
    clause = token.head if token.dep_ == "xcomp" else token
    return first.lower_ in _SUBORDINATORS and first.head in (token, clause) and first.dep_ in ("mark", "advmod")


def own_clause_before_colon(best: Content, cands: Sequence[Content], token: Token, text: str) -> Content:
    """The cue's own that-clause, not the writer's evidence set after a colon.

    "Another email suggested that the chairman remained active in the campaign: John Podesta
    wrote that ...": the parse gives "suggested" two clauses; what the email suggested is the
    first, and the words after the colon are the writer's proof. A quotation after the colon
    with no clause of the cue's own before it ("said: “...”") never reaches this.
    """
    if best.kind != "child_ccomp" or best.quote:
        return best
    own = next((c for c in cands if c.kind == "child_ccomp" and not c.quote and c.start > token.idx
                and c.end <= best.start and text[token.idx + len(token):c.start].strip() == ""
                and text[c.end:best.start].strip() == ":"), None)
    return own or best
