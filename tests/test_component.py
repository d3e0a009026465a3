"""spaCy integration: ``nlp.add_pipe("sayso")`` on a plain pipeline sets ``doc._`` annotations."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import sayso
from sayso.nlp.pipeline import model_name

TEXT = (
    "Russia says that its diplomats were turned away from a State Department briefing on Tuesday. "
    "“We were invited,” Russian Ambassador Viktor Arkhipov told reporters, “and then we were turned away at the door.” "
    "The attack reportedly killed at least 40 people, according to the Syrian American Medical Society. "
    "Pro-government commentators dismissed the images as another “atrocity”."
)


def test_component_sets_the_analysis(nlp) -> None:
    """The component, run on the session pipeline's Doc, gives what ``analyze`` gives (the attribution
    analysis: techniques and claims are ``analyze``'s stages over the whole article, not the component's)."""
    from sayso.nlp.components import SaysoComponent

    doc = SaysoComponent(nlp)(nlp(TEXT))
    report = sayso.analyze(TEXT, nlp=nlp, techniques=False, claims=False)
    assert doc._.attributions, "no attributions on doc._"
    assert [a.to_dict() for a in doc._.attributions] == [a.to_dict() for a in report.attributions]
    assert [s.to_dict() for s in doc._.sources] == [s.to_dict() for s in report.sources]
    assert [m.to_dict() for m in doc._.markers] == [m.to_dict() for m in report.markers]
    assert doc._.sayso.attributions == doc._.attributions


# A fresh interpreter: the factory must come from the ``spacy_factories`` entry point,
# not from sayso having been imported already.
SCRIPT = textwrap.dedent(
    """
    import json, sys
    import spacy

    text = json.loads(sys.argv[2])
    assert not any(m == "sayso" or m.startswith("sayso.") for m in sys.modules)
    nlp = spacy.load(sys.argv[1])
    nlp.add_pipe("sayso")  # never imported here: spaCy finds it through the entry point
    assert "sayso.nlp.components" in sys.modules
    problems = nlp.analyze_pipes()["problems"]
    doc = nlp(text)
    import sayso
    same_nlp = sayso.analyze(text, nlp=nlp)
    default = sayso.analyze(text)
    bad = spacy.load(sys.argv[1], exclude=["parser"])
    bad.add_pipe("sayso")
    bad_problems = bad.analyze_pipes()["problems"]
    print(json.dumps({
        "pipe_names": nlp.pipe_names,
        "problems": problems,
        "bad_problems": bad_problems,
        "doc": [a.to_dict() for a in doc._.attributions],
        "report": doc._.sayso.to_dict()["attributions"],
        "analyze_same_nlp": [a.to_dict() for a in same_nlp.attributions],
        "analyze_default": [a.to_dict() for a in default.attributions],
    }))
    """
)


@pytest.fixture(scope="module")
def fresh() -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT, model_name(), json.dumps(TEXT)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_add_pipe_through_entry_point(fresh: dict) -> None:
    assert fresh["pipe_names"][-1] == "sayso"
    assert fresh["doc"], "doc._.attributions is empty"
    assert fresh["doc"] == fresh["report"]


def test_add_pipe_matches_analyze(fresh: dict) -> None:
    assert fresh["doc"] == fresh["analyze_same_nlp"]
    # a one-paragraph text: sayso's own pipeline gives the same attributions
    assert fresh["doc"] == fresh["analyze_default"]


def test_analyze_pipes_has_no_problems(fresh: dict) -> None:
    problems = {pipe: missing for pipe, missing in fresh["problems"].items() if missing}
    assert not problems, f"analyze_pipes: attributes required but assigned by no earlier component: {problems}"


def test_analyze_pipes_flags_a_pipeline_without_parser(fresh: dict) -> None:
    missing = fresh["bad_problems"].get("sayso", [])
    assert "token.dep" in missing and "doc.sents" in missing, fresh["bad_problems"]
