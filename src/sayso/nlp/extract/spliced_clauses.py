"""Where a reported clause runs on into the writer's next clause after a comma (blind audits p70, p71: run_on): pure
trims of a chosen content.

- ``without_spliced_saying``: "Clinton wrongly claimed that the videos exist, foreign policy experts affirm that it is
  highly likely that ...": after a comma a clause with a subject of its own, no conjunction and no relative word,
  whose verb takes a clause of its own, is another's saying or thinking set beside the first (a comma splice of
  the writer's); the speaker's content ends before the comma.
- ``without_share_comparison``: "28 percent of voters said they had a positive view of Clinton, compared with 33
  percent last month", "31% say they would be satisfied if he won, a bit more than the 28% who would be scared": a
  share of those polled says only its own answer; a figure it is set against after a comma is the writer's.

Tables of tests: ``tests/test_spliced_clauses.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import _trimmed_end, last_word
from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.filters import trimmable_span
from sayso.nlp.extract.quotes import QuoteIndex

# words that open a clause joined to the one before: a clause they open is no splice
_JOINING = frozenset({"and", "but", "or", "nor", "yet", "so", "which", "who", "whom", "whose", "that", "where",
                      "when", "while", "because", "as", "if", "although", "though"})


def without_spliced_saying(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before ", <subject> <verb> <clause>" at its end when the subject is a noun (not a pronoun, which
    may be the speaker going on) other than the speaker, the comma opens the clause (no "and", "which", "when"
    between), and the verb takes a clause of its own ("experts affirm that ...", "the data show it will ...").

    Kept: a parenthetical saying closed inside the content ("the bill, aides say, will pass": it does not run to the
    end), a clause with no clause of its own ("said taxes would fall, the economy would grow": the speaker's list),
    a clause on a pronoun ("said the plan works, he believes it will pass"), and the same inside a quotation."""
    span = trimmable_span(doc, content)
    if span is None or token.i >= span.start:
        return content
    last = last_word(span)
    speaker = subject_of(token)
    for t in span[3:]:
        if t.i == token.i or t.right_edge.i < last.i or quotes.containing(t.idx) is not None:
            continue
        subject = subject_of(t)
        clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if subject is None or clause is None or subject.i > t.i or subject.pos_ == "PRON" \
                or any(c.dep_ == "cc" for c in t.children):
            continue
        opener = subject.left_edge
        if t.left_edge.i != opener.i:
            continue  # words of the clause before its subject ("that in a 2003 interview, an activist said ..."): a
            # clause that opens after its own adjunct, no splice at the comma
        if opener.i <= span.start + 2 or doc[opener.i - 1].text != "," or opener.lower_ in _JOINING \
                or any(w.dep_ in ("mark", "advmod", "prep") for w in doc[opener.i:subject.i]):
            continue
        if speaker is not None and speaker.lower_ == subject.lower_:
            continue
        end = _trimmed_end(quotes.text, content.start, doc[opener.i - 1].idx)
        if end > content.start:
            return content._replace(end=end)
    return content


# the head of a share of those polled: "28 percent of voters", "a majority of Republicans", "35% of independents"
_SHARES = frozenset({"percent", "%", "per", "percentage", "share", "majority", "minority", "plurality", "third",
                     "thirds", "quarter", "quarters", "half", "fifth", "fifths", "tenth"})
# what sets a figure against another: "compared with", "up from", "a bit more than", "the same as"
_COMPARING = (("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from"), ("versus",), ("vs",),
              ("vs.",), ("more", "than"), ("less", "than"), ("fewer", "than"), ("higher", "than"), ("lower", "than"),
              ("same", "as"))


def without_share_comparison(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before a comma that sets it against another figure ("compared with 33 percent last month",
    "a bit more than the 28% who would be scared", "up from 40 percent in May") when the speaker is a share of
    those polled ("28 percent of voters", "a majority of Republicans"): they gave their answer; the figure they
    are compared with is the writer's. Kept: a named speaker's comparison ("the company said sales rose 5%,
    compared with 3% a year ago": it may be theirs), a comparison with no figure ("compared with their
    neighbours"), a comparison with a figure that is no share ("more than 10 hours a week": the answer's own
    amount), and one inside a quotation."""
    span = trimmable_span(doc, content)
    speaker = subject_of(token)
    if span is None or token.i >= span.start or speaker is None or not _share(speaker):
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.text != "," or quotes.containing(t.idx) is not None or t.i + 2 > last.i:
            continue
        rest = doc[t.i + 1:last.i + 1]
        if not _comparing(rest) or not _share_figure(rest):
            continue
        end = _trimmed_end(quotes.text, content.start, t.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


def _share(subject: Token) -> bool:
    return subject.lower_ in _SHARES or subject.tag_ == "CD" or subject.lower_ in ("most", "many") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


# a figure that is a share of people: "33 percent", "the 28%", "22 per cent", "a third", "half"
_SHARE_FIGURES = _SHARES - {"per"} | {"cent"}


def _share_figure(words) -> bool:  # noqa: ANN001
    """The words hold a share ("33 percent", "the 28%", "a third"), not any figure: "said the suspect fired first,
    more than 10 times", "said they worked overtime, more than 10 hours a week" are the answer's own amounts."""
    return any(w.lower_ in _SHARE_FIGURES and (w.lower_ != "cent" or w.i > 0 and w.nbor(-1).lower_ == "per")
               for w in words)


def _comparing(words) -> bool:  # noqa: ANN001
    """The words open with a comparison, after at most three of degree ("a bit more than", "slightly up from")."""
    lowered = [w.lower_ for w in words[:6]]
    for skip in range(4):
        for form in _COMPARING:
            if tuple(lowered[skip:skip + len(form)]) == form:
                return True
    return False
