"""Whether a pronoun in what a speaker says can stand only for that speaker. Pure predicates on the parse.

A wire sentence read alone, or an article's lede, names its speaker and then says "it", "its" or "his" of them: "BofA
said it would cut 1,000 jobs in its mortgage unit", "Fine said his client would appeal". With no noun before the
pronoun but the speaker's own name, the pronoun is the speaker's: an "it" or "its" makes the speaker a body, a "his"
or "her" a person (``body_signs``, ``lone_surnames.person_sign``). Where the text names anything before the pronoun
("The plan was approved. Smith said it would cut jobs", "Acme's chief, Jane Smith, said its shares ..."), the pronoun
may stand for that, and this says nothing.

What is no rival: the speaker's own name and what is set beside it ("Ursel Reisen, a German tour operator, said it
..."); dates, times and figures ("on Tuesday", "1,000"); and what hangs on the cue
itself, its addressee and its adjuncts ("told Reuters it had ...", "said in a statement it would ...", wherever the
parse hangs that adjunct: the pronoun is the subject of what is said, not the thing it was said in or to).
"""

from __future__ import annotations

from spacy.tokens import Token

# entities that name no thing a pronoun stands for
_NO_REFERENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# pronouns that stand for something named before: one of them before the pronoun means the text names more than this
_REFERRING = frozenset({"it", "its", "he", "his", "him", "she", "her", "they", "their", "them", "this", "that"})
# what a cue governs beside what is said: its addressee and its adjuncts ("told Reuters", "said in a statement")
_CUE_ADJUNCTS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "agent"})


def name_tokens(head: Token) -> set[int]:
    """The indices of the proper name a speaker's head ends or heads: "Avery Dennison", "Ursel Reisen"."""
    words = {head.i} | {c.i for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"}
    return words


def apposition_tokens(head: Token) -> set[int]:
    """The indices of what is set beside the name after it: "a German tour operator" of "Ursel Reisen, a German tour
    operator, said"."""
    return {t.i for c in head.children if c.dep_ == "appos" and c.i > head.i for t in c.subtree}


def sole_referent(pronoun: Token, speaker: Token) -> bool:
    """Whether nothing before ``pronoun`` in the text but the name ``speaker`` heads could be what it stands for: no
    noun or proper noun (dates, times and figures aside), no pronoun that stands for something named before, outside
    the cue's own addressee and adjuncts. "BofA said it would cut jobs": yes; "The plan was approved. Smith said it
    would cut jobs": no ("the plan"); "Ursel Reisen told Reuters it had cancelled all trips": yes ("Reuters" is the
    addressee)."""
    doc = pronoun.doc
    own = name_tokens(speaker) | apposition_tokens(speaker)  # "Ursel Reisen, a German tour operator, said it ..."
    cue = speaker.head
    exempt = {t.i for c in cue.children if c.dep_ in _CUE_ADJUNCTS and c.i > speaker.i for t in c.subtree}
    # "said in a statement it would ...": the parse may hang the cue's adjunct on the said verb, before its subject
    exempt |= {t.i for c in pronoun.head.children if c.dep_ == "prep" and cue.i < c.i < pronoun.i for t in c.subtree}
    for t in doc[:pronoun.i]:
        if t.i in own or t.i in exempt:
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NO_REFERENT_ENTS:
            return False
        if t.pos_ == "PRON" and t.lower_ in _REFERRING:
            return False
    return True
