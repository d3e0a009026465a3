"""Which words of its sentence an "according to" phrase vouches for: pure functions of the parse.

The parse hangs "according to X" on one word, and the clause of that word is what X says. Where the
parse hangs it on the wrong word, the content is the wrong clause or half of one (issue 12's audits):

- a noun, an adjective or an auxiliary ("Other major cleavages, according to the poll, include ...",
  "might not be so lucky, according to X" under "be"): the clause is its verb's (``clause_head``);
- at the end of the sentence, a subordinate clause or a conjunct ("A has 52 percent, while B has 33
  percent, according to a survey"): what closes the sentence vouches for all of it;
- after "and" or a subordinator ("Police arrived at 9 pm and, according to the report, found the door
  open", "he left after, according to him, ..."): only the clause after it is the report's
  (``after_conjunction``); after the writer's link ("In addition, according to X, ...") only what follows;
- inside brackets ("(... with a net worth under $100,000, according to Senate filings)"): nothing
  outside them (``within_brackets``);
- the source's own words straight after it, no comma between ("according to a newly uncovered email
  previously kept secret", "according to reports that the campaign is filing"): they describe the
  source, they are not said (``phrase_end``);
- the subject swallowed as an apposition of the source ("According to the FBI summary, Mills and
  another aide asked ...", "According to the AP, 571 of the 714 superdelegates supported Clinton"):
  the phrase ends at the comma before it (``phrase_end``).

``according_sides`` gives the words before and after the phrase in its clause; ``candidates`` makes
them the two contents, ``content_choice`` joins them where the phrase sits inside its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_AUX = frozenset({"aux", "auxpass"})
# what a clause that closes the sentence hangs from when the phrase after it vouches for the whole sentence
# (not a ccomp: "that does not explain why she told no one, according to X" is X's on "why ..." only)
_CLOSING_CLIMB = frozenset({"advcl", "conj"})
# verbs of saying whose clause a closing phrase on their complement vouches for ("Kasich said he would have fired
# him, according to press reports": the reports tell that Kasich said it; PolNeAR train gives the whole clause in
# the 15 "X said Y, according to Z" it marks)
# ("explain" is no such verb: "that does not explain why she told no one, according to X" is X's on "why ..." only)
SAYING = read_words("according_vouched_verbs.txt")
_RELATIVE = frozenset({"WDT", "WP", "WP$"})  # "according to X, which said ...": X's own clause
_BRACKETS = {"(": ")", "[": "]"}
_APPOSITION_WORDS = 8  # "a spokesman for the House speaker": a name or a role, no longer
_APPOSITION_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM", "PART"})


def according_sides(token: Token) -> tuple[list[Token], list[Token]]:
    """The words of ``token``'s clause ("according") before and after its phrase, punctuation left out."""
    end, head = _scope(token)
    if head is None:
        words = [t for t in token.sent if not token.i <= t.i <= end]
    else:
        words = [t for t in head.subtree if t.sent == token.sent and not token.i <= t.i <= end]
    words = [t for t in words if not t.is_punct and not t.is_space]
    lo, hi = within_brackets(token, end)
    before = [t for t in words if lo <= t.i < token.i]
    after = [t for t in words if end < t.i <= hi]
    if before and after and after[0].i == end + 1 and not _relative_source(token) \
            and dashed_relative(token, phrase_end(token)) is None:
        after = []  # "according to a newly uncovered email previously kept secret": the source's words
    before = [t for t in before if not _in_reporting_aside(t, token)]
    if before:  # "The plan would cost $2 billion, according to X; critics say ...": a semicolon ends what X says
        after = [t for t in after if not any(x.text == ";" for x in token.doc[end + 1:t.i])]
    if before and after and after[0].dep_ == "cc" and head is not None and head.i < token.i:
        after = []  # "X has won 758 delegates, according to a tally, but his path is narrowing": the writer's clause
    if after and relative_after(after[0], token):
        # "..., according to a witness traveling in Guatemala, where men and children filled a road": the clause
        # after is the place's, the clause before the phrase (which the parse may not hang it on) is the source's
        after = []
        before = before or [t for t in token.sent if t.i < token.i and not t.is_punct and not t.is_space]
    conjunct = after_conjunction(token, before)
    if conjunct is not None:
        before = []  # "arrived at 9 pm and, according to the report, found ...": the report's is the conjunct
        after = [t for t in after if conjunct.left_edge.i <= t.i <= conjunct.right_edge.i]
    elif before and _connective(before):
        before = []  # "In addition, according to the department, nearly nine million ...": the writer's link
    aside = source_act_aside(token, end)
    if aside is not None:  # "According to X, writing for the Post, ...": X's act of publishing, not what X says
        after = [t for t in after if t.i not in aside]
    return before, after


