"""What no one sees: "see" with a thing or a time for its subject is an event's outcome, not a view (a pure function
of the parse).

"His harsh criticism of the PLO's chairman, Yasser Arafat, saw the Palestinian Authority ban his books for a time":
the criticism led to the ban; nobody "saw" anything. "2016 saw prices rise", "the decade saw the town shrink" are
the same idiom with a time. PolNeAR train marks "see" 64 times, each with people or a pronoun for them as the
source ("Sanders sees these gains as evidence", "developers see golf courses as wasted space").

Kept: every subject that may be someone: a pronoun, a name NER found (a person, a body, a place, a nationality) or a
proper noun, a noun of a person, a group, a body, an outlet or a document, a finding ("the report sees growth
slowing"), and a plural the parse made a common noun (``agency.agentive`` takes "analysts", "investors" for people).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.agency import agency_of, agentive, referent
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.source_types import person_noun

_SEEING = frozenset({"see"})


def thing_saw(token: Token, subject: Token | None, lexicon: Lexicon) -> bool:
    """The cue ``token`` is "see" and its subject (``subject``, the parse's source head) is a common noun that names
    no one, or a date: "His harsh criticism ... saw the Palestinian Authority ban his books"."""
    if token.lemma_.lower() not in _SEEING or token.pos_ != "VERB" or subject is None:
        return False
    if subject.i > token.i or subject.head != token:
        return False  # only the verb's own subject: "Asked what he saw, Smith said ..." is no case of it
    if any(t.lower_ == "as" and t.dep_ == "prep" and t.head in (token, *token.children) for t in token.subtree):
        return False  # "The public saw the speech as a failure", "The industry sees the rule as too costly": a view
    noun = referent(subject)
    if noun is None:
        return False
    if noun.ent_type_ in ("DATE", "TIME"):
        return True  # "2016 saw prices rise"
    if noun.pos_ != "NOUN" or noun.ent_type_ or person_noun(noun, lexicon):
        return False
    lemma = noun.lemma_.lower()
    if lemma in lexicon.documents or lemma in lexicon.groups or lemma in lexicon.anonymous \
            or lexicon.agency.get(lemma) in ("agent", "finder", "venture"):
        return False
    if noun.tag_ == "NNS":
        return False  # "analysts see", "investors saw": a plural may be people no lexicon lists
    # a singular common noun that is none of these: an act, a thing, a state of affairs; "agentive" would read the
    # "of" phrase's person ("criticism of the PLO's chairman") as the subject's, so it asks only of the noun itself
    return not agentive(noun, agency_of(lexicon), plural_people=False, depth=2)


# verbs of perceiving whose object may carry a present participle: "sees his slugger struggling"
_PERCEIVING = frozenset({"see", "watch", "notice", "observe", "hear", "spot", "witness"})
# entities of a forecast: "see the economy growing 3 percent next year" puts a figure or a time on what is expected
_FORECAST_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def seen_happening(token: Token, content_root: Token | None) -> bool:
    """ "Cubs manager Dusty Baker sees his slugger struggling", "The mayor watched the protesters marching": a verb of
    perceiving whose content is its object with a present participle (a small clause, no "that", no auxiliary)
    reports what someone sees happening, not a claim or a belief (blind audit 74).

    Kept: a view ("sees the plan as a threat": ``thing_saw``'s "as"), a clause ("sees that the plan is failing"), a
    bare infinitive ("saw Trump wave": not this rule's), a forecast that puts a figure or a time on what it expects
    ("Analysts see the economy growing 3 percent next year", "sees rates rising in 2025"), and a reflexive ("sees
    itself losing": a view of one's own lot). A "see" in the present is the forecast's verb of business and political
    news ("Analysts see prices rising", "Economists see growth slowing", "Democrats see Trump losing the suburbs"):
    it reports what someone expects, figure or none, unless what is seen is the subject's own ("sees his slugger
    struggling", "sees her striker struggling"); "saw" and the other verbs of perceiving report a sight."""
    if token.lemma_.lower() not in _PERCEIVING or token.pos_ != "VERB" or content_root is None:
        return False
    clause = content_root
    if clause.head.i != token.i or clause.dep_ not in ("ccomp", "xcomp", "dobj", "oprd") or clause.tag_ != "VBG":
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False
    # the participle's subject; the parse may read "her striker struggling" as a noun phrase, "striker" a compound
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (c for c in clause.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or subject.i > clause.i or subject.lower_ in REFLEXIVES:
        return False
    if clause.left_edge.i != token.i + 1:
        return False  # the object right after the verb: "sees his slugger struggling"
    if token.lemma_.lower() == "see" and token.tag_ not in ("VBD", "VBN") and token.doc[token.i + 1].tag_ != "PRP$":
        return False  # "Analysts see prices rising", "Democrats see Trump losing": a forecast, a view, not a sight
    if any(t.lower_ == "as" for t in token.doc[token.i + 1:clause.i]):
        return False  # "sees the move as ...": a view
    return not any(t.ent_type_ in _FORECAST_ENTITIES for t in clause.subtree)
