"""Would a careful reader accept this attribution? A learned precision filter over what was found.

The cue model (``candidates.py``) asks "is this word a cue?", one token at a time, before
the content and source are chosen. This scorer looks at the finished attribution, as a
reader does: the cue's lemma, tense, negation and modality ("declined to", "could have
said"), what it hangs from ("wants to say"), what kind of thing the content is (a
quotation, a that-clause, a bare noun phrase, a question), who the source is (a named
person, an organisation, a pronoun, nobody), where the sentence stands and whether the writer
speaks there in their own voice ("As I see it, the family likely sees this as ...": ``genre.py``). It is a
logistic regression trained by ``bench/train_filter.py``, each row an attribution sayso finds with no
minimum confidence: PolNeAR train's (right when it matches a gold attribution as the shared scorer
matches them: content Dice >= 0.5, source and cue overlapping) and a reader's html gold pages'
(``bench/html_gold``: right when the content is found and its source is right, weighing the weight
file's ``reader.weight``). The script can add a third kind, the blind audits' verdicts on sayso's own
predictions in PTC train articles (``bench/verdict_gold``: right when judged C or P, wrong when W);
the bundled file was trained without them (its ``trained_on`` says what it was trained on): out of
fold they moved the audits' wrong share at the default threshold by a few predictions only.

The ``confidence`` a report carries is the geometric mean of its probability and the
calibrated cue score (``calibration.py``), the filter weighing ``blend`` (0.5) in the weight
file: on PolNeAR dev the filter alone ranks better, but on the html gold's tuning pages
(other outlets and genres) it ranks no better than the cue score; combined, the gain holds in
both (``bench/train_filter.py`` prints the curves). Geometric, not arithmetic: either
model's doubt pulls the confidence down, so the filter cannot lift what the cue model
doubts (on unseen blog and how-to pages the arithmetic mean lifted first-person sentences,
"I'll show you the path", over the threshold). ``--min-confidence`` then drops what a
reader would not accept.

Pure functions of the parse and of what ``find_attributions`` found (the Doc is not
touched); the weight file records the feature templates and the spaCy pipeline it was
trained with, and both are checked at load (a mismatch is a ``ResourceError`` that says to
retrain, never a silent drop in quality).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from sayso.errors import ResourceError
from sayso.nlp.extract.genre import writers_words
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.reader_signs import TEMPLATES as SIGN_TEMPLATES
from sayso.nlp.extract.reader_signs import signs as reader_signs
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.transcripts import inline_turn, known_speaker, transcript_turn
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

if TYPE_CHECKING:  # attributions -> lexicon -> this module: the type only
    from sayso.nlp.extract.attributions import Found
    from sayso.nlp.extract.lexicon import Lexicon

# Bump when a feature keeps its name but changes its meaning (or new templates come).
SCHEMA = 3
# schema 4 = schema 3 + what a reader checks (``reader_signs``: how the speaker was found, the content's edges, the
# cue's world); a weight file says which it speaks, and the features follow it
SIGNS_SCHEMA = 4
# Feature templates (the part before "="): the weight file records them and load checks them.
TEMPLATES: frozenset[str] = frozenset([
    "bias", "logit", "kind", "medium", "lem", "lem_kind", "pos", "tag", "dep", "head_lem", "neg", "modal", "to_inf",
    "passive", "src", "src_type", "src_pron", "src_ent", "lem_src", "continues", "addressee", "cue_in_quote",
    "nested", "content_first", "content_head", "content_verb", "content_len", "side", "multi_sent", "question",
    "sent_pos", "para_first", "headline", "same_sent", "kind_src",
    # schema 2 (trained on a reader's gold too): what separates a statement from an act or an aim
    "content_form", "lem_form", "lem_srctype", "src_noun", "sense", "sense_form", "sense_srctype", "src_agency",
    # schema 3: the writer's own voice (``genre.py``): their I / we / you beside the cue, a stance adverb on it,
    # the tense a sense is reported in ("the Russians are realizing", "apparently thinks")
    "self_voice", "cue_adv", "sense_tag",
])
MODALS = read_words("modals.txt")
_LEN_BINS = (3, 6, 12, 25, 50)


@dataclass(frozen=True)
class Context:
    """What the attribution's neighbours say about it: its resolved source type and its nesting."""

    source_type: str | None = None  # the resolved source's type ("person", "organization", ...), None: no source
    nested: bool = False  # its cue lies inside another attribution's content
    same_sentence: int = 0  # other attributions whose cue is in the cue's sentence
    sentence: int = 0  # the index of the cue's sentence in the Doc
    bounds: tuple[int, int] | None = None  # the cue's sentence (token start, end); None: looked up on the Doc
    sense: str | None = None  # the cue lemma's sense in the lexicon (saying, writing, thought, intending, ...)
    agency: str | None = None  # the source's head noun's class in the lexicon (agent, venture, thing, finder, person)
    # the lexicon's adverbs of the writer's stance on a cue ("apparently thinks": resources/stance_adverbs.txt)
    stance_adverbs: frozenset[str] = frozenset()
    source_name: str | None = None  # the resolved source's name (what a pronoun or role noun was taken to mean)
    sent_starts: tuple[int, ...] = ()  # every sentence's first token (``reader_signs``)


