"""The spaCy component as spaCy users run it: multiprocessing, DocBin, to_bytes, config, span groups."""

from __future__ import annotations

import pytest

import sayso

pytestmark = pytest.mark.slow

TEXTS = [
    "MOSCOW\nRussia says that its diplomats were turned away from a State Department briefing on Tuesday.\n\n"
    "“We were invited,” Russian Ambassador Viktor Arkhipov told reporters, “and then we were turned away.”",
    "The attack reportedly killed at least 40 people, according to the Syrian American Medical Society.\n"
    "Pro-government commentators dismissed the images as another “atrocity”.",
    "Officials said the talks had failed. " + '"' * 5000 + " The minister said nothing.",
]


@pytest.fixture(scope="module")
def pipe():
    import spacy

    from sayso.nlp.pipeline import model_name

    nlp = spacy.load(model_name())
    nlp.add_pipe("sayso")
    return nlp


def _atts(doc) -> list[dict]:
    return [a.to_dict() for a in doc._.attributions]


def test_same_attributions_as_the_cli_path(pipe, nlp) -> None:
    """Paragraph splitting and the run-safe tokenizer come with the component: same as sayso.analyze."""
    assert pipe.pipe_names.index("sayso_paragraphs") < pipe.pipe_names.index("parser")
    for text in TEXTS:
        doc = pipe(text)
        report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False)
        assert _atts(doc) == [a.to_dict() for a in report.attributions]
        assert [s.to_dict() for s in doc._.sources] == [s.to_dict() for s in report.sources]
        assert doc.text == text


def test_pipe_with_two_processes(pipe) -> None:
    one = [_atts(d) for d in pipe.pipe(TEXTS)]
    two = [_atts(d) for d in pipe.pipe(TEXTS, n_process=2, batch_size=1)]
    assert two == one and any(one)


def test_docbin_and_to_bytes_keep_the_analysis(pipe) -> None:
    from spacy.tokens import Doc, DocBin

    docs = list(pipe.pipe(TEXTS))
    docbin = DocBin(store_user_data=True)
    for doc in docs:
        docbin.add(doc)
    back = list(DocBin().from_bytes(docbin.to_bytes()).get_docs(pipe.vocab))
    assert [_atts(d) for d in back] == [_atts(d) for d in docs]
    assert [[(s.start_char, s.end_char, s.label_, s.id_) for s in d.spans["sayso_contents"]] for d in back] == \
        [[(s.start_char, s.end_char, s.label_, s.id_) for s in d.spans["sayso_contents"]] for d in docs]
    again = Doc(pipe.vocab).from_bytes(docs[0].to_bytes())
    assert _atts(again) == _atts(docs[0]) and again._.sayso.to_dict() == docs[0]._.sayso.to_dict()


def test_span_groups_and_extensions(pipe) -> None:
    doc = pipe(TEXTS[0])
    contents = doc.spans["sayso_contents"]
    assert len(contents) == len(doc._.attributions)
    for span, a in zip(contents, doc._.attributions, strict=True):
        assert span.id_ == a.id and span.label_ == a.kind
        assert span.start_char <= a.content.start and a.content.end <= span.end_char
        assert span._.attribution == a
        assert span._.source == doc._.sayso.source(a.source)
    quote = next(q for q in doc.spans["sayso_quotes"] if q.text.startswith("“We were invited"))
    assert quote._.attribution is not None and quote._.source.name.endswith("Arkhipov")
    assert {s.label_ for s in doc.spans["sayso_sources"]} <= set(sayso.model.SOURCE_TYPES)
    assert any(s._.source is not None for s in doc.spans["sayso_sources"])


def test_options_through_config() -> None:
    import spacy

    from sayso.nlp.pipeline import model_name

    nlp = spacy.load(model_name())
    component = nlp.add_pipe("sayso", config={"paragraphs": False})
    assert "sayso_paragraphs" not in nlp.pipe_names and component.paragraphs is False
    assert nlp.get_pipe_meta("sayso").default_config == {"paragraphs": True, "techniques": False, "claims": False}
    assert nlp.config["components"]["sayso"]["paragraphs"] is False
    with pytest.raises(Exception, match="paragraphs"):
        spacy.blank("en").add_pipe("sayso", config={"paragraphs": "often"})


@pytest.mark.parametrize(
    "text, sentences",
    [
        # paragraphs between blank lines, lines wrapped inside them: a wrapped line goes on with its sentence
        ("Title\n\nThe sheriff said the search for the missing\nboy would resume on Tuesday.\nDeputies were told.\n\n"
         "End of story.",
         ["Title", "The sheriff said the search for the missing\nboy would resume on Tuesday.", "Deputies were told.",
          "End of story."]),
        # a paragraph per line (HTML text): every line break ends a sentence, even before a small letter
        ("MOSCOW\nthe talks failed on Tuesday\nofficials said", ["MOSCOW", "the talks failed on Tuesday", "officials said"]),
    ],
)
def test_line_breaks_end_sentences_unless_a_line_is_wrapped(pipe, text, sentences) -> None:
    doc = pipe(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences
