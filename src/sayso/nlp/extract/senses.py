"""Which predicates are statements: the sense of a cue (``resources/cue_senses.txt``) and its rules.

The cue lexicon holds PolNeAR's broad notion of attribution, which marks acts and
intentions too; a reader takes only statements and stances. Each cue lemma has one sense
(saying, writing, thought, intending, finding, acting) and each rule here is a pure
predicate on the parse that says when a cue of that sense is no attribution:

- ``intention_not_held``: an aim of a programme, a mission or a thing ("Artemis aims to return
  astronauts"), or an intention with no clause of its own ("is looking to its new chip to ...");
- ``effort_not_view``: an effort ("is attempting to pull an Obama") unless it is an attempt at a statement;
- ``finding_without_finder``: a finding of data, a simulation or an object ("revealing how gas
  flows", "the outflows were shown to"); people, bodies and documents find ("the researchers found that");
- ``act_not_statement``: an act, a decision or a permission ("TNG50 allowed researchers to see",
  "the team chose to", "blocked a shot"), unless an agent's that-clause or a quotation makes it
  a statement ("the court decided that the claims were unfounded");
- ``object_subject``: a model, a device or a feature for the speaker ("The new model predicts that");
- ``likelihood_of_thing``: "threaten"/"promise" with an infinitive and a subject nobody speaks for: a
  likelihood, not a threat or a promise made ("That error threatens to overwhelm the Church");
- ``likelihood_of_lead``: "threaten" with an infinitive of taking a lead, whoever the subject: a likelihood in a
  contest ("threatened to run away with the nomination", "threatened to pull ahead");
- ``feeling_for_object``: a feeling voiced about a noun phrase ("expressed confidence in the
  veteran winger"): no proposition, whereas "expressed concern that the plan would fail" is one;
- ``feeling_noun_for_object``: the same with the noun for cue ("voiced concern about the policy": "concern");
- ``feeling_without_clause``: "many European citizens feel stung after the bank imposed new rules": a state
  of mind with its cause, no proposition held;
- ``leaning_toward``: "the senator is leaning hard toward voting against the bill": an inclination, no view stated.

Who can intend, find or speak: ``agency``. Tables of tests: ``tests/test_senses.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import Agency, agency_of, agentive, referent
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, NOUN_CLAUSES, SUBJECTS, to_infinitive
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span, coping_with
from sayso.nlp.extract.legal_acts import pushed_through
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_types import NAME_LABELS


def not_a_statement_by_sense(token: Token, content: Content, doc: Doc, subject: Token | None, lexicon: Lexicon) -> bool:
    """The cue's sense rules it out (an aim of a thing, a finding of data, an act) or it voices a feeling
    about a noun phrase. ``subject`` is the cue's source head on the parse."""
    if feeling_for_object(token, content, doc) or feeling_noun_for_object(token, content, doc) \
            or feeling_without_clause(token, content, doc) or leaning_toward(token, content, doc) \
            or likelihood_of_lead(token) or _self_image(token, lexicon.efforts):
        return True
    sense = lexicon.sense_of(token.lemma_)
    agency = agency_of(lexicon)
    if sense not in ("intending", "finding", "acting"):
        return object_subject(token, content, subject, sense, agency) or likelihood_of_thing(token, subject, agency,
                                                                                              lexicon.documents)
    return (intention_not_held(token, content, doc, subject, sense, agency)
            or effort_not_view(token, content, doc, lexicon.efforts, lexicon.senses, lexicon.topic_verbs)
            or finding_without_finder(token, content, subject, sense, agency, lexicon.evidence, people=lexicon.person_nouns)
            or act_not_statement(token, content, doc, subject, sense, agency, lexicon.senses, lexicon.topic_verbs))