def relative_after(word: Token, token: Token) -> bool:
    """``word``, the first after the phrase ``token`` and its comma, opens a relative clause on a noun before it
    ("Several thousand people are now part of the caravan, according to a Reuters witness traveling with the group in
    Guatemala, where men, women and children filled a road"): the clause tells the reader about that noun, in the
    writer's voice, whatever the parse hangs the phrase on. Only in a sentence with words before the phrase, which
    are then what the source says ("According to police, when the officers arrived ..." keeps its clause)."""
    if word.lower_ not in ("where", "which") or word.doc[word.i - 1].text != ",":
        return False
    return any(not t.is_punct for t in word.doc[token.sent.start:token.i])


# what a source does in publishing or speaking, told by a participle set off after "according to X,": "writing for
# RealClearPolitics", "speaking on CNN", "appearing on Fox News", "citing officials"
_SOURCE_ACTS = frozenset({"write", "speak", "report", "post", "comment", "appear", "testify", "blog", "tweet", "cite",
                          "talk", "respond", "reply", "answer"})
_SET_OFF = frozenset({",", ":", ";", "—", "–", "--", "-"})


def source_act_aside(token: Token, end: int) -> range | None:
    """The word indices of the participle phrase straight after "according to X" (``token``, the phrase's last word
    ``end``) and its comma that tells what X does in saying it ("According to Jack Kelly, writing for
    RealClearPolitics: ...", "According to the agency, citing a survey, ..."): X's act of publishing or speaking
    (``_SOURCE_ACTS``), none of what X says; None where there is none. The phrase ends at a comma, colon or dash, or
    with its sentence (the parse may make the participle the sentence's root and hang the phrase on it). A
    participle with a subject of its own or a clause of what X writes ("writing that ...") is left alone."""
    doc = token.doc
    comma = end + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    verb = doc[comma + 1]
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _SOURCE_ACTS:
        return None
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that":
        return None  # "writing that the drug cut deaths": what X writes, however the parse hangs it
    words = [t for t in verb.subtree if t.i > comma and not t.is_punct and not t.is_space]
    if not words or any(t.i < verb.i for t in verb.subtree if not token.i <= t.i <= comma):
        return None  # words of its own before it: not a phrase set off after the source
    last = words[-1].i
    if any(doc[i].text in _SET_OFF and doc[i].text != "-" for i in range(verb.i + 1, last)):
        return None  # a mark inside what the parse hangs on it ("replying to a question, yes"): no plain aside
    if last + 1 < len(doc) and doc[last + 1].text not in _SET_OFF and not doc[last + 1].is_sent_start \
            and doc[last + 1].text not in (".", "!", "?"):
        return None
    if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in words):
        return None  # a clause the parse hung on the participle ("writing for X, the plan is dead"): what X says
    return range(verb.i, last + 1)


# verbs of another frame in an "as" clause before the phrase: "As the Herald reported, according to police, ..."
_ASIDE_VERBS = frozenset({"report", "say", "write", "note", "reveal", "tell", "explain", "detail"})


def _in_reporting_aside(word: Token, token: Token) -> bool:
    """``word`` lies in an "as" clause of reporting that closes before the phrase ("As the Herald reported on
    Wednesday, according to police, the officer ..."): another source's frame, not what the phrase's source says
    (the parse may hang the "as" clause on any verb of the sentence)."""
    t = word
    while True:
        if t.dep_ == "advcl" and t.lemma_.lower() in _ASIDE_VERBS and t.right_edge.i < token.i \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            return True
        if t.head == t or t.head.i >= token.i:
            return False
        t = t.head


def inside_clause(token: Token) -> bool:
    """The phrase sits before the verb of the clause it qualifies, after words of that clause ("Fundraising,
    according to the campaign, has surged"): both sides are what the source says. A phrase after the verb
    ("X has won 758 delegates, according to a tally, but his path is narrowing") qualifies what came before."""
    end, head = _scope(token)
    return head is not None and head.i > end


