"""manner_trailers: '“…,” Dan Fishback whines.', '“…!” he thundered.': a verb of the manner of speaking right
after a quotation names its speaker (issue 12, item 3: recall kept); nowhere else is such a verb a cue."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.lexicon import read_words
from sayso.nlp.extract.manner_trailers import manner_trailers, manner_verbs
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow


def _trailers(nlp, text: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    doc = nlp(text)
    return [(text[i.cue[0]:i.cue[1]], i.source.text, text[i.content[0]:i.content[1]])
            for i in manner_trailers(doc, find_quotes(doc.text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“This is the most bigoted show on Broadway,” Dan Fishback whines.",
         [("whines", "Dan Fishback", "“This is the most bigoted show on Broadway,”")]),
        ('"That is ridiculous," she scoffed.', [("scoffed", "she", '"That is ridiculous,"')]),
        ("“We will never surrender!” he thundered.", [("thundered", "he", "“We will never surrender!”")]),
        ("“Get out of my office,” the senator snapped.", [("snapped", "the senator", "“Get out of my office,”")]),
        ("“What a disgrace,” groused Smith.", [("groused", "Smith", "“What a disgrace,”")]),
        ("“Mexico!” the audience screamed back.", [("screamed", "the audience", "“Mexico!”")]),
        ("“You people are liars,” he fumed at reporters on Tuesday.", [("fumed", "he", "“You people are liars,”")]),
        ("“Go back to Univision,” Trump barked and a guard stepped in.",
         [("barked", "Trump", "“Go back to Univision,”")]),
        ("“Oh, my God,” a young woman exclaimed upon seeing him.",
         [("exclaimed", "a young woman", "“Oh, my God,”")]),
        ("“Who asked you?” the mayor hissed angrily.", [("hissed", "the mayor", "“Who asked you?”")]),
        # negatives: a verb of the face or the body; a verb with its object; a quotation closed by a stop (the next
        # sentence may tell anything); the verb on the next line; a verb of manner with no quotation before it
        ("“It is over,” she sighed.", []),
        ("“Fine,” he shrugged.", []),
        ("“Smile,” she snapped a photo.", []),
        ("“I am done.” He scoffed.", []),
        ("“Stop the count,”\nthe crowd raged.", []),
        ("The crowd raged for an hour after the vote.", []),
        ("He said the word “disgrace,” and the room groaned.", []),
    ],
)
def test_manner_trailers(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert _trailers(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The hearing ran late. “This is a sham,” Collins scoffed.",
         [("Collins", "scoffed", "This is a sham")]),
        ("“We are done here!” the chairman bellowed, and the room emptied.",
         [("the chairman", "bellowed", "We are done here!")]),
        # negatives: the verbs report nothing outside the frame
        ("The chairman bellowed at the staff for an hour.", []),
        ("She snapped a photo of the crowd outside the hall.", []),
    ],
)
def test_manner_trailer_attributions(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected


def test_manner_verbs_are_no_cue_verbs() -> None:
    """The verbs cue only in the trailer: none is a cue verb of its own, and none reports no words."""
    lemmas = set(manner_verbs().values())
    assert not lemmas & read_words("cue_verbs.txt")
    assert not lemmas & {"smile", "laugh", "shrug", "nod", "sigh", "grin", "wink"}
    assert manner_verbs()["whines"] == "whine" and manner_verbs()["scoffed"] == "scoff"