def object_subject(token: Token, content: Content, subject: Token | None, sense: str | None, agency: Agency) -> bool:
    """A model, a device, a feature or an object for the subject of a verb of saying or thought: "The new
    model predicts that sea levels will rise", "a feature that warns users when ...". Nobody speaks.
    A document (``document_nouns.txt``: "the law says", "the bill states"), a programme or a mission
    that speaks as a body ("the U.S. mission said"), a name ("Time says": the magazine) and a quotation stay.
    """
    if sense not in ("saying", "writing", "thought") or token.pos_ not in ("VERB", "AUX") or subject is None:
        return False
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    noun = referent(subject)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in NAME_LABELS:
        return False  # a name the tagger left a common noun: "Time says ..." (the magazine) speaks
    return noun.lemma_.lower() in agency.objects or noun.lower_ in agency.objects


LIKELIHOOD_VERBS = frozenset({"threaten", "promise"})


def likelihood_of_thing(token: Token, subject: Token | None, agency: Agency,
                        documents: frozenset[str] = frozenset()) -> bool:
    """ "That error threatens to overwhelm the Church", "The merger threatens to eliminate thousands of jobs",
    "The deal promises to bring jobs": with an infinitive and a common noun nobody speaks for as its subject
    (a thing, an event, a plan: agency_nouns.txt's things and events), the verb says what is likely, not what
    anyone threatened or promised. A measure, a quantity or the weather (agency_nouns.txt: "Temperatures threatened to
    top the record", "Prices promise to climb") and a time or a sum the tagger names (``_MEASURE_LABELS``: "The weekend
    promises to be hot") are such subjects too (blind audit m76). Kept: every other subject, since people are named by more nouns than any
    list holds ("The landlord threatened to evict", "The gunman threatened to blow up the building", "The
    union threatened to strike"), documents that speak ("The letter threatened to release the photos", "The
    statement promised to investigate"), names, and a that-clause ("the storm threatens that ...": no
    infinitive)."""
    if token.lemma_.lower() not in LIKELIHOOD_VERBS or subject is None:
        return False
    if not any(c.dep_ == "xcomp" and c.i > token.i and any(a.lower_ == "to" for a in c.children) for c in token.children):
        return False
    noun = referent(subject)
    if noun is None or noun.pos_ not in ("NOUN", "NUM"):
        return False
    if noun.ent_type_:
        return noun.ent_type_ in _MEASURE_LABELS  # "This year threatens to be the hottest", "The weekend promises to"
    if noun.pos_ != "NOUN" or _bare_surname(noun):
        return False
    lemma = noun.lemma_.lower()
    return any(word in agency.things or word in agency.events for word in (lemma, noun.lower_)) \
        and lemma not in documents and lemma not in agency.finders


# names of a time, a sum or an amount: nobody speaks for them ("The weekend promises to be hot and dry",
# "$2 billion in savings threatens to vanish"); a person, a body or a place is named by other labels. Not a count or
# a share, which numbers people as often ("Dozens of doctors threatened to resign", "The three threatened to quit",
# "Forty percent of the members threatened to quit", "Number 10 promised to publish": CARDINAL, PERCENT)
_MEASURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
_SURNAMES = read_words("census_surnames.txt")


def _bare_surname(noun: Token) -> bool:
    """A capitalised noun with no article, possessive or modifier that is also a surname: "Price threatened to sue",
    "Rains threatened to quit" (a person the tagger read as a common noun; "Rain threatens to spoil the final" and
    "The price threatens to" are not surnames or have an article)."""
    return noun.text[:1].isupper() and noun.lower_ in _SURNAMES \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


# verbs of leaving rivals behind: no one threatens them on anyone, a contest makes them likely
_OUTPACING = frozenset({"overtake", "outpace", "outrun", "eclipse", "overshadow", "upstage", "lap"})
# verbs of moving that "away" or "ahead" turn into a lead: "pull ahead", "run away with the race"
_MOVING = frozenset({"run", "pull", "race", "surge", "sprint"})
# the rivals one runs away from in a contest: "run away from the field" (not "from home": a threat to leave)
_RIVALS = frozenset({"field", "pack", "rest", "competition", "rival", "opponent", "challenger", "contender"})
# what one runs away with in a contest: "run away with the race" (not "with his girlfriend": a threat to elope)
_PRIZES = frozenset({"race", "nomination", "election", "primary", "contest", "game", "match", "title", "championship",
                     "league", "lead", "vote", "show", "tournament", "series", "trophy", "crown", "cup"})


