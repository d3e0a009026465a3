"""The shared sets of pronouns (``nlp/extract/pronoun_words.py``): what each holds, every reader reads the one set,
and no extractor spells out a set of reflexives of its own again."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from _cues import token_of
from sayso.nlp.extract.poll_findings import group_self_description, share_self_description
from sayso.nlp.extract.pronoun_words import NOMINATIVES, REFLEXIVES
from sayso.nlp.extract.self_names import names_oneself

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "sayso" / "nlp" / "extract"

# the modules that read a reflexive object or subject; each held a copy of its own before (base ffc0e6c1), most
# without "oneself" and "yourselves", some without "myself" and "yourself"
_READERS = ("filters", "participle_controllers", "poll_findings", "self_names", "senses", "unreal_speech",
            "witnessing")


def test_the_reflexives() -> None:
    assert frozenset({"myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves",
                      "themselves"}) == REFLEXIVES
    # negatives: the object and possessive forms, an intensifier's look-alikes that are no pronoun
    assert not REFLEXIVES & {"him", "her", "them", "their", "theirs", "self", "selves", "themself"}


@pytest.mark.parametrize("module", _READERS)
def test_every_reader_reads_the_one_set(module: str) -> None:
    assert importlib.import_module(f"sayso.nlp.extract.{module}").REFLEXIVES is REFLEXIVES


def test_the_nominatives() -> None:
    # the set ``elided_contents`` and ``headline_claims`` each held before (base ffc0e6c1), word for word
    assert frozenset("i you he she it we they".split()) == NOMINATIVES
    # negatives: the object case, a relative, a reflexive
    assert not NOMINATIVES & {"me", "him", "her", "us", "them", "who", "himself"}
    for module in ("elided_contents", "headline_claims"):
        assert importlib.import_module(f"sayso.nlp.extract.{module}").NOMINATIVES is NOMINATIVES


def reflexive_sets(source: str) -> list[int]:
    """The lines of ``source`` that write out a set of reflexives: a set, a list or a tuple of strings, or a split
    string, with three reflexives or more (a few words of one gender are a word of a rule, no set of reflexives:
    ``source_roles`` maps "himself" and "herself" to genders, ``pronouns`` keeps "he", "him", "his", "himself"
    together). Docstrings and comments name them in prose and are no set."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            words = set(node.func.value.value.split())
        else:
            continue
        if len(words & REFLEXIVES) >= 3:
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_set() -> None:
    assert reflexive_sets('_SELVES = frozenset({"himself", "herself", "themselves"})\n') == [1]
    assert reflexive_sets('X = frozenset("myself himself themselves".split())\n') == [1]
    # negatives: a gender's forms, a pair mapped to genders, prose
    assert reflexive_sets('SAME = {"m": frozenset({"he", "him", "himself"})}\n') == []
    assert reflexive_sets('GENDER = {"himself": "m", "herself": "f"}\n') == []
    assert reflexive_sets('def f():\n    """calling himself, herself or themselves a centrist"""\n') == []


def test_no_extractor_spells_out_its_own_reflexives() -> None:
    offenders = [f"{path.name}:{line}" for path in sorted(EXTRACT.glob("*.py")) if path.name != "pronoun_words.py"
                 for line in reflexive_sets(path.read_text(encoding="utf-8"))]
    assert offenders == [], offenders


# every person and number reads alike in the rules that read a reflexive object; "yourselves" and "oneself" were
# missing from most readers' copies, "myself" and "yourself" from ``poll_findings``'s
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, own_name, share_label, group_label",
    [
        ("The caller identified herself only as Jane Doe.", "identified", True, False, False),
        ("You identified yourselves only as Jane Doe.", "identified", True, False, False),
        ("To identify oneself as Jane Doe on a form is easy.", "identify", True, False, False),
        ("Forty percent describe themselves as independents.", "describe", False, True, False),
        ("Forty percent of you describe yourselves as independents.", "describe", False, True, False),
        ("Voters who call themselves patriots should vote.", "call", False, False, True),
        ("Those of you who call yourselves patriots should vote.", "call", False, False, True),
        # negatives: someone else identified, one person's self-description, a group describing something else
        ("Police identified the suspect as Jane Doe.", "identified", False, False, False),
        ("I described myself as a centrist.", "described", False, False, False),
        ("Voters who call the plan a scam should vote.", "call", False, False, False),
    ],
)
def test_every_reflexive_reads_alike(nlp, text: str, cue: str, own_name: bool, share_label: bool,  # noqa: ANN001
                                     group_label: bool) -> None:
    token = token_of(nlp(text), cue)
    assert (names_oneself(token), share_self_description(token), group_self_description(token)) == (
        own_name, share_label, group_label)
