"""A quotation inside a quotation with its own trailer or lead-in, both inside the outer one: pure functions of the parse.

'“‘Take the guns first, go through due process second,’ Trump said.”' (a column quoted as a block, its own quotes
in single marks), '“It was over. ‘We are done here,’ the chairman said.” Ruiz recalled': the outer quotation is
someone's (or a text's, quoted whole), and inside it an inner quotation opens a sentence and is closed by the
inner speaker's trailer, the way a news sentence quotes anyone. A reader takes the inner words as the inner
speaker's, reported through the outer quotation (SPEC's ``via``). The cue model scores a verb inside a quotation
low (most are the speaker's own words), and the quotation index holds the outer marks only, so the inner quote
had neither a confident cue nor a content.

The form read here is strict, for the right single mark is also an apostrophe ("no one’s rights"): the inner
passage opens a sentence of the outer quotation (right after its opening mark, or after a sentence's end) with a
left single mark (or a straight one), and closes with a right single mark right after a comma, a question or an
exclamation mark (",’"), the trailer right after it: a finite verb of saying with a name or a noun for a person
as its subject ("Trump said", "the sheriff told reporters", "said Pence"), nothing negated or modal, and the
trailer ends its sentence. An apostrophe inside a word never closes the passage (the close is found from the
trailer back, not from the opening forward); a word in single marks inside a quotation ("a ‘hoax’"), a title
('“I loved ‘Jaws,’ Spielberg's film”') and a "he said" with no inner passage before it are no such form.

The lead-in form ('“My father said, ‘Never give up,’” she recalled', ``inner_lead_in``) is the verb before the
passage: the cue is ``quoted_reports``' to judge; here only its content, the passage, closed by the same reading
of the right single mark (the parse may hang the outer trailer on the inner verb, "she recalled" read as what the
father said).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.misparsed_speakers import SPEECH_VERBS
from sayso.nlp.extract.quote_marks import DOUBLE_MARKS_BUT_LOW
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

_MODALS = read_words("modals.txt")
_OPENINGS = {"’": "‘", "'": "'"}  # the inner closing mark and its opening
_CLOSE_PUNCT = frozenset(",?!")
_OUTER_MARKS = frozenset(DOUBLE_MARKS_BUT_LOW)
_SENTENCE_ENDS = frozenset(".?!")
_TRAILER_TAGS = frozenset({"VBD", "VBZ"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", ""})
_POSSESSIVES = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})
# what may follow the trailer's verb and its speaker before the sentence ends: an addressee, a time, a place
_TRAILER_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct", "nsubj", "agent"})


def inner_trailer(token: Token, quotes: QuoteIndex, person_nouns: frozenset[str] | None = None) -> tuple[int, int] | None:
    """The inner passage (its marks excluded) that ``token`` is the trailer's verb of, inside an outer quotation
    (module doc), or None. ``person_nouns``: the nouns for a person a common-noun speaker must be one of ("the
    sheriff said"); None takes any common noun (a content candidate, the cue's score judged apart)."""
    if token.pos_ != "VERB" or token.tag_ not in _TRAILER_TAGS or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    quote = quotes.containing(token.idx)
    if quote is None or token.dep_ in ("relcl", "acl", "xcomp", "advcl", "conj"):
        return None
    kids = list(token.children)
    if any(c.dep_ == "neg" or c.dep_ == "aux" and (c.lower_ in _MODALS or c.lemma_ == "do") for c in kids):
        return None
    if any(c.dep_ not in _TRAILER_DEPS and c.i > token.i and c.idx < quote.end for c in kids):
        return None  # "‘..., ’ Trump said that ...": a clause of its own after it, no trailer
    subj = next((c for c in kids if c.dep_ in CLAUSE_SUBJECTS), None)
    if subj is None or not _names_someone(subj, person_nouns):
        return None
    first = min(subj.left_edge.i, token.i)
    if subj.i > token.i and subj.left_edge.i != token.i + 1:
        return None  # "said Senator Collins": the speaker right after the verb
    if first != token.i and first != subj.left_edge.i or (subj.i < token.i and subj.right_edge.i + 1 != token.i):
        return None  # only the speaker between the passage and the verb
    text = quotes.text
    head = token.doc[first]
    close = head.idx
    while close > 0 and text[close - 1] in " \xa0":  # back over the spaces before the trailer, no copy of the text
        close -= 1
    if close < 2 or close == head.idx or text[close - 1] not in _OPENINGS or text[close - 2] not in _CLOSE_PUNCT:
        return None
    end = close - 1
    opening = text.rfind(_OPENINGS[text[end]], quote.start, end - 1)
    if opening < 0:
        return None
    start = opening + 1
    passage = text[start:end]
    if not passage[:1].isalnum() or "\n" in passage or any(m in _OUTER_MARKS for m in passage):
        return None
    before = text[quote.start:opening].rstrip(" \xa0")
    if not before or not (before[-1] in _OUTER_MARKS or before[-1] in _SENTENCE_ENDS):
        return None  # the passage opens a sentence of the quotation, not a phrase in it ("called it ‘a hoax,’ ...")
    if not _trailer_ends(token, subj, quote.end, text):
        return None
    return (start, end)


def _names_someone(subj: Token, person_nouns: frozenset[str] | None) -> bool:
    """A subject that names the inner speaker: a proper name of a person or a body, or a noun for a person."""
    if subj.lower_ in _POSSESSIVES:
        return False
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in _SPEAKER_ENTS
    return subj.pos_ == "NOUN" and (person_nouns is None or subj.lemma_.lower() in person_nouns)


def _trailer_ends(token: Token, subj: Token, quote_end: int, text: str) -> bool:
    """The trailer ends its sentence inside the outer quotation: a full stop or the outer closing mark (after a
    comma or not) right after the trailer's last word (its speaker's, or of what hangs on the verb inside the
    quotation: "said on Tuesday")."""
    words = [token, subj.right_edge] + [c.right_edge for c in token.children
                                         if c.i > token.i and c.idx < quote_end and not (c.is_punct or c.is_space)]
    last = max(words, key=lambda t: t.i)
    after_at = last.idx + len(last.text)
    if after_at >= quote_end:
        return False
    rest = text[after_at:quote_end].lstrip(" \xa0")
    return rest[:1] in (".", "”", "\"") or rest[:2] in (",”", ",\"")


_LEAD_PUNCT = frozenset(",:")
_HEARER_DEPS = frozenset({"dobj", "dative", "iobj"})
_SELVES = frozenset({"i", "we"})
_CLOSE_BEFORE = frozenset(".,?!;…")
_CLOSE_AFTER = frozenset(",.;:—–")  # a mark closed right before them: "‘Go’, and", "‘Fine’ — and meant it"


def inner_lead_in(token: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """ '“My father said, ‘Never give up,’” she recalled': the inner passage that a verb of saying inside an outer
    quotation opens, after a comma or a colon (its marks excluded), or None. The passage closes at the first
    right single mark after a sentence's or a clause's punctuation, or right before the outer closing mark:
    never at an apostrophe inside or at the end of a word ("‘Don’t come,’", "‘We were talkin’ about it.’"). No
    comma, no passage: "wrote ‘The Art of the Deal’" names a work. The verb's subject is before it and no pronoun
    but "I"/"we" (a "he" inside a quotation is someone only the speaker knows: ``quoted_reports``)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    quote = quotes.containing(token.idx)
    if quote is None:
        return None
    subj = next((c for c in token.children if c.dep_ in CLAUSE_SUBJECTS and c.i < token.i), None)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in _SELVES:
        return None  # '“He said, ‘The redcoats are coming!’ ...”': someone only the speaker knows, left as it was
    text = quotes.text
    hearer = {t.i for c in token.children if c.dep_ in _HEARER_DEPS and c.i > token.i for t in c.subtree}
    last = token
    for t in token.doc[token.i + 1:]:
        if t.i not in hearer:
            break
        last = t
    k = last.idx + len(last.text)  # past the one spoken to: "told the board, ‘...’", "told me: ‘...’"
    rest = text[k:quote.end]
    lead = rest.lstrip(" \xa0")
    if lead[:1] not in _LEAD_PUNCT:
        return None
    after = lead[1:].lstrip(" \xa0")
    if after[:1] not in ("‘", "'"):
        return None
    start = quote.end - len(after) + 1
    if start >= quote.end or not text[start].isalnum():
        return None
    closing = "’" if after[0] == "‘" else "'"
    limit = _passage_limit(text, start, quote.end, after[0])
    at = start
    while True:
        at = text.find(closing, at + 1, limit)
        if at < 0:
            return None
        if text[at - 1] in _CLOSE_BEFORE or text[at + 1:limit].lstrip(" \xa0")[:1] in _CLOSE_AFTER:
            return (start, at)  # "‘Never give up,’", "‘Go’, and ...", "‘Fine’ — and meant it"
        if text[at + 1:at + 2] in ("”", "\""):
            # right before the outer mark, with no punctuation: only where no word-final mark came before it
            # ("‘Go’ and we drove to the Joneses’”": the passage may have closed at "Go’")
            return None if _word_final_mark(text, start, at, closing) else (start, at)


def _passage_limit(text: str, start: int, end: int, opening: str) -> int:
    """Where an inner passage opened at ``start`` must close by: its line's end, and for curly marks the next
    opening mark ("“Dad said, ‘Go’ and Mom said, ‘Stay.’”": Dad's passage never takes in Mom's)."""
    limit = text.find("\n", start, end)
    limit = end if limit < 0 else limit
    if opening == "‘":
        nxt = text.find("‘", start, limit)
        limit = limit if nxt < 0 else nxt
    return limit


def _word_final_mark(text: str, start: int, at: int, closing: str) -> bool:
    """A ``closing`` mark after a letter and before a space between ``start`` and ``at``: a plural's apostrophe
    ("the students’ union") or the passage's own close ("‘Go’ and we drove")."""
    k = text.find(closing, start, at)
    while k >= 0:
        if text[k - 1].isalpha() and text[k + 1:k + 2].isspace():
            return True
        k = text.find(closing, k + 1, at)
    return False