def likelihood_of_lead(token: Token) -> bool:
    """ "Trump threatened to run away with the nomination", "Sanders threatened to pull ahead in Iowa", "the rookie
    threatened to eclipse the record", "threatened to run away from the Republican field": "threaten" with an
    infinitive of taking or widening a lead says what looked likely in a contest, whoever the subject; nobody was
    threatened (blind audit P73: "threatened to run away from the Republican presidential field", a pun).

    Kept: a threat to act on someone ("threatened to sue", "threatened to strike"), a threat to leave ("threatened to
    run away from home", "threatened to run away with his girlfriend", "threatened to break away from the federation", "threatened to pull
    out of the talks"), and
    "promise", whose promises to win are made ("promised to overtake the rival's sales")."""
    if token.lemma_.lower() != "threaten":
        return False
    verb = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i and to_infinitive(c)), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if any(p.dep_ == "prep" and p.lower_ == "by" and any(c.dep_ == "pcomp" for c in p.children)
           for p in verb.children):
        return False  # a means is an act threatened: "threatened to upstage the governor by announcing his budget"
    if lemma in _OUTPACING:
        return True
    if lemma not in _MOVING:
        return False
    adverb = next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "ahead")), None)
    if adverb is None:
        return False
    preps = [p for p in (*verb.children, *adverb.children) if p.dep_ == "prep"]
    if adverb.lower_ == "ahead":  # "pull ahead", "surge ahead"; not "race ahead with the bill": a plan pushed on
        return not any(p.lower_ == "with" for p in preps)
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in _PRIZES if p.lower_ == "with" else _rivals(o))
               for p in preps if p.lower_ in ("with", "from") for o in p.children)  # "run away with the race"


def _rivals(noun: Token) -> bool:
    """The rivals one pulls away from: "the field", "the pack", "the rest of the field" (not "the rest of the
    family", "the rest of us": a threat to leave)."""
    lemma = noun.lemma_.lower()
    if lemma != "rest":
        return lemma in _RIVALS
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _RIVALS - {"rest"}
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def own_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a quotation, or a clause or an infinitive that is the cue's own complement."""
    if content.quote or content.kind in QUOTE_KINDS:
        return True
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.head.i != token.i or root.pos_ not in ("VERB", "AUX"):
        return False
    # "sought on Wednesday to ease ...", "looked to stop the bleeding": the parse often makes the infinitive an advcl
    return root.dep_ in ("xcomp", "ccomp") or (root.dep_ == "advcl" and to_infinitive(root))


def noun_clause(content: Content, doc: Doc) -> bool:
    """The content of a cue noun is a quotation or a that-clause ("the decision that the law stands")."""
    if content.quote or content.kind in QUOTE_KINDS:
        return True
    span = content_span(doc, content)
    return span is not None and span[0].lower_ == "that"


