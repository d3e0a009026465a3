"""What the speaker-resolution strategies consult: the mention, the names met so far, the parse.

``SourceContext.build`` reads the names a later pronoun or role noun may reach off the Doc
(entities, surnames, plural subjects), the role nouns put beside a name, and each person's
gender as the text (or, failing that, the given name) tells it. Pure data and pure
functions; ``sources`` holds the ladder of strategies (``source_pronouns``, ``source_roles``,
``source_names``), ``pronouns`` the ranking of antecedents.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.antecedents import COLLECTIVE, is_modifier, people_set, plural_subjects
from sayso.nlp.extract.datelines import line_dateline
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.family_choice import family_member, title_against, word_before
from sayso.nlp.extract.family_names import (
    FEMALE_TITLES,
    MALE_TITLES,
    TITLE,
    aged_names,
    family_holders,
    short_names,
    titled_name_in,
    titled_names,
    titled_people,
)
from sayso.nlp.extract.furniture_lines import line_at
from sayso.nlp.extract.heading_names import capitalised_words, without_heading_verb
from sayso.nlp.extract.inverted_cues import (
    named_families,
    without_lead_in,
    without_opening_gerund,
    without_trailing_verb,
)
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.name_forms import given_gender, norm_name
from sayso.nlp.extract.name_runs import garbled_person, without_lower_lead
from sayso.nlp.extract.noun_genders import apposed_gender
from sayso.nlp.extract.page_furniture import after_photo_credit, furniture_at, places_in_photo
from sayso.nlp.extract.press_names import press_names
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.run_in_headings import without_heading
from sayso.nlp.extract.source_types import (
    ENTITY_TYPES,
    ORG_NOUNS,
    OUTLET_PATTERN,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    apposed_role,
    appositions,
    entity_type,
    looks_like_person,
    personal_relative,
    source_type,
)
from sayso.nlp.extract.surname_subjects import (
    full_name,
    index_people,
    misparsed_surname,
    unlabelled_people,
    with_given_name,
)

PLURAL_KINDS = ("organization", "outlet", "government", "group", "anonymous")  # what "they" may stand for
ANY_PRONOUN = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS


class Mention(NamedTuple):
    start: int
    end: int
    head: int  # token index of the head word
    attribution: int  # index into the found attributions
    said: tuple[int, int] | None = None  # a speaker's mention: the content of its statement (no one it names speaks it)


class ResolvedSource(NamedTuple):
    name: str
    type: str
    description: str | None
    mentions: tuple[tuple[int, int], ...]


class Name(NamedTuple):
    """A name a later pronoun or role noun can reach: an entity, or a resolved source mention."""

    at: int  # character offset
    head: Token
    name: str
    type: str
    modifier: bool = False  # used as an adjective or noun modifier ("Republican Gov."): no pronoun's referent


class Ref(NamedTuple):
    """The mention as a strategy sees it: a relative pronoun already replaced by its antecedent."""

    start: int  # the mention's own start (for looking back)
    ref_start: int
    ref_end: int
    head: Token
    text: str
    type: str  # ``source_type`` of the phrase
    said: tuple[int, int] | None = None  # what the mention's speaker says (``Mention.said``)


class Resolution(NamedTuple):
    """What a strategy decided: ``key`` groups mentions into one source (None: unresolved)."""

    name: str
    type: str
    key: str | None
    description: str | None = None


@dataclass
class SourceContext:
    """What every strategy may consult: the parse, the lexicons and the names met so far."""

    doc: Doc
    lexicon: Lexicon
    quotes: QuoteIndex
    names: list[Name]
    roles: dict[int, Token]
    roles_by_lemma: dict[str, list[tuple[int, Token]]]
    surnames: dict[str, str]  # "antonov" -> "Anatoly Antonov"
    speakers: set[int] = field(default_factory=set)  # where a statement's speaker is mentioned (not its addressee)
    genders: dict[str, str] = field(default_factory=dict)  # person name -> "m" | "f", read off the text
    positions: list[int] = field(default_factory=list)  # ``names``' offsets, kept in step for bisection
    families: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # a family name two people share
    recalled: set[int] = field(default_factory=set)  # where a resolved mention was remembered (``remember``)
    memo: dict[tuple, object] = field(default_factory=dict)  # lookups over the whole text, made once (``family_choice``)
    said: tuple[tuple[int, int, int], ...] = ()  # what each statement says (``Mention.said``) and where its speaker is

    def __post_init__(self) -> None:
        self.positions = [n.at for n in self.names]

    @classmethod
    def build(cls, doc: Doc, lexicon: Lexicon, quotes: QuoteIndex, mentions: Sequence[Mention] = ()) -> SourceContext:
        index_people(doc, lexicon.first_names)  # the surnames ``misparsed_surname`` reaches, with this lexicon's given names
        names = []
        families_named = named_families(doc.ents, lexicon.first_names)
        # "Pakistan's Dawn newspaper", "The Spectator magazine": an outlet the text names, whatever NER made of the
        # name (a person "Dawn", no entity at all), for a later "the paper" to reach
        press = {p[-1].i: p for p in press_names(doc)}
        names += [Name(p.start_char, p[-1], p.text, "outlet") for p in press.values()]
        capitals = capitalised_words(doc)  # where each word is written with a capital, for ``without_heading_verb``
        for ent in doc.ents:
            if ent.label_ not in ENTITY_TYPES or any(t.i in press for t in ent):
                continue
            ent = without_lead_in(without_trailing_verb(ent))  # "Said Smith", "Loomer Tweeted": no verb in a name
            ent = without_heading(ent)  # "Editor's Pick Apple": a page's heading run into the name
            ent = without_opening_gerund(ent, families_named, lexicon.first_names)  # "Hosting Cook" after "Tim Cook"
            if ent.label_ == "PERSON":
                ent = without_lower_lead(ent)  # "muito ao Carlos": no lower-case word opens a name
                ent = without_heading_verb(ent, lexicon.first_names, capitals)  # "Bergoglio Pleads" of a heading: Bergoglio
                ent = with_given_name(full_name(ent), lexicon.first_names)  # "Chris" of "Chris Early runs ...",
                # "Ivanka" of "Ivanka Trump" with "Trump" alone tagged: the whole name
                if garbled_person(ent, lexicon):
                    continue  # "Netting Clintons Millions" of a headline is no one a pronoun or surname reaches
            person = person_inside(ent, lexicon)
            if person is not None and OUTLET_PATTERN.fullmatch(person[-1].text):
                person = None  # an outlet's name: "The San Francisco Chronicle" holds no "Francisco Chronicle"
            if person is None:
                person = titled_name_in(ent, lexicon.person_roles)  # NER's ORG "State Tillerson" of "Secretary of State Tillerson"
            if person is not None and len(person) < len(ent):
                # NER's "Ukraine Kurt Volker" (ORG) holds the person "Kurt Volker"; its "Superintendent
                # Jennifer McCormick" (PERSON) the person "Jennifer McCormick"
                names.append(Name(person[0].idx, person[-1], person.text, "person"))
            else:
                typ = entity_type(ent, lexicon)
                if typ in ("organization", "unknown") and (apposed_role(ent.root, lexicon.person_roles)
                                                          or personal_relative(ent.root)):
                    typ = "person"  # NER's ORG "Burnadette Norris-Weeks", "an attorney who ...": a person
                names.append(Name(ent.start_char, ent.root, ent.text, typ, is_modifier(ent.root, ent.start, ent.end)))
        names += [Name(p.start_char, p.root, p.text, "person") for p in unlabelled_people(doc, lexicon.first_names)]
        names += [Name(p.start_char, p.root, p.text, "person") for p in titled_people(doc, lexicon.person_roles)]
        full_names = [n.name for n in names if n.type == "person"]
        surnames = short_names(full_names, lexicon.person_roles, given=lexicon.first_names)
        # only names opening with a proper noun tell people apart: NER's "Which Clinton" is no other Clinton
        families = family_holders([n.name for n in names if n.type == "person" and _given_name_at(doc, n.at)
                                   and all(_NAME_WORD.match(w) for w in n.name.split())], lexicon.person_roles)
        for word, name in titled_names(doc, lexicon.person_roles).items():
            surnames.setdefault(word, name)  # "President Trump" makes every bare "Trump" the person
        for word, name in aged_names(doc, lexicon.person_roles).items():
            surnames.setdefault(word, name)  # "Qanbar, 54, was elected" makes every bare "Qanbar" the person
        # "Arkhipov" (or "Cardinal Müller") after "Viktor Arkhipov" is that person, whatever label NER gave it
        # ("Mr. Obama" beside "Michelle Obama" alone is another Obama: the title says so)
        names = [n._replace(name=surnames[bare], type="person") if (bare := bare_name(n.name, lexicon.person_roles)) in surnames
                 and not title_against(_title_before(quotes.text, n), surnames[bare], lexicon.given_genders) else n for n in names]
        # a bare surname NER left out ("Braun has worked with ...") is still that person, for pronouns to reach
        taken = {n.at for n in names}
        names += [Name(t.idx, t, surnames[t.lower_], "person") for t in doc
                  if (t.pos_ == "PROPN" or t == misparsed_surname(t.head)) and t.ent_iob_ == "O"
                  and t.lower_ in surnames and t.idx not in taken]
        # plural subjects ("Teachers", "Holcomb and GOP leaders") are what a later "they" may stand for
        taken = {n.head.i for n in names}
        people = lexicon.person_roles | lexicon.anonymous | lexicon.groups | ORG_NOUNS
        for span in plural_subjects(doc):
            if not can_speak(span.root, people):
                continue  # "These phenomena", "The recycled gases": no "they" that says or thinks
            if span.root.i not in taken or span.root.tag_ not in ("NNS", "NNPS"):
                typ = source_type(doc, span.start_char, span.end_char, span.root, lexicon, quotes)
                names.append(Name(span.start_char, span.root, span.text, typ if typ in PLURAL_KINDS else "group"))
        names += document_subjects(doc, lexicon.documents, {n.head.i for n in names})
        # a speaker's own mention ("his brother added") goes down the ladder and is remembered as resolved
        kin = kin_names(doc, lexicon.kin_genders, quotes, {n.head.i for n in names} | {m.head for m in mentions})
        names += kin
        # a name on a line of the page's frame ("Preorder The History of Jihad From Muhammad to ISIS here.", "— via
        # Breitbart") is no one a later pronoun or role noun reaches
        names = [n for n in names if not furniture_at(quotes.text, n.at, lexicon.colon_labels)]
        # nor is a name in a photo's caption under its credit ("POOL New/Reuters. / Officer Timothy Smith holds up the
        # gun ...": '"...," he added' after it is the article's speaker, not the officer)
        names = [n for n in names if not photo_caption(n.head, quotes.text)]
        # nor is a dateline's place, whatever the recogniser tagged it ("Lisbon (AFP) - ...“...,” he said": not Lisbon)
        names = [n for n in names if line_dateline(n.head) is None]
        names.sort(key=lambda n: n.at)
        roles = appositions(doc)
        by_lemma: dict[str, list[tuple[int, Token]]] = {}
        for i, tok in roles.items():
            by_lemma.setdefault(doc[i].lemma_.lower(), []).append((i, tok))
        known = genders(doc, surnames, lexicon.given_genders, frozenset(families), lexicon.kin_genders)
        for n in names:  # what the text does not say, a given name mostly does ("Stephanie Grisham")
            gender = given_gender(n.name, lexicon.given_genders) if n.type == "person" else None
            if gender is None and n.type == "person" and n.name.isalpha() and n.name.lower() not in surnames:
                gender = lexicon.given_genders.get(n.name.lower())  # "his wife Margaret": no "he" of a later quote
            if gender is not None:
                known.setdefault(norm_name(n.name), gender)
        for n in kin:  # "my mother" is a she, whatever a pronoun near her says
            known[norm_name(n.name)] = lexicon.kin_genders[n.head.lower_]
        # speakers only: the one a statement is told to ("warned Pope Francis that ...", "wrote to the pope") is
        # no speaker a later "He added" goes back to
        # but the one a question is put to answers it ("Melvin followed up by asking Clinton if ...“…,” he said")
        speakers = {m.start for m in mentions if m.said is not None or questioned(doc[m.head])}
        said = tuple(sorted({(*m.said, m.start) for m in mentions if m.said is not None}))
        ctx = cls(doc, lexicon, quotes, names, roles, by_lemma, surnames, speakers, known, families=families, said=said)
        ctx.names = [_family_name(ctx, n) for n in ctx.names]  # "Ellison": whichever Ellison the paragraph means
        return ctx

    @cached_property
    def joined_heads(self) -> set[int]:
        """Heads of joined plural subjects ("Holcomb and leaders"): no "it" stands for them."""
        return {n.head.i for n in self.names if n.type == "group" and any(c.dep_ == "conj" for c in n.head.children)}

    @cached_property
    def full_mentions(self) -> dict[str, int]:
        """Where each person's name is first written in full ("Karen Ellison", not a bare "Ellison" mapped to her)."""
        out: dict[str, int] = {}
        for n in self.names:
            if n.type == "person" and len(n.name.split()) >= 2 and self.quotes.text.startswith(n.name.split()[0], n.at):
                out.setdefault(n.name, n.at)
        return out

    @cached_property
    def people(self) -> frozenset[str]:
        """Nouns of people: roles ("spokesman"), anonymous sources ("officials"), groups ("protesters")."""
        return self.lexicon.person_roles | self.lexicon.anonymous | self.lexicon.groups

    def names_between(self, start: int, end: int) -> list[Name]:
        """The names met from character ``start`` up to (not including) character ``end``, in text order."""
        return self.names[bisect_left(self.positions, start):bisect_left(self.positions, end)]

    def last(self, before: int, pred: Callable[[Name], bool], limit: int = 300) -> Name | None:
        """The nearest name before character ``before`` satisfying ``pred`` (at most ``limit`` back)."""
        k = bisect_left(self.positions, before)
        for j in range(k - 1, max(-1, k - 1 - limit), -1):
            if pred(self.names[j]):
                return self.names[j]
        return None

    def reporters(self, at: int) -> list[Name]:
        """The speakers of the statements whose words hold the offset ("Hadeed told reporters [Bacon had threatened
        to sue him]": Hadeed), as the names met there."""
        key = ("reporters", at)
        if key not in self.memo:  # once per offset, not per pronoun that looks back past it
            where = {speaker for start, end, speaker in self.said if start <= at < end and speaker != at}
            self.memo[key] = tuple(where)
        out = []
        for pos in self.memo[key]:  # type: ignore[attr-defined]
            j = bisect_left(self.positions, pos)
            while j < len(self.positions) and self.positions[j] == pos:
                out.append(self.names[j])
                j += 1
        return out

    def learn_gender(self, name: str, gender: str | None) -> None:
        """A "he" resolved to a person whose gender nothing gave says it for later pronouns
        ("Professor Livio Melina ... He stressed ... He also said": not NER's PERSON "Amoris Laetitia")."""
        if gender is not None:
            self.genders.setdefault(norm_name(name), gender)

    def remember(self, at: int, head: Token, name: str, typ: str) -> None:
        """A resolved mention becomes a name later pronouns may point back at."""
        if head.lower_ in self.families:
            # the bare "Muhammad" of a resolved "Mr. Muhammad": what resolution decided, not the guess made before
            # ("Askia Muhammad ... Mr. Muhammad said ... He reaffirmed": Askia, not the Elijah named more often)
            for j in [j for j, n in enumerate(self.names) if n.head.i == head.i][::-1]:
                del self.names[j], self.positions[j]
        k = bisect_right(self.positions, at)
        self.names.insert(k, Name(at, head, name, typ))
        self.positions.insert(k, at)
        self.recalled.add(at)


