"""Cue verbs in a sense that is not saying: a call made, someone let in, a prize won, a taste, an act continued, a
label (issue 12, item 1). Each rule is a pure predicate on the parse; tables of tests: ``tests/test_acts.py``,
``tests/test_genre_pages.py``.

- ``phoned``: "called police dispatch", "called 911 and said ...": a call made.
- ``rang_up``: "Paddock later called Haig three times to arrange a sale", "She called the office twice": a call made
  to a person or a place, no name given them ("called him a liar" stays).
- ``convened``: "Warren called a super-secret meeting of the commission", "called snap elections", "called off the
  deal": a sitting, a vote or a strike convened, or a plan called off; nothing said.
- ``called_it_quits``: "The couple have called it quits", "called it a day": an idiom of stopping, nothing said.
- ``brushed_past_people``: "The senator brushed past reporters", "brushed off reporters as he left": people passed by
  or put off, no view of anything ("brushed off these concerns" stays: PolNeAR marks it).
- ``brushed_in_touch``: "brushed his genitals against her", "brushed her hair": a touch, no stance ("brushed off",
  "brushed aside", "brushes past that" stay).
- ``put_into``: "adding 'mental health' restrictions to the bill", "added $2 billion to the budget": a thing put
  into another, not words added.
- ``let_in``: "the Home Office admitted the hate preacher into Britain", "was admitted to hospital": to admit someone
  into a place is to let them in ("admitted that ...", "admitted wrongdoing", "admitted to firing the gun" are
  admissions).
- ``continued_act``: "continued bashing Mueller's investigation", "continued to push a line": "continue" frames the
  verb it governs, which is a cue of its own where it says something ("continued to insist that ...", "continued
  saying that ..."); '"We will win," he continued' stays.
- ``participle_label``: "accused woman abuser Keith Ellison", "the alleged gunman": a participle that labels the
  noun after it, read by the parse as a verb of its own.
- ``taste_for_an_act``: "likes to sing", "enjoys hunting": a taste or a habit.
- ``crying_out_for``: "The trades are crying out for skilled men", "the region is crying out for investment": a need,
  no words ("cried out that the house was on fire", '"Help us!" the villagers cried out' stay).
- ``claimed_prize``: "The Bruins claimed their third straight win", "Nadal claimed the title", "claims the top spot
  in our rankings": a prize or a place won, no claim made ("claimed victory", "claimed responsibility" stay).
- ``claimed_lives``: "the plague has claimed 57 lives", "the fire claimed the life of a firefighter": a death toll,
  nothing claimed.
- ``stood_out``: "one has stood out due to the fact that ...", "her answer stuck out": to stand out is to be seen,
  no stand taken ("stood by his claim that ...", "stood firm" stay).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import Agency, agentive
from sayso.nlp.extract.candidates import Content, comma_adjunct
from sayso.nlp.extract.dep_labels import object_after
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span, cue_preposition
from sayso.nlp.extract.naming import given_name
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_types import OBJECT_PRONOUNS

# whom one phones: "called police", "called 911", "called the dispatcher"
_PHONED = read_words("phoned.txt")


def phoned(token: Token) -> bool:
    """ "The neighbor called police dispatch at 9:40 p.m.", "She called police to ensure the children were safe",
    "He called 911 and said ...": a call made, not a statement ("said" after it is the statement). Kept: a
    characterisation ("called police racist", "called the number a scam") and "called for", "called on"."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None:
        # "called police dispatch": the parse reads the lone object as a predicate ("called him a liar")
        lone = [c for c in children if c.dep_ == "oprd"]
        return len(lone) == 1 and lone[0].pos_ in ("NOUN", "PROPN", "NUM") and _phoned_noun(lone[0], compounds=False)
    if any(c.dep_ in ("oprd", "attr", "acomp", "ccomp") for c in children):
        return False  # "called the police racist": a characterisation
    return _phoned_noun(obj, compounds=True)


def _phoned_noun(noun: Token, *, compounds: bool) -> bool:
    """The noun, or with ``compounds`` a word compounded with it ("the police department"), is one phoned."""
    words = (noun, *(c for c in noun.children if c.dep_ == "compound")) if compounds else (noun,)
    return any(t.lower_ in _PHONED or t.lemma_.lower() in _PHONED for t in words)