def _scope(token: Token) -> tuple[int, Token | None]:
    """Where the phrase ends (its source's own words with it) and the head of the clause it qualifies."""
    end = phrase_end(token)
    head = token.head
    dashed = dashed_relative(token, end)
    if dashed is not None:
        end, head = dashed
        return end, clause_head(token, head, end)
    tail = source_clause(token, end)
    if tail is not None:
        end, head = tail.right_edge.i, tail.head  # "according to an email previously kept secret": the email's words
    return end, clause_head(token, head, end)


_DASHES = frozenset({"—", "--", "–", "―"})


def dashed_relative(token: Token, end: int) -> tuple[int, Token] | None:
    """A relative clause on the source set off by dashes ("according to police — who continue to spin the story
    — the officer went into the wrong apartment"), which the parse may take for the clause the phrase qualifies:
    the index of the closing dash (the phrase ends there) and the verb of the clause after it; None where the
    phrase has no such clause or the sentence has nothing after it."""
    doc = token.doc
    sent_end = token.sent.end
    if end + 2 >= sent_end or doc[end + 1].text not in _DASHES or doc[end + 2].tag_ not in _RELATIVE:
        return None
    close = next((t.i for t in doc[end + 2:sent_end] if t.text in _DASHES), None)
    if close is None:
        return None
    after = [t for t in doc[close + 1:sent_end] if not t.is_punct and not t.is_space]
    heads = [t for t in after if not close < t.head.i < sent_end or t.head == t]
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX") and t in heads), None)
    if verb is None:
        verb = next((t for t in after if t.dep_ == "ROOT"), None) or doc[close].sent.root
    if verb.i <= close:
        return None
    return close, verb


def phrase_end(token: Token) -> int:
    """The index of the last word of the phrase "according to X", X's own modifiers with it.

    A comma inside what the parse gives X, after which a clause of its own starts (a finite verb with a
    subject after the comma), or a noun phrase the verb after it takes as its missing subject, ends the
    phrase before the comma: the words after it are what X says.
    """
    doc = token.doc
    to = token.nbor() if token.i + 1 < len(doc) else token
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return to.i
    end = to.right_edge.i
    while end > pobj.i and doc[end].is_punct:
        end -= 1  # "according to Dennis B. Ross, another envoy, was ...": the comma that closes it is no word of it
    commas = [t for t in doc[pobj.i + 1:end + 1] if t.text == ","]
    for comma in reversed(commas):
        rest = doc[comma.i + 1:end + 1]
        if rest and rest[0].tag_ not in _RELATIVE and any(
                v.pos_ in ("VERB", "AUX") and v.tag_ in FINITE_OR_MODAL_TAGS
                and any(c.dep_ in CLAUSE_SUBJECTS and c.tag_ not in _RELATIVE and comma.i < c.i < v.i for c in v.children)
                for v in rest):
            return comma.i - 1  # "According to the AP, 571 of the 714 superdelegates supported Clinton"
    # "According to the FBI summary, Mills and another aide asked ...": a noun phrase set off by a comma that
    # the parse joined to X, before a verb with no subject
    verb = token.head
    joined = [t for t in doc[pobj.i + 1:end + 1] if t.dep_ in ("appos", "conj") and t.right_edge.i == end
              and doc[t.left_edge.i - 1].text == ","]
    if joined and verb.i > end and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children):
        first = joined[0].left_edge.i
        rest = doc[first:end + 1]
        if not any(t.pos_ in ("VERB", "AUX") for t in rest):
            return first - 2  # the word before the comma that sets the subject off
    return source_apposition_end(doc, end, verb)


def source_apposition_end(doc: Doc, end: int, verb: Token) -> int:
    """Where the phrase ends when the source's apposition follows it, set off by commas, that the parse left out
    of it: "According to a spokeswoman, AshLee Strong, the speaker will not run", "According to Brendan Buck, a
    spokesman for Ryan, the bill will pass": the words after the second comma are what is said, and the name or
    role between the commas is the source's. A noun phrase with no verb, and a clause with its own subject after
    the second comma; not "According to the poll, Clinton, the front-runner, leads" (the clause's subject is
    between the commas) nor "According to police, officers, who arrived at 9, found ..." (their clause's).
    ``verb`` is the word the phrase hangs from."""
    first = end + 1
    if first >= len(doc) or doc[first].text != ",":
        return end
    second = next((t.i for t in doc[first + 1:first + 2 + _APPOSITION_WORDS] if t.text == ","), None)
    if second is None or second == first + 1:
        return end
    words = doc[first + 1:second]
    heads = [t for t in words if not first < t.head.i < second]  # what the words hang from outside: the phrase's head
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in _RELATIVE or t.pos_ not in _APPOSITION_POS for t in words) \
            or not heads or any(t.pos_ not in ("PROPN", "NOUN") for t in heads):
        return end  # "..., in a 12 person Republican primary, Trump is ...": a phrase of the clause, no name or role
    # the subject of the verb the phrase hangs from stands after the second comma ("who arrived at 9" is a clause
    # of the words between the commas, not the sentence's)
    subject = any(t.dep_ in CLAUSE_SUBJECTS and t.head == verb and t.i > second for t in verb.children)
    return second - 1 if subject else end


