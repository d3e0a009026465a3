"""An impersonal passive of mind: the writer's supposition, no one's statement. Pure predicate on the parse.

"While it's assumed the ruling should benefit Sanders, ...", "It is presumed that the defendant is innocent", "It was
widely supposed that the deal would collapse": the empty "it", a passive verb of supposition
(``impersonal_view_verbs.txt``: assume, presume, suppose) and a clause, with no "by" naming who holds the view. The blind
readers of audit p84 judged "it's assumed the ruling should benefit Sanders" the writer's voice: nobody is cited,
and no one could be asked.

What it keeps: a verb of saying in the same shape ("it was reported that the minister had resigned", "it was
announced that", "it has been alleged that": someone unnamed said it, an attribution with no source named); an
agent ("It is assumed by analysts that the Fed will cut rates": the analysts); a person for subject ("The gunman is
believed to have acted alone": believed by those who know, police as a rule; left to the model); an active verb
("Police believe that ..."); "it is understood / believed / thought that" (British news' way to cite a source it
does not name) and "it is expected that" (PolNeAR marks it, an attribution with no source); and
words inside a quotation (the speaker's).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.writers_voice import quoted

IMPERSONAL_VIEWS = read_words("impersonal_view_verbs.txt")


def impersonal_view(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is a passive verb of ``IMPERSONAL_VIEWS`` whose subject is the empty "it", with a clause of its own and
    no agent, outside any quotation (see the module)."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBN", "VBD") or token.lemma_.lower() not in IMPERSONAL_VIEWS:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False  # a passive's "be" (the tagger reads "it’s assumed" as a past tense, VBD, with "’s" its auxpass)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in token.children):
        return False
    if any(c.dep_ == "agent" for c in token.children) or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    return not quoted(token, quotes)
