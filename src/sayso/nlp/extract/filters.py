"""What is not an attribution though a cue word is there: pure predicates on the parse.

Only statements and stances are attributions. Each predicate names one thing a reader
would not accept as "X says Y", with its examples; ``find_attributions`` drops a cue that
any of them holds for. Kept small and separate so each has its own table of tests
(``tests/test_filters.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content, fronted_adjunct
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.light_verbs import light_verb_statement
from sayso.nlp.extract.naming import figure_put_at, figure_reported
from sayso.nlp.extract.page_notices import reading_pointer
from sayso.nlp.extract.quotes import CLOSING_QUOTES_AND_APOSTROPHE, QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_TAGS
from sayso.nlp.extract.vocabulary import SUBJ_DEPS

Range = tuple[int, int]

QUOTE_KINDS = frozenset({"quote_before", "quote_after", "quote_pair", "quote_pair_next", "colon_rest", "colon_para"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "ADV", "ADP", "PART", "CCONJ", "PUNCT", "SYM", "X", "SPACE"})
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—])\s+")
_NO_COMMENT = frozenset({"comment", "elaborate", "respond", "speculate", "discuss", "say"})


def content_span(doc: Doc, content: Content) -> Span | None:
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def trimmable_span(doc: Doc, content: Content) -> Span | None:
    """The span of a content whose trailing clause a trim may cut, or None: a quotation or a content of quoted
    parts is the speaker's own words to its end, and under six tokens there is no room for a clause of the
    speaker's and another to cut after it. The one opening the trims of a content's end share."""
    if content.quote or content.parts:
        return None
    span = content_span(doc, content)
    return span if span is not None and len(span) >= 6 else None


def verb_complement(token: Token, content: Content, doc: Doc, lemmas: frozenset[str]) -> Span | None:
    """The content's span when ``token`` is a verb of ``lemmas``, the content no quotation, and its root hangs on
    the cue: what the predicates that read a verb's own complement ("sounded awful", "issued a statement", "did
    not say whether ...") start from."""
    if token.lemma_.lower() not in lemmas or token.pos_ not in ("VERB", "AUX") or content.quote:
        return None
    span = content_span(doc, content)
    return span if span is not None and span.root.head.i == token.i else None


def cue_preposition(token: Token, content: Content, doc: Doc) -> Token | None:
    """The preposition hung on the cue ``token`` whose object is the content ("spoke during the debate",
    "responded by reminding ...", "lashed out at Obama officials"), or None: a content of a kind other
    than a prepositional object, or a preposition that is not the cue's."""
    if content.quote or content.kind not in ("prep_obj", "child_prep"):
        return None
    span = content_span(doc, content)
    if span is None:
        return None
    first = span[0]
    prep = first if content.kind == "child_prep" else (doc[first.i - 1] if first.i > 0 else None)
    if prep is None or prep.dep_ != "prep" or prep.head.i != token.i:
        return None
    return prep


def bare_object(doc: Doc, content: Content, quotes: QuoteIndex) -> bool:
    """The content is a noun phrase, not a clause, quotation or proposition.

    "calls from within his own ranks", "the party", "Holcomb", "side-by-side", "him":
    no verb inside (a gerund or infinitive is a proposition: "quitting" is not bare when
    it heads a clause with an object, "to stage a clinic" is not bare) and no quotation.
    """
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    if misread_noun_phrase(span) and not _small_clause_verb(span):
        return True  # "forgot the whole seek part": the parse's clause is a noun phrase
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")]
    if not verbs:
        return all(t.pos_ in _NOUNISH for t in span)
    if len(verbs) == 1 and len(span) == 1 and verbs[0].tag_ == "VBG":
        return True  # "considered quitting": a bare gerund names an act, it states nothing
    return False


# verbs of perceiving and causing take a bare infinitive after their object: "have seen their jobless rate fall",
# "watched the crowd cheer", "let the deadline pass" are small clauses, not noun phrases
_SMALL_CLAUSE_VERBS = frozenset({"see", "watch", "hear", "feel", "notice", "observe", "let", "make", "have", "help"})


def _small_clause_verb(span: Span) -> bool:
    """Whether the span's clause hangs on a verb of perceiving or causing (``_SMALL_CLAUSE_VERBS``)."""
    return span.root.head.lemma_.lower() in _SMALL_CLAUSE_VERBS


def misread_noun_phrase(span: Span) -> bool:
    """A clause of the parse that is a noun phrase: its verb a bare base form ("VB") with no auxiliary, "to",
    or "that" and a subject led by an article or a possessive ("the whole seek part", "his last stand-up
    set"). An English clause with a subject has a finite verb or a modal; a base form after a singular
    common-noun subject is a noun or an adjective the tagger misread. "demanded that he leave" (a subjunctive, "that")
    and "saw Trump wave" (a name) are clauses."""
    root = span.root
    if root.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in root.children):
        return False
    subj = subject_of(root)
    if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ or subj.tag_ in ("NNS", "NNPS"):
        return False  # "the kids play outside": a plural subject's present tense has the base form
    return subj.left_edge.i == span.start and span[0].tag_ in ("DT", "PRP$")


# verbs of perceiving: their noun-phrase object is what was seen, whatever relative clauses describe it ("observed a
# nebula that became the first entry in the catalog"); "observed that ..." keeps its clause
_PERCEIVING = frozenset({"observe", "notice", "watch", "witness"})


