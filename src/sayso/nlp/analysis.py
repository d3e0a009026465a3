"""Parsed Doc -> the sayso analysis (sources, attributions, markers, profile).

Calls the pure extractors in ``extract/`` and turns their character ranges into the
model's dataclasses with stable ids. ``offset`` shifts every range when the Doc is one
chunk of a longer article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sayso.model import Article, Attribution, Marker, Profile, Report, Source, Span, TopSource
from sayso.nlp.extract.acceptance import confidences, contexts
from sayso.nlp.extract.assembly import reported_kind
from sayso.nlp.extract.attributions import Found, find_attributions
from sayso.nlp.extract.blocks import extend_to_blockquotes
from sayso.nlp.extract.headlines import headline_ranges, title_block
from sayso.nlp.extract.lexicon import Lexicon, load_lexicon
from sayso.nlp.extract.lost_subjects import sourceless_thing
from sayso.nlp.extract.markers import ContentIndex, FoundMarker, find_hedges, find_scare_quotes, nested_via
from sayso.nlp.extract.nameless_they import nameless_they
from sayso.nlp.extract.quoted_selves import own_speakers
from sayso.nlp.extract.quotes import QuoteIndex, find_quotes
from sayso.nlp.extract.sources import Mention, resolve_sources
from sayso.nlp.extract.stances import stance, unpositioned
from sayso.nlp.own_posts import own_post

NAMED_TYPES = ("person", "organization", "outlet", "government")
# Attributions below this confidence are left out of reports unless asked for (``min_confidence``):
# the threshold that maximises attr_full_f1 on PolNeAR dev for the confidence combined with the
# precision filter (bench/train_filter.py: attr precision 0.857, recall 0.611 there, against
# 0.834 / 0.618 for the cue score alone at its own best threshold, 0.35, and 0.758 / 0.670 keeping all).
DEFAULT_MIN_CONFIDENCE = 0.40


class DocAnalysis:
    """What the extractors found in one Doc, in Doc character offsets."""

    __slots__ = ("found", "sources", "assignment", "markers", "via", "addressees", "sentences", "calibration", "accepted", "confidence",
                 "stances", "unpositioned", "kinds")

    def __init__(self, doc: Doc, lexicon: Lexicon | None = None, *, blockquotes: Sequence[tuple[int, int]] = (),
                 headings: Sequence[tuple[int, int]] = (), title: tuple[int, int] | None = None) -> None:
        lexicon = lexicon or load_lexicon()
        quotes = find_quotes(doc.text)
        found = extend_to_blockquotes(quotes.text, find_attributions(doc, quotes, lexicon, headings=headings, title=title),
                                      blockquotes)
        mentions: list[Mention] = []
        owners: list[tuple[str, int]] = []
        for i, f in enumerate(found):
            if f.source is not None and f.source_head is not None:
                mentions.append(Mention(f.source[0], f.source[1], f.source_head, i, f.content))
                owners.append(("source", i))
            if f.addressee is not None and f.addressee_head is not None:
                mentions.append(Mention(f.addressee[0], f.addressee[1], f.addressee_head, i))
                owners.append(("addressee", i))
        sources, assignment = resolve_sources(doc, mentions, lexicon, quotes)
        self.assignment: dict[tuple[str, int], int] = dict(zip(owners, assignment, strict=False))
        by_cue = {f.cue: i for i, f in enumerate(found) if f.continues is None}
        for i, f in enumerate(found):
            j = by_cue.get(f.continues) if f.continues is not None else None
            if j is not None and ("source", j) in self.assignment:
                self.assignment[("source", i)] = self.assignment[("source", j)]  # the speaker it continues
        index = ContentIndex(found)
        self.via = nested_via(found, index)
        self.assignment = own_speakers(doc, found, self.via, quotes, self.assignment)  # "“I told them ...,” Ruiz said"
        self.found = found
        self.calibration = lexicon.calibration
        self.sources = sources
        self.markers: list[FoundMarker] = find_hedges(doc, found, lexicon, index) + find_scare_quotes(doc, quotes, found, index, headings, lexicon=lexicon)
        self.accepted: list[float] | None = None  # the precision filter's P(a reader accepts it), where there is one
        self.confidence: list[float] = self._confidence(doc, quotes, lexicon)
        # a "they" no name was found for, after the text's first sentence: nobody a reader can name (``nameless_they``)
        for i, f in enumerate(found):
            k = self.assignment.get(("source", i))
            name = sources[k].name if k is not None else None
            if f.continues is None and nameless_they(doc, f.source, name, f.content):
                self.confidence[i] = 0.0
            if sourceless_thing(doc, f, quotes):  # "- Egypt and Jordan - also sharply criticised the US policy shift"
                self.confidence[i] = 0.0  # no speaker and only a thing: after scoring, the others' scores unmoved
        self.sentences: list[tuple[int, int]] = [(s.start_char, s.end_char) for s in doc.sents]
        self.stances: list[bool] = [stance(doc, f, quotes) for f in found]  # a stance reports no claim (``stances``)
        # a stance's shape on a cue that states no position ("tweeted out the news"): neither a claim nor a stance, left
        # out of the report (``build_report``); found until now, it gave the speakers their order
        self.unpositioned: list[bool] = [unpositioned(doc, f, quotes, lexicon.position_verbs) for f in found]
        # the kind a reader gives each, once all is scored: the report's; ``found`` keeps the kind the precision filter
        # and the calibration were fitted on, which bench/train_filter.py and bench/calibration.py read off it
        self.kinds: list[str] = [reported_kind(f, quotes, doc).kind for f in found]


    def _confidence(self, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> list[float]:
        """What each attribution's report says of it: the calibrated cue score blended with the
        precision filter's P(a reader accepts it) (``extract/acceptance.py``), where there is one."""
        calibrated = [self.calibration(f.score, f.kind, f.source is not None or f.continues is not None) for f in self.found]
        model = lexicon.acceptance
        if model is None:
            return calibrated
        model.check_lexicon(lexicon)  # another stance list would silently change what ``cue_adv=`` means
        keys = [self.assignment.get(("source", i)) for i in range(len(self.found))]
        types = [self.sources[k].type if k is not None else None for k in keys]
        names = [self.sources[k].name if k is not None else None for k in keys] if model.signs else None
        self.accepted = confidences(doc, self.found, quotes, contexts(doc, self.found, types, self.via, lexicon, names),
                                    model, given=lexicon.first_names)
        return [model.confidence(a, c) for a, c in zip(self.accepted, calibrated, strict=True)]