def that_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a quotation or a finite clause of the cue's own: "decided that the claims were unfounded".

    An infinitive ("allowed researchers to see"), a noun phrase or an embedded question ("ESA has
    investigated how the debris could be removed", "decided whether to run") is not."""
    if content.quote or content.kind in QUOTE_KINDS:
        return True
    span = content_span(doc, content)
    if span is None or span[0].lower_ in _QUESTION_WORDS:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "ccomp" or root.pos_ not in ("VERB", "AUX"):
        return False
    if to_infinitive(root):
        return False
    return any(c.dep_ in CLAUSE_SUBJECTS for c in root.children)


_QUESTION_WORDS = read_words("question_openers.txt")


def _looks_to(token: Token) -> bool:
    """ "is looking to its new chip to revive sales": "look to X" is relying on X, not an intention."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" for p in c.children) for c in token.children)


def intention_not_held(token: Token, content: Content, doc: Doc, subject: Token | None, sense: str | None,
                       agency: Agency) -> bool:
    """An intending predicate whose holder is no agent, or whose content is no clause of its own.

    "Artemis aims to return astronauts" (beside "the Artemis program"), "the simulation, which aims
    to model ...", "the company is looking to its new chip to revive sales". Kept: "The Lakers plan
    to re-evaluate him", "NASA plans to launch the rocket", "she is seeking to contrast her approach".
    """
    if sense != "intending" or token.pos_ not in ("VERB", "AUX"):
        return False
    if _looks_to(token) or not own_clause(token, content, doc):
        return True
    if subject is None:
        return agentless_passive(token)  # "the campaign is intended to stop ..."; else the parse found no subject
    return not agentive(subject, agency)


_STATING = frozenset({"saying", "thought"})  # not writing: "refuses to release his tax records" is an act


def says_or_thinks(verb: Token, senses: Mapping[str, str]) -> bool:
    """A verb of saying or thought ("explain", "accuse", "believe"): the head of a content that is a
    statement hung on an effort or an act ("tried to explain that ...", "took to Twitter to accuse").
    ``effort_not_view`` keeps such an effort, ``embedded_statement`` keeps such an act's frame."""
    return verb.pos_ in ("VERB", "AUX") and senses.get(verb.lemma_.lower()) in _STATING


def states_something(verb: Token, senses: Mapping[str, str], topic_verbs: frozenset[str] = frozenset()) -> bool:
    """A verb of saying or thought (``says_or_thinks``) used as one: not an act done with the same verb. "voted
    to hold Pagliano in contempt" ("hold" a view takes a clause: "holds that ..."), "is attempting to push a bill
    through the Senate" (``legal_acts.pushed_through``), "went on to discuss recently released polls" (a topic:
    ``topic_verbs`` with a noun phrase and no clause) frame no statement."""
    if not says_or_thinks(verb, senses):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (_has_that_clause(obj) or _as_predicate(verb, obj)):
        return True  # "held the view that ...", "discussed the plan as a failure"
    lemma = verb.lemma_.lower()
    if lemma == "hold":  # a view held takes a clause; "hold Pagliano in contempt", "hold a hearing" are acts
        return any(c.dep_ == "prt" for c in verb.children)  # "hold up the report as proof": another verb
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return True
    return not (lemma in topic_verbs or pushed_through(verb))


def _has_that_clause(noun: Token) -> bool:
    """ "the view that the law is sound": the noun's clause is a proposition."""
    return any(c.dep_ in NOUN_CLAUSES and c.left_edge.lower_ == "that" for c in noun.children)


def _as_predicate(verb: Token, obj: Token) -> bool:
    """ "discussed the plan as a failure": an "as" phrase says something of the object."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in (*verb.children, *obj.children))


def effort_not_view(token: Token, content: Content, doc: Doc, efforts: frozenset[str],
                    senses: Mapping[str, str], topic_verbs: frozenset[str] = frozenset()) -> bool:
    """An effort (``effort_verbs.txt``): "Ellison is attempting to pull an Obama", "Republicans sought to tie
    up some loose threads". The writer says what someone does; nobody states or holds a view. Kept: an
    attempt at a statement ("tried to explain that ...", "sought to reassure voters that ...": the
    embedded verb is one of saying or thought) and a quotation."""
    if token.lemma_.lower() not in efforts or token.pos_ not in ("VERB", "AUX"):
        return False
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if not states_something(root, senses, topic_verbs) or _act_on_a_thing(root):
        return True  # "is attempting to push a bill through the Senate": an act done with a verb of saying
    # "tie up some loose threads" is another verb than "tied the rally to the ruling"; "point out that" stays
    return any(c.dep_ == "prt" for c in root.children) and not any(c.dep_ == "ccomp" for c in root.children)


def _act_on_a_thing(verb: Token) -> bool:
    """The attempted verb has a plain object and nothing that says a proposition: "sought to counter Mr. Obama's
    appeal", "has sought to portray herself as his successor", "seeking to embrace a younger generation" (blind audit
    P74: an effort, nothing said). Kept: a clause ("sought to reassure voters that ..."), an object's that-clause, an
    infinitive ("tried to convince the court to ..."), and a comparison with "with" ("seeking to contrast her
    approach with Trump's": PolNeAR dev marks it, a difference stated)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or _has_that_clause(obj):
        return False
    if verb.lemma_.lower() in _PROPOSITIONAL_OBJECTS or _charge(verb, obj):
        return False  # "tried to deny the allegations", "sought to blame Mr. Acosta for ...": a stance stated
    return not any(c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "advcl" and to_infinitive(c))
                   or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


# "tried to deny the allegations": the object stands for what was said; the attempt states a stance
_PROPOSITIONAL_OBJECTS = read_words("propositional_object_verbs.txt")


def _charge(verb: Token, obj: Token) -> bool:
    """ "sought to blame Mr. Acosta for the confrontation", "tried to accuse her of lying": a person charged with
    something, a stance stated (blind audit 30 judged the blame row P)."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > obj.i for c in verb.children)


def _self_image(token: Token, efforts: frozenset[str]) -> bool:
    """The attempted verb as a cue in its own right, acting on the subject itself: "has sought to portray herself as
    Mr. Obama's successor", "tried to cast himself as an outsider" (blind audit P74 A14: an image made, nothing
    stated). Kept: "tried to describe the plan as a tax on the poor" (a view of a thing)."""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in efforts or not _act_on_a_thing(token):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children)


# finding verbs that tell others when a person is their subject ("his former boss revealed that ..."); not those of
# coming to know ("his girlfriend learned that he had been arrested", "a child found the gun was loaded")
_TELLING_FINDINGS = frozenset({"reveal", "disclose", "confirm", "conclude"})


def finding_without_finder(token: Token, content: Content, subject: Token | None, sense: str | None,
                           agency: Agency, evidence: Mapping[str, str] | None = None, *,
                           people: frozenset[str] = frozenset()) -> bool:
    """A finding predicate with no person, body or document finding it: evidence, not a statement.

    "The resolution allowed ..., revealing how gas flows", "The outflows were also shown to slow
    the growth of stars", "the simulation found that". Kept: "The researchers found that", "a 2014
    study found that", "the ministry revealed that", and a quotation ("Matthews concluded: “...”").
    A passive with no agent has no finder. A verb of evidence (``evidence`` marks it evidence or
    deed: show, prove, demonstrate) in the active is judged by ``non_statements`` (a poll or a video that shows
    something stays, PolNeAR's convention), so only its agentless passive is judged here. A noun that names a person
    (``people``, ``person_nouns.txt``: "his former boss", "a neighbor", "his girlfriend") finds as a role noun does:
    "his former Australian boss revealed the tourist island was a haven" is the boss's telling (blind audit 68 S46).
    """
    if sense != "finding" or token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    if token.lower_ == "according":
        return False
    evidence = evidence or {}
    if evidence.get(token.lemma_.lower()) in ("evidence", "deed") and not agentless_passive(token):
        return False
    if subject is not None and subject.pos_ != "PRON" and (subject.lemma_.lower() in agency.finders
                                                          or subject.lower_ in agency.finders):
        return False  # "a 2014 study found that", "the report reveals"
    if subject is None:
        return agentless_passive(token)  # "it was revealed that ..."; else the parse found no subject ("X, they concluded, ...")
    if (subject.pos_ == "NOUN" and (subject.lemma_.lower() in people or subject.lower_ in people)
            and token.lemma_.lower() in _TELLING_FINDINGS):
        return False  # "his former boss revealed ...": a telling; not "the patient learned she had cancer"
    return not agentive(subject, agency, plural_people=False)


def agentless_passive(token: Token) -> bool:
    """ "were also shown to", "was found to": a passive that names nobody."""
    return any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)


def act_not_statement(token: Token, content: Content, doc: Doc, subject: Token | None, sense: str | None,
                      agency: Agency, senses: Mapping[str, str] | None = None,
                      topic_verbs: frozenset[str] = frozenset()) -> bool:
    """An acting predicate: an act, a decision, a permission or a procedure is no statement.

    "TNG50 allowed researchers to see ...", "The team chose to play its starters", "Kaprizov
    blocked a shot", "When they compared the images to earlier surveys". An agent's that-clause or
    a quotation makes it one ("The court decided that the claims were unfounded", "he accepted
    that he had erred", "Ham made it clear he had misgivings"); a thing's does not ("the law
    requires that ..."). An act whose content is a statement of the same subject is that statement's
    frame and stays ("went on to criticize the plan", "took to Twitter to accuse", "began by saying";
    ``senses`` gives the embedded verb's sense), unless the act withholds it ("refused to endorse Trump") or the
    embedded verb takes only a person ("went on to endorse Ayotte": ``act_on_a_person``, what was done next).
    A noun of an act ("the team's decision to trade the forward", "his refusal to testify") is one
    unless a that-clause or a quotation follows it ("the court's decision that the law stands").
    """
    if sense != "acting":
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        return not noun_clause(content, doc)  # "the team's decision to trade the forward", "his refusal to testify"
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if senses is not None and embedded_statement(token, content, doc, senses, topic_verbs):
        return False
    if likens_someone(token, agency):
        return False
    if subject is not None and unplaced_it(subject):
        return True  # "It also required that existing televisions remain functional": a law's act, as like as not
    stated = that_clause(token, content, doc) or made_clear(token)
    if subject is None:
        return not stated or agentless_passive(token)
    return not (stated and agentive(subject, agency))


def unplaced_it(subject: Token) -> bool:
    """A subject "it" that looks back to no noun (``referent``): what acts, requires or mandates is then as likely a
    statute, a rule or a plan as a body ("It also required that existing televisions remain functional", a sentence
    cut from its article), and a thing's act is no statement; when in doubt, nothing is emitted. ``agentive`` keeps
    such an "it" for the senses that speak ("It said that ...")."""
    return subject.lower_ == "it" and subject.pos_ == "PRON" and referent(subject) is None


# acts that withhold what they frame: "declined to threaten Moscow", "refused to endorse Trump" state nothing
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "avoid", "resist", "withhold", "hesitate", "stop", "neglect"})


def embedded_statement(token: Token, content: Content, doc: Doc, senses: Mapping[str, str],
                       topic_verbs: frozenset[str] = frozenset()) -> bool:
    """The content is headed by a verb of saying or thought hung on the act: "went on to criticize", "took to
    Twitter overnight to accuse", "began by saying", "used blunt language to denounce". Not when the act
    withholds it ("declined to threaten Moscow", "refused to endorse Trump", "chose not to comment", "decided against
    recommending charges"), nor when it decides it ("The FBI decided to tell Congress about the emails", "Obama decided
    to press Israel to freeze settlements", "chose to announce the findings himself"): a decision is an act, and the
    words said on it, if any, are the embedded verb's own cue (the blind reader audits mark it wrong; PolNeAR marks
    some)."""
    if token.lemma_.lower() in _WITHHOLDING or token.lemma_.lower() in _DECIDING:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if not states_something(root, senses, topic_verbs) or coping_with(root):
        return False  # "struggled to contend with 10 million users": coping, nothing said
    if any(c.dep_ in SUBJECTS for c in root.children):
        return False  # "allowed researchers to see ...": someone else's act, not the subject's statement
    if any(c.dep_ == "neg" for c in root.children):
        return False  # "chose not to comment": no statement made
    if not content.quote and act_on_a_person(root):
        return False  # "went on to endorse Ayotte": an act on a person, nothing said (blind audit p85 A3)
    # "decided against recommending charges", "voted against condemning the strikes": the act withholds it (PolNeAR
    # marks some; on its dev split this costs attr_f1 0.0004)
    return root.head.i == token.i or (root.head.head.i == token.i and root.head.dep_ == "prep"
                                      and root.head.lower_ not in _AGAINST)


_AGAINST = frozenset({"against"})
# the pronouns that stand for a person ("endorse him"); "it" and "them" may stand for a claim ("went on to deny them")
_PERSON_PRONOUNS = frozenset({"him", "her", "me", "us", "you"})
# the prepositions that only set an act in time or place ("endorsed Ayotte at the rally"); any other ("praised
# Obama for his courage", "called him a liar", "compared him to Nixon", "told him about the plan") says something.
# "on" sets it only in time ("on Tuesday"): "congratulated Macron on his victory", "attacked Bush on Iraq" say what
# for (rev79c)
_SETTING_PREPS = frozenset({"in", "at", "during", "after", "before"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def act_on_a_person(verb: Token) -> bool:
    """The embedded verb of an act's frame ("went on to", "proceeded to", "moved to", "took to Twitter to") takes
    only a person for its object: a person's name (the parse's PERSON entity, or a census surname the parse read as
    an organisation, "attack Smith") or a personal pronoun, with nothing said of them and no clause, charge or
    predication beside it. "went on to endorse Ayotte", "proceeded to thank Obama", "went on to praise him at the
    rally" tell what the subject did next, no words of theirs (as "endorsed Ayotte" alone is no attribution). A
    name of a thing ("went on to criticize Obamacare", "went on to praise NAFTA") is no person: it stays, as
    "criticize the plan" does.
    "went on to say that ...", "went on to call him a liar", "went on to praise Obama for his courage", "went on to
    tell Smith that ..." and "went on to criticize the plan" (a thing, not a person) say something and stay."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not ((obj.pos_ == "PROPN" and (obj.ent_type_ == "PERSON" or obj.lower_ in _SURNAMES))
                           or (obj.pos_ == "PRON" and obj.lower_ in _PERSON_PRONOUNS)):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "attr", "dative", "advcl", "conj") and not _set_off(c)
           for c in verb.children):
        return False  # "calling her “a rising star”" set off by a comma is a statement of its own, found on its own
    if any(c.dep_ == "prep" and not _setting(c) for c in verb.children):
        return False
    # the name only: no appositive, relative clause or phrase on it that could say something of the person
    return all(c.dep_ in ("compound", "det", "amod", "punct", "cc", "conj", "poss", "case", "nmod", "appos")
               for c in obj.children)


