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
        # a title in lower case before the name, a note in brackets after it
        ("“It is going against everything I’ve seen,” huffed committee member Patrick Leahy (D-Vt.).",
         [("huffed", "committee member Patrick Leahy", "“It is going against everything I’ve seen,”")]),
        ("“What a disgrace,” groused former senator Bob Dole.",
         [("groused", "former senator Bob Dole", "“What a disgrace,”")]),
        ("“What a disgrace,” scoffed Sen. Rob Portman (R-Ohio).",
         [("scoffed", "Sen. Rob Portman", "“What a disgrace,”")]),
        # negatives: a preposition before the name, not a title; a note in brackets after a speaker with no name
        ("“What a disgrace,” fumed over the weekend Bob Dole.", []),
        ("“What a disgrace,” scoffed the senator (R-Ohio).", []),
        # negatives: a plural noun of people then a day is no title and name
        ("“Welcome home,” whispered relatives Monday.", []),
        ("“We will never forget,” whispered mourners Sunday.", []),
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
        ("“It is a sham,” huffed committee member Patrick Leahy (D-Vt.).\n“They are not following normal procedure.”",
         [("Patrick Leahy", "huffed", "It is a sham"), ("Patrick Leahy", None, "They are not following normal procedure")]),
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