def document_subjects(doc: Doc, documents: frozenset[str], taken: set[int]) -> list[Name]:
    """Singular written things a clause is about ("The post showed a man in a wig", "the paper notes"): what a
    later "it" that speaks may stand for (``pronouns.speaking_thing``), typed "unknown" as a document's mention is."""
    out = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN" \
                or token.lemma_.lower() not in documents or token.i in taken:
            continue
        start = token.left_edge
        out.append(Name(start.idx, token, doc_text(doc)[start.idx:token.idx + len(token)], "unknown"))
    return out


_OWN = frozenset({"my", "our"})


def kin_names(doc: Doc, kin_genders: dict[str, str], quotes: QuoteIndex, taken: set[int]) -> list[Name]:
    """The writer's relatives, named by the phrase alone ("My mother was devout", "when I told my father"): people
    a later "she" or "he" may stand for, so that the writer's mother, not a name mentioned in passing, says
    what "she said" after her. Only with "my" or "our": "his wife" is whoever "his" is, for ``by_possessor``'s
    kind of caution to leave alone; a "my" in quoted words is the speaker's ('"My mother was a nurse," said Smith').
    Named "my mother" (the possessive and the noun, without "late" or "own")."""
    out = []
    for token in doc:
        if token.lower_ not in kin_genders or token.tag_ != "NN" or token.i in taken \
                or quotes.containing(token.idx) is not None:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–"):
            continue  # "my brother-in-law", "my mother-to-be": not the word's own relative
        poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _OWN), None)
        if poss is not None:
            out.append(Name(poss.idx, token, f"{poss.text} {token.text}", "person"))
            continue
        start = _possessed_kin_subject(token, taken)
        if start is not None:
            out.append(Name(start.idx, token, doc_text(doc)[start.idx:token.idx + len(token)], "person"))
    return out