def _set_off(token: Token) -> bool:
    """A participle or clause after a comma ("..., calling her a rising star"): its own statement, not the act's."""
    first = token.left_edge.i
    return token.i > token.head.i and first > 0 and token.doc[first - 1].text in (",", ";", "—", "–")


def _setting(prep: Token) -> bool:
    """A preposition that only sets the act in time or place: "at the rally", "after the vote", "on Tuesday"."""
    if prep.lower_ == "on":
        return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTITIES for c in prep.children)
    return prep.lower_ in _SETTING_PREPS


# decisions: what they frame is done later, if at all ("decided that <clause>" is judged by ``that_clause``)
_DECIDING = frozenset({"decide", "choose", "opt", "elect"})


def likens_someone(token: Token, agency: Agency) -> bool:
    """ "Trump compared Clinton to Nixon": comparing a person or a body to another is a characterisation,
    said as "likened" is; comparing images, data or results ("compared the images to earlier surveys")
    is a procedure."""
    if token.lemma_.lower() != "compare":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ in ("PROPN", "PRON") and agentive(obj, agency)


_CLEAR = frozenset({"clear", "plain", "known", "evident"})


def made_clear(token: Token) -> bool:
    """ "made it clear he had misgivings", "made clear that ...": an act of making known is a statement."""
    return token.lemma_.lower() == "make" and any(c.lower_ in _CLEAR and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod")
                                                  for c in token.children)


