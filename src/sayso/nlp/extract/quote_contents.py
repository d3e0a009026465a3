"""Where a content that is, or holds, a quotation starts and ends: pure functions of the parse and the quotes.

``find_attributions`` picks a content among the candidates; these settle which quotation it is
when the parse joined or split them wrong: a clause that opens with the quotation set off
after the cue ("said, “We are relieved” at the release" is the quotation), a statement the cue
interrupts ("are not “bolt-on things,” Cook said, but instead “embedded in who we are”" is one
content in two parts), and a quotation pair split by more than the cue's clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import SUBJ_DEPS, Content
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES, QUOTE_MARKS
from sayso.nlp.extract.quotes import QuoteIndex


def _next_is_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with another quotation, past a comma or "and"/"or"."""
    rest = text[start:end].lstrip(" ,\t\xa0")
    for word in ("and ", "or "):
        if rest.startswith(word):
            rest = rest[len(word):].lstrip()
    return rest[:1] in ("“", '"', "«")


def quote_opening_content(content: Content, cands: Sequence[Content], text: str, cue_end: int) -> Content:
    """A clause that opens with a quotation set off by a comma or colon after the cue is that quotation.

    "Morrison said in a statement, “We are profoundly pleased and relieved” at the hostages'
    release, adding that ...": the parse hangs the words after the closing mark (and the next
    act, "adding that ...") on the quoted verb, but what was said is the quotation; the rest
    is the writer's. A quotation worked into the clause without the comma ("said the economy
    is “very strong” and growing") is a mixed content and stays whole.
    """
    if content.quote or content.parts or content.start < cue_end:
        return content
    for c in cands:
        if not c.quote or c.parts or c.start < cue_end:
            continue
        gap = text[cue_end:c.start].strip()
        if not gap.endswith((",", ":")) or len(gap.split()) > 6 or "\n" in gap:
            continue  # "said in a statement, “", "told reporters: “": the cue, maybe whom it addresses, a mark
        if c.start <= content.start <= c.start + 1 and content.end > c.end:
            if _next_is_quotation(text, c.end, content.end):
                return content  # 'chanted, “Fund our schools,” and “Put kids first”': a list of quotations
            return c  # the clause starts at the quotation (on the mark or just inside it) and runs on
    return content


_RESUME_WORDS = 3  # "but instead", "and", "but rather": the writer's words joining the two pieces


def resumed_after_cue(content: Content, token: Token, cue_end: int, quotes: QuoteIndex) -> Content:
    """A statement interrupted by its cue goes on after it: 'are not “bolt-on things,” Cook said, but instead
    “embedded in who we are.”' is one content in two parts.

    The content must end right before the cue's clause ("Cook told the audience"), the clause
    be set off by commas, and what follows its comma to the sentence's end be a quotation led
    by at most a few joining words and no verb ("but instead", "and"): the rest of the
    statement, not a clause of the writer's ("…,” she said, and then she left.").
    A split content whose second piece the parse cut to a stray mark is rebuilt the same way.
    """
    text = quotes.text
    if content.quote:
        return content
    if content.parts:
        (first, *rest) = content.parts
        if first[1] > token.idx or any(len(text[s:e].split()) > 1 or s < cue_end for s, e in rest):
            return content
        content = content._replace(end=first[1], parts=())
        inside = quotes.containing(content.end - 1)
        if inside is not None and inside.end <= token.idx:
            content = content._replace(end=inside.end)  # the piece cut inside its quotation: to the closing mark
    if content.end > token.idx:
        return content
    between = text[content.end:token.idx].lstrip(" ,\"”")
    if len(between.split()) > 4 or any(m in between for m in "\"“”,;:.\n"):
        return content  # the content is not right before the cue's clause ("Cook told", "she said")
    sent_end = token.sent.end_char
    comma = text.find(",", cue_end, sent_end)
    if comma < 0 or "\n" in text[cue_end:comma] or len(text[cue_end:comma].split()) > 6 \
            or any(m in text[cue_end:comma] for m in "\"“”"):
        return content
    q = quotes.first_after(comma)
    if q is None or q.start > sent_end or not q.closed:
        return content
    lead = text[comma + 1:q.start]
    words = lead.split()
    if len(words) > _RESUME_WORDS or "\n" in lead or any(t.pos_ in ("VERB", "AUX") for t in _tokens(token.doc, comma + 1, q.start)):
        return content
    tail = text[q.end:sent_end]
    if tail.strip(" .!?,;\n" + CLOSING_QUOTES):
        return content  # the sentence goes on after the quotation: the writer's, or another statement
    right = (q.start - len(lead.lstrip()) if words else q.start, q.end)
    return content._replace(end=right[1], parts=((content.start, content.end), right))


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def pair_split_by_cue_only(content: Content, token: Token) -> bool:
    """Whether a quotation pair is split by more than its cue's clause: another act between its quotations.

    "“A,” he said, “B.”" and "''A'' of the proposals, Mr. X said. ''B''" are one quotation
    interrupted; in 'never used the term “three amigos” and added, “I frankly cringe ...”' and
    '“Promise mama ...,” Blige sings to Clinton before asking her, “...”' the first quotation
    belongs to another act, joined by "and" or a verb of its own: it is not the cue's.
    """
    if content.kind != "quote_pair" or len(content.parts) != 2:
        return False
    doc = token.doc
    own = {t.i for c in token.children if c.dep_ in SUBJ_DEPS for t in c.subtree} | {token.i}
    own |= {c.i for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "npadvmod", "prt")}
    between = doc.char_span(content.parts[0][1], token.idx, alignment_mode="contract")
    if between is not None and any(t.i not in own and (t.dep_ == "cc" or t.pos_ in ("VERB", "AUX")) for t in between):
        return True
    return _words_on_both_sides(doc, content, token, own)