def _bin(n: int) -> str:
    return next((f"<{b}" for b in _LEN_BINS if n < b), f">={_LEN_BINS[-1]}")


def features(doc: Doc, found: Found, quotes: QuoteIndex, ctx: Context = Context(), *,
             signs: bool = False) -> dict[str, float]:
    """The features of one found attribution: name -> value (1.0 for indicator features); with ``signs`` also
    what a reader checks (``reader_signs``: schema 4)."""
    text = quotes.text  # Doc.text joins every token on each call
    token: Token = doc[found.cue_head]
    kind = found.kind
    lem = token.lemma_.lower() if token.text != ":" else ":"
    p = min(max(found.score, 1e-4), 1 - 1e-4)
    out: dict[str, float] = {"bias": 1.0, "logit": math.log(p / (1 - p))}

    def on(name: str, value: object = None) -> None:
        out[name if value is None else f"{name}={value}"] = 1.0

    on("kind", kind)
    on("medium", found.medium)
    on("lem", lem)
    on("lem_kind", f"{lem}|{kind}")
    on("pos", token.pos_)
    on("tag", token.tag_)
    on("dep", token.dep_)
    if token.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj"):  # never the root: a head of its own
        on("head_lem", token.head.lemma_.lower())  # "declined to say", "wants to claim", "before saying"
    kids = list(token.children)
    if any(c.dep_ == "neg" for c in kids):
        on("neg")
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) or (
            token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.head.children)):
        on("modal")
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        on("to_inf")
    if any(c.dep_ == "auxpass" for c in kids):
        on("passive")
    _source(out, doc, found, ctx, lem, kind)
    out[f"lem_srctype={lem}|{ctx.source_type or 'none'}"] = 1.0  # "aim" of a person, not of a mission
    if found.addressee is not None:
        on("addressee")
    if quotes.containing(token.idx) is not None and not (found.content[0] <= token.idx < found.content[1]):
        on("cue_in_quote")  # said inside someone else's quotation
    if ctx.nested:
        on("nested")
    # ``Token.sent`` scans the whole Doc on every call; ``contexts`` finds every sentence once
    sent = doc[ctx.bounds[0]:ctx.bounds[1]] if ctx.bounds is not None else token.sent
    _content(out, doc, found, token, sent, text)
    form = content_form(out)
    on("content_form", form)
    on("lem_form", f"{lem}|{form}")  # "allowed researchers to see", "expressed confidence in the winger"
    if ctx.sense is not None:  # the lemma's sense generalises to lemmas the reader's gold never saw
        on("sense", ctx.sense)
        on("sense_form", f"{ctx.sense}|{form}")
        on("sense_srctype", f"{ctx.sense}|{ctx.source_type or 'none'}")
    if ctx.agency is not None:
        on("src_agency", ctx.agency)  # a mission or a simulation intends nothing, a team does
    # the writer's own voice: opinion prose pins the writer's view, sarcasm or guess on someone ("as I see it,
    # the family likely sees this as", "you'd think the Russians are realizing"); a wire story never says "I"
    if writers_words(sent, quotes, found.content):
        on("self_voice")
    for adv in (c.lower_ for c in kids if c.dep_ == "advmod"):
        if adv in ctx.stance_adverbs:
            on("cue_adv", adv)  # "apparently thinks", "likely sees", "never said", "reportedly told"
    if ctx.sense is not None:  # a thought in the present is a guess ("are realizing"), a saying in the past a report
        on("sense_tag", f"{ctx.sense}|{token.tag_}")
    if text[sent.start_char:sent.end_char].rstrip().rstrip(CLOSING_QUOTES_AND_APOSTROPHE).endswith("?"):
        on("question")
    on("sent_pos", "0" if ctx.sentence == 0 else "1-2" if ctx.sentence <= 2 else "3+")
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if not text[line_start:sent.start_char].strip():
        on("para_first")
        if line_start == 0 or not text[:line_start].strip():
            on("headline")  # the first line: a headline or a dateline more often than a statement
    on("same_sent", min(ctx.same_sentence, 2))
    if signs:
        starts = ctx.sent_starts or tuple(s.start for s in doc.sents)
        out |= reader_signs(doc, found, quotes, sent, starts, ctx.source_name, ctx.source_type)
    return out


