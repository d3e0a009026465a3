"""Which name a pronoun stands for: agreement, then the ranking ``antecedents`` describes.

``agreement`` says which names a "he", "she", "they" or "it" can stand for; ``antecedent``
picks one: the pronoun's own sentence first, then a speaker or main-clause subject within
``SALIENCE_WINDOW`` of the nearest fitting name, then an embedded subject, then the nearest;
``scene`` then keeps the speaker on the scene over a man only mentioned or dead, and an "it" for a thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.antecedents import (
    COLLECTIVE,
    SALIENCE_WINDOW,
    clause_of,
    compared_subject,
    is_subject,
    is_topic,
    reachable_in_sentence,
)
from sayso.nlp.extract.dep_labels import SUBJECTS, subject_of
from sayso.nlp.extract.family_choice import word_before
from sayso.nlp.extract.fronted_pronouns import subject_after
from sayso.nlp.extract.inverted_asides import speaker_read_as_apposition
from sayso.nlp.extract.name_forms import given_gender, surname
from sayso.nlp.extract.noun_genders import noun_gender
from sayso.nlp.extract.person_signs import title_sex, who_clause
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.pronoun_kinds import doctrine, object_noun, passing_body, person_marked, spoke_in_past
from sayso.nlp.extract.pronoun_number import (
    named_elsewhere,
    plural_over_outlet,
    unnamed_before,
    unnamed_body,
    unnamed_name,
    unnamed_subject,
)
from sayso.nlp.extract.pronoun_topics import continued_subject
from sayso.nlp.extract.scene import (
    AGENT_ENDINGS,
    THING_ENDINGS,
    departed,
    joined_name,
    mentioned_beside_speaker,
    named_in_passing,
    newcomer_in_between,
    of_a_thing,
    one_of_a_list,
    person_noun,
    role_in_between,
    subject_read_as_apposition,
    thing_in_between,
)
from sayso.nlp.extract.section_breaks import break_ends, section_start
from sayso.nlp.extract.signatures import signature_ends
from sayso.nlp.extract.source_context import (
    PLURAL_KINDS,
    Name,
    SourceContext,
    can_speak,
    is_plural,
    norm_name,
    questioned,
)
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS
from sayso.nlp.extract.unlinked_roles import unlinked_role_before

POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}  # "their office": as "they" agrees


def agreement(ctx: SourceContext, pronoun: Token) -> Callable[[Name], bool]:
    """Which names the pronoun agrees with: kind, number and, for a person, gender.

    "they" after a company's quote is the company, never one person; "it" is never a
    plural; "He" after Taylor Swift is not her; a name used as a modifier is no one; a
    place is no "they" (``mere_place``); an "it" may be a thing that spoke (``speaking_thing``).
    """
    low = POSSESSIVES.get(pronoun.lower_, pronoun.lower_)
    gender = pronoun_gender(pronoun)
    if low in PERSON_PRONOUNS:
        want: tuple[str, ...] = ("person",)
    elif low in PLURAL_PRONOUNS:
        want = PLURAL_KINDS
    else:
        want = ("organization", "outlet", "government")
    joined = ctx.joined_heads
    titles = document_titles(ctx) if low in PERSON_PRONOUNS else frozenset()

    def fits(n: Name) -> bool:
        if n.modifier or relative_object(pronoun, n) or norm_name(n.name) in titles or negated_name(ctx, n) \
                or spoken_of(pronoun, n):
            return False
        if low not in THING_PRONOUNS and doctrine(n) and not person_marked(ctx, norm_name(n.name)):
            # "Islam was afforded special privilege ... they are asking the kids": no one; "Mr. Islam" is a man
            return False
        if low in PLURAL_PRONOUNS and passing_body(ctx, n, pronoun):
            return False  # "the words of the Consecration were pronounced. [...] They also called me": not it
        if n.type not in want and not (want is PLURAL_KINDS and speaking_body(ctx, n)) \
                and not (low in PERSON_PRONOUNS and (one_unnamed(n) or (spoken_person(ctx, n) and introduced(n.head))
                                                     or speaks_as_i(ctx, n))) \
                and not (low in THING_PRONOUNS and speaking_thing(ctx, n)):
            return False
        if low not in PERSON_PRONOUNS and mere_place(ctx, n, plural=low in PLURAL_PRONOUNS):
            return False
        if n.type == "group" and n.head.pos_ == "NOUN" and not can_speak(n.head, ctx.people | ORG_NOUNS) \
                and not spoken_group(ctx, n, pronoun):
            return False  # "their galaxies" is no one who speaks; "Some locals say ... They say" have spoken
        if low in THING_PRONOUNS and ((is_plural(n.head) and n.head.pos_ != "PROPN") or n.head.i in joined
                                      or joined_name(n.head)):
            # "it" is never "the teachers"; a name tagged plural ("Big Machine Records") is one body; one of two
            # names joined ("The United States and China joined the agreement. It showed") is neither alone
            return False
        if gender is not None and n.type in ("unknown", "group") and noun_gender(n.head) not in (None, gender):
            return False  # "The former first lady" is no "he"
        return gender is None or n.type not in ("person", "unknown", "group") \
            or (name_gender(ctx, n) or gender) == gender
    return fits


def document_titles(ctx: SourceContext) -> frozenset[str]:
    """Names NER took for people that the text sets in apposition to a noun of a written thing: "Pope Francis'
    exhortation, Amoris Laetitia": a document's title, no "he" or "she" (Latin titles read as given names and
    surnames). Not one the text makes a speaker anywhere ("the book's author, Michael Wolff, said": the appositive
    is the author's, and a person who speaks is a person). Nor one the text writes as the name of a document
    noun ("The Cor Orans document is the death-knell of Carmel ... Sister T. continued ... She acknowledges": the
    words that name the document, ``document_names``), unless the text or the given name gives it a gender ("the
    Devin Nunes memo" is a man's)."""
    key = ("document_titles",)
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    documents = ctx.lexicon.documents
    titled = {norm_name(n.name) for n in ctx.names
              if n.type == "person" and n.head.dep_ == "appos" and n.head.head.lemma_.lower() in documents}
    titled -= {norm_name(n.name) for n in ctx.names if n.at in ctx.speakers}
    people = {norm_name(n.name) for n in ctx.names if n.type == "person"}
    named = people & document_names(ctx.doc, documents)
    # "the Cor Orans document": a title even where the document "states" (a speaker); a person's name of a known
    # gender that names a report ("the Devin Nunes memo") stays a person
    # one a title or a past-tense "said" marks a person ("Senator Grassley", "Durham said") stays a person too
    titled |= {name for name in named if name not in ctx.genders
               and given_gender(name, ctx.lexicon.given_genders) is None
               and not person_marked(ctx, name) and not spoke_in_past(ctx, name)}
    ctx.memo[key] = frozenset(titled)
    return ctx.memo[key]  # type: ignore[return-value]


def document_names(doc: Doc, documents: frozenset[str]) -> frozenset[str]:
    """The capitalised words compounded before a noun of a written thing, in grouping form: "The Cor Orans document"
    gives "cor orans", "the Steele dossier" "steele". Only proper nouns, the whole run before the noun."""
    found = set()
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in documents:
            continue
        run = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if not run:
            continue
        start = min(t.left_edge.i for t in run)
        words = doc[start:token.i]
        if all(t.pos_ == "PROPN" or t.is_punct for t in words) and any(t.pos_ == "PROPN" for t in words):
            found.add(norm_name(words.text))
    return frozenset(found)


_NEGATING_PREFIX = re.compile(r"(?<![\w-])(?:non|anti)-$", re.IGNORECASE)


def negated_name(ctx: SourceContext, n: Name) -> bool:
    """A name that is the tail of a word whose prefix says the opposite: "non-Muslims", "anti-Catholics" (the parse
    may make "Muslims" a name of its own beside "non-Muslims"): those named are the ones the word excludes, never
    the people a pronoun after it stands for ("The non-Muslims are nothing but dirt ... though they themselves
    imagine": not the Muslims)."""
    return bool(_NEGATING_PREFIX.search(ctx.quotes.text[max(0, n.at - 6):n.at]))


def relative_object(pronoun: Token, n: Name) -> bool:
    """The pronoun is the subject of a relative clause on the name, which the clause's verb takes as other than its
    subject: "Soros, whom he now criticizes", "the university he founded", "Smith, whose lawyer he hired": one the
    pronoun acts on is never the pronoun (that would be "himself"); "Soros, who said he" is another clause."""
    verb = pronoun.head
    return pronoun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and verb.head.i == n.head.i


def spoken_of(pronoun: Token, n: Name) -> bool:
    """The pronoun is the subject of a verb that names the one it speaks of or to after it: '"He didn't answer," he said
    of Cruz', "she said about Smith", "he told Smith": the one spoken of or told is never the speaker (that would be
    "himself"), so an earlier "Ted Cruz" is no antecedent of that "he". The name's family name against the proper
    noun the verb's "of" or "about" takes, or its dative or object."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.pos_ != "VERB" or n.type != "person":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about") for g in c.children
                if g.dep_ == "pobj"]
    family = surname(n.name).lower()
    return any(o.pos_ == "PROPN" and o.i > pronoun.i and o.lower_ == family and _same_given(o, n.name)
               for o in objects)


def _same_given(family: Token, name: str) -> bool:
    """The object's own given name, where it has one, is the name's: "he said of Ivanka Trump" speaks of someone
    else than Donald Trump, who may well be that "he" ("he told Hunter Biden": Joe Biden). A bare family name ("of
    Cruz") matches."""
    given = [c.lower_ for c in family.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words = name.lower().split()
    return not given or len(words) < 2 or words[0] == given[0]


def name_gender(ctx: SourceContext, n: Name) -> str | None:
    """The gender of a name: its own title's first ("Mr. Trump" is a he, though the text's other "Fascist Trump" left
    the bare family name to no one in ``SourceContext.genders``: "she" is never him), then the text's
    (``SourceContext.genders``), for the whole name or its first words (``given_part_gender``). A title that says
    no gender ("President Obama") leaves it to the text."""
    key = norm_name(n.name)
    return title_sex(word_before(ctx.quotes.text, n.at)) or ctx.genders.get(key) or given_part_gender(ctx.genders, key)


def given_part_gender(genders: dict[str, str], key: str) -> str | None:
    """The gender the text gave the first words of a longer name: "the little boy, named Abdul-Ghani Wahhaj" made
    "Abdul-Ghani" (NER's cut) a he, and "Abdul-Ghani Wahhaj" is the same boy. The longest such part decides; a
    bare family name is no part ("Wahhaj" of two Wahhajs is no one's)."""
    words = key.split()
    for k in range(len(words) - 1, 0, -1):
        gender = genders.get(" ".join(words[:k]))
        if gender is not None:
            return gender
    return None


def one_unnamed(n: Name) -> bool:
    """One person the text does not name ("A government spokesman said ... He added:"): a singular
    anonymous source, whom a "he" or "she" goes back to as to a name. Only one a determiner makes someone:
    "No sane person is saying ...; he is saying" is no one."""
    return n.type == "anonymous" and n.head.tag_ == "NN" and n.head.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in _ONE_DETERMINERS for c in n.head.children)


_ONE_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "its", "their", "our"})


def spoken_person(ctx: SourceContext, n: Name) -> bool:
    """One person who has spoken, named by a noun the lexicons do not type a person: "The ammunition dealer told
    reporters that Paddock had called him. He said ...": the dealer, not Paddock inside his words; "The Iowa
    Republican said Kavanaugh had been interviewed. '...,' he said": the senator.

    A singular noun with a determiner, shaped as a noun of someone who does something ("dealer", "talker") and
    that no lexicon makes a document, a body, an outlet or a thing, or one member of a party or a nation ("the
    Iowa Republican"); a bare name nothing types ("Twitter said") is left alone."""
    head = n.head
    if n.type not in ("unknown", "group") or n.at not in ctx.speakers or head.tag_ not in ("NN", "NNP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in _ONE_DETERMINERS for c in head.children):
        return False
    if head.pos_ == "PROPN":
        return head.ent_type_ == "NORP"  # "the Iowa Republican", "a Democrat": one member of a party or nation
    lemma = head.lemma_.lower()
    lex = ctx.lexicon
    if lemma in ctx.people or lemma in lex.person_nouns:
        return True
    if (lemma in lex.documents or lemma in lex.agency or lemma in ORG_NOUNS or lemma in OUTLET_NOUNS
            or lemma in lex.collective_nouns or lemma in lex.measurements or lemma in COLLECTIVE):
        return False
    return lemma.endswith(AGENT_ENDINGS) and not lemma.endswith(THING_ENDINGS) and len(lemma) > 4


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")


def speaks_as_i(ctx: SourceContext, n: Name) -> bool:
    """A lone capitalised word NER took for a body (or for nothing) that speaks of itself as "I": a person known
    by the surname alone ("“I was never consulted,” Okonkwo said. He complained that ..."), whom a later "he" or
    "she" means; a company or a body says "we". Only one word, in title case: "NATO", "Apple Inc." are left alone."""
    if n.type not in ("organization", "unknown") or n.at not in ctx.speakers or n.head.pos_ != "PROPN":
        return False
    if not n.name.istitle() or " " in n.name or n.head.ent_type_ not in ("", "ORG", "PERSON"):
        return False
    text = ctx.quotes.text
    return any(speaker == n.at and _FIRST_PERSON.search(text[start:end]) for start, end, speaker in ctx.said)


def introduced(head: Token) -> bool:
    """The noun brings someone new in: "a woman", "an Iowa voter", "one dealer"."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in head.children)


def speaker_of_words(ctx: SourceContext, pronoun: Token, chosen: Name) -> Name:
    """The speaker, met by a definite noun no lexicon types a person (``spoken_person``), of a statement whose
    words name the chosen person, where that statement is the pronoun's sentence's or the one before: "The
    ammunition dealer told reporters that Paddock had called him three times. He said": the dealer. A definite noun
    mostly describes someone the text has named, so it wins only over a person its own words name."""
    if chosen.type != "person":
        return chosen
    gender = pronoun_gender(pronoun)
    start = previous_sentence_start(pronoun)
    for begin, end, at in ctx.said:
        if not start <= at < pronoun.idx or norm_name(chosen.name) not in {
                norm_name(n.name) for n in ctx.names_between(begin, end) if n.type == "person"}:
            continue
        for outer in ctx.names_between(at, at + 1):
            if spoken_person(ctx, outer) and noun_gender(outer.head) in (None, gender):
                return outer
    return chosen




def speaking_body(ctx: SourceContext, n: Name) -> bool:
    """A speaker named by a common noun the lexicons do not type, that "they" may stand for: a body of people.

    "the bar announced that it had fired Jimenez because they believed ...; they wrote": the bar
    (an "unknown" noun, not a person) has spoken, and a business is "they" as often as "it". A
    document ("the report said") is no "they"; a name that has not spoken is left to the lexicons. Nor is one
    person met by a noun of a person ("his brother said ... they continue to claim": ``one_person_noun``), nor a
    thing a verb or a preposition has for object ("he had a distinct red door mat which ...": ``object_noun``),
    whatever a speaker finder made of it.
    """
    head = n.head
    return (n.type == "unknown" and n.at in ctx.speakers and head.pos_ == "NOUN" and head.tag_ == "NN"
            and head.lemma_.lower() not in ctx.lexicon.documents and not one_person_noun(ctx, head)
            and not object_noun(head))


def one_person_noun(ctx: SourceContext, head: Token) -> bool:
    """A singular noun of one person ("his brother", "the man", "a congresswoman"): never a "they", even where
    the name was typed "unknown" so a later "he" reaches the person the text names (``antecedent_type``)."""
    return head.tag_ == "NN" and (head.lemma_.lower() in ctx.lexicon.person_nouns or noun_gender(head) is not None)


def spoken_group(ctx: SourceContext, n: Name, pronoun: Token) -> bool:
    """A group no lexicon types people that has just spoken, in the pronoun's sentence or the one before: "Some
    locals believe the plague is a conspiracy, and say ... They say they will continue": the locals; "old Iowa
    political hands say ... they say". Not one that only shows something ("The results show that Catholic
    Republicans are out of step. They're less hostile": a verb of evidence, ``evidence_verbs.txt``), nor one that
    spoke paragraphs before ("three separate denizens of the hall of mirrors told me ..." is no later "they"), nor one
    the subject of a sentence since has taken over from ("presidential contenders have understood that ... Mitt Romney released
    his returns, even though they exposed ...": the returns, which no name stands for)."""
    verb = n.head.head
    if n.at not in ctx.speakers or n.at < previous_sentence_start(pronoun) or verb.lemma_.lower() in ctx.lexicon.evidence:
        return False
    own, after = norm_name(n.name), n.head.sent.end_char
    return not any(is_subject(m.head) and norm_name(m.name) != own and _takes_over(m.head, pronoun)
                   for m in ctx.names_between(after, pronoun.idx))


def _takes_over(subject: Token, pronoun: Token) -> bool:
    """A subject after the group's sentence is the new topic for the pronoun: one of a sentence in between, or of the
    pronoun's own sentence whose clause holds the pronoun ("Romney released his returns, even though they exposed");
    not the subject of what the pronoun's clause says ("Cruz could help turn out the base, they've suggested")."""
    if subject.sent.start != pronoun.sent.start:
        return True
    return clause_of(subject) in pronoun.ancestors


def speaking_thing(ctx: SourceContext, n: Name) -> bool:
    """A thing named by a common noun that "it" may stand for: one that has spoken, or a document the writer's
    clause is about.

    '"...," the Rumble bar posted on its Facebook page. "..." It continued': the bar; "The post showed a man in
    a wig. It says: ..." the post, not ESPN named before it. A document inside someone's words is theirs to
    mention, not the writer's subject.
    """
    head = n.head
    if n.type != "unknown" or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if n.at in ctx.speakers:
        return True
    return head.lemma_.lower() in ctx.lexicon.documents and is_subject(head) and narrated(head)


_PLACE_LABELS = ("GPE", "LOC", "FAC")


def mere_place(ctx: SourceContext, n: Name, *, plural: bool) -> bool:
    """A place named as where something is, which no "they" or "it" that speaks stands for.

    "Ky." of "Rand Paul, R-Ky.", "the United States" someone mocked rivals in, "Bikoro" a team travelled to:
    places. A country that has itself spoken ("Russia said ... It added") is one; an "it" may also take a
    country the writer's clause is about ("China has not responded. It said"); a "they" takes a place's
    people only where the place has spoken ("fact-checkers in Tampa ... they"). For a "they", a place's name NER
    called a body is a place still ("Neighboring Canada has just legalized it, and they hope": ``place_word``).
    """
    if (n.head.ent_type_ not in _PLACE_LABELS and not (plural and place_word(n.head))) or n.at in ctx.speakers:
        return False
    return plural or not (is_subject(n.head) and narrated(n.head))


# words that place a country beside others, which NER, capitalised at a sentence's start, reads into a body's name
_PLACING_WORDS = frozenset({"neighboring", "neighbouring", "nearby", "northern", "southern", "eastern", "western",
                            "central", "coastal", "landlocked"})


def place_word(head: Token) -> bool:
    """A name's head is a place's name (``place_names.PLACE_NAMES``) with a placing word (``_PLACING_WORDS``) on it
    and no other proper noun: NER's ORG "Neighboring Canada" is the country, while "Air Canada" or "Canada Post" is
    a company, and so are "Toyota" or "Delta" alone (the list holds towns of 15,000 people)."""
    if head.pos_ != "PROPN" or head.lower_ not in PLACE_NAMES:
        return False
    on = [t for t in head.subtree if t.i != head.i and t.dep_ in ("compound", "flat", "amod")]
    # a placing word must be there: "Toyota", "Delta", "Chelsea" alone are companies and clubs, whose "they" they are
    return any(t.lower_ in _PLACING_WORDS for t in on) \
        and not any(t.pos_ == "PROPN" and t.lower_ not in _PLACING_WORDS for t in on)


def antecedent(ctx: SourceContext, pronoun: Token, fits: Callable[[Name], bool]) -> Name | None:
    """The name the pronoun stands for (see ``antecedents``): its own sentence first, then salience and recency;
    none where that name is one of a list of people the pronoun fits alike (``one_of_a_list``)."""
    chosen = _ranked(ctx, pronoun, fits)
    if chosen is not None:
        chosen = _continued(ctx, pronoun, chosen, fits)
    if chosen is not None and kin_of_possessor(ctx, pronoun, chosen):
        # "Abdul-Ghani's mother reported her son missing ... She added": the mother, never the boy her phrase names
        owner = chosen.head.head
        return next((n for n in ctx.names if n.head.i == owner.i and fits(n)), None) \
            or Name(chosen.at, owner, ctx.doc[chosen.head.left_edge.i:owner.i + 1].text, "person")
    if chosen is not None and other_than_own_subject(ctx, pronoun, chosen, fits):
        return None
    return None if chosen is not None and one_of_a_list(ctx, chosen, fits) else chosen


# verbs that take another's words as the object of one preposition: "Pence objected to his claim" answers someone
# else; "objected with his claim", "objected over his concern" is his own
ANSWERING_VERBS = {"object": ("to",), "respond": ("to",), "react": ("to",), "reply": ("to",), "disagree": ("with",),
                   "balk": ("at",), "bristle": ("at",), "scoff": ("at",), "pounce": ("on",), "retort": ("to",),
                   "rail": ("against",)}
# ... and those that do with a particle ("pushed back on", "hit back at", "lashed out at") or an object ("took issue
# with", "took aim at", "took exception to")
_ANSWERING_PARTICLES = {"push": "back", "hit": "back", "fire": "back", "lash": "out", "strike": "back"}
_PARTICLE_PREPS = ("on", "at", "against")
_ANSWERING_OBJECTS = {"take": {"issue": ("with",), "aim": ("at",), "exception": ("to",)}}


def answers_another(verb: Token, prep: Token) -> bool:
    """Whether ``verb``'s object of ``prep`` is what someone else said: "objected to", "pushed back on", "took
    issue with"; not another preposition ("objected with his claim", "responded in his statement")."""
    lemma, word = verb.lemma_.lower(), prep.lower_
    if lemma in ANSWERING_VERBS:
        return word in ANSWERING_VERBS[lemma]
    if lemma in _ANSWERING_PARTICLES:
        return word in _PARTICLE_PREPS and any(c.dep_ == "prt" and c.lower_ == _ANSWERING_PARTICLES[lemma]
                                               for c in verb.children)
    return any(c.dep_ == "dobj" and word in _ANSWERING_OBJECTS.get(lemma, {}).get(c.lower_, ()) for c in verb.children)


def other_than_own_subject(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> bool:
    """A "his" or "her" on the object of a preposition in a clause whose subject it may stand for, resolved to
    someone else: "Lopez, a Hart supporter, stirred anger over her remark", "Pence is not alone in his contention".
    ``own_clause_subject`` takes the subject only where the phrase hangs on a noun; on a verb or an adjective the
    subject beside it is as likely as anyone named before, and no one is better than a wrong person. Not the verb's
    own object ("Trump mocked his promise" may be Biden's), nor where another name it may stand for comes between
    ("Ferrara attacked Smith over his claim": left to the walk), nor a verb that answers another's words ("Pence
    objected to his claim": ``answers_another``, unless it is "his own claim")."""
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return False
    own = clause_of(pronoun)
    if pronoun.head.head.head.i == own.i and answers_another(own, pronoun.head.head) \
            and not any(c.lower_ == "own" for c in pronoun.head.children):
        return False  # "Pence objected to his claim", "pushed back on his claim": the claim answered is another's
    fitting = [n for n in ctx.names_between(pronoun.sent.start_char, pronoun.idx) if not n.modifier and fits(n)]
    subjects = [n for n in fitting if n.head.dep_ == "nsubj" and n.head.head.i == own.i
                and pronoun.i not in {t.i for t in n.head.subtree}]
    if len(subjects) != 1 or norm_name(subjects[0].name) == norm_name(chosen.name):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ == ("him" if pronoun.lower_ == "his" else "her")
           and c.i < pronoun.i for c in own.children):
        return False  # "Bliss blasted him for his claim": the object pronoun names the other one, left to the walk
    subject = subjects[0].head
    return not any(n.at > subjects[0].at and n.head.i not in {t.i for t in subject.subtree} for n in fitting)


_CONTINUED_DEPTH = 6  # sentences a run of "he"s is followed back, each the subject of the one before


def _continued(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> Name | None:
    """The one the subject "he" of the sentence before stands for, where the chosen name stands in that sentence
    only as no topic of it (``pronoun_topics.continued_subject``): "..., he knew nothing of the measures taken by Pope
    Benedict, how can his answer be explained? His recent statements": whoever the "he" is, not Pope Benedict. None
    (the pronoun as written) where that "he" stands for no one the pronoun fits; the chosen name where the run of
    "he"s goes back further than ``_CONTINUED_DEPTH`` sentences."""
    subject = continued_subject(pronoun, chosen.head, _quoted(ctx))
    if subject is None:
        return chosen
    key = ("continued", subject.i)
    if key not in ctx.memo:
        depth = ctx.memo.get("continued_depth", 0)
        if depth >= _CONTINUED_DEPTH:
            return chosen
        ctx.memo["continued_depth"] = depth + 1
        try:
            ctx.memo[key] = antecedent(ctx, subject, agreement(ctx, subject))
        finally:
            ctx.memo["continued_depth"] = depth
    found = ctx.memo[key]
    return found if isinstance(found, Name) and fits(found) else None


def kin_of_possessor(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The chosen name only owns the speaker's phrase ("Abdul-Ghani's mother told police ..."), a relative whose
    noun has the pronoun's gender ("mother" for "she", "husband" for "he"): the pronoun is the relative who spoke,
    not the one named in her phrase. Not a relative who never spoke ("Mary Smith's mother was in the audience").
    A relative who spoke counts even where what she said is no statement of its own ("reported her son missing":
    a report filed with the police, ``filed_reports``, still the subject of a verb of saying)."""
    owner = chosen.head.head
    gender = pronoun_gender(pronoun)
    spoke = chosen.at in ctx.speakers or owner.head.lemma_.lower() in ctx.lexicon.verbs
    return chosen.head.dep_ == "poss" and owner.i != chosen.head.i and gender is not None \
        and noun_gender(owner) == gender and spoke and owner.dep_ in SUBJECTS


def _fitting(name: Name, fits: Callable[[Name], bool]) -> Name | None:
    """The name where the pronoun may stand for it (not the one told, not one named in the words), else None."""
    return name if fits(name) else None


def _ranked(ctx: SourceContext, pronoun: Token, fits: Callable[[Name], bool]) -> Name | None:
    fits = _both(fits, lambda n: not quoted_elsewhere(ctx, n, pronoun))
    opened = section_start(_breaks(ctx), pronoun.idx)
    if opened:  # a live blog's "6 p.m." entry, a "* * *" section: its "he" is someone it names
        fits = _both(fits, lambda n: n.at >= opened)
    sent = pronoun.sent
    before = ctx.names_between(sent.start_char, pronoun.idx)
    owner = own_clause_subject(pronoun, [n for n in before if fits(n)])
    if owner is not None:  # "Mr. Ferrara provides no real evidence for his claim": Ferrara
        return owner
    after = _named_subject_after(ctx, pronoun, fits)
    if after is not None:  # "In what he acknowledged as a 'rant,' President Obama took a whack at Trump": Obama
        return after
    same = [n for n in before if fits(n) and reachable_in_sentence(n.head, pronoun)]
    subjects = [n for n in same if is_subject(n.head)]
    # "Clinton, a top aide said, is confident, and she ...": the clause's subject, not the aside's speaker
    subjects = [n for n in subjects if not _aside_speaker(n.head)] or subjects
    # "Fastiggi and Goldstein write that the critics misread the text, and they declare": the speakers, not a subject
    # of their own words; but a pronoun inside the clause of a subject in those words is that subject's ("The court
    # heard the pair launched a campaign in which they claimed ...": the pair, not the court)
    subjects = [n for n in subjects if not in_words_of(ctx, n, fits) or holds_pronoun(n.head, pronoun)] or subjects
    # "Shapira then provides the answer that Helms gave, which, as he points out, has been public": Shapira, not the
    # subject of a relative clause that only describes a noun of the sentence
    subjects = [n for n in subjects if not in_other_relative(n.head, pronoun)] or subjects
    # "Trump has broken more rules than Perot did, and he says": Trump, not the one he is measured against
    subjects = [n for n in subjects if not compared_subject(n.head)] or subjects
    if subjects:
        # "the Dems, egged on by ... The New Yorker, ... are attempting ..., when they hope": the Dems
        return plural_over_outlet(subjects[-1], [n for n in before if fits(n)]) or subjects[-1]
    owner = predicated_of(pronoun, [n for n in before if fits(n)])
    if owner is not None:  # "Part of the hypocrisy of the US Conference of Mayors is that they push": the Conference
        return owner
    quoted = _quoted(ctx)
    unnamed = unnamed_subject(pronoun, {n.head.i for n in before}, quoted, _person_words(ctx)) \
        if pronoun_gender(pronoun) is not None else None
    if unnamed is not None:
        # "Sheikh Jihad Al-'Ayesh delivered a speech in which he said": him, whom NER did not name; a name given
        # before stands here, at the subject ("Elijah set the record straight when he answered": no one named
        # between the two Elijahs is a rival, ``rival_names``)
        found = named_elsewhere(unnamed, [n for n in ctx.names_between(0, pronoun.idx) if fits(n)])
        return found._replace(at=unnamed.idx, head=unnamed) if found is not None \
            else _fitting(unnamed_name(unnamed), fits)
    introduced = [n for n in same if len(n.name.split()) >= 2 and _first_mention(ctx, n)]
    if introduced:  # "While the ad did not appeal to Julie Graham, a health officer, she said"
        return introduced[-1]
    fronted = {norm_name(n.name): n for n in before if fits(n) and fronted_possessor(n.head, pronoun)}
    if len(fronted) == 1:  # "And in Cohen's studies of chronic sinus infection, he discovered"
        return next(iter(fronted.values()))
    only = only_one_of_gender(ctx, pronoun, [n for n in before if fits(n)])
    if only is not None:
        return only
    told = named_in_own_quotation(ctx, pronoun, fits)
    if told is not None:  # '"Churchill understood the stakes. He said we would never surrender," Gingrich said'
        return told
    unnamed = unnamed_before(pronoun, {n.head.i for n in ctx.names_between(max(0, pronoun.idx - REACH), pronoun.idx)},
                             quoted) if pronoun_gender(pronoun) is not None else None
    if unnamed is not None:  # 'Sheikh Al-'Ayesh delivered a speech in which he said .... "...," he said': him again
        return named_elsewhere(unnamed, [n for n in ctx.names_between(0, pronoun.idx) if fits(n)]) \
            or _fitting(unnamed_name(unnamed), fits)
    if not any(fits(n) for n in before) and unnamed_body(pronoun, {n.head.i for n in before}, quoted) is not None:
        return None  # "The Deep State responded like they always do, they blamed Russia": no earlier name's
    nearest = ctx.last(sent.start_char, fits)
    if nearest is None:
        return None
    chosen = nearest
    for salient in (_main_subject_or_speaker, subject_outside_relative, _any_subject):
        best = ctx.last(sent.start_char, _both(fits, lambda n, f=salient: f(ctx, n) and not reported_speaker(ctx, n, fits)))
        if best is not None and nearest.at - best.at < SALIENCE_WINDOW:
            chosen = best
            break
    if chosen is not nearest and (introduced_before(ctx, pronoun, nearest, fits)
                                  or paragraph_topic(ctx, pronoun, nearest, chosen, fits)
                                  or carried_on(ctx, pronoun, nearest, fits)):
        chosen = nearest
    chosen = fronted_topic(ctx, pronoun, chosen, fits) or chosen
    chosen = speaker_of_words(ctx, pronoun, known_over_weak(ctx, pronoun, chosen, fits))
    if departed(chosen.head):
        # "Christie said. ... Keith Lamont Scott was killed by an officer. '...,' he said": the one speaking, not the dead
        speaker = ctx.last(chosen.at, lambda n: fits(n) and n.at in ctx.speakers and not departed(n.head))
        if speaker is not None and chosen.at - speaker.at < SALIENCE_WINDOW:
            chosen = speaker
    if mentioned_beside_speaker(ctx, chosen, pronoun.sent.start_char, pronoun_gender(pronoun)) \
            or thing_in_between(ctx, pronoun, chosen) or role_in_between(ctx, pronoun, chosen) \
            or newcomer_in_between(ctx, pronoun, chosen) or unnamed_subject_after(ctx, pronoun, chosen) \
            or gendered_noun_between(ctx, pronoun, chosen) or relative_opens_paragraph(ctx, pronoun, chosen) \
            or unlinked_role_before(ctx, pronoun, chosen):
        return None
    if named_in_passing(ctx, pronoun, chosen) and not introduced_before(ctx, pronoun, chosen, fits) \
            and not sole_fit(ctx, pronoun, chosen, fits):
        # "... made life more difficult for Putin at every turn. ... Not that he said things the way he should
        # have": a name only mentioned, never speaking, is no one a reader hears in the "he"; but one the sentence
        # before brings on ("The committee also heard from Dr. Robert Jones, a professor. '...,' he said") is
        return None
    return chosen if within_reach(ctx, chosen, sent.start_char) else None


def _named_subject_after(ctx: SourceContext, pronoun: Token, fits: Callable[[Name], bool]) -> Name | None:
    """The name of the subject after the phrase that opens the pronoun's sentence and holds it
    (``fronted_pronouns.subject_after``), where the pronoun fits it. None where a name the pronoun fits stands in
    the phrase before it ("Asked about Trump's remarks, in which he mocked a reporter, Ryan said": Trump's)."""
    subject = subject_after(pronoun)
    if subject is None or any(fits(n) for n in ctx.names_between(pronoun.sent.start_char, pronoun.idx)):
        return None
    return next((n for n in ctx.names_between(pronoun.idx, pronoun.sent.end_char) if n.head.i == subject.i and fits(n)),
                None)


# prepositions that, opening a sentence, give whose view or lot it tells: "For Mr. Smith, ...", "To Jones, ..."
_VIEWPOINT_PREPOSITIONS = frozenset({"for", "to"})


def fronted_topic(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> Name | None:
    """The person a sentence before the pronoun's opens on as its topic, where the chosen name is only mentioned
    later in that sentence: "For Mr. Smith, who has been called a new Jones, explaining how his record differs
    from Mr. Jones's is a struggle. ... While he embraces ...": Smith, not Jones, whom the sentence names only in
    passing. The topic is the object of "for" or "to" opening the sentence, set off by a comma
    (``_VIEWPOINT_PREPOSITIONS``), on a verb, not a noun ("the case for Smith"); the chosen name is no topic of its
    own sentence (``is_topic``). Only "he" and "she", and only where the chosen one is another person than the
    topic."""
    if pronoun.lower_ not in ("he", "she") or chosen.head.sent == pronoun.sent or is_topic(chosen.head):
        return None
    sent = chosen.head.sent
    opener = sent[0] if sent[0].is_alpha else None
    if opener is None or opener.lower_ not in _VIEWPOINT_PREPOSITIONS or opener.dep_ != "prep" \
            or opener.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    if len(objects) != 1 or not _comma_after(objects[0]):
        return None
    # the name is the object itself, not its possessor ("For Mr. Smith's critics, ...": the critics' lot, not his)
    topic = next((n for n in ctx.names_between(sent.start_char, chosen.at)
                  if n.head.i == objects[0].i and fits(n) and n.type == "person"), None)
    if topic is None or surname(topic.name) == surname(chosen.name):
        return None
    return topic


def _comma_after(phrase: Token) -> bool:
    """The phrase ends in a comma, its own ("For Smith, who ..., ") or the next word."""
    end = phrase.right_edge
    return end.text == "," or (end.i + 1 < len(end.doc) and end.doc[end.i + 1].text == ",")


def own_clause_subject(pronoun: Token, fitting: list[Name]) -> Name | None:
    """The subject of a possessive's own clause, where no other name it may stand for comes between them: "Mr.
    Ferrara provides no real evidence for his claim" (Ferrara), "Smith defended her record". A possessive in its
    own clause goes back to that clause's subject as surely as a "himself" does; ``reachable_in_sentence`` leaves
    the pronoun's own clause out for a "he" ("Smith told him"), which never stands for its own clause's subject.
    Not where another fitting name comes between ("Smith attacked Jones over his claim": either), nor a subject
    the possessive's noun stands in ("his claim was denied")."""
    if pronoun.tag_ != "PRP$" or pronoun.dep_ != "poss" or not _owned_in_noun_phrase(pronoun.head):
        return None
    own = clause_of(pronoun)
    subjects = [n for n in fitting if n.head.dep_ == "nsubj" and n.head.head.i == own.i
                and pronoun.i not in {t.i for t in n.head.subtree}]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if any(n.at > subject.at and n.head.i not in {t.i for t in subject.head.subtree} for n in fitting):
        return None
    return subject


def _owned_in_noun_phrase(owned: Token) -> bool:
    """The possessive's noun is the object of a preposition on another noun ("no real evidence for his claim",
    "the details of her plan"): the subject offers or holds that noun's phrase as its own. Not the object of a
    verb, nor of a preposition on a verb, where the subject may be acting on someone else's words ("Trump mocked
    his promise", "scoffed at his promise": Biden's, named before)."""
    prep = owned.head
    return owned.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def sole_fit(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> bool:
    """The chosen name is of the pronoun's gender and no one else the pronoun may stand for is named or made a
    subject from the chosen one's sentence to the pronoun: "Senator Grassley met Nancy Pelosi on Tuesday. She said
    ...": no doubt who "she" is. Not so "He cited Robert Spencer and Pamela Geller as precedents for action against
    Trump. In a letter to May, he said" (Trump is a "he" too), nor "Trump is like George Patton. He hates losing"
    (a subject of the same sentence; so a "he" subject: "He cited Robert Spencer ..."), nor "Sanders is outlining proposals" where NER left Sanders unnamed (a proper
    noun subject) or "A president who authorized the raid that killed Osama bin Laden" (a person noun subject)."""
    gender = pronoun_gender(pronoun)
    if name_gender(ctx, chosen) != gender:
        return False
    key = surname(chosen.name)
    start = chosen.head.sent.start_char
    named = ctx.names_between(start, pronoun.idx)
    # one after the name the pronoun may stand for; one before it in its sentence only of the pronoun's gender
    # ("Senator Grassley met Nancy Pelosi": no "she" for all the text says)
    if any(fits(n) and surname(n.name) != key and n.head.pos_ != "PRON"
           and (n.at > chosen.at or name_gender(ctx, n) == gender) for n in named):
        return False
    own = {t.i for t in chosen.head.subtree} | {chosen.head.i} | {n.head.i for n in named}
    for tok in ctx.doc[chosen.head.sent.start:pronoun.i]:
        if tok.dep_ not in SUBJECTS or tok.i in own or ctx.quotes.containing(tok.idx) is not None:
            continue
        if (tok.pos_ == "PROPN" and tok.lower_ not in key) \
                or (tok.lower_ == pronoun.lower_ and tok.sent == chosen.head.sent):
            return False  # "He cited Robert Spencer ...": the "he" who is the topic of the name's sentence
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and person_noun(ctx, tok) and noun_gender(tok) in (None, gender):
            return False
    return True


def gendered_noun_between(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The chosen one is of no known sex, and after its sentence, before the pronoun, a noun of a person of the
    pronoun's sex acts (the subject of a clause, or its owner): "a lawyer for one of Awan's brothers found out she
    emailed the FBI ... a bank account the stepmother controlled was drained ... but she said she is too afraid":
    the "she" is the stepmother, whom no name stands for, as likely as the lawyer. Left to no one rather than to the
    name before. Only "he" and "she", only a definite or owned relative's noun ("the stepmother", "his wife";
    not "the woman", "the actress", "the mother of three", as likely the named one again), outside quotations; a
    chosen one the text gives a sex ("Senator Mary Smith ... the mother ... She said") keeps it."""
    gender = pronoun_gender(pronoun) if pronoun.tag_ == "PRP" else None
    if gender is None or chosen.type not in ("person", "unknown") or name_gender(ctx, chosen) is not None \
            or _noun_sex(ctx, chosen.head) is not None:
        return False
    doc = ctx.doc
    for tok in doc[doc[chosen.head.i].sent.end:pronoun.i]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or ctx.lexicon.kin_genders.get(tok.lemma_.lower()) != gender:
            continue  # a relative's noun only: "the woman", "the congresswoman" are as likely the named one again
        if not any(c.dep_ in ("det", "poss") for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "The mother of three was in tears": an epithet of the one named
        acts = tok.dep_ in SUBJECTS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS)
        if acts and ctx.quotes.containing(tok.idx) is None:
            return True
    return False


def relative_opens_paragraph(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The chosen name lies in an earlier paragraph, and the pronoun's own paragraph, before it, makes someone's
    relative of the pronoun's sex the subject of one of the writer's clauses: "Jane Ross calls security a priority.
    '...,' she said. [new paragraph] On Monday, the senator's wife is scheduled to speak. At a rally, she described
    him as kind": the wife, whom the paragraph is about, not Ross, whatever sex the text gives Ross (the case
    ``gendered_noun_between`` leaves). Left to no one rather than to the name of another paragraph. Only "he" and
    "she", only an owned relative's noun ("the senator's wife", "his mother", not "the mother": as likely the
    one named again), outside quotations; a chosen name in the pronoun's own paragraph keeps it, and so does one
    whose relative the paragraph says died ("His son Beau died of brain cancer in 2015. He said he thinks of him
    every day": ``departed``, the dead one says nothing)."""
    gender = pronoun_gender(pronoun) if pronoun.tag_ == "PRP" else None
    text = ctx.quotes.text
    if gender is None or chosen.type != "person" or chosen.at >= pronoun.idx:
        return False
    start = text.rfind("\n", 0, pronoun.idx) + 1
    if start <= chosen.at:
        return False  # the chosen one is named in the pronoun's paragraph
    for tok in ctx.doc[chosen.head.i + 1:pronoun.i]:
        if tok.idx < start or tok.pos_ != "NOUN" or ctx.lexicon.kin_genders.get(tok.lemma_.lower()) != gender \
                or not any(c.dep_ == "poss" for c in tok.children):
            continue
        if tok.dep_ in SUBJECTS and ctx.quotes.containing(tok.idx) is None and not departed(tok):
            return True
    return False


def _noun_sex(ctx: SourceContext, head: Token) -> str | None:
    """The sex a noun of a person states: a relative's noun ("stepmother", ``kin_nouns.txt``) or ``noun_gender``'s."""
    return ctx.lexicon.kin_genders.get(head.lemma_.lower()) or noun_gender(head)


def unnamed_subject_after(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The chosen name is no subject of its sentence and stands only in a relative clause, the main
    subject is one person the text does not name, and the pronoun stands in a later sentence: "During the
    recordings, which were released by Mike Tokes, one of the dispatchers is heard telling a plane that landing
    might not be a good idea. '...,' he declared": the dispatcher, whom no name stands for; the pronoun is left to no one rather than given to Tokes, whom the
    relative clause only mentions. The subject may be one the parse hung on the name as an apposition
    (``scene.subject_read_as_apposition``). A "he" or "she" only, of a gender the subject's noun does not deny."""
    if pronoun.lower_ not in ("he", "she") or chosen.head.sent == pronoun.sent or is_topic(chosen.head) \
            or not any(t.dep_ == "relcl" for t in _clause_chain(chosen.head)):
        return False  # "The informant hired an attorney, Victoria Toensing. '...,' she said": her, in the writer's
        # clause; "The woman identified herself as a resident named Caroline. '...,' she said": the woman's name
    host = relative_host(chosen.head)
    subject = subject_read_as_apposition(chosen.head, host) or subject_of(host) \
        or subject_of(chosen.head.sent.root) or subject_read_as_apposition(chosen.head)
    if subject is None or subject.pos_ == "PRON" or any(t.pos_ == "PROPN" for t in subject.subtree):
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and subject.lower_ in ("one", "each", "another"):
        noun = next((c for c in of.children if c.dep_ == "pobj"), subject)  # "one of the dispatchers": a dispatcher
    elif subject.tag_ == "NN":
        noun = subject
    else:
        return False  # "Reporters pressed Governor John Smith ... he said": no one of many is a "he"
    return person_noun(ctx, noun) and noun_gender(noun) in (None, pronoun_gender(pronoun))


def relative_host(token: Token) -> Token:
    """The clause the token's relative clause hangs in: the first verb above the relative clause on the way to the
    root, which in a report another outlet wrote is the quoted report's own verb, not the writer's ('"During the
    recordings, which were released by Mike Tokes, one of the dispatchers is heard telling a plane ...," SHTFplan
    reported': "heard", whose subject is the dispatcher, not "reported", whose subject is the outlet); the sentence's
    root where the token is in no relative clause or the relative clause hangs from the root itself."""
    chain = _clause_chain(token)
    below = next((k for k, verb in enumerate(chain) if verb.dep_ == "relcl"), None)
    return chain[below + 1] if below is not None and below + 1 < len(chain) else token.sent.root


def in_other_relative(name: Token, pronoun: Token) -> bool:
    """The name is the subject of a relative clause that does not hold the pronoun ("the answer that Helms gave",
    "Smith, whom Jones hired, said he"): a clause that describes a noun, whose subject is not the one the sentence
    is about. Not a relative clause the pronoun stands in ("the pair launched a campaign in which they claimed")."""
    chain = _clause_chain(name)
    ancestors = {t.i for t in pronoun.ancestors}
    other = [verb for verb in chain if verb.dep_ == "relcl" and verb.i not in ancestors]
    own = pronoun.head
    if own.dep_ == "relcl" and any(own.head == verb.head for verb in other) \
            and any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)
                    for c in own.children):
        return False  # "the tapes that Trump recorded, on which he said": the words are in the tapes, Trump's
    return bool(other)


def predicated_of(pronoun: Token, names: list[Name]) -> Name | None:
    """The name a copula's subject phrase is about, where the pronoun is the subject of what the copula says that
    phrase is: "Part of the hypocrisy of the US Conference of Mayors is that they push ...", "The problem with the
    senators is that they block every bill": the Conference, the senators; the phrase's own head ("Part", "The
    problem") is no one. Only a name in an "of", "with" or "for" phrase of that subject, the last one that fits."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.lemma_ != "be":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < clause.head.i), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    inside = {t.i for t in subject.subtree}
    found = [n for n in names if n.head.i in inside and n.head.i != subject.i and n.head.dep_ == "pobj"
             and n.head.head.lower_ in ("of", "with", "for")]
    return found[-1] if found else None


def _person_words(ctx: SourceContext) -> frozenset[str]:
    """The words of the people's names the text gives (NER's, as ``SourceContext.build`` read them)."""
    return frozenset(w for n in ctx.names if n.type == "person" for w in n.name.split())


def _quoted(ctx: SourceContext) -> Callable[[int], bool]:
    """Whether a character stands inside a quotation of the text."""
    return lambda idx: ctx.quotes.containing(idx) is not None


def _breaks(ctx: SourceContext) -> tuple[int, ...]:
    """The text's section breaks (``section_breaks``) and the ends of signed letters (``signatures``), found once."""
    key = ("section_breaks",)
    if key not in ctx.memo:
        ctx.memo[key] = tuple(sorted(break_ends(ctx.quotes.text) + signature_ends(ctx.quotes.text)))
    return ctx.memo[key]  # type: ignore[return-value]


def _aside_speaker(head: Token) -> bool:
    """Whether the name is the speaker of an aside the parse made an apposition ("a top aide" of "Clinton, a top
    aide said, is ...")."""
    nxt = head.i + 1
    return nxt < len(head.doc) and speaker_read_as_apposition(head.doc[nxt]) == head


def fronted_possessor(name: Token, pronoun: Token) -> bool:
    """The name owns the noun of a phrase put before the pronoun's own clause, whose subject the pronoun is:
    "In Cohen's studies of chronic sinus infection, he discovered" (Cohen), "At Smith's rally, she said", or is
    its author ("In a speech given by Niemoller, he said": ``_authored_by``). The
    pronoun does not stand above the phrase, so it may be its owner (as "Cohen's" could not be the "he" of
    "he praised Cohen's studies")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or name.i > pronoun.i:
        return False
    noun = name.head if name.dep_ == "poss" else _authored_by(name)
    if noun is None:
        return False
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.i < pronoun.i and prep.head == pronoun.head
            and prep.head.i > pronoun.i)


# Verbs whose agent is the author of what they make: "a speech given by X", "a letter written by X"; not "an
# interview conducted by Jake Tapper" (the one asking) nor "a statement issued by his lawyer" (a go-between)
_AUTHORING = frozenset({"give", "deliver", "write", "pen", "author", "sign", "preach", "compose", "make"})


# Nouns of one's own words, whose "by" names their author: "a statement by X", "a letter by X"; not "an interview by
# Jake Tapper" (the one asking) nor "a report by X" (a reporter's words about others)
_OWN_WORDS = frozenset({"statement", "letter", "speech", "post", "tweet", "message", "essay", "op-ed", "sermon",
                        "memo", "column"})


def _authored_by(name: Token) -> Token | None:
    """The noun whose author the name is, as the agent of a participle on it: "In a famous speech given in the
    1930s by Martin Niemoller, he said" (the parse may hang the "by" on a word of the participle's phrase), or of a
    noun of one's own words ("In a statement by Jay Wallace, he wrote", ``_OWN_WORDS``). Not a
    name a possessive pronoun makes someone else's ("a letter written by his brother": the "he" owns the brother)."""
    agent = name.head
    if name.dep_ != "pobj" or agent.lower_ != "by" or agent.dep_ not in ("agent", "prep") \
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in name.children):
        return None
    if agent.head.pos_ == "NOUN" and agent.head.lemma_.lower() in _OWN_WORDS and agent.head.dep_ == "pobj" \
            and agent.head.head.lower_ == "in":
        return agent.head  # "In a statement by Fox News President Jay Wallace, he wrote:": Wallace's own words
    for up in agent.ancestors:
        if up.dep_ == "pobj" and up.pos_ == "NOUN":
            verb = next((c for c in up.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < agent.i), None)
            return up if verb is not None and verb.lemma_.lower() in _AUTHORING else None
    return None


def introduced_before(ctx: SourceContext, pronoun: Token, name: Name, fits: Callable[[Name], bool]) -> bool:
    """The person is introduced in the writer's sentence right before the pronoun's, where no one else is its subject.

    '“We will not back down,” said Sen. Chuck Grassley. The committee also heard from Dr. Robert Jones, a
    professor at Yale. “The tariffs will hurt farmers,” he said': Jones, new on the scene, not the speaker
    before him. A subject of that sentence the pronoun fits keeps its claim ("Trump met Sen. Rand Paul.
    '...,' he said" is left to salience), and so does a speaker a name was only reported by ("Volker told
    the committee he worked with Rudy Giuliani. However, he said": Giuliani is in Volker's words).
    """
    start = previous_sentence_start(pronoun)
    if not start <= name.at < pronoun.sent.start_char or name.type != "person" or len(name.name.split()) < 2:
        return False
    if not (_first_mention(ctx, name) and narrated(name.head)) or of_a_thing(ctx, name.head):
        return False
    return not any(n is not name and fits(n) and is_subject(n.head)
                   for n in ctx.names_between(start, pronoun.sent.start_char))


_WRITER_SUBJECTS = frozenset({"i", "we", "you"})
_SAME_PERSON = {"m": frozenset({"he", "him", "his", "himself"}), "f": frozenset({"she", "her", "hers", "herself"})}


def carried_on(ctx: SourceContext, pronoun: Token, nearest: Name, fits: Callable[[Name], bool]) -> bool:
    """The writer's narration carries the nearest name on to the pronoun: only a first person (or no person) acts
    from the name's sentence to the pronoun's, and a pronoun of the same gender already stood for the name.

    "Pope Francis kept this commitment. [...] I met Cardinal McCarrick, who wore the red-trimmed cassock. I greeted
    him respectfully. He immediately said to me": McCarrick, the one person the writer's sentences since his name
    speak of, not the subject of a sentence before. Not where a third person is a subject in between ("Smith met
    Jones on Monday. He told him": Smith; "Trump called Comey. I asked him about it. He said": the "him" is Trump as
    much as Comey), nor a name no later sentence took up by a pronoun ("Obama praised Biden. He said"), nor a name
    in someone's quoted or reported words, nor a speaker whose quoted words call the person "him"
    (``quotes_of_another``)."""
    gender = pronoun_gender(pronoun)
    quoted = _quoted(ctx)
    if gender is None or nearest.type != "person" or quoted(nearest.at) or in_words_of(ctx, nearest, fits):
        return False
    if talked_about(nearest.head, gender):
        return False
    doc = pronoun.doc
    first = nearest.head.sent.start
    if first >= pronoun.sent.start:
        return False
    own = norm_name(nearest.name)
    if any(fits(n) and n is not nearest and norm_name(n.name) != own
           for n in ctx.names_between(doc[first].idx, pronoun.sent.start_char)):
        return False
    if not only_writer_acts(ctx, doc[first:pronoun.sent.start], gender, quoted) \
            or quotes_of_another(pronoun, gender, quoted):
        return False
    # a later sentence of the writer's took the name up again; a "his" of the name's own sentence binds within it
    return any(t.lower_ in _SAME_PERSON[gender] and t.pos_ == "PRON" and not quoted(t.idx)
               for t in doc[nearest.head.sent.end:pronoun.sent.start])


_TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "of", "over"})
_TOPIC_VERBS = frozenset({"discuss", "mention", "raise"})


def talked_about(head: Token, gender: str) -> bool:
    """The name is what the writer's talk with someone else was about, or only owns a phrase: the object of
    "about"/"on"/"regarding" ("I asked him about Vladimir Putin. I pressed him. He said": the one asked), of
    "discuss"/"mention" ("We discussed Donald Trump"), a possessor ("We spoke to Mary Smith's lawyer. I asked her":
    the lawyer), or a name whose own sentence has a "him"/"her" of the pronoun's gender that is someone else (the
    one the writer spoke to)."""
    if head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.lower_ in _TOPIC_PREPOSITIONS):
        return True
    if head.dep_ in ("dobj", "pobj") and head.head.lemma_.lower() in _TOPIC_VERBS:
        return True
    inside = range(head.left_edge.i, head.right_edge.i + 1)
    return any(t.lower_ in _SAME_PERSON[gender] and t.pos_ == "PRON" and t.dep_ != "poss" and t.i not in inside
               for t in head.sent)


def quotes_of_another(pronoun: Token, gender: str, quoted: Callable[[int], bool]) -> bool:
    """The quoted words of the pronoun's sentence speak of a "him" ("her") of its gender, whom a speaker does not
    call himself: '... forcing Sanders to reverse his opposition. "The primary has moved him on guns," he said':
    the speaker is not Sanders."""
    return any(t.lower_ in _SAME_PERSON[gender] and t.pos_ == "PRON" and quoted(t.idx) for t in pronoun.sent)


def only_writer_acts(ctx: SourceContext, tokens: Span, gender: str, quoted: Callable[[int], bool]) -> bool:
    """Every subject of the writer's clauses among the tokens is the writer ("I", "we"), a relative word, or no
    person the pronoun of ``gender`` could be: "As soon as I entered the hall I met Cardinal McCarrick, who wore
    the cassock. I greeted him": yes; "Trump called Comey", "The spokesman told him": no."""
    for t in tokens:
        if t.dep_ not in SUBJECTS or quoted(t.idx):
            continue
        low = t.lower_
        if low in _WRITER_SUBJECTS or t.tag_ in ("WP", "WDT"):
            continue
        if t.pos_ == "PRON":
            if low in _SAME_PERSON[gender] or low in ("they", "who", "someone", "somebody", "everyone"):
                return False
            continue
        if t.pos_ == "PROPN" or person_noun(ctx, t) or noun_gender(t) == gender:
            return False
    return True


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})


