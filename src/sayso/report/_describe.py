"""Plain-text descriptions of report parts, shared by the text and Markdown views."""

from __future__ import annotations

import re

from sayso.model import Attribution, Report

_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) collapsed to one space."""
    return _SPACE.sub(" ", text).strip()


def truncate(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    # Back up to a space when the cut falls inside a word, unless that would lose over half.
    if text[len(cut)].isalnum() and space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def source_name(report: Report, attribution: Attribution) -> str:
    """The resolved source's name, else the mention in the sentence, else ``?``."""
    source = report.source(attribution.source)
    if source is not None:
        return one_line(source.name)
    if attribution.source_span is not None:
        return one_line(attribution.source_span.text)
    return "?"


def source_type(report: Report, attribution: Attribution) -> str:
    source = report.source(attribution.source)
    return source.type if source is not None else "unresolved"


def mention(report: Report, attribution: Attribution) -> str | None:
    """The mention in the sentence when it does not contain the source's name ("he")."""
    span = attribution.source_span
    if span is None:
        return None
    said, name = one_line(span.text), source_name(report, attribution)
    return None if name.casefold() in said.casefold() else said


def hedges(report: Report, attribution: Attribution) -> list[str]:
    """Labels of the hedge markers linked to this attribution, in text order."""
    return [m.label for m in report.markers if m.type == "hedge" and m.attribution == attribution.id]


def addressee(report: Report, attribution: Attribution) -> str | None:
    source = report.source(attribution.addressee)
    return one_line(source.name) if source is not None else None


def via(report: Report, attribution: Attribution) -> str | None:
    """``A3 (RT)`` for the attribution this one is reported through."""
    outer = report.attribution(attribution.via)
    if outer is None:
        return attribution.via
    return f"{outer.id} ({source_name(report, outer)})"


def chain(report: Report, attribution: Attribution) -> str | None:
    """``RT reports ▸ the ministry reported`` when the attribution has a chain."""
    links = report.chain(attribution)
    if len(links) < 2:
        return None
    return " ▸ ".join(f"{source_name(report, a)} {a.cue.text if a.cue else ''}".strip() for a in links)


def voice(report: Report, attribution_id: str | None) -> str:
    """Whose words a marker or claim is in: ``Russian Defense Ministry via RT``, else the article's own."""
    attribution = report.attribution(attribution_id)
    if attribution is None:
        return "the article"
    links = report.chain(attribution)
    names: list[str] = []
    for a in reversed(links):
        name = source_name(report, a)
        if not names or names[-1] != name:  # "Whitfield said ..., vowing to ...": one voice, not one via itself
            names.append(name)
    return names[0] + "".join(f" via {n}" for n in names[1:])


def technique_name(label: str) -> str:
    """``Name_Calling,Labeling`` -> ``Name calling, labeling``."""
    text = label.replace("_", " ").replace(",", ", ").replace("-", " ")
    return text[:1].upper() + text[1:].lower()


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def stance_line(report: Report, stance: Attribution, limit: int = 120) -> str:
    """A stance on one line, the way every view lists them: "Ellison — denied — the allegations"."""
    cue = one_line(stance.cue.text) if stance.cue else "?"
    return f"{source_name(report, stance)} — {cue} — {truncate(stance.content.text, limit)}"
