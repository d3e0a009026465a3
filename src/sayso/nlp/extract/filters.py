"""What is not an attribution though a cue word is there: pure predicates on the parse.

Only statements and stances are attributions. Each predicate names one thing a reader
would not accept as "X says Y", with its examples; ``find_attributions`` drops a cue that
any of them holds for. Kept small and separate so each has its own table of tests
(``tests/test_filters.py``).

This module holds the reading of a content's tokens that the checks share (``content_span``,
``trimmable_span``, ``verb_complement``, ``cue_preposition``) and the checks on the cue word itself
("declined to comment", "it goes without saying", "said shares", a reflexive act, a plea). The
others stand by what they look at: ``np_contents`` (a content that is a noun phrase),
``furniture_lines`` (a cue on a line of the page's frame) and ``adjunct_contents`` (a content that
says when, where, about what or through what, not what).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.light_verbs import light_verb_statement
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_TAGS
from sayso.nlp.extract.vocabulary import SUBJ_DEPS

QUOTE_KINDS = frozenset({"quote_before", "quote_after", "quote_pair", "quote_pair_next", "colon_rest", "colon_para"})
_NO_COMMENT = frozenset({"comment", "elaborate", "respond", "speculate", "discuss", "say"})


def content_span(doc: Doc, content: Content) -> Span | None:
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def unquoted_span(doc: Doc, content: Content) -> Span | None:
    """The span of a content in the writer's reported words, or None: a quotation, a content of quoted parts or of
    a quotation's kind is the speaker's own words, which no check of a reported clause's words reads."""
    if content.quote or content.parts or content.kind in QUOTE_KINDS:
        return None
    return content_span(doc, content)


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
    # "said he had no comment"; not a quotation that ends so ('"... We have no further comment," they said')
    # only under a named speaker: a later "he" finds the name in the text, not the row ("The spokesman said he had no
    # comment. He later told reporters ..." kept the spokesman only through the row; review 69p)
    return lem == "say" and unquoted_span(doc, content) is not None \
        and any(_named_speaker(c) for c in token.children if c.dep_ == "nsubj") \
        and any(_no_comment_clause(c) for c in token.children if c.dep_ == "ccomp")


def _named_speaker(subject: Token) -> bool:
    """A subject that is a name or has one in apposition ("Smith", "A lawyer for the family, John Doe,"): a later
    "he" finds the name in the text without the row (review 69p); "A spokesman for the firm" names no one, nor do
    "The spokesman, a Democrat," and "A spokesman for the company, Acme Corp.,": the appositive must be a person's
    name, or a later "he" loses the speaker (review rev70a)."""
    return subject.pos_ == "PROPN" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


def _no_comment_clause(verb: Token) -> bool:
    """ "(said) he had no comment", "she had no immediate comment", "she did not have any comment": a clause whose
    only news is that there is no comment (blind audit m65: W). Not "he had no comment on the bill but would vote for
    it" (a conjunct of its own). A comment withheld ("said she would not comment", "couldn't comment on the
    investigation") stays: the blind readers of m69 and h34 judged it a correct attribution."""
    if verb.lemma_.lower() != "have" or any(c.dep_ in ("conj", "ccomp", "advcl") for c in verb.children):
        return False
    if any(t.dep_ in ("relcl", "acl") for t in verb.subtree):
        return False  # "no comment on the leak, which it called a crime": news of its own (review 69p)
    if any(t.dep_ == "prep" and t.lower_ == "from" for t in verb.subtree):
        return False  # "she has not had any comment from the ministry": a comment not received, news (review rev70a)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "comment"
               and any(d.dep_ == "det" and (d.lower_ == "no" or negated and d.lower_ == "any") for d in c.children)
               for c in verb.children)


_WRITERS_PASSIVES = frozenset({"expect", "see", "allow", "require", "schedule", "set", "view", "consider", "poise"})


