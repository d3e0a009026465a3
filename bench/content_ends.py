"""Where reported speech ends: candidate ends for an indirect content and the features a learned chooser scores.

An experiment, kept in bench/ because it did not earn its place in sayso (figures in
``train_content_ends.py``): ``chooser_on(model)`` switches it on inside ``sayso.nlp.analysis`` for a
bench run, nothing in ``src/`` knows of it.

Pure functions on a parsed Doc and one ``Found``: ``end_candidates`` proposes the places an indirect
content may end (the rules' own end, the end of the clause's subtree, the boundaries before a comma,
semicolon, conjunction, relative or subordinating word, a quote mark, a following cue, the sentence's
end), ``end_features`` describes one of them as strings, and ``EndModel`` scores them with weights read
from JSON (plain Python: no scikit-learn at run time). ``bench/train_content_ends.py`` trains the weights.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from math import exp
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sayso.nlp.extract.found import Found  # noqa: E402
from span_match import TRIM  # noqa: E402  the characters the scorers trim off a span's ends

BOUNDARY_WORDS = frozenset(
    "which who whom whose where while whereas as because but although though after before when since unless "
    "until if so and or nor yet according adding saying noting citing despite including".split())
CLAUSE_MARKS = ("mark", "advmod", "cc", "prep", "punct")


def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` less the trailing characters the scorer trims."""
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return end


def _tokens_from(doc: Doc, start: int) -> int:
    for t in doc:
        if t.idx + len(t) > start:
            return t.i
    return len(doc)


def _last_token(doc: Doc, end: int) -> int:
    i = _tokens_from(doc, end) - 1
    while i > 0 and doc[i].idx >= end:
        i -= 1
    return max(i, 0)


def content_head(doc: Doc, found: Found) -> Token | None:
    """The content's highest token: the one whose head lies outside the content (the first such)."""
    s, e = found.content
    for t in doc[_tokens_from(doc, s):_last_token(doc, e) + 1]:
        if not s <= t.head.idx < e or t.head is t:
            return t
    return None


def end_candidates(doc: Doc, found: Found) -> list[int]:
    """Trimmed character ends an indirect content may take, in text order; the rules' own end among them."""
    text = doc.text
    s, e = found.content
    first = _tokens_from(doc, s)
    if first >= len(doc):
        return []
    last = _last_token(doc, e)
    sent_end = doc[last].sent.end  # the sentence the rules' end falls in
    ends = {trimmed_end(text, s, e)}
    head = content_head(doc, found)
    if head is not None:
        right = head.right_edge
        ends.add(trimmed_end(text, s, right.idx + len(right)))
    for t in doc[first + 1:sent_end]:
        if _is_boundary(t) and not _dangles(doc[t.i - 1]):
            ends.add(trimmed_end(text, s, t.idx))
    tail = doc[sent_end - 1]
    ends.add(trimmed_end(text, s, tail.idx + len(tail)))
    return sorted(x for x in ends if x > s + 1)


def _is_boundary(t: Token) -> bool:
    if t.is_punct or t.is_quote:
        return t.text not in ("'s", "-") and not (t.text in ("’", "'") and t.i and not t.nbor(-1).is_space and t.whitespace_ == "")
    low = t.lower_
    if low in BOUNDARY_WORDS:
        return True
    return t.dep_ in ("mark", "cc", "relcl") or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "parataxis"))


def _dangles(t: Token) -> bool:
    """A content cannot end on a conjunction or a clause's opening word ("..., but")."""
    return t.dep_ in ("cc", "mark", "det", "prep", "aux") or t.lower_ in BOUNDARY_WORDS


def _bucket(n: int) -> str:
    for b in (0, 1, 2, 3, 5, 8, 12, 20, 30):
        if n <= b:
            return str(b)
    return "30+"


def _word(t: Token) -> str:
    return t.lower_ if (t.is_stop or t.is_punct or t.lower_ in BOUNDARY_WORDS) else t.pos_


