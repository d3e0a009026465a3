"""Corpus results as text, JSON, CSV and HTML: what the corpus commands print.

Pure functions from result records to strings (or Rich renderables for the terminal).
JSON is one document per command; articles are named by corpus id, outlet, date and URL.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from sayso.corpus.types import Trace, TraceStep

SNIPPET = 160


def to_json(kind: str, payload: Any, **meta: Any) -> str:
    """``{"kind": ..., **meta, kind: payload}`` as indented JSON (dataclasses become objects)."""
    return json.dumps({"kind": kind, **meta, kind: _plain(payload)}, ensure_ascii=False, indent=2) + "\n"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if hasattr(value, "named"):
            out["named"] = value.named
        return out
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_csv(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """Records (dataclasses or dicts) as CSV in ``columns``; nested values as JSON."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        data = _plain(row)
        writer.writerow([_cell(data.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def one_line(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    out = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        out.add_column(c, overflow="fold", justify="right" if c in ("#", "attributions", "articles", "outlets",
                                                                   "count", "score") else "left")
    for row in rows:
        out.add_row(*("" if v is None else str(v) for v in row))
    return out


# --------------------------------------------------------------------------------- trace


def _where(step: TraceStep) -> str:
    t = step.telling
    return f"{t.published or 'undated'}  {t.outlet or '?'}  {t.article_id or t.article_key}:{t.item_id}"


def _who(step: TraceStep) -> str:
    t = step.telling
    chain = [c for c in t.chain if c]
    if len(chain) > 1:
        return " via ".join(reversed(chain))
    return t.source or (chain[0] if chain else "unattributed")


def _diff_text(step: TraceStep) -> Text:
    out = Text()
    for op, word in step.diff:
        if op == "=":
            out.append(word + " ")
        elif op == "-":
            out.append("[-" + word + "-] ", style="red strike")
        else:
            out.append("{+" + word + "+} ", style="green")
    return out


def trace_view(trace: Trace) -> RenderableType:
    """The trace as the terminal shows it: one block per telling, the first marked."""
    if not trace.steps:
        return Text(f"no telling of {one_line(trace.query, 80)!r} in the corpus")
    parts: list[RenderableType] = [Text(f"{len(trace.steps)} telling(s) of: {one_line(trace.query, 120)}", style="bold")]
    for n, step in enumerate(trace.steps, 1):
        t = step.telling
        label = "FIRST" if step.relation == "first" else step.relation
        head = Text(f"{n:>3}. [{label}] ", style="bold" if step.relation == "first" else "")
        head.append(_where(step))
        if step.relation != "first":
            head.append(f"  score {step.score:.2f}")
        parts.append(head)
        said = one_line(t.text)
        quoted = said if said[:1] in "“\"'‘" else f"“{said}”"  # a direct quote brings its own marks
        parts.append(Text(f"     {_who(step)}{' (hedged)' if t.hedged else ''}: {quoted}"))
        if step.changes:
            parts.append(Text("     changes: " + ", ".join(step.changes), style="yellow"))
        if step.relation not in ("first", "verbatim") and step.diff:
            parts.append(Text("     diff: ").append_text(_diff_text(step)))
        if t.url:
            parts.append(Text(f"     {t.url}", style="dim"))
    return Group(*parts)


def trace_html(trace: Trace) -> str:
    """A standalone HTML page drawing the trace as a timeline."""
    e = html.escape
    items = []
    for step in trace.steps:
        t = step.telling
        diff = "".join(
            e(w) + " " if op == "=" else f"<del>{e(w)}</del> " if op == "-" else f"<ins>{e(w)}</ins> "
            for op, w in step.diff) if step.relation not in ("first", "verbatim") else ""
        link = f' <a href="{e(t.url)}">{e(t.outlet or t.url)}</a>' if t.url else e(t.outlet or "?")
        items.append(f"""<li class="{e(step.relation)}">
  <div class="when">{e(t.published or 'undated')}</div>
  <div class="card"><span class="rel">{'first appearance' if step.relation == 'first' else e(step.relation)}</span>
    {link} · {e(_who(step))}{' · hedged' if t.hedged else ''} · <code>{e(t.article_id or t.article_key)}:{e(t.item_id)}</code>
    <blockquote>{e(t.text)}</blockquote>
    {f'<p class="changes">{e(", ".join(step.changes))}</p>' if step.changes else ''}
    {f'<p class="diff">{diff}</p>' if diff else ''}
  </div></li>""")
    body = "\n".join(items) or "<li>no telling of this claim in the corpus</li>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sayso trace: {e(one_line(trace.query, 80))}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }}
ol {{ list-style: none; border-left: 3px solid #bbb; padding-left: 1.5rem; }}
li {{ position: relative; margin: 0 0 1.4rem; }}
li::before {{ content: ""; position: absolute; left: -2.05rem; top: .3rem; width: .9rem; height: .9rem;
  border-radius: 50%; background: #888; }}
li.first::before {{ background: #1565c0; }} li.mutation::before {{ background: #c62828; }}
li.paraphrase::before {{ background: #f9a825; }} li.verbatim::before {{ background: #2e7d32; }}
.when {{ font-weight: 600; }} .rel {{ text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; }}
blockquote {{ margin: .4rem 0; padding-left: .8rem; border-left: 3px solid #ddd; }}
del {{ color: #c62828; }} ins {{ color: #2e7d32; text-decoration: none; font-weight: 600; }}
.changes {{ color: #c62828; margin: .2rem 0; }}
</style></head><body>
<h1>Trace</h1><p>{e(trace.query)}</p>
<ol>
{body}
</ol></body></html>
"""


def trace_rows(trace: Trace) -> list[dict[str, Any]]:
    """One flat dict per step (for CSV and JSON)."""
    out = []
    for n, step in enumerate(trace.steps, 1):
        t = step.telling
        out.append({
            "order": n, "relation": step.relation, "score": round(step.score, 4), "changes": list(step.changes),
            "article_id": t.article_id or t.article_key, "item_id": t.item_id, "outlet": t.outlet,
            "published": t.published, "url": t.url, "title": t.title, "source": t.source,
            "source_type": t.source_type, "chain": list(t.chain), "hedged": t.hedged, "kind": t.kind, "cue": t.cue,
            "text": t.text, "diff": [list(d) for d in step.diff],
        })
    return out
