"""A cue's content that is a noun phrase, not a proposition: pure predicates on the parse, split from ``filters``.

"saw the crowd", "the whole seek part": a thing seen or named is no statement; a noun phrase with its modifiers
(``noun_phrase_with_modifiers``) holds no clause. ``statement_checks`` drops a cue any of them holds for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.delivered_things import SAID_THINGS
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.naming import figure_put_at, figure_reported
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "ADV", "ADP", "PART", "CCONJ", "PUNCT", "SYM", "X", "SPACE"})


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
_SMALL_CLAUSE_VERBS = read_words("small_clause_verbs.txt")


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
    if token.lemma_.lower() in _ORDERING and ordered_act(token, content, doc, quotes):
        return True
    if token.lemma_.lower() in _PERCEIVING and not content.quote and content.kind not in QUOTE_KINDS:
        span = content_span(doc, content)
        return span is not None and not quotes.overlapping(content.start, content.end) and _perceived_thing(span)
    if token.lemma_.lower() in topic_verbs and not content.quote and content.kind not in QUOTE_KINDS:
        # "questioned his testimony, in which he raised concerns": the relative clause describes the topic
        span = content_span(doc, content)
        return span is not None and not quotes.overlapping(content.start, content.end) and noun_phrase_with_modifiers(span)
    return False


# verbs of ordering, whose noun-phrase object is an act ordered: "ordered the release of the documents"
_ORDERING = frozenset({"order", "direct", "mandate"})


def ordered_act(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """An order whose content is only its noun-phrase object, however described: "A federal judge has ordered the
    release of internal Trump University documents ..., including "playbooks" that advised sales personnel how to
    ...", "The governor ordered the closure of all schools that ...", "The mayor ordered an investigation into the
    shooting, which he called "a tragedy"". The act ordered (a release, a closure, an arrest, an investigation) is a
    deed, no proposition anyone stated; blind audit p84 judged it no attribution (PolNeAR marks such objects, as it
    marks every order). ``bare_object`` already drops the plain phrase; this one drops it with a relative clause, a
    participle or a quoted word inside its modifiers.

    Kept: a clause ("ordered that the documents be released by Thursday"), one ordered to act ("ordered the city to
    make the video public", "ordered his troops to "hold the line""), a small clause ("ordered the documents
    released"), a quotation that is the content or holds its head ("ordered "a full and open inquiry"")."""
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None or span.root.head.i != token.i or span.root.dep_ != "dobj" or span.root.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "dative") for c in token.children):
        return False  # "ordered the documents released", "ordered them to leave"
    head = span.root
    if any(q.start <= head.idx + len(head.text) and q.end > span.start_char
           for q in quotes.overlapping(content.start, content.end)):
        return False  # "ordered "a full and open inquiry"": the quotation gives the order's words
    return noun_phrase_with_modifiers(span)


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


_REQUESTS = read_words("request_verbs.txt")


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
    if span[0].lower_ in ("that", "whether", "if", "how", "why", "what", "who", "when", "where", "to") \
            and not demonstrative_that(span[0], root):
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


def demonstrative_that(token: Token, root: Token) -> bool:
    """ "repeated that performance", "matched that feat": a "that" the parse makes the determiner of the noun phrase's
    head points at a thing; it opens no clause, whatever the tagger calls it (it tags such a "that" IN as often as DT;
    blind audit m76: "repeated that performance with his second wife" read as a that-clause)."""
    return token.lower_ == "that" and token.dep_ == "det" and token.head.i == root.i \
        and root.pos_ in ("NOUN", "PROPN") and not _said_thing(root) and not _verb_after(root)


# things said that a cue repeats, reiterates or echoes, beside ``delivered_things.SAID_THINGS``: "repeated that
# pledge", "reiterated that commitment", "repeated that mantra" name words, as the base read them
_MORE_SAID = frozenset({"commitment", "mantra", "guidance", "refrain", "point", "theme", "slogan", "narrative"})


def _said_thing(noun: Token) -> bool:
    """The noun names words ("that pledge", "that message", "that warning"): the noun phrase stays the content,
    whatever "that" is (review rev75a: "Trump repeated that pledge at a rally" was lost)."""
    return any(w in SAID_THINGS or w in _MORE_SAID for w in (noun.lemma_.lower(), noun.lower_))


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _verb_after(noun: Token) -> bool:
    """A finite verb right after the noun phrase (commas and adverbs aside): the noun is the subject of a clause the
    parse split off, and its "that" the clause's complementizer ("warned, that normal disclosure of the record, ...,
    was going to delay confirmation": the parse made "that" the noun's determiner)."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct and doc[i].text in ",–—" or doc[i].pos_ == "ADV"):
        i += 1
    return i < len(doc) and doc[i].tag_ in _FINITE


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
_NAMING_PARTICIPLES = read_words("naming_participles.txt")


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
