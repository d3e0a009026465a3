"""The writer's argument given to a crowd or to the reader: pure predicates on the parse.

Partisan and opinion text pins the writer's views on people it does not cite; a reader takes none of these as
an attribution (issue 12, the reader's gold):

- ``told_to_the_reader``: a telling still to come, to "you" or "us": "Democrats will tell you that ...";
- ``casual_search``: the writer's own quick look or sum as the finder: "A little online research reveals that ...",
  "A Google search shows ...", "Simple math shows ...";
- ``generic_belief``: a bare quantifier's view in the present: "Many remember that ...", "Some believe ...";
- ``generic_agent``: a passive whose agent is a crowd: "denounced by many as a hatemonger";
- ``guessed_mind``: the writer's guess at someone's mind: "the family likely sees this as ...", "Farage
  apparently believes that ...", "Sister X must have known that ...";
- ``who_knows``: "Who knows what they mean", "God knows why": an idiom for nobody knowing;
- ``partisan_crowd``: a camp's mind in the present of the writer's argument: "The Dems know that ...",
  "politicians consider ...", and a party's where the writer asserts it or argues in its own person ("Democrats
  know that ...", "liberals think ..." beside the writer's "we");
- ``foreseen_mind``: a view someone will hold: "They'll assume that everyone is out of money";
- ``supposed_feeling``: a knowing the writer foresees: "residents can sleep better knowing that ...";
- ``no_sane_person``: "No sane person is saying that ...", "no reasonable person can believe": the writer's
  verdict, put as what nobody sensible holds.

The writer's suppositions, questions and idioms are in ``writers_voice``. Tables of tests:
``tests/test_writers_voice.py``.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sayso.nlp.extract.circumstances import TIME_ENTS
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.writers_voice import PRESENT, modals, negated, quoted

_FUTURE = frozenset({"will", "would", "'ll", "’ll", "wo"})
_WRITER_AND_READER = frozenset({"you", "us"})


def told_to_the_reader(token: Token, quotes: QuoteIndex) -> bool:
    """A future or a would-be telling whose hearer is the reader, outside any quotation: "Democrats will tell
    you that the economy is booming because of Obama", "the media would tell us that ...", "they're going to
    tell us that ...". The writer puts a line in a group's mouth; nobody has said it to anyone.

    Kept: a future telling with a hearer of its own ("The minister will tell parliament that taxes will rise":
    an announced statement), a past one ("He told you that the plan would fail"), a refusal ("won't tell you
    whether": the refusal filters judge it), and a telling inside a quotation ("'I will tell you that we won,'
    he said")."""
    if quoted(token, quotes) or negated(token):
        return False
    if not any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in _WRITER_AND_READER for c in token.children):
        return False
    if any(m in _FUTURE for m in modals(token)):
        return True
    # "they're going to tell us": the telling is the infinitive of a "going" that has a subject
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ == "going" and any(c.lower_ == "to" for c in token.children)


# a search anyone can make in a minute: "a little online research", "a quick Google search", "a cursory look"
_CASUAL = frozenset({"little", "quick", "cursory", "simple", "brief", "casual", "basic", "short"})
_LOOKING = frozenset({"research", "search", "look", "glance", "check", "googling", "digging", "reading", "review"})
# the writer's own sums: "simple math shows", "a bit of arithmetic suggests"; a body's sums are owned ("the CBO's math")
_SUMS = frozenset({"math", "maths", "mathematics", "arithmetic"})
# a look that is no one's procedure even with no word of haste: "A search of his computer showed", "A look at the
# record shows", "A Google search shows"; not a check, a review or research, which bodies do and publish ("A records
# check confirmed", "One review of 14 studies found": readers judged both right)
_BARE_LOOKS = frozenset({"search", "look", "glance"})
# what may stand before a bare look and leave it the writer's: where anyone searches, how closely
_ANYONES = _CASUAL | frozenset({"google", "online", "internet", "web", "closer", "close", "further", "second"})


