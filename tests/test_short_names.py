"""Fast tables without spaCy: the one-word names a person is later called by (``family_names.short_names``), and the evidence verbs resource."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.family_names import family_holders, short_names

ROLES = frozenset({"president", "chairman", "ambassador", "archbishop"})
GIVEN = frozenset({"joel", "patti", "john", "dina", "michael"})


@pytest.mark.parametrize(
    "names, word, expected",
    [
        # the family name, past a generational suffix
        (["Anatoly Antonov"], "antonov", "Anatoly Antonov"),
        (["James P. Kennedy Jr."], "kennedy", "James P. Kennedy Jr."),
        # the family name first: "Liu" is Liu Xiaoming, "Cheuk" is Cheuk Hau-yip
        (["Liu Xiaoming"], "liu", "Liu Xiaoming"),
        (["Cheuk Hau-yip"], "cheuk", "Cheuk Hau-yip"),
        # a family name outranks another person's first word
        (["Taylor Swift", "Bill Taylor"], "taylor", "Bill Taylor"),
        # two people share the family name: the one named in full more often ("Stephen Cohen", a commentator
        # named once, is not the article's Michael Cohen); spellings of one given name count as one
        (["Stephen Cohen", "Michael Cohen", "Michael Cohen"], "cohen", "Michael Cohen"),
        (["Stephen Cohen", "Michael Cohen", "Michael D. Cohen"], "cohen", "Michael Cohen"),
        # one person's spellings are one: middle names, a word NER took in
        (["Habib Powell", "Dina Powell", "Dina Habib Powell", "Jerome Powell", "Jerome Powell"], "powell", "Habib Powell"),
        (["Kritarch Patti Saris", "Patti Saris", "Patti Saris", "Mary Saris"], "saris", "Kritarch Patti Saris"),
        # at a tie, the first met
        (["Donald Trump", "Melania Trump"], "trump", "Donald Trump"),
        (["Stephen Cohen", "Stephen Cohen", "Michael Cohen"], "cohen", "Stephen Cohen"),
        # a title is no given name: the first met, as with one person
        (["Archbishop Viganò", "Maria Viganò", "Archbishop Viganò"], "viganò", "Archbishop Viganò"),
        # a family name of two words after a given name (real-page P p68: "Eriksson Ek" is Joel Eriksson Ek)
        (["Joel Eriksson Ek"], "eriksson ek", "Joel Eriksson Ek"),
        (["Michael Eriksson Ek", "Joel Eriksson Ek"], "eriksson ek", None),  # two share it: neither
        # negatives: a suffix, a first word two people share, a title or role, a name NER made of common words
        (["James P. Kennedy Jr."], "jr.", None),
        (["John Smith", "John Doe"], "john", None),
        (["Kritarch Patti Saris"], "patti saris", None),  # a given name in the middle: no family name of two words
        (["President Trump"], "president", None),
        (["Chairman Adam Schiff"], "chairman", None),
        (["Sen. Elizabeth Warren"], "sen", None),
        (["marijuana legalization"], "marijuana", None),
        (["Madonna"], "madonna", None),
    ],
)
def test_short_names(names: list[str], word: str, expected: str | None) -> None:
    assert short_names(names, ROLES, given=GIVEN).get(word) == expected


@pytest.mark.parametrize(
    "names, family, expected",
    [
        # people of one family name, each with the full names it is met under
        (["Keith Ellison", "Karen Ellison", "Keith Ellison"], "ellison", (("Keith Ellison", "Keith Ellison"), ("Karen Ellison",))),
        # a nickname's own formal name is no bridge to another holder ("chris" and "christopher" are one set)
        (["Chris Cuomo", "Andrew Cuomo"], "cuomo", (("Chris Cuomo",), ("Andrew Cuomo",))),
        (["Tim Morrison", "Sarah Morrison"], "morrison", (("Tim Morrison",), ("Sarah Morrison",))),
        (["Pat Smith", "Christopher Smith", "Patrick Smith"], "smith", (("Pat Smith", "Patrick Smith"), ("Christopher Smith",))),
        # negatives: one person's spellings (a middle initial, a nickname, a name cut short, a suffix), a title,
        # one person
        (["Donald Trump", "Donald J. Trump"], "trump", None),
        (["Patrick Carlineo Jr.", "Pat Carlineo"], "carlineo", None),
        (["Robert S. Mueller III", "Robert Mueller"], "mueller", None),
        (["Bob Mueller", "Robert S. Mueller"], "mueller", None),
        (["Doug Haig", "Douglas Haig"], "haig", None),
        (["Archbishop Viganò", "Carlo Viganò"], "viganò", None),
        (["Anatoly Antonov"], "antonov", None),
    ],
)
def test_family_holders(names: list[str], family: str, expected: tuple | None) -> None:
    assert family_holders(names, ROLES).get(family) == expected


@pytest.mark.parametrize(
    "names, word, expected",
    [
        (["Donald Trump", "Donald Trump Jr."], "trump jr.", "Donald Trump Jr."),
        (["Donald Trump", "Donald Trump Jr."], "trump", "Donald Trump"),
        (["Donald Trump"], "trump jr.", None),
    ],
)
def test_suffixed_short_names(names: list[str], word: str, expected: str | None) -> None:
    assert short_names(names, ROLES, given=GIVEN).get(word) == expected


@pytest.mark.parametrize(
    "line, ok",
    [
        ("show evidence", True),
        ("confirm dual", True),
        ("prove deed", True),
        ("show sometimes", False),  # an unknown sense is a broken resource, not a silent default
        ("evidence", False),
    ],
)
def test_evidence_verbs_resource(tmp_path, monkeypatch, line: str, ok: bool) -> None:
    """``evidence_verbs.txt`` edited by a user (``SAYSO_RESOURCES``): a bad line is a ResourceError at load."""
    from sayso.errors import ResourceError
    from sayso.nlp.extract.lexicon import load_lexicon

    (tmp_path / "evidence_verbs.txt").write_text(f"# edited\n{line}\n", encoding="utf-8")
    monkeypatch.setenv("SAYSO_RESOURCES", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        if ok:
            assert line.split()[0] in load_lexicon().evidence
        else:
            with pytest.raises(ResourceError, match="evidence_verbs.txt"):
                load_lexicon()
    finally:
        monkeypatch.delenv("SAYSO_RESOURCES")
        load_lexicon.cache_clear()
