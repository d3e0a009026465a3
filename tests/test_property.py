"""Property: whatever the text, every span of the report covers exactly its text.

Random text is built from news-like words, reporting cues and every kind of quote mark,
with newlines, paragraph breaks, non-breaking spaces, ellipses and non-ASCII letters
between them. ``analyze`` must never raise, except ``EmptyInputError`` on whitespace.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import sayso
from sayso.model import Report, Span

MARKS = ['"', "“", "”", "«", "»", "„", "'", "‘", "’", "``", "''", "‹", "›"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\u00a0", "\t", "\r\n", "\u2009", ""]
WORDS = [
    "said", "says", "told", "reported", "according to", "claimed", "reportedly", "allegedly", "it appears",
    "RT reports:", "he", "she", "they", "we", "Antonov", "Anatoly Antonov", "the ministry", "officials", "sources",
    "the", "that", "to", "a", "was", "hold", "Assad", "responsible", "atrocity", "rebel", "claims", "Moscow",
    "in a statement", "by", "Fox News", ",", ".", ":", ";", "—", "…", "...", "?", "!", "(", ")", "’s", "n’t",
    "café", "Müller", "Жуков", "北京", "🙂", "\u200b", "\ufffd", "12,345", "U.S.", "e.g.",
]

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
)
texts = st.lists(st.tuples(pieces, st.sampled_from(SPACES)), max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def report_spans(report: Report) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = [(f"{s.id}.mention", m) for s in report.sources for m in s.mentions]
    for a in report.attributions:
        out += [(f"{a.id}.content", a.content)]
        out += [(f"{a.id}.content_parts", p) for p in a.content_parts]
        out += [(f"{a.id}.{name}", span) for name, span in (("cue", a.cue), ("source_span", a.source_span)) if span is not None]
    out += [(f"{m.id}.span", m.span) for m in report.markers]
    out += [(f"{c.id}.span", c.span) for c in report.claims]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=texts)
@example(text="The attack killed 40 people, according")
@example(text="“A,” he said, “B.”\n\n“C\n\n“D,” she said.")
@example(text='"' * 7 + "\u00a0…\u00a0" + "“" * 3)
@example(text="\u00a0\n\t ")
# crashes hypothesis found (IndexError E042, TypeError in content_candidates, IndexError E035)
@example(text='"\xa0he said\xa0said ')
@example(text="‹\xa00000 said said ")
@example(text="said said C[\x1fä\x0fã\tsaid said ")
def test_spans_are_exact(nlp, text: str) -> None:
    if not text.strip():
        try:
            sayso.analyze(text, nlp=nlp)
        except sayso.EmptyInputError:
            return
        raise AssertionError("whitespace-only text must raise EmptyInputError")
    report = sayso.analyze(text, nlp=nlp)
    assert report.article.text == text
    for where, span in report_spans(report):
        assert 0 <= span.start <= span.end <= len(text), f"{where} {span!r} outside the text"
        assert text[span.start:span.end] == span.text, f"{where}: text[{span.start}:{span.end}]={text[span.start:span.end]!r} != {span.text!r}"
    for a in report.attributions:
        assert a.content.end > a.content.start, f"{a.id} has empty content"
    report.to_dict()