def clause_head(token: Token, head: Token, end: int) -> Token | None:
    """The verb whose clause the phrase (``token`` to ``end``, hung from ``head``) qualifies; None where the
    phrase is the sentence's root."""
    if head == token:
        return None
    while head.dep_ != "ROOT" and (head.pos_ not in ("VERB", "AUX") or head.dep_ in _AUX):
        head = head.head  # "Other major cleavages, according to the poll, include ...": the noun's verb
    closes = all(t.is_punct or t.is_space for t in token.doc[end + 1:token.sent.end])
    while (head.dep_ == "conj" and not after_own_report(head, token, end)) \
            or (closes and head.dep_ in _CLOSING_CLIMB and head.head != head and not after_own_report(head, token, end)) \
            or (closes and head.dep_ == "ccomp" and head.head.lemma_.lower() in SAYING and head.head.i < token.i
                and not own_record(token, end)):
        head = head.head  # "X denied A and described B, according to Y", "A, while B, according to Y": all of it;
        # "Guyger said she confused ... and shot him, according to court documents": the saying with its clause
    return head


_CUE_VERBS = read_words("cue_verbs.txt")
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"})


# a source that witnessed or recorded the exchange ("people familiar with the conversation", "a person briefed on
# the call", "two people present", "the transcript", "intercepts"): it vouches for the report before as well
_WITNESSES = frozenset({"familiar", "present", "briefed", "attended", "knowledge", "transcript", "transcripts",
                        "recording", "recordings", "tape", "tapes", "intercept", "intercepts", "cable", "cables",
                        "affidavit", "minutes", "notes", "memo", "readout", "deposition", "filing", "indictment",
                        "report", "emails", "messages"})
# not records or documents (rev63w): "Smith said he was healthy, but he had been treated for cancer twice, according to
# hospital records" -- a record set after a speaker's claim most often contradicts it, and holds only the second report
# an addressee of the first cue ("told Comey", "asked aides"): a private exchange the phrase's source reports
_ADDRESSEES = frozenset({"dative", "dobj"})


def after_own_report(conjunct: Token, token: Token | None = None, end: int | None = None) -> bool:
    """``conjunct`` is a clause with its own subject joined to a report with its own cue and clause ("Tyco later
    said the loan was improper, and Swartz repaid it with interest, according to his lawyer"): the phrase on it
    vouches for that last clause, not for the other speaker's report before it. Kept: conjuncts of no report ("Sales
    rose 5% and profits fell 2%, according to the report": all of it), one subject for both ("X denied A and
    described B, according to Y")."""
    first = conjunct.head
    if conjunct.dep_ != "conj" or first.i >= conjunct.i or first.lemma_.lower() not in _CUE_VERBS:
        return False
    if first.dep_ in _COMPLEMENTS or any(c.dep_ == "mark" for c in conjunct.children):
        return False  # "told the FBI that his mother believed A, and that he watched B, according to X": one report
    if not any(c.dep_ in CLAUSE_SUBJECTS for c in conjunct.children):
        return False
    if any(c.dep_ in _ADDRESSEES and c.pos_ in ("NOUN", "PROPN", "PRON") for c in first.children):
        return False  # "Trump told Comey he wanted loyalty, and Comey declined, according to people familiar ...": both
    if token is not None and end is not None and any(t.lower_ in _WITNESSES for t in token.doc[token.i:end + 1]):
        return False  # "..., according to a person briefed on the call", "according to the transcript": both
    return any(c.dep_ == "ccomp" and c.i > first.i for c in first.children) \
        and any(c.dep_ in CLAUSE_SUBJECTS for c in first.children)


# possessive pronouns that make a record the speaker's own ("according to its report")
_OWN = frozenset({"its", "his", "her", "their"})