def _source(out: dict[str, float], doc: Doc, found: Found, ctx: Context, lem: str, kind: str) -> None:
    if found.continues is not None:
        out["continues"] = 1.0
    has = found.source is not None or found.continues is not None
    out[f"src={int(has)}"] = 1.0
    out[f"lem_src={lem}|{int(has)}"] = 1.0
    out[f"kind_src={kind}|{ctx.source_type or 'none'}"] = 1.0
    out[f"src_type={ctx.source_type or 'none'}"] = 1.0
    if found.source_head is not None:
        head = doc[found.source_head]
        if head.pos_ == "PRON":
            out[f"src_pron={head.lower_}"] = 1.0
        out[f"src_ent={head.ent_type_ or head.pos_}"] = 1.0
        if head.pos_ == "NOUN":  # a common noun: "the mission", "the data", "the rule" or "the researchers"
            out[f"src_noun={head.lemma_.lower()}"] = 1.0


def _content(out: dict[str, float], doc: Doc, found: Found, token: Token, sent: Span, text: str) -> None:
    start, end = found.content
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    first = words[0] if words else None
    if text[start:start + 1] in "\"“«'‘`":
        out["content_first=quote"] = 1.0
    elif first is not None:
        word = first.lower_ if first.lower_ in ("that", "to", "whether", "if", "how", "what", "why", "for", "of", "about") else first.pos_
        out[f"content_first={word}"] = 1.0
    if span is not None and len(span):
        roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
        root = min(roots, key=lambda t: t.i) if roots else span.root
        out[f"content_head={root.pos_}"] = 1.0
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_OR_MODAL_TAGS for t in span):
            out["content_verb=finite"] = 1.0
        elif any(t.pos_ in ("VERB", "AUX") for t in span):
            out["content_verb=nonfinite"] = 1.0
        else:
            out["content_verb=none"] = 1.0
        out[f"multi_sent={int(span.start < sent.start or span.end > sent.end)}"] = 1.0
    out[f"content_len={_bin(len(words))}"] = 1.0
    out[f"side={'before' if end <= token.idx else 'after' if start >= token.idx else 'around'}"] = 1.0


def content_form(feats: Mapping[str, float]) -> str:
    """The content's form, read off its ``content_*`` features: a quotation, a that-clause, a
    wh-clause, an infinitive, another clause, a non-finite phrase or a bare noun phrase."""
    if "content_first=quote" in feats:
        return "quote"
    if "content_first=that" in feats:
        return "that"
    if any(f"content_first={w}" in feats for w in ("whether", "if", "how", "what", "why")):
        return "wh"
    if "content_first=to" in feats:
        return "inf"
    if "content_verb=finite" in feats:
        return "clause"
    if "content_verb=nonfinite" in feats:
        return "nonfinite"
    return "np"


