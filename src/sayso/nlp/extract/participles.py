"""Whose act a trailing participle reports, where the parse hangs it on an aside.

"Locals protested against the caravan, as Breitbart News reported, demanding they leave": the
parse hangs "demanding" on the nearest verb, "reported", and its subject became Breitbart's.
An "as X reported" aside is the writer's citation of the main clause, a parenthesis: a
participle after it goes on with the main clause, whose subject demands; so does one after a
second "and that ..." complement of a verb of saying (``second_complement``). A passive participle
that opens a clause ("When asked how ..., Smith says") makes its main clause's subject the one
asked, never the asker, however the tagger read it (``passive_adjunct``). Two misreadings hide a
participle's own speaker: a relative clause's verb made its auxiliary ("the laws she cited claiming": she,
``verb_read_as_auxiliary``) and a determiner "that" made its complementizer ("echoed that sentiment saying": the
one who echoed, not the sentiment, ``object_read_as_subject``). Pure functions of the parse.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, SUBJECTS
from sayso.nlp.extract.resource_files import read_words

# What a bare aside has beside its verb: "as", its subject, commas, "also", "first", an auxiliary.
_ASIDE_DEPS = frozenset({"mark", "nsubj", "punct", "advmod", "aux", "neg", "npadvmod"})


def report_aside(verb: Token) -> bool:
    """ "as Breitbart News reported", "as the Times first noted": an "as" clause with a subject and nothing
    of its own said (no object, clause or complement), standing beside the main clause it cites (one
    with a subject: "Do as I say" is an order)."""
    if verb.dep_ != "advcl" or verb.head == verb or verb.pos_ != "VERB":
        return False
    children = [c for c in verb.children if not (c.tag_ == "VBG" and c.dep_ == "advcl" and c.i > verb.i)]
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return False
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    if not all(c.dep_ in _ASIDE_DEPS for c in children):
        return False
    if not _set_off(verb, children):
        return False  # "as the death tolls hit 124 and ...": a clause of time running on, no aside
    # the clause it cites has a subject of its own: "Do as I say" cites nothing
    main = verb.head
    if main.dep_ in SUBJECTS:
        return True  # "The caravan, as the Times first noted, arrived": the parse hung the aside on the subject
    return any(c.dep_ in CLAUSE_SUBJECTS for c in main.children)


_SET_OFF = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "!", "?"})


def _set_off(verb: Token, children: list[Token]) -> bool:
    """The aside stands apart: punctuation (or the sentence's edge) on both sides of it."""
    doc = verb.doc
    first = min([verb.i, *(c.i for c in children if c.dep_ != "punct")])
    last = max([verb.i, *(c.i for c in children if c.dep_ != "punct")])
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.is_quote and before.is_punct and first > 1 and doc[first - 2].text == ",":
        before = doc[first - 2]  # "'solid and reliable,' as Greenwald claims": the comma inside the closing mark
    after = doc[last + 1] if last + 1 < len(doc) else None
    return (before is None or before.text in _SET_OFF or before.is_sent_end or first == verb.sent.start) and (
        after is None or after.text in _SET_OFF or "\n" in after.text)


_FIRST_PERSON = frozenset({"i", "we"})


def cited_aside(verb: Token, senses: Mapping[str, str]) -> bool:
    """ "as Robert Spencer advises, there needs to be legislation": an aside of saying or writing cites its
    main clause, as sure a form as a trailer whatever the verb ("advises" rarely cues elsewhere). The
    writer's own "as we detailed earlier" is no one cited (left to the model)."""
    if senses.get(verb.lemma_.lower()) not in ("saying", "writing") or not report_aside(verb):
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)


def past_aside(verb: Token) -> Token:
    """The verb a participle hung on ``verb`` goes on with: the main clause's, out of a report aside."""
    return verb.head if report_aside(verb) else verb


def object_participle(token: Token, senses: Mapping[str, str], documents: frozenset[str],
                      people: frozenset[str]) -> Token | None:
    """ "Batten echoed that sentiment saying the party had been betrayed": the parse, with no comma to go
    by, hangs the participle on the object ("sentiment saying"); but a sentiment, a decision or a move
    says nothing, so the participle goes on with the verb, and its speaker is the verb's subject
    (returned). A document ("a statement saying", ``relative_reports.document_participle``), a
    person or body ("quoted a man saying", "the group saying") or a name says what follows itself.
    """
    if token.tag_ != "VBG" or token.dep_ != "acl" or senses.get(token.lemma_.lower()) not in ("saying", "writing"):
        return None
    noun = token.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.ent_type_:
        return None
    lemma = noun.lemma_.lower()
    if lemma in documents or lemma in people or noun.lower_ in people:
        return None
    verb = noun.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)