def paragraph_topic(ctx: SourceContext, pronoun: Token, nearest: Name, salient: Name,
                    fits: Callable[[Name], bool]) -> bool:
    """The nearest name is the subject of a clause in the pronoun's own paragraph, and the salient speaker who would
    take the pronoun is named only in an earlier paragraph: '"...," Rendell said. [new paragraph] When Democrats get
    to Philadelphia, it is assumed that Sanders has earned a speaking slot. Beyond that, he has also made clear ...':
    Sanders, whom the new paragraph is about, not the speaker of the one before. Not where the paragraph spoke of
    someone by a pronoun before the name ('He said that Sanders has earned a slot. He added': the paragraph goes on
    with its "He"), nor a name in the words of a speaker the pronoun fits as well, nor one in a relative clause or a
    cleft ("Mrs. Clinton will face the same fire Mr. Obama has. He noted": not Obama; ``writers_statement``)."""
    text = ctx.quotes.text
    if "\n" not in text[salient.at:nearest.at] or "\n" in text[nearest.at:pronoun.idx]:
        return False
    if nearest.type != "person" or not is_subject(nearest.head) or not writers_statement(nearest.head) \
            or in_words_of(ctx, nearest, fits):
        return False
    opened = text.rfind("\n", 0, nearest.at) + 1
    doc = pronoun.doc
    first = doc.char_span(opened, nearest.at, alignment_mode="expand")
    return first is None or not any(t.lower_ in _PERSONAL and t.pos_ == "PRON" for t in first)