def np_content_not_reported(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, non_statement: frozenset[str],
                            topic_verbs: frozenset[str] = frozenset()) -> bool:
    """An act, perception or state with a bare noun phrase for content: nothing is said.

    "The rally represented Indiana's biggest protest", "Teachers didn't see Holcomb",
    "A flu outbreak required a suspension", "testified side-by-side", "Vindman reported
    to him" (``non_statement_verbs.txt``). Speech acts and stances keep a noun phrase
    ("denied the allegations", "backed Sanders"), and an object with its complement is a
    small clause ("called Trump a fascist"). For verbs whose object names a topic or a
    target (``topic_verbs.txt``: "discussed a need for ...", "referred the call to ...",
    "questioned his testimony, in which ...") a noun phrase stays a noun phrase whatever
    relative clauses or participles describe it.
    """
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in non_statement:
        return False
    if content.kind == "dobj_plus" and figure_put_at(token):
        return False  # "Forbes put his net worth at $45 billion": an estimate (``naming``)
    if content.kind in ("child_dobj", "dobj_plus") and figure_reported(token):
        return False  # "German police reported 906 attacks": a figure reported (``naming``)
    if content.kind in ("child_oprd", "passive_subj"):
        return False  # "The plan was revealed by the Post": the revealed thing is named by its agent
    if _purpose_after_object(token, content, doc):
        return True  # "Marchand added three assists to lead Boston": what the deed was for, nothing said
    if content.kind == "head_relcl" and any(c.dep_ == "ccomp" for c in token.children):
        return False  # "the policies that the governor believes are working": the noun is the subject of a clause
    if content.kind == "dobj_plus":
        span = content_span(doc, content)
        if span is not None and any(t.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") or (t.dep_ == "prep" and t.lower_ == "as")
                                    for t in span):
            return False  # "called Trump a fascist", "condemned the move as illegal": a predication, a small clause
    if bare_object(doc, content, quotes):
        return True
    if token.lemma_.lower() in _PERCEIVING and not content.quote and content.kind not in QUOTE_KINDS:
        span = content_span(doc, content)
        return span is not None and not quotes.overlapping(content.start, content.end) and _perceived_thing(span)
    if token.lemma_.lower() in topic_verbs and not content.quote and content.kind not in QUOTE_KINDS:
        # "questioned his testimony, in which he raised concerns": the relative clause describes the topic
        span = content_span(doc, content)
        return span is not None and not quotes.overlapping(content.start, content.end) and noun_phrase_with_modifiers(span)
    return False


