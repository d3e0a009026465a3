"""The writer's guess at what someone would say: "would" speech that nobody made.

Opinion pieces imagine the words of a type of person or of a named one: "Editors would normally insist on cuts",
"A good lawyer would argue that the search was illegal", "Faggioli would no doubt say that the synod was a success",
"I suspect Biden would argue that the economy is recovering", "As I'm sure Faggioli would agree, ...". A reader
takes none of them as a report: the act is supposed.

``writers_voice.hypothetical_speech`` holds the modals of possibility and the quantifiers ("others may argue", "many
would agree"); these rules add "would" with a guess in it. Kept: a past habit or a later act with a time word ("he
would later say", "she would often say"), a report ("Officials would say only that ...", "would not say"), "would"
inside a speaker's quotation or reported clause ("He said he would argue ..." is his).

Two more guesses of the writer's: speech it hears in someone's manner (``seeming_speech``: "it sounds like he is
saying ...", "It's as if the minister is telling us ..."), a gloss it guesses at (``guessed_gloss``: "'Lisa'
presumably refers to Lisa Gevelber") and its reading of someone's present mind or words (``read_into``: "It seems
Fastiggi and Goldstein are hoping no one will notice ...", "The likeliest interpretation of his statement is that he
is saying that ..."). Tests: ``tests/test_writers_guesses.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.writers_voice import modals, negated, quoted

_WOULD = frozenset({"would", "'d", "’d"})
# adverbs of a guess: "would surely agree", "would likely argue", "would no doubt say"
_GUESSING = read_words("guessing_adverbs.txt")
# adverbs of a norm, with a type of person: "editors would normally insist", "a prosecutor would typically argue"
_NORMALLY = frozenset({"normally", "typically", "ordinarily", "generally", "naturally"})
# words of a past habit or of a report with "would": "would later say", "would say only that" (as
# ``writers_voice._WOULD_REAL``, less the habits a type of person has: "usually", "sometimes")
_REAL = read_words("would_real_words.txt")
# determiners of a type, not of a person: "a good lawyer", "any economist", "most editors"
_TYPE_DETERMINERS = frozenset({"a", "an", "any", "every", "most", "many", "some", "no"})
# the writer's verbs and adjectives of guessing: "I suspect Biden would argue", "I'm sure he would agree"
_GUESS_HEADS = read_words("guess_heads.txt")
_WRITER = frozenset({"i", "we"})
# "would like", "would prefer": a wish put politely, which the holder has now
_WISHES = frozenset({"like", "love", "prefer", "hate", "welcome", "appreciate", "want", "wish", "rather"})


def guessed_speech(token: Token, subject: Token | None, quotes: QuoteIndex, anonymous: frozenset[str]) -> bool:
    """A cue with "would" that the writer guesses at: with an adverb of guessing ("Faggioli would surely agree",
    "Republicans would likely argue"), said of a type of person ("Editors would normally insist", "A good lawyer
    would argue", "Any economist would tell you"), or under the writer's own guess ("I suspect Biden would argue",
    "as I'm sure Faggioli would agree"). ``anonymous`` (``anonymous.txt``): the nouns of news sources, who report
    ("Officials would say only that ...", "A spokesman would not comment"), not types of person."""
    if quoted(token, quotes) or negated(token) or not _WOULD.intersection(modals(token)):
        return False
    if token.lemma_.lower() in _WISHES:
        return False  # "Some White House advisers would like to see ...": a wish told, not a guess
    adverbs = {c.lower_ for c in token.children if c.dep_ == "advmod"}
    adverbs |= {c.left_edge.lower_ for c in token.children if c.dep_ == "ccomp"}  # "would say only that ..."
    if adverbs & _REAL or any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in token.children):
        return False  # a past habit or a later act; a modal perfect is ``hypothetical_speech``'s
    if adverbs & _GUESSING:
        return True
    return type_of_person(subject, anonymous) or _under_writers_guess(token)


def type_of_person(subject: Token | None, anonymous: frozenset[str]) -> bool:
    """A noun for a type of person, not one person or a named group: a bare plural ("Editors", "Supporters of
    Sanders") or a noun led by a determiner of a type ("a good lawyer", "any economist", "most editors"). A name, a
    definite ("the editors", "his lawyer"), a number ("two aides") and a news source ("officials") name someone."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if subject.lower_ in anonymous or subject.lemma_.lower() in anonymous:
        return False
    if subject.ent_type_ and subject.ent_type_ != "NORP":
        return False  # "Faggioli" read as a plural noun is still a name; "Republicans" is a type
    if not subject.lemma_.islower() and subject.ent_type_ != "NORP":
        return False
    dets = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "amod" and c.tag_ == "JJS")]
    if not dets:
        return subject.tag_ in ("NNS", "NNPS")  # "Editors would insist": a bare plural
    return all(d.lower_ in _TYPE_DETERMINERS for d in dets)


def _under_writers_guess(token: Token) -> bool:
    """The cue's clause is what the writer guesses: "I suspect Biden would argue that ...", "I'm sure Faggioli would
    agree", "we can bet the senator would say ..."."""
    if token.dep_ != "ccomp":
        return False
    head = token.head
    if head.lemma_.lower() not in _GUESS_HEADS:
        return False
    holder = head.head if head.dep_ == "acomp" else head  # "I'm sure": the subject is on "'m"
    return any(c.dep_ == "nsubj" and c.lower_ in _WRITER for c in holder.children)


