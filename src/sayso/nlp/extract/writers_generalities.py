"""The writer's generalisations about people at large, and its claims about what someone knew, dressed as someone's
mind or words: pure predicates on the parse (issue 12, audit 18: the writer's own voice).

Opinion prose argues by what a whole crowd knows, forgets or feels, and by sayings nobody said; a reader takes
none of these as an attribution:

- ``habitual_knowing``: a crowd's knowing or forgetting as a habit: "People sometimes forget that ...",
  "Sagacious gun owners have always known that registration precedes confiscation", "Americans often forget";
- ``crowd_at_large``: the view or feeling of a crowd spread over a land: "Catholics across the country are furious
  that ...", "Parents everywhere worry that ...";
- ``proverbial_they``: "They say you shouldn't yell fire in a crowded theater": the "they" of a saying, nobody;
- ``narrated_knowing``: "Trump knew that he had the CIA over a barrel", told by a writer who argues in its own
  person: the writer's claim about a mind;
- ``quantified_knowing``: "most Catholics know perfectly well that ...", "many of us know that ...": what the
  greater part of a crowd knows, the writer's claim put as common knowledge;
- ``judged_class``: "Anyone who says that the Council changed nothing is ignorant", "Those who claim the vote was
  rigged are lying", "Whoever tells you the border is closed has not been there": the writer's verdict on a
  class of speakers it imagines, no report of what anyone said;
- ``wish_that_names_a_class``: "law-abiding citizens who want to purchase guns", "Judges who want to run immigration
  policy": a defining relative clause of wanting or planning picks out a class by its wish; nobody is reported;
- ``not_the_only_one``: "he is by no means the only one who believes that it exists", "Trump is far from the only
  American who sees the investigation as a witch hunt": the writer's claim that a view is widely held, no one's.

Each keeps a person, a named set and a quotation; what PolNeAR marks of the same verbs is kept (a group's feeling in
the news, "People forget that ..." without a habit word, "Republicans often argue that ...": speech). Tests:
``tests/test_writers_generalities.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.writers_voice import PRESENT, modals, negated, quoted

# the verbs of knowing that the writer asserts with them: "knew that ..." is true in the writer's voice
_FACTIVE_MIND = frozenset({"know", "forget", "remember", "realize", "realise", "understand", "recognize", "recognise"})
# a habit, not an occasion: "sometimes forget", "have always known"
_HABITS = read_words("habit_adverbs.txt")
# a determiner, a number or an owner makes a set someone can name: "the voters", "his supporters", "two aides"
_NAMING = frozenset({"det", "poss", "nummod", "quantmod", "predet", "relcl", "acl", "appos"})


def bare_crowd(subject: Token | None) -> bool:
    """A plural noun with no determiner, number, owner or relative clause: "people", "Americans", "gun owners",
    "Catholics across the country". A crowd nobody can name or ask. "the voters", "his supporters", "two aides",
    "voters who attended the rally" and a name are sets someone can."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if subject.tag_ not in ("NNS", "NNPS") and subject.lower_ != "people":
        return False
    if subject.ent_type_ in ("ORG", "PERSON", "GPE"):
        return False  # "the Rolling Stones", "Democrats for Trump": a body with a name
    return not any(c.dep_ in _NAMING for c in subject.children)


def _present_or_perfect(token: Token) -> bool:
    """The present of the argument: "forget", "are furious", "have always known" (not "had known", "knew", nor "did
    not understand": a bare verb after "did" is the past)."""
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ in PRESENT:
        return not any(a.lower_ == "did" for a in aux)
    return token.tag_ == "VBN" and any(a.lower_ in ("have", "has", "'ve") for a in aux)