def contexts(doc: Doc, found: Sequence[Found], source_types: Sequence[str | None],
             via: Sequence[int | None], lexicon: Lexicon | None = None,
             source_names: Sequence[str | None] | None = None) -> list[Context]:
    """The ``Context`` of every attribution of one Doc; the lexicon gives the cue's sense and the
    source noun's agency where it has them (``Lexicon.sense_of``, ``Lexicon.agency``); ``source_names``, the
    resolved sources' names, where the caller has them."""
    sents = [(s.start, s.end) for s in doc.sents] if found else []
    starts = [b[0] for b in sents]
    starts_t = tuple(starts)
    sent_of = [bisect_right(starts, f.cue_head) - 1 for f in found]
    per_sent = Counter(sent_of)
    sense_of = getattr(lexicon, "sense_of", None)  # a lexicon without senses: no sense features
    agency: Mapping[str, str] = getattr(lexicon, "agency", None) or {}
    people = getattr(lexicon, "person_roles", None) or frozenset()  # "the spokesman", "the researchers"
    stance: frozenset[str] = getattr(lexicon, "stance_adverbs", None) or frozenset()
    out = []
    for i, k in enumerate(sent_of):
        f = found[i]
        cue = doc[f.cue_head]
        sense = sense_of(cue.lemma_.lower()) if sense_of is not None and cue.text != ":" else None
        head = doc[f.source_head] if f.source_head is not None else None
        kind = None
        if head is not None and head.pos_ == "NOUN":
            lemma = head.lemma_.lower()
            kind = agency.get(lemma) or ("person" if lemma in people else None)
        name = source_names[i] if source_names is not None else None
        out.append(Context(source_types[i], via[i] is not None, per_sent[k] - 1, k, sents[k], sense, kind, stance,
                           name, starts_t))
    return out


def confidences(doc: Doc, found: Sequence[Found], quotes: QuoteIndex, ctxs: Sequence[Context],
                model: AcceptanceModel, *, given: frozenset[str] = frozenset()) -> list[float]:
    """P(a reader accepts it) for every attribution of one Doc.

    A quote paragraph that continues the previous speaker (``continues``) has neither cue nor
    source of its own: it is as trustworthy as the attribution it continues, whose score it takes. A transcript
    turn's line after a label known to name a speaker takes its own score where that is higher (``given``: the
    lexicon's given names, by which a label names a person the text names: ``transcripts.known_speaker``).
    """
    own = {i: model(features(doc, f, quotes, ctx, signs=model.signs)) for i, (f, ctx) in enumerate(zip(found, ctxs, strict=True))
           if f.continues is None}
    by_cue = {found[i].cue: score for i, score in own.items()}
    out = []
    for i, (f, ctx) in enumerate(zip(found, ctxs, strict=True)):
        score = own.get(i)
        if score is None and f.continues is not None:
            score = by_cue.get(f.continues)
            if score is not None and _speakers_turn(doc, f.continues, given):
                # "HANNITY: All right. We have a lot of time ...": the label names the speaker of every sentence of
                # the turn, and a filler that opens it ("All right.", "Sean.") says nothing of the sentences after it
                score = max(score, model(features(doc, f, quotes, ctx, signs=model.signs)))
        out.append(score if score is not None else model(features(doc, f, quotes, ctx, signs=model.signs)))  # its speaker is gone
    return out


def _speakers_turn(doc: Doc, cue: tuple[int, int], given: frozenset[str]) -> bool:
    """The cue is the colon of a transcript's turn (``transcripts``) whose label is known to name a speaker
    (``known_speaker``): it opens two turns or more, or names a person the text names. A label seen once and
    naming nobody ("Special Ed: Voices from ...", a book in an advert) lends its score to no line after it."""
    span = doc.char_span(*cue)
    return span is not None and len(span) == 1 and (transcript_turn(span[0]) or inline_turn(span[0])) \
        and known_speaker(span[0], given)