_GAP_WORDS = 3  # "said in a statement": the cue's own phrase; a longer run after it is the writer's sentence
_WORD_QUOTE = 3  # a quoted word or name ("“blessing”", "“Mr. Trump,”"), not a quoted sentence


def _quoted_word(words: str) -> bool:
    """ "“blessing”", "“conservative”": a few quoted words that do not close on the comma or the mark of a quoted
    sentence ("“Cruz,”", "“Stop!”")."""
    inner = words.strip().strip(QUOTE_MARKS).rstrip()
    return 0 < len(inner.split()) <= _WORD_QUOTE and inner[-1:] not in ",;:!?.—–-…"


def _words_on_both_sides(doc: Doc, content: Content, token: Token, own: set[int]) -> bool:
    """ "rather than saying “yes,” there is a possibility of liturgical “blessing” of gay unions, he answered the
    question in a more subtle way without giving an explicit “yes.”": words of the writer's sentence both after the
    first quotation and between the cue and the second ("the question in a more subtle way without giving an
    explicit"), the first a quoted word (``_quoted_word``) or the second one (at most ``_WORD_QUOTE`` words): quoted
    words of one sentence, not one quotation split by its cue. A quoted sentence before and after the cue ('“Cruz,”
    Beck joked, again using an exaggerated Southern accent, “Amen, brother! ...”', '“They were professionals,” Daley
    said of their time, “...”') is one quotation split."""
    text = doc_text(doc)
    first, second = (text[s:e] for s, e in content.parts)
    if not _quoted_word(first) and len(second.split()) > _WORD_QUOTE:
        return False

    def writers(start: int, end: int) -> list[Token]:
        span = doc.char_span(start, end, alignment_mode="contract")
        return [t for t in span if not t.is_punct and t.i not in own] if span is not None else []
    before = writers(content.parts[0][1], token.idx)
    after = writers(token.idx + len(token), content.parts[1][0])
    return bool(before) and len(after) > _GAP_WORDS


def participle_own_clause(content: Content, cands: Sequence[Content], token: Token, speech: frozenset[str]) -> Content:
    """A participle of saying after another cue takes its own clause, not the quotation around them.

    '“We are growing,” she says, boasting that sales doubled last year. “We will hire.”': the
    quotations are what she says; "boasting" reports "that sales doubled last year". The
    participle hangs from the verb of saying ("says, boasting", "said, adding", "told
    reporters, warning"), or from another verb set off by a comma, whose quotation is that verb's or its
    clause's ('called the decision “a disgrace,” adding that the party “has lost its way”', 'said the plan was
    “reckless,” adding it would “hurt families”'); where that clause is inside the quotation after the participle,
    the quotation whole. One with no clause of its own ("she said, smiling") finds none here.
    """
    if not content.quote and not content.parts:
        return content
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj") or token.head == token:
        return content
    if token.head.i > token.i or not (token.head.lemma_.lower() in speech or set_off_by_comma(token)):
        return content
    own = next((c for c in cands if c.kind == "child_ccomp" and not c.quote and c.start > token.idx), None)
    if own is None:
        return content
    # 'could be “messy,” adding, “Democracy is messy.”': the clause the parse found is inside the quotation after the
    # participle; that quotation, marks and all, is what it says
    inside = next((c for c in cands if c.quote and not c.parts and token.idx < c.start < own.start < c.end), None)
    return inside or own


def set_off_by_comma(token: Token) -> bool:
    """A comma before the word, inside a quotation's closing mark or not: 'was “reckless,” adding'."""
    doc = token.doc
    i = token.left_edge.i - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].text == ","


COLON_GAP_WORDS = 15  # "her question for Pope Francis on the Chilean situation": what names the statement


def quotation_after_colon(content: Content, text: str, cue_end: int, quotes: QuoteIndex) -> Content:
    """A cue whose object names the statement, then a colon and a quotation: the quotation is what was said.

    "Collins tweeted her question for Pope Francis on the Chilean situation: “Why does the Pope not
    believe these three men? ...”", "issued this warning:\\n“...”": the parse takes the noun phrase
    before the colon for the content, but it only says what kind of statement follows. The quotation
    must open right after the colon (on the same line or the next), and the words between the cue and
    the colon must stay in one clause (no stop, no comma, no other quotation).
    """
    if content.quote or content.start < cue_end:
        return content
    colon = text.find(":", cue_end)
    if colon < 0 or content.start >= colon:
        return content
    gap = text[cue_end:colon]
    if "\n" in gap or len(gap.split()) > COLON_GAP_WORDS or any(m in gap for m in '.,;!?“”"'):
        return content  # a comma sets off another clause: 'who had called for a ban, said: “…”' is said's
    q = quotes.first_after(colon)
    if q is None or text[colon + 1:q.start].strip() or text[colon + 1:q.start].count("\n") > 1:
        return content
    return Content("quote_after", q.start, q.end, quote=True)
