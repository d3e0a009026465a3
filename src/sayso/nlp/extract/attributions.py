"""Find attributions in a parsed Doc: pure ``Doc -> list[Found]``, the Doc is not touched.

Every lexicon cue on the parse is scored by the trained cue model; for a cue that
passes, the trained content model picks the best candidate content (a clause, object,
prepositional phrase, the clause around "according to", a quote beside the cue, or a
quote pair split by it), and the source is read off the parse (subject, passive agent,
"according to X", or the subject of the clause the cue hangs from).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.addressees import addressee_head, np_tokens
from sayso.nlp.extract.candidates import Content, char_range, content_candidates, cue_tokens, is_cue_candidate
from sayso.nlp.extract.content_choice import pick_content, shape_content
from sayso.nlp.extract.continuations import continuation_quotes, quote_after_statement, split_at_paragraphs
from sayso.nlp.extract.cue_scores import NESTED_MIN_SCORE, TAIL_REPORT_SCORE, cue_score, nested_speech, strong_pattern
from sayso.nlp.extract.dedupe import dedupe as _dedupe  # the old names: tests import _dedupe from here
from sayso.nlp.extract.dedupe import fold_statement_nouns as _fold_statement_nouns
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.inverted_cues import inverted_cues
from sayso.nlp.extract.lead_quotes import quotes_before_cue
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.medium import medium_of
from sayso.nlp.extract.not_speech import HEDGE_VERBS, not_speech, person_words
from sayso.nlp.extract.noun_cues import root_noun_cues
from sayso.nlp.extract.one_statement import one_statement
from sayso.nlp.extract.participles import object_participle
from sayso.nlp.extract.quotes import QuoteIndex, is_nominal_quote
from sayso.nlp.extract.role_tails import name_before_role
from sayso.nlp.extract.source_heads import participle_subject as participle_subject  # re-exported
from sayso.nlp.extract.source_heads import source_head, subject_before_aside
from sayso.nlp.extract.source_spans import source_extent, without_box_label
from sayso.nlp.extract.statement_checks import not_a_statement, object_only
from sayso.nlp.extract.tail_reports import tail_reports
from sayso.nlp.extract.words_of import words_of


def find_attributions(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, *, headings: Sequence[Range] = ()) -> list[Found]:
    """Every attribution of the Doc; ``headings`` are character ranges of headings (no cue there counts)."""
    found: list[Found] = []
    nested: list[Found] = []  # speech cues below the threshold, kept if inside another content
    for token in doc:
        if not is_cue_candidate(token, lexicon):
            continue
        cands = content_candidates(token, quotes)
        if not cands or not_speech(token, lexicon):
            continue
        p_cue = cue_score(token, cands, quotes, lexicon)
        weak = p_cue < lexicon.cue_model.threshold and not strong_pattern(token, cands, quotes.text)
        if weak and not (p_cue >= NESTED_MIN_SCORE and nested_speech(token, lexicon)):
            continue
        aside = subject_before_aside(token)
        if aside is not None:  # "The mayor, asked whether ..., said": the speaker and the aside are not what was said
            cands = [c for c in cands if not c.start <= aside.idx < c.end] or cands
        best = shape_content(pick_content(token, cands, quotes, lexicon), cands, token, doc, quotes, lexicon)
        if object_only(token, best, lexicon) or not_a_statement(token, best, doc, quotes, lexicon, headings):
            continue
        f = _build(token, best, quotes, p_cue, lexicon)
        if token.pos_ in ("NOUN", "PROPN") and best.kind == "prep_obj" and f.source is None:
            continue  # "the promise of spring": a cue noun with neither a clause nor a speaker
        if weak:
            if best.kind in ("child_ccomp", "quote_before", "quote_after", "quote_pair", "quote_pair_next"):
                if token.head.lemma_.lower() in HEDGE_VERBS and token.dep_ in ("ccomp", "xcomp"):
                    found.append(f)  # "it appears that X confirmed ...": the hedge is marked, X's cue stands
                else:
                    nested.append(f)
            continue
        found.append(f)
    found += [n for n in nested if any(f.content[0] <= n.cue[0] < f.content[1] for f in found)]
    found += _tail_reports(doc, quotes, lexicon, found)
    found += _words_of(doc, quotes, found)
    found = _inverted(doc, quotes, lexicon, found)
    found = split_at_paragraphs(_fold_statement_nouns(_dedupe(quotes.text, found), doc), quotes.text)
    found += continuation_quotes(found, quotes, lexicon.colon_labels)
    found += quote_after_statement(found, quotes)
    found = quotes_before_cue(found, quotes)
    return sorted(one_statement(found), key=lambda f: (f.content[0], f.cue[0]))


def _tail_reports(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: Sequence[Found]) -> list[Found]:
    """", a new study reports." with "reports" tagged a noun (``tail_reports``), "The group state that ..." with
    "state" read as the head noun (``noun_cues``), where no cue found the clause."""
    out = []
    for t in [*tail_reports(doc, lexicon.verbs), *root_noun_cues(doc, lexicon.verbs)]:
        if any(overlaps(f.content, t.content) for f in found):
            continue
        content = Content("head_ccomp", *t.content)
        first, head = t.source
        out.append(Found(kind=kind_of(content, quotes, quotes.text), content=t.content, cue=(t.cue.idx, t.cue.idx + len(t.cue)),
                         source=(first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=t.cue.i,
                         medium=medium_of(t.cue, [t.cue], head, lexicon.media, lexicon.documents)))
    return out


def _words_of(doc: Doc, quotes: QuoteIndex, found: Sequence[Found]) -> list[Found]:
    """ "In the words of X: “…”", "In X's words, “…”" (``words_of``), where no cue found the quotation."""
    out = []
    for w in words_of(doc, quotes):
        if any(overlaps(f.content, w.content) for f in found):
            continue
        first, last = w.cue
        src_first, head = w.source
        content = Content("quote_after", *w.content, quote=True)
        out.append(Found(kind=kind_of(content, quotes, quotes.text), content=w.content, cue=(first.idx, last.idx + len(last)),
                         source=(src_first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=last.i, medium="unknown"))
    return out


def _inverted(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: list[Found]) -> list[Found]:
    """ "Said Smith: “…”", "“…” — Smith, in a statement", "“…,” came the reply from X" (``inverted_cues``).

    The frame's speaker replaces what a cue inside the frame made of it (a colon cue reading
    "Said Smith" as a name, "statement" with no speaker); a quotation another cue outside the
    frame already claims is left to it.
    """
    out = list(found)
    for inv in inverted_cues(doc, quotes, lexicon.media):
        if inv.cue[0] < inv.content[0]:
            frame = (inv.cue[0], inv.content[0])  # "Said Smith: " up to the quotation
        else:
            frame = (inv.content[1], max(inv.cue[1], inv.source.end_char) + 1)
        claims = [f for f in out if overlaps(f.content, inv.content)]
        kept: list[Found] = []
        for f in claims:
            if frame[0] <= f.cue[0] < frame[1] or f.source is None:
                continue  # the frame's own words, misread: "Said Smith" as a name, "statement" with no speaker
            rest = tuple(p for p in f.parts if not overlaps(p, inv.content))
            if not f.parts or not rest:
                break  # '“…,” he said. — Smith': the quotation has its cue already
            kept.append(_without_part(f, rest))  # '“Why?” X asked. “Never,” came the reply from Y': X keeps "Why?"
        else:
            out = [f for f in out if f not in claims] + kept
            head = inv.source.root
            cue_tok = doc.char_span(inv.cue[0], inv.cue[1], alignment_mode="expand")
            out.append(Found(kind="direct", content=inv.content, cue=inv.cue,
                             source=(inv.source.start_char, inv.source.end_char), source_head=head.i, addressee=None,
                             addressee_head=None, score=TAIL_REPORT_SCORE,
                             cue_head=cue_tok.root.i if cue_tok is not None else head.i, medium=inv.medium))
    return out


def _without_part(f: Found, rest: tuple[Range, ...]) -> Found:
    """``f`` with its content cut to the parts ``rest`` (one part is a plain content)."""
    content = (rest[0][0], rest[-1][1])
    return f._replace(content=content, parts=rest if len(rest) > 1 else ())


def _build(token: Token, content: Content, quotes: QuoteIndex, score: float, lexicon: Lexicon) -> Found:
    cue_words = cue_tokens(token, (content.start, content.end))
    cue = char_range(cue_words)
    assert cue is not None
    content_ranges = content.parts or ((content.start, content.end),)
    src_tok = object_participle(token, lexicon.senses, lexicon.documents, person_words(lexicon)) or source_head(token, content_ranges)
    if src_tok is not None and src_tok.dep_ == "nsubj":
        src_tok = name_before_role(src_tok) or src_tok  # "Christine South, head of IFRC's (...) operations, said"
    source = None
    if src_tok is not None:
        src_words, src_tok = source_extent(src_tok, cue=token, content=content_ranges, roles=lexicon.person_roles)
        source = char_range(without_box_label(src_words, lexicon.colon_labels))
    addr_tok = addressee_head(token)
    addressee = char_range(np_tokens(addr_tok)) if addr_tok is not None else None
    if addressee is not None and any(overlaps(addressee, part) for part in content_ranges):
        # within a content's parts only: '"A," Smith told the BBC. "B."' keeps the BBC between them
        addressee, addr_tok = None, None
    return Found(
        kind=kind_of(content, quotes, quotes.text),
        content=(content.start, content.end),
        cue=cue,
        source=source,
        source_head=src_tok.i if src_tok is not None else None,
        addressee=addressee,
        addressee_head=addr_tok.i if addr_tok is not None else None,
        score=score,
        cue_head=token.i,
        parts=content.parts,
        medium=medium_of(token, cue_words, src_tok, lexicon.media, lexicon.documents),
    )


def kind_of(content: Content, quotes: QuoteIndex, text: str = "") -> str:
    """direct: the content is a quotation; mixed: it holds one; indirect: neither.

    Scare-quoted words ("another “atrocity”") do not make a content mixed.
    """
    near = quotes.overlapping(content.start, content.end)
    if text:
        near = [q for q in near if not is_nominal_quote(text, q)]
    length = content.end - content.start
    covered = sum(max(0, min(q.end, content.end) - max(q.start, content.start)) for q in near)
    if content.quote or (length and covered >= 0.9 * length):
        return "direct"
    if covered:
        return "mixed"
    return "indirect"


