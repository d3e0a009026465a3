"""A noun that stands for a question is no proposition: "Hoy confirmed the woman's age" says nothing of her age.

"the woman's age", "the victim's identity", "his whereabouts", "the name of the driver" each stand for a question
(what age? who? where?) and do not answer it; a cue whose whole content is such a noun phrase names a fact and
reports no claim a reader could check (blind audit 61, S99). PolNeAR's "confirmed <noun phrase>" rows are events and
statements ("confirmed the meeting", "confirmed a few of his revelations", "confirmed that observation"), which stay,
as do "confirmed the report", "confirmed the deal" and "confirmed that ...". The value given keeps the cue: "confirmed
her age as 23" (a predication), "confirmed his age, 23" (an apposition), "gave her age at 23", a number in the phrase,
and for a noun of place a phrase of place that answers it ("confirmed the whereabouts of the missing ship near Bermuda":
a checkable claim, rev61a hand2 H014).

A free relative stands for a question the same way (``answerless_relative``): "hints at what some of his plans might
include", "revealed what had happened", "says whatever he needs to say", "revealed the thing Trump did to her" name
what was said by a question (what does he plan? what did Trump do?) and do not answer it (blind audits P78, P79:
judged wrong). A verb of asking or knowing takes the question itself ("asked what happened", "didn't know what to make
of him": PolNeAR's gold), a verb of showing a figure ("the chart shows what the car would cost": PolNeAR's gold);
"how" and "why" clauses ("explained how the plan works") tell an account and are left alone (readers judged them
right), and so is a clause whose subject is the relative ("said what he did was wrong").
Nouns: ``concealed_question_nouns.txt``. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.disputed_claims import disputing_verb
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

QUESTION_NOUNS = read_words("concealed_question_nouns.txt")
_VALUE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "dative"})
# nouns that ask "where?", answered by a phrase of place
_PLACE_NOUNS = frozenset({"whereabouts", "address", "birthplace", "location"})
# prepositions that locate whatever their object is ("near Bermuda", "off the coast"); others ("in", "at") locate only
# with a place named in their object ("in a hotel in Miami", not "at the time of the attack")
_PLACE_PREPOSITIONS = frozenset({"near", "off", "outside", "inside", "beside", "behind", "along", "beneath", "under",
                                 "within", "across", "aboard"})
_LOCATING = frozenset({"in", "at", "on", "to", "from", *_PLACE_PREPOSITIONS})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def concealed_question(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The verb cue's content is its direct object, a noun phrase headed by a noun of ``QUESTION_NOUNS`` that gives
    no value: no number, quotation, apposition, or predication hung on the verb ("as 23", "at 23")."""
    if token.pos_ != "VERB" or content.quote or content.kind not in ("child_dobj", "dobj_plus"):
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in QUESTION_NOUNS:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    if any(c.dep_ in _VALUE_DEPS or (c.dep_ == "prep" and c.lower_ in ("as", "at")) for c in token.children):
        return False  # "confirmed her age as 23"
    phrase = doc[obj.left_edge.i:obj.right_edge.i + 1]
    if any(t.like_num or t.pos_ == "NUM" or t.dep_ == "appos" for t in phrase):
        return False  # "confirmed the name, John Smith", "the age of 23"
    if any(c.i > obj.i and (c.like_num or c.pos_ == "NUM" or c.dep_ == "appos") for c in token.children):
        return False  # "confirmed her age, 23": the parse hangs the value on the verb
    if obj.lemma_.lower() in _PLACE_NOUNS and any(_place_phrase(t) for t in (*phrase, *token.children)
                                                  if t.i > obj.i and not (t in phrase and _in_clause(t, obj))):
        return False  # "confirmed the whereabouts of the missing ship near Bermuda": the place is given
    span = content_span(doc, content)
    return span is not None and noun_phrase_with_modifiers(phrase)


