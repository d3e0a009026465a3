"""Article -> Report: the one orchestration path.

Long texts are cut into chunks at paragraph (else sentence, else word) boundaries so
spaCy's ``max_length`` never fails; every offset is shifted back, so spans stay exact
code-point offsets into the text as given.
"""

from __future__ import annotations

import dataclasses
import logging
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from sayso import __version__
from sayso.errors import SaysoError, SaysoWarning, warning
from sayso.ingest.text import article_from_text, names_a_file, sanitized
from sayso.model import Article, Report
from sayso.nlp.analysis import (
    DEFAULT_MIN_CONFIDENCE,
    DocAnalysis,
    build_report,
    keep_attributions,
    min_confidence_filter,
)
from sayso.nlp.extract.apostrophes import with_apostrophes
from sayso.nlp.extract.british_quotes import double_quoted, uses_single_quotes
from sayso.nlp.extract.dashes import with_em_dashes
from sayso.nlp.extract.headlines import headline_ranges, title_block
from sayso.nlp.extract.language import english_share, reads_as_english
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.pipeline import load_pipeline, model_name
from sayso.nlp.tokenizer import long_runs
from sayso.persuasion.stages import MAX_CLAIMS, Persuasion

__all__ = ["DEFAULT_MIN_CONFIDENCE", "Outcome", "analyze", "analyze_many", "iter_outcomes", "keep_attributions", "split_chunks"]

log = logging.getLogger(__name__)

CHUNK_CHARS = 100_000
TRANSITION_BATCHES = 4  # the parser and NER take this many of the pipeline's batches at once (8 Docs: 32)


@dataclass(frozen=True)
class Outcome:
    """One item of a batch: its report, or the error that kept it from one."""

    index: int
    report: Report | None
    error: SaysoError | None = None


def reading_text(text: str) -> str:
    """The text spaCy and the extractors read: ``text`` itself, or where it quotes in single marks
    (British copy, ``british_quotes``) the same text with its quotation marks made double, and with a horizontal
    bar read as an em dash (``dashes.with_em_dashes``) and an acute accent, backtick or prime between two letters
    read as an apostrophe ("I´m", ``apostrophes.with_apostrophes``). The same length, so every offset the report
    gives points into ``text`` unchanged."""
    text = with_apostrophes(with_em_dashes(text))
    return double_quoted(text) if uses_single_quotes(text) else text


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pairs covering ``text`` exactly, each at most ``limit`` chars."""
    out: list[tuple[int, str]] = []
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            window = text[start:end]
            cut = -1
            for pattern in ("\n\n", "\n", ". ", " "):
                k = window.rfind(pattern, limit // 2)
                if k > 0:
                    cut = k + len(pattern)
                    break
            if cut > 0:
                end = start + cut
        out.append((start, text[start:end]))
        start = end
    return out


def blockquote_ranges(article: Article, offset: int, length: int, kind: str = "blockquote") -> list[tuple[int, int]]:
    """The article's blocks of ``kind`` (blockquotes) that lie in the chunk at ``offset``, in chunk offsets."""
    return [(b.start - offset, b.end - offset) for b in article.blocks
            if b.kind == kind and b.start >= offset and b.end <= offset + length]


def heading_ranges(article: Article, offset: int, length: int) -> list[tuple[int, int]]:
    """The article's headings that lie in the chunk at ``offset``, in chunk offsets: its HTML heading blocks, and
    the headline a plain text opens with (or a line that is the article's title), ``headlines.headline_ranges``."""
    heads = blockquote_ranges(article, offset, length, "heading")
    lines = headline_ranges(article.text, article.title, plain=not article.blocks)
    return heads + [(max(s, offset) - offset, min(e, offset + length) - offset) for s, e in lines
                    if s < offset + length and e > offset]


def language_warning(text: str) -> str | None:
    """A warning when the text does not read as English (the models are English-only)."""
    if reads_as_english(text):
        return None
    return warning("W001", share=english_share(text).english)