def casual_search(subject: Token | None) -> bool:
    """The writer's own look or sum for a sayer: "A little online research reveals that the senator lied", "A quick
    Google search shows that ...", "a cursory look at his record shows", "A search of his computer showed that ...",
    "Simple math shows that he needs ...". Whoever made the search or the sum is the writer, or anyone; the finding
    is the writer's reading, nobody states it (blind readers: P72 "a Google search shows", P73 "simple math shows",
    audit 35 "A search of Patel's computer also showed", all wrong).

    Kept: a search or a sum that someone made or published ("A brief review by the inspector general found that",
    "the ministry's quick review showed", "an FBI search of the house found", "the CBO's math shows"), a check, a
    review or research with no word of haste ("A records check confirmed", "One review of 14 studies found", "New
    research suggests that"), and a name ("Search", "Look" as a title)."""
    portion, subject = subject, _measured(subject)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma not in _LOOKING and lemma not in _SUMS:
        return False
    if _owned(subject) or _owned(portion):  # "the Treasury's bit of arithmetic": the owner is the portion's
        return False
    mods = [c for c in subject.children if c.dep_ in ("amod", "compound")]
    if any(m.lower_ in _CASUAL for m in mods):
        return True  # "cursory": NN
    if subject.pos_ not in ("NOUN", "ADJ"):
        return False  # a name: "Search" or "Look" as a title; "arithmetic" after "of" is tagged ADJ
    if not all(m.lower_ in _ANYONES for m in mods):
        return False  # "White House math", "Pentagon math", "an FBI search": the modifier names the owner
    if lemma in _SUMS:
        return not _sums_named_before(subject)  # "simple math", "the math": no one's sums but the writer's
    return lemma in _BARE_LOOKS


def _owned(noun: Token) -> bool:
    """A possessive, "by"/"from" or a participle with an agent names who made the look or the sum ("the CBO's
    math", "a review by the inspector general", "a search of court records conducted by The Washington Post": the
    parse may hang the agent on the thing searched, never its possessive: "a search of the suspect's laptop")."""
    searched = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]
    return any(c.dep_ == "poss" for c in noun.children) or any(_by_agent(c) for c in (noun, *searched))


def _by_agent(noun: Token) -> bool:
    """ "a review by the inspector general", "math from the CBO", "a search conducted by detectives", "a search
    that the AP conducted" (a named maker, not "a search anyone can do")."""
    return any((c.dep_ == "prep" and c.lower_ in ("by", "from"))
               or (c.dep_ == "acl" and any(a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                                           for a in c.children))
               or (c.dep_ == "relcl" and any(a.dep_ == "nsubj" and a.pos_ in ("NOUN", "PROPN") for a in c.children))
               for c in noun.children)


# what the sums were done on before "the math" looks back to them: "The CBO ran the numbers, and the math shows"
_SUM_OBJECTS = _SUMS | frozenset({"number", "numbers", "sum", "sums", "calculation", "figure", "figures"})


def _sums_named_before(subject: Token) -> bool:
    """Earlier in the sentence someone other than the writer or the reader did the sums that "the math" looks back
    to: "Goldman analysts did the math, and the math says ..." (not "We did the math: ...")."""
    return any(t.dep_ == "dobj" and t.lemma_.lower() in _SUM_OBJECTS
               and any(s.dep_ == "nsubj" and s.lower_ not in ("i", "we", "you") for s in t.head.children)
               for t in subject.sent if t.i < subject.i)


# quantities that measure out a look or a sum: "a bit of arithmetic", "a little bit of searching"
_PORTIONS = frozenset({"bit", "spot", "piece", "moment", "minute"})


def _measured(subject: Token | None) -> Token | None:
    """The noun a portion measures out ("a bit of arithmetic": "arithmetic"), or the subject itself."""
    if subject is None or subject.lemma_.lower() not in _PORTIONS:
        return subject
    return next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), subject)


# not "others": it answers a set just named ("Some senators worry that ... Others fear that ...": other senators)
_QUANTIFIERS = frozenset({"many", "most", "some", "few"})


