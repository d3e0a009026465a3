"""Who issued a document that speaks ("the statement said", "the report found"): pure functions of the parse.

A statement, a report or a letter is its issuer's voice when the text says whose it is:

- inside its own phrase: "Big Machine's statement", "a new report by E! News", "the
  policy manual of the Citizenship and Immigration Services", "a statement from the
  White House";
- or where it was met before: "Big Machine Records issued a statement ... The statement
  claimed", "X said in a statement ... the statement continued".

Nothing else links them: a document whose issuer the text does not give stays its own
source.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

ISSUE_VERBS = read_words("issue_verbs.txt")
ISSUER_PREPOSITIONS = ("by", "from", "of")
# a poll, a survey or a study "of X" is of what it asked or studied, not by X ("a poll of 1,042 Ohio voters",
# "a CNN/ORC poll of South Carolina", "a study of the minimum wage"): "of" names no issuer there
SURVEY_NOUNS = read_words("survey_nouns.txt")
# verbs that pass a document on as often as they issue it: with a clause saying it was in others' hands
# ("a policy paper being circulated among NSC officials", "a memo drafted by Pentagon lawyers"), not the subject's;
# "an article written by Ronan Farrow" (its writers) and "a statement saying" (its words) leave it the subject's
PASSING_ON = frozenset({"publish", "post", "share", "circulate", "distribute"})
OTHERS_HANDS = frozenset({"circulate", "leak", "obtain", "draft", "prepare", "distribute", "pass"})
# words said: "the text of prepared remarks", "a transcript of his speech" hold them, and "of" names no issuer there
SAID_WORDS = read_words("utterance_nouns.txt") | frozenset({"remark", "comment", "speech", "address", "testimony"})
LOOK_BACK = 2000  # characters: an earlier "a statement" this far back still names the issuer


def issuer_inside(head: Token, documents: frozenset[str]) -> Token | None:
    """The issuer named in the document's own phrase: possessor, "by X", "from X", "of X". Not an "of" before words
    said ("the text of prepared remarks seen by Reuters": the remarks are what the text holds, ``SAID_WORDS``)."""
    if head.lemma_.lower() not in documents:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
            return child
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ISSUER_PREPOSITIONS and child.i > head.i \
                and not (child.lower_ == "of" and head.lemma_.lower() in SURVEY_NOUNS):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and child.lower_ == "of" and pobj.pos_ == "NOUN" and (
                    pobj.lower_ in SAID_WORDS or pobj.lemma_.lower() in SAID_WORDS):
                continue
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in documents):
                return pobj
    return issued_by(head) or body_on_document(head)


def body_on_document(head: Token) -> Token | None:
    """A body's name compounded right onto the document: "The EU statement said", "a Pentagon memo said" (NER's
    ORG, the last word of its name next to the noun): the body's. Not a place's or a person's name ("the Iran
    report", "the Trump dossier": as often what the document is about as who issued it), nor a name with a noun
    between ("the EU trade report"), nor a poll's ("a Monmouth University poll": the poll speaks, ``SURVEY_NOUNS``),
    nor records in the plural ("Senate filings", "State Bar documents": filed with the body or kept by it, not its
    word)."""
    if head.lemma_.lower() in SURVEY_NOUNS or head.tag_ != "NN":
        return None
    prev = head.doc[head.i - 1] if head.i > 0 else None
    if prev is None or prev.dep_ != "compound" or prev.head != head or prev.pos_ != "PROPN":
        return None
    if prev.ent_type_ != "ORG" or head.ent_iob_ == "I":
        return None
    return prev


# participles whose agent puts the document out as its own: "a statement released by DEI", "a letter signed by X"
RELEASING = frozenset({"issue", "release", "sign", "send", "submit", "file", "deliver"})
# records one may release without writing them: "a document released by Edward Snowden" is the NSA's
_HANDED_RECORDS = frozenset({"document", "email", "e-mail", "record", "file", "cable", "tape", "recording",
                             "video", "photo", "image", "paper", "message", "text", "log", "note"})


# putting out what may be another's: "Monahan released a medical record that shows", "the DOS released affidavits
# on Tuesday, which demonstrate", "the Times published a document that says": the releaser is no author
PUTTING_OUT = frozenset({"release", "publish", "post", "share", "leak", "circulate", "distribute"})
# records of others' words or acts one puts out as they are (``_HANDED_RECORDS`` less the notes and messages one
# posts as one's own words: "X posted a message saying" is X's), and sworn statements, whose deponent speaks
_OTHERS_RECORDS = (_HANDED_RECORDS - {"message", "text", "note", "paper", "email", "e-mail"}) | {
    "affidavit", "deposition", "transcript"}


def put_out_record(token: Token, verb: Token) -> bool:
    """The document is a record someone else made (``_OTHERS_RECORDS``), object of a verb of putting out
    (``PUTTING_OUT``): "Monahan also recently released a medical record that shows she told a doctor ...", "the DOS
    released affidavits on Tuesday, which demonstrate that four counties said ...": the record speaks, not the one
    who released it (the readers judged both speakers wrong). Not "X issued a statement", "X released a report",
    "X posted a message" (their own words), nor "X wrote", "signed" or "filed" a document (its author)."""
    return token.lemma_.lower() in _OTHERS_RECORDS and verb.lemma_.lower() in PUTTING_OUT


def issued_by(head: Token) -> Token | None:
    """ "A statement released by DEI said ...", "a letter signed by 40 senators": the agent of a participle of
    putting out (``RELEASING``) hung on the document is its issuer. Not a participle of writing ("an article written
    by Ronan Farrow" the New Yorker published stays the outlet's), of passing on or of others' hands ("a memo
    circulated by aides", "a report obtained by the Post"), whose agent only wrote or handled it."""
    if head.lemma_.lower() in _HANDED_RECORDS:
        return None
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < head.i or acl.lemma_.lower() not in RELEASING:
            continue
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
            return pobj
    return None


def issuer_where_issued(token: Token, saying: Callable[[str], bool] = lambda lemma: False) -> Token | None:
    """The subject of the verb that issued the document: "X issued a statement", "X said in a statement" (a
    verb of saying or writing, which ``saying`` tells by lemma: "Smith found the error in a report" is no
    report of Smith's)."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head  # "said in a statement"
        for _ in range(2):  # "denied the allegations in a statement": the parse hangs it on the object
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj", "prep"):
                verb = verb.head
        if not saying(verb.lemma_.lower()):
            return None
    elif not (token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in ISSUE_VERBS):
        return None
    if verb.pos_ not in ("VERB", "AUX") or put_out_record(token, verb):
        return None
    if verb.lemma_.lower() in PASSING_ON and any(c.dep_ == "acl" and c.lemma_.lower() in OTHERS_HANDS for c in token.children):
        return None  # "the Free Beacon published a policy paper being circulated among NSC officials": not its paper
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":  # "a statement was issued by X"
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def document_issuer(head: Token, documents: frozenset[str], quoted: Callable[[int], bool] = lambda i: False,
                    saying: Callable[[str], bool] = lambda lemma: False) -> Token | None:
    """The issuer of the document ``head`` names, from its own phrase or, for "the statement" or
    "that report", from the last earlier mention of the same kind of document (same number, not
    inside a quotation: ``quoted`` tells by character offset); when that one gives no issuer,
    none (it may be another statement). ``saying`` tells verbs of saying and writing by lemma
    (``issuer_where_issued``)."""
    inside = issuer_inside(head, documents)
    if inside is not None or head.lemma_.lower() not in documents:
        return inside
    issued = issuer_where_issued(head, saying)
    if issued is not None:
        return issued  # "The Electoral Commission issued a statement warning that ...": the statement the subject issued
    if not _definite(head):
        return None  # "a statement said": some statement, whose issuer the text has not given
    lemma = head.lemma_.lower()
    doc = head.doc
    for k in range(head.i - 1, -1, -1):
        t = doc[k]
        if head.idx - t.idx > LOOK_BACK:
            break
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or (t.tag_ == "NNS") != (head.tag_ == "NNS") or quoted(t.idx):
            continue
        if kinds_differ(t, head):
            continue  # "the autopsy report of Stephen Paddock" is not "the preliminary police report" met later
        issuer = issuer_inside(t, documents) or issuer_where_issued(t, saying)
        if issuer is not None or not _definite(t):
            return issuer
        # "the statement continued" after "The statement claimed": the same one, further back
    return None


def kinds_differ(earlier: Token, later: Token) -> bool:
    """Two mentions of a document noun that name different kinds of it: the later one names its kind by a noun
    ("the preliminary police report", "the Starr report") that none of the earlier one's modifiers is ("the
    autopsy report", the tagger's adjective "autopsy"; "the Mueller report"). A later mention with no such noun
    ("the report", "The exact message" after "a private text message from Lisa Page") differs from none."""
    kind = {c.lemma_.lower() for c in later.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}
    before = {c.lemma_.lower() for c in earlier.lefts if c.dep_ in ("compound", "amod")}
    return bool(kind and before and not kind & before)


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
