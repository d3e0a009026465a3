"""Naming as a stance: "X called Y a liar", "branded Y (as) a traitor", "painted Y as Z", "dubbed", "labelled";
and a figure put on a thing ("Forbes put his net worth at $45 billion"), an estimate.

The content is the naming, "Y [is] a liar": a small clause, the object with the name or the description
given to it (an object predicate, an "as" phrase, or a second object where the parse made the name one:
"branded the law a power grab"). A reader takes it as the subject's claim about Y; the same verbs
without the name are no statement ("called the meeting to order", "called him yesterday", "painted the
fence"). A proper name given is no stance: "called it the Final Solution" (``proper_name_given``). Pure: the Doc
is not touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import object_after
from sayso.nlp.extract.resource_files import read_words

# Verbs whose small clause names or describes the object: what the subject holds it to be.
# "cast" is left out: "cast Michael B. Jordan as the Human Torch" is a film's casting (PolNeAR train: 1 of 6 marked).
NAMING_VERBS = frozenset({"call", "brand", "dub", "label", "paint", "portray", "characterize", "characterise", "term"})
_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def given_name(token: Token, verbs: frozenset[str] = NAMING_VERBS) -> Token | None:
    """The name or description a naming verb ``token`` (one of ``verbs``) gives its object, or None where it gives none.

    "called Jones a liar" (the parse's ``oprd``), "branded Jones as a traitor" (an "as" phrase after the
    object), "branded the law a power grab" (a second ``dobj``). The object must come first: "called for
    calm", "called him yesterday", "called the meeting to order" name nothing.
    """
    if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < token.i:
        return None
    for c in token.children:
        if c.i <= obj.i:
            continue
        if c.dep_ == "oprd" and c.pos_ in _NAME_POS:
            return c
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
            return c
        name = _as_name(c)
        if name is not None:
            return name
    # "branded Jones as a traitor" with "as" hung on the object
    return next((name for c in obj.children if c.i > obj.i and (name := _as_name(c)) is not None), None)


def _as_name(prep: Token) -> Token | None:
    """The name an "as" phrase gives ("as a traitor": "traitor"), or None for any other word."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    return pobj if pobj is not None and pobj.pos_ in _NAME_POS else None


def naming_frame(token: Token) -> bool:
    """A naming verb with its subject, its object and the name given it (or a figure put on it): a stance stated
    outright."""
    if (given_name(token) is None and not figure_put_at(token)) or token.dep_ in ("ccomp", "relcl"):
        return False  # "Morrison said Hill had dubbed it ...": a naming inside what is reported is the report's
    return any(c.dep_ == "nsubj" for c in token.children) or token.tag_ == "VBG"


# verbs that put a figure on a thing: "puts his net worth at $11 billion", "pegged him at $2.9 billion"
_FIGURING = frozenset({"put", "peg", "place", "list", "estimate"})
# what a figure is: an amount, a share, a count
_FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_AMOUNTS = frozenset({"MONEY", "PERCENT"})  # a figure by itself wherever it stands ("a profit of $1.78 per share")
# what a rule sets, not what an estimate measures: "Apple puts the limit at ten burns", "set the cap at $2,000"
_SET_BOUNDS = frozenset({"limit", "cap", "ceiling", "maximum", "minimum", "quota", "threshold", "floor"})
# subjects that only estimate: "Analysts put the floor at $40 a share", "Estimates put the limit ... at 2 million"
_ESTIMATORS = frozenset({"analyst", "estimate", "economist", "forecast", "forecaster", "projection", "poll", "survey",
                         "study", "model", "expert", "observer"})


