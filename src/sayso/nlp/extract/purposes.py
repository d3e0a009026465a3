"""What an act is for, and a saying someone is sent or asked to make, are not what was said. Pure.

- ``purpose_phrase``: a content candidate that opens a phrase of purpose ("in order to", "in order that", "so as
  to", "so that"): "have asked help from the Federation in order to protect their interests" never says "order to
  protect their interests"; the parse hangs "in order" on the cue as a preposition with its object, so the candidate
  is there for every cue that has such a phrase ("called for a meeting in order to warn residents", "wrote to the
  board so as to explain her decision"). A "so that" clause, which the candidate may start at its "that", reads as a
  that-clause of saying ("wrote to the mayor so that the council would act"). It is set aside before the content is
  picked (``not_content``).
- ``commissioned_saying``: a verb of saying in the infinitive that hangs on a verb of sending or asking: "Moses
  was sent to Pharaoh to tell him to obey", "God sent a messenger, Jonah, to warn that ...", "The president asked
  Sessions to tell Trump that ...". The one sent or asked has not said anything yet; the request itself is the
  asker's attribution ("asked Sessions to ..."), found on its own. A thing sent does its own telling ("sent an
  email to customers to tell them that their data was stolen": the email told them) and stays, as do the
  infinitives of a speaker who went somewhere to speak ("stood at a Bush event here to say ...", "went on CNN to
  declare ...": PolNeAR marks these).
- ``permitted_saying``: a verb of saying that someone is let, allowed or enabled to do: "a tool allowing users to
  tell readers that they're safe", "the app lets drivers tell their families they have arrived". A capability or a
  permission, nobody has said anything (blind audit p76: W). "Let me say ...", "let us be clear" (the speaker's own
  saying, first person) stays.
- ``talking_purpose``: the content of a verb of talking is an infinitive of purpose hung on it: "are talking to other
  firms to ask them to step in", "spoke with donors to raise money": what the talks are for, nobody has said it (blind
  audit m79: W). The talk's topic ("talked to reporters about the plan") and a clause ("told reporters they were
  talking to rivals about a merger") are other contents and stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.filters import content_span, verb_complement
from sayso.nlp.extract.resource_files import read_words

# verbs whose object (or passive subject) is sent, asked or ordered to do what the infinitive says; "call" is not one
# ("called reporters to say that he would resign": he phoned them and said it)
_COMMISSIONING = read_words("commissioning_verbs.txt")
# verbs of sending, whose object may be a thing that does the telling itself ("sent a letter to tell ...")
_SENDING = frozenset({"send", "dispatch"})
# verbs whose object is let or enabled to do what the complement says ("allowing users to tell ...")
_PERMITTING = read_words("permission_verbs.txt")
# the speaker's own saying under "let": "let me say", "let us be clear", "let's say"
_FIRST_PERSON = frozenset({"me", "us", "'s", "’s"})
# verbs of holding talks: their infinitive is what the talks are for ("talking to rivals to ask them to ...")
_TALKING = frozenset({"talk", "speak", "chat", "converse", "confer"})


def purpose_phrase(content: Content, doc: Doc) -> bool:
    """The candidate opens a phrase of purpose: "in order to ...", "order to ..." (the object of "in"), "in order
    that ...", "so as to ...". What the act is for, never what was said."""
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    first = span[0]
    words = [t.lower_ for t in doc[first.i:first.i + 3]]
    if words[:2] == ["in", "order"]:
        return len(words) > 2 and words[2] in ("to", "that")
    if words[0] == "order" and first.i > 0 and doc[first.i - 1].lower_ == "in":
        return len(words) > 1 and words[1] in ("to", "that")
    return words == ["so", "as", "to"] or _so_that_clause(span)


def talking_purpose(token: Token, content: Content, doc: Doc) -> bool:
    """The cue is a verb of talking (``_TALKING``) and its content an infinitive of purpose hung on it ("are talking to
    other bands to ask them to step in", "spoke with donors to raise money"): an act and its aim, no claim reported. A
    quotation stays, and so does an infinitive that tells a clause ("spoke to reporters to reveal that he had cancer":
    the clause is said, and the infinitive's own verb is not always a row of its own)."""
    span = verb_complement(token, content, doc, _TALKING) if token.pos_ == "VERB" else None
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("advcl", "xcomp") and root.pos_ in ("VERB", "AUX") \
        and to_infinitive(root) and span[0].lower_ == "to" and not any(c.dep_ == "ccomp" for c in root.children)


