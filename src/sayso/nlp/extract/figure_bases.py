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
