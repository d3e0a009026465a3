"""What a reader checks before trusting an attribution (``sayso.nlp.extract.reader_signs``): each sign both ways."""

from __future__ import annotations

import pytest

from sayso.nlp.analysis import DocAnalysis
from sayso.nlp.extract.acceptance import (
    SIGN_TEMPLATES,
    TEMPLATES,
    AcceptanceModel,
    Context,
    contexts,
    features,
    vocabulary,
)
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.reader_signs import edge_signs, frame_of, signs

pytestmark = pytest.mark.slow


def signs_of(nlp, text: str, cue: str) -> dict[str, float]:  # noqa: ANN001
    """The signs of the attribution cued by ``cue`` (the last one), its source resolved as ``DocAnalysis`` does."""
    doc = nlp(text)
    lexicon = load_lexicon()
    an = DocAnalysis(doc, lexicon)
    keys = [an.assignment.get(("source", i)) for i in range(len(an.found))]
    ctxs = contexts(doc, an.found, [an.sources[k].type if k is not None else None for k in keys], an.via, lexicon,
                    [an.sources[k].name if k is not None else None for k in keys])
    hits = [(f, c) for f, c in zip(an.found, ctxs, strict=True) if doc.text[f.cue[0]:f.cue[1]].lower().endswith(cue)]
    assert hits, f"no attribution cued by {cue!r}: {[doc.text[f.cue[0]:f.cue[1]] for f in an.found]}"
    found, ctx = hits[-1]
    sent = doc[ctx.bounds[0]:ctx.bounds[1]]
    return signs(doc, found, an_quotes(doc), sent, ctx.sent_starts, ctx.source_name, ctx.source_type)


def an_quotes(doc):  # noqa: ANN001, ANN201
    from sayso.nlp.extract.quotes import find_quotes

    return find_quotes(doc.text)


@pytest.mark.parametrize(
    "text, cue, present, absent",
    [
        # how the speaker was found
        ("Governor Jane Smith spoke on Monday. Smith said the bridge would close.", "said",
         ["src_how=written"], ["src_how=pronoun", "ante_sents=1"]),
        ("Governor Jane Smith spoke on Monday. She said the bridge would close.", "said",
         ["src_how=pronoun", "ante_sents=1", "ante_role=subj"], ["ante_rival=1", "ante_para=1"]),
        # another person named between the name and the pronoun
        ("Senator Chuck Grassley met Brett Kavanaugh on Monday. He said the vote would come soon.", "said",
         ["src_how=pronoun", "ante_rival=1"], ["src_how=written"]),
        # the name in another paragraph
        ("Mayor Tom Brown spoke on Monday.\n\nHe said the bridge would close.", "said",
         ["ante_para=1"], ["ante_rival=1"]),
        # the content's edges: runs past its quotation's closing mark
        ("“We are done,” and the talks are over, Ruiz said.", "said", [], ["edge_quote=past"]),
        ("The mayor said the bridge would close next week.", "said", ["edge_roots=1"], ["edge_size=one", "edge_lead=wh"]),
        ("The mayor said what the council wanted was a new bridge.", "said", ["edge_lead=wh"], ["edge_size=one"]),
        # the writer beside the cue, in the sentence before
        ("I have long argued this. The mayor said the bridge would close.", "said", ["writer_near=1"], []),
        ("The council met. The mayor said the bridge would close.", "said", [], ["writer_near=1"]),
    ],
)
def test_signs_a_reader_uses(nlp, text: str, cue: str, present: list[str], absent: list[str]) -> None:  # noqa: ANN001
    feats = signs_of(nlp, text, cue)
    missing = [f for f in present if f not in feats]
    extra = [f for f in absent if f in feats]
    assert not missing and not extra, f"missing {missing}, unexpected {extra} in {sorted(feats)}"
    assert {k.split("=", 1)[0] for k in feats} <= SIGN_TEMPLATES


@pytest.mark.parametrize(
    "text, cue, frame",
    [
        ("If the mayor says the bridge will close, people will leave.", "says", "cond"),
        ("Imagine the mayor says the bridge will close.", "says", "cond"),
        ("The mayor says the bridge will close.", "says", None),
        ("The report doesn't acknowledge that officials admitted the error.", "admitted", "neg_head"),
        ("The report acknowledges that officials admitted the error.", "admitted", None),
        ("Tell them the bridge will close.", "tell", "imperative"),
        ("They tell them the bridge will close.", "tell", None),
    ],
)
def test_the_world_a_cue_stands_in(nlp, text: str, cue: str, frame: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == cue)
    assert frame_of(token) == frame


@pytest.mark.parametrize(
    "between, present, absent",
    [
        ("", ["cont_gap=1"], ["cont_rival=1", "cont_gap=2"]),
        ("Brett Kavanaugh sat in silence.\n\n", ["cont_gap=2", "cont_rival=1"], ["cont_gap=1"]),
    ],
)
def test_a_continued_quote_paragraph_says_how_far_its_speaker_is(nlp, between: str, present: list[str],  # noqa: ANN001
                                                                 absent: list[str]) -> None:
    text = ("“We will vote on Thursday,” Senator Chuck Grassley said.\n\n" + between
            + "“There will be no delay. The committee has waited long enough.”")
    doc = nlp(text)
    first = DocAnalysis(doc, load_lexicon()).found[0]
    start = text.rindex("“There")
    cont = first._replace(content=(start, len(text)), continues=first.cue, source=None, source_head=None)
    feats = signs(doc, cont, an_quotes(doc), doc[cont.cue_head].sent, tuple(s.start for s in doc.sents),
                  "Chuck Grassley", "person")
    assert "src_how=continues" in feats
    assert all(f in feats for f in present) and not any(f in feats for f in absent), sorted(feats)


def test_signs_only_with_a_schema_4_weight_file(nlp) -> None:  # noqa: ANN001
    """The bundled schema-3 weights see no sign; a schema-4 file records the signs' templates and is read with them."""
    doc = nlp("Governor Jane Smith spoke on Monday. She said the bridge would close.")
    an = DocAnalysis(doc, load_lexicon())
    found = an.found[-1]
    plain = features(doc, found, an_quotes(doc), Context(source_type="person"))
    assert not {k.split("=", 1)[0] for k in plain} & SIGN_TEMPLATES
    with_signs = features(doc, found, an_quotes(doc), Context(source_type="person", source_name="Jane Smith"), signs=True)
    assert "src_how=pronoun" in with_signs
    data = {"bias": 0.0, "weights": {"src_how=pronoun": -1.0}, "features": vocabulary(True), "blend": 0.5}
    assert AcceptanceModel.from_json(data).signs
    assert not AcceptanceModel.from_json({**data, "weights": {"neg": -1.0}, "features": vocabulary()}).signs
    assert set(vocabulary(True)["templates"]) == TEMPLATES | SIGN_TEMPLATES


@pytest.mark.parametrize(
    "tail, edge",
    [
        (" and the talks are over", "past"),  # the content carries the writer's words past the closing mark
        ("", None),
    ],
)
def test_a_content_that_runs_past_its_quotation(nlp, tail: str, edge: str | None) -> None:  # noqa: ANN001
    text = "“We are done with the talks,” Ruiz said on Monday, and the talks are over."
    doc = nlp(text)
    found = DocAnalysis(doc, load_lexicon()).found[0]
    end = text.index("”") + 1
    cont = found._replace(content=(0, end + (text.index(" and the") + len(tail) - end if tail else 0)))
    assert edge_signs(doc, cont, an_quotes(doc)).get("edge_quote") == edge
