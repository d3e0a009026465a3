"""The chain diagram's layout: who reports whom, as boxes in columns and labelled arrows.

Nodes are the article itself and the sources in a chain; edges come from ``via`` (the
outer source *reports* (an outlet) or *cites* the inner one) and ``addressee`` (the
source *told* someone). Sources heading a chain hang off the article. The template
draws the SVG from these coordinates.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from sayso.model import Report
from sayso.report import _describe as d

COL_W, NODE_W, NODE_H, ROW_H, PAD = 236, 170, 34, 52, 12
NAME_CHARS = 24
ROOT = "__article__"


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    full: str
    x: int
    y: int
    fill: str
    stroke: str


@dataclass(frozen=True, slots=True)
class Edge:
    x1: int
    y1: int
    x2: int
    y2: int
    label: str
    path: str
    lx: int
    ly: int


@dataclass(slots=True)
class ChainDiagram:
    width: int = 0
    height: int = 0
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    description: str = ""


def _links(report: Report) -> list[tuple[str, str, str]]:
    links: list[tuple[str, str, str]] = []
    for a in report.attributions:
        if a.source is None:
            continue
        outer = report.attribution(a.via)
        if outer is not None and outer.source and outer.source != a.source:
            outer_src = report.source(outer.source)
            verb = "reports" if outer_src is not None and outer_src.type == "outlet" else "cites"
            links.append((outer.source, a.source, verb))
        if a.addressee and a.addressee != a.source:
            links.append((a.source, a.addressee, "told"))
    return list(dict.fromkeys(links))


def _layered(links: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """The links with the article's own links to the chain heads, and each node's column.

    Any graph is laid out: sources no head reaches (a cycle such as A cites B, B cites A,
    with nothing citing into it) hang off the article too, so every node gets a column."""
    inner = {b for _, b, _ in links}
    heads = list(dict.fromkeys(a for a, _, _ in links if a not in inner))
    out: dict[str, list[str]] = {}
    for a, b, _ in links:
        out.setdefault(a, []).append(b)
    depth = {ROOT: 0}
    pending = [n for a, b, _ in links for n in (a, b)]
    while True:
        queue = deque(h for h in heads if h not in depth)
        for h in queue:
            depth[h] = 1
        while queue:  # breadth first: cycles cannot loop, every node gets its shortest depth
            node = queue.popleft()
            for nxt in out.get(node, []):
                if nxt not in depth:
                    depth[nxt] = depth[node] + 1
                    queue.append(nxt)
        unreached = next((n for n in pending if n not in depth), None)
        if unreached is None:
            break
        heads.append(unreached)  # the first node of a cycle nobody enters
    return [(ROOT, h, "cites") for h in heads] + links, depth


def chain_diagram(report: Report, strokes: dict[str, str], fills: dict[str, str]) -> ChainDiagram:
    links = _links(report)
    if not links:
        return ChainDiagram()
    links, depth = _layered(links)
    columns: dict[int, list[str]] = {}
    for node, dep in depth.items():
        columns.setdefault(dep, []).append(node)
    pos: dict[str, tuple[int, int]] = {}
    for dep, nodes in columns.items():
        for row, node in enumerate(nodes):
            pos[node] = (PAD + dep * COL_W, PAD + row * ROW_H)
    diagram = ChainDiagram(width=PAD * 2 + (max(columns) + 1) * COL_W - (COL_W - NODE_W),
                           height=PAD * 2 + max(len(c) for c in columns.values()) * ROW_H - (ROW_H - NODE_H))
    article_name = d.one_line(report.article.outlet or "this article")
    for node, (x, y) in pos.items():
        full = article_name if node == ROOT else _name(report, node)
        short = full if len(full) <= NAME_CHARS else full[: NAME_CHARS - 1] + "…"
        diagram.nodes.append(Node(node, short, full, x, y, fills.get(node, "#fff"), strokes.get(node, "#333")))
    sentences = []
    for a, b, verb in links:
        (ax, ay), (bx, by) = pos[a], pos[b]
        x1, y1 = ax + NODE_W, ay + NODE_H // 2
        x2, y2 = bx, by + NODE_H // 2
        if bx <= ax:  # a back or same-column link: loop under the boxes
            x1, y1, x2, y2 = ax + NODE_W // 2, ay + NODE_H, bx + NODE_W // 2, by + NODE_H
            low = max(y1, y2) + ROW_H // 2
            path = f"M{x1},{y1} C{x1},{low} {x2},{low} {x2},{y2 + 6}"
            diagram.height = max(diagram.height, low + PAD)
            lx, ly = (x1 + x2) // 2, low - 4
        else:
            mid = (x1 + x2) // 2
            path = f"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2 - 6},{y2}"
            lx, ly = x2 - 32, y2 - 6  # by the arrowhead: labels of a fan-out do not pile up
        diagram.edges.append(Edge(x1, y1, x2, y2, verb, path, lx, ly))
        name_a = article_name if a == ROOT else _name(report, a)
        sentences.append(f"{name_a} {verb} {_name(report, b)}")
    diagram.description = "; ".join(sentences) + "."
    return diagram


def _name(report: Report, source_id: str) -> str:
    source = report.source(source_id)
    return d.one_line(source.name) if source is not None else source_id