def pipeline_info(nlp: Language) -> dict[str, str]:
    """What makes the reports of ``nlp``: the sayso version, the spaCy model and the lexicon version."""
    meta = nlp.meta
    return {
        "sayso": __version__,
        "spacy_model": f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}",
        "lexicon": load_lexicon().version,
    }


def _as_article(item: str | Article, title: str | None = None, url: str | None = None) -> Article:
    if isinstance(item, Article):
        if not item.text.strip():
            article_from_text(item.text, name=item.url or item.id)
        return sanitized(item, name=item.url or item.id)  # no lone surrogate reaches spaCy
    return article_from_text(item, title=title, url=url)


def analyze(text: str | Article, *, title: str | None = None, url: str | None = None,
            nlp: Language | None = None, model: str | None = None,
            techniques: bool = True, claims: bool = True, min_confidence: float | None = None,
            all_techniques: bool = False, techniques_threshold: float | None = None,
            max_claims: int | None = MAX_CLAIMS) -> Report:
    """Analyse one article: who says what, on whose authority, how hedged.

    ``techniques`` and ``claims`` switch the persuasion stages (MiniLM; the
    ``persuasion`` extra) on or off. Attributions below ``min_confidence`` (default
    ``DEFAULT_MIN_CONFIDENCE``) are left out; 0 keeps every one found. Technique markers
    below ``techniques_threshold`` (the model's precision-first default when None) are left
    out unless ``all_techniques``; the ``max_claims`` most check-worthy claims are kept
    (None: all), a warning counts the rest.
    """
    article = _as_article(text, title, url)
    if isinstance(text, str) and names_a_file(text):  # sayso.analyze("story.html") meant the file
        notice = warning("W008", text=text.strip())
        warnings.warn(notice, SaysoWarning, stacklevel=2)
        article = dataclasses.replace(article, warnings=(*article.warnings, notice))
    outcome = next(iter_outcomes([article], nlp=nlp, model=model, techniques=techniques, claims=claims,
                                 min_confidence=min_confidence, all_techniques=all_techniques,
                                 techniques_threshold=techniques_threshold, max_claims=max_claims))
    if outcome.error is not None:
        raise outcome.error
    assert outcome.report is not None
    return outcome.report


def analyze_many(items: Iterable[str | Article], *, nlp: Language | None = None, model: str | None = None,
                 n_process: int = 1, batch_size: int = 8, skip_errors: bool = False,
                 techniques: bool = True, claims: bool = True, min_confidence: float | None = None,
                 all_techniques: bool = False, techniques_threshold: float | None = None,
                 max_claims: int | None = MAX_CLAIMS) -> Iterator[Report]:
    """Analyse many articles with one pipeline, streaming reports in input order.

    With ``skip_errors`` a bad item is logged and skipped; otherwise its error is raised.
    """
    for outcome in iter_outcomes(items, nlp=nlp, model=model, n_process=n_process, batch_size=batch_size,
                                 techniques=techniques, claims=claims, min_confidence=min_confidence,
                                 all_techniques=all_techniques, techniques_threshold=techniques_threshold,
                                 max_claims=max_claims):
        if outcome.error is not None:
            if not skip_errors:
                raise outcome.error
            log.warning("item %d skipped: %s", outcome.index, outcome.error)
            continue
        assert outcome.report is not None
        yield outcome.report