def writers_statement(token: Token) -> bool:
    """The token stands in the writer's own clauses (``narrated``), or in what an impersonal passive reports, which
    the writer asserts as much ("it is assumed that Sanders has earned a slot", "it is expected that ..."): no
    relative clause, no cleft ("It was under Mr. Ban's watch that the General Assembly established ..."), no one's
    reported words."""
    if narrated(token):
        return True
    chain = _clause_chain(token)
    for verb in chain:
        if verb.dep_ in ("relcl", "acl", "csubj"):
            return False
        if verb.dep_ == "ccomp":
            above = verb.head
            passive = any(c.dep_ == "auxpass" for c in above.children)
            impersonal = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in above.children)
            if not (passive and impersonal):
                return False
    return True


REACH = 800  # characters of narration: a pronoun whose last fitting name is further back than this names no one a reader recalls


def within_reach(ctx: SourceContext, name: Name, before: int) -> bool:
    """The name is near enough for a reader to take a pronoun at ``before`` for it.

    Counted in the writer's narration: the named person's own quoted words in between do not
    push them out of mind ('Perry said. "..." "..." he added'), but paragraphs of narration do:
    "they continue to claim" fourteen sentences after the last "ISIS" is not ISIS.
    """
    quoted = sum(min(q.end, before) - max(q.start, name.at) for q in ctx.quotes.overlapping(name.at, before))
    return before - name.at - quoted <= REACH