def figure_put_at(token: Token) -> bool:
    """An estimate in the form of a figure put on the object: "Forbes put his net worth at $45 billion",
    "Gallup puts Obama’s approval at a solid 50 percent", "Bloomberg pegged him at $2.9 billion": the subject
    says the object is that much (PolNeAR marks it so; content "his net worth at $45 billion"). Only a figure
    after "at" (an amount, a share, a count: not "put the meeting at 3 p.m." nor "placed the bomb at the
    door") and a verb with its own subject, not negated. Not a bound set by a rule ("Apple puts the limit at ten
    burns", "put a cap at $500": ``_SET_BOUNDS``), which the subject decides and no one estimates; PolNeAR's train
    gold has no such object (its figures put: net worth, approval, support, a total number)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _FIGURING:
        return False
    if any(c.dep_ == "neg" for c in token.children) or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    obj = object_after(token)
    subj = next(c for c in token.children if c.dep_ == "nsubj")
    if obj is None or obj.lemma_.lower() in _SET_BOUNDS and subj.lemma_.lower() not in _ESTIMATORS:
        return False  # "Apple's puts the limit at ten burns": a bound the subject sets, no figure it estimates
    at = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None)
    figure = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if figure is None:
        return False
    words = list(figure.subtree)
    if any(w.ent_type_ in ("DATE", "TIME") for w in words):
        return False  # "put the meeting at 3 p.m.": a time set, no estimate
    return figure.ent_type_ in _FIGURES or any(w.ent_type_ in _FIGURES and w.like_num for w in words)


# verbs that give a name: "called it the Final Solution", "dubbed the plan Operation Lone Star"
_NAMING_ONLY = frozenset({"call", "dub", "name", "nickname", "christen", "term", "style", "title"})


def proper_name_given(token: Token) -> bool:
    """ "The Nazis called it the 'Final Solution'", "Locals call the town the Crossroads of America", "officials dubbed
    the operation Lone Star", "Jordan titled it the 'House Theft Investigation'": the name given is a proper name, a
    title the thing goes by, and says nothing of it that could be true or false (the blind audits mark it wrong;
    PolNeAR marks naming). Kept: a description or an
    epithet ("called him a liar", "called Mrs. Schlafly an 'Aunt Tom'", "called him the next George Washington",
    "call it the nerd prom"): a common noun, an adjective, an indefinite article or a modifier that judges.

    The passive gives a name too: "the city's Hoa Lo prison, dubbed the “Hanoi Hilton” by American servicemen held
    there" (``_passive_name``; a page audit, h32, marked it not an attribution): the thing named is the noun the
    participle hangs on, the name its predicate."""
    if token.lemma_.lower() not in _NAMING_ONLY:
        return False
    name = given_name(token, _NAMING_ONLY) or _apposed_name(token) or _passive_name(token)
    if name is None or (name.pos_ != "PROPN" and not name.ent_type_):
        return False
    words = [t for t in name.subtree if not t.is_punct]
    if any(t.lower_ in ("a", "an") or t.pos_ in ("ADJ", "NUM") for t in words):
        return False  # "an Aunt Tom", "the next George Washington", "the best Candidate": an epithet
    return all(t.is_title or t.is_upper or t.lower_ in _NAME_LINKS for t in words)


# nouns of the name a person or thing goes by: "referred to her by a nickname, “Gert.”"
_NAME_NOUNS = frozenset({"name", "nickname", "moniker", "alias", "pseudonym", "codename", "title", "initial",
                         "surname", "handle", "sobriquet", "epithet"})
_NAME_LENGTH = 5  # words of a name at most
# finite verbs: a short capitalised run that has one is a sentence said ("Lyin' Ted Is Finished!"), never a name
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def named_by(token: Token, content: Content, doc: Doc) -> bool:
    """The cue names someone "by" a name ("referred to her by a nickname, “Gert.”", "addressed him by his first name,
    Bill"), and the content is that name: a form of address, nothing claimed (blind audit p80: W). The content is a
    short run of capitalised words (``_NAME_LENGTH``) after a "by" phrase on the cue whose noun is a name
    (``_NAME_NOUNS``); a clause or a sentence quoted stays ("referred to him by name, saying he had lied")."""
    by = _by_a_name(token)
    if by is None or content.start < by.idx:
        return False
    words = [t for t in doc.char_span(content.start, content.end, alignment_mode="expand") or () if not t.is_punct]
    return 0 < len(words) <= _NAME_LENGTH and words[0].is_title \
        and all(t.is_title or t.is_upper or t.lower_ in _NAME_LINKS for t in words) \
        and not any(t.tag_ in _FINITE_TAGS for t in words)


def _by_a_name(token: Token) -> Token | None:
    """The "by" of a name on ``token`` ("referred to her by a nickname"), also where the parse hung it on the noun the
    cue is about ("referred to the plan by its code name": "by" on "plan") or read it as a passive's agent ("referred
    to him by a nickname"); None where there is none."""
    heads = [token, *(p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    return next((c for head in heads for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 and any(p.dep_ == "pobj" and p.lemma_.lower() in _NAME_NOUNS and _a_name_given(p)
                         for p in c.children)), None)


def _a_name_given(noun: Token) -> bool:
    """"by a nickname", "by its code name", "by his first name": a name the words after it give; the bare "by name"
    is an idiom of naming someone outright ("criticised the health secretary by name, “Hancock Failed Us.”": what
    follows is said)."""
    return any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)


def _passive_name(token: Token) -> Token | None:
    """The name a passive naming verb gives: "a prison, dubbed the “Hanoi Hilton” by servicemen", "the town was
    called Crossroads by its founders": a passive (its "by" agent, its passive auxiliary or subject) with the name for
    its predicate (``oprd``) and no object of its own; None for an active verb ("called for calm"), also where the
    parse made it a participle with no mark of the passive ("Trump called Cruz a liar.")."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in token.children):
        return None
    if not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in token.children):
        # "Donald Trump called Wednesday for ...", "Trump called Cruz a liar.": an active verb the parse hung on its
        # subject as a participle (PolNeAR gold; an epithet)
        return None
    return next((c for c in token.children if c.dep_ == "oprd" and c.i > token.i and c.pos_ in _NAME_POS
                 and c.ent_type_ not in ("DATE", "TIME")), None)


def _apposed_name(token: Token) -> Token | None:
    """The name the parse hung on the object as its apposition: "by calling its own venture \"Spike TV\"" ("TV" the
    appos of "venture", an entity NER found); None where the object has none or the verb's object is no noun."""
    if token.pos_ != "VERB":
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)


# lower-case words inside a proper name: "the Crossroads of America", "Operation Desert Storm"
_NAME_LINKS = read_words("name_link_words.txt")


def charge_frame(token: Token) -> bool:
    """An accusation stated outright: "Clinton also accused Sanders of being a Johnny-come-lately", "two women who
    have accused Rep. Keith Ellison of abusing them", "a Web video that accuses Cruz of being welcoming to refugees".
    The verb "accuse" in the active voice with its object and the "of" phrase after it, and its speaker there: a
    subject, or the noun a relative clause hangs on (PolNeAR marks every such "accused X of Y"). Not a passive
    ("is accused of killing nine people": who accuses is not said), not a bare "accused X" with no charge, and not a
    verb that is itself the clause another verb reports ("said that the bank had accused ...": ``naming_frame``'s
    rule; only the verb's own dependency is read, a conjunct deeper in that clause is not). A negated charge is
    raised as any other: PolNeAR marks negated cues ("did not accuse X of Y" is gold there)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "accuse" or token.dep_ == "ccomp":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    obj = object_after(token)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i for c in token.children):
        return False
    return any(c.dep_ == "nsubj" for c in token.children) or token.dep_ == "relcl"


# verbs that report a count or an amount as their object: "police reported 906 attacks", "reported a profit of $1.78"
_FIGURE_REPORTING = frozenset({"report"})


def figure_reported(token: Token) -> bool:
    """A figure reported as the object: "German police reported 906 attacks against asylum seeker homes", "The
    online retail giant reported a profit of $1.78 per share", "WHO has reported 2119 cases of the plague",
    "authorities reported at least 20 victims" (PolNeAR marks each). The subject says there were that many; it
    states a fact, as "said there were 906 attacks" would. Only "report" in the active voice with its own subject, and
    a number that counts its object ("906 attacks"), or an amount or a share inside it; not a date ("reported the
    incident on May 3" names no figure), a number inside what was reported ("reported the theft of 300 vials"), a
    thing or a person reported to someone ("reported 12 students to the principal": a denunciation), nor a negation
    ("did not report 906 attacks" is no report)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _FIGURE_REPORTING:
        return False
    obj = _figure_object(token)
    if obj is None:
        return False
    counted = (obj.like_num and obj.ent_type_ in _FIGURES) \
        or any(c.dep_ in ("nummod", "quantmod") and c.like_num for c in obj.children)
    return counted or any(w.ent_type_ in _AMOUNTS and w.like_num for w in obj.subtree)


def _figure_object(token: Token) -> Token | None:
    """The object of an active, unnegated verb with its own subject, sent to no one ("reported 12 students to the
    principal"; "5 cents to 25 cents", a range, sends nothing): where ``figure_reported`` and ``figure_forecast``
    look for the figure."""
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in token.children) or not any(c.dep_ == "nsubj" for c in token.children):
        return None
    obj = object_after(token)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "to" and not _range_end(c)
                          for c in (*token.children, *obj.children)):
        return None
    return obj