# places one rings: "called the office", "called his home"
_RUNG = read_words("rung_places.txt")
# what a call to someone's words would show after its object: a name given, a clause, a predicate
_GIVEN = frozenset({"oprd", "attr", "acomp", "ccomp", "parataxis"})


def rang_up(token: Token, content: Content, people: frozenset[str] = frozenset()) -> bool:
    """ "Paddock later called Haig three times to arrange a sale", "Obama called both candidates Tuesday night",
    "She called the office twice", "He called his mother on Sunday to tell her the news": a call made to a person or
    a place; what was said on it, if anything, is another verb's ("to tell her the news").

    Kept: a name or a description given ("called him a liar", "called Mr. Yanukovych, a former trucker, an
    outstanding leader": ``naming.given_name``, or a common noun set beside the object), a clause or a predicate,
    any quotation ('called Haley “very weak on immigration”'), and "called for", "called on", "called out"."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    role = _named_role(token)
    if any((c.dep_ in _GIVEN and c != role) or (c.dep_ == "prt" and c.lower_ != "up") for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None) or role
    if obj is None or obj.i < token.i or given_name(token) is not None:
        return False
    if any(t.is_quote for t in token.subtree if t.i > token.i):
        return False  # a name in quotation marks the parse did not hang on the object
    if any(c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ") for c in obj.children):
        return False  # "called Mr. Yanukovych, a former trucker, an outstanding leader": maybe a name given
    if obj.lower_ in OBJECT_PRONOUNS or (obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "")):
        return True
    lemma = obj.lemma_.lower()
    return obj.pos_ == "NOUN" and (lemma in people or lemma in _RUNG or obj.lower_ in people)


# the line a call is made on: "on the telephone", "by phone"
_LINES = read_words("phone_lines.txt")
_LINE_PREPOSITIONS = frozenset({"on", "by", "over", "via"})


def called_on_a_line(token: Token) -> bool:
    """ "He earned money by calling fans on the telephone", "The mayor called residents on their cellphones to warn
    them", "He called voters by telephone": "call" with an object and a telephone line for its channel (``on``, ``by``,
    ``over`` a word of ``phone_lines.txt``) is a call made; what was said on it, if anything, is another verb's
    (blind audit m84: "calling fans on the telephone with the service www.HollywoodIsCalling.com", a paid service).

    Kept: a name or a description given ("called her a liar on the phone": a predicate noun or adjective beside the
    object; a web address the parse reads as one names no one), a clause or a quotation ("called him on the phone
    and said", the second verb is its own cue), "called for", "called on", "called out", and no object ("called in
    by phone")."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if not any(c.dep_ == "dobj" for c in children):
        return False
    name = given_name(token)
    if name is not None and not name.like_url:
        return False  # "called her a liar on the phone"; a web address names no one
    if any(c.dep_ in ("attr", "acomp", "ccomp") or (c.dep_ == "oprd" and not c.like_url)
           or (c.dep_ == "prt" and c.lower_ != "up") for c in children):
        return False  # "called the plan a disaster on the phone": a name given
    if any(t.is_quote for t in token.subtree if t.i > token.i):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _LINE_PREPOSITIONS
               and any(p.dep_ == "pobj" and (p.lower_ in _LINES or p.lemma_.lower() in _LINES) for p in c.children)
               for c in children)


def _named_role(token: Token) -> Token | None:
    """ "called a pro-Trump delegate candidate, Clara Powers, and encouraged her": the parse reads the one called,
    a role with a name beside it, as the name given (a lone ``oprd``); with no object before it no name is given."""
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None
    lone = [c for c in token.children if c.dep_ == "oprd"]
    if len(lone) != 1 or lone[0].pos_ != "NOUN":
        return None
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in lone[0].children)
    return lone[0] if named else None


# what one convenes or calls: a sitting, a vote, a strike, a pause
_CONVENED = read_words("convened.txt")