def habitual_knowing(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """A verb of knowing with a word of habit and a crowd for subject, in the present, outside any quotation:
    "People sometimes forget that the Constitution protects speech", "Sagacious gun owners have always known that
    registration precedes confiscation", "Americans often forget that ...". What the crowd is said to know is the
    writer's claim, made as a generalisation; nobody stated it.

    Kept: a person or a named set ("Smith always knew that ...", "the voters often forget", "many of the residents
    remember"), the past ("Voters often forgot": a habit told of a time), a verb of speech or of opinion with a habit
    ("Republicans often argue that ...", "Democratic politicians typically oppose ...": positions PolNeAR marks),
    no word of habit ("People forget that ...": PolNeAR marks it), and a quotation."""
    if token.lemma_.lower() not in _FACTIVE_MIND or quoted(token, quotes) or modals(token):
        return False
    if not bare_crowd(subject) or not _present_or_perfect(token):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HABITS for c in token.children)


# a land or the world, spread over: "across the country", "around the world", "all over America"
_SPREAD_PREPS = frozenset({"across", "around", "throughout", "over"})
_LANDS = read_words("lands.txt")
_SPREAD_WORDS = frozenset({"everywhere", "nationwide", "worldwide", "globally"})


def spread_over_a_land(subject: Token) -> bool:
    """ "Catholics across the country", "parents everywhere", "voters nationwide", "people all over America" (the
    parse may hang the adverb just after the noun on the verb: "Gun owners nationwide believe")."""
    after = subject.nbor(1) if subject.i + 1 < len(subject.doc) else None
    if after is not None and after.lower_ in _SPREAD_WORDS and after.head == subject.head:
        return True
    for c in subject.children:
        if c.lower_ in _SPREAD_WORDS and c.dep_ in ("advmod", "amod", "npadvmod"):
            return True
        if c.dep_ == "prep" and c.lower_ in _SPREAD_PREPS and any(
                g.dep_ == "pobj" and g.lower_ in _LANDS for g in c.children):
            return True
    return False


def crowd_at_large(token: Token, subject: Token | None, sense: str | None, view_adjective: bool,
                   quotes: QuoteIndex) -> bool:
    """The view or the feeling of a crowd spread over a land, in the present, outside any quotation: "Catholics
    across the country are furious that the bishops stayed silent", "Parents everywhere worry that ...", "Gun owners
    nationwide believe that ...". The writer speaks for a crowd nobody polled or quoted.

    Kept: speech ("Republicans across the country are expressing concern", "Leaders across Europe sent messages":
    PolNeAR marks them), a poll's or a survey's crowd ("majorities across the spectrum favor ...": a stance, not a
    view), the past ("Voters across the country feared that ...": a reaction reported), a crowd without a land
    ("Indiana politicians are furious at the company": news of people a reporter asked), and a quotation."""
    if not view_adjective and sense != "thought":
        return False
    verb = token.head if view_adjective and token.dep_ == "acomp" else token
    if quoted(token, quotes) or modals(verb) or negated(verb) or negated(token):
        return False
    if verb.tag_ not in PRESENT:
        return False
    return bare_crowd(subject) and spread_over_a_land(subject)


_GENERIC_YOU = frozenset({"you", "one"})


def proverbial_they(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """ "They say you shouldn't yell fire in a crowded theater", "They say you can't go home again": the "they" of
    a saying, with the "you" of anyone in what is said, opening its sentence where no one was named just before.
    Nobody said it; it is common wisdom the writer calls on.

    Kept: a "they" for people just named ("Officials warned residents on Monday. They say you should stay home."),
    a "they" that reports what "you" did ("They say you lied to them": a past act), "they said" (a report of a
    time), a "they" with a dative ("they tell you"), and a quotation."""
    if token.lemma_.lower() != "say" or token.tag_ != "VBP" or subject is None or subject.lower_ != "they":
        return False
    if quoted(token, quotes) or modals(token) or negated(token) or subject.i > token.i:
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in ("VB", "VBP", "VBZ") and not modals(clause):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _GENERIC_YOU for c in clause.children):
        return False
    return not _named_just_before(subject)


def _named_just_before(they: Token) -> bool:
    """A plural noun or a "they" is the subject of the sentence before the "they", or earlier in its own: whom it
    stands for."""
    sent = they.sent
    doc = they.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    scope = list(doc[sent.start:they.i]) + (list(before) if before is not None else [])
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we"))
               for t in scope)


