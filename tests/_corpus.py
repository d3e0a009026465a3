"""Reports made by hand for corpus tests: real model objects, exact spans, no spaCy."""

from __future__ import annotations

from collections.abc import Sequence

from sayso.model import Article, Attribution, Claim, Report, Source, Span

PIPELINE = {"sayso": "0.1.0", "spacy_model": "en_core_web_sm-3.8.0", "lexicon": "test"}


def make_report(quotes: Sequence[tuple[str, str, str]], *, outlet: str | None = None, published: str | None = None,
                url: str | None = None, id: str = "", title: str | None = None, claims: Sequence[str] = (),
                via: Sequence[tuple[str, str]] = (), pipeline: dict[str, str] | None = None) -> Report:
    """An article of sentences ``“CONTENT,” NAME said.`` with one source and attribution each.

    ``quotes``: (source name, source type, content). ``claims``: contents (among the quotes)
    that are also check-worthy claims. ``via``: (outer source name, inner source name) pairs:
    the inner's attribution is reported through the outer's.
    """
    text, sources, attributions = "", {}, []
    for n, (name, type_, content) in enumerate(quotes, 1):
        start = len(text) + 1
        text += f"“{content},” "
        name_start = len(text)
        text += f"{name} said. "
        if name not in sources:
            sources[name] = Source(f"S{len(sources) + 1}", name, type_, ())
        s = sources[name]
        mention = Span.of(text, name_start, name_start + len(name))
        sources[name] = Source(s.id, s.name, s.type, (*s.mentions, mention))
        attributions.append(Attribution(f"A{n}", "direct", Span.of(text, start, start + len(content)),
                                        Span.of(text, name_start + len(name) + 1, name_start + len(name) + 5),
                                        source=s.id, source_span=mention, confidence=0.9))
    by_name = {q[0]: a for q, a in zip(quotes, attributions, strict=True)}
    for outer, inner in via:
        a = by_name[inner]
        attributions[attributions.index(a)] = Attribution(a.id, a.kind, a.content, a.cue, a.source, a.source_span,
                                                          via=by_name[outer].id, confidence=a.confidence)
    claim_objs = []
    for content in claims:
        a = next(a for a in attributions if a.content.text == content)
        claim_objs.append(Claim(f"C{len(claim_objs) + 1}", a.content, 0.9, attribution=a.id))
    article = Article(text=text.strip() or "Nothing was said.", outlet=outlet, published=published, url=url, id=id,
                      title=title)
    return Report(article=article, sources=tuple(sources.values()), attributions=tuple(attributions),
                  claims=tuple(claim_objs), pipeline=dict(pipeline or PIPELINE))