# verbs by which a body puts out a document of its own ("issued a statement", "put out a release")
_ISSUING = frozenset({"issue", "release", "put", "send", "publish", "post", "circulate", "distribute", "sign"})
_OUT_PARTICLES = frozenset({"out"})


def document_issuer(token: Token, senses: Mapping[str, str], documents: frozenset[str]) -> Token | None:
    """ "Black Lives Matter issued a statement saying it took the action ...", "His office put out a statement
    saying ...", "Rubio's campaign sent out a press release saying ...": the document says the words, but it is
    its issuer's statement, and the issuer is named as the subject of the verb that put it out: the speaker a
    reader names (the document stays the channel: ``medium`` reads it off the cue). Only a document (a noun of
    ``documents``) that is the direct object of an active verb of issuing with a subject; "sent" and "put" only
    with "out" ("sent a letter saying" may be a message to someone, "put a statement" nothing). None otherwise:
    "a statement saying ..." alone, "obtained a memo saying ..." (not the obtainer's), "the report says"."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or senses.get(token.lemma_.lower()) not in ("saying", "writing"):
        return None
    noun = token.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in documents:
        return None
    if noun.dep_ == "pobj":
        return _answer_in_document(noun)
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _ISSUING or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if lemma in ("put", "send") and not any(c.dep_ == "prt" and c.lower_ in _OUT_PARTICLES for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "that", "which")), None)

# verbs that make or put out a document: "wrote a letter ... claiming", "filed a report ... saying"
_DOCUMENT_MAKING = frozenset({"write", "pen", "draft", "author", "compose", "sign", "file", "submit", "leave"}) | _ISSUING


def document_of_participle(token: Token, senses: Mapping[str, str], documents: frozenset[str]) -> Token | None:
    """ "Diana wrote a letter in 1996 claiming there was a plot", "his client penned a memo last year saying ...":
    the parse hangs the participle on the verb, past the words that part it from the document, but it is the
    document that claims or says (returned, as if the parse had hung it on the noun: "a letter claiming ...", whose
    issuer the source ladder then finds), never the writer's own act nor the reporter's ("Burrell said Diana wrote
    a letter ... claiming": not Burrell). Only a participle of saying or writing with no punctuation before it
    (", claiming ..." is the subject's act), on an active verb of making or putting out a document
    (``_DOCUMENT_MAKING``) in a reported clause, whose direct object before it is a noun of a document; not where a "from" between names
    where the message came from (``message_sender``'s, or the subject's own: "wrote an email from Goldman saying")."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or senses.get(token.lemma_.lower()) not in ("saying", "writing"):
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DOCUMENT_MAKING or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" or senses.get(verb.head.lemma_.lower()) not in ("saying", "writing"):
        return None  # "X issued a statement calling for ...": X's, as ``participle_subject`` gives it
    if any(c.dep_ == "mark" for c in token.children):
        return None  # "wrote the memo while insisting that ...": the writer's own act, as a conjunction shows
    if not any(c.dep_ == "ccomp" for c in token.children):
        return None  # "She sent a tweet saying, if elected, she would ...": no clause said, the parse hung it elsewhere
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in documents:
        return None
    between = token.doc[noun.i + 1:token.i]
    # "submitted a letter to him from ICE saying ...": a message from another, left to ``message_sender``
    return None if any(t.is_punct or t.lower_ == "from" for t in between) else noun


# verbs of answering, whose "with" names the form of the answer: "responded with a statement saying ..."
_ANSWERING = frozenset({"respond", "reply", "answer", "retort", "react", "counter"})


def _answer_in_document(noun: Token) -> Token | None:
    """ "The ministry responded with a statement saying the claims were baseless": the subject of a verb of
    answering whose "with" names the document, which carries its answer. Not "agreed with a report saying ..." or
    "came with a letter saying ...": another's document, or one that only travels with the subject."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ANSWERING or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "that", "which")), None)


# Messages one receives: "got an email from her manager telling her ...", "was sent a text warning him ..."
MESSAGES = read_words("received_messages.txt")
_GETTING = frozenset({"receive", "get", "obtain"})
_SENDING = frozenset({"send", "give", "hand", "show", "forward", "serve"})  # passive: "was sent a text"


def received_message(token: Token) -> Token | None:
    """The message a participle of saying describes where the parse hangs it on the verb of its receiving:
    "Smith got an email from her manager on Friday telling her she was fired", "Jones was sent a text by his lawyer
    warning him not to talk". The one who received it tells nothing; the message does (whose sender its "from"
    phrase names), so the message's noun is returned, never the receiver. None for a participle of the receiver's
    own act ("Smith got the job, telling reporters ...": no message received) or any other verb."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head == token:
        return None
    verb = token.head
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not ((lemma in _GETTING and not passive) or (lemma in _SENDING and passive)):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ == "NOUN"
                 and c.lemma_.lower() in MESSAGES), None)