# the words that open a free relative: "what he wanted", "whatever it takes", "what steps he would take"
_FREE_WORDS = frozenset({"what", "whatever"})
# nouns as light as "what": "the thing Trump did", "something that shocked her"
_LIGHT_NOUNS = frozenset({"thing", "something", "anything", "everything"})
# verbs whose wh-clause is the question put, pondered or known, the content itself: "asked what happened", "wondered
# what would come next", "didn't know what to make of it", "could not fathom what they meant"
_ASKING = frozenset({"ask", "question", "wonder", "inquire", "enquire", "query", "know", "understand", "consider",
                     "remember", "recall", "forget", "imagine", "envision", "fathom", "figure", "determine", "decide",
                     "ponder", "debate", "discuss", "probe", "investigate", "examine", "study", "see", "learn"})
# the verbs that name what their object is called: "what he called a hoax" gives the speaker's words
_NAMING = frozenset({"call", "describe", "term", "label", "dub", "brand", "see", "view", "regard", "deem", "consider"})
# verbs by which a free relative subject is given its description: "what appears to be a new species of frog"
_SEEMING = frozenset({"appear", "seem", "amount", "look", "sound", "prove", "constitute", "represent", "resemble"})
# senses of the cues a free relative empties (``cue_senses.txt``); thought and acting verbs are left to other rules
_TOLD_SENSES = frozenset({"saying", "writing", "finding"})


def answerless_relative(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, sense: str | None,
                        evidence: str | None) -> bool:
    """The content is a free relative ("what some of his plans might include", "whatever it takes") or a light noun
    with its relative clause ("the thing Trump did to her", "something that shocked her") that a verb of saying,
    writing or finding (``sense``) takes: what was said is named by a question it does not answer. Kept: a verb of
    asking or knowing (``_ASKING``), a verb of showing evidence (``evidence``: "evidence" or "deed"), a quotation of
    the speaker's (a quotation the cue stands in, another's words, does not keep it: 'Fiorina said Cruz "says whatever
    he needs to say"'), a "what ... called" relative (the speaker's words), a "to"-infinitive ("explained what
    to do": advice), words set off by a comma or a colon or asked ("said, what happened?": the words spoken), and a
    verb of disputing ("denied what the report said about his finances": another's words, which ``disputed_claims``
    reads)."""
    if token.pos_ != "VERB" or sense not in _TOLD_SENSES or token.lemma_.lower() in _ASKING \
            or evidence in ("evidence", "deed") or disputing_verb(token):
        return False
    if quotes.overlapping(content.start, content.end):
        around = quotes.containing(token.idx)  # the cue inside the quotation: the quotation is another speaker's
        if around is None or not around.start <= content.start <= content.end <= around.end:
            return False
    span = content_span(doc, content)
    if span is None or not len(span) or span.start <= token.i or not _object_of(span.root, token):
        return False
    if doc[span.start - 1].text in (",", ":") or doc[min(span.end, len(doc) - 1)].text == "?" or span[-1].text == "?":
        return False  # "My client said, what happened?", "Imagine, one said, what a bullet would do": words spoken
    if _answer_after(span):
        return False  # "said what he believed: that the war was lost", "whatever happens, he will stay": words given
    return _free_relative(span) or _light_relative(span)


# the marks after which a content goes on with what was said: "revealed what the agency had hidden: a secret prison"
_ANSWER_MARKS = frozenset({",", ":", ";", "—", "–", "--"})  # no "-": "the 23-year-old" splits at it
# the words that open a second relative or question after a comma: "said something there, which is more than I can
# say", "said what he had done, where he had been": still no answer
_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "when", "what", "why", "how"})


def _answer_after(span) -> bool:  # noqa: ANN001 - a Span
    """Words follow the relative after a comma, a colon or a dash: the answer ("said what he believed: that P",
    "revealed something few knew: P", "repeated what he had said before, that P") or the main clause of a concessive
    one ("said whatever happens, he will stay", "said what's more, the deal ..."), not a second relative."""
    doc = span.doc
    return any(t.text in _ANSWER_MARKS and t.i + 1 < span.end and not doc[t.i + 1].is_punct
               and doc[t.i + 1].lower_ not in _RELATIVE_OPENERS for t in span[1:])


