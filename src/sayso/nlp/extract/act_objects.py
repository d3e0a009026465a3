"""A verb of doing with its plain object for content: "Kavanaugh answered almost 1,300 written questions", "He signed
it “Sofian.”", "Chiesa Viva published a photo of Cardinal Lienart", "these groups repudiate what he stands for", "he
contradicted his previous statements" (its own words; "The senator contradicted the official account" stays, a denial), "Fox News has documented some of the other incidents", "he encouraged them
with a piece of American history", "The jury found the confessed shooter guilty" (PTC blind audits 24-50 judged each
wrong: the object is a thing acted on, no proposition anyone stated). Pure predicates on the parse.

``act_on_object``: the cue is one of ``_ACT_VERBS`` and the content is nothing but the cue's direct object, a noun
phrase with no clause of its own (``noun_phrase_with_modifiers``), no quotation but a name signed ("signed it
“Sofian.”"), and the cue has no clause, no infinitive and no predicate of its own. Kept: "answered, “Depends on what
happens tomorrow.”" (a quotation), "documented that this is how Bergoglio operated" (a clause), "encouraged them to
vote" (an infinitive), "posted a comment that compared radical Muslims to Nazis" (the noun's clause), "a photo
showing ..." (the participle's own attribution). Verbs the readers judged right with a plain object stay out:
"identified five officials ...", "ordered the pass restored", "defended X as Y", "blamed X for Y", "backed Trump".

``found_guilty``: "found X guilty" / "not guilty" / "liable": a verdict, a legal act, not a view reported ("A Chilean
judge also found the victims to be credible" keeps its infinitive).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import Agency
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.discoveries import researching
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.non_statements import SHOWING
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex

# verbs of doing that PTC readers never judged right with a plain object: signing, posting and publishing an item,
# repudiating, contradicting, documenting incidents, encouraging someone
_ACT_VERBS = frozenset({"sign", "post", "publish", "repudiate", "contradict", "document", "encourage"})
# "answered almost 1,300 written questions": the questions, not the answers, are named
_QUESTION_NOUNS = frozenset({"question", "query", "inquiry", "questionnaire", "interrogatory"})
_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable"})


def act_on_object(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The cue is a verb of doing (``_ACT_VERBS``) whose content is only its direct object, a plain noun phrase, or
    "answer" whose content names the questions answered."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or content.kind in QUOTE_KINDS:
        return False
    if lemma == "answer":
        return _questions_answered(content, doc, quotes)
    if lemma not in _ACT_VERBS or (content.quote and lemma != "sign"):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    if lemma == "sign":  # "signed it “Sofian.”": the quotation is the name signed; "signed a bill ..." stays
        return any(c.dep_ == "dobj" and c.pos_ == "PRON" and span.start <= c.i < span.end for c in token.children)
    if quotes.overlapping(content.start, content.end):
        return False
    free = _free_relative(token)
    if any(c.dep_ in ("ccomp", "xcomp") and (free is None or c.i != free.i) for c in token.children):
        return False  # "documented that ...", "encouraged them to vote"
    if free is not None:
        return span.start <= free.i < span.end  # "repudiate what he stands for": a thing, no claim
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or not span.start <= obj.i < span.end:
        return False
    if lemma == "contradict" and not _own_words(token, obj):
        return False  # "The senator contradicted the official account": a speaker's denial (a thing: evidence rules)
    if any(c.dep_ in ("prep", "oprd") and (c.dep_ == "oprd" or c.lower_ == "as") and span.start <= c.i < span.end
           for c in token.children):
        return False  # "repudiated the report as fake news": a predication on the object, a view stated
    if any(t.dep_ in ("acl", "advcl") and t.lemma_.lower() in _EVIDENCE_PARTICIPLES for t in span):
        return False  # "published new figures showing unemployment fell": what the figures show is reported
    return noun_phrase_with_modifiers(doc[obj.left_edge.i:obj.right_edge.i + 1])


# "figures showing ...", "data indicating ...": the participle carries the proposition the publisher puts out
_EVIDENCE_PARTICIPLES = SHOWING | {"find"}


_THING_SUBJECTS = frozenset({"that", "which", "it", "this"})


def _own_words(token: Token, obj: Token) -> bool:
    """ "he contradicted his previous statements", "contradicted himself": the subject at odds with its own words, an
    inconsistency the writer points out; "a report that contradicts the official story": a thing's subject (a
    relative or demonstrative pronoun). A speaker contradicting another ("Trump contradicted him") is a denial."""
    if obj.lower_.endswith(("self", "selves")) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _THING_SUBJECTS


def _free_relative(token: Token) -> Token | None:
    """ "repudiate what he stands for": the parse makes the free relative a clause of the verb (``ccomp``) opened by
    "what"; it names a thing, not a proposition."""
    return next((c for c in token.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "what"), None)


def _questions_answered(content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "answered almost 1,300 written questions senators submitted": the content, no quotation, names questions
    (its first noun is a question noun); "answered, “Depends ...”" and "answered that ..." say the answer."""
    if content.quote or quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or span[0].lower_ in ("that", "yes", "no"):
        return False
    first = next((t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return first is not None and first.lemma_.lower() in _QUESTION_NOUNS


def found_guilty(token: Token) -> bool:
    """ "The jury found the confessed shooter guilty", "A Vatican investigation found Karadima guilty": "find" with a
    verdict adjective (the parse makes it a clause, a predicate or the object's modifier) is a verdict, not a finding
    reported. "found the victims to be credible", "found that ..." stay."""
    if token.lemma_.lower() != "find" or token.pos_ != "VERB":
        return False
    if not _adjudicator(token):
        return False  # "Critics found the administration guilty of hypocrisy", "Historians find him guilty": a view
    for c in token.children:
        if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in _VERDICTS:
            return True
        if c.dep_ == "dobj" and any(g.lower_ in _VERDICTS and g.dep_ in ("amod", "acomp", "oprd") for g in c.children):
            return True
    return False


# who returns a verdict: "The jury", "A Vatican investigation", "judges and prosecutors", "the ethics committee"
_ADJUDICATORS = frozenset({"jury", "juror", "court", "judge", "justice", "magistrate", "tribunal", "panel",
                           "committee", "commission", "investigation", "inquiry", "probe", "prosecutor", "board",
                           "arbitrator", "jurist", "hearing", "trial", "senate"})


def _adjudicator(token: Token) -> bool:
    """The subject of "found X guilty" (or the agent of "was found guilty by ...") is a body that returns verdicts;
    "Critics", "Historians", "Most voters", "The UN", "Amnesty" finding someone guilty state a view or a claim."""
    for c in token.children:
        if c.dep_ == "nsubj":
            subject = token.head if c.lower_ in ("who", "that", "which") and token.dep_ == "relcl" else c
            return subject.lemma_.lower() in _ADJUDICATORS
        if c.dep_ == "agent":
            return any(g.dep_ == "pobj" and g.lemma_.lower() in _ADJUDICATORS for g in c.children)
    return False


# adjectives of ease that make "found it hard to ..." the subject's own lot
_EASE = frozenset({"difficult", "hard", "easy", "easier", "harder", "impossible", "tough", "tougher", "challenging",
                   "necessary", "possible"})


def found_circumstance(token: Token, agency: Agency) -> bool:
    """ "Romney found it difficult to overcome the defeat" (an experience: an expletive "it", an adjective of ease and
    an infinitive) and "Deputies found a man shot to death" (a discovery: an object with a past participle, a body
    or a thing come upon): "find" with a small clause of that shape reports what happened, nobody states anything
    (blind audits 73 and P74). Kept: "found that ...", "found the cause was a faulty valve" (a finite clause), "finds
    that pitch compelling" (a view), "found it hard to believe that ..." (a thought with its clause), and a study, a
    report, a poll, researchers or a named body (``discoveries.researching``) that find anything ("the survey found
    voters divided", "researchers found participants slept better"): their finding is stated."""
    if token.lemma_.lower() != "find" or token.pos_ != "VERB":
        return False
    if researching(subject_of(token), agency):
        return False
    return any(c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and (_ease_clause(c) or _participle_clause(c))
               for c in token.children)


def _ease_clause(pred: Token) -> bool:
    """ "it difficult to overcome ...": "it" for subject, an adjective of ease, an infinitive with no clause."""
    if pred.lower_ not in _EASE or pred.i == 0 or pred.doc[pred.i - 1].lower_ != "it":
        return False
    # "found it difficult in 2012 to overcome ...": the parse may hang the infinitive on "find"
    infinitive = next((c for c in (*pred.children, *pred.head.children)
                       if c.pos_ == "VERB" and c.i > pred.i and to_infinitive(c)), None)
    return infinitive is not None and not any(g.dep_ == "ccomp" for g in infinitive.children)


# verbs with no passive: "found the driver died at the scene" is a finite clause, a finding stated, never a state
_NO_PASSIVE = frozenset({"die", "live", "work", "happen", "occur", "arrive", "fall", "go", "come", "remain", "stay",
                         "sleep", "act", "fail", "lie", "sit", "stand", "rise", "exist", "belong", "suffer"})


def _participle_clause(pred: Token) -> bool:
    """ "a man shot to death", "the car abandoned near the border": a past participle (the tagger often says past
    tense) right after its noun subject and its modifiers ("Adan Avalos of Riverbank shot ..."), with no auxiliary and no object of its own: a state come upon. A past tense
    needs a place or a manner after it ("shot to death inside the SUV"): "participants slept better" is a finite
    clause."""
    if pred.pos_ != "VERB" or pred.tag_ not in ("VBN", "VBD"):
        return False
    if pred.tag_ == "VBD" and (not any(c.dep_ == "prep" for c in pred.children)
                               or any(c.dep_ in ("advmod", "npadvmod") for c in pred.children)
                               or pred.lemma_.lower() in _NO_PASSIVE):
        return False
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.right_edge.i != pred.i - 1:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in pred.children)