# the writer and the reader: "I knew that", "we knew that", "you knew that" are the writer's own or the reader's
_PERSONS = frozenset({"i", "we", "you"})
# a main clause of the writer's: not a clause inside someone's report ("Smith said Trump knew that ...")
_MAIN = frozenset({"ROOT", "conj", "advcl"})


def narrated_knowing(token: Token, subject: Token | None, quotes: QuoteIndex, argued: bool) -> bool:
    """What someone knew, told in the past by a writer who argues in its own person, outside any quotation: "Trump
    knew that he had the CIA over a barrel", "The CIA has known for years why the files stayed sealed", "Comey had
    known all along that the dossier was unverified". "Knew that" asserts the clause as true in the writer's
    voice: it is the writer's claim about a mind, not a view anyone stated.

    Kept: a text that never speaks in its own person ("argued" false: a news report's "the campaign knew it was
    possible that she could lose Michigan" tells what its sources said; PolNeAR marks it), the present ("Trump
    knows we must rethink ...": PolNeAR marks it), a denial of knowing ("didn't know that ...": PolNeAR marks it),
    the writer's or the reader's own knowing, a knowing inside a report ("Smith said Trump knew that ...") or a
    sourced one ("Trump knew, according to two aides, that ..."), an object ("He knew Meles well"), and a
    quotation."""
    if not argued or token.lemma_.lower() != "know" or token.dep_ not in _MAIN or quoted(token, quotes):
        return False
    if negated(token) or modals(token) or subject is None or subject.lower_ in _PERSONS:
        return False
    past = token.tag_ == "VBD" or token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve", "'d", "’d") for c in token.children)
    if not past or any(c.dep_ in ("dobj", "attr", "prt") for c in token.children):
        return False  # "He knew Meles well", "had known him for years": a person known, no claim
    return not any(t.lower_ == "according" for t in token.sent)


# quantifiers of the greater part of a crowd: "most Catholics", "many of us", "all Americans"
_GREATER_PART = frozenset({"most", "many", "all"})
_WE_AND_YOU = frozenset({"us", "you"})


def quantified_knowing(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """A verb of knowing in the present whose subject is the greater part of a crowd, outside any quotation: "most
    Catholics know perfectly well that the bishops gave themselves a pass", "Most Americans know that the tax code is
    rigged, and we should say so", "many of us know that the system is broken", told in a sentence where the writer
    speaks in its own person ("I", "we", "us" or "you" outside quotations). "Know" asserts the clause in the
    writer's voice, and the crowd is nobody a reader could ask.

    Kept: a news report's generalisation ("most candidates know that they can rely on the network": it tells what its
    sources said; PolNeAR marks it), a named or restricted set ("most of the residents know", "many voters in Ohio remember": people a reporter
    asked), the past ("most Catholics knew that ...": a state told of a time), a verb of opinion ("most Americans
    believe that ...": a poll's finding, PolNeAR marks it), a denial ("many of us did not know"), and a
    quotation."""
    if not _writer_in(token.sent, quotes) or token.lemma_.lower() not in _FACTIVE_MIND or quoted(token, quotes) or modals(token) \
            or negated(token):
        return False
    if subject is None or subject.dep_ != "nsubj" or not _present_or_perfect(token):
        return False
    if subject.lower_ in _GREATER_PART:  # "many of us", "most of you"
        return any(c.dep_ == "prep" and c.lower_ == "of" and [g.lower_ for g in c.children] == [w]
                   for c in subject.children for w in _WE_AND_YOU) and len(list(subject.children)) == 1
    if subject.tag_ not in ("NNS", "NNPS") or subject.ent_type_ in ("ORG", "PERSON", "GPE"):
        return False
    if any(c.dep_ in ("poss", "nummod", "relcl", "acl", "appos", "prep") for c in subject.children):
        return False  # "his supporters", "most voters in Ohio": a set someone can name
    return any(c.dep_ in ("amod", "det", "predet") and c.lower_ in _GREATER_PART for c in subject.children)


_WRITERS_WORDS = read_words("first_second_person.txt")


def _writer_in(sent: Span, quotes: QuoteIndex) -> bool:
    """The sentence speaks in the writer's own person outside quotations ("As I wrote elsewhere, ...")."""
    return any(t.lower_ in _WRITERS_WORDS and t.pos_ == "PRON" and not quoted(t, quotes) for t in sent)


# antecedents of a relative clause that make a class, not a set anyone met: "anyone who says", "those who claim"
_ANY_ONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "whosoever", "whomever"})
_CLASSES = _ANY_ONE | frozenset({"those", "people"})
_RELATIVE = frozenset({"who", "that", "whoever"})

