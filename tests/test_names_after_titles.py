"""A name word NER leaves between a title and its PERSON (``surname_subjects.with_name_after_title``, read by
``source_names.by_name``): "District Magistrate Raj Kumar Gautam" is Raj Kumar Gautam, where NER ran the title into an
organisation ("District Magistrate Raj") and tagged "Kumar Gautam" alone (blind audit 81: a three-part name cut to its
last two words). The title vouches for the word; a company's or a place's name between a title and a person, a role,
or a word with no title before it is no part of the name."""

from __future__ import annotations

import pytest

from _cues import cue_source, person_span
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.surname_subjects import with_name_after_title

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Rescue teams worked through the night, Block Magistrate Raj Kumar Gautam told reporters.", "told",
         "Raj Kumar Gautam"),
        ("The flood barrier will be rebuilt by June, Sub-Divisional Magistrate Ravi Shankar Mishra said.", "said",
         "Ravi Shankar Mishra"),
        ("Three men were detained overnight, police Inspector Suresh Chandra Yadav said.", "said",
         "Suresh Chandra Yadav"),
        ('"The count went smoothly," Magistrate Raj Kumar Gautam said.', "said", "Raj Kumar Gautam"),
        ("Two roads were washed away overnight, Shimla Sub-Divisional Magistrate Raj Kumar Gautam told reporters.",
         "told", "Raj Kumar Gautam"),  # NER's PERSON "Shimla Sub-Divisional Magistrate Raj" holds the title too
        # negatives: NER's full name stays; a title alone before it; a company between a title and the person
        ("The tariffs will stay, said Commerce Secretary Wilbur Ross.", "said", "Wilbur Ross"),
        ('"We are ready," President Trump said.', "said", "Trump"),
        ("The merger is off, CEO Apple Tim Cook said.", "said", "Tim Cook"),
        # review 77 (rev77m): a title's own word after it; a word inside NER's whole titled name
        ("The virus is the first priority, President Elect Joe Biden said.", "said", "Joe Biden"),
        ("The drill was cancelled, Sergeant Major John Smith said.", "said", "John Smith"),
        ("The vote was a disgrace, Archbishop Emeritus Desmond Tutu said.", "said", "Desmond Tutu"),
    ],
)
def test_name_after_title(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    name, typ = cue_source(nlp, text, cue)
    assert (name, typ) == (expected, "person")


@pytest.mark.parametrize(
    "text, person, expected",
    [
        ("Magistrate Raj Kumar Gautam said the road was closed.", "Kumar Gautam", "Raj Kumar Gautam"),
        # no title before the word; the word is a role; the word is a company's, in no entity with the title
        ("Acme Kumar Gautam said the road was closed.", "Kumar Gautam", None),
        ("Deputy Minister Gautam said the road was closed.", "Gautam", None),
    ],
)
def test_with_name_after_title(nlp, text: str, person: str, expected: str | None) -> None:  # noqa: ANN001
    span = with_name_after_title(person_span(nlp(text), person), load_lexicon(acceptance=False).person_roles)
    assert (span.text if span is not None else None) == expected
