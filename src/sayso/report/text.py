"""Report -> a terminal view with Rich: who says what, then the sourcing profile.

Everything from the article is put in ``Text`` objects, never in markup strings, so
brackets in news text cannot be read as Rich markup.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from sayso.model import Report
from sayso.report import _describe as d

CONTENT_CHARS = 320
_KIND_STYLE = {"direct": "green", "indirect": "cyan", "mixed": "magenta"}


def render_text(report: Report, console: Console, *, name: str | None = None) -> None:
    """Print the report's text view on ``console``; ``name`` (a file name) heads it."""
    console.print(text_view(report, name=name))


def text_view(report: Report, *, name: str | None = None) -> RenderableType:
    parts: list[RenderableType] = [Rule(Text(d.one_line(name or report.article.title or report.article.id)))]
    if report.article.title and name:
        parts.append(Text(d.one_line(report.article.title), style="bold"))
    parts.append(_about(report))
    parts += [Text.assemble(("warning: ", "bold yellow"), d.one_line(w)) for w in report.warnings]
    parts.append(Text(f"\nAttributions ({len(report.attributions)})", style="bold underline"))
    if not report.attributions:
        parts.append(Text("  none found", style="dim"))
    else:
        parts.append(_attributions_table(report))
    if report.stances:  # a stance reports no claim ("denied the allegations"): listed apart, never counted
        parts.append(Text(f"\nStances (no claim reported) ({len(report.stances)})", style="bold underline"))
        parts += [Text(f"  {t.id}  {d.stance_line(report, t)}") for t in report.stances]
    parts += _markers(report)
    parts += _techniques(report) + _claims(report)
    parts.append(Text("\nSourcing profile", style="bold underline"))
    parts.append(_profile(report))
    return Group(*parts)


def _about(report: Report) -> Text:
    bits = [f"{len(report.article.text):,} characters"]
    if model := report.pipeline.get("spacy_model"):
        bits.append(model)
    if version := report.pipeline.get("sayso"):
        bits.append(f"sayso {version}")
    return Text(" · ".join(bits), style="dim")


_PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "red",
            "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red")


def source_colours(report: Report) -> dict[str | None, str]:
    """A colour per source, in order of first appearance (unresolved sources are white)."""
    colours: dict[str | None, str] = {None: "white"}
    for s in report.sources:
        colours[s.id] = _PALETTE[(len(colours) - 1) % len(_PALETTE)]
    return colours


def _attributions_table(report: Report) -> Table:
    """One row per attribution: who (in the source's colour), the cue, what, and its details."""
    colours = source_colours(report)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True, padding=(0, 1))
    table.add_column("#", width=8, no_wrap=True)
    table.add_column("source", width=22)
    table.add_column("cue", width=12, overflow="fold")
    table.add_column("content")
    for a in report.attributions:
        colour = colours.get(a.source, "white")
        ident = Text.assemble((a.id, "bold"), "\n", (a.kind, _KIND_STYLE.get(a.kind, "")), "\n", (a.medium, "dim"))
        who = Text.assemble(("▌", colour), (d.source_name(report, a), f"bold {colour}"),
                            (f" [{d.source_type(report, a)}]", "dim"))
        if (said := d.mention(report, a)) is not None:
            who.append(f" (“{said}”)", style="dim")
        what = Text(d.truncate(a.content.text, CONTENT_CHARS))
        details = []
        if to := d.addressee(report, a):
            details.append(f"to: {to}")
        if labels := d.hedges(report, a):
            details.append("hedges: " + ", ".join(labels))
        if chain := d.chain(report, a):
            details.append(f"chain: {chain}")
        elif a.via:
            details.append(f"via: {d.via(report, a)}")
        details.append(f"confidence {a.confidence:.2f}")
        what.append("\n" + " · ".join(details), style="dim")
        table.add_row(ident, who, Text(a.cue.text if a.cue else "(no cue)", style="italic"), what)
    return table


def _markers(report: Report) -> list[RenderableType]:
    scare = [m for m in report.markers if m.type == "scare_quote"]
    loose = [m for m in report.markers if m.type == "hedge" and m.attribution is None]
    parts: list[RenderableType] = []
    if scare:
        parts.append(Text.assemble("\n", ("Scare quotes: ", "bold"), ", ".join(d.one_line(m.span.text) for m in scare)))
    if loose:
        labels = ", ".join(f"{d.one_line(m.span.text)} ({m.type})" for m in loose)
        parts.append(Text.assemble("\n" if not scare else "", ("Unlinked markers: ", "bold"), labels))
    return parts


def _techniques(report: Report) -> list[RenderableType]:
    found = [m for m in report.markers if m.type == "technique"]
    if not found and "techniques" not in report.pipeline:
        return []
    parts: list[RenderableType] = [Text(f"\nPersuasion techniques ({len(found)})", style="bold underline")]
    for m in found:
        line = Text.assemble((d.technique_name(m.label), "bold magenta"), (f"  {m.confidence or 0:.2f}", "dim"), "  ")
        line.append(f"“{d.truncate(m.span.text, 120)}”")
        line.append(f"  ({d.voice(report, m.attribution)})", style="dim")
        parts.append(Padding(line, (0, 0, 0, 2), expand=False))
    return parts


def _claims(report: Report) -> list[RenderableType]:
    if not report.claims and "claims" not in report.pipeline:
        return []
    parts: list[RenderableType] = [Text(f"\nCheck-worthy claims ({len(report.claims)})", style="bold underline")]
    for c in sorted(report.claims, key=lambda c: -c.checkworthiness):
        line = Text.assemble((f"{c.checkworthiness:.2f}", "bold yellow"), "  ", d.truncate(c.span.text, 200))
        line.append(f"  ({d.voice(report, c.attribution)})", style="dim")
        parts.append(Padding(line, (0, 0, 0, 2), expand=False))
    return parts


def _profile(report: Report) -> Table:
    p = report.profile
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("attributions", f"{p.attributions} (direct {p.direct}, indirect {p.indirect}, mixed {p.mixed})")
    grid.add_row("hedged", str(p.hedged))
    grid.add_row("sources", f"{p.sources} (named {p.named_sources}, anonymous {p.anonymous_sources})")
    grid.add_row("attributed share", d.percent(p.attributed_share))
    if p.sources_by_type:
        by_type = sorted(p.sources_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
        grid.add_row("sources by type", ", ".join(f"{t} {n}" for t, n in by_type))
    if p.top_sources:
        grid.add_row("top sources", Text(", ".join(f"{d.one_line(t.name)} ({t.attributions})" for t in p.top_sources)))
    return grid