def generic_belief(token: Token, subject: Token | None, sense: str | None, quotes: QuoteIndex) -> bool:
    """A view the writer gives to a bare quantifier, in the present of habits: "Many remember that the last
    shutdown ended badly", "Most agree that the tax is unfair", "Some believe the moon landing was staged", "Many
are glad that the minister has gone" (a feeling adjective after a present copula). It is
    the writer's generalisation in the argument; no one is cited, and no one could be asked.

    Kept: speech ("Many say the governor should resign": PolNeAR marks it, and a reader may count it as a
    report of talk), a quantifier over a named set ("Some experts on Iran believe", "many of the residents
    remember"), the past ("Many feared that the dam would break": a reported reaction of those there), and a
    quotation."""
    feeling = token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.tag_ in PRESENT  # "Many are glad that"
    if (sense != "thought" and not feeling) or subject is None or quoted(token, quotes) \
            or (token.tag_ not in PRESENT and not feeling):
        return False
    return subject.lower_ in _QUANTIFIERS and subject.pos_ in ("PRON", "NOUN", "ADJ", "DET") and not any(
        c.dep_ in ("prep", "relcl", "acl", "amod", "compound") for c in subject.children)


def generic_agent(token: Token, quotes: QuoteIndex) -> bool:
    """A passive whose agent is a bare quantifier, outside any quotation: "David Duke has been denounced by many
    as a hatemonger", "The senator has been criticized by many for his vote", "is seen by some as a giveaway". The
    writer's verdict, given to a crowd no one can name or ask.

    Kept: a quantifier over a named set ("criticized by many in the party", "by some of his aides"), a named agent
    ("criticized by the ACLU as unconstitutional"), and a quotation."""
    if quoted(token, quotes):
        return False
    for agent in (c for c in token.children if c.dep_ == "agent"):
        for who in (c for c in agent.children if c.dep_ == "pobj"):
            if who.lower_ not in _QUANTIFIERS and who.lower_ != "others":
                continue
            # "by many as a hatemonger": the parser hangs the predication on the quantifier; it restricts nothing
            if not any(c.dep_ in ("relcl", "acl", "amod", "compound") or (c.dep_ == "prep" and c.lower_ != "as")
                       for c in who.children):
                return True
    return False


# the writer's own guess, said of a mind it cannot see: "the family likely sees", "he surely knows"
_GUESSES = frozenset({"likely", "probably", "apparently", "presumably", "surely", "undoubtedly", "doubtless",
                      "seemingly", "perhaps", "maybe", "possibly", "conceivably", "evidently",
                      # the writer's sarcasm or imputation: "Ganesh somehow knows what went on in his mind", "the
                      # government obviously hopes that ..." (blind audit 21 W)
                      "somehow", "obviously"})


def guessed_mind(token: Token, sense: str | None, quotes: QuoteIndex) -> bool:
    """A view, belief or wish the writer guesses at, outside any quotation: "The family likely sees this as a
    betrayal", "Farage apparently believes that Brexit is lost", "the pundit somehow knows what went on in his mind", "the
    government obviously hopes that critics will fall silent", "Sister X must have known that the boys were
    abused", "he surely knows that", "she no doubt believes". No one stated it;
    the guess is the writer's, and a reader takes it as no one's view.

    Kept: speech, however hedged ("He apparently said that ...", "reportedly told aides": a report of words a
    reader checks with the other rules), a decision ("Officials apparently decided that the bridge should close": an
    act, not the ``thought`` sense), a view without a guess ("The family sees this as a betrayal"), "must"
    of duty ("Voters must know that ...": the writer's demand, judged by ``writers_voice.advised_act``), a quotation, and "seems to believe" ("The ministry seems to believe that
    the footage was staged": a hedge the report marks on a view it keeps, ``tests/test_extract.py``)."""
    if sense != "thought" or quoted(token, quotes):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in token.children):
        return True
    if any(c.lower_ == "doubt" and any(g.lower_ == "no" for g in c.children) for c in token.children):
        return True  # "she no doubt believes"
    aux = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return "must" in aux and "have" in aux


# "God knows why": an idiom, nobody's knowledge
_IDIOM_KNOWERS = frozenset({"who", "god", "heaven", "lord", "goodness", "christ"})


