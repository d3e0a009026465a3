"""A second conjunct of what the cue governs, which the parse hung on the cue: pure widenings of a chosen content.

"The lawsuit accuses the company of misleading investors, and of hiding losses": the parse hangs the second "of"
phrase on "accuses" as a conjunct of the verb, and the content stopped at the first charge; but a verb of saying is
never coordinated with a preposition: the repeated "of" is the second charge the cue governs. So too "believe he had
help because of the weapons, and because some were bought by others" (the repeated "because") and "is urging
members to reject the offer, and vote against the contract" (a bare verb goes on with the infinitive "to reject",
not with "is urging"; "admitted threatening the girl, and hiding her" the same with a gerund).

Only a conjunct that repeats the content's own opening word or form. Kept as they are (``tests/test_parallel_conjuncts.py``):
a clause with a subject of its own ("said the plan was dead, and the crowd cheered": it may be the writer's, and a
content that runs into the writer's words is worse than one cut short), a finite verb ("said X and left the room":
the speaker's next act), a verb in the cue's own form ("dismissing X as Y and hugging Z": two acts of the speaker),
and a content that is a quotation. A "that" clause is ``that_conjuncts``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import ALL_SUBJECTS
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex

_JOINS = frozenset({"and", "or"})
# the opening words of a content a second conjunct may repeat: a preposition of the charge ("of"), of what is called
# for ("for"), and the subordinators of a reason or a question
_REPEATED_OPENERS = frozenset({"of", "for", "about", "because", "whether", "if"})
# the non-finite forms a bare verb conjunct goes on with: an infinitive ("to reject ..., and vote"), a gerund
_NON_FINITE = frozenset({"VB", "VBG"})
# a verb's bare form and its present plural look alike: the tagger may give either to a cue or to its conjunct
_BARE_FORMS = frozenset({"VB", "VBP"})
# the verbs whose past is their bare form: after a past cue the tagger's VB may be the speaker's next act ("told staff
# to work harder, and cut her own salary"; "vowed to fight the charges, and quit as chairman on Friday")
_PAST_AS_BARE = frozenset({
    "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit", "hurt", "let", "put", "quit",
    "read", "rid", "set", "shed", "shut", "split", "spread", "thrust", "upset",
})
_PAST_CUES = frozenset({"VBD", "VBN"})


def with_parallel_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content runs on over a conjunct the parse hung on the cue right after it ("and"/"or", punctuation only
    between) where the conjunct repeats the content's opening preposition or subordinator ("of misleading investors,
    and of hiding losses") or goes on in its non-finite form ("to reject the offer, and vote against the contract"),
    to the conjunct's end, before an "according to" that closes it."""
    if content.quote or content.parts or quotes.containing(token.idx) is not None:
        return content
    span = content_span(doc, content)
    if span is None or span.start < token.i:
        return content
    conjunct = joined_conjunct(token, span)
    if conjunct is None or not (repeats_opener(conjunct, token, span) or continues_form(conjunct, token, span)):
        return content
    last = conjunct.right_edge
    according = next((c for c in conjunct.subtree if c.lower_ == "according" and c.i > conjunct.i), None)
    if according is not None:
        last = doc[according.i - 1]  # ", according to his lawyer": the writer's source, not the conjunct
    while last.i > conjunct.i and last.is_punct:
        last = doc[last.i - 1]
    if last.i <= span.end - 1 or last.sent != token.sent:
        return content
    end = last.idx + len(last)
    if quotes.overlapping(conjunct.left_edge.idx, end) and quotes.containing(last.idx) is None:
        return content  # a quotation opened inside the conjunct and closed past it: not this simple case
    quote = quotes.containing(last.idx)
    if quote is not None and quote.start >= span.end_char and not doc_text(doc)[end:quote.inner_end].strip():
        end = quote.end  # 'and "focus on the evidence".': the quotation's closing mark with it
    return content._replace(end=end)


def joined_conjunct(token: Token, span: Span) -> Token | None:
    """The cue's child that opens right after the content and a joining word of the cue's ("..., and of hiding"),
    with nothing but punctuation before that word; None elsewhere."""
    doc = token.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct and doc[i].text in (",", ";"):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _JOINS or doc[i].dep_ != "cc" or doc[i].head.i != token.i:
        return None
    opener = doc[i + 1]
    return next((c for c in token.children if c.i > i and c.left_edge.i == opener.i
                 and c.dep_ in ("conj", "advcl", "prep")), None)


def repeats_opener(conjunct: Token, token: Token, span: Span) -> bool:
    """The conjunct opens with the preposition or subordinator that opens the content's complement ("of lying ...,
    and of failing", "because of X, and because Y"): a second complement of the same word."""
    opener = conjunct.left_edge
    if opener.lower_ not in _REPEATED_OPENERS:
        return False
    if opener.i == conjunct.i:
        if conjunct.pos_ != "ADP" or not any(c.dep_ in ("pobj", "pcomp") for c in conjunct.children):
            return False  # a preposition conjunct with its object: "and of failing to consult"
    elif opener.dep_ != "mark" or opener.head.i != conjunct.i:
        return False  # "and because some were bought": the clause's own subordinator
    elif opener.lower_ == "if" and any(c.dep_ == "ccomp" and c.i > conjunct.i for c in conjunct.children):
        return False  # "and if the weather holds the match goes ahead": the condition of a sentence of its own
    return any(t.lower_ == opener.lower_ and t.dep_ in ("prep", "mark") for t in span)


def continues_form(conjunct: Token, token: Token, span: Span) -> bool:
    """A bare verb conjunct, no subject and no auxiliary of its own, in the non-finite form of the content's head and
    not the cue's ("urging members to reject the offer, and vote": an infinitive; "admitted threatening the girl,
    and hiding her": a gerund): it goes on with the content, not with the cue."""
    if conjunct.dep_ != "conj" or conjunct.pos_ != "VERB" or conjunct.tag_ not in _NON_FINITE \
            or conjunct.tag_ == token.tag_ or token.tag_ in _BARE_FORMS and conjunct.tag_ in _BARE_FORMS:
        return False  # "order them to chant ..., and vow": a bare form after a present cue may be the cue's own
    if any(c.dep_ in ALL_SUBJECTS or c.dep_ in ("aux", "auxpass", "ccomp") for c in conjunct.children):
        return False  # "and vow that ...": a clause of its own makes it a saying of its own
    if conjunct.tag_ == "VB" and token.tag_ in _PAST_CUES and conjunct.lower_ in _PAST_AS_BARE:
        return False  # "told staff to work harder, and cut her own salary": "cut" may be her past act
    heads = [t for t in span if t.pos_ == "VERB" and t.tag_ == conjunct.tag_ and not span.start <= t.head.i < span.end]
    if conjunct.tag_ == "VB":  # "to reject", not "can reject"
        return any(c.dep_ == "aux" and c.lower_ == "to" for h in heads for c in h.children)
    return bool(heads)