def convened(token: Token, content: Content) -> bool:
    """ "Warren called a super-secret meeting of the commission", "The prime minister called snap elections", "The
    union called a strike", "called a halt to the talks", "called off the deal": a sitting, a vote or a strike
    convened, a plan stopped; no one says anything (PolNeAR marks a few convenings, "called an emergency session":
    the blind audits mark them wrong).

    Kept: a name or a verdict given ("called the meeting a farce"), a clause, a quotation, "called for a vote"."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ in _GIVEN for c in token.children) or given_name(token) is not None:
        return False
    obj = object_after(token)
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return obj is not None  # "called off the deal", "called off projects with him"
    if any(c.dep_ == "prt" for c in token.children):
        return False
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _CONVENED


# what "call it ..." ends: "called it quits", "called it a day", "call it a career": an idiom of stopping
_STOPPED = frozenset({"quits", "day", "night", "career", "season", "evening", "week"})
# what may follow the idiom's noun: the clause's end ("called it a day."), or a time, a reason, a clause joined
# ("called it a day after ten seasons", "... and left"); anything else makes the noun a name given: "a night to
# remember", "a career-defining moment", "a day's work", "a career low", "a day worth remembering", "a day of shame"
_IDIOM_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")", "—", "–", '"', "”", "'", "’"})
_NAMING_TAILS = frozenset({"of", "to", "worth", "for", "like", "-"})


def called_it_quits(token: Token) -> bool:
    """ "The couple have called it quits", "He called it a day after ten seasons", "decided to call it a career":
    an idiom of stopping (a split, a retirement), an event and no words said, whatever the parse makes of it
    ("it" is the subject of "quits" in one, the object in another). Read off the words, not the parse.

    Kept: a name given ("called it a disgrace"), "called it a day of shame", "a night to remember", "a
    career-defining moment", "a career low" (words after the noun that make it a verdict, ``_IDIOM_ENDS``)."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return False
    doc = token.doc
    words = [t.lower_ for t in doc[token.i + 1:token.i + 5]]
    if words[:1] != ["it"] or len(words) < 2:
        return False
    if words[1] == "quits":
        return True
    if words[1] not in ("a", "an") or len(words) < 3 or words[2] not in _STOPPED:
        return False
    after = doc[token.i + 4] if token.i + 4 < len(doc) else None
    return after is None or after.lower_ in _IDIOM_ENDS or (
        after.pos_ in ("ADP", "SCONJ", "CCONJ", "ADV") and after.lower_ not in _NAMING_TAILS)


def brushed_past_people(token: Token, content: Content, people: frozenset[str] = frozenset()) -> bool:
    """ "The senator brushed past reporters without comment", "The governor brushed off reporters as he left", "brushed
    aside a reporter who asked about the emails": people walked past or put off; nothing is said of anything.

    Kept: what is brushed off or aside is a thing ("brushed off these concerns", "brushed aside the report's
    findings", "quickly brushes past that": PolNeAR marks them), and a quotation."""
    if token.lemma_.lower() != "brush" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("past", "by")
                for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in OBJECT_PRONOUNS or (o.pos_ == "PROPN" and o.ent_type_ == "PERSON")
               or (o.pos_ == "NOUN" and (o.lemma_.lower() in people or o.lower_ in people)) for o in objects)


# the words that make "brush" a stance: "brushed off these concerns", "brushed aside the findings", "quickly brushes
# past that", "brushed away the criticism", "brushed over the details" (every "brush" cue of PolNeAR has one)
_BRUSH_STANCE_WORDS = frozenset({"off", "aside", "away", "past", "by", "over", "back"})


def brushed_in_touch(token: Token, content: Content) -> bool:
    """ "Ramirez claims Kavanaugh exposed himself to her and brushed his genitals against her", "She brushed her hair":
    "brush" with no "off", "aside", "past" ... (``_BRUSH_STANCE_WORDS``) is a touch, and its object a thing touched,
    nothing said or held (the blind readers' kept W, twice). Kept: "brushed off these concerns", "brushed aside the
    report's findings" (stances PolNeAR marks); ``brushed_past_people`` drops the people brushed past."""
    if token.lemma_.lower() != "brush" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    return not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in _BRUSH_STANCE_WORDS for c in token.children)


_INTO = frozenset({"to", "into", "onto"})


def put_into(token: Token, content: Content) -> bool:
    """ "Senate Republicans are adding 'mental health' restrictions to the gun bill", "The House added $2 billion to
    the budget", "added a line about family values to the speech": a thing put into another, no words added.

    Kept: a clause or a quotation ("added that the bill would pass", 'added, “It is over”'), and what is added to
    someone ("added to reporters that ..."): words said to them."""
    if token.lemma_.lower() != "add" or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
        return False
    obj = object_after(token)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM", "SYM"):
        return False
    for prep in (c for c in (*token.children, *obj.children) if c.dep_ == "prep" and c.lower_ in _INTO and c.i > obj.i):
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ == "NOUN" and pobj.ent_type_ != "PERSON":
            return True
    return False