_KINDS = frozenset({"kind", "sort", "type"})


def _kind_of(head: Token) -> bool:
    """ "the kind of person who ...", "the sort of politician who ...": a type of person."""
    return head.lower_ in _KINDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def judged_class(token: Token, quotes: QuoteIndex) -> bool:
    """A cue in the relative clause of a class of speakers, outside any quotation: "Anyone who teaches that the state
    may punish the righteous is ignorant", "Those who claim the election was stolen are lying", "People who insist
    that the tax cut paid for itself are wrong", "Whoever tells you that the border is secure has never been there".
    The sentence is the writer's verdict on whoever would say it; nobody is reported as having said it.

    "anyone", "everyone" and "whoever" make a class in any tense ("Anyone who said the bridge was safe should
    resign"); "those" and "people" only as the subject of the writer's verdict, in the present of habits or with a
    modal ("those who say ... are lying": whoever says), and
    so does a kind of person ("The kind of person who tells you that the earth is flat is not worth your time").

    Kept: the cue of the sentence's own verb ("Those who attended said the room was full": a set reported as
    speaking), the past with "those" ("Those who said the bridge was safe were fired": people who did say it), a
    named or restricted set ("She is among those who say they will not vote", "responding to those who believe ...",
    "the people who say", "those of us who say", "residents who say", and "a woman who says
    she was assaulted": news of someone who spoke), and a quotation."""
    if quoted(token, quotes):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("whoever", "whosoever") for c in token.children):
        return True  # "Whoever tells you that ...": the clause is the sentence's subject
    verb = token
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head  # "those who stand up and say", "anyone who wants to claim"
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    if _kind_of(head) and verb.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in verb.children)
    if head.lower_ not in _CLASSES or any(c.dep_ in ("det", "poss", "prep", "amod", "nummod") for c in head.children):
        return False  # "the people who say", "those of us who", "young people who say": a set or a named group
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in verb.children):
        return False  # "those whom the mayor told": the antecedent is not the speaker
    if head.lower_ in _ANY_ONE:
        return True
    if head.dep_ == "ROOT" and verb.i != token.i:
        return False  # "People who know him say ...", the parse's root on "People" and "say" a conjunct: a report
    if head.dep_ not in ("nsubj", "nsubjpass", "ROOT"):  # the parse may make the class the root: "People who ..."
        return False  # "She is among those who say ...", "responding to those who believe ...": people who did
    return (verb.tag_ in ("VBP", "VBZ") and not any(a.lower_ in ("did",) for a in verb.children)) or bool(modals(verb))


# a wish or an intention: the verbs a defining relative clause picks a class out by ("people who want to ...")
_WISHES = frozenset({"want", "wish", "hope", "plan", "intend", "aim", "seek", "desire"})
_RELATIVE_SUBJECTS = frozenset({"who", "that"})
_NON_DEFINING = frozenset({",", "(", "—", "–", "-", ";"})
_NAMED_GROUPS = frozenset({"NORP", "ORG", "GPE", "PERSON"})  # "Democrats who want": a named group
_CLASS_WORDS = frozenset({"people", "those", "anyone", "everyone"})