# feelings one voices about someone or something: with a noun phrase after them no proposition is stated
_FEELINGS = read_words("voiced_feelings.txt")
_VOICING = frozenset({"express", "voice", "show", "convey", "register", "profess"})


def feeling_for_object(token: Token, content: Content, doc: Doc) -> bool:
    """ "Boudreau expressed confidence in the veteran winger", "voiced frustration with the referees":
    a feeling about a noun phrase, no proposition. A clause says what is felt and stays ("expressed
    concern that the plan would fail", "voiced concern about how the money was spent"), and so does a quotation.
    """
    if token.lemma_.lower() not in _VOICING or content.quote or content.kind in QUOTE_KINDS:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _FEELING_LEMMAS for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None or not noun_phrase_with_modifiers(span):
        return False
    return not any(t.dep_ in ("pcomp", "ccomp") and t.pos_ in ("VERB", "AUX") for t in span)  # "about how ... was spent"


def feeling_noun_for_object(token: Token, content: Content, doc: Doc) -> bool:
    """The feeling noun as cue with a noun phrase for content: "The mayor voiced concern about the policy",
    "officials raised concerns about the timing of the aid", "frustration with the referees": what the feeling is
    about, no proposition (issue 12: a content is a clause, a quotation or a proposition; the blind audit marked
    "voiced concern about the policy" wrong). Kept as for the verb: a clause ("concern that the plan would fail",
    "concern about how the money was spent", "worries about losing the House") and a quotation."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _FEELING_LEMMAS or content.quote \
            or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None or not len(span) or span.root.head.i == token.i:
        return False  # the noun's own clause or object, not a preposition's
    prep = span.root.head
    if prep.dep_ != "prep" or prep.head.i != token.i or not noun_phrase_with_modifiers(span):
        return False
    return not any(t.dep_ in ("pcomp", "ccomp", "acl", "relcl") and t.pos_ in ("VERB", "AUX") for t in span)


_FEELING_LEMMAS = _FEELINGS | {f.rstrip("s") for f in _FEELINGS}


def feeling_without_clause(token: Token, content: Content, doc: Doc) -> bool:
    """ "Many European citizens feel stung after the bank imposed new rules", "voters felt betrayed when the party
    ignored them": "feel" with an adjective or a participle says a state of mind, and what follows it is its cause or
    its occasion, not a proposition anyone holds (the blind audits marked the cause read as content wrong).

    Kept: a clause of its own ("felt she wasn't taken seriously", "feel that the crime policies did harm"), the
    adjective's that-clause ("feel confident that ...": the adjective is the cue, ``held_views``), "feel like ..."
    and a quotation."""
    if token.lemma_.lower() != "feel" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "acomp" or root.pos_ not in ("ADJ", "VERB"):
        return False
    return not any(c.dep_ == "ccomp" for c in root.children)


_TOWARD = frozenset({"toward", "towards"})


def leaning_toward(token: Token, content: Content, doc: Doc) -> bool:
    """ "The senator is leaning hard toward voting against the bill", "voters leaned toward Clinton": an inclination
    toward an act or a side, told by the writer; no view is stated or held as a proposition (the blind audits marked it
    wrong). Kept: a quotation, and what someone says of it ("is leaning toward voting no, he said": the "said" is a
    cue of its own)."""
    if token.lemma_.lower() != "lean" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    first = doc[span.start - 1] if content.kind == "prep_obj" and span.start > 0 else span[0]
    return first.lower_ in _TOWARD and first.head.i == token.i