def _perceived_thing(span: Span) -> bool:
    """A noun phrase whose every verb sits in a relative clause or a participle on one of its nouns ("a nebula that
    became the first entry in the catalog: M1, also known as the Crab Nebula"): a thing seen, however described."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or span[0].lower_ in ("that", "whether", "if", "how", "what", "to"):
        return False
    for t in span:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        anc = t
        while anc.dep_ not in ("relcl", "acl") and anc.head.i != anc.i and span.start <= anc.head.i < span.end:
            anc = anc.head
        if anc.dep_ not in ("relcl", "acl") or anc.head.pos_ not in ("NOUN", "PROPN"):
            return False
    return True


def _purpose_after_object(token: Token, content: Content, doc: Doc) -> bool:
    """The content is an infinitive hung on the verb after its own object, a thing: the purpose of the act ("added
    three assists to lead Boston", "adopted a plan to cut taxes"). One asked or called on to do it is told so
    ("asked the moderators to fact check Trump", "called him to resign"): a request, kept."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if content.quote or content.kind in QUOTE_KINDS or obj is None or obj.pos_ not in ("NOUN", "NUM"):
        return False
    if obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lemma_.lower() in _REQUESTS:
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    root = span.root
    return root.head.i == token.i and root.dep_ in ("xcomp", "advcl") and root.pos_ == "VERB" \
        and to_infinitive(root)


_REQUESTS = frozenset({"ask", "call", "urge", "invite", "press", "push", "challenge", "order", "tell", "encourage"})
_NP_MODIFIER_DEPS = frozenset({"relcl", "acl", "prep", "pobj", "pcomp", "amod", "compound", "det", "poss", "case", "nummod",
                               "quantmod", "appos", "cc", "conj", "punct", "advmod", "npadvmod", "nmod", "predet", "neg"})


def noun_phrase_with_modifiers(span: Span) -> bool:
    """A noun phrase whose verbs all sit in its modifiers: "the call to Capitol Police, who worked with
    the FBI", "the state budget approved in April". Nothing is predicated of the head, so it is no
    proposition; a clause ("that X", "whether X", "how X") or a gerund head is not a noun phrase.
    """
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or root.tag_ == "VBG":
        return False
    if span[0].lower_ in ("that", "whether", "if", "how", "why", "what", "who", "when", "where", "to"):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" and not _listing_as(t) and not _in_relative_clause(t, span) for t in span):
        return False  # "the move announced on Monday as a violation": a predication the parse hung lower down
    if any(c.dep_ in ("acl", "ccomp", "relcl") and _complement_that(c) for c in root.children):
        return False  # "the news that the hostages were free": the noun's clause is a proposition
    for t in span:
        if t.i == root.i:
            continue
        anc = t
        # Tokens are compared by index: spaCy makes a new Token object on every access, so "is" never holds
        while anc.head.i != root.i and anc.head.i != anc.i and span.start <= anc.head.i < span.end:
            anc = anc.head
        if anc.head.i == root.i and anc.dep_ not in _NP_MODIFIER_DEPS and not _noun_clause_mislabelled(anc, root):
            return False
    return True


# dependencies of an argument in a clause: a "that" the parse makes one is the relative pronoun, not a complementizer
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _complement_that(clause: Token) -> bool:
    """The clause on a noun opens with a complementizer "that": "the news that the hostages were free" (a proposition).
    The tagger calls a relative "that" SCONJ too, but where the parse gives it a role in its clause ("16 letters that
    the legislative chambers had received": the object of "received") it stands for the noun, and the noun phrase
    stays a noun phrase (the blind readers' kept W "read 16 letters that the chambers had received")."""
    first = clause.left_edge
    return first.lower_ == "that" and first.pos_ == "SCONJ" and first.dep_ not in _ARGUMENT_DEPS


def _listing_as(token: Token) -> bool:
    """ "deals such as NAFTA", "the senators as well as the governor": an "as" that lists or adds members of
    the noun phrase, no predication."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return before == "such" or (before == "well" and token.i > 1 and doc[token.i - 2].lower_ == "as")


def _in_relative_clause(token: Token, span: Span) -> bool:
    """ "his brother Freddy, who died as an alcoholic in 1981": an "as" right after a verb of a relative clause
    predicates of the relative pronoun, within the clause; the noun phrase stays a noun phrase. An "as" further on
    may be the cue's, hung by the parse at the clause's end ("praising Jeb Bush, who ended his bid Saturday, as “a
    man who didn't go to the gutter”", "condemned the raids in which 121 people were taken into custody as a
    failure"). A naming participle's "as" ("a pet project known as ...") is the noun phrase's too (``_naming_participle``)."""
    if token.head.i != token.i - 1 or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if _naming_participle(token.head, span):
        return True
    t = token
    while t.head.i != t.i and span.start <= t.head.i < span.end:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return t.dep_ == "relcl"


# participles that name or class the noun they hang on: "a pet project known as 10,000 women", "a group designated as
# a terrorist organisation"; the "as" after them is the participle's, inside the noun phrase
_NAMING_PARTICIPLES = frozenset({"know", "bill", "style", "brand", "label", "designate", "list", "classify", "dub",
                                 "nickname", "describe"})


def _naming_participle(verb: Token, span: Span) -> bool:
    """ "a pet project known as 10,000 women, which is ostensibly intended to ...": a past participle of naming
    (``_NAMING_PARTICIPLES``) on a noun of the span, right before its "as": what the thing is known as belongs to the
    noun phrase and predicates nothing of the cue's (the blind readers' kept W "was pushing a pet project known as
    ..."). An "as" further on ("condemned the move announced on Monday as a violation") stays the cue's."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING_PARTICIPLES \
        and span.start <= verb.head.i < span.end and verb.head.pos_ in ("NOUN", "PROPN")


def _noun_clause_mislabelled(child: Token, root: Token) -> bool:
    """ "a need for Ukraine to launch investigations": a noun has no adverbial clause; the parse's "advcl" on a
    noun is its infinitive complement (an "acl"), which modifies the noun like any other."""
    return child.dep_ == "advcl" and root.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "to" for c in child.children)


def declined_to_comment(token: Token, content: Content, doc: Doc) -> bool:
    """ "declined to comment", "did not respond to a request for comment", "refused to elaborate": no content.

    A refusal to say states nothing, whatever it was asked: "Figgins declined to address whether
    ...", "He declined later to state what ...": the content is what was not said (``_REFUSED_TELLING``;
    not a stance withheld, "refused to endorse Trump", which PolNeAR marks). A quotation later in the
    sentence keeps its own cue ("declined to say more, but added, “...”"). Also a bare "agreed" or
    "commented" whose only content is the rest of its clause.
    """
    lem = token.lemma_.lower()
    if lem in ("decline", "refuse") and any(_refused_telling(c) for c in token.children if c.dep_ == "xcomp"):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("decline", "refuse") and _refused_telling(token):
        return True
    if lem in ("respond", "reply", "return") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() in ("request", "call", "message", "email", "inquiry", "query") for g in c.subtree) for c in token.children):
        return True  # "did not respond to a request for comment"
    return False


_WRITERS_PASSIVES = frozenset({"expect", "see", "allow", "require", "schedule", "set", "view", "consider", "poise"})


# What a source can refuse to tell: "declined to say when ...", "refused to confirm whether ...", "declined to
# comment": a refusal states nothing, whatever question follows it, so the question is never the source's content.
_REFUSED_TELLING = _NO_COMMENT | {"confirm", "specify", "disclose", "reveal", "detail", "identify", "name", "answer", "explain",
                                  "address", "state", "tell", "describe", "divulge", "clarify"}


def _refused_telling(verb: Token) -> bool:
    return verb.lemma_.lower() in _REFUSED_TELLING


def _bare_comment(verb: Token) -> bool:
    """ "to comment", "to comment further", "to elaborate": no object, clause or question of its own."""
    return verb.lemma_.lower() in _NO_COMMENT and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") and not (c.dep_ == "prep" and c.lower_ in ("on", "about"))
        for c in verb.children)


_DEMONSTRATIVES = frozenset({"that", "this"})
_OPENERS = frozenset({"but", "and", "still", "yet", "so", "now", "with", "all"})


def discourse_said(token: Token) -> bool:
    """ "That said, ...", "That being said", "Having said that", "Needless to say", "Suffice it to say",
    "That is to say", "It goes without saying that", "Rest assured": a linking phrase of the writer's, no one speaks
    ("That" is no source)."""
    doc, i = token.doc, token.i
    if token.lower_ == "assured" and i >= 1 and doc[i - 1].lower_ == "rest":
        return True  # "Rest assured, ...", "you can rest assured that ...": the writer's (or a speaker's) reassurance
    if token.lower_ == "saying":  # "It goes without saying that ...": the writer's own aside
        return i >= 2 and doc[i - 1].lower_ == "without" and doc[i - 2].lemma_.lower() == "go"
    if token.lower_ not in ("said", "say"):
        return False
    words = [t.lower_ for t in doc[max(0, i - 3):i]]
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if token.lower_ == "say":
        return words[-2:] == ["needless", "to"] or words in (["suffice", "it", "to"], ["that", "is", "to"])
    if words[-1:] == ["having"] and after in _DEMONSTRATIVES:
        return i + 2 < len(doc) and doc[i + 2].is_punct  # "Having said that, ..."; not "having said that the plan ..."
    if words[-2:-1] and words[-1] == "being":
        words = words[:-1]  # "That being said"
    if not words or words[-1] not in _DEMONSTRATIVES or after not in (",", "—", "–", "-"):
        return False
    if token.dep_ == "relcl" or (i + 2 < len(doc) and doc[i + 2].text[:1] in "\"“‘'«"):
        return False  # "a message that said, “Sorry ...”": a relative clause and its quotation
    start = i - 1 - (1 if doc[i - 1].lower_ == "being" else 0)
    return all(t.lower_ in _OPENERS or t.is_punct or t.is_space for t in doc[token.sent.start:start])


_NOT_OBJECT_PREPOSITIONS = frozenset({"as", "than", "like"})  # "as said": a comparison, not "of said shares"
_AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "get"})


def said_determiner(token: Token) -> bool:
    """ "to return said property", "only to find said civilisation had issues": "said" before a common noun is the
    legal and literary determiner ("the aforementioned"), no verb of saying, where the word before it takes it as
    its object (a verb that is no auxiliary, a preposition, a determiner) and it has no subject of its own.
    "Residents who attended said traffic was heavy" (a subject of its own) and "has said prices will rise" (an
    auxiliary before it) stay."""
    doc, i = token.doc, token.i
    if token.lower_ != "said" or i == 0 or i + 1 >= len(doc) or doc[i + 1].tag_ not in ("NN", "NNS"):
        return False
    prev = doc[i - 1]
    if prev.dep_ in ("aux", "auxpass") and prev.head.i == i and prev.tag_.startswith("VB") \
            and prev.lemma_.lower() not in _AUXILIARY_LEMMAS:
        return True  # "only to find said civilisation had issues": the parse made "find" an auxiliary of a verb "said"
    if any(c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in token.children):
        return False
    if prev.tag_ == "DT" or prev.tag_ == "PDT":
        return True  # "the said property"
    if prev.pos_ == "ADP" and prev.dep_ == "prep" and prev.lower_ not in _NOT_OBJECT_PREPOSITIONS:
        return True  # "of said shares"
    # "return said property", "Police found said weapon" (not "has said", "being said")
    return prev.tag_.startswith("VB") and prev.lemma_.lower() not in _AUXILIARY_LEMMAS


def passive_without_agent(token: Token, content: Content) -> bool:
    """ "The ICC is expected to ...", "is seen as", "is allowed to": the writer's forecast, nobody cited.

    Only for verbs of expectation and permission with no "by X" and a non-quoted
    content; "was told that", "is believed to" by unnamed sources stay for the model.
    """
    if token.pos_ not in ("VERB", "AUX") or content.quote or token.lemma_.lower() not in _WRITERS_PASSIVES:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return not any(c.dep_ == "agent" for c in token.children)


_ASKING = frozenset({"ask", "question", "wonder", "query", "raise"})


def question_without_asker(token: Token) -> bool:
    """ "It was asked whether the deal was legal", "it has been questioned whether ...": a passive question whose
    subject is the empty "it" and which names no asker; the writer reports that a question arose, nobody asked it.
    Kept: the person asked for subject ("he was asked whether he would resign": PolNeAR marks the question put to
    him, 111 of 119 "asked" on its train split are gold) and an agent ("it was asked by reporters whether ...")."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _ASKING:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children) or any(c.dep_ == "agent" for c in token.children):
        return False
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in token.children)