def iter_outcomes(items: Iterable[str | Article | SaysoError], *, nlp: Language | None = None, model: str | None = None,
                  n_process: int = 1, batch_size: int = 8,
                  techniques: bool = True, claims: bool = True, min_confidence: float | None = None,
                  all_techniques: bool = False, techniques_threshold: float | None = None,
                  max_claims: int | None = MAX_CLAIMS) -> Iterator[Outcome]:
    """Every item's report or error, in input order; a bad item never stops the batch.

    An item may already be a ``SaysoError`` (an input that failed to load): it is passed
    through as that item's outcome.

    Streams: ``items`` is read lazily, only as far as spaCy's batches reach ahead, and each
    report is yielded as soon as its own chunks and every earlier item's are done, so
    memory stays flat however many items there are.

    With ``n_process`` > 1 each article's whole analysis (parse, attributions, persuasion
    stages) runs in one of that many worker processes (``sayso.workers``), streamed the same way.
    """
    if n_process > 1:
        from sayso.workers import pooled_outcomes

        yield from pooled_outcomes(items, n_process=n_process, nlp=nlp, model=model, techniques=techniques, claims=claims,
                                   min_confidence=min_confidence, all_techniques=all_techniques, techniques_threshold=techniques_threshold,
                                   max_claims=max_claims)
        return
    nlp = nlp or load_pipeline(model, with_sayso=False)
    lexicon = load_lexicon()
    lexicon.check_pipeline(nlp)  # weights trained on another language or label scheme: ResourceError
    passes = min_confidence_filter(DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence)
    info = pipeline_info(nlp)
    persuasion = Persuasion(techniques=techniques, claims=claims, all_techniques=all_techniques,
                            techniques_threshold=techniques_threshold, max_claims=max_claims)
    pending: deque[_Pending] = deque()  # items read but not yet yielded, in input order
    in_flight: deque[tuple[_Pending, int]] = deque()  # (item, offset) of each chunk handed to spaCy, in order

    def chunk_texts() -> Iterator[str]:
        for index, item in enumerate(items):
            entry = _Pending(index)
            if isinstance(item, SaysoError):
                entry.error = item
            else:
                try:
                    entry.article = _as_article(item)
                except SaysoError as e:
                    entry.error = e
            pending.append(entry)
            if entry.article is not None:
                chunks = split_chunks(entry.article.text)
                read = reading_text(entry.article.text)
                entry.remaining = len(chunks)
                for offset, chunk in chunks:
                    in_flight.append((entry, offset))
                    yield read[offset:offset + len(chunk)]

    def flush_ready() -> Iterator[Outcome]:
        while pending and pending[0].remaining == 0:
            entry = pending.popleft()
            if entry.error is not None or entry.article is None:
                yield Outcome(entry.index, None, entry.error)
                continue
            notes = list(entry.article.warnings)  # what ingest found travels with the article
            runs, longest = long_runs(entry.article.text)
            if runs:  # the run-safe tokenizer read them in pieces (nlp/tokenizer.py)
                notes.append(warning("W007", count=runs, longest=longest))
            lang = language_warning(entry.article.text)
            if lang:
                log.warning(lang)
                notes.append(lang)
            report = keep_attributions(build_report(entry.article, entry.analyses, notes, info), passes)
            sentences = [(s + off, e + off) for off, an in entry.analyses for s, e in an.sentences]
            yield Outcome(entry.index, persuasion.apply(report, sentences))

    disable = [p for p in ("sayso",) if p in nlp.pipe_names]
    # the transition-based parser and NER step all the Docs of a batch together: larger batches for
    # them alone, same annotations (PolNeAR dev: parser 1.49 -> 1.26 s CPU, pipeline 2-3% less)
    transition = {p: {"batch_size": batch_size * TRANSITION_BATCHES} for p in ("parser", "ner") if p in nlp.pipe_names}
    for doc in nlp.pipe(chunk_texts(), batch_size=batch_size, n_process=n_process, disable=disable, component_cfg=transition):
        entry, offset = in_flight.popleft()
        assert entry.article is not None
        quotes = blockquote_ranges(entry.article, offset, len(doc.text))
        heads = heading_ranges(entry.article, offset, len(doc.text))
        title = title_block(doc.text, entry.article.title) if offset == 0 and not entry.article.blocks else None  # a plain text's title
        entry.analyses.append((offset, DocAnalysis(doc, lexicon, blockquotes=quotes, headings=heads, title=title)))
        entry.remaining -= 1
        yield from flush_ready()
    yield from flush_ready()  # trailing items that had no chunks (errors)


@dataclass(eq=False)
class _Pending:
    """An item between reading and its outcome: the chunks still at spaCy and the analyses done."""

    index: int
    article: Article | None = None
    error: SaysoError | None = None
    remaining: int = 0
    analyses: list[tuple[int, DocAnalysis]] = field(default_factory=list)


def pipeline_model_name(model: str | None = None) -> str:
    return model_name(model)
