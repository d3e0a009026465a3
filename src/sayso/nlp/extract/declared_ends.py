"""A declared end: "Bush declared major combat over on May 1".

To declare a thing over, or its end, is to state that it has ended: a reader takes "since Bush declared major
combat over on May 1" for Bush's statement that combat was over. ``declared_over`` gives such a cue the object with
its "over" ("major combat over"), not the object alone ("major combat", a thing named) nor the time after it ("on
May 1"). A bare object of "declare" stays dropped (``np_contents``: "declared bankruptcy", "declared a dividend",
"declared his candidacy": an act, nothing stated), though PolNeAR marks "declared war on X" and "declared
bankruptcy"; "declared the end of X" is dropped as a thing named (``np_stances``) and left so here.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content

_OVER = frozenset({"over", "ended", "finished"})


def declared_over(content: Content, token: Token) -> Content:
    """``content``, or the object of "declare" with the "over" after it where the content is the object alone."""
    if token.lemma_.lower() != "declare" or content.kind not in ("child_dobj", "dobj_plus") or content.parts \
            or content.quote:
        return content
    if token.dep_ == "pcomp" and token.head.lower_ in ("before", "until", "without"):
        return content  # "will wait ... before declaring the outbreak over": not declared yet (rev65m)
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    over = next((c for c in token.children if c.i > obj.i and c.lower_ in _OVER
                 and c.dep_ in ("prt", "advmod", "acomp", "oprd", "ccomp", "amod")), None) if obj is not None else None
    start = obj.left_edge.idx if obj is not None else -1
    if over is None or content.start != start:
        return content
    return Content("dobj_plus", start, over.idx + len(over))

