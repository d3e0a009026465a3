"""A "he" is not a man a relative clause only mentions, and a "they" of what a copula says of a phrase about a
name is that name (``pronouns.predicated_of``): ``pronouns.subject_outside_relative`` (a subject of a clause
that is no relative clause outranks one inside a relative clause) and ``pronouns.unnamed_subject_after`` with
``scene.subject_read_as_apposition`` (an unnamed subject the parse hung on a name as an apposition is who the
sentence is about: the pronoun is left to no one rather than given to the name)."""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue, token_of
from sayso.nlp.extract.pronouns import predicated_of
from sayso.nlp.extract.scene import subject_read_as_apposition
from sayso.nlp.extract.source_context import Name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the subject of a clause the parse hung on "wonder", not the pope the relative clause mentions
        pytest.param("A Modernist apostate priest, one Emile Poulet, attempted to cast doubt on the account.\n"
                     "Small wonder: Poulet, who died in 2014 at the age of 94, belonged to the movement that none other "
                     "than Pius XII had condemned, as I note here.\nHis attempt to debunk the quotation involved "
                     "nit-picking.\nBut he had no evidence that the quotation was a fabrication.\nHe simply wished that "
                     "it was so.", "simply wished", "Emile Poulet", id="not-the-relative-clause-subject"),
        # negatives: a main-clause subject keeps its claim; with no other subject, the relative clause's is taken
        pytest.param("Pius XII condemned the movement that Emile Poulet had joined.\nHe said that it was wrong.",
                     "said", "Pius XII", id="main-subject"),
        pytest.param("The bill, which Senator John Smith introduced, passed on Monday.\nHe said that it was a good day.",
                     "said", "John Smith", id="only-subject"),
    ],
)
def test_subject_outside_relative(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the parse made the dispatcher an apposition of Tokes: "he" is left unresolved, never Tokes
        pytest.param("During the air traffic control recordings, which were released by political strategist Mike "
                     "Tokes, one of the dispatchers is heard telling an incoming plane that landing might not be a "
                     "good idea.\n“Shutting down might not be a good idea, there’s active shooters on the runway,” he "
                     "declared.", "declared", "he", id="dispatcher-not-tokes"),
        # the same sentence as a report another outlet wrote: its verb, not the outlet's, holds the dispatcher
        pytest.param("“During the air traffic control recordings, which were released by political strategist and "
                     "co-founder of “The New Right” Mike Tokes, one of the dispatchers is heard telling an incoming "
                     "plane that landing might not be a good idea because there were multiple active shooters on the "
                     "airport property itself,” SHTFplan reported.\n“Shutting down might not be a good idea, there’s "
                     "active shooters on the runway,” he declared.", "declared", "he", id="quoted-report"),
        # negatives: the name is the subject; an apposition that describes the name
        pytest.param("Political strategist Mike Tokes released the recordings on Monday.\n“There are active shooters "
                     "on the runway,” he declared.", "declared", "Mike Tokes", id="subject"),
        pytest.param("The recordings were released on Monday by Mike Tokes, a political strategist.\n“There are active "
                     "shooters on the runway,” he declared.", "declared", "Mike Tokes", id="apposition-describes"),
        # ... a name in the writer's own clause; many people as the subject are no "he"
        pytest.param("The informant hired an attorney, Victoria Toensing, to get his story out. “He can’t disclose "
                     "anything he came upon,” she said.", "said", "Victoria Toensing", id="writers-clause"),
        pytest.param("The woman who started it all identified herself to CNN as a 52-year-old Salem, N.H., resident "
                     "named Caroline.\n“He truly cares about the American people,” she said of Trump.", "said",
                     "Caroline", id="her-own-name"),
        pytest.param("Mike Tokes released the recordings on Monday.\n“The recordings, which were released by Mike "
                     "Tokes, show the airport was closed,” SHTFplan reported.\n“There are active shooters on the "
                     "runway,” he declared.", "declared", "Mike Tokes", id="quoted-report-named-subject"),
        pytest.param("During the recordings, which were released by Mike Tokes, reporters heard the dispatchers.\n"
                     "“There are active shooters on the runway,” he declared.", "declared", "Mike Tokes",
                     id="plural-subject"),
    ],
)
def test_unnamed_subject_after(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("During the air traffic control recordings, which were released by political strategist and co-founder of "
         "“The New Right” Mike Tokes, one of the dispatchers is heard telling an incoming plane that landing might not "
         "be a good idea because there were multiple active shooters on the airport property itself.", "Tokes", "one"),
        # negatives: a verb with its own subject; an apposition that names someone
        ("The recordings were released by Mike Tokes, a political strategist, and the dispatchers were heard.",
         "Tokes", None),
        ("During the recordings, which were released by Mike Tokes, Officer Jane Doe is heard telling a plane to turn.",
         "Tokes", None),
        ("The bill, which Senator John Smith, a Democrat, introduced, passed on Monday.", "Smith", None),
    ],
)
def test_subject_read_as_apposition(nlp, text: str, name: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, name)
    found = subject_read_as_apposition(token)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the pronoun is the subject of what a copula says of a phrase about a name: that name
        pytest.param("Part of the hypocrisy of the US Conference of Mayors is that they actually push to infringe on "
                     "rights while claiming that it is consistent with the Second Amendment.", "claiming",
                     "the US Conference of Mayors", id="hypocrisy-of"),
        # negatives: the copula's subject is the name itself; a pronoun of the writer's own clause
        pytest.param("The Conference of Mayors passed a resolution. The truth is that they said it was "
                     "consistent with the Second Amendment.", "said", "The Conference of Mayors", id="plain-they"),
    ],
)
def test_predicated_of(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The problem with the senators is that they block every bill.", "the senators"),
        # negatives: not a copula's clause; the name is the copula's subject itself
        ("The senators said that they block every bill.", None),
        ("Smith is sure that he will win.", None),
    ],
)
def test_predicated_of_unit(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("they", "he"))
    names = [Name(e.start_char, e.root, e.text, "group") for e in doc.noun_chunks if e.root.pos_ in ("NOUN", "PROPN")
             and e.root.i < pronoun.i]
    found = predicated_of(pronoun, names)
    assert (found.name if found is not None else None) == expected