# What a source can refuse to tell: "declined to say when ...", "refused to confirm whether ...", "declined to
# comment": a refusal states nothing, whatever question follows it, so the question is never the source's content.
_REFUSED_TELLING = _NO_COMMENT | read_words("refused_telling_verbs.txt")


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
    content; "was told that", "is believed to" by unnamed sources stay for the model. The "be" may be
    shared with the verb before "and" (``shared_passive``: "were departing Wednesday and expected to arrive").
    """
    if token.pos_ not in ("VERB", "AUX") or content.quote or token.lemma_.lower() not in _WRITERS_PASSIVES:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children) and not shared_passive(token):
        return False
    return not any(c.dep_ == "agent" for c in token.children)


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def shared_passive(token: Token) -> bool:
    """ "The lawmakers were departing Wednesday and expected to arrive in Pyongyang on Friday", "He was arrested and
    expected to appear in court": a participle joined by "and" to a verb whose "be" auxiliary it shares, with no
    subject or auxiliary of its own, is passive too ("were ... expected"). Kept: a verb after a copula ("He was
    tired and expected to lose": "was" is no auxiliary, he expected), one with its own subject or auxiliary
    ("they left and they expected to win", "were leaving and had expected to win"), one with an object ("were
    meeting and expected a deal") and one after a head with no
    "be" ("The lawmakers departed and expected to arrive": they expected)."""
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBN") or token.head.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "dobj", "ccomp") for c in token.children):
        return False  # "were meeting on Monday and expected a deal": an object, so active (they expected)
    if not any(c.dep_ == "cc" and c.lower_ == "and" and c.i < token.i for c in token.head.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BE_FORMS and c.i < token.head.i for c in token.head.children)


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


def request_without_asker(token: Token, content: Content) -> bool:
    """ "British ministers have been asked to explain why ...", "Residents were asked to stay indoors": a passive
    request with no "by" agent. Its subject is whom the request was put to, not a speaker, and the asker is not
    named: no one to cite (the wire audit 63 marks the empty source wrong). PolNeAR's train gold marks 3 of the 9
    "be asked to <verb>" with no source at all. Kept: an agent ("were asked by the court to explain ..."), a
    question put to the subject ("he was asked whether he would resign": ``question_without_asker`` keeps it), a
    quoted content, and the active "asked them to explain" (the subject asks)."""
    if token.lemma_.lower() != "ask" or token.pos_ not in ("VERB", "AUX") or content.quote:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children) and not shared_passive(token):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and to_infinitive(c) for c in token.children)


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


def reminds_of(token: Token) -> bool:
    """ "Trump reminds me of Abraham Lincoln saying that ...": "X reminds me of Y" likens X to Y in the writer's
    eyes; X says nothing (blind audit p69: W). Kept: a reminding that tells a clause ("reminded reporters that he
    had won", "reminded voters of the fact that ..."), or one that has no "of" ("reminded them to vote")."""
    if token.lemma_.lower() != "remind" or token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    return bool(of) and not any(t.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in t.children)
                                for p in of for t in p.subtree)


# verbs that link their subject to a quality when an adjective follows: "the music sounded awful"
_LINKING = read_words("linking_verbs.txt")


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


# a typographer's note inside a quotation: "[emphasis added]", "(italics mine)", "[bold in original]"
_TYPOGRAPHY = read_words("typography_words.txt")


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


_PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})


def reflexive_act(token: Token, content: Content, doc: Doc) -> bool:
    """ "distanced themselves from the US position", "prepared itself for": the object is the actor itself.

    An act the subject does to itself says nothing. A reflexive with a predicate is a
    self-description and stays ("cast himself as a champion", "declared herself the winner"), except after "find":
    to find oneself somewhere or some way is to be there ("found themselves increasingly targeted by rivals",
    "finds itself unable to pay", "found herself agreeing with him"), a state, no finding ("found that ..." stays).
    """
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span[0].lower_ not in REFLEXIVES:
        return False
    if token.lemma_.lower() == "find":
        return _found_oneself(token, span[0])
    if span[0].head.i != token.i:
        return False
    return not any(self_description(c) for c in token.children)


def _found_oneself(token: Token, reflexive: Token) -> bool:
    """ "found themselves increasingly targeted", "finds itself unable to pay": the reflexive is the object of
    "find", or the subject of the small clause the parse hangs on it (a participle, an adjective)."""
    head = reflexive.head
    return head.i == token.i or (head.head.i == token.i and head.dep_ in _PREDICATIVE_DEPS)


def self_description(child: Token) -> bool:
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


