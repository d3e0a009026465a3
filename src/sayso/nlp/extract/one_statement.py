"""One statement, one attribution: a content part two attributions report is given to one of them.

A quotation taken as the second part of one attribution ('“A,” X said. “B.”') and reported again
on its own, or a clause that is part of one attribution and the content of a cue between its parts
('“A,” he says, boasting that B'), counts twice in every figure a reader draws. Which one keeps it:

- the cue standing between the parts, before the shared one, owns it ('boasting that B'): the
  attribution that swept it in as a part loses that part;
- a copy with no cue of its own (a continued quotation), or with the same cue, goes;
- a cue inside a part is speech quoted by the speaker ('“He told me ‘go’,” she said'): both stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from sayso.nlp.extract.found import Found, Range, overlaps


def _inside(i: int, r: Range) -> bool:
    return r[0] <= i < r[1]


def one_statement(found: Sequence[Found]) -> list[Found]:
    """``found`` with each content part reported once."""
    out = list(found)
    dropped: set[int] = set()
    for a_i in [i for i, f in enumerate(out) if len(f.parts) >= 2]:  # few: a scan each stays linear
        for b_i in range(len(out)):
            a, b = out[a_i], out[b_i]
            if a_i == b_i or a_i in dropped or b_i in dropped or not overlaps(a.content, b.content):
                continue
            shared = [p for p in a.parts if overlaps(p, b.content)]
            if not shared:
                continue
            if b.continues is not None or b.cue == a.cue:
                dropped.add(b_i)  # a copy
            elif any(_inside(b.cue[0], p) for p in a.parts):
                continue  # speech the speaker quotes
            elif _inside(b.cue[0], a.content) and a.parts[0][0] < b.cue[0] < shared[0][0]:
                rest = tuple(p for p in a.parts if p not in shared)  # never empty: the first part is before the cue
                out[a_i] = a._replace(content=(rest[0][0], rest[-1][1]), parts=rest if len(rest) > 1 else ())
    return [f for i, f in enumerate(out) if i not in dropped]