_NO_SENDER = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
# verbs by which one hands on or shows another's message; not those by which the subject writes or sends
# his own ("Trump sent a letter from Mar-a-Lago saying", "He wrote an email from Goldman saying": the subject's)
_HANDED_ON = frozenset({"submit", "forward", "file", "present", "release", "read", "obtain", "leak",
                        "produce", "share", "publish", "cite", "show", "quote", "unveil", "reveal", "circulate"})


def message_sender(token: Token) -> Token | None:
    """The sender of a message a participle of saying describes, where the parse hangs both the participle and the
    message's "from" phrase on the verb that handles the message: "Lawyers submitted a letter to him from ICE saying
    that he would be allowed to leave", "She forwarded an email from the school telling parents ...". The letter says
    it, and its sender is named by "from": ICE, not the lawyers who submitted it. Only on a verb that hands on or
    shows the message (``_HANDED_ON``: not "sent"/"wrote", by which it is the subject's own), a message noun
    (``MESSAGES``) that is the verb's object, a "from" phrase after it naming a body or a person (not a place:
    "forwarded a letter from Paris saying" is the subject's), and the participle right after that phrase with no
    punctuation between ("..., from ICE, saying" may be the subject's remark). None otherwise."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head == token \
            or token.head.lemma_.lower() not in _HANDED_ON:
        return None
    verb = token.head
    message = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ == "NOUN"
                    and c.lemma_.lower() in MESSAGES), None)
    if message is None:
        return None
    for prep in [*verb.children, *message.children]:
        if prep.dep_ != "prep" or prep.lower_ != "from" or not message.i < prep.i < token.i:
            continue
        # a name, of no place or time: "from Paris", "from his home" say where it was sent from, not who wrote it
        sender = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                       and c.ent_type_ not in _NO_SENDER), None)
        if sender is not None and sender.right_edge.i + 1 == token.i:
            return sender
    return None


def without_object_participle(start: int, end: int, noun: Token) -> tuple[int, int]:
    """The object's content ``start:end`` up to its participle of saying: "that sentiment", not
    "that sentiment saying the party had been betrayed" (that is the participle's own content)."""
    part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i), None)
    if part is None or not start < part.idx <= end:
        return start, end
    last = noun.doc[part.i - 1]
    while last.i > noun.i and (last.is_punct or last.is_space):
        last = noun.doc[last.i - 1]
    return start, last.idx + len(last)