def end_features(doc: Doc, found: Found, end: int, rules_end: int, cands: Sequence[int]) -> list[str]:
    """What the chooser knows of ending ``found``'s content at the trimmed character ``end``."""
    text = doc.text
    s = found.content[0]
    cue = doc[found.cue_head]
    head = content_head(doc, found)
    nxt_i = _tokens_from(doc, end)
    while nxt_i < len(doc) and doc[nxt_i].is_space:
        nxt_i += 1
    prev = doc[_last_token(doc, end)]
    nxt = doc[nxt_i] if nxt_i < len(doc) else None
    # the first word after any punctuation at the boundary
    j = nxt_i
    while j < len(doc) and (doc[j].is_punct or doc[j].is_space):
        j += 1
    word = doc[j] if j < len(doc) else None
    rank = cands.index(end) if end in cands else -1
    rule_rank = cands.index(rules_end) if rules_end in cands else -1
    out = ["bias"]
    side = "rule" if end == rules_end else ("before" if end < rules_end else "after")
    out.append(f"side={side}")
    out.append(f"steps={_bucket(abs(rank - rule_rank))}|{side}")
    ntok = sum(1 for t in doc[_tokens_from(doc, s):nxt_i] if not t.is_punct)
    out.append(f"len={_bucket(ntok)}")
    out.append(f"len_side={_bucket(ntok)}|{side}")
    out.append(f"last_cand={rank == len(cands) - 1}")
    sent_end = (nxt is None or nxt.sent.start != prev.sent.start) or (word is not None and word.sent.start != prev.sent.start)
    out.append(f"sent_end={sent_end}")
    out.append(f"prev={_word(prev)}")
    out.append(f"prev_dep={prev.dep_}")
    if nxt is None or sent_end:
        out.append("next=<END>")
        return out
    out.append(f"next={_word(nxt)}")
    out.append(f"next_side={_word(nxt)}|{side}")
    if word is not None and word.i != nxt.i:
        out.append(f"punct_word={nxt.text}|{_word(word)}")
        out.append(f"punct_word_side={nxt.text}|{_word(word)}|{side}")
    if word is not None:
        out.append(f"word={_word(word)}")
        out.append(f"word_dep={word.dep_}")
        out.append(f"word_dep_head={word.dep_}|{word.head.pos_}")
        out.append(f"word_lem={word.lemma_.lower()}" if word.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP", "PRON") else f"word_pos={word.pos_}")
        in_head = head is not None and head.left_edge.i <= word.i <= head.right_edge.i
        out.append(f"in_head_tree={in_head}")
        out.append(f"in_head_tree_side={in_head}|{side}")
        out.append(f"word_head_is_cue={word.head.i == cue.i}")
        out.append(f"word_head_in_content={s <= word.head.idx < end}")
        out.append(f"word_head_dep={word.dep_}|{'cue' if word.head.i == cue.i else ('head' if head is not None and word.head.i == head.i else 'other')}")
        # a new finite clause with its own subject starts at the boundary
        verb = _clause_verb(word)
        if verb is not None:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            out.append(f"new_clause={verb.dep_}|{bool(subj)}")
            out.append(f"new_clause_side={verb.dep_}|{bool(subj)}|{side}")
            if verb.lemma_.lower() in ("say", "tell", "add", "note", "argue", "claim"):
                out.append("cue_after")
        # the phrase that starts at the boundary: its top token (the first whose head lies before the boundary)
        top = word
        while top.head.i != top.i and top.head.i >= nxt_i:
            top = top.head
        where = ("cue" if top.head.i == cue.i else "head" if head is not None and top.head.i == head.i
                 else "content" if s <= top.head.idx < end else "self" if top.head.i == top.i else "before")
        out.append(f"attach={top.dep_}|{where}")
        out.append(f"attach_side={top.dep_}|{where}|{side}")
        out.append(f"attach_pos={top.dep_}|{top.pos_}|{where}")
        out.append(f"cue_attach={cue.lemma_.lower()}|{where}")
        out.append(f"word_quote={word.is_quote or any(t.is_quote for t in doc[nxt_i:j])}")
    out.append(f"gap_text={text[end:end + 2].strip()[:1] or 'sp'}")
    return out


def _clause_verb(word: Token) -> Token | None:
    """The verb of the clause ``word`` opens, if it opens one (within a few tokens)."""
    for t in [word, *word.ancestors][:3]:
        if t.pos_ in ("VERB", "AUX") and t.i >= word.i:
            return t
    for t in word.doc[word.i:word.i + 6]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "ccomp", "advcl", "relcl", "ROOT", "parataxis"):
            return t
    return None


@dataclass(frozen=True)
class EndModel:
    """Linear weights over ``end_features``; ``margin`` is how much a candidate must beat the rules' end by."""

    weights: Mapping[str, float]
    margin: float = 0.0
    spacy: Mapping[str, Any] | None = None

    def score(self, feats: Sequence[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in feats)

    def choose(self, doc: Doc, found: Found) -> int | None:
        """The trimmed end the model prefers to the rules', or None to keep the rules' end."""
        cands = end_candidates(doc, found)
        rules_end = trimmed_end(doc.text, *found.content)
        if rules_end not in cands or len(cands) < 2:
            return None
        scores = {c: self.score(end_features(doc, found, c, rules_end, cands)) for c in cands}
        best = max(cands, key=lambda c: scores[c])
        if best != rules_end and scores[best] - scores[rules_end] > self.margin:
            return best
        return None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EndModel:
        return cls(dict(data["weights"]), float(data.get("margin", 0.0)), data.get("spacy"))


def probability(score: float) -> float:
    return 1.0 / (1.0 + exp(-score))


def with_chosen_ends(doc: Doc, found: Sequence[Found], model: EndModel | None, quotes: Any) -> list[Found]:
    """``found`` with each indirect content (one part, a cue of its own) ended where ``model`` prefers."""
    if model is None:
        return list(found)
    from sayso.nlp.extract.assembly import ended_at

    out = []
    for f in found:
        if f.kind == "indirect" and not f.parts and f.continues is None and f.cue[1] > f.cue[0]:
            end = model.choose(doc, f)
            if end is not None:
                f = ended_at(f, end, quotes)
        out.append(f)
    return out


@contextmanager
def chooser_on(model: EndModel) -> Iterator[None]:
    """Within the block, every analysis ends its indirect contents where ``model`` prefers (a bench switch)."""
    import sayso.nlp.analysis as analysis

    original = analysis.find_attributions

    def patched(doc: Doc, quotes: Any, lexicon: Any, **kw: Any) -> list[Found]:
        return sorted(with_chosen_ends(doc, original(doc, quotes, lexicon, **kw), model, quotes),
                      key=lambda f: (f.content[0], f.cue[0]))

    analysis.find_attributions = patched
    try:
        yield
    finally:
        analysis.find_attributions = original
