"""A third party's words reported inside someone's quotation: a pure function of the parse.

'“Ambassador Sondland replied that he was going to do it,” Holmes testified', '“My doctor said I would never
walk again. I proved him wrong,” Lopez told reporters', 'Taylor testified: “The ambassador told me the aid
was frozen.”': the quotation is the outer speaker's, and inside it a named speaker says something of their
own. A reader takes both: the outer attribution, and the inner one with the inner speaker, reported through
the outer (SPEC's ``via``). The cue model scores a verb inside a quotation low (most are the speaker's own
words), so the inner report was dropped or kept too doubtful to show; where it was kept without its speaker,
its words could go to the outer one.

The form read here is the plain one: a finite verb of saying, neither negated, modal nor asked about, under no
"if", with a subject of its own before it that names someone (a name or a noun, never a pronoun: "he said"
inside a quotation points at someone only the speaker knows, and "I told them" is the speaker's own), and a
clause or a quotation after it. Verbs with a subject that is no speaker ("the report said", "the law says")
are left to the model: a document quoted inside a quotation is rarely what the quoted speaker cites.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.misparsed_speakers import SPEECH_VERBS
from sayso.nlp.extract.quotes import QuoteIndex

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall", "wo", "ca", "'d"})
_CONDITIONS = frozenset({"if", "unless", "whether", "suppose", "supposing"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
_POSSESSIVES = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})


def quoted_report(token: Token, quotes: QuoteIndex, person_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether ``token`` is the verb of a named third party's report inside a quotation (module doc)."""
    if token.pos_ != "VERB" or token.tag_ not in _FINITE or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    quote = quotes.containing(token.idx)
    if quote is None or token.dep_ in ("relcl", "acl"):
        return False  # "the place that Clinton said was a success", "everything Bernie says": a relative's gap
    kids = list(token.children)
    if _unasserted(token):
        return False
    if token.tag_ != "VBD" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in kids):
        return False  # "When Twitter says, 'We can't do this,' I don't believe that": what it says whenever it does
    subj = next((c for c in kids if c.dep_ in CLAUSE_SUBJECTS and c.i < token.i), None)
    if subj is None or not _names_someone(subj, person_nouns):
        return False
    clause = next((c for c in kids if c.dep_ in _CLAUSES and c.i > token.i), None)
    # what is said stays inside the quotation ('he said, ‘I hope so,’” Clinton told ...' runs into the trailer)
    return clause is not None and clause.right_edge.idx < quote.end


def _unasserted(token: Token) -> bool:
    """The verb, or a clause above it, negated, modal, asked about or under "if"/"whether": "the mayor never
    said", "the mayor would say", "did the mayor say ...?", "I'm not saying everything Bernie says ...", "if the
    mayor said ...": what someone would say, or did not, not what they said."""
    t = token
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in _MODALS or c.lemma_ == "do")):
                return True
            if c.dep_ == "mark" and c.lower_ in _CONDITIONS:
                return True
        if t.head == t:
            return False
        t = t.head
    return False


def _names_someone(subj: Token, person_nouns: frozenset[str]) -> bool:
    """A subject that names a speaker: a proper name of a person or body, or a noun for a person."""
    if subj.lower_ in _POSSESSIVES:
        return False  # "Mine told me ...": the speaker's own someone, named by nothing
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in _SPEAKER_ENTS or not subj.ent_type_
    if subj.pos_ == "NOUN":
        return subj.lemma_.lower() in person_nouns
    return False
