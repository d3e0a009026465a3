"""A term defined is no statement: "Monastery sui juris refers to the religious house of a female monastic community
that ...", "Gerrymandering refers to the drawing of districts to favor one party", "Article 39 refers to the criteria
that ...". The present-tense "refers to" of a term, a concept or a provision says what the words mean or point to;
no one states a view, and the parse hands the cue a fragment of the definition for content (the relative clause,
"to favor one party"). Blind audit 19 marks it wrong. A speaker who refers to something ("Smith refers to the plan
in every speech") and a naming ("refers to the plan as a disaster": ``naming``) stay.

A term glossed is none either (``term_glossed``): "move toward taxing consumption (what economists call spending)":
the writer names a thing and gives, set off in brackets or dashes, the word others use for it; the economists state
nothing, and the content the parse hands the cue is the writer's own noun phrase (blind audit p77, A2). A name in
quotation marks is the speaker's words and stays ("in what officials called a "safety incident"", "(what he called
a "brazen breach")"), as does a free relative that is an argument of the sentence ("condemned what he called a
breach"). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.quotes import QuoteIndex

# entity types of a speaker; a term, a law or an article is none of them
_SPEAKERS = frozenset({"PERSON", "NORP", "ORG"})
# pronouns that stand for a term or a text, not a speaker: "It refers to the drawing of districts"
_TERM_PRONOUNS = frozenset({"it", "this", "that"})


def term_defined(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """``token`` is a present-tense "refers to" (no "as") whose subject is no speaker: not a person, a group or an
    organization by the parse's entities, nor a word of ``people`` (person roles and nouns: "the senator refers to
    ...")."""
    if token.lemma_.lower() != "refer" or token.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False  # "refers to the plan as a disaster": a naming
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _TERM_PRONOUNS
    if subj.ent_type_ in _SPEAKERS or _named_speaker(subj):
        return False
    return subj.lemma_.lower() not in people and subj.lower_ not in people


def _named_speaker(subj: Token) -> bool:
    """ "Sean Hannity hosts a show. Hannity refers to ...": a word the parse tagged no entity here that ends the name
    of a person, a group or an organization elsewhere in the text."""
    return any(ent.label_ in _SPEAKERS and ent[-1].text == subj.text for ent in subj.doc.ents)


# verbs that give a thing its name: "what economists call spending", "what lawyers term a tort"
_NAMING = frozenset({"call", "term", "dub"})
_OPENERS = frozenset({"(", "["})
_CLOSERS = frozenset({")", "]"})


def term_glossed(token: Token, quotes: QuoteIndex) -> bool:
    """``token`` is the naming verb of a free relative "what X call(s) Y" set off as a whole in brackets or between
    dashes, right after the words it glosses, and the name Y is in no quotation marks."""
    if token.lemma_.lower() not in _NAMING:
        return False
    # the bracket may hang on the verb, so the relative's edge is its "what", not the verb's subtree's
    what = next((c for c in token.children if c.lower_ == "what" and c.tag_ == "WP" and c.dep_ in ("dobj", "nsubjpass")
                 and c.i < token.i), None)
    if what is None or what.i == 0:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and what.i < c.i < token.i), None)
    if subject is None or not _generic_namers(subject):
        return False  # "(what he calls an act of mercy)", "— what critics call a cover-up —": a person's or a side's charge
    doc = token.doc
    opener = doc[what.i - 1]
    bracket = opener.text in _OPENERS
    if not bracket and not set_off_dash(opener):
        return False
    end = next((t.i for t in doc[token.i + 1:token.sent.end]
                if (t.text in _CLOSERS if bracket else set_off_dash(t)) or t.text in _OPENERS), None)
    if end is None or end == token.i + 1 or doc[end].text in _OPENERS or doc[token.i + 1].lower_ in ("a", "an"):
        return False  # "(what residents call a death trap)": a thing called one of a kind, a verdict on it
    if opener.i == 0 or doc[opener.i - 1].is_punct:
        return False  # the bracket opens no gloss of the words before it
    return not any(t.is_quote or quotes.containing(t.idx) is not None for t in doc[token.i + 1:end])


def _generic_namers(subject: Token) -> bool:
    """ "what economists call", "what lawyers term": a trade or a kind of people, in a bare plural, who give a thing its
    name; not a person ("what he calls", "what Trump calls"), some ("what some call"), nor a side in a dispute
    ("what critics call")."""
    return subject.tag_ == "NNS" and subject.lemma_.lower() not in _SIDES and not any(
        c.dep_ in ("det", "poss", "nummod") for c in subject.children)


# the sides of a dispute, whose name for a thing is a charge or a defence: "what critics call a cover-up"
_SIDES = frozenset({"critic", "opponent", "detractor", "supporter", "sceptic", "skeptic", "foe", "rival", "opposition",
                    "campaigner", "activist", "protester", "protestor", "defender", "advocate", "accuser"})