def _range_end(to: Token) -> bool:
    """ "to 25 cents" of "5 cents to 25 cents": a "to" whose object is a figure closes a range."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _FIGURES for c in to.children)


# verbs that forecast a count or an amount as their object: "Kodak expects earnings of 5 cents to 25 cents a share",
# "officials are expecting a record turnout of more than 4 million voters", "the budget office had projected $130
# billion more"
_FIGURE_FORECASTING = frozenset({"expect", "forecast", "project", "predict", "estimate"})


def figure_forecast(token: Token) -> bool:
    """A figure forecast as the object: "Kodak expects earnings of 5 cents to 25 cents a share in the quarter" (blind
    audit 67 S9, the reader's missed row), "Florida elections officials are expecting a record turnout of more than 4
    million voters", "the budget office had projected $130 billion more" (PolNeAR's gold). The subject says the
    object will be that much, as "said earnings would be ..." would. The same shape as ``figure_reported``: the
    active voice with its own subject, not negated, and a figure (an amount, a share, a count) in the object; not a
    date ("expects the ruling on May 3"), nor an object with no figure ("expects a recovery", a view left to the
    other rules)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _FIGURE_FORECASTING:
        return False
    obj = _figure_object(token)
    if obj is None:
        return False
    words = list(obj.subtree)
    if any(w.ent_type_ in ("DATE", "TIME") and w.like_num for w in words):
        return False
    return any(w.ent_type_ in _FIGURES and w.like_num for w in words)

