"""The outlet pointing at its own earlier reporting: "As we previously reported, ...", "as we noted last week",
"we told you on Monday that ...", "As we previously reported:" over a paragraph. No one is cited; the writer
vouches for the claim in its own voice.

Blind audit 20 judged every such row wrong (a self-citation is not a borrowed claim), and PolNeAR train holds
no attribution with "we" for a publishing outlet's source. An outlet named in the third person ("As The
Huffington Post previously reported", "first reported by The Washington Post") stays: PolNeAR marks it, and
a reader cannot tell it from another outlet's report. The writer's "I" is ``non_statements.authors_own_voice``'s
case, and so are "we believe", "we found". Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.non_statements import in_writers_text
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

# verbs of publishing: what an outlet does with a story ("we reported", "we revealed", "as we have noted",
# "we told you", "as we detailed")
PUBLISHING = read_words("publishing_verbs.txt")


def publishing_we(token: Token, subject: Token | None) -> bool:
    """The cue ``token`` is a verb of publishing whose subject is the plural pronoun "we" ("our team reported"
    names people of the outlet, "I reported" the writer's own piece)."""
    if subject is None or subject.pos_ != "PRON" or subject.lower_ != "we":
        return False
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in PUBLISHING


def outlets_own_report(token: Token, content: Content, subject: Token | None, quotes: QuoteIndex) -> bool:
    """The outlet's "we" publishing, in the writer's voice: "As we previously reported, the mayor resigned",
    "In March, we reported that ...", "As we previously reported:" and a paragraph. Kept: a "we" inside a
    quotation ("“As we reported to the board, revenue fell,” Smith said"), in a letter, in a paragraph of a
    quotation left open, in a clause someone else reports ("Smith said that, as we reported, ...")."""
    if not publishing_we(token, subject):
        return False
    assert subject is not None
    return in_writers_text(token, subject, quotes, (content.start, content.end))