def looks_like(token: Token) -> bool:
    """ "it looks like the row is over", "looks set to", "it sounds like a plan", "this transcript reads like a message
    of encouragement": appearance, not a statement ("The letter reads, '...'" quotes the letter and stays)."""
    lemma = token.lemma_.lower()
    if lemma not in ("look", "sound", "read"):
        return False
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if lemma == "read":
        return after == "like" or (after == "as" and token.i + 2 < len(token.doc) and token.nbor(2).lower_ in ("if", "though"))
    if lemma == "sound":
        return after in ("like", "as") or any(c.lower_ == "like" for c in token.children)
    return after in ("like", "as", "set", "certain", "likely") or any(c.lower_ in ("like", "set") for c in token.children)


# verbs that link their subject to a quality when an adjective follows: "the music sounded awful"
_LINKING = frozenset({"sound", "look", "seem", "appear", "feel", "smell", "taste", "remain", "stay", "become"})


def linking_quality(token: Token, content: Content, doc: Doc) -> bool:
    """ "The music sounded awful", "her voice sounded tired", "the keyboard has sounded the same": a quality
    of the subject, not a statement. The content is the adjective after the verb; "felt confident that the
    bill would pass" (a clause after the adjective) and "sounded the alarm" (an object) stay."""
    span = verb_complement(token, content, doc, _LINKING)
    if span is None:
        return degree_quality(token, content, doc)
    if any(t.dep_ == "ccomp" or t.tag_ in FINITE_TAGS for t in span):
        return False
    root = span.root
    return root.dep_ == "acomp" or (root.pos_ == "ADJ" and root.dep_ in ("npadvmod", "attr", "oprd", "dobj"))