def aside_clause(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The clause an aside hung on its subject cites, in two parts around the aside: "HP, as Gizmodo very
    recently explained, is a complex and rare condition" is "HP" and "is a complex and rare condition"
    (one content from the first to the last), where the parse gave the cue the subject "HP" alone."""
    subject = verb.head
    if subject.dep_ not in SUBJECTS or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    aside = [t for t in verb.subtree]
    before = [t for t in subject.head.subtree if t.i < aside[0].i and not t.is_space]
    after = [t for t in subject.head.subtree if t.i > aside[-1].i and not t.is_space]
    while before and before[-1].is_punct:
        before.pop()
    while after and after[0].is_punct:
        after.pop(0)
    while after and after[-1].is_punct:
        after.pop()
    if not before or not after:
        return None
    return ((before[0].idx, before[-1].idx + len(before[-1])), (after[0].idx, after[-1].idx + len(after[-1])))


def second_complement(verb: Token) -> bool:
    """A "that" clause joined by "and" to a reported clause: a second complement of the same verb of saying ("Smith
    says that the rules in Florida are unfair and that Florida is a “cracker state,” explaining that ...": the parse
    joins "is" to "are" as a conjunct, and a participle hung on it is Smith's, who says both, not Florida's). Only
    with its own "that", which makes it reported: "Police said the man fled, and officers chased him, saying ..."
    is a clause of its own."""
    return verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)


# Words that open an adverbial clause: "when asked", "if pressed", "once told"
_OPENERS = read_words("adverbial_openers.txt")


def passive_adjunct(token: Token) -> bool:
    """A passive participle that opens an adverbial clause before its main clause: "Asked whether he would run, Smith
    said ...", "When asked how Gillum would fund the programs, Smith says ...". Its main clause's subject is the one
    asked, never the asker. Tagged VBN, or VBD where the tagger reads the bare past form as a past tense (it does
    with "When asked how ..." and "Asked how ..." in running text): a past form with no subject and no auxiliary,
    nothing before it in its clause but "when", "if" and the like, at the start of its sentence or after a comma,
    cannot be an active past tense in English."""
    if token.dep_ != "advcl" or token.head == token:
        return False
    if token.tag_ == "VBN":
        return True
    if token.tag_ != "VBD" or token.head.i < token.i:
        return False
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass", "expl") for c in token.children):
        return False
    if not all(t.is_punct or (t.lower_ in _OPENERS and t.dep_ in ("advmod", "mark")) for t in token.lefts):
        return False
    first = token.left_edge
    while first.i < token.i and first.is_punct:
        first = first.nbor()
    doc = token.doc
    return first.i == first.sent.start or all(t.is_punct for t in doc[first.sent.start:first.i]) \
        or doc[first.i - 1].text in (",", "—", "–", "(")


# the past forms an auxiliary of a participle takes ("was saying", "had been claiming", "got going", "kept saying"):
# any other past tense the parse made one is a verb of its own
_PAST_AUXILIARIES = frozenset("was were been had did got kept".split())
# the verbs of taking words in: their subject is not who wrote the words ("the memo he received warning ...")
# (past forms too: a verb the parse made an auxiliary keeps its form as its lemma)
_TAKING_IN = frozenset("receive received obtain obtained find found see saw seen hear heard read view viewed watch "
                       "watched".split())


def verb_read_as_auxiliary(token: Token) -> Token | None:
    """ "WFAA asked the police for the laws she cited claiming that she can't fire Guyger": the parse made the
    relative clause's verb ("cited") an auxiliary of the participle after it, with that verb's own subject ("she")
    beside it; the one who claims is that subject, not the outer clause's ("WFAA"). Only a past tense that is no
    auxiliary (``_PAST_AUXILIARIES``) with a subject of its own before it, right before the participle."""
    if token.tag_ != "VBG" or token.dep_ == "acl":
        return None  # "the letter he received saying ...": the parse hangs the participle on the noun, which speaks
    for aux in token.children:
        if aux.dep_ != "aux" or aux.i != token.i - 1 or aux.tag_ not in ("VBD", "VBN") \
                or aux.lower_ in _PAST_AUXILIARIES or not aux.is_alpha:
            continue
        if aux.lower_ in _TAKING_IN or aux.lemma_.lower() in _TAKING_IN:
            return None  # "the memo he received warning him": who received it did not write it
        subj = next((c for c in aux.children if c.dep_ == "nsubj" and c.i < aux.i), None)
        if subj is not None and subj.pos_ in ("PRON", "PROPN", "NOUN") and subj.lower_ not in ("it", "that", "which"):
            return subj
    return None


# what one echoes or repeats, never itself a speaker (a person, a post, a report, a sign is one)
_VIEWS = frozenset("sentiment view views message point concern concerns theme argument criticism claim idea opinion "
                   "position stance thought belief feeling assessment line refrain".split())
_ECHOING = frozenset("echo repeat reiterate share voice amplify second endorse express underscore stress emphasize "
                     "reinforce quote restate".split())


def object_read_as_subject(token: Token) -> Token | None:
    """ "Batten echoed that sentiment saying, ...": the parse read the determiner "that" as a complementizer and
    the verb's object ("sentiment") as the subject of a clause the participle heads, a clause with no finite
    verb (no auxiliary). The participle goes on with the verb it hangs on: its speaker is that verb's subject,
    not the object. Only that misreading: "that" tagged a determiner made the participle's ``mark``, right before
    the common noun, which stands right before the participle ("He remembers that officer saying ..." parses
    "that" as the officer's determiner, and the officer speaks)."""
    if token.tag_ != "VBG" or token.dep_ != "ccomp" or token.head == token or token.head.i > token.i:
        return None
    if token.head.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if mark is None or subj is None or mark.lower_ != "that" or mark.tag_ != "DT":
        return None
    if subj.pos_ != "NOUN" or subj.i != token.i - 1 or mark.i != subj.left_edge.i - 1:
        return None
    if subj.lemma_.lower() not in _VIEWS or token.head.lemma_.lower() not in _ECHOING:
        return None  # "saw that sign warning, ...", "heard that aide saying, ...": the sign, the aide speak
    return next((c for c in token.head.children if c.dep_ in ("nsubj", "csubj") and c.i < token.head.i), None)
