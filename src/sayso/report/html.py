"""Report -> one self-contained HTML page: the article with its attributions highlighted.

The page needs nothing from the network (CSS, JS and the chain diagram's SVG are inline)
and works from ``file://``. All markup comes from the Jinja2 templates with autoescaping
on; this module only computes what they show. The article text reaches the template as
plain strings in a token stream, so it is escaped like everything else and can never
become markup.

Attributions can nest (a report inside a report) and even overlap, so the text is cut
at every span boundary and the pieces are rendered as properly nested elements: a span
that would cross a sibling's end is closed there and reopened as a continuation piece.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from sayso.model import SOURCE_TYPES, Attribution, Report, Span
from sayso.report import _describe as d
from sayso.report.chain_svg import ChainDiagram, chain_diagram

CONTENT_CHARS = 200
KIND_LETTER = {"direct": "D", "indirect": "I", "mixed": "M"}
MARKER_KINDS = (("hedge", "hedges"), ("scare_quote", "scare quotes"), ("technique", "techniques"), ("claim", "claims"))
SHOWN_BY_DEFAULT = frozenset({"hedge", "scare_quote"})  # techniques and claims are model guesses: on request
CONFIDENCE_STEPS = (0.5, 0.8)  # the report's confidence filter: any, >= 0.5, >= 0.8

# Twelve colours a reader can tell apart, in an order where neighbours differ most (hue and
# lightness both change), each a (tint, strong) pair: dark text on the tint stays above 7:1 and
# the strong colour above 4.5:1 on white. The sources with most attributions get them; the rest
# share a neutral grey (they are still picked out by the panel and the tooltip).
PALETTE = (
    ("#cfe2ff", "#1f4e9c"),  # blue
    ("#ffdcb8", "#9a4a00"),  # orange
    ("#c9efc9", "#1e6b2a"),  # green
    ("#ead9fa", "#6a3d9a"),  # purple
    ("#ffd3d3", "#a3202a"),  # red
    ("#c4ecec", "#0f6466"),  # teal
    ("#fff0a8", "#725c00"),  # yellow
    ("#ffd6ee", "#a1306e"),  # pink
    ("#e8dccf", "#6b4c2e"),  # brown
    ("#e3f0b5", "#4f6200"),  # olive
    ("#d6d9ff", "#3a3f9e"),  # indigo
    ("#c8ecff", "#005f8a"),  # sky
)


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("sayso.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


# ------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class Colour:
    tint: str    # highlight background: dark text on it stays above 7:1
    strong: str  # borders, swatches and SVG strokes: above 4.5:1 on white
    key: str     # its CSS class: pal-0 ... pal-11, pal-none

    @classmethod
    def of(cls, index: int | None) -> Colour:
        """The palette's ``index``-th colour; None (or past the palette) is the neutral grey."""
        if index is None or index >= len(PALETTE):
            return cls("#e6e6e6", "#555555", "pal-none")
        tint, strong = PALETTE[index]
        return cls(tint, strong, f"pal-{index}")


@dataclass(frozen=True, slots=True)
class Element:
    """One opening tag in the highlighted text; the template writes its attributes."""

    role: str              # content | cue | mention | hedge | scare_quote | technique
    css: str
    att: str | None = None
    src: str | None = None
    label: str | None = None
    first: bool = False
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    op: str  # text | open | close
    text: str = ""
    el: Element | None = None


@dataclass(slots=True)
class Paragraph:
    tokens: list[Token]
    speakers: list[SourceRow]


@dataclass(slots=True)
class SourceRow:
    id: str
    key: str          # the colour's CSS class: pal-<n> or pal-none
    name: str
    type: str
    colour: Colour
    mentions: int = 0
    attributions: int = 0
    chars: int = 0
    share: float = 0.0


@dataclass(frozen=True, slots=True)
class AttRow:
    id: str
    kind: str
    source: SourceRow
    cue: str
    content: str
    hedges: list[str]
    chain: str | None
    addressee: str | None
    confidence: float
    medium: str = "unknown"