def analyze_doc(doc: Doc, article: Article | None = None, *, lexicon: Lexicon | None = None,
                min_confidence: float | None = None) -> Report:
    """The full report of one Doc (the Doc's text is the article's text), less attributions below ``min_confidence``."""
    article = article or Article(text=doc.text)
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    heads = headline_ranges(doc.text, article.title, plain=not article.blocks)  # a plain text's headline
    title = None if article.blocks else title_block(doc.text, article.title)  # a plain text's title, kept as a corpus writes it
    return keep_attributions(build_report(article, [(0, DocAnalysis(doc, lexicon, headings=heads, title=title))]),
                             min_confidence_filter(threshold))


def build_report(article: Article, chunks: Sequence[tuple[int, DocAnalysis]], warnings: Sequence[str] = (), pipeline: dict[str, str] | None = None) -> Report:
    """Merge per-chunk analyses (each with its character offset) into one report."""
    text = article.text
    sources: list[Source] = []
    source_keys: dict[tuple[str, str], str] = {}
    mentions: dict[str, list[Span]] = {}
    attributions: list[Attribution] = []
    stance_ids: set[str] = set()
    unpositioned: set[tuple[int, int]] = set()  # (cue start, content start) of the stances that state no position
    markers: list[Marker] = []
    for offset, an in chunks:
        local_ids: dict[int, str] = {}
        for k, rs in enumerate(an.sources):
            key = (rs.type, rs.name.lower())
            if key not in source_keys:
                sid = f"S{len(source_keys) + 1}"
                source_keys[key] = sid
                sources.append(Source(sid, rs.name, rs.type, (), rs.description))
                mentions[sid] = []
            sid = source_keys[key]
            local_ids[k] = sid
            mentions[sid] += [Span.of(text, s + offset, e + offset) for s, e in rs.mentions]
        base = len(attributions)
        hedged = {m.attribution for m in an.markers if m.type == "hedge" and m.attribution is not None}
        for i, f in enumerate(an.found):
            f = f._replace(score=an.confidence[i], kind=an.kinds[i])
            src = an.assignment.get(("source", i))
            addr = an.assignment.get(("addressee", i))
            via = an.via[i]
            attributions.append(_attribution(text, offset, f, f"A{base + i + 1}",
                                             local_ids.get(src) if src is not None else None,
                                             local_ids.get(addr) if addr is not None else None,
                                             f"A{base + via + 1}" if via is not None else None,
                                             i in hedged))
            if an.stances[i]:
                stance_ids.add(attributions[-1].id)
            if an.unpositioned[i]:
                unpositioned.add(_where(attributions[-1]))
        for m in an.markers:
            att = f"A{base + m.attribution + 1}" if m.attribution is not None else None
            markers.append(Marker("", m.type, m.label, Span.of(text, m.start + offset, m.end + offset), att))
    markers.sort(key=lambda m: (m.span.start, m.span.end))
    markers = [Marker(f"M{i + 1}", m.type, m.label, m.span, m.attribution) for i, m in enumerate(markers)]
    sources = [Source(s.id, s.name, s.type, tuple(sorted(set(mentions[s.id]), key=lambda sp: sp.start)), s.description) for s in sources]
    names = {s.id: s.name for s in sources}
    report = Report(
        article=article,
        sources=tuple(sources),
        attributions=tuple(attributions),
        markers=tuple(markers),
        profile=profile(text, sources, attributions),
        warnings=tuple(warnings),
        pipeline=dict(pipeline or {}),
    )
    report = set_apart_stances(report, stance_ids)
    own = {a.id for a in (*report.attributions, *report.stances) if own_post(article, a, names.get(a.source or ""))}
    # the outlet's own posts embedded in its page speak in the page's voice (``own_posts``)
    if not own and not unpositioned:
        return report
    return keep_attributions(report, lambda a: a.id not in own and _where(a) not in unpositioned)


