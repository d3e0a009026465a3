"""What a careful reader checks before trusting an attribution: how its speaker was found, where its content
ends, in what world its cue stands. Features for the precision filter (``acceptance.py``), schema 4.

The blind audits' wrong predictions are mostly a wrong speaker reached through a pronoun or a role noun ("he"
after another man was named), a quote paragraph given to the last speaker when another spoke between, a content
that runs past its quotation or is no claim ("which", "what everyone had been waiting on", a pronoun), and cues
in a world no one spoke in (an imagined dialogue, "if she says", "doesn't acknowledge that"). Each function here
reads one of those off the parse and what ``find_attributions`` found, and names what it saw: the filter learns
how much each weighs. Pure functions: the Doc is not touched.

Measured 2026-12-03 (``bench/train_filter.py --signs``, each audit of 23-30 left out in turn, 1,694 judged rows,
at the default 0.40): the bundled schema-3 filter keeps every row, 175 W (W rate 0.103); retrained with these
signs, audit rows weighing 0 / 4 / 16, 0.101 / 0.101 / 0.098 with 0.995 / 0.995 / 0.991 of the right rows kept:
short of a 15% relative fall, so the bundled weights stay schema 3 and read none of this (a schema-4 weight file
turns the signs on). Retrained without them, on the same rows: 0.102 (V 0) / 0.099 (V 16) with 0.997 / 0.992 kept,
so at 0.40 the signs add a W or two of 175. They rank a little further down: at 0.55, V 16, both keep 0.951 of
the right rows, with 126 W against 134 without (the bundled filter: 0.924 kept, 126 W). Heaviest when trained: ``ante_quoted`` (-1.6), ``edge_quote=past`` (-0.9),
``ante_role=subj`` (+0.6), ``ante_sents=far`` (-0.5), ``edge_size=one`` (-0.5), ``edge_lead=wh`` (-0.4).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.genre import FIRST_PERSON
from sayso.nlp.extract.quotes import QuoteIndex

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "attr", "oprd"})
SELF_PRONOUNS = frozenset({"i", "we", "me", "us"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})  # a cue in a clause they mark is a condition, not a report
FRAME_VERBS = frozenset({"imagine", "suppose", "pretend", "picture"})  # "imagine she says ...": no one said it


def how_found(doc: Doc, found: Found, name: str | None) -> str:
    """How the source was found: ``continues`` (a quote paragraph given to an earlier speaker), ``none``,
    ``self`` (I / we), ``pronoun`` (he, she, they, it, ...), ``role`` (a common noun resolved to a name that is not
    its own words: "the spokesman" -> a person named before), ``written`` (the speaker as written at the cue)."""
    if found.continues is not None:
        return "continues"
    if found.source_head is None or found.source is None:
        return "none"
    head = doc[found.source_head]
    if head.pos_ == "PRON":
        return "self" if head.lower_ in SELF_PRONOUNS else "pronoun"
    own = doc_text(doc)[found.source[0]:found.source[1]].lower()
    if head.pos_ == "NOUN" and name and not any(w.lower() in own for w in _words(name)):
        return "role"
    return "written"


def _words(name: str) -> list[str]:
    return [w for w in name.replace(",", " ").split() if w[:1].isupper() and len(w) > 1]


def antecedent(doc: Doc, name: str | None, before: int) -> Token | None:
    """The last token before char ``before`` that is a word of the resolved ``name`` (its last word first:
    a surname is how a text names a person again)."""
    words = _words(name or "")
    if not words:
        return None
    for word in (words[-1], *words[:-1]):
        hit = next((t for t in reversed(doc[:_token_at(doc, before)]) if t.text == word), None)
        if hit is not None:
            return hit
    return None


def _token_at(doc: Doc, char: int) -> int:
    starts = [t.idx for t in doc]
    return bisect_right(starts, char - 1) if char > 0 else 0


def antecedent_signs(doc: Doc, quotes: QuoteIndex, ante: Token | None, mention: int,
                     sent_starts: Sequence[int], name: str | None) -> dict[str, str]:
    """Where the name a pronoun or role noun stands for was last written, seen from the mention (char offset):
    ``ante_sents`` (sentences back: 0, 1, 2, 3+; ``far`` when not found), ``ante_rival`` (another person named
    between), ``ante_quoted`` (inside a quotation), ``ante_role`` (subj, obj, poss, other) and ``ante_para``
    (a paragraph break between)."""
    if ante is None:
        return {"ante_sents": "far"}
    here = bisect_right(sent_starts, _token_at(doc, mention)) - 1
    there = bisect_right(sent_starts, ante.i) - 1
    back = here - there
    out = {"ante_sents": str(back) if back < 3 else "3+"}
    own = set(_words(name or ""))
    end = _token_at(doc, mention)
    if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.text not in own for t in doc[ante.i + 1:end]):
        out["ante_rival"] = "1"
    if quotes.containing(ante.idx) is not None:
        out["ante_quoted"] = "1"
    head = ante
    while head.dep_ in ("compound", "flat", "amod", "appos") and head.head is not head:
        head = head.head
    out["ante_role"] = ("subj" if head.dep_ in SUBJECT_DEPS else "obj" if head.dep_ in OBJECT_DEPS
                        else "poss" if head.dep_ == "poss" else "other")
    if "\n" in doc_text(doc)[ante.idx:mention]:
        out["ante_para"] = "1"
    return out


def continuation_signs(doc: Doc, found: Found) -> dict[str, str]:
    """A quote paragraph given to an earlier speaker: how many paragraph breaks lie between that speaker's cue and
    this content (``cont_gap``: 1, 2, 3+), and whether a person is named between them (``cont_rival``)."""
    if found.continues is None:
        return {}
    cue_end, start = found.continues[1], found.content[0]
    if start <= cue_end:
        return {"cont_gap": "0"}
    between = doc_text(doc)[cue_end:start]
    gap = len(re.findall(r"\n\s*", between))  # paragraph breaks, however many blank lines each
    out = {"cont_gap": str(gap) if gap < 3 else "3+"}
    span = doc.char_span(cue_end, start, alignment_mode="contract")
    if span is not None and any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in span):
        out["cont_rival"] = "1"
    return out


def edge_signs(doc: Doc, found: Found, quotes: QuoteIndex) -> dict[str, str]:
    """The content's edges: ``edge_quote`` (it opens a quotation and runs past its closing mark into more words:
    ``past``; or stops inside it: ``short``), ``edge_lead`` (it opens with a wh-word or relative pronoun: "which",
    "what everyone had been waiting on"), ``edge_size`` (``one`` token, or ``pron``: pronouns only), ``edge_roots``
    (its words hang from 1, 2 or 3+ heads outside it: a run-on joins clauses the cue does not govern)."""
    start, end = found.content
    text = quotes.text or doc_text(doc)
    out: dict[str, str] = {}
    q = quotes.containing(start + 1) if text[start:start + 1] in "\"“«'‘" else None
    if q is not None:
        tail = text[q.end:end]
        if sum(c.isalnum() for c in tail) > 3:
            out["edge_quote"] = "past"
        elif end < q.inner_end - 1 and sum(c.isalnum() for c in text[end:q.inner_end]) > 3:
            out["edge_quote"] = "short"
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return out
    if words[0].tag_ in ("WDT", "WP", "WP$", "WRB") and words[0].lower_ not in ("whether", "how", "why", "if"):
        out["edge_lead"] = "wh"
    if len(words) == 1:
        out["edge_size"] = "one"
    elif all(t.pos_ in ("PRON", "DET") for t in words):
        out["edge_size"] = "pron"
    roots = sum(1 for t in words if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i)
    out["edge_roots"] = str(min(roots, 3)) if roots < 3 else "3+"
    return out


def frame_of(cue: Token) -> str | None:
    """The world the cue stands in: ``cond`` (in a clause marked "if" / "unless", or under "imagine", "suppose"),
    ``imperative`` (it or the verb it hangs from is a bare command with no subject), ``neg_head`` (the verb it hangs
    from is negated: "doesn't acknowledge that she said"), else None."""
    node = cue
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return "cond"
        if node.lemma_.lower() in FRAME_VERBS and node is not cue:
            return "cond"
        if node.head is node or node.dep_ in ("ROOT",):
            break
        node = node.head
    verb = cue if cue.dep_ == "ROOT" else cue.head if cue.dep_ in ("xcomp", "ccomp", "conj") else None
    if verb is not None and verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children):
        return "imperative"
    if cue.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "neg" for c in cue.head.children):
        return "neg_head"
    return None


def writer_near(doc: Doc, quotes: QuoteIndex, sent: Span, sent_starts: Sequence[int], content: tuple[int, int]) -> bool:
    """The writer's own I / we / my / our, outside quotation marks and the content, in the sentence before the cue's
    or the one after it ("As I've said before", "Here's what that might look like. I ...")."""
    k = bisect_right(sent_starts, sent.start) - 1
    near = []
    if k > 0:
        near.append(doc[sent_starts[k - 1]:sent.start])
    if k + 1 < len(sent_starts):
        near.append(doc[sent.end:sent_starts[k + 2] if k + 2 < len(sent_starts) else len(doc)])
    return any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and t.text != "US" and not content[0] <= t.idx < content[1]
               and quotes.containing(t.idx) is None for s in near for t in s)


def signs(doc: Doc, found: Found, quotes: QuoteIndex, sent: Span, sent_starts: Sequence[int],
          name: str | None, source_type: str | None) -> dict[str, float]:
    """Every sign of one attribution as filter features (name=value -> 1.0)."""
    how = how_found(doc, found, name)
    out = {"src_how": how, "how_srctype": f"{how}|{source_type or 'none'}"}
    if how in ("pronoun", "role") and found.source is not None:
        out |= antecedent_signs(doc, quotes, antecedent(doc, name, found.source[0]), found.source[0], sent_starts, name)
    out |= continuation_signs(doc, found)
    out |= edge_signs(doc, found, quotes)
    frame = frame_of(doc[found.cue_head])
    if frame is not None:
        out["frame"] = frame
    if writer_near(doc, quotes, sent, sent_starts, found.content):
        out["writer_near"] = "1"
    return {f"{k}={v}": 1.0 for k, v in out.items()}


TEMPLATES = frozenset({"src_how", "how_srctype", "ante_sents", "ante_rival", "ante_quoted", "ante_role", "ante_para",
                       "cont_gap", "cont_rival", "edge_quote", "edge_lead", "edge_size", "edge_roots", "frame",
                       "writer_near"})
