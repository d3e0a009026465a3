"""Report -> CSV: one row per attribution, in stable documented columns (RFC 4180 quoting).

Columns, in order (``COLUMNS``):

    article_id      the article's id
    attribution_id  A1, A2, ... as in the JSON report
    kind            direct | indirect | mixed
    source_id       the resolved source's id (S1, ...), empty when unresolved
    source_name     the resolved source's name, else the mention in the sentence
    source_type     person | organization | outlet | government | group | anonymous | author | unknown | unresolved
    source_span     the mention in the sentence ("he"), empty when none
    cue             the reporting cue ("said", "according to"), empty when none
    content         what is attributed, exactly as in the text (newlines kept, quoted)
    content_start   code-point offset of the content in the article text
    content_end     end offset (exclusive)
    addressee       the source id it was told to, empty when none
    via             the attribution id it is reported through, empty when none
    hedged          true | false
    confidence      0..1, four decimals
    medium          speech | writing | thought | unknown (appended last: earlier columns keep their places)

Only the attributions: a stance (``Report.stances``, "denied the allegations") reports no claim and has
no row here; the JSON report lists them.

Fields are written as they are: a spreadsheet may read a content starting with ``=`` as
a formula, so open the file as text there.
"""

from __future__ import annotations

import csv
import io

from sayso.model import Report
from sayso.report import _describe as d

COLUMNS = (
    "article_id", "attribution_id", "kind", "source_id", "source_name", "source_type", "source_span", "cue",
    "content", "content_start", "content_end", "addressee", "via", "hedged", "confidence",
    "medium",
)


def to_csv(report: Report, *, header: bool = True) -> str:
    """The report's attributions as CSV (CRLF line ends, fields quoted where RFC 4180 needs it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(COLUMNS)
    for a in report.attributions:
        source = report.source(a.source)
        writer.writerow([
            report.article.id, a.id, a.kind, source.id if source else "", d.source_name(report, a),
            d.source_type(report, a), a.source_span.text if a.source_span else "", a.cue.text if a.cue else "",
            a.content.text, a.content.start, a.content.end, a.addressee or "", a.via or "",
            "true" if a.hedged else "false", f"{a.confidence:.4f}", a.medium,
        ])
    return buffer.getvalue()
