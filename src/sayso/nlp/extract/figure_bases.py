"""A reported figure with the base it was earned on: "AMD reported a net loss of $146 million, or 42 cents per
share, on sales of $715 million". Pure; run by ``content_choice.shape_content``.

After an aside set off by commas ("or 42 cents per share") the parse hangs "on sales of $715 million" on the cue,
not on the figure, so the content stopped before it, a third of what was reported (audit 62, b62 S132: the
reader's P). Where the same sentence has no commas the parse puts the phrase inside the object and the content
already holds it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.naming import figure_reported

# what a result is earned on: "on sales of", "on revenue of", "on turnover of"
BASE_NOUNS = frozenset({"sale", "sales", "revenue", "revenues", "turnover"})


def base_phrase(token: Token) -> Token | None:
    """The cue's "on <sales|revenue|turnover> ..." phrase straight after its object (only commas between), where
    the cue reports a figure (``naming.figure_reported``: "reported a net loss of $146 million"). Not a phrase of
    another kind ("reported the loss on Tuesday", "on a call with analysts"), nor one after more words ("reported a
    loss, blaming weak demand, on sales of ...")."""
    if not figure_reported(token):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    doc = token.doc
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i <= obj.right_edge.i:
            continue
        between = doc[obj.right_edge.i + 1:prep.i]
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if all(t.text == "," for t in between) and noun is not None and noun.lower_ in BASE_NOUNS:
            return prep
    return None


def figure_with_its_base(content: Content, token: Token, doc: Doc) -> Content:
    """The object content of a reported figure runs on to the base the parse hung on the cue ("on sales of $715
    million", ``base_phrase``). Only a content that ends at the object's last word; a quotation, a clause or a
    content in parts is left alone."""
    if content.kind != "child_dobj" or content.quote or content.parts:
        return content
    prep = base_phrase(token)
    if prep is None:
        return content
    obj = next(c for c in token.children if c.dep_ == "dobj")
    last = obj.right_edge
    if content.end != last.idx + len(last):
        return content
    edge = prep.right_edge
    for t in prep.subtree:  # "on revenue of $20 billion, which was below estimates": the writer's aside, not reported
        if t.dep_ == "relcl" and t.left_edge.i > prep.i and doc[t.left_edge.i - 1].text == ",":
            edge = doc[t.left_edge.i - 2]
            break
    return content._replace(end=edge.idx + len(edge))


def figure_with_its_alternative(content: Content, token: Token, doc: Doc) -> Content:
    """The object content of a reported figure runs on through ", or <the same figure put another way>" that the parse
    made a verb of the cue's own: "had reported a small profit of $12 million, or break-even on a per-share basis, for
    the period" ("or break" read as the cue's conjunct; blind audit 67 S157, the reader's P). Only "or" after a comma,
    a conjunct with no subject (a clause of its own, "or it would close", is another statement) and no cue word's
    sense of its own; a quotation, a clause or a content in parts is left alone, and so is "and" ("reported a profit
    and raised its forecast": another act)."""
    if content.kind != "child_dobj" or content.quote or content.parts or not figure_reported(token):
        return content
    obj = next(c for c in token.children if c.dep_ == "dobj")
    last = obj.right_edge
    while last.i > obj.i and last.is_punct:  # the parse may hang the comma on the figure
        last = doc[last.i - 1]
    if content.end != last.idx + len(last) or last.i + 3 >= len(doc):
        return content
    comma, conjunction = doc[last.i + 1], doc[last.i + 2]
    if comma.text != "," or conjunction.lower_ != "or" or conjunction.head != token:
        return content
    conj = next((c for c in token.children if c.dep_ == "conj" and c.i > conjunction.i), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return content
    edge = conj.right_edge
    while edge.i > conj.i and edge.is_punct:
        edge = doc[edge.i - 1]
    return content._replace(end=edge.idx + len(edge))
