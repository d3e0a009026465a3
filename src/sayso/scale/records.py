"""Input records -> Articles, engine-neutral.

An engine hands the analysis a stream of ``Record``s, the unit it can split across
machines: a whole file (text, HTML, WARC, or a JSONL file whose kind only its bytes
reveal) or one line of a JSONL file. A JSONL line's name is ``FILE@OFFSET``, the byte
offset of the line in the (decompressed) file: the key Hadoop's line reader gives, so
the local engine and Spark name a bad line the same way. Everything else goes through
``sayso.ingest``'s readers, so a record reads as ``sayso analyze`` reads that file.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from sayso.errors import InputError, SaysoError
from sayso.ingest import detect
from sayso.ingest.html import article_from_html, gunzip
from sayso.ingest.jsonl import article_from_record
from sayso.ingest.text import article_from_text, decode
from sayso.model import Article

JSONL_LINE = "jsonl-line"  # the kind of a record that is one line of a JSONL file
UNREADABLE = "unreadable"  # a file the engine could not read; ``data`` says why


class Record(NamedTuple):
    """One unit of input: ``name`` says where it came from; ``kind`` is a ``detect`` kind,
    ``JSONL_LINE``, ``UNREADABLE``, or None to detect it from the name, then the bytes."""

    name: str
    kind: str | None
    data: bytes


class Loaded(NamedTuple):
    """One article of a record (with its decoding warnings), or the error in its place."""

    name: str
    article: Article | None
    error: SaysoError | None = None
    warnings: tuple[str, ...] = ()


def is_jsonl_name(name: str) -> bool:
    return detect.by_name(name) == "jsonl"


def jsonl_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line) for every line, split as Hadoop's LineRecordReader splits (\\n, \\r\\n, \\r).

    Not ``str.splitlines``: JSON allows a raw U+2028 inside a string, which that would cut.
    """
    start, n = 0, len(data)
    while start < n:
        cr, lf = data.find(b"\r", start), data.find(b"\n", start)
        ends = [i for i in (cr, lf) if i >= 0]
        if not ends:
            yield start, data[start:]
            return
        end = min(ends)
        yield start, data[start:end]
        start = end + (2 if data[end:end + 2] == b"\r\n" else 1)


def load_record(record: Record) -> Iterator[Loaded]:
    """The record's articles, or errors naming what was wrong; never raises for bad input."""
    name, kind, data = record
    try:
        if kind == JSONL_LINE:
            yield from _jsonl_line(name, data)
            return
        if kind == UNREADABLE:
            raise InputError(f"{name}: cannot read ({data.decode('utf-8', 'replace')})")
        kind = kind or detect.by_name(name)
        if kind != "warc" and detect.is_gzip(data):  # warcio reads gzipped WARC itself
            data = gunzip(data, name=name)
        kind = kind or detect.sniff(data)
        if kind == "text":
            text, warnings = decode(data, name=name)
            yield Loaded(name, article_from_text(text, name=name), warnings=tuple(warnings))
        elif kind == "html":
            yield Loaded(name, article_from_html(data, name=name))
        elif kind == "warc":
            from sayso.ingest.warc import read_warc

            for item, result in read_warc(data, name=name):
                yield _loaded(item, result)
        elif kind == "jsonl":
            for offset, line in jsonl_lines(data.removeprefix(b"\xef\xbb\xbf")):
                yield from _jsonl_line(f"{name}@{offset}", line)
        else:
            raise InputError(f"{name}: sayso batch reads text, HTML, WARC and JSONL, not {kind} "
                             "(analyse feeds with sayso analyze or sayso ingest)")
    except SaysoError as e:
        yield Loaded(name, None, e)


def _jsonl_line(name: str, data: bytes) -> Iterator[Loaded]:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    if not text.strip():
        return  # blank lines are no records, as in sayso.ingest.jsonl
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        yield Loaded(name, None, InputError(f"{name}: not valid JSON ({e.msg} at column {e.colno})"))
        return
    try:
        yield Loaded(name, article_from_record(value, name=name))
    except SaysoError as e:
        yield Loaded(name, None, e)


def _loaded(name: str, result: Article | SaysoError) -> Loaded:
    return Loaded(name, None, result) if isinstance(result, SaysoError) else Loaded(name, result)


# ------------------------------------------------------------------- local files -> records

NO_SUCH = "no such file or folder"
EMPTY_FOLDER = "no readable files in this folder (.txt, .html, .jsonl, .warc or their .gz)"


def expand_local(inputs: Iterable[str]) -> tuple[list[Path], list[Loaded]]:
    """The files the inputs name (a folder: its readable files, sorted, not recursive), and an
    error for each input that names nothing."""
    files: list[Path] = []
    missing: list[Loaded] = []
    for arg in inputs:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                           and p.name.lower().endswith(detect.SUFFIXES))
            if not found:
                missing.append(Loaded(arg, None, InputError(f"{arg}: {EMPTY_FOLDER}")))
            files += found
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Loaded(arg, None, InputError(f"{arg}: {NO_SUCH}")))
    return files, missing


def local_records(files: Iterable[Path]) -> Iterator[Record]:
    """Each file as records: a JSONL file line by line (named ``FILE@OFFSET``), any other whole."""
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as e:
            yield Record(str(path), UNREADABLE, (e.strerror or str(e)).encode())
            continue
        if not is_jsonl_name(path.name):
            yield Record(str(path), None, data)
            continue
        if detect.is_gzip(data):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as e:
                yield Record(str(path), UNREADABLE, f"damaged gzip data ({e})".encode())
                continue
        for offset, line in jsonl_lines(data):
            yield Record(f"{path}@{offset}", JSONL_LINE, line)
