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
