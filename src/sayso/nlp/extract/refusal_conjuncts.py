"""A refusal to say at the end of a content is the speaker's next act, not what was said (blind audit 61, S212).

"Jack Ferry, company spokesman, said that a search is in progress but would not comment on its status": the parse
hangs "comment" on the reported "is" as a conjunct with no subject, so the content runs on into it; but a search
does not comment. The refusal ("would not comment", "did not elaborate", "declined to say", "refused to give
details", "would not offer details") is the speaker's, told by the writer beside what they said; PolNeAR's gold
ends "confirmed that Trump would be meeting with top Republican officials" before "but would not offer details".
The content ends before the conjunction.

Only a conjunct with no subject of its own, joined by "but" or "and" to a verb of the content, that closes the
content, outside quotation marks, and that is a negated verb of saying or telling (``_SAYING``: "comment",
"elaborate", "say", "discuss", "estimate", ...; "give", "offer", "provide" with "details", "information", "a list",
"terms" for object), or "declined" / "refused" / "neglected" / "failed" with such an infinitive ("revealed that the
note was not a suicide note but neglected to provide further details": blind audit 29), and not under "will" (an
intention is what was said: "has said it has classified 22 emails and will not release those emails", "has stated it
will not fund the convention and will not provide any support").
The refusal may name its speaker again as its subject ("Indiana State Police reported at least 5,000 people entered
the Statehouse, but the agency didn’t estimate how many total were on the grounds", a real AP page; "Hope Hicks said
all staffers sign NDAs, though she did not discuss their terms": PolNeAR's train gold ends at "NDAs"): a subject that
is the cue's speaker (``speaker_again.speakers_own_subject``) is the writer's telling all the same, in a conjunct or
in a "though" / "although" clause of its own.
A refusal joined to another speaker's verb of account in the content ("said the witness testified for three hours but
would not say whether he had seen the gunman") is cut too: the refusal may be the cue's speaker's ("The company said
the CEO confessed to the affair but would not say whether the board knew"), and the cut content is true either way
(rev63w). Where the cue is that verb, a content that is nothing but the refusal ("The witness testified for three
hours but would not say whether ...": no clause was testified) is no statement (``refusal_only``).
Kept: a conjunct with a subject of its own that is not the speaker ("She said the police found the gun but they would
not comment": what was said of the police), a positive verb ("said the search is over and gave no reason" is a
negated object, not the verb: kept), an act that is no saying ("said they support charter schools, but they
wouldn’t advocate for them"), an auxiliary whose verb the conjunct supplies ("the question that the author does not
and cannot answer"), a quotation. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import last_word
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import trimmable_span
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.speaker_again import speakers_own_subject

# verbs whose refusal is the reporter's stock phrase for the speaker's silence; "name", "identify", "explain",
# "answer", "reveal", "address" as often tell what the content's own subject did not do ("said the suspect confessed
# but would not name his accomplices", "said Trump attended but did not address the issue"): no trim
_SAYING = frozenset({"comment", "elaborate", "say", "speculate", "discuss", "respond", "disclose", "specify",
                     "confirm", "detail", "divulge", "estimate"})
# verbs of giving that refuse to say only with particulars for object ("would not offer details", "declined to
# provide a list of venues"); "will not provide any support" and "will not release those emails" are acts
_GIVING = frozenset({"give", "offer", "provide", "release", "share"})
_PARTICULARS = frozenset({"detail", "information", "comment", "specific", "specifics", "reason", "explanation", "name",
                          "figure", "evidence", "estimate", "timeline", "number", "list", "breakdown", "answer", "term"})
_REFUSING = frozenset({"decline", "refuse", "neglect", "fail"})
# a future modal makes the conjunct a stated intention, part of what was said ("has said it has classified 22
# emails and will not release those emails": PolNeAR gold)
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})


def _says_nothing(verb: Token) -> bool:
    """A verb of saying, or of giving particulars (``_GIVING`` with an object of ``_PARTICULARS``)."""
    lemma = verb.lemma_.lower()
    if lemma in _SAYING:
        return True
    return lemma in _GIVING and any(c.dep_ == "dobj" and c.lemma_.lower() in _PARTICULARS
                                    and not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "those", "these")
                                                for d in c.children)  # "did not share the information": an act
                                    for c in verb.children)


def refusal_to_say(verb: Token) -> bool:
    """ "would not comment", "did not elaborate", "declined to say", "refused to give details"; not under a future
    modal ("will not comment": an intention stated), not "never" (narration: "promised reform but never specified
    how"), and not with an object other than particulars ("did not disclose it", "would not say a word")."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return False
    if verb.lemma_.lower() in _REFUSING:
        return any(c.dep_ == "xcomp" and _says_nothing(c)
                   and not any(o.dep_ in ("dobj", "dative") and o.lemma_.lower() not in _PARTICULARS
                               for o in c.children)
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in _PARTICULARS for c in verb.children):
        return False  # "did not disclose it to regulators", "did not say a word": an act of the content's subject
    return _says_nothing(verb) and any(c.dep_ == "neg" and c.lower_ != "never" for c in verb.children)


_COMPLEMENTS = frozenset({"attr", "acomp", "prep", "dobj", "xcomp", "ccomp", "oprd", "advmod", "npadvmod"})


def _stranded(head: Token) -> bool:
    """An auxiliary whose verb the conjunct supplies: "the author does not and cannot answer" is one verb phrase
    shared by both, no second act."""
    return (head.pos_ == "AUX" or head.lemma_.lower() in ("be", "have", "do")) \
        and not any(c.dep_ in _COMPLEMENTS and c.i > head.i for c in head.children)


def without_refusal_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content ended before a subjectless conjunct at its end that refuses to say (``refusal_to_say``)."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for t in span[2:]:
        if t.dep_ not in ("conj", "advcl") or t.pos_ not in ("VERB", "AUX") or t.right_edge.i < last.i:
            continue
        head = t.head
        if not span.start <= head.i < t.i or head.i == token.i or not refusal_to_say(t) or _stranded(head):
            continue
        if quotes.containing(t.idx) is not None:
            continue
        subject = next((c for c in t.children if c.dep_ in SUBJECTS or c.dep_ == "expl"), None)
        if subject is not None and not speakers_own_subject(subject, token, span):
            continue
        if t.dep_ == "conj":
            joint = next((c for c in head.children if c.dep_ == "cc" and c.i < t.i and c.lower_ in ("but", "and")), None)
        else:  # "..., though she did not discuss their terms": a clause of its own only
            joint = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE), None) \
                if subject is not None else None
        if joint is None:
            continue
        end = joint.idx
        text = doc_text(doc)
        while end > content.start and text[end - 1] in " \t\n,;:–—-":
            end -= 1
        if end > content.start:
            return content._replace(end=end)
    return content


_CONCESSIVE = frozenset({"though", "although"})
def refusal_only(token: Token, content: Content, doc: Doc) -> bool:
    """The content of the cue ``token`` is nothing but a subjectless conjunct of it that refuses to say ("The witness
    testified for three hours but would not say whether he had seen the gunman": nothing was testified); the
    refusal is the speaker's next act, not what was said. Not a quotation, not a conjunct with its own subject."""
    if content.quote:
        return False
    for t in token.children:
        if t.dep_ != "conj" or t.i < token.i or t.pos_ not in ("VERB", "AUX") or not refusal_to_say(t):
            continue
        if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children):
            continue
        if doc[t.left_edge.i].idx <= content.start < doc[t.right_edge.i].idx + len(doc[t.right_edge.i]):
            return True
    return False