def degree_quality(token: Token, content: Content, doc: Doc) -> bool:
    """ "The MacBook Pro has sounded about the same for seven years", "the results looked roughly similar": a
    degree word before the quality, which the parse takes for a preposition ("about" + "the same"), so the
    adjective hangs on it rather than on the linking verb; still a quality of the subject. Kept: a noun after the
    preposition ("sounded off about the budget" is talk about a thing)."""
    if token.lemma_.lower() not in _LINKING or token.pos_ not in ("VERB", "AUX") or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or any(t.dep_ == "ccomp" or t.tag_ in FINITE_TAGS for t in span):
        return False
    root, prep = span.root, span.root.head
    return root.pos_ == "ADJ" and root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == token.i


def coping_with(token: Token) -> bool:
    """ "contend with flooding", "struggled to contend with 10 million users": coping, not contending that.
    The verb of saying ("the lawyers contend that ...") takes a clause; with "with" and none it is an act."""
    if token.lemma_.lower() != "contend" or token.pos_ not in ("VERB", "AUX"):
        return False
    children = list(token.children)
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children) \
        and not any(c.dep_ in ("ccomp", "dobj") for c in children)


def boilerplate(token: Token, text: str, labels: frozenset[str] = frozenset()) -> bool:
    """ "READ MORE: Trump says ...", "WATCH:", "RELATED:": a line of page furniture, label in capitals and colon."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    return furniture_line(text[line_start:], labels)


def furniture_line(line: str, labels: frozenset[str]) -> bool:
    """A line that opens with a known label in capitals and a colon: "SEE MORE: ...", "READ MORE: ...", in a
    bracket too ("(RELATED: Becerra Tried To Block Awan ...)"), or with a label of several words in any case that
    ``labels`` lists whole: "Read more: ...", "See also: ..."."""
    m = re.match(r"\s*([(\[]?)\s*([A-Z][A-Z' ]{1,30}):", line)  # the label and the link title after it
    if m is not None:
        # a known label ("READ", "WATCH", "RELATED"), not a transcript's speaker ("PENCE: Well, ..."); in a bracket
        # only a label that heads links ("(UPDATE: A spokesman said ...)" carries the article's own news)
        label = m.group(2).split()[0].lower()
        return label in labels and (not m.group(1) or label in _LINK_LABELS)
    # "Read more:" but not "Note: Smith said ...": one word in mixed case may open the article's own sentence
    m = re.match(r"\s*([A-Z][a-z]+(?: [A-Za-z]+){1,2}):", line)
    return m is not None and m.group(1).lower() in labels


def line_of(token: Token, text: str) -> tuple[int, str]:
    """Where the line ``token`` stands on starts in ``text``, and that line (without its newline)."""
    return line_at(text, token.idx)


def line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line holding character ``at`` starts in ``text``, and that line (without its newline)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start:len(text) if end < 0 else end]


# the outlet's own note under a label in capitals: "REMNANT COMMENT: ...", "EDITOR'S NOTE: ...", "OUR TAKE: ...",
# "UPDATE: ..."; the parse reads "COMMENT" as the label's verb
_EDITORIAL_LABEL = re.compile(r"[ \t\xa0]*(?:[A-Z][A-Z'’&.-]*[ \t\xa0]+){0,3}"
                              r"(?:COMMENT|NOTE|TAKE|VIEW|UPDATE|ANALYSIS|CORRECTION|CLARIFICATION)[ \t\xa0]*:")


def editorial_label(token: Token, text: str) -> bool:
    """A cue in a label in capitals that opens a line and names the outlet's own note ("REMNANT COMMENT:",
    "EDITOR'S NOTE:", "OUR VIEW:"): the label heads the outlet's words, it reports no one. Only the label's
    words: a cue in the note after the colon ("EDITOR'S NOTE: The minister said ...") is the note's own."""
    start, line = line_of(token, text)
    label = _EDITORIAL_LABEL.match(line)
    return label is not None and token.idx < start + label.end()


# a reprint's credit: "Article posted with permission from Pamela Geller", "Reprinted with permission of the author",
# "This article originally appeared on The Conversation", "Republished from RealClearPolitics"
_CREDIT_VERB = r"(?:posted|published|reprinted|republished|reproduced|shared|appeared|syndicated|cross-?posted)"
_CREDIT_NOUN = r"(?:this|the)?\s*(?:article|story|post|piece|column|essay|op-ed|commentary|report)"
_CREDIT = re.compile(
    rf"\s*(?:{_CREDIT_NOUN}\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?{_CREDIT_VERB}\b"
    rf"|(?:originally\s+|first\s+)?{_CREDIT_VERB}\b(?=.*\b(?:with permission|by permission|courtesy of|originally)\b)"
    rf"|(?:reprinted|republished|reproduced|cross-?posted)\s+(?:from|with|by|courtesy)\b)", re.IGNORECASE)
_CREDIT_WORDS = 25  # a credit line is short; a sentence that opens "Published ..." and runs on is prose


def credit_line(token: Token, text: str) -> bool:
    """A cue on a reprint's credit line ("Article posted with permission from Pamela Geller", "This article originally
    appeared on The Conversation", "Reprinted from RealClearPolitics"): the page's furniture, no one's statement; the
    quote above it stays its speaker's. A line that opens with a name ("Smith posted on Facebook that ...") or a
    finding ("Published in The Lancet, the study found ...") is not one."""
    return credit_text(line_of(token, text)[1])