def only_one_of_gender(ctx: SourceContext, pronoun: Token, candidates: list[Name]) -> Name | None:
    """The one person of the pronoun's gender named earlier in its sentence, outside its own clause.

    "Andrew explained how he couldn't have been with Giuffre, because she described him as
    sweating": she is Giuffre, though a subject pronoun does not otherwise reach an object of the
    clause above it (``reachable_in_sentence``); gender, where the text or the given name says it,
    settles it. Two such people, or a gender nobody stated, settle nothing.
    """
    gender = pronoun_gender(pronoun)
    if gender is None:
        return None
    of_gender = [n for n in candidates if n.type == "person" and ctx.genders.get(norm_name(n.name)) == gender
                 and reachable_in_sentence(n.head, pronoun, objects=True)]
    return of_gender[-1] if len({norm_name(n.name) for n in of_gender}) == 1 else None


WEAK_NAME_REACH = 2 * SALIENCE_WINDOW  # characters: how far back a name of known gender outranks a weak one


def known_over_weak(ctx: SourceContext, pronoun: Token, chosen: Name, fits: Callable[[Name], bool]) -> Name:
    """A "he" or "she" goes to a person whose gender the text gives rather than to one it does not.

    A person of the pronoun's gender named after the chosen one wins ('An incredulous Carlson asked
    fellow guest Catherine Lombardo ... "...," she said': Lombardo, though Carlson is the
    speaker). Further back, within ``WEAK_NAME_REACH``, such a person wins only over a name
    little shows to be a person at all ("This graphic, provided by Statista, shows ... However, he
    pointed out": NER's PERSON "Statista" has no given name and no pronoun of its own; "Ian
    Hamilton", quoted just before, is a man).
    """
    gender = pronoun_gender(pronoun)
    if gender is None or chosen.type != "person" or norm_name(chosen.name) in ctx.genders:
        return chosen
    known = ctx.last(pronoun.sent.start_char, _both(fits, lambda n: ctx.genders.get(norm_name(n.name)) == gender))
    if known is None:
        return chosen
    if known.at > chosen.at:
        # only from the sentence before, and not from within someone's reported words ("Zoghlin told
        # The Hill her client did not intend to cause harm to Omar. '...,' she said": not Omar), nor the one
        # the chosen speaker's statement is about ("President Trump called Comey a liar. He said": Trump),
        # unless put a question, which they answer (Lombardo), nor one named in the chosen speaker's own words
        # (``in_own_words``)
        # (a "she" after "Secretary of State Tillerson met Nancy Pelosi" is Pelosi: news names far more men than
        # women, and a person whose gender nothing gives is taken for a "he", not for a "she", over one who is hers)
        near = known.at >= previous_sentence_start(pronoun) or _own_paragraph(ctx, known, chosen, pronoun)
        kept = (gender == "m" and _statement_object(ctx, known, chosen)) or in_own_words(ctx, known, chosen)
        return known if (near and narrated(known.head) and not kept and not of_a_thing(ctx, known.head)) else chosen
    # a weak name that has itself just spoken keeps the pronoun ('H.R. McMaster said that the "liberation ... could
    # accelerate the cycle of violence." He claimed': NER's "McMaster", not the Trump named before him)
    spoke = chosen.at in ctx.speakers and chosen.at >= previous_sentence_start(pronoun)
    return known if weak_person(ctx, chosen) and not spoke and chosen.at - known.at < WEAK_NAME_REACH else chosen