_DOUBTING_VERBS = frozenset({"call", "bring", "throw", "cast", "put"})
_DOUBTS = frozenset({"question", "doubt"})


def put_in_doubt(token: Token, content: Content, subject: Token | None, agency: Agency) -> bool:
    """ "The new wave of allegations has called Pope Francis's handling of abuse into question", "the scandal threw
    the deal into doubt": an event or a state of affairs that makes a thing doubtful says nothing; the thing doubted
    is no proposition. Kept: a person or a body that calls it into question ("Democrats called the findings into
    question": a stance taken, which PolNeAR marks), a quotation, and a clause ("calls into question whether ...")."""
    if token.lemma_.lower() not in _DOUBTING_VERBS or token.pos_ != "VERB" or content.quote \
            or content.kind in QUOTE_KINDS or any(c.dep_ == "ccomp" for c in token.children):
        return False
    doubt = any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in _DOUBTS for p in c.children) for c in token.children)
    return doubt and subject is not None and not agentive(subject, agency, plural_people=False)


# people a country, a school or a hospital lets in: "admitted thousands of migrants", "admitted two hate preachers"
_ENTRANTS = read_words("entrants.txt")
# a count of people: "thousands of migrants", "a number of refugees"
_COUNTS = frozenset({"thousand", "hundred", "million", "dozen", "score", "number", "handful", "wave", "influx"})