def credit_text(line: str) -> bool:
    """The line is a reprint's credit ("Reprinted from RealClearPolitics"), short and opening with its words."""
    return len(line.split()) <= _CREDIT_WORDS and _CREDIT.match(line) is not None


# a typographer's note inside a quotation: "[emphasis added]", "(italics mine)", "[bold in original]"
_TYPOGRAPHY = frozenset({"emphasis", "italic", "italics", "bold", "boldface", "underline", "underlining", "capitals",
                          "caps", "highlighting", "highlight"})


def typographic_note(token: Token) -> bool:
    """ "[emphasis added]", "(italics mine)", "[emphasis in original]": the editor's note on how a quotation is set,
    no one's statement. The cue's subject is a typographic noun; "The minister added emphasis to the point" (a person
    subject) is not one."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "amod")]
    near = [t for t in token.doc[max(0, token.i - 2): token.i] if t.pos_ in ("NOUN", "PROPN")]
    return any(t.lemma_.lower() in _TYPOGRAPHY or t.lower_ in _TYPOGRAPHY for t in subjects + near)


_AS_SAYING = frozenset({"saying", "telling", "stating", "writing", "warning", "adding", "describing"})


def quoted_shell(token: Token, content: Content, doc: Doc) -> bool:
    """ ""The deal is dead," Reuters quoted the minister as saying.": the quotation went before, so the content left
    to "quoted" is the shell "the minister as saying"; the minister's words are the minister's attribution, and the
    shell says nothing. "quoted the president as saying “...”" keeps its quotation."""
    if token.lemma_.lower() != "quote":
        return False
    span = content_span(doc, content)
    words = [t for t in span if not t.is_punct] if span is not None else []
    return len(words) >= 2 and words[-1].lower_ in _AS_SAYING and words[-2].lower_ == "as"


def heading_or_list_item(token: Token, text: str, headings: Sequence[Range] = ()) -> bool:
    """A cue in a heading ("2. Never urged Ukraine to investigate Joe Biden") or a short list item.

    HTML gives headings as blocks; in plain text a numbered or bulleted line of at most
    twelve words with no closing full stop reads as one.
    """
    if any(s <= token.idx < e for s, e in headings):
        return True
    _, line = line_of(token, text)
    line = line.strip()
    if not _LIST_ITEM.match(line):
        return False
    return len(line.split()) <= 12 and not line.rstrip(CLOSING_QUOTES_AND_APOSTROPHE).endswith((".", "!", "?"))


# a sentence's end: a full stop, "!" or "?", closing quotes or brackets, then a space or the end
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")


def link_list_item(token: Token, text: str) -> bool:
    """A cue in a run of other stories' titles: "Progressives oppose funding bill | Senators call for ...".

    A line that separates items with " | " (words on both sides) is a list of links or
    titles, not the article's prose. A title ends at a bar: the words of an item after its
    last sentence end, when a bar follows and they are few, are one; so is the start of an
    item after a bar, up to its first sentence end, when the cue is in the present tense of
    headlines ("... | Omar asks court to apply ... MORE (D-Minn.), the office announced
    Monday." keeps "announced"). Prose set in a table ("| “If you ...,” Stafford said. |")
    has bars at the line's edges only and is untouched.
    """
    line_start, line = line_of(token, text)
    items = line.split("|")
    if len(items) < 2:
        return False
    at = token.idx - line_start
    k, item_start = 0, 0
    while item_start + len(items[k]) < at:  # the item the cue is in
        item_start += len(items[k]) + 1
        k += 1
    item, at = items[k], at - item_start
    ends = [m.end() for m in SENTENCE_END.finditer(item)]
    if k + 1 < len(items) and _has_word(items[k + 1]):
        tail = max([e for e in ends if e <= at], default=0)
        if not any(e > at for e in ends) and len(item[tail:].split()) <= _TITLE_WORDS:
            return True  # the title the bar closes
    if k > 0 and _has_word(items[k - 1]):
        return not any(e <= at for e in ends) and token.tag_ in ("VBZ", "VBP")  # the title the bar opens
    return False


_TITLE_WORDS = 20
_LABELLED_TITLE = re.compile(r"^[ \t\xa0]*[A-Z][a-z][\w'’-]*(?:[ \t\xa0]+[\w'’-]+){0,2}[ \t\xa0]*:[ \t\xa0]+(?P<title>[^\n]+)$")
_LINK_TITLE_WORDS = 12
# labels that only ever head a link to another page, however long its title: "Related: ..., lawyers say"
# ("Update:" and "Note:" head the writer's own sentences, and stay to the word limit)
_LINK_LABELS = frozenset({"related", "watch", "read", "listen", "video", "videos", "photos", "see", "more", "trending"})


def labelled_title_line(token: Token, text: str) -> bool:
    """A line of a label, a colon and a short title with no sentence end: "Internal memo: Staff shortages,
    inmate counts", "Related: Prison guards quit in record numbers". A link to another story, no prose;
    a transcript's "PENCE: ..." (a label in capitals), a sentence and a quotation are not such lines. A label
    that heads only links ("Related:", "Watch:", ``_LINK_LABELS``) makes a link of a title of any length
    ("Related: Federal prison guards falsified inmate counts at the Brooklyn jail for years, lawyers say")."""
    line_start, line = line_of(token, text)
    return labelled_title(line, token.idx - line_start) or reading_pointer(line, token.idx - line_start)


def labelled_title(line: str, at: int) -> bool:
    """Character ``at`` of ``line`` stands in the title of a labelled title line (``labelled_title_line``)."""
    line = line.rstrip()
    m = _LABELLED_TITLE.match(line)
    if m is None or at < m.start("title"):
        return False
    title = m.group("title")
    label = line[:line.index(":")].split()
    short = len(title.split()) <= _LINK_TITLE_WORDS or (len(label) == 1 and label[0].lower() in _LINK_LABELS)
    return short and not SENTENCE_END.search(title + " ") and not any(q in title for q in "\"“”‘’«»")


_LINK_LABEL = re.compile(r"[ \t\xa0]*(?P<label>[A-Za-z]+)[ \t\xa0]*:[ \t\xa0]+\S")


def link_labelled(line: str, at: int) -> bool:
    """Character ``at`` of ``line`` stands after a label that only ever heads a link (``_LINK_LABELS``: "Related:",
    "Trending:", "Watch:"): a title of another page, whatever its words ("Trending: Donald Trump Jr. Slams Media")."""
    m = _LINK_LABEL.match(line)
    return m is not None and m.group("label").lower() in _LINK_LABELS and at >= m.end() - 1


def _has_word(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


# prepositions of time, place and circumstance: "asked ... during the sentencing", "voted along party lines"
_ADJUNCT_PREPOSITIONS = frozenset(
    "during after before since until till throughout amid amidst despite via along across near beside "
    "outside inside within following ahead behind beneath below".split()
)


def adjunct_pp_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is the object of a preposition of time, place or circumstance hung on the cue.

    "Omar asked for compassion during Carlineo's sentencing" (content "Carlineo's
    sentencing"), "voted along party lines", "said during the debate last week": when,
    where or despite what something was said is not what was said, and neither is how ("pointed out with a
    telling side-by-side": ``_manner``). "spoke about X", "called for X", "warned of X" keep their objects.
    """
    prep = cue_preposition(token, content, doc)
    if prep is None:
        return False
    if prep.lower_ in _ADJUNCT_PREPOSITIONS or fronted_adjunct(prep):
        return True  # "In a lengthy report by Rosiak, he writes:": a phrase before the cue, set off by a comma
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "with" and _manner(token, objects):
        return True
    # a sentence adverb in the shape of a phrase: "when, in fact, he responded quickly", "replied in turn"
    return len(objects) == 1 and (prep.lower_, objects[0].lower_) in _ADVERBIAL_PHRASES and not list(objects[0].children)


# verbs whose "with" names what is charged, credited or threatened, the one sided with or met, or a finding's
# predicate ("the survey finds Clinton with only a small lead"): not a manner
_WITH_OBJECT = read_words("with_object_verbs.txt")


def _manner(token: Token, objects: list[Token]) -> bool:
    """ "pointed out with a telling side-by-side", "answered with a smile", "replied with a chart": an indefinite
    noun after "with" is how something was said or shown, never what was said."""
    if len(objects) != 1 or token.lemma_.lower() in _WITH_OBJECT:
        return False
    noun = objects[0]
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
        and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children)