def _own_paragraph(ctx: SourceContext, known: Name, chosen: Name, pronoun: Token) -> bool:
    """``known`` is named in the pronoun's paragraph, ``chosen`` only in an earlier one: "Chris Christie did well.
    [new paragraph] ... And oh yes, Carly Fiorina: What are her qualifications? Losing a Senate race? She had a
    great line": Fiorina, though Christie was a subject."""
    text = ctx.quotes.text
    return "\n" in text[chosen.at:known.at] and "\n" not in text[known.at:pronoun.idx]


def in_own_words(ctx: SourceContext, known: Name, chosen: Name) -> bool:
    """``known`` is named in the words of a statement ``chosen`` made: "The Florida senator sought to calm his
    supporters, saying the person would “not get beat up” at his rally, a swipe at ... Trump’s rallies. He said":
    the senator, whose words Trump stands in, not Trump; "... Hennessey said, and with Clinton’s aides publicly
    chastened, ... she added": Hennessey. The one a statement speaks of is not the one who goes on speaking."""
    return any(outer.at == chosen.at or norm_name(outer.name) == norm_name(chosen.name)
               for outer in ctx.reporters(known.at))


def _statement_object(ctx: SourceContext, known: Name, chosen: Name) -> bool:
    """``known`` is the object of the clause whose subject is ``chosen`` ("Trump called Comey a liar", "Trump
    slammed Comey"), or its object's owner ("Obama also addressed Trump's general concerns"), not an addressee put
    a question ("Carlson asked Catherine Lombardo")."""
    head = known.head
    while head.dep_ in ("compound", "flat", "appos", "poss") and head.head != head:
        head = head.head
    if head.dep_ not in ("dobj", "dative", "oprd", "ccomp") or questioned(head):
        return False
    return any(c.i == chosen.head.i or chosen.head.i in (t.i for t in c.subtree)
               for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass"))


def previous_sentence_start(token: Token) -> int:
    """Where the sentence before the token's own starts (its own, if it is the first)."""
    sent = token.sent
    return token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def pronoun_gender(pronoun: Token) -> str | None:
    low = POSSESSIVES.get(pronoun.lower_, pronoun.lower_)
    return "f" if low in ("she", "her") else "m" if low in ("he", "him", "his") else None


def weak_person(ctx: SourceContext, n: Name) -> bool:
    """A one-word name with no gender the text gives, no given name and no title ("President Trump",
    ``titled_names``): little shows it is a person. Not one a "who" clause describes ("Meanwhile Rihanna, who was
    honored with an award, spoke ... '...,' she said": ``who_clause``): the writer has said it is a person, and the
    "she" is hers, not that of a woman of known sex named before her."""
    return (n.type == "person" and len(n.name.split()) == 1 and norm_name(n.name) not in ctx.genders
            and n.name.lower() not in ctx.lexicon.first_names and ctx.surnames.get(n.name.lower()) != n.name
            and n.name.lower() not in ctx.families  # "Ellison" of Keith and Karen: a person's name, whoever's
            and not apposed_role(ctx, n.head) and not who_clause(n.head))


# roles a company or a body holds as well as a person ("Zentrix, the market leader,", "Ofcom, the regulator,"): beside
# a name they do not say it is a person's
_SHARED_ROLES = frozenset({"host", "manager", "owner", "leader", "victim", "survivor", "regulator", "auditor",
                           "consultant", "adviser", "advisor", "counsel", "player", "supervisor", "investigator",
                           "agent", "witness", "forecaster", "administrator", "examiner", "candidate", "nominee"})


def apposed_role(ctx: SourceContext, head: Token) -> bool:
    """The name is set beside a noun of a person's role: "Priebus, the party chairman," or "the party chairman,
    Priebus,": the text says it is a person, however little NER or the lexicons know the name. Not a role that
    states a sex ("Quorbus, the actress,", "the chairman's wife, Quorbus,": a woman, whom a "he" must not take for
    a man of unknown sex) nor one a company may hold (``_SHARED_ROLES``)."""
    beside = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(t.lemma_.lower() in ctx.lexicon.person_roles and t.lemma_.lower() not in _SHARED_ROLES
               and noun_gender(t) is None and t.lemma_.lower() not in ctx.lexicon.kin_genders for t in beside)


QUOTATION_WORDS = 4  # a quote this long is someone's words; shorter ones are titles, names and scare quotes


def quoted_elsewhere(ctx: SourceContext, n: Name, pronoun: Token) -> bool:
    """The name stands inside someone's quoted words that do not also hold the pronoun.

    '"... go out and vote for Matt Bevin," he said': the man named inside the quotation is
    not the one who said it; a reader takes "he" from the narration. A pronoun inside the same
    quotation ('"Obama told me he would win"') may still reach the names quoted with it. The name's head
    decides, not its first character: a phrase that opens the quotation may take in its opening mark
    ('"Your agencies' review ... should not proceed," ... It claims': the letter, not the review).
    """
    q = ctx.quotes.containing(n.head.idx)
    if q is None or len(ctx.quotes.text[q.start:q.end].split()) < QUOTATION_WORDS:
        return False
    return not (q.start < pronoun.idx < q.end)


def named_in_own_quotation(ctx: SourceContext, pronoun: Token, fits: Callable[[Name], bool]) -> Name | None:
    """The person a quotation names before the "he" or "she" it holds, in an earlier sentence of it: '"Churchill
    understood the stakes. He said we would never surrender," Gingrich told the rally' is Churchill. In someone's
    own words a "he" is someone they speak of, never the one quoted, whom the words would call "I"; the speaker
    on the scene outside the quotation is no antecedent for it. Within ``REACH`` characters; a short quotation
    (a title, a scare quote: ``QUOTATION_WORDS``) is no one's words."""
    q = ctx.quotes.containing(pronoun.idx)
    if q is None or pronoun_gender(pronoun) is None or len(ctx.quotes.text[q.start:q.end].split()) < QUOTATION_WORDS:
        return None
    named = [n for n in ctx.names_between(max(q.start, pronoun.idx - REACH), pronoun.sent.start_char)
             if n.type == "person" and fits(n)]
    return named[-1] if named else None


def _both(a: Callable[[Name], bool], b: Callable[[Name], bool]) -> Callable[[Name], bool]:
    return lambda n: a(n) and b(n)


def _first_mention(ctx: SourceContext, n: Name) -> bool:
    """No earlier name is the same: the person is introduced here."""
    return ctx.last(n.at, lambda m: m.name == n.name) is None


def reported_speaker(ctx: SourceContext, n: Name, fits: Callable[[Name], bool]) -> bool:
    """The name stands in the words of a statement whose own speaker the pronoun fits as well: that speaker
    is the one on the scene ("Hadeed told reporters Bacon had threatened to sue him. '...,' he said": Hadeed).
    A speaker the pronoun does not fit leaves the name its salience ("Prosecutors said the Awans had learned
    of it, which a spokeswoman, AshLee Strong, told TheDCNF was secret. '...,' she said": Strong)."""
    return n.at in ctx.speakers and any(fits(outer) for outer in ctx.reporters(n.at))


def in_words_of(ctx: SourceContext, n: Name, fits: Callable[[Name], bool]) -> bool:
    """The name stands in the words of a statement whose speaker the pronoun fits as well: "the critics" of
    "Fastiggi and Goldstein write that the critics misread the text", for a "they" after it."""
    return any(fits(outer) for outer in ctx.reporters(n.at))


def holds_pronoun(name: Token, pronoun: Token) -> bool:
    """The clause the name is subject of holds the pronoun in a clause below it: "the pair launched a campaign in
    which they claimed", not "the critics misread the text, and they declare" nor "said Carson had been led astray
    -- and he singled out" (a clause beside it, however the parse joined it)."""
    verb = clause_of(name)
    if not is_subject(name) or verb == clause_of(pronoun) or verb not in pronoun.ancestors:
        return False
    tok = pronoun
    while tok != verb:
        if tok.dep_ == "conj":
            return False
        tok = tok.head
    return True


def _main_subject_or_speaker(ctx: SourceContext, n: Name) -> bool:
    """A statement's speaker, or the subject of a clause that is not someone's reported words nor a comparison's."""
    if n.at in ctx.speakers:
        return True
    return is_topic(n.head) and narrated(n.head) and not compared_subject(n.head)


def narrated(token: Token) -> bool:
    """The token stands in the writer's own clauses, not in someone's reported words or a relative clause."""
    return not any(t.dep_ in ("ccomp", "relcl", "acl", "csubj") for t in _clause_chain(token))


def subject_outside_relative(ctx: SourceContext, n: Name) -> bool:
    """A subject of a clause that is no relative clause, where no main-clause subject is at hand: "Small wonder:
    Poulet, who died in 2014, belonged to the movement that none other than Pius XII had condemned. [...] He simply
    wished that it was so": Poulet (the parse hung his clause on "wonder"), not Pius XII, whom the relative clause
    only mentions as the one who condemned the movement."""
    return is_topic(n.head) and not any(t.dep_ == "relcl" for t in _clause_chain(n.head)) \
        and not compared_subject(n.head)


def _any_subject(ctx: SourceContext, n: Name) -> bool:
    return is_topic(n.head) and not compared_subject(n.head)


def _clause_chain(token: Token) -> list[Token]:
    """The verbs from the token's clause up to the sentence root."""
    out = []
    verb = clause_of(token)
    for _ in range(8):
        out.append(verb)
        if verb.head == verb:
            break
        verb = clause_of(verb.head)
    return out