def _where(a: Attribution) -> tuple[int, int]:
    """Where an attribution is in the article, whatever its id: its cue's start and its content's."""
    return (a.cue.start if a.cue is not None else -1, a.content.start)


def set_apart_stances(report: Report, stance_ids: set[str]) -> Report:
    """The report with the attributions ``stance_ids`` names moved to ``stances`` (ids "T1", "T2" ...).

    What is left is renumbered "A1" ...; a ``via``, marker or claim that pointed at a moved one points at
    nothing (a stance is no claim to report another through); a stance's own ``via`` to a kept attribution
    follows its renumbering. Sources stay: a source only a stance names is still in ``sources``. The profile
    counts the attributions only."""
    if not stance_ids:
        return report
    kept = [a for a in report.attributions if a.id not in stance_ids]
    att_ids = {a.id: f"A{i + 1}" for i, a in enumerate(kept)}
    attributions = [replace(a, id=att_ids[a.id], via=att_ids.get(a.via or "")) for a in kept]
    moved = [replace(a, id=f"T{len(report.stances) + i + 1}", via=att_ids.get(a.via or ""))
             for i, a in enumerate(a for a in report.attributions if a.id in stance_ids)]
    markers = tuple(replace(m, attribution=att_ids.get(m.attribution or "")) for m in report.markers)
    claims = tuple(replace(c, attribution=att_ids.get(c.attribution or "")) for c in report.claims)
    return replace(report, attributions=tuple(attributions), stances=(*report.stances, *moved), markers=markers,
                   claims=claims, profile=profile(report.article.text, report.sources, attributions))


def _attribution(text: str, offset: int, f: Found, aid: str, source: str | None, addressee: str | None, via: str | None, hedged: bool) -> Attribution:
    def sp(r: tuple[int, int] | None) -> Span | None:
        return Span.of(text, r[0] + offset, r[1] + offset) if r is not None else None

    content = sp(f.content)
    assert content is not None
    return Attribution(
        id=aid,
        kind=f.kind,
        content=content,
        cue=sp(f.cue) if f.cue[1] > f.cue[0] else None,  # a continued quote has no cue of its own
        source=source,
        source_span=sp(f.source),
        addressee=addressee,
        via=via,
        hedged=hedged,
        confidence=f.score,
        medium=f.medium,
        content_parts=tuple(Span.of(text, s + offset, e + offset) for s, e in f.parts),
    )


def profile(text: str, sources: Sequence[Source], attributions: Sequence[Attribution]) -> Profile:
    cited = Counter(a.source for a in attributions if a.source)
    speaking = [s for s in sources if s.id in cited]
    covered = _union_length([(a.content.start, a.content.end) for a in attributions])
    body = len(text.strip()) or 1
    by_type = Counter(s.type for s in speaking)
    names = {s.id: s.name for s in sources}
    return Profile(
        attributions=len(attributions),
        sources=len(speaking),
        named_sources=sum(1 for s in speaking if s.type in NAMED_TYPES),
        anonymous_sources=sum(1 for s in speaking if s.type == "anonymous"),
        attributed_share=min(1.0, covered / body),
        direct=sum(1 for a in attributions if a.kind == "direct"),
        indirect=sum(1 for a in attributions if a.kind == "indirect"),
        mixed=sum(1 for a in attributions if a.kind == "mixed"),
        hedged=sum(1 for a in attributions if a.hedged),
        sources_by_type=dict(sorted(by_type.items())),
        top_sources=tuple(TopSource(sid, names[sid], n) for sid, n in cited.most_common(5)),
    )