def wish_that_names_a_class(token: Token, quotes: QuoteIndex) -> bool:
    """A wish or an intention in a defining relative clause on a common noun, outside any quotation: "law-abiding
    citizens who want to purchase several guns", "Federal District Court Judges who want to run immigration policy",
    "people who are barred from purchasing firearms or want to own a gun", "sexists who want to silence the accuser".
    The clause says which people the writer means, by what they want; it reports no wish anyone voiced or held.

    Kept: a non-defining clause after a comma ("Saris, who wants to micromanage the deportation system": news of one
    person's aim), a named group ("Democrats who want to delay the vote"), one person ("Mr. Wilson, an avowed
    anarchist who hopes for a world without borders"), views and speech ("people who say", "those who believe":
    ``judged_class`` and the others judge those), and a quotation. The parse often hangs the clause on
    the wrong noun ("the pattern of Judges who don't want ..."): the word before the relative pronoun is the one
    it names, a plural common noun (or "people", "those") for a class."""
    if token.lemma_.lower() not in _WISHES or quoted(token, quotes):
        return False
    verb = token
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "who are barred from purchasing firearms or want to own a gun"
    relative = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_SUBJECTS),
                    None)
    if relative is None or relative.i == 0:
        return False
    named = relative.nbor(-1)  # the parse may hang the clause elsewhere: the word before the pronoun is what it names
    if verb.dep_ != "relcl" and not _capitals_split(verb, relative, named):
        return False
    if named.text in _NON_DEFINING or (named.ent_type_ in _NAMED_GROUPS and not _people_at_large(named)):
        return False
    return named.tag_ in ("NNS", "NNPS") or named.lower_ in _CLASS_WORDS


# the NORP plurals of a party or a camp, which act as a body ("Democrats who want to delay the vote" report its aim)
_PARTIES = read_words("party_plurals.txt")


def _people_at_large(named: Token) -> bool:
    """A bare plural of a faith or a nation ("Muslims who want to make the anti-jihadist vision possible",
    "Americans who want to own a gun"): a class of people, not a party or a camp that acts as a body ("Democrats
    who want to delay the vote", "Republicans who want ..." stay), nor an organisation or a person."""
    if named.ent_type_ != "NORP" or named.tag_ not in ("NNS", "NNPS") or named.lower_ in _PARTIES:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in named.children)


def _capitals_split(verb: Token, relative: Token, named: Token) -> bool:
    """An all-capitals lead cut in two by the sentence split: "PEOPLE | WHO are barred from purchasing firearms or
    want to own a gun ...": the "WHO" (a relative pronoun, not the World Health Organization) opens a sentence of its
    own whose root is the relative clause's verb, and the capitalised plural before it is what it names."""
    return verb.dep_ == "ROOT" and relative.text == "WHO" and relative.tag_ == "WP" and relative.is_sent_start \
        and named.text.isupper() and len(named.text) > 1


def not_the_only_one(token: Token, quotes: QuoteIndex) -> bool:
    """ "He is by no means the only one who believes that it exists", "Trump is far from the only American who sees the
    investigation as a witch hunt": a defining relative clause in the simple present on "the only" person or one,
    outside any quotation. The writer says that others share a view (a class it does not name); the "who" stands
    for nobody who said or held anything on an occasion (the blind readers judged both rows wrong, audits 30 and 34).

    Kept: "the only" without a negation before it ("Warren is the only candidate who says she will ban fracking":
    her view alone, an attribution), a past or perfect tense ("the only senator who said publicly that ...", "the
    only one who has spoken": a report of what one person did), a clause on a noun without "the only" ("the one who
    believes", "a man who believes"), a quotation."""
    if token.tag_ not in ("VBZ", "VBP") or quoted(token, quotes) or modals(token) \
            or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None)
    if relative is None or relative.i == 0:
        return False
    named = relative.nbor(-1)  # "the only one who", "the only American who": the noun right before the pronoun
    the = next((c for c in named.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if not (named.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and the is not None and any(
            c.lower_ == "only" and c.i < named.i for c in named.children)):
        return False
    # "not", "by no means", "far from", "hardly" right before "the only": the view is shared. Without it ("Warren is
    # the only candidate who says she will ban fracking", "Putin is the only leader who denies that ...") the one
    # named holds the view alone: an attribution.
    return any(t.lower_ in _NOT_ONLY for t in named.doc[max(named.sent.start, the.i - 3):the.i])


_NOT_ONLY = frozenset({"not", "n't", "no", "never", "far", "hardly", "scarcely", "nor"})