_ADVERBIAL_PHRASES = frozenset({
    ("in", "fact"), ("in", "turn"), ("in", "short"), ("in", "particular"), ("in", "general"), ("in", "effect"),
    ("in", "part"), ("in", "addition"), ("in", "kind"), ("in", "person"), ("in", "public"), ("in", "private"),
    ("at", "least"), ("at", "last"), ("at", "first"), ("at", "once"), ("of", "course"), ("for", "example"),
    ("for", "instance"), ("by", "contrast"), ("in", "contrast"), ("in", "return"), ("on", "average"),
})


_STATEMENT_NOUNS = frozenset({"statement", "comment", "remark", "testimony", "speech", "announcement", "release",
                              "post", "tweet", "message", "interview", "letter", "briefing", "address", "op-ed"})
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "concerning", "over", "re"})


def topic_of_noun(token: Token, content: Content, doc: Doc) -> bool:
    """A noun naming a statement made (``_STATEMENT_NOUNS``) whose content is the object of "about", "on" or
    "regarding": "issued a statement about the charges", "comments on the case". The topic is not what was
    said (a clause or a quotation is). A question keeps its object ("raised questions about the timing of the aid");
    a feeling about a noun phrase ("concern over the policy") is judged by ``senses.feeling_noun_for_object``."""
    if token.lemma_.lower() not in _STATEMENT_NOUNS or token.pos_ not in ("NOUN", "PROPN") or content.quote \
            or content.kind != "prep_obj":
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0:
        return False
    prep = doc[span.start - 1]
    return prep.dep_ == "prep" and prep.head.i == token.i and prep.lower_ in _TOPIC_PREPOSITIONS \
        and noun_phrase_with_modifiers(span)


_CHANNELS = _STATEMENT_NOUNS | {"email", "video", "column", "article", "podcast", "broadcast", "appearance", "conference",
                                "call", "filing", "remarks", "op-ed", "blog", "newsletter", "editorial", "memo", "note"}


# where words are put out: "responded on Twitter", "said on television" ("commented on the post" is a topic)
_PLATFORMS = read_words("platforms.txt")
# what words are put out in: "said in a statement", "wrote in an email", "argued in his email"
_CHANNEL_CONTAINERS = _CHANNELS | _PLATFORMS | {"book", "memoir", "autobiography", "interview", "op-ed", "ad", "letter",
                                                "message", "text", "tweet", "post", "video", "speech", "essay"}


