"""Report -> Markdown: an attribution table, the stances, the markers and the sourcing profile."""

from __future__ import annotations

import html

from sayso.model import Report
from sayso.report import _describe as d

CONTENT_CHARS = 120


def cell(text: str | None, limit: int | None = None) -> str:
    """Text made safe for a table cell: one line, pipes escaped, optionally truncated.

    The article's own HTML (``<img src=x onerror=...>``) is escaped as the HTML report
    escapes it: Markdown renderers pass raw HTML through, and some execute it."""
    if not text:
        return ""
    text = d.truncate(text, limit) if limit else d.one_line(text)
    return html.escape(text, quote=False).replace("\\", "\\\\").replace("|", "\\|")


def _title(report: Report, name: str | None) -> str:
    return d.one_line(report.article.title or name or f"article {report.article.id}")


def to_markdown(report: Report, *, name: str | None = None) -> str:
    """The report as a Markdown document; ``name`` (a file name) titles it when the article has no title."""
    lines = [f"# sayso report: {cell(_title(report, name))}", ""]
    lines += [f"> **Warning:** {cell(w)}" for w in report.warnings]
    if report.warnings:
        lines.append("")
    lines += ["## Attributions", ""]
    if report.attributions:
        lines += [
            "| # | source | type | cue | kind | medium | content | hedged | via |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for a in report.attributions:
            source = d.source_name(report, a)
            if (said := d.mention(report, a)) is not None:
                source = f"{source} (“{said}”)"
            labels = ", ".join(d.hedges(report, a))
            hedged = ("yes: " + labels if labels else "yes") if a.hedged else labels
            row = [a.id, cell(source), d.source_type(report, a), cell(a.cue.text if a.cue else ""), a.kind, a.medium,
                   cell(a.content.text, CONTENT_CHARS), cell(hedged), cell(d.via(report, a))]
            lines.append("| " + " | ".join(row) + " |")
    else:
        lines.append("No attributions found.")
    lines.append("")
    if report.stances:  # a stance reports no claim ("denied the allegations"): listed apart, never counted
        lines += ["## Stances (no claim reported)", ""]
        lines += [f"- {t.id}: {cell(d.stance_line(report, t, CONTENT_CHARS))}" for t in report.stances]
        lines.append("")
    if report.markers:
        lines += ["## Markers", "", "| # | type | label | text | attribution | confidence |", "|---|---|---|---|---|---|"]
        lines += [f"| {m.id} | {m.type} | {cell(m.label)} | {cell(m.span.text, 60)} | {m.attribution or ''} | "
                  f"{'' if m.confidence is None else f'{m.confidence:.2f}'} |"
                  for m in report.markers]
        lines.append("")
    if report.claims:
        lines += ["## Check-worthy claims", "", "| # | score | claim | whose | attribution |", "|---|---|---|---|---|"]
        lines += [f"| {c.id} | {c.checkworthiness:.2f} | {cell(c.span.text, CONTENT_CHARS)} | "
                  f"{cell(d.voice(report, c.attribution))} | {c.attribution or ''} |"
                  for c in sorted(report.claims, key=lambda c: -c.checkworthiness)]  # ranked, as a fact-checker reads them
        lines.append("")
    lines += _profile(report)
    return "\n".join(lines) + "\n"


def _profile(report: Report) -> list[str]:
    p = report.profile
    lines = [
        "## Sourcing profile",
        "",
        f"- Attributions: {p.attributions} (direct {p.direct}, indirect {p.indirect}, mixed {p.mixed}; "
        f"hedged {p.hedged})",
        f"- Sources: {p.sources} (named {p.named_sources}, anonymous {p.anonymous_sources})",
        f"- Attributed share of the text: {d.percent(p.attributed_share)}",
    ]
    if p.sources_by_type:
        by_type = ", ".join(f"{t} {n}" for t, n in sorted(p.sources_by_type.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"- Sources by type: {by_type}")
    if p.top_sources:
        lines += ["", "### Top sources", "", "| source | attributions |", "|---|---|"]
        lines += [f"| {cell(t.name)} | {t.attributions} |" for t in p.top_sources]
    return lines