def _object_of(root: Token, cue: Token) -> bool:
    """``root`` is the cue's object or clause, or the object of the cue's preposition ("hints at what ...")."""
    if root.head.i == cue.i:
        return root.dep_ in ("dobj", "ccomp", "xcomp", "pcomp")
    return root.dep_ in ("pobj", "pcomp") and root.head.dep_ == "prep" and root.head.head.i == cue.i


def _free_relative(span) -> bool:  # noqa: ANN001 - a Span
    """ "what some of his plans might include", "whatever he needs to say", "what steps he would take": the span opens
    with "what" in its own clause, which is the whole span, no clause of which it is the subject ("what he did was
    wrong"), no "to"-infinitive ("what to do") and no naming ("what he called a hoax")."""
    first, root = span[0], span.root
    if first.lower_ not in _FREE_WORDS or first.tag_ not in ("WP", "WDT") or root.pos_ not in ("VERB", "AUX"):
        return False
    word = first.head if first.dep_ == "det" else first
    t = word
    while t.i != root.i:
        if t.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and t is not word:
            return False  # "what he did [was wrong]": the relative is the subject of the clause said
        if t.head.i == t.i:
            return False
        t = t.head
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.i == root.i and root.lemma_.lower() == "be" \
            and any(c.dep_ in ("attr", "acomp") for c in root.children):
        return False  # "what is clearly racist": left to ``writers_verdicts``
    if word.dep_ == "nsubj" and word.head.i == root.i and root.lemma_.lower() in _SEEMING:
        return False  # "found what appears to be a new species", "wrote what amounted to a confession": it is named
    if any(t.tag_ == "TO" and t.dep_ == "aux" and t.head.i == root.i for t in span):
        return False  # "explained what to do": advice given
    if root.lemma_.lower() in _NAMING:
        return False  # "condemned what he called a brazen breach": a description in his words
    return span.end - 1 <= root.right_edge.i


def _light_relative(span) -> bool:  # noqa: ANN001 - a Span
    """ "the thing Trump did to her", "something that shocked her": a light noun (``_LIGHT_NOUNS``) with a relative
    clause and no apposition that would give it; or a headline's "Stunning Thing Trump Did To Her", which the parse
    of its capitals reads as a noun compound on the relative's subject."""
    root = span.root
    if root.lower_ in _LIGHT_NOUNS or root.lemma_.lower() in _LIGHT_NOUNS:
        # no apposition that would give it, no phrase that goes on to the words ("anything beyond that the talks
        # would continue", which the parse reads as a relative)
        return any(c.dep_ == "relcl" for c in root.children) \
            and not any(c.dep_ in ("appos", "prep") for c in root.children) and span.end - 1 <= root.right_edge.i
    lead = [t for t in span if t.i < root.i and t.pos_ in ("NOUN", "PROPN")]
    if not lead or lead[0].lemma_.lower() not in ("thing",) or lead[0].dep_ != "compound":
        return False
    subject = lead[0].head
    return subject.dep_ == "nsubj" and subject.head.i == root.i and root.pos_ == "VERB" \
        and all(t.pos_ in ("DET", "ADJ", "ADV") for t in span if t.i < lead[0].i)


def _place_phrase(word: Token) -> bool:
    """``word`` is a preposition of place whose phrase names a place: "near Bermuda", "off the coast", "in a hotel in
    Miami"; not "of the suspect" nor "at the time of the attack"."""
    if word.dep_ != "prep" or word.lower_ not in _LOCATING:
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    if any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_NOUNS for o in objects):
        return False  # "within hours", "under a day": a time, not a place (rev63w)
    # a place in the phrase's own noun, not in a clause on it ("in the complaint filed in Miami": rev63w)
    return word.lower_ in _PLACE_PREPOSITIONS or any(t.ent_type_ in _PLACE_ENTITIES and not _in_clause(t, word)
                                                      for t in word.subtree)


_TIME_NOUNS = frozenset({"hour", "minute", "day", "week", "month", "year", "time", "moment", "period"})


def _in_clause(t: Token, top: Token) -> bool:
    """``t`` hangs under a clause (relative, participle) between it and ``top``."""
    while t != top and t.head != t:
        if t.dep_ in ("acl", "relcl", "advcl", "ccomp"):
            return True
        t = t.head
    return False
