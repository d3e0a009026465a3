"""A noun cue's clause on a headline's Title-Case line: "X's Claim That ..." (issue 12, headlines).

A headline in Title Case capitalises every word, and the parse reads its clauses badly: in "Senator Doe's Claim
That The Budget Is In Surplus Isn't True" it may end the claim's clause early ("That The Budget Is In") or run
it on into the writer's verdict on it ("That Rivals Are Funding Gangs Isn't Accurate"). The clause's end is read
from the line's finite verbs instead of the parse (``headline_noun_content``):

- the cue is a noun of saying ("Claim", "Warning", "Boast"), its clause opened by "That" right after it, on a
  line in Title Case (``headlines.title_case``), in the line's first sentence;
- the finite verb groups after "That" in that sentence ("Is", "Isn't", "Are Funding", "Will Fall") are counted:
  one is the clause's own, and the clause runs to the sentence's end ("Doe Repeats Claim That Vote Was Rigged");
  two, with the noun the line's subject (no finite verb before it on the line), are the clause's and the line's
  own ("... Isn't True": the writer's verdict), and the clause ends before the second;
- any other count, or two with the noun an object ("Jones Rejects Doe's Claim That Vote Was Rigged, Says Count
  Was Fair"), is a parse no rule can trust: the attribution is dropped.

Lines in sentence case, and noun cues without a "That" clause, are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.headlines import title_case
from sayso.nlp.extract.pronoun_words import NOMINATIVES

_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# the finite auxiliaries and copulas a Title-Case tagger may read as proper nouns ("Is", "Isn't", "Will")
_FINITE_WORDS = frozenset(
    "is are was were has have had does do did will would can could may might must should shall".split())
_VERB_GROUP = frozenset({"VB", "VBG", "VBN", "RB", "TO"}) | _FINITE_TAGS  # what goes on a finite verb's group
_NEGATIONS = frozenset({"n't", "n’t", "not", "never"})
# what bounds the clause: a sentence's end, a subtitle's colon, a semicolon, a dash, a comma (", Scientists Say")
_CLAUSE_ENDS = frozenset({".", "?", "!", ":", ";", ",", "—", "–", "--"})
# a name's or a date's first word is not a verb however it is tagged ("Will Smith's Claim", "May 5"); only the
# first word: a Title-Case line is often one long ORG or PERSON to NER, its verbs inside it
_NAME_ENTS = frozenset({"PERSON", "DATE"})


def _finite(token: Token) -> bool:
    if token.ent_iob_ == "B" and token.ent_type_ in _NAME_ENTS:
        return False
    return token.tag_ in _FINITE_TAGS or token.lower_ in _FINITE_WORDS


def _verb_groups(tokens: Span | list[Token]) -> list[Token]:
    """The first token of each finite verb group of ``tokens`` ("Is", "Are Funding", "Is n't", "Will Fall").

    A finite verb goes on the group before it only after an auxiliary ("Do n't Have", "Will Rise"): after a
    participle or a plain verb it opens the next group ("Was Rigged | Is False", "Will Rise | Comes True")."""
    starts: list[Token] = []
    last: Token | None = None  # the group's last verb, None outside a group
    for t in tokens:
        if _finite(t) and (last is None or not (last.lower_ in _FINITE_WORDS or last.tag_ == "MD")):
            starts.append(t)
            last = t
        elif last is None:
            continue
        elif t.lower_ in _NEGATIONS or t.tag_ == "RB":  # "Is n't", "Will Not", "Is Still"
            continue
        elif t.tag_ in _VERB_GROUP or _finite(t):  # "Are Funding", "Could Be", "Do n't Have"
            last = t
        else:
            last = None
    return starts


def _line(doc: Doc, token: Token) -> tuple[int, int]:
    """Token indices [lo, hi) of the line ``token`` stands on."""
    lo = token.i
    while lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    hi = token.i
    while hi < len(doc) - 1 and "\n" not in doc[hi].text_with_ws:
        hi += 1
    return lo, hi + 1


def _that_clause(found: Found, doc: Doc) -> Token | None:
    """The "That" that opens the content right after the noun cue ("Claim That ..."), or None."""
    cue = doc[found.cue_head]
    if cue.pos_ not in ("NOUN", "PROPN") or cue.i + 1 >= len(doc):
        return None
    that = doc[cue.i + 1]
    if that.lower_ != "that" or not that.idx <= found.content[0] <= that.idx + len(that) + 1:
        return None
    return that


def headline_noun_content(found: Found, doc: Doc) -> Found | None:
    """``found`` with its content read from the line's finite verbs when its cue is a noun with a "That" clause on
    a Title-Case line (see the module's docstring); None where that reading is not safe; else ``found`` itself."""
    that = _that_clause(found, doc)
    if that is None:
        return found
    lo, hi = _line(doc, that)
    text = doc_text(doc)
    if not title_case(text[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])]):
        return found
    end = next((t.i for t in doc[that.i + 1:hi] if t.text in _CLAUSE_ENDS), hi)
    clause = [t for t in doc[that.i + 1:end] if not t.is_space]
    groups = _verb_groups(clause)
    # the line's subject: no finite verb before the noun since the last bound ("Fact Check: Doe's Claim ...")
    start = max((t.i + 1 for t in doc[lo:found.cue_head] if t.text in _CLAUSE_ENDS), default=lo)
    subject = not _verb_groups(list(doc[start:found.cue_head]))
    own_subject = len(groups) == 2 and groups[1].i > 0 and doc[groups[1].i - 1].lower_ in NOMINATIVES
    if len(groups) == 1 or own_subject:  # "That Voters Were Told They Could Not Vote": both the clause's
        last = clause[-1]
    elif len(groups) == 2 and subject:
        last = doc[groups[1].i - 1]
    else:
        return None
    if last.i <= that.i:
        return None
    return found._replace(content=(found.content[0], last.idx + len(last)), parts=())