_FORMER = frozenset({"ex", "former", "estranged", "eldest", "youngest", "older", "younger"})


def _main_clause(verb: Token) -> bool:
    """The verb is the writer's: its sentence's root, or one joined to it ("His daughter spoke later, and she said")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _possessed_kin_subject(token: Token, taken: set[int]) -> Token | None:
    """The first word of "his ex-wife", "Trump's daughter", "her former husband" as a clause's subject, in the
    writer's voice: a relative of someone's, a person of her own whom a later "she claimed" may mean (not the
    man the possessive stands for). Not one a name stands beside ("Trump's daughter Ivanka", "His son, Eric
    Trump,"): the name is the person then."""
    doc = token.doc
    first = token
    while first.i > 0 and (doc[first.i - 1].lower_ in _FORMER or doc[first.i - 1].text == "-"):
        first = doc[first.i - 1]  # "ex-wife": the parse makes "ex", "-" and "wife" three subjects
    words = doc[first.i:token.i + 1]
    subject = next((w for w in words if w.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or token.dep_ == "appos" or not _main_clause(subject.head) or first.i in taken:
        return None  # "Trump said the donation had made his father a sponsor": no one the writer's clause is about
    if any(c.dep_ == "appos" or (c.pos_ == "PROPN" and c.i > token.i) for c in token.children) \
            or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
        return None
    poss = next((c for w in words for c in w.children if c.dep_ == "poss" and c.i < first.i), None)
    if poss is None or poss.lower_ in _OWN:
        return None
    return poss.left_edge


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")  # no "Rick Bowmer/AP Photo Trump" of a caption


def _title_before(text: str, n: Name) -> str:
    """The title a name's mention opens with or follows ("Mr." of "Mr. Obama"), else ""."""
    words = n.name.split()
    if len(words) >= 2:
        return words[0]
    return word_before(text, n.at)


def _given_name_at(doc: Doc, at: int) -> bool:
    """The name starting at ``at`` opens with a proper noun."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[0].pos_ == "PROPN"


def photo_caption(token: Token, text: str) -> bool:
    """``token`` stands in a photo's caption: on the line right after a photo's credit line ("Handout/Reuters."),
    a line that places people in the photo ("Smith (left) shakes hands ...") or tells what it shows in the present
    tense ("Officer Timothy Smith holds up the gun ..."); a line of prose after a credit ("Smith has said ...",
    "Smith said ...") stays."""
    if not after_photo_credit(text, token.idx):
        return False
    root = token.sent.root
    return places_in_photo(line_at(text, token.idx)[1]) or (root.tag_ in ("VBZ", "VBP") and root.lemma_ not in ("be", "have"))


def _family_name(ctx: SourceContext, n: Name) -> Name:
    """A bare family name two people of the text share, as a later pronoun reaches it: the one the paragraph
    means (``family_choice``), else the word as written."""
    word = ctx.quotes.text[n.head.idx:n.head.idx + len(n.head.text)]
    family = word.lower()
    if n.type != "person" or family not in ctx.families or not ctx.quotes.text.startswith(word, n.at) \
            and not TITLE.match(ctx.quotes.text[n.at:n.head.idx]):
        return n
    text = ctx.quotes.text[n.at:n.head.idx + len(word)]
    title = word_before(ctx.quotes.text, n.at)
    if len(text.split()) == 1 and title.lower() in _GENDERED_TITLES:
        text = f"{title} {text}"  # "the former Mrs. Trump": the title the entity left out tells Ivana from Donald
    return n._replace(name=family_member(ctx, n.at, n.head, text, family, paragraph=False) or word)


QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz", "query", "interview", "grill"})


def questioned(addressee: Token) -> bool:
    """The addressee is the one a question is put to ("asking Clinton if", "pressed the minister on"): the
    next one to speak, whom a later "he said" goes back to, unlike the addressee of a statement."""
    return addressee.dep_ in ("dobj", "dative") and addressee.head.lemma_.lower() in QUESTION_VERBS


def can_speak(head: Token, people: frozenset[str]) -> bool:
    """A plural subject that can be a speaker: people, bodies, names ("Teachers", "Holcomb and leaders")."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = head.lemma_.lower()
    return lemma in people or lemma in COLLECTIVE or people_set(head) or head.lower_ in people or lemma.rstrip("s") in people or any(
        c.dep_ == "conj" and (c.pos_ == "PROPN" or c.lemma_.lower() in people) for c in head.children)


_MALE = frozenset({"he", "him", "his", "himself"}) | MALE_TITLES
_FEMALE = frozenset({"she", "her", "hers", "herself"}) | FEMALE_TITLES
_GENDERED_TITLES = MALE_TITLES | FEMALE_TITLES


def genders(doc: Doc, surnames: dict[str, str], given: dict[str, str] | None = None,
            shared: frozenset[str] = frozenset(), kin: dict[str, str] | None = None) -> dict[str, str]:
    """Each person's grammatical gender as the text shows it, for pronouns to agree with.

    A title before the name ("Ms. Persson") or a noun of one sex put beside it ("Imran's brother, Abid Awan":
    ``noun_genders.apposed_gender``) decides; then a given name that nearly always is one
    gender (``given``: "Victoria", "Bill"); only then the first gendered pronoun after the person's
    mention, in the same sentence and before another person is named ("Taylor Swift, her former
    record label"). The pronoun is the weakest sign: in "hired an attorney, Victoria Toensing, to get
    his story out" the "his" is the client's, and in "accused Bill Clinton of raping her" the victim's.
    A bare family name two people share (``shared``: "Ms. Trump" beside Donald and Ivanka) tells no one's.
    """
    titled: dict[str, str] = {}
    pronouned: dict[str, str] = {}
    last: str | None = None
    last_sent = -1
    # the genders of the pronouns the sentence used before ``last`` was named: the same pronoun after the name
    # goes on speaking of that earlier someone ("Trenton said as he sat with his parents, Brett and Courtney
    # Tolliver, watching his little sister's practice": the second "his" is still Trenton's)
    seen: set[str] = set()
    before: frozenset[str] = frozenset()
    sent_no = {s.start: k for k, s in enumerate(doc.sents)}
    ent_at = {e.start: e for e in doc.ents}  # doc.ents builds a new tuple on each access: once, not per person
    k = 0
    for token in doc:
        if token.i in sent_no:
            k, seen = sent_no[token.i], set()
        if token.pos_ == "PRON" and (token.lower_ in _MALE or token.lower_ in _FEMALE):
            seen.add("m" if token.lower_ in _MALE else "f")
        if (token.ent_type_ == "PERSON" and token.ent_iob_ == "B") or _surname_left_out(token, surnames):
            ent = ent_at.get(token.i) if token.ent_type_ == "PERSON" else doc[token.i:token.i + 1]
            if ent is None:
                continue
            if ent.text.lower() in shared:
                last = None
                continue
            name = surnames.get(ent.text.lower(), ent.text)
            title = doc[token.i - 1].lower_ if token.i else ""
            if title_against(title, name, given or {}):
                name = ent.text  # "Mr. Obama" beside "Michelle Obama" alone: another Obama
            if title in _MALE or title in _FEMALE:
                titled.setdefault(norm_name(name), "m" if title in _MALE else "f")
            elif (stated := apposed_gender(ent, kin)) is not None:
                titled.setdefault(norm_name(name), stated)  # "Imran's brother, Abid Awan": as sure as a title
            last, last_sent, before = name, k, frozenset(seen)
        elif last is not None and token.pos_ == "PROPN" and token.ent_type_ != "PERSON" \
                and norm_name(surnames.get(token.lower_, last)) != norm_name(last):
            # another person named by a surname NER left out ("President Trump said it would be 'wonderful' if
            # Ford testifies and 'unfortunate' if she does not"): the "she" is no sign of Trump's
            last = None
        elif last is not None and token.pos_ == "PRON" and (token.lower_ in _MALE or token.lower_ in _FEMALE):
            gender = "m" if token.lower_ in _MALE else "f"
            if k == last_sent and gender not in before:  # the next sentence's "she" is as often someone else
                pronouned.setdefault(norm_name(last), gender)
            last = None
    out = dict(titled)
    for name, gender in pronouned.items():
        out.setdefault(name, given_gender(name, given or {}) or gender)
    return out


def _surname_left_out(token: Token, surnames: dict[str, str]) -> bool:
    """A bare family name of a person the text names in full that the entity recogniser did not tag a person here
    ("Simcha Fisher ... The scales have fallen from Fisher’s eyes and now, at last, she sees": "Fisher" tagged an
    organisation): the person's mention all the same, for a pronoun after it to give her gender. Only a proper noun
    standing alone (no part of a longer name: "Fisher Price" is not her)."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN" or token.lower_ not in surnames:
        return False
    if token.dep_ in ("compound", "flat") or any(c.dep_ in ("compound", "flat") for c in token.children):
        return False
    return " " in surnames[token.lower_]


def person_inside(span: Span, lexicon: Lexicon) -> Span | None:
    """The person's name a longer phrase ends with: "Ukraine Kurt Volker", "special envoy Kurt Volker"."""
    for k, token in enumerate(span):
        if token.lower_ in lexicon.first_names and token.text[:1].isupper():
            tail = span[k:]
            while len(tail) and (tail[-1].is_punct or tail[-1].lower_ in ("'s", "’s")):
                tail = tail[:-1]
            if looks_like_person(list(tail), lexicon) and all(t.pos_ == "PROPN" for t in tail):
                return span[hyphened_start(span, k):tail.end - span.start]
    return None


_HYPHENS = frozenset({"-", "‐", "‑"})


def with_hyphened_tail(ent: Span) -> Span:
    """A person's name the entity recogniser cut at a hyphen: "Moon Jae" of "Moon Jae-in" (the tokenizer splits
    "Jae-in" at the hyphen). The part after a hyphen with no space around it belongs to the name when it is a
    syllable of a romanised given name (alphabetic, four letters at most: "Jae-in", "Geun-hye", "Ki-moon") right
    after a capitalised word; "Smith - a Democrat" (spaced) and a hyphened word of the phrase ("a Smith-led
    panel": a verb or adjective) do not."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end - 1].text[:1].isupper() \
            and doc[end + 1].pos_ not in ("VERB", "ADJ") and len(doc[end + 1]) <= 4:
        end += 2
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def hyphened_start(span: Span, k: int) -> int:
    """Where the given name at ``span[k]`` begins when it is the second half of a hyphened one: "Sui-Lee Wee",
    "Jean-Pierre Raffarin" (the tokenizer splits them at the hyphen; "Lee" and "Pierre" alone would garble the
    name). Capitalised parts joined by a hyphen with no space are one name; "Smith - Lee Wee" (spaced) is not."""
    start = k
    while start >= 2 and span[start - 1].text in _HYPHENS and not span[start - 1].whitespace_ \
            and not span[start - 2].whitespace_ and span[start - 2].text[:1].isupper() and span[start - 2].is_alpha:
        start -= 2
    return start


UNRESOLVED_KEY = None


def is_plural(token: Token) -> bool:
    """The noun's grammatical number as tagged: "physicians", "powers" (not "police")."""
    return token.tag_ in ("NNS", "NNPS")


def bare_name(text: str, roles: frozenset[str] = frozenset()) -> str:
    """A name without the title or role word before it, in grouping form: "Mr. Antonov" and
    "Cardinal Müller" are "antonov" and "müller", to be looked up among the surnames."""
    name = norm_name(TITLE.sub("", text.strip()))
    words = name.split()
    while len(words) >= 2 and words[0] in roles:
        words = words[1:]
    return " ".join(words)


