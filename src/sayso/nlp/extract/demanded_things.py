"""A demand for a thing: "X called for Y" where X can ask and Y is a noun phrase naming what X wants.

"a committee ... called for an independent judicial inquiry", "Ward called for the impeachment of Lynch",
"demonstrators ... call for free elections": PolNeAR marks the phrase after "for" as the content of "called
for", and a reader takes it for what the speaker asked. ``np_contents`` drops a bare noun-phrase object of
"call" (``non_statement_verbs.txt``: "called the office", "called a meeting"); this rule keeps the one after
"for" when the one who calls is someone who can ask (``agency.agentive``). "The game called for patience",
"the recipe calls for two eggs", "the situation calls for calm" (a thing that needs something, no one asking),
"called for it" (a pronoun, no thing named), "called for an emergency meeting" (a gathering convened, ``_CONVENED``) and "called for Trump to drop out" (a clause, kept elsewhere) are
not this rule's.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.agency import Agency, agentive, referent
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.filters import QUOTE_KINDS
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.time_words import TIME_NOUNS

# a gathering called for is convened, not demanded of anyone: "The Arab League called for an emergency meeting of the
# body" (the reader's gold of the html pages leaves "called for an emergency meeting", "calling for a UN Security
# Council debate" out)
_CONVENED = frozenset({"meeting", "session", "summit", "debate", "conference", "talks", "gathering", "assembly"})

# one summoned or a step called in a procedure, nothing demanded of anyone: "called for a taxi", "called for backup",
# "called for a recess", "called for a show of hands", "called for a timeout", "called for bids" (rev65m)
_SUMMONED = frozenset({
    "taxi", "cab", "car", "ambulance", "backup", "help", "rescue", "reinforcement", "reinforcements", "cart",
    "vote", "recess", "show", "toast", "timeout", "punt", "snap", "silence", "quiet", "encore",
    "check", "bid", "application", "volunteer", "applause", "hand", "round", "drink", "wine", "penalty", "foul",
})
# a person called for is summoned ("called for a doctor", "called for her mother"), but one appointed is demanded
_APPOINTED = frozenset({"prosecutor", "counsel", "commission", "inquiry"})

# a plan, a law or a treaty by its name: "The Green New Deal calls for", "Vision 2030 calls for" (rev65m)
_PLANS = frozenset({"deal", "agreement", "act", "plan", "accord", "resolution", "constitution", "amendment", "bill", "law",
                    "treaty", "initiative", "program", "programme", "proposal", "vision", "strategy", "doctrine",
                    "budget", "framework", "roadmap", "blueprint", "charter", "convention", "protocol", "manifesto"})

# how far up a chain of shared-subject verbs the asker is looked for: "gathered ... to stand ... and call for"
_MAX_CLIMB = 3


def called_for_thing(token: Token, content: Content, agency: Agency) -> bool:
    """``token`` is the verb "call" with "for" and a noun object, ``content`` that object (or "for" and it), and
    the verb's subject, or the subject of the verb it shares one with, can ask for something."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB" or content.kind not in ("prep_obj", "child_prep"):
        return False
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not content.start <= obj.idx < content.end \
            or obj.lemma_.lower() in _CONVENED or obj.lemma_.lower() in _SUMMONED or obj.lower_ in _SUMMONED:
        return False
    if obj.lemma_.lower() == "order" and any(c.dep_ in ("amod", "compound") for c in obj.children):
        pass  # "called for an executive order": a demand, not "called for order" in a chamber
    elif obj.lemma_.lower() == "order":
        return False
    if obj.lemma_.lower() not in _APPOINTED and _summoned_person(obj, agency):
        return False  # "called for a doctor", "called for the police", "called for her mother": summoned
    if token.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in token.children):
        return False  # "General Who Called For Internment": the asker is the relative's antecedent, often misread
    asker = _asker(token)
    if asker is not None and asker.ent_type_ != "PERSON" and (asker.lemma_.lower() in _PLANS
                                                             or asker.lemma_.lower() in agency.things):
        return False  # "The Green New Deal calls for", "The Paris Agreement calls for": a named plan asks for nothing
    return agentive(asker, agency, plural_people=False)


