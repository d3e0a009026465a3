"""One attribution per content: two cues claiming one content keep the better (``dedupe``), and a noun cue
inside its verb's phrase ("said in a statement that X") folds into the verb, and one whose participle tells
the same ("issued a statement warning that X") into the participle, and "went on to say that X" into "to say"
(``fold_statement_nouns``). Pure."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.held_claims import answered

# verbs that only place a statement in time ("went on to say", "continued to insist", "proceeded to claim")
_GOING_ON = frozenset({"go", "continue", "proceed", "begin", "start", "keep"})


def fold_statement_nouns(found: list[Found], doc: Doc) -> list[Found]:
    """ "said in a statement that X": one attribution, cued by "said", content X.

    The parse often hangs the that-clause on "statement"; the noun's content moves to the
    verb and the noun is dropped. A content the noun found further on (a quotation inside
    the verb's clause: "said in a statement that it chose ... because of the “short-term”
    stays") is not the noun's clause: the verb keeps its own. A noun the verb answers ("responded to Trump's
    remark that X") is no medium: the clause is the remark's holder's, and both stay (``held_claims``).
    """
    by_head = {f.cue_head: f for f in found}
    drop: set[int] = set()
    out = []
    for f in found:
        token = doc[f.cue_head]
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.dep_ == "prep":
            verb = by_head.get(token.head.head.i)
            if verb is None:
                continue
            # the noun's own clause, not a quote further on; nor, under "according to", a quote before it ('its
            # venture "Spike TV," according to a statement read in court': a name inside the clause the phrase
            # scopes over, which the quote_before of "statement" took). Before "said in a statement" a quotation is
            # what was said ('“saddest living conditions ...,” the sheriff said in a statement')
            follows = f.content[0] - (token.idx + len(token)) <= 2 \
                and not (doc[verb.cue_head].lower_ == "according" and f.content[0] < token.idx)
            inside = follows and verb.content[0] <= f.content[0] and f.content[1] <= verb.content[1]
            if answered(token, doc[verb.cue_head]):
                # "responded to the claim that X": two statements; the verb's content the claim with its clause
                start = token.left_edge.idx
                if inside and verb.content[0] <= start and not f.parts:
                    by_head[verb.cue_head] = verb._replace(content=(start, f.content[1]), kind=f.kind)
                continue
            drop.add(f.cue_head)
            if inside:
                by_head[verb.cue_head] = verb._replace(content=f.content, parts=f.parts, kind=f.kind)
    for f in found:
        token = doc[f.cue_head]
        if token.pos_ in ("NOUN", "PROPN") and any(_covers(by_head[c.i], f) for c in token.children
                                                   if c.dep_ in NOUN_MODIFIER_CLAUSES and c.i in by_head):
            drop.add(f.cue_head)  # "issued a statement warning that X": the participle tells X, the noun again
        elif token.lemma_.lower() in _GOING_ON and any(
                by_head[c.i].content[0] >= f.content[0] and by_head[c.i].content[1] <= f.content[1]
                for c in token.children if c.dep_ in ("xcomp", "advcl") and c.i in by_head):
            drop.add(f.cue_head)  # "went on to say that X": the infinitive tells X; "went on" only says it came next
    for f in found:
        if f.cue_head not in drop:
            out.append(by_head.get(f.cue_head, f))
    return out


def _covers(verb: Found, noun: Found) -> bool:
    """The participle's content holds the noun's but for a word or two at its edges ("that “...”" and "“...”")."""
    return verb.content[0] <= noun.content[0] + 2 and noun.content[1] <= verb.content[1] + 2 \
        and noun.content[1] - noun.content[0] >= 0.8 * (verb.content[1] - verb.content[0]) - 6


def dedupe(text: str, found: list[Found], frames: Mapping[int, int] | None = None) -> list[Found]:
    """Two cues claiming the same content keep the better one; order by position.

    ``frames`` maps the "as saying" of "Reuters reports Langone as saying" to its quoting verb
    (``chains.quoting_frames``): of the two claiming one quotation, the one quoted said it, whatever the scores.

    Of two cues before it, the one that introduces the content right before it (only a colon or comma
    between them) is the better one whatever the scores: 'this newspaper published a petition which
    states: “…”' is the petition's statement, not the newspaper's. A cue after the content ('“…,” Rep.
    DeSantis told The Hill') is weighed by score as before: it names who spoke.

    An "according to" after the speaker's own tag ('“…,” Hewitt said, according to a transcript') claims the same
    quotation as the tag's cue; the tag's row is kept whatever the scores, since it names who spoke (``_vouches``).
    """
    best: dict[Range, Found] = {}
    for f in found:
        cur = best.get(f.content)
        if cur is not None and (_vouches(text, f, cur) or _vouches(text, cur, f)):
            # '“…,” Hewitt said, according to a transcript': the tag names who spoke, whatever the scores
            best[f.content] = cur if _vouches(text, f, cur) else f
        elif cur is None:
            best[f.content] = f
        elif frames and (frames.get(f.cue_head) == cur.cue_head or frames.get(cur.cue_head) == f.cue_head):
            best[f.content] = f if frames.get(f.cue_head) == cur.cue_head else cur
        elif f.cue[1] <= f.content[0] and cur.cue[1] <= cur.content[0] and _introduces(text, f) != _introduces(text, cur):
            best[f.content] = f if _introduces(text, f) else cur
        elif f.score > cur.score:
            best[f.content] = f
    return sorted(best.values(), key=lambda f: (f.content[0], f.cue[0]))


def _vouches(text: str, a: Found, b: Found) -> bool:
    """``a`` is an "according to" after ``b``'s tag that follows the content ('“…,” Hewitt said, according to a
    transcript of the show'): the record only vouches for what the speaker said; the speaker's row is the
    attribution (``according_forms.quotation_of_tag``)."""
    return text[a.cue[0]:a.cue[1]].lower().startswith("according") and b.content[1] <= b.cue[0] < a.cue[0]


def _introduces(text: str, f: Found) -> bool:
    """Whether ``f``'s cue stands right before its content, a colon or comma between them."""
    return f.cue[1] <= f.content[0] and text[f.cue[1]:f.content[0]].strip() in (":", ",")
