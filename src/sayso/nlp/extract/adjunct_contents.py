"""A content that tells when, where, about what or through what something was said, not what: split from ``filters``.

"asked during the sentencing", "issued a statement about the charges", "responded on Twitter", "said in a
statement", "called in the National Guard", "..., according to a statement": pure predicates on the parse that
``statement_checks`` drops a cue for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content, fronted_adjunct
from sayso.nlp.extract.filters import content_span, cue_preposition
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.resource_files import read_words

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
    if prep.lower_ == "for" and _times_counted(objects):
        return True  # "warned for the third time this year": how often, not what
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


# "for the third time", "for a second time", "for the last time": which time of several something was said
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final next umpteenth "
                      "latest".split())
# what may go with such a phrase and still tell only when: "this year", "since his arrest", "in a decade"
_COUNTED_TIME_PARTS = frozenset({"det", "amod", "npadvmod", "prep", "pobj", "nummod", "advmod", "punct"})
_COUNTED_TIME_PREPOSITIONS = frozenset({"since", "in", "this", "after", "before", "during", "at", "within"})


def _times_counted(objects: list[Token]) -> bool:
    """ "(warned) for the third time this year", "for a second time since May": an ordinal "time", with at most a
    time of its own, counts the occasions, no word of what was said ("for the second time that the deal was off", a
    clause the parse hung on "time", and "for the first time on immigration" stay)."""
    if len(objects) != 1 or objects[0].lemma_.lower() != "time":
        return False
    noun = objects[0]
    if not any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in noun.children):
        return False
    return all(t.dep_ in _COUNTED_TIME_PARTS and (t.dep_ != "prep" or t.lower_ in _COUNTED_TIME_PREPOSITIONS)
               for t in noun.subtree if t.i != noun.i)


_ADVERBIAL_PHRASES = frozenset({
    ("in", "fact"), ("in", "turn"), ("in", "short"), ("in", "particular"), ("in", "general"), ("in", "effect"),
    ("in", "part"), ("in", "addition"), ("in", "kind"), ("in", "person"), ("in", "public"), ("in", "private"),
    ("at", "least"), ("at", "last"), ("at", "first"), ("at", "once"), ("of", "course"), ("for", "example"),
    ("for", "instance"), ("by", "contrast"), ("in", "contrast"), ("in", "return"), ("on", "average"),
})


_STATEMENT_NOUNS = read_words("statement_nouns.txt")


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


_CHANNELS = _STATEMENT_NOUNS | read_words("channel_nouns.txt")


# where words are put out: "responded on Twitter", "said on television" ("commented on the post" is a topic)
_PLATFORMS = read_words("platforms.txt")


# what words are put out in: "said in a statement", "wrote in an email", "argued in his email"
_CHANNEL_CONTAINERS = _CHANNELS | _PLATFORMS | read_words("channel_containers.txt")


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


# the cues of saying a channel ("according to a statement") may stand after in the same sentence
_CHANNEL_CUES = frozenset({"say", "tell", "add", "write", "state", "declare", "announce", "insist", "warn"})


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
               and t.lemma_.lower() in _CHANNEL_CUES for t in sent)


# what a verb of saying says, or whom: a frame with one of these in the content carries what was said
_SAID_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "attr", "oprd", "acomp", "dative", "intj", "advcl"})
# a preposition that says what was said ("warned against cuts", "warned of dire consequences")
_TOPIC_PREPS = frozenset({"of", "about", "against"})
_FRAME_VERBS = _CHANNEL_CUES | frozenset({"ask", "explain", "note", "argue", "claim", "reply", "respond", "remark",
                                         "continue", "conclude"})


def according_to_frame(token: Token, content: Content, doc: Doc) -> bool:
    """ '“Is this about the election?” Hale said at a town hall, according to the Post': the content of "according
    to" is the bare frame of another report ("Hale said at a town hall": a speaker, a verb of saying and where),
    whose words are elsewhere; the frame names no claim the Post reports."""
    if token.lower_ != "according" or content.quote or content.parts:
        return False
    span = content_span(doc, content)
    if span is None or any(t.is_quote for t in span):
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg")]
    if len(verbs) != 1 or verbs[0].lemma_.lower() not in _FRAME_VERBS:
        return False
    verb = verbs[0]
    if not any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in verb.children):
        return False
    return not any((c.dep_ in _SAID_DEPS or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS) or c.lower_ == "so")
                   and span.start <= c.i < span.end for c in verb.children)