@dataclass(slots=True)
class Page:
    title: str
    name: str | None
    report: Report
    paragraphs: list[Paragraph]
    groups: list[tuple[str, list[SourceRow]]]
    sources: list[SourceRow]
    rows: list[AttRow]
    diagram: ChainDiagram
    data: dict
    outlets: list[str] = field(default_factory=list)
    techniques: list[TechniqueRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    toggles: list[Toggle] = field(default_factory=list)
    confidence_steps: tuple[float, ...] = CONFIDENCE_STEPS
    stances: list[tuple[str, str]] = field(default_factory=list)  # (id, "X — denied — the allegations")


@dataclass(frozen=True, slots=True)
class Toggle:
    """A show/hide control of the report's view: a kind of marker, its count, shown at first or not."""

    kind: str
    label: str
    count: int
    shown: bool


@dataclass(frozen=True, slots=True)
class TechniqueRow:
    id: str
    name: str
    text: str
    confidence: float
    voice: str  # whose words: "the article" or "X via Y"
    att: str | None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: str
    score: float
    text: str
    voice: str
    att: str | None


@dataclass(frozen=True, slots=True)
class _Interval:
    start: int
    end: int
    rank: int  # for equal spans: the content outside, its cue and mention inside, markers innermost
    order: int
    el: Element


# ---------------------------------------------------------------------------- public


def to_html(report: Report, *, name: str | None = None) -> str:
    """The report as one self-contained HTML document."""
    return _env().get_template("report.html.j2").render(page=build_page(report, name=name))


def to_html_fragment(report: Report, *, name: str | None = None) -> str:
    """The report's body for a page that links ``report.css`` and ``report.js`` itself (the web app).

    No inline style or script, so it lives under a strict Content-Security-Policy; the data
    block is ``application/json``, which is never executed.
    """
    return _env().get_template("_report.html.j2").render(page=build_page(report, name=name))


def asset(name: str) -> str:
    """The text of ``report.css`` or ``report.js``, for a server that serves them as files."""
    if name not in ("report.css", "report.js"):
        raise ValueError(name)
    source, _, _ = _env().loader.get_source(_env(), name)  # type: ignore[union-attr]
    return source


def notebook_html(report: Report) -> str:
    """The report for Jupyter: the page in a sandboxed iframe so its CSS cannot leak into the notebook."""
    doc = to_html(report)
    return (
        '<iframe title="sayso report" sandbox="allow-scripts" style="width:100%;height:640px;border:1px solid #ccc" '
        f'srcdoc="{_html.escape(doc, quote=True)}"></iframe>'
    )


def build_page(report: Report, *, name: str | None = None) -> Page:
    text = report.article.text
    sources = _source_rows(report)
    grey = Colour.of(None)

    def row_of(a: Attribution) -> SourceRow:
        row = sources.get(a.source or "")
        if row is not None:
            return row
        return SourceRow("", grey.key, d.source_name(report, a), "unresolved", grey)

    rows = [
        AttRow(a.id, a.kind, row_of(a), a.cue.text if a.cue else "", d.truncate(a.content.text, CONTENT_CHARS),
               d.hedges(report, a), d.chain(report, a), d.addressee(report, a), a.confidence, a.medium)
        for a in report.attributions
    ]
    intervals = list(_intervals(report, {r.id: r for r in rows}))
    paragraphs = []
    for p0, p1 in paragraph_bounds(text):
        tokens, firsts = segment(text, p0, p1, intervals)
        speakers: dict[str, SourceRow] = {}
        for row in rows:
            if row.id in firsts:
                speakers.setdefault(row.source.key + row.source.name, row.source)
        paragraphs.append(Paragraph(tokens, list(speakers.values())))
    listed = list(sources.values())
    groups = [(t, [s for s in listed if s.type == t]) for t in SOURCE_TYPES]
    data = {
        "atts": {
            r.id: {"source": r.source.name, "type": r.source.type, "kind": r.kind, "medium": r.medium, "cue": r.cue,
                   "hedges": r.hedges, "chain": r.chain, "to": r.addressee,
                   "confidence": round(r.confidence, 2)}
            for r in rows
        },
    }
    return Page(
        title=d.one_line(report.article.title or name or f"article {report.article.id}"),
        name=name,
        report=report,
        paragraphs=paragraphs,
        groups=[(t, ss) for t, ss in groups if ss],
        sources=listed,
        rows=rows,
        diagram=chain_diagram(report, {k: v.colour.strong for k, v in sources.items()},
                              {k: v.colour.tint for k, v in sources.items()}),
        data=data,
        outlets=[s.name for s in listed if s.type == "outlet"],
        toggles=_toggles(report),
        techniques=[TechniqueRow(m.id, d.technique_name(m.label), d.truncate(m.span.text, CONTENT_CHARS), m.confidence or 0.0,
                                 d.voice(report, m.attribution), m.attribution)
                    for m in report.markers if m.type == "technique"],
        stances=[(t.id, d.stance_line(report, t, CONTENT_CHARS)) for t in report.stances],
        claims=[ClaimRow(c.id, c.checkworthiness, d.truncate(c.span.text, CONTENT_CHARS), d.voice(report, c.attribution), c.attribution)
                for c in sorted(report.claims, key=lambda c: -c.checkworthiness)],
    )


# ------------------------------------------------------------------------ the pieces


def _source_rows(report: Report) -> dict[str, SourceRow]:
    """A row per source, in the report's order; palette colours go to the most attributed first."""
    text_len = max(1, len(report.article.text))
    rows: dict[str, SourceRow] = {}
    for s in report.sources:
        mine = [a for a in report.attributions if a.source == s.id]
        chars = covered(span for a in mine for span in (a.content_parts or (a.content,)))
        rows[s.id] = SourceRow(s.id, "", d.one_line(s.name), s.type, Colour.of(None), mentions=len(s.mentions),
                               attributions=len(mine), chars=chars, share=chars / text_len)
    ranked = sorted(rows.values(), key=lambda r: (-r.attributions, -r.mentions))
    for rank, row in enumerate(ranked):
        row.colour = Colour.of(rank if row.attributions else None)
        row.key = row.colour.key
    return rows


def _toggles(report: Report) -> list[Toggle]:
    counts = {kind: sum(1 for m in report.markers if m.type == kind) for kind, _ in MARKER_KINDS}
    counts["claim"] = len(report.claims)
    ran = {"technique": "techniques" in report.pipeline, "claim": "claims" in report.pipeline}
    return [Toggle(kind, label, counts[kind], kind in SHOWN_BY_DEFAULT)
            for kind, label in MARKER_KINDS if counts[kind] or ran.get(kind, False)]


def confidence_class(confidence: float) -> str:
    """``cf-0`` ... ``cf-9``: the confidence's tenth, for the report's CSS-only confidence filter."""
    return f"cf-{min(9, max(0, int(confidence * 10)))}"


def covered(spans: Iterator[Span] | list[Span]) -> int:
    """Characters covered by the union of ``spans``."""
    total, end = 0, -1
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if s.end <= end:
            continue
        total += s.end - max(s.start, end)
        end = s.end
    return total


def _intervals(report: Report, rows: dict[str, AttRow]) -> Iterator[_Interval]:
    order = 0
    for a in report.attributions:
        row = rows[a.id]
        src = row.source
        label = f"{a.id} {a.kind} {a.medium} · {src.name}"
        for i, part in enumerate(a.content_parts or (a.content,)):
            order += 1
            yield _Interval(part.start, part.end, 0, order,
                            Element("content", f"att k-{a.kind} m-{a.medium} {src.key} {confidence_class(a.confidence)}",
                                    att=a.id, src=src.id or None,
                                    label=f"{KIND_LETTER.get(a.kind, '?')} {a.id}" if i == 0 else None,
                                    title=label))
        if a.cue is not None:
            order += 1
            yield _Interval(a.cue.start, a.cue.end, 1, order,
                            Element("cue", f"cue {src.key}", att=a.id, title=f"cue of {a.id}"))
        if a.source_span is not None:
            order += 1
            yield _Interval(a.source_span.start, a.source_span.end, 1, order,
                            Element("mention", f"mention {src.key}", att=a.id, title=f"source of {a.id}: {src.name}"))
    for m in report.markers:
        order += 1
        if m.type == "technique":
            title = f"persuasion technique: {d.technique_name(m.label)} ({m.confidence or 0:.2f}), in the words of {d.voice(report, m.attribution)}"
        else:
            title = f"{ {'hedge': 'hedge', 'scare_quote': 'scare quote'}.get(m.type, m.type)}: {m.label}"
        yield _Interval(m.span.start, m.span.end, 2, order, Element(m.type, f"mk mk-{m.type}", title=title))
    for c in report.claims:
        order += 1
        yield _Interval(c.span.start, c.span.end, 2, order,
                        Element("claim", "claim", title=f"check-worthy claim ({c.checkworthiness:.2f}) of {d.voice(report, c.attribution)}"))


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines."""
    out, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\n":
            j = i
            while j < len(text) and text[j] in " \t\r\n":
                j += 1
            if text.count("\n", i, j) >= 2:
                if text[start:i].strip():
                    out.append((start, i))
                start = j
            i = j
        else:
            i += 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def segment(text: str, p0: int, p1: int, intervals: list[_Interval]) -> tuple[list[Token], set[str]]:
    """Tokens for ``text[p0:p1]`` with every interval as properly nested elements.

    Returns the tokens and the attributions whose first piece is in this stretch.
    """
    ivs = [iv for iv in intervals if iv.start < p1 and iv.end > p0 and iv.end > iv.start]
    bounds = sorted({p0, p1, *(max(p0, iv.start) for iv in ivs), *(min(p1, iv.end) for iv in ivs)})
    stack: list[_Interval] = []
    tokens: list[Token] = []
    firsts: set[str] = set()
    started = _started(intervals, p0)
    for b, nb in zip(bounds, bounds[1:], strict=False):
        active = sorted((iv for iv in ivs if iv.start <= b and iv.end >= nb),
                        key=lambda iv: (iv.start, -iv.end, iv.rank, iv.order))
        keep = 0
        while keep < len(stack) and stack[keep] in active:
            keep += 1
        for _ in stack[keep:]:
            tokens.append(Token("close"))
        del stack[keep:]
        for iv in active:
            if iv in stack:
                continue
            el = iv.el
            if el.role == "content":
                # Only the first piece carries the label and the tab stop; the rest continue it.
                first = el.label is not None and el.att not in started and b == iv.start
                if first:
                    started.add(el.att or "")
                    firsts.add(el.att or "")
                el = Element(el.role, el.css, att=el.att, src=el.src, label=el.label if first else None,
                             first=first, title=el.title)
            stack.append(iv)
            tokens.append(Token("open", el=el))
        tokens.append(Token("text", text[b:nb]))
    tokens.extend(Token("close") for _ in stack)
    return tokens, firsts


def _started(intervals: list[_Interval], p0: int) -> set[str]:
    """Attributions whose labelled first piece begins before ``p0`` (an earlier paragraph)."""
    return {iv.el.att or "" for iv in intervals if iv.el.label is not None and iv.start < p0}