def _so_that_clause(span: Span) -> bool:
    """ "wrote to the mayor so that the council would act": a clause of purpose or result whose "so" and "that" are
    both its marks, also where the candidate starts at the "that" (it then reads as a that-clause of saying). A
    that-clause with a "so that" inside ("said he resigned so that ...") has a root of its own."""
    root = span.root
    if span[0].lower_ not in ("so", "that") or span[0].dep_ != "mark" or span[0].head.i != root.i:
        return False
    marks = {c.lower_ for c in root.children if c.dep_ == "mark"}
    return {"so", "that"} <= marks


def commissioned_saying(token: Token, documents: frozenset[str] = frozenset()) -> bool:
    """``token`` is a verb of saying in the infinitive ("to tell", "to warn") that hangs on a verb of sending or
    asking (``_COMMISSIONING``): the saying is what someone was sent or asked to do, not what anyone said.
    ``documents`` (``document_nouns.txt``) are the things that, sent, do the telling themselves ("sent a letter to
    tell ...")."""
    if token.pos_ != "VERB" or token.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    if not to_infinitive(token):
        return False
    head = token.head
    if head.i >= token.i or head.pos_ != "VERB" or head.lemma_.lower() not in _COMMISSIONING:
        return False
    if head.lemma_.lower() in _SENDING:
        sent = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if sent is not None and (sent.lemma_.lower() in documents or sent.lower_ in documents):
            return False  # "sent a letter to tell them ...": the letter tells them
    return True


def permitted_saying(token: Token, sense: str | None, people: frozenset[str] = frozenset()) -> bool:
    """``token`` is a verb of saying (``sense`` "saying" or "writing") hung on a verb of permitting (``_PERMITTING``:
    "allowing users to tell readers that ...", "lets drivers tell their families ..."): what someone may or can say,
    not what anyone said. The one let speak is the saying's own subject or the permitting verb's object. Stays: the
    writer's or the speaker's imperative that hands over the word ("Let Professor Dershowitz tell you: ...", "let me
    say ..."), a thought let happen ("allowed the public to think that ...": they thought it), and a past leave, which
    tells that the saying took place ("abandoning likes allowed Mosseri to claim that ...", "has allowed him to say"),
    and a person who lets others speak for him (``people``: role nouns; "Brown, who lets his deputies tell reporters
    that he is fully engaged": a practice, they tell them) unless the leave is denied ("the coach does not allow
    players to tell ...")."""
    if sense not in ("saying", "writing") or token.pos_ != "VERB" or token.dep_ not in ("xcomp", "ccomp"):
        return False
    head = token.head
    if head.i >= token.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _PERMITTING:
        return False
    if _imperative(head) or head.tag_ in ("VBD", "VBN"):
        return False  # "abandoning likes allowed Mosseri to claim that ...": a past leave taken, he claimed it
    let_speak = [c for c in (*token.children, *head.children)
                 if c.dep_ in ("nsubj", "dobj") and head.i < c.i < token.i]
    if not let_speak:
        return False
    if any(c.lower_ in _FIRST_PERSON for c in let_speak):
        return False
    return not _delegated(head, people)


def _delegated(head: Token, people: frozenset[str]) -> bool:
    """A person (a name, "he", a role noun in ``people``) lets others speak for him, not denied: the saying takes
    place ("the governor lets aides say that ..."); a tool, a rule or a firm that lets people speak is a capability."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return False
    permitter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if permitter is not None and head.dep_ == "relcl" and permitter.lower_ in ("who", "that"):
        permitter = head.head
    if permitter is None:
        return False
    return permitter.ent_type_ == "PERSON" or permitter.lower_ in _PERSONAL \
        or permitter.pos_ == "NOUN" and (permitter.lemma_.lower() in people or permitter.lower_ in people)


# pronouns of a person letting others speak ("he lets aides say ..."), not "it" or "they"
_PERSONAL = frozenset({"he", "she", "who", "i", "we"})


def _imperative(verb: Token) -> bool:
    """ "Let X tell you", "Allow me to explain", "Don't let X tell you": a bare verb that heads its sentence (or a
    conjunct of it) with no subject of its own and no auxiliary but the "do" of a negated imperative before it."""
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and not _imperative_do(c, verb)
                    for c in verb.children)


def _imperative_do(aux: Token, verb: Token) -> bool:
    """The "Do"/"Don't" that opens a negated imperative ("Don't let the media tell you ...")."""
    return aux.lemma_.lower() == "do" and aux.i < verb.i and aux.i == verb.left_edge.i