def _union_length(ranges: list[tuple[int, int]]) -> int:
    total, cur_s, cur_e = 0, -1, -1
    for s, e in sorted(ranges):
        if s > cur_e:
            total += max(0, cur_e - cur_s)
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + max(0, cur_e - cur_s)


def keep_attributions(report: Report, keep: Callable[[Attribution], bool]) -> Report:
    """The report with only the attributions ``keep`` accepts, renumbered, every reference mended.

    ``via`` to a dropped attribution becomes null (the chain is cut, not re-routed); markers
    and claims that pointed at one point at nothing; sources no kept attribution cites or
    addresses are dropped with the mentions only dropped ones made; the profile is recomputed.
    Used for ``min_confidence`` and for hiding thoughts (``medium == "thought"``). Stances (``stances``) pass
    the same ``keep`` and are renumbered "T1" ...; the sources they cite stay.
    """
    kept = without_restatements([a for a in report.attributions if keep(a)], report.article.text)
    kept_stances = [a for a in report.stances if keep(a)]
    if len(kept) == len(report.attributions) and len(kept_stances) == len(report.stances):
        return report
    att_ids = {a.id: f"A{i + 1}" for i, a in enumerate(kept)}
    stance_ids = {a.id: f"T{i + 1}" for i, a in enumerate(kept_stances)}
    dropped = [a for a in (*report.attributions, *report.stances) if a.id not in att_ids and a.id not in stance_ids]
    used = {sid for a in (*kept, *kept_stances) for sid in (a.source, a.addressee) if sid}
    kept_spans = {(sp.start, sp.end) for a in (*kept, *kept_stances) for sp in (a.source_span,) if sp is not None}
    gone_spans = {(a.source_span.start, a.source_span.end) for a in dropped if a.source_span is not None} - kept_spans
    sources = [s for s in report.sources if s.id in used]
    src_ids = {s.id: f"S{i + 1}" for i, s in enumerate(sources)}
    sources = [replace(s, id=src_ids[s.id], mentions=tuple(m for m in s.mentions if (m.start, m.end) not in gone_spans) or s.mentions)
               for s in sources]
    attributions = [
        replace(a, id=att_ids[a.id], source=src_ids.get(a.source or ""), addressee=src_ids.get(a.addressee or ""),
                via=att_ids.get(a.via or ""))
        for a in kept
    ]
    stances = [
        replace(a, id=stance_ids[a.id], source=src_ids.get(a.source or ""), addressee=src_ids.get(a.addressee or ""),
                via=att_ids.get(a.via or ""))
        for a in kept_stances
    ]
    markers = tuple(replace(m, attribution=att_ids.get(m.attribution or "")) for m in report.markers)
    claims = tuple(replace(c, attribution=att_ids.get(c.attribution or "")) for c in report.claims)
    return replace(report, sources=tuple(sources), attributions=tuple(attributions), stances=tuple(stances),
                   markers=markers, claims=claims,
                   profile=profile(report.article.text, sources, attributions))


def without_restatements(attributions: list[Attribution], text: str) -> list[Attribution]:
    """Less the attributions that only tell another one again: "The senator responded on Twitter, accusing the
    mayor of lying": "responded" with the content "accusing the mayor of lying" and "accusing" with "the mayor of
    lying" are one statement, reported by the participle's cue. An attribution goes when its content opens with
    the participle cue ("-ing") of another kept one of the same source and holds that one's content; only among
    those kept, so the participle's attribution is there to report it. Kept: a noun the verb takes ("expressed
    concern that ...": one cue in two words) and the means of saying ("responded by saying that ...")."""
    by_cue = {(a.cue.start, a.source): a for a in attributions
              if a.cue is not None and a.source and _participle(a.cue.text)
              and not text[:a.cue.start].rstrip().lower().endswith(" by")}
    out = []
    for a in attributions:
        inner = by_cue.get((a.content.start, a.source))
        if inner is not None and inner is not a and inner.content.end <= a.content.end and a.kind != "direct":
            continue
        out.append(a)
    return out


# the preposition a cue takes with its content ("alluding to", "calling for"): the cue is still its participle
_CUE_PREPOSITIONS = frozenset({"to", "for", "of", "about", "on", "at", "in", "with", "against", "into", "over"})


def _participle(cue: str) -> bool:
    words = cue.split()
    if len(words) == 2 and words[1].lower() in _CUE_PREPOSITIONS:
        words = words[:1]
    return len(words) == 1 and words[0].lower().endswith("ing") and len(words[0]) > 4


def min_confidence_filter(threshold: float) -> Callable[[Attribution], bool]:
    """Keep attributions whose calibrated confidence reaches ``threshold``."""
    return lambda a: a.confidence >= threshold