@dataclass(frozen=True)
class AcceptanceModel:
    """A logistic regression over ``features``: P(a reader accepts the attribution)."""

    weights: Mapping[str, float]
    bias: float = 0.0
    blend: float = 1.0  # the filter's share of the reported confidence; the calibrated cue score has the rest
    trained_with: Mapping[str, Any] | None = None  # the spaCy pipeline (``vocabulary.pipeline_record``)
    stance_adverbs: frozenset[str] | None = None  # the words ``cue_adv=`` was trained with; None: not checked
    signs: bool = False  # trained with what a reader checks (``reader_signs``, schema 4)

    def __call__(self, feats: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: Mapping[str, Any], name: str = "attribution_filter.json") -> AcceptanceModel:
        """The model of a weight file, refused unless it speaks today's features (``SCHEMA``, ``TEMPLATES``)."""
        retrain = "retrain it with bench/train_filter.py"
        # a file that records the stance adverbs it was trained with must match today's list; one from before
        # they were recorded is taken as trained with them (the list moved from code unchanged)
        stance = sorted(_stance_adverbs())
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            bias = float(data["bias"])
            blend = float(data.get("blend", 1.0))
            recorded = data["features"]
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise ResourceError(f"{name} has no valid 'bias', 'weights' and 'features': {retrain}") from e
        signs = isinstance(recorded, Mapping) and recorded.get("schema") == SIGNS_SCHEMA
        templates = TEMPLATES | SIGN_TEMPLATES if signs else TEMPLATES
        if not isinstance(recorded, Mapping) or recorded.get("schema") not in (SCHEMA, SIGNS_SCHEMA) \
                or sorted(recorded.get("templates", ())) != sorted(templates) \
                or recorded.get("stance_adverbs", stance) != stance:
            raise ResourceError(f"{name} was trained with another feature vocabulary "
                                f"(schema {recorded.get('schema') if isinstance(recorded, Mapping) else '?'}, "
                                f"today {SCHEMA}): {retrain}")
        stray = sorted({k.split("=", 1)[0] for k in weights} - templates)
        if stray:
            raise ResourceError(f"{name} weighs unknown features {stray[:5]}: {retrain}")
        if not 0.0 <= blend <= 1.0:
            raise ResourceError(f"{name}: 'blend' {blend} is not a share between 0 and 1: {retrain}")
        return cls(weights, bias, blend, data.get("spacy"), frozenset(stance), signs)

    def check_lexicon(self, lexicon: object) -> None:
        """Raise ``ResourceError`` unless ``lexicon``'s stance adverbs are the words the weights were trained with:
        another list would silently change what ``cue_adv=`` means, and none would set it to zero."""
        if self.stance_adverbs is None:
            return
        words = getattr(lexicon, "stance_adverbs", None)
        if words != self.stance_adverbs:
            raise ResourceError(
                f"the lexicon's stance adverbs ({len(words) if words is not None else 'none'}) are not the "
                f"{len(self.stance_adverbs)} the precision filter was trained with (resources/stance_adverbs.txt): "
                "use them, or retrain the filter with bench/train_filter.py on the lexicon's list")

    def confidence(self, accepted: float, calibrated: float) -> float:
        """The reported confidence: the weighted geometric mean of the filter's probability and the calibrated cue score."""
        return max(accepted, 0.0) ** self.blend * max(calibrated, 0.0) ** (1.0 - self.blend)


def vocabulary(signs: bool = False) -> dict[str, Any]:
    """What a weight file records of today's features: the templates, and the words ``cue_adv`` takes; with
    ``signs``, schema 4's (``reader_signs``)."""
    return {"schema": SIGNS_SCHEMA if signs else SCHEMA,
            "templates": sorted(TEMPLATES | SIGN_TEMPLATES if signs else TEMPLATES),
            "stance_adverbs": sorted(_stance_adverbs())}


def _stance_adverbs() -> frozenset[str]:
    from sayso.nlp.extract.lexicon import read_words  # lexicon -> this module at import: read when asked

    return read_words("stance_adverbs.txt")