def _asker(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb whose subject it shares: a conjunct ("gathered and called for"), an
    infinitive of purpose or a complement ("gathered to stand ... and call for", "moved to call for")."""
    for _ in range(_MAX_CLIMB):
        subject = subject_of(verb)
        if subject is not None:
            return subject
        if verb.dep_ == "conj" or (verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb)):
            verb = verb.head
            continue
        return None
    return None


# what a plan, a bill or a deal "calls for" is what it provides, no demand of anyone's: "his plan calls for rates
# that rise with earnings", "the bill calls for the agency to cut emissions" (PolNeAR dev leaves "Secret Service
# protocol called for the nominee to be taken to a trauma center" unmarked; blind audit P77 judged "his plan calls
# for rates ... and includes rebates" no attribution). Documents that speak ("the letter", "the statement", "the
# report", "the resolution") are not here: their call is their authors'.
_PROVIDING = frozenset({"plan", "proposal", "bill", "budget", "law", "act", "program", "programme", "framework",
                        "blueprint", "roadmap", "strategy", "protocol", "measure", "legislation", "deal", "agreement",
                        "treaty", "accord", "amendment", "package", "reform", "policy", "scheme", "platform",
                        "constitution", "rule", "regulation", "ordinance", "contract", "settlement", "compromise"})


def plan_provision(token: Token, content: Content) -> bool:
    """ "His plan calls for rates that rise with earnings", "The bill, which calls for a carbon tax", "It calls for
    the agency to cut emissions" (it: the proposal): "call for" whose subject, or what its "which" or "it" stands for,
    is a plan, a bill or a deal (``_PROVIDING``) names what the plan provides, whatever the shape of the content; no
    one asks anything. A plan with a possessive owner stays ("his plan calls for rates that rise with earnings": its
    author's proposal; PolNeAR train gold marks that row, review rev75a). A quotation stays (someone's words), and so does a plan's author ("Warren's plan" is not
    "Warren called for"), a name ("the Green New Deal" is ``called_for_thing``'s) and a person's "call for"."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if not _for_after(token):
        return False
    asker = _asker(token)
    noun = referent(asker) if asker is not None else None
    return noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_ \
        and (noun.lemma_.lower() in _PROVIDING or noun.lower_ in _PROVIDING) \
        and not any(c.dep_ == "poss" for c in noun.children)


def _for_after(verb: Token) -> bool:
    """ "calls for", "calls also for": the verb's next word but adverbs is "for", which the parse hangs on the verb
    (a preposition) or on the clause after it ("for the agency to cut": a marker)."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and doc[i].lower_ == "for"


_KIN = frozenset({"mother", "father", "parent", "wife", "husband", "son", "daughter", "child", "family", "brother",
                  "sister", "mom", "dad", "doctor", "medic", "nurse", "police", "volunteer", "officer", "guard"})


def _summoned_person(obj: Token, agency: Agency) -> bool:
    """The noun after "for" names the person or body called to come ("a doctor", "the police", "her mother"), the
    noun itself, not one it governs ("the impeachment of Lynch" is a demand)."""
    lemma, low = obj.lemma_.lower(), obj.lower_
    if any(c.dep_ in ("amod", "compound", "nummod") for c in obj.children):
        return False  # "more nurses", "more troops", "a Global Anti-Migrant Alliance": a number or a kind asked for
    return (obj.ent_type_ == "PERSON" or lemma in _KIN or low in _KIN or lemma in agency.people or low in agency.people
            or lemma in agency.agents)


# verbs of asking that name, after "for" or "on", the one who is to act before the act: "called for an independent
# counsel to investigate the bank", "called on the company to release the data", "pushed for lawmakers to vote"
_DEMANDING = read_words("request_verbs.txt")
_DOER_PREPS = frozenset({"for", "on"})
# what follows "for" or "on" and is no doer: a stretch of time ("have called for years to close the plant", "called on
# Tuesday to ...") or where the call went out ("called on state television to punish the rioters", "on Twitter")
_TIME_NOUNS = TIME_NOUNS | frozenset({"century", "generation"})
_PLATFORMS = read_words("platforms.txt")


def demand_with_its_doer(content: Content, token: Token) -> Content:
    """A demand's content holds who is to act as well as the act: "called for a special prosecutor to oversee an
    investigation" asks for the prosecutor, "called on the company to release the data" asks it of the company.
    The parse hangs the infinitive on the cue and the doer on its "for" or "on"; the content chosen is then the
    infinitive alone ("to oversee an investigation"), which leaves out what was called for. Where the noun phrase
    after "for" or "on" ends right before the infinitive's "to", the content starts at it, as PolNeAR's gold does
    ("called for female contestants to wear ..."). Where the parse reads "for X to Y" as one clause, the content
    starts after the "for" ("called for the chief to resign": "the chief to resign"). An infinitive with its own
    subject, a quotation and a verb of no asking stay as they are ("thanked him for his help to ...")."""
    if content.quote or content.parts or content.kind not in ("child_xcomp", "child_advcl") \
            or token.lemma_.lower() not in _DEMANDING or token.pos_ != "VERB":
        return content
    doc = token.doc
    clause = next((c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.idx >= content.start
                   and c.idx < content.end and to_infinitive(c)), None)
    if clause is None:
        return content
    first = doc[clause.left_edge.i]
    if first.lower_ == "for" and first.dep_ == "mark" and first.idx == content.start and first.i + 1 < len(doc) \
            and any(c.dep_ == "nsubj" for c in clause.children):
        return content._replace(start=doc[first.i + 1].idx)  # "for the chief to resign": the chief to resign
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) or first.idx != content.start:
        return content
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DOER_PREPS or prep.i > clause.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and _named_demand(obj) and obj.right_edge.i + 1 == clause.left_edge.i \
                and not _no_doer(obj):
            return content._replace(start=doc[obj.left_edge.i].idx)
    return content


def _named_demand(obj: Token) -> bool:
    """The object after "for" or "on" names someone or something: a noun, a name, a pronoun, or a sum ("calls for $1
    trillion in new spending to improve infrastructure": the spending and its purpose, never the purpose alone)."""
    return obj.pos_ in ("NOUN", "PROPN", "PRON") or obj.ent_type_ == "MONEY" or obj.pos_ == "NUM" and any(
        c.tag_ == "$" for c in obj.subtree)


def _no_doer(obj: Token) -> bool:
    """The noun after "for" or "on" says how long or where, not who is to act: "pushed for a decade to raise the
    wage", "called on Monday to ...", "called on Twitter to boycott the network" (``_TIME_NOUNS``, ``_PLATFORMS``)."""
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _TIME_NOUNS or obj.lower_ in _TIME_NOUNS \
        or obj.lemma_.lower() in _PLATFORMS or obj.lower_ in _PLATFORMS