def writers_aside_guess(token: Token, quotes: QuoteIndex) -> bool:
    """ "As I'm sure Faggioli would agree, the church is changing", "as I suspect the senator would say": the writer's
    aside guessing at someone's assent; the cue of the aside ("'m sure") is the writer's, and what it holds is a guess,
    no statement. "As I said last week" (no guess inside) is the writer pointing back at its own words."""
    if quoted(token, quotes):
        return False
    holder = token.head if token.dep_ == "acomp" else token
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in holder.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _WRITER for c in holder.children):
        return False
    guessed = [c for t in (token, holder) for c in t.children if c.dep_ == "ccomp"]
    return any(_WOULD.union({"might", "could", "will"}).intersection(modals(c)) for c in guessed)


# verbs of seeming whose "like" or "as if" clause is the writer's impression: "it sounds like he is saying ..."
_SEEMING = frozenset({"sound", "seem", "look", "feel", "appear", "be", "read"})
_AS_IF = frozenset({"if", "though"})


def seeming_speech(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is in a clause of likeness hung on a verb of seeming, outside any quotation: "To the victims, it sounds
    like he is saying, 'Who do you think you are?'", "It's as if the minister is telling us that the hospital never
    mattered", "It looks as though the board is arguing that nothing happened". The words are the writer's impression
    of someone's manner; nobody said them.

    Kept: a past act inferred ("Looks like somebody told the governor that the polls are close": the writer infers
    that a telling took place; PolNeAR marks it), a cue that is the verb of seeming's own subject's act ("He sounded like he meant it" has no cue of speech),
    a clause of likeness on another verb ("He spoke as if he were king": ``speak`` is the cue, its manner is no
    content), and a quotation ("'It sounds like he is saying no,' she said": the cue "said" is outside)."""
    if quoted(token, quotes):
        return False
    verb = token
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.lemma_.lower() not in _SEEMING:
        return False
    if token.tag_ not in ("VBG", "VBZ", "VBP", "VB"):
        return False  # "Looks like somebody told the governor that ...": the writer infers a telling (PolNeAR marks it)
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(m.lower_ == "like" for m in marks):
        return True
    return any(m.lower_ in _AS_IF and m.i > 0 and m.nbor(-1).lower_ == "as" for m in marks)


# verbs of a gloss: what a word or a name stands for ("refers to", "means")
_GLOSSING = frozenset({"refer", "mean", "allude"})
_GLOSS_GUESSES = _GUESSING - {"doubt"} | {"apparently", "evidently", "seemingly"}


def guessed_gloss(token: Token, quotes: QuoteIndex) -> bool:
    """The writer's guess at what a word or a name in its source stands for, outside any quotation: "'Lisa'
    presumably refers to Lisa Gevelber, the vice president of marketing", "'Sundar' probably means Sundar Pichai", "the
    'big guy' apparently alludes to Biden". The writer reads a document; no one said what it refers to.

    Kept: a gloss without a guess ("Smith said the 'big guy' refers to Biden" is Smith's; "He referred to the report"
    is a mention judged by the other rules), and a quotation."""
    if token.lemma_.lower() not in _GLOSSING or quoted(token, quotes):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _GLOSS_GUESSES for c in token.children)


# nouns of the writer's reading of words or deeds: "the likeliest interpretation of his statement is that ..."
_READINGS = frozenset({"interpretation", "implication", "inference", "impression", "reading"})
_PRESENT = frozenset({"VBZ", "VBP"})
# verbs of telling: after "it seems" / "it appears" the writer hedges a report of words said, not a mind it reads
_TELLING = frozenset({"say", "tell", "report", "claim", "confirm", "announce", "deny", "reveal", "insist", "warn",
                      "state", "write", "add", "accuse", "allege", "assert", "argue", "explain", "note", "acknowledge",
                      "admit", "declare", "contend", "maintain", "predict", "testify", "tweet"})


def read_into(token: Token, quotes: QuoteIndex) -> bool:
    """The cue, in the present, is in the that-clause of an expletive "it seems" / "it appears", or of "is" with a
    noun of reading for subject, outside any quotation: "It seems Fastiggi and Goldstein are hoping no one will notice
    that ...", "The likeliest interpretation of his statement is that he is saying that we must not speak about ...".
    The writer reads a mind or a meaning into someone's words or deeds; what it reads is no one's statement or view
    told (PTC blind audits 27 and 33 judged both the writer's voice).

    Kept: a past act inferred ("It seems Trump said that ...", "it appears he told aides ...": the writer infers that
    a telling took place; PolNeAR marks "it seems ... [past]"), a raised subject ("He seems to believe that ...":
    his belief, the verb of seeming his own), a reading that is someone's ("Rubio's explanation is that he will
    support ...": an explanation given is his words, no noun of reading), and a quotation."""
    if quoted(token, quotes) or not _present(token):
        return False
    verb = token
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "expl") and c.i < head.i), None)
    if subject is None:
        return False
    if head.lemma_.lower() in ("seem", "appear"):
        # "It seems X are hoping ...": a mind read; "It appears the Pentagon is telling reporters ...", "It seems
        # the company now admits ...": a telling reported with a hedge, kept
        # the cue "is saying" reads a meaning ("It seems Trump is saying that he would not accept the result") and goes
        told = token.lemma_.lower() in _TELLING and not (token.lemma_.lower() == "say" and token.tag_ == "VBG")
        return subject.lower_ == "it" and not told
    return head.lemma_.lower() == "be" and subject.lemma_.lower() in _READINGS


def _present(token: Token) -> bool:
    """ "is saying", "are hoping", "wants": the present, simple or progressive (a past act can be inferred and told)."""
    if token.tag_ in _PRESENT:
        return True
    return token.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in token.children)
