"""A time-bounded fuzz run over every way in: random and hostile bytes as text, HTML, JSONL,
RSS and WARC files, read by ``sayso.ingest`` and analysed by ``sayso``, as the CLI does.

    python bench/fuzz.py                      # 120 s, attribution analysis
    python bench/fuzz.py --seconds 600 --persuasion --seed 7

A crash is any exception that is not a ``SaysoError`` (bad input must be a clear error or a
report, never a traceback), a span whose text is not ``article.text[start:end]``, or an
item that takes longer than ``--slow`` seconds. Hypothesis generates the inputs (no shrinking,
no example database: every input is new). It prints how many inputs were tried, how many
items and reports they gave, and every crash with its input (truncated).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import logging
import tempfile
import time
import traceback
import warnings
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

MARKS = ['"', "“", "”", "«", "»", "„", "'", "‘", "’", "``", "''"]
WORDS = ["said", "says", "told", "according to", "reportedly", "RT reports:", "he", "she", "officials", "the",
         "that", "Antonov", "the ministry", ",", ".", ":", "—", "…", "?", "!", "(", ")", "\n", "\n\n", "\u00a0",
         "\ud800", "\udfff", "\x00", "\ufeff", "\u200b", "\u2028", "&#xD800;", "&amp;", "<", ">", "é", "Жуков", "🙂"]
TAGS = ["p", "div", "article", "nav", "script", "style", "blockquote", "h1", "a", "span", "ul", "li", "table", "td"]


def _runs() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(MARKS + [")", "!", ".", "-", "a"]), st.integers(1, 5000)).map(lambda t: t[0] * t[1])


piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(max_size=6), _runs())
texts = st.lists(piece, max_size=40).map(" ".join)


@st.composite
def html(draw, depth: int = 0) -> str:
    out = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(st.sampled_from(TAGS))
        out.append(f"<{tag}>{draw(texts)}{draw(html(depth + 1))}{draw(st.sampled_from([f'</{tag}>', '']))}")
    return "".join(out) + draw(texts)


@st.composite
def inputs(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["txt", "html", "jsonl", "rss", "warc", "raw"]))
    codec = draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "cp1251", "utf-16"]))

    def enc(s: str) -> bytes:
        return s.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")

    if kind == "txt":
        data = enc(draw(texts))
    elif kind == "html":
        cs = draw(st.sampled_from(["", "utf-8", "iso-8859-1", "windows-1251", "bogus"]))
        data = enc(f"<html><head><meta charset='{cs}'><title>{draw(texts)}</title></head><body>{draw(html())}"
                   f"</body></html>")
    elif kind == "jsonl":
        lines = draw(st.lists(st.one_of(
            st.builds(lambda t: json.dumps({"text": t}), texts),
            st.builds(lambda h: json.dumps({"html": h}), html()),
            st.text(max_size=30), st.sampled_from(["{", "[]", '{"text": 5}', '{"text": "\\ud800 said"}'])), max_size=5))
        data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    elif kind == "rss":
        items = "".join(f"<item><title>{draw(texts)}</title><description><![CDATA[{draw(html())}]]></description></item>"
                        for _ in range(draw(st.integers(0, 3))))
        data = enc(f"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>{items}</channel></rss>")
    elif kind == "warc":
        data = _warc([enc(f"<html><body><article>{draw(html())}</article></body></html>")
                      for _ in range(draw(st.integers(1, 3)))], gz=draw(st.booleans()))
    else:
        data = draw(st.binary(max_size=2000))
    if draw(st.integers(0, 3)) == 0:
        data = data[: int(len(data) * draw(st.floats(0, 1)))]  # truncated (a share: WARC sizes vary run to run)
    if kind != "warc" and draw(st.integers(0, 9)) == 0:
        data = gzip.compress(data)
    return kind, data


def _warc(pages: list[bytes], *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://x.example/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=120.0, help="how long to fuzz (default 120)")
    parser.add_argument("--persuasion", action="store_true", help="run the techniques and claims stages too")
    parser.add_argument("--slow", type=float, default=30.0, help="an item slower than this is a crash (default 30 s)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import sayso
    from sayso.errors import SaysoError
    from sayso.ingest import read_inputs
    from sayso.nlp.pipeline import load_pipeline

    nlp = load_pipeline(with_sayso=False)
    logging.disable(logging.WARNING)  # the inputs are meant to be bad: their warnings are noise here
    warnings.simplefilter("ignore")
    tally = {"inputs": 0, "items": 0, "reports": 0, "errors": 0}
    crashes: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="sayso-fuzz-"))
    deadline = time.monotonic() + args.seconds

    class Done(Exception):
        pass

    @seed(args.seed)
    @settings(max_examples=10**9, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=inputs())
    def run(case: tuple[str, bytes]) -> None:
        if time.monotonic() > deadline:
            raise Done
        kind, data = case
        tally["inputs"] += 1
        path = workdir / f"input-{tally['inputs']}.{ 'txt' if kind == 'raw' else kind}"
        path.write_bytes(data)
        began = time.monotonic()
        try:
            for item in read_inputs([str(path)]):
                tally["items"] += 1
                if item.article is None:
                    tally["errors"] += 1
                    continue
                report = sayso.analyze(item.article, nlp=nlp, techniques=args.persuasion, claims=args.persuasion)
                tally["reports"] += 1
                text = report.article.text
                spans = [m for s in report.sources for m in s.mentions] + [m.span for m in report.markers]
                for a in report.attributions:
                    spans += [a.content, *a.content_parts, *(s for s in (a.cue, a.source_span) if s is not None)]
                bad = [s for s in spans if text[s.start:s.end] != s.text]
                if bad:
                    crashes.append(f"bad span {bad[0]!r} in {kind} input {data[:200]!r}")
                json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
        except SaysoError:
            tally["errors"] += 1
        except Exception as e:  # the thing a fuzz run looks for
            crashes.append(f"{type(e).__name__}: {e} on {kind} input {data[:200]!r}\n"
                           + "".join(traceback.format_exc().splitlines(keepends=True)[-6:]))
        took = time.monotonic() - began
        if took > args.slow:
            crashes.append(f"slow: {took:.1f}s on {kind} input of {len(data):,} bytes {data[:120]!r}")
        path.unlink(missing_ok=True)

    began = time.monotonic()
    with contextlib.suppress(Done):
        run()
    elapsed = time.monotonic() - began
    print(f"fuzzed {elapsed:.0f}s: {tally['inputs']} inputs tried, {tally['items']} items, {tally['reports']} reports, "
          f"{tally['errors']} clear errors, {len(crashes)} crashes")
    for crash in crashes:
        print("CRASH", crash)


if __name__ == "__main__":
    main()