def channel_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is the channel hung on the cue: "responded on Twitter", "wrote in a September 16, 2012 email",
    "argued in his email", "said in a statement": how the words went out, not what they said (the quotation or the
    clause beside the cue is). "On" takes only a platform: "commented on the post" names its topic."""
    prep = cue_preposition(token, content, doc)
    if prep is None or prep.lower_ not in ("in", "on", "via", "through"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if any((c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS)) and c.i > pobj.i
           for c in pobj.children):
        return False  # "in a letter that the plan had failed", "posted on Twitter accusing Big Machine of ...": the parse
        # hangs what was said on the channel
    lemma = pobj.lemma_.lower()
    if prep.lower_ == "on":
        return lemma in _PLATFORMS or pobj.lower_ in _PLATFORMS
    return lemma in _CHANNEL_CONTAINERS or pobj.lower_ in _CHANNEL_CONTAINERS


def called_in(token: Token, documents: frozenset[str] = frozenset()) -> bool:
    """ "ESA called in its facility in the Netherlands to test the part", "called in the National Guard",
    "called up reservists": summoning someone is no statement. "called in a tweet for ..." (a channel or
    a document after "in") stays."""
    if token.lemma_.lower() != "call" or token.i + 1 >= len(token.doc):
        return False
    nxt = token.nbor()
    if nxt.lower_ not in ("in", "up") or nxt.head.i != token.i or nxt.dep_ not in ("prep", "prt"):
        return False
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return nxt.dep_ == "prt"
    return pobj.lemma_.lower() not in _CHANNELS and pobj.lemma_.lower() not in documents


_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves oneself".split())
_PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})


def reflexive_act(token: Token, content: Content, doc: Doc) -> bool:
    """ "distanced themselves from the US position", "prepared itself for": the object is the actor itself.

    An act the subject does to itself says nothing. A reflexive with a predicate is a
    self-description and stays ("cast himself as a champion", "declared herself the winner").
    """
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span[0].lower_ not in _REFLEXIVES or span[0].head.i != token.i:
        return False
    return not any(_self_description(c) for c in token.children)


def _self_description(child: Token) -> bool:
    """A predicate on the reflexive: "cast himself as a champion", "declared herself the winner", "showed
    himself to be ruthless". An infinitive of another verb is a task set to oneself ("challenged itself to
    run on renewable energy", "pushed himself to finish"): an act."""
    if child.dep_ == "xcomp":
        return child.lemma_.lower() == "be"
    return child.dep_ in _PREDICATIVE_DEPS or (child.dep_ == "prep" and child.lower_ == "as")


_PLEAS = frozenset({"guilty", "innocent"})


def legal_plea(token: Token) -> bool:
    """ "pleading guilty to threatening ...", "pleaded not guilty": a plea entered in court, not a statement of content.

    "pleaded with the administration to reconsider" and "pleads for his life" stay.
    """
    if token.lemma_.lower() != "plead":
        return False
    return any(t.lower_ in _PLEAS or (t.lower_ == "contest" and t.nbor(-1).lower_ == "no") for t in token.rights
               if t.i - token.i <= 3)


def impersonal_infinitive(token: Token) -> bool:
    """ "it's impossible to know whether ...", "it is fair to say", "It seems absurd to argue that ...": the writer's
    own evaluation with an expletive "it", nobody is cited. With a subject of its own
    the infinitive names who would speak ("it is important for them to show that ...").
    """
    if not to_infinitive(token):
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in token.children):
        return False
    head = token.head
    if head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "advcl", "csubj"):
        return False
    if head.dep_ not in ("ROOT", "conj", "parataxis"):
        return False  # "they understood that it is necessary to show ...", "will find it difficult to": someone's view
    it_subject = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    # "It seems absurd to argue that ...": the parse makes the adjective after "seems" a predicative ("oprd")
    evaluation = head.pos_ == "ADJ" or any(c.dep_ in ("acomp", "attr", "oprd") for c in head.children)
    return it_subject and evaluation


# verbs whose object is speech aimed at, or withheld by, their subject: "faces questions about",
# "drew criticism", "avoided direct criticism of teachers"
_RECEIVING = frozenset(
    "face field receive draw attract dodge deflect answer get endure weather spark prompt invite trigger provoke "
    "avoid escape deserve".split()
)


def received_speech(token: Token) -> bool:
    """A speech noun its sentence's subject receives or avoids: "Sondland faces questions about his
    evolving accounts", "the plan drew criticism from unions", "has avoided direct criticism of teachers".

    The subject is not the speaker, and the speaker is rarely named: no attribution of
    the subject's. "raised questions about", "voiced criticism of" stay, and so does a view drawn ("drew the
    conclusion that ...": ``light_verbs``).
    """
    if token.pos_ not in ("NOUN", "PROPN") or light_verb_statement(token):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "came under criticism", "faced a barrage of questions"
    elif token.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _RECEIVING


def according_to_channel(token: Token, content: Content, doc: Doc, documents: frozenset[str]) -> bool:
    """ "“Here we are on a historic day,” he told settler leaders, according to a statement": an unowned
    document ("a statement", "the release") after a cue of the same sentence is the channel that
    attribution came through, not a second source of the same words.

    "according to the Syrian Observatory", "according to a statement from the ministry" and
    "according to a statement" with no other cue in the sentence stay.
    """
    if token.lower_ != "according" or token.i + 1 >= len(doc):
        return False
    pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in documents or pobj.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("poss", "compound", "prep", "amod", "relcl", "acl") for c in pobj.children):
        return False  # "the ministry's statement", "a statement from the ministry": a named source
    sent = token.sent
    return any(t.i < token.i and t.pos_ == "VERB" and t.dep_ in ("ROOT", "parataxis", "ccomp") and content.start <= t.idx < content.end
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.sent.start == sent.start
               and t.lemma_.lower() in ("say", "tell", "add", "write", "state", "declare", "announce", "insist", "warn")
               for t in sent)