def let_in(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """ "admitted two jihad preachers into the country", "The school admitted her to the program", "was admitted
    to hospital", "Britain has admitted thousands of migrants since 2015", "The UK admitted Syed Ahmed, a preacher
    who ...": someone let into a place; with no place named, the one let in is a person (a name, a noun of
    ``people`` or ``_ENTRANTS``, a count of them). An admission keeps its clause, its thing or its gerund
    ("admitted that he lied", "admitted his guilt to the court", "admitted to shooting Steinle", "admitted
    the mistake")."""
    # a clause admitted follows the verb or opens the sentence with no object ('"I lied," he admitted'); one the
    # parse found before an object ("Theresa May's ... government also admitted two jihad preachers", the
    # possessive read as a clause) is a misreading
    if token.lemma_.lower() != "admit" or any(c.dep_ in ("ccomp", "xcomp") and c.i > token.i for c in token.children):
        return False
    admitted = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if admitted is None:
        return False
    for prep in (c for c in token.children if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.lower_ == "into":
            return True
        if prep.lower_ == "to" and pobj.pos_ in ("NOUN", "PROPN") and (
                admitted.dep_ == "nsubjpass" or admitted.lower_ in OBJECT_PRONOUNS or admitted.ent_type_ == "PERSON"):
            return True
    return admitted.dep_ == "dobj" and _people_let_in(admitted, people)


def _people_let_in(noun: Token, people: frozenset[str]) -> bool:
    """``noun`` names people (not a pronoun: "admitted it" is an admission): a person's name, a noun of people, or
    a count of them ("thousands of migrants")."""
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return True
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _ENTRANTS or lemma in people:
        return True
    if lemma in _COUNTS or noun.tag_ == "CD":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return pobj is not None and _people_let_in(pobj, people)
    return False


def continued_act(token: Token, content: Content, doc: Doc) -> bool:
    """ "continued bashing Robert S. Mueller III's Russia investigation", "also continued to push a line first
    floated by his attorney": the content is the verb "continue" governs; that verb is judged as a cue of its
    own ("continued to insist that he had done nothing wrong" is "insist"'s). A quotation or a clause
    continued ('"We will win," he continued', "He continued: ...") stays."""
    if token.lemma_.lower() != "continue" or content.quote:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if comma_adjunct(root):
        return False  # "fires have continued, showing that enforcement is a problem": a clause of its own
    return root.head.i == token.i and root.dep_ in ("xcomp", "ccomp", "advcl") and root.pos_ in ("VERB", "AUX") \
        and root.tag_ in ("VB", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def participle_label(token: Token) -> bool:
    """ "understand how pathological liar and accused woman abuser Keith Ellison seeks to ...": a participle
    before a noun, with no object, clause or agent of its own, labels that noun; no one says anything."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    if doc[token.i + 1].dep_ not in ("compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return not any(c.dep_ not in ("cc", "punct", "advmod", "neg") for c in token.children)


_TASTES = frozenset({"like", "love", "enjoy", "hate"})


def taste_for_an_act(token: Token) -> bool:
    """ "likes to sing", "loves to travel", "enjoys hunting", "hates to lose": a taste or a habit, no view held (the
    blind reader audits mark it wrong). A wish is a thought and stays ("would like to see the bill pass"), and so
    do a clause ("likes that the bill passed") and an object ("loved the speech" is left to the stance rules)."""
    if token.lemma_.lower() not in _TASTES or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d", "should") for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and (c.tag_ in ("VB", "VBG")) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in token.children)


_CRIES = frozenset({"cry", "scream", "shout"})


def crying_out_for(token: Token, content: Content, doc: Doc) -> bool:
    """ "The trades are crying out for skilled men and a trade school diploma", "The neighbourhood has been crying out
    for a new school": "cry out for" a thing is to need it badly, whoever the subject; the thing is no proposition
    (blind audit 19). A clause ("cried out that ...") and a quotation stay, and so does a "for" with no "out" ("cried
    for help" is left to the other rules)."""
    if token.lemma_.lower() not in _CRIES or token.pos_ != "VERB" or content.quote:
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return False
    prep = cue_preposition(token, content, doc)
    return prep is not None and prep.lower_ == "for"


# what a team, a player or a product wins: "claimed the title", "claimed their third straight win", "the top spot".
# Not "victory" ("Democrats claimed victory": they declared it), "credit", "responsibility" (claims made)
_PRIZES = read_words("prizes.txt")


def claimed_prize(token: Token, content: Content) -> bool:
    """ "The Bruins claimed their third straight win on Saturday", "Nadal claimed the title", "Mercedes claimed pole
    position", "The Pixel 7 claims the top spot in our camera rankings": a sports roundup's or a review's "claim" of
    a prize or a place is winning it, nothing said.

    Kept: "claimed victory" (a win declared), "claimed responsibility", "claimed credit" (claims made), and a
    clause or a quotation ("claimed that the title was rigged")."""
    if token.lemma_.lower() not in ("claim", "clinch") or content.quote or content.kind in QUOTE_KINDS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PRIZES for c in token.children)


# what a disaster, a disease or a war claims: its dead
_TOLLS = frozenset({"life", "victim"})


def claimed_lives(token: Token, content: Content) -> bool:
    """ "So far the plague has claimed 57 lives", "The fire claimed the life of a firefighter", "the virus claimed its
    first victim": "claim" with lives or victims for object counts the dead (``_TOLLS``), nobody claims anything (the
    blind readers' kept W "the plague has claimed 57 lives"). Kept: "claimed that 57 lives were lost", a quotation,
    "claimed responsibility"."""
    if token.lemma_.lower() != "claim" or content.quote or content.kind in QUOTE_KINDS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TOLLS for c in token.children)


_PROMINENT = frozenset({"stand", "stick"})


def stood_out(token: Token) -> bool:
    """ "While there have been countless stories ..., one has stood out due to the fact that ...": "stand out" (or
    "stick out") says that something is seen, not that anyone holds a view. "stood by", "stood firm" and "stands
    against" stay."""
    return token.lemma_.lower() in _PROMINENT and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


# a direction a thing is pushed in: "pushed down the index", "pushed the dollar higher", "pushed up prices"
_DIRECTIONS = frozenset({"up", "down", "higher", "lower", "upward", "upwards", "downward", "downwards"})


def pushed_along(token: Token) -> bool:
    """ "Falls in the euro also pushed down the pair", "Rising yields pushed the dollar higher", "Demand pushed up
    prices": "push" with a direction (a particle or a comparative) moves a thing, a price most often; nobody pushes
    an idea. "pushed for a higher wage", "pushed back on the claim" and "pushed the idea that ..." stay."""
    if token.lemma_.lower() != "push":
        return False
    return any(c.dep_ in ("prt", "advmod", "oprd", "acomp") and c.lower_ in _DIRECTIONS for c in token.children)