def who_knows(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """ "Who knows exactly what they mean by high-capacity magazines.", "God knows why the board agreed", "Heaven
    knows what the plan will cost": an idiom for nobody knowing, in the writer's main clause (a question mark or
    not); no one is said to know anything.

    Kept: a relative "who" ("Officials who know the plan say it will fail": its own clause, not the sentence's),
    a named knower ("Smith knows what the plan will cost"), and a quotation ("'Who knows?' the mayor said")."""
    if token.lemma_.lower() != "know" or subject is None or quoted(token, quotes):
        return False
    if token.dep_ != "ROOT" or subject.dep_ != "nsubj" or subject.lower_ not in _IDIOM_KNOWERS:
        return False
    return subject.lower_ != "who" or subject.i < token.i and not negated(token)


# a person no one could name, with "no": "no sane person", "no reasonable man", "no one in their right mind"
_ANYBODY = frozenset({"person", "people", "one", "man", "woman", "adult", "human", "individual", "american"})
_SENSES = frozenset({"mind", "minds", "senses"})


def no_sane_person(subject: Token | None) -> bool:
    """ "No sane person is saying that we should abolish the police", "no reasonable person can honestly believe
    that ...", "No one in their right mind thinks ...": the writer's verdict on a view, put as what nobody sensible
    holds. Nobody is cited. (A bare "no one knows ..." is ``non_statements.generic_subject``'s.)

    Kept: a person of a named set ("No official at the ministry said ...", "no person who attended the meeting
    recalls ..." restricts it to people there), and "not one" ("not one senator said": some said nothing)."""
    if subject is None or subject.lemma_.lower() not in _ANYBODY:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return False
    for c in subject.children:
        if c.dep_ in ("relcl", "acl", "appos"):
            return False
        if c.dep_ == "prep" and not any(g.lower_ in _SENSES for g in c.subtree):
            return False  # "no one at the meeting": a set; "no one in their right mind": anybody sensible
    return True


# a camp as a whole, the nouns partisan argument gives a mind to ("the Dems know", "politicians consider"): a
# class no one speaks for, or a camp's slang; a reader takes its mind as the writer's argument in any register
_CAMPS = frozenset({"dems", "leftists", "libs", "politicians", "elites", "globalists", "socialists", "left", "right"})
# a party or a movement, whose stance news reports ("Republicans fear that the shutdown will hurt them"): its mind
# is the writer's only where the writer asserts it (``_FACTIVE``) or where the writer's own voice argues
_PARTIES = frozenset({"democrats", "republicans", "liberals", "conservatives", "progressives", "democrat"})
# a mind's verbs, not a stance's: "Democrats want a vote" and "Republicans oppose the bill" are positions a party
# takes in public and a reader keeps
_MINDS = read_words("crowd_mind_verbs.txt")
# the verbs whose content the writer asserts as true: "Democrats know that ..." is the writer's claim
_FACTIVE = frozenset({"know", "realize", "realise", "understand", "recognize"})
# "House Democrats", "Senate Republicans", "the Democrats on the committee": a caucus that speaks as one
_NAMED_SET = ("compound", "amod", "prep", "relcl", "acl", "appos", "nummod", "poss")
# the writer's own person outside quotations: "I", "we", "you" argue; a news report names none of them
_WRITERS_PERSONS = read_words("first_second_person.txt")


def partisan_crowd(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """A party or a camp whose mind the writer reads in the present of the argument, outside any quotation: "The
    Dems know that most Republicans come to this conflict with a huge disadvantage", "politicians consider bucking
    the narrative to be suicidal", "the left understands that ...", "the Dems are stalling because they know that
    ..." (a "they" whose nearest subject before it is the camp), and a party's mind in the writer's argument:
    "Democrats know that ..." (the writer asserts what they know), "Liberals think that guns are the problem" in a
    text that argues in its own "I", "we" or "you", or in a question. No one spoke; the writer argues by what a
    whole camp is said to know.

    Kept: news of a party's stance ("Republicans fear that the shutdown will hurt them in November", "Democrats
    believe the bill is unconstitutional": a text without the writer's person; "Democrats know on Monday ...": a
    named occasion), the past ("Democrats feared that the vote would fail": a reaction reported), a stance
    ("Democrats want a vote", "Republicans oppose the bill"), a caucus that speaks as one ("House Democrats believe
    that the rule is unconstitutional", "the Democrats on the committee think"), a person ("Pelosi knows that
    ..."), a "they" for someone else ("the unions are angry because they know that ..."), and a quotation."""
    if subject is None or token.lemma_.lower() not in _MINDS or token.tag_ not in ("VBP", "VBZ"):
        return False
    if quoted(token, quotes) or modals(token):
        return False
    if subject.lower_ == "they":  # "The Dems are stalling because they know that ...": the nearest subject before it
        subject = next((t for t in reversed(subject.sent[:subject.i - subject.sent.start])
                        if t.dep_ in ("nsubj", "nsubjpass")), subject)
    camp = subject.lower_
    if camp not in _CAMPS and camp not in _PARTIES:
        return False
    if camp in ("left", "right", "democrat") and not any(c.lower_ == "the" for c in subject.children):
        return False  # "the left", "the right": the camp; a bare "right" or "Democrat" is a parse slip
    if any(c.dep_ in _NAMED_SET and not _aside(c) for c in subject.children):
        return False
    if camp in _CAMPS:
        return True
    if _named_occasion(token):
        return False  # "Republicans believe on Monday that ...": a party's position taken at a time, news
    return token.lemma_.lower() in _FACTIVE or "?" in token.sent.text or writers_person(token.doc, quotes)


def _named_occasion(token: Token) -> bool:
    """A day or an hour said of the verb itself ("on Monday", "this week"), not of its content."""
    for c in token.children:
        when = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if when is not None and when.ent_type_ in TIME_ENTS:
            return True
    return False


def writers_person(doc: Doc, quotes: QuoteIndex) -> bool:
    """The text speaks in the writer's own person somewhere outside its quotations: "I", "we", "you"."""
    found = _PERSONS.get(doc)
    if found is None:
        found = _PERSONS[doc] = any(t.lower_ in _WRITERS_PERSONS and t.pos_ == "PRON" and not quoted(t, quotes)
                                    for t in doc)
    return found


_PERSONS: WeakKeyDictionary[Doc, bool] = WeakKeyDictionary()


def _aside(child: Token) -> bool:
    """A modifier set off by a comma restricts nothing: "the Dems, egged on by the media, ..." are still all
    Democrats ("the Democrats on the committee" are some)."""
    first = child.left_edge
    return child.dep_ in ("acl", "appos", "relcl") and first.i > 0 and first.nbor(-1).text == ","


# a modal that foresees or allows: the act it rides on has not happened ("can sleep better", "will rest easy")
_FORESEEN = read_words("foreseeing_modals.txt")
def supposed_feeling(token: Token, sense: str | None, quotes: QuoteIndex) -> bool:
    """A participle of the mind on a verb the writer foresees or allows, outside any quotation: "Residents can
    sleep better knowing that the plant is closed", "Parents will rest easy knowing that their children are
    safe". The feeling is the writer's forecast; nobody
    holds it yet.

    Kept: a participle on what happened ("Smith resigned, knowing that the vote was lost": his state at the time,
    told), one with a subject of its own, a negated head ("cannot rest knowing that": left to the other rules),
    and a quotation."""
    if sense != "thought" or token.tag_ != "VBG" or token.dep_ != "advcl" or quoted(token, quotes):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    head = token.head
    if head.i == token.i or negated(head):
        return False
    return any(m in _FORESEEN for m in modals(head))


_WILL = frozenset({"will", "'ll", "’ll", "wo", "shall"})
# a deliberation to come is an act that will be reported ("the board will consider the offer on Monday")
_DELIBERATE = frozenset({"consider", "weigh", "review", "decide", "study"})
# the ``thought`` sense's stances: a position taken in public, announced ahead ("will oppose the nomination")
_STANCES = read_words("public_stance_verbs.txt")


def foreseen_mind(token: Token, sense: str | None, quotes: QuoteIndex) -> bool:
    """A view or a feeling someone will have, outside any quotation: "They'll assume that everyone is out of
    money", "Voters will think the senator is hiding something", "he will know by Friday whether the deal holds".
    The writer forecasts a mind; no one holds the view yet, so nothing is attributed.

    Kept: a view held now ("Voters think the senator is hiding something"), a deliberation to come ("The board will
    consider the offer": an act), a stance to come ("Senator Collins will oppose the nomination", "The company will
    stand by its forecast": a position announced, not a mind), speech to come ("She will argue that ...": announced
    words, not a thought), and a quotation."""
    if sense != "thought" or quoted(token, quotes) or token.lemma_.lower() in _DELIBERATE:
        return False
    if token.lemma_.lower() in _STANCES:
        return False  # "Collins will oppose the nomination", "will stand by its forecast": a stance announced
    return any(m in _WILL for m in modals(token))