def own_record(token: Token, end: int) -> bool:
    """ "The company said emissions fell, according to its report": a phrase (``token`` to ``end``) that names a
    record by a possessive pronoun names the speaker's own record, which vouches for what was said, not for the
    saying: no climb from the complement to the saying (``clause_head``), and the phrase stays on the said content
    (``content_trails.without_according_tail``). "according to press reports", "according to court documents" name
    the writer's source for the saying."""
    return any(t.tag_ == "PRP$" and t.lower_ in _OWN for t in token.doc[token.i:end + 1])


def source_clause(token: Token, end: int) -> Token | None:
    """A clause with no subject that runs on from the phrase with no comma, which the parse made the phrase's
    head ("..., according to a newly uncovered email previously kept secret"): the source's own words, a
    reduced relative of X. Its verb, where the phrase is set off by a comma before it; else None."""
    doc = token.doc
    head = token.head
    if head == token or head.i <= end or head.left_edge.i < token.i or end + 1 >= len(doc) or doc[end + 1].is_punct:
        return None
    if token.i == 0 or doc[token.i - 1].text != "," or head.dep_ not in ("advcl", "acl", "relcl", "ccomp", "conj"):
        return None
    if any(c.dep_ in CLAUSE_SUBJECTS for c in head.children) or head.head == head:
        return None
    return head


def after_conjunction(token: Token, before: list[Token]) -> Token | None:
    """The conjunct a phrase right after "and"/"but" opens ("... and, according to the report, found X"):
    its verb, where the phrase hangs from it and the sentence goes on after the phrase; else None."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or not before:
        return None
    verb = token.head
    if verb.i < token.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if doc[i].dep_ == "cc" and verb.dep_ == "conj":
        return verb
    if doc[i].dep_ == "mark" and doc[i].head == verb:
        return verb  # "He left after, according to him, the network censured his report": the clause "after" opens
    return None


# the writer's links between sentences, which open a clause but are nobody's words
_CONNECTIVES = read_words("sentence_connectives.txt")


def _connective(words: list[Token]) -> bool:
    return " ".join(t.lower_ for t in words) in _CONNECTIVES


def within_brackets(token: Token, end: int) -> tuple[int, int]:
    """The token range the phrase's words may take: inside the brackets or the pair of dashes around it ("(...,
    according to Senate filings)", "Many voters - who made up 46 percent, according to a survey - back
    her"), after a colon or semicolon before it ("were successful: 14 states passed laws, according to X"),
    else its sentence. ``end`` is the last token of the phrase itself: brackets that hold nothing else ("(according
    to company filings)") bound nothing."""
    doc = token.doc
    sent = token.sent
    lo, hi = sent.start, sent.end - 1
    depth: list[Token] = []
    dashes: list[Token] = []
    for t in doc[sent.start:token.i]:
        if t.text in _BRACKETS:
            depth.append(t)
        elif depth and t.text == _BRACKETS[depth[-1].text]:
            depth.pop()
        elif not depth and set_off_dash(t):
            dashes.append(t)
        elif not depth and t.text in (":", ";") and t.i > sent.start:
            lo, dashes = t.i + 1, []
    if depth:
        opening = depth[-1]
        close = next((t.i for t in doc[token.i:sent.end] if t.text == _BRACKETS[opening.text]), hi + 1)
        if any(not t.is_punct for t in doc[opening.i + 1:token.i]) or close - 1 > end:
            return opening.i + 1, close - 1
        # "Sales fell 5 percent (according to company filings).": brackets that hold the phrase alone vouch for
        # the words outside them
    close = next((t.i for t in doc[token.i:sent.end] if set_off_dash(t)), None) if len(dashes) % 2 else None
    if close is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_OR_MODAL_TAGS
                                 for t in doc[dashes[-1].i + 1:token.i]):
        # "Many voters - who made up 46 percent, according to a survey - back her": a clause set off by the dashes
        # is the survey's; "most Americans - 63 percent in 2014, according to the report - still believe ..." and a
        # dash that opens the sentence's last words ("at year's end -- nearly $38 million, according to X") are not
        lo, hi = dashes[-1].i + 1, close - 1
    return lo, hi


def _relative_source(token: Token) -> bool:
    """ "a negotiation according to which Benedict would receive a pension": the clause after is what "which" says."""
    to = token.nbor() if token.i + 1 < len(token.doc) else token
    return any(c.dep_ == "pobj" and c.tag_ in _RELATIVE for c in to.children)
