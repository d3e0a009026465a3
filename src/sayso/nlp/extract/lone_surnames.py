"""A lone capitalised word that speaks: a person's surname or a company's name? Pure predicates on the parse.

Wire copy names a person by the surname alone once the story has introduced them ("Wood said", "Conte said
yesterday"); a sentence read alone keeps only that word, and the small English model tags many such words ORG
("Anhalt", "Gehman") or reads one ending in "s" as a plural ("Powers", "Hollings": a group). Business news names
a company by one word just as often ("Ford said its sales fell", "Disney said"). ``surname_speaker`` says which
lone speakers are people, on the evidence a reader uses:

- the word is a surname of the 1990 US Census list (``census_surnames.txt``; "O'Keefe" is its "okeefe"), or an
  Irish or Scottish surname by its prefix ("O'Keefe", "McGreevey", "MacKenzie": ``celtic_surname``), or the
  sentence has a person's sign (a "he" or "she" subject, an "I" or "my" in it: "'I think ...,' Tauzin told
  reporters");
- and nothing in the sentence is a company's (``company_sign``: "Inc.", "shares", "the company", an "it" that
  does something, an "its" on a subject: "Ford said its sales fell"), and the word is no company named after its
  founder (``founder_companies.txt``: "Ford", "Morgan", "Hilton" are census surnames too), nor a city
  (``surname_places.txt``: "Trenton said the budget would balance").

``brand_speaker`` goes the other way for the few companies of that list that are seldom anyone's name: NER's
PERSON "Virgin" of "But Virgin wants to operate Concorde ..." is the airline.

What they keep: a name of two words or more (``looks_like_person`` and NER decide those), a name NER calls a
person (left to it), a word written all in capitals ("NIMA", "IBM": acronyms of bodies), a word with an article or
a modifier ("the Powers", "Wilson Sporting Goods"), and a word the text names a company by in full elsewhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sayso.corpus.identity import places
from sayso.nlp.extract.person_signs import firm_role_on_founder, honorific
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_list, read_words
from sayso.nlp.extract.sole_referents import sole_referent
from sayso.nlp.extract.source_types import ORG_NOUNS, opens_sentence

CENSUS_SURNAMES = read_words("census_surnames.txt")
# places a lone speaker names as their government ("Trenton said the budget would balance"), surnames all
SURNAME_PLACES = read_words("surname_places.txt")
_FOUNDER_ENTRIES = read_list("founder_companies.txt")
FOUNDER_COMPANIES = frozenset(e.split()[0].lower() for e in _FOUNDER_ENTRIES)
# the founder companies seldom anyone's name in news ("Virgin", "Pfizer"): a lone one is the company
BRANDS = frozenset(e.split()[0].lower() for e in _FOUNDER_ENTRIES if e.rstrip().endswith("*"))

# words of a company in the sentence: its legal form, its shares, the noun itself; not the plural "companies", which
# anyone speaks of ("Powers said ... users would rather pay companies like IBM")
COMPANY_WORDS = frozenset(
    "inc inc. corp corp. co co. ltd ltd. llc plc company firm shares share stock stocks shareholders "
    "shareholder stockholders investors earnings revenue revenues profit profits subsidiary subsidiaries "
    # its trade: what it sells, to whom, and the polls and ratings a pollster or rater publishes ("Campbell said
    # soup sales were flat", "Gallup said its poll ...", "Fitch cut the rating")
    "sales orders customers clients products rating ratings poll polls survey surveys".split())
# the patents a company licenses and sues over ("Rambus accused Infineon of patent infringement": audit 67 S53): a
# sign only outside what the speaker says, since lawyers, judges and inventors speak of patents too ("Lemley said
# patent trolls hurt small firms", "Tauzin said Rambus accused Infineon of patent infringement")
PATENT_WORDS = frozenset({"patent", "patents"})
# a company's things as a verb's object: jobs, plants, trips, a unit, shares ("it will close the plant")
COMPANY_OBJECTS = read_words("company_objects.txt")
# a person's sign: the subject pronouns of one person, and the first person singular of a quote
PERSON_SUBJECTS = frozenset({"he", "she"})
# a person's possessives on a person's relation, a sign only where nothing else before them could own it ("Fine said his
# client ...", "... said her husband ..."): no company has a client's lawyer, a wife or a son
PERSON_POSSESSIVES = frozenset({"his", "her"})
_RELATIONS = read_words("person_relations.txt") | frozenset(
    line.split()[0] for line in read_list("kin_nouns.txt") if line.split())
FIRST_SINGULAR = frozenset({"i", "my", "me", "myself"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _word(token: Token) -> str:
    low = token.lower_
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _census_word(token: Token) -> str:
    """The word as the census writes a surname: without its apostrophes ("O'Keefe" is "okeefe")."""
    return re.sub(r"['’]", "", _word(token))


# "O'Keefe", "O’Brien", "McGreevey", "MacKenzie", "D'Cunha", "D'Amato": a prefix and a capital after it (not "Macy",
# "Macintosh", "D'oh")
_CELTIC = re.compile(r"(?:[OD]['’]|Mc|Mac)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


# a Slavic, Georgian or Armenian surname by its ending: "Tikhonov", "Shadrina", "Lavrentyev", "Medvedchuk",
# "Tymoshenko", "Brzezinski", "Milosevic", "Saakashvili", "Pashinyan"; a capital and three letters at least before it
_EASTERN = re.compile(r"[A-Z][a-z]{3,}(?:ov|ova|ev|eva|yov|yova|sky|skiy|ski|ska|chuk|enko|vich|vic|shvili|dze|yan)")


def eastern_surname(token: Token) -> bool:
    """A surname by its ending, as a reader knows "Tikhonov" or "Tymoshenko" for a person's name though no census
    of American names lists it: Russian, Ukrainian, Polish, Serbian, Georgian, Armenian endings (``_EASTERN``). Not a
    word in capitals ("SOKOLOV" is a heading's), nor a short word ("Kiev", "Lvov": four letters at least before the
    ending), nor a country's or a state's name (``sayso.corpus.identity.places``: "Moldova"). Towns named after people
    ("Korolev", "Chekhov") stay surnames: a town alone seldom speaks; but not a town's name NER reads as a body or a
    place ("Craiova said": its club, NER's ORG), nor a company named after a founder ("Kaspersky said the malware
    ...", "Tupolev said the jet ...": ``founder_companies.txt``)."""
    low = token.lower_
    return (bool(_EASTERN.fullmatch(token.text)) and low not in places() and low not in SURNAME_PLACES
            and low not in FOUNDER_COMPANIES
            and not (low in PLACE_NAMES and token.ent_type_ in ("ORG", "GPE", "LOC")))


def celtic_surname(token: Token) -> bool:
    """A surname by its prefix: Irish or Scottish ("O'Keefe", "McGreevey", "MacKenzie": a capital after "O'", "Mc"
    or "Mac"), or Italian or Portuguese ("D'Cunha", "D'Amato": a capital after "D'"). Not "Macy" or "Macintosh" (no
    capital after it), nor a word in capitals ("MCI")."""
    return bool(_CELTIC.fullmatch(token.text))


def town_surname(token: Token) -> bool:
    """A census surname that names a town, not a country or a US state (``sayso.corpus.identity.places``): "Lansdowne",
    "Wilson", NER's GPE. Alone before "said" such a word is a person more often than the town's government, which news
    names as "the city" or "the town of ..."; the places whose bare name speaks for their government are
    ``surname_places.txt`` ("Trenton said", "Britain said": ``surname_speaker`` keeps their type), the countries and
    states are not towns ("Jordan said", "Georgia said")."""
    word = _census_word(token)
    return word in CENSUS_SURNAMES and token.lower_ in PLACE_NAMES and token.lower_ not in places()


def lone_name(head: Token, text: str, places: bool = False) -> bool:
    """The mention is one capitalised proper noun alone ("Wood", "Powers"): no article, no modifier, not written in
    capitals (an acronym), not a person by NER's reading, nor a place's (left to their own types; NER's GPE of a word
    no place bears is no place's: "Fischi said", ``place_names``; its NORP of one singular proper noun may be a
    surname: "Klitschko said", not "Republicans said"). The tagger reads
    a surname ending in "s" as a plural noun now and then ("'...,' Hollings said"): such a noun counts where it is
    capitalised mid-sentence, never where a sentence opens with it ("Powers said", "Farmers said"). With ``places``
    a place's name passes too ("Medina", NER's GPE): for a speaker who quotes himself (``quotes_self``); without, a
    town's that is a census surname does ("Lansdowne said": ``town_surname``)."""
    return (
        text.strip() == head.text
        and (head.pos_ == "PROPN" or celtic_surname(head)  # "D'Cunha said": the tagger's plural noun, a surname by its prefix
             or (head.tag_ == "NNS" and (not opens_sentence(head) or opening_surname(head))))
        and len(head.text) >= 3
        and head.text[:1].isupper()
        and not head.text.isupper()
        and (head.ent_type_ in ("", "ORG") or (head.ent_type_ == "GPE" and (
            places or head.lower_ not in PLACE_NAMES or town_surname(head)))
             or (head.ent_type_ == "NORP" and head.tag_ == "NNP"))
        and not any(c.dep_ in ("det", "compound", "amod", "poss", "nmod") for c in head.children)
    )


# nouns whose plural speaks as people or bodies: "Farmers said", "Banks said", "Sellers said" (a census surname too)
_SPEAKING_PLURALS = read_words("person_roles.txt") | read_words("person_nouns.txt") | ORG_NOUNS | read_words(
    "collective_nouns.txt") | read_words("bodies_of_people.txt")
_GROUP_PLURALS = read_words("groups.txt")
# census surnames that are plurals of people or teams' names: "Millers said the price of wheat ...", "Walkers said the
# trail was closed", "Eagles said the coach would stay"
_PEOPLE_PLURALS = frozenset(
    "millers walkers weavers dyers sawyers sowers knights lords dukes earls squires deans eagles bulls bruins browns "
    "rams suns".split())


def speaking_plural(head: Token) -> bool:
    """A plural noun of people or bodies, or of a group: "Farmers", "Banks", "Sellers" (``_SPEAKING_PLURALS``,
    ``groups.txt``)."""
    return head.lemma_.lower() in _SPEAKING_PLURALS or head.lower_ in _GROUP_PLURALS or head.lower_ in _SPEAKING_PLURALS


def opening_surname(head: Token) -> bool:
    """A plural noun opening its sentence that is a census surname whose common noun speaks for no one: "Powers said
    almost all supercomputer users ..." ("power" names no people: the surname), "Fields said", "Woods said". Not a
    plural of people or of bodies ("Farmers said", "Banks said": "bank" is a company's noun; "Sellers said":
    ``groups.txt``), nor one a "they" subject may stand for ("Powers said they would ..."; a "their" is the users' as often: "...
    would rather pay companies ... than build their own")."""
    lemma = head.lemma_.lower()
    return (head.dep_ in _SUBJECT_DEPS and _census_word(head) in CENSUS_SURNAMES
            and lemma not in _SPEAKING_PLURALS and head.lower_ not in _GROUP_PLURALS
            and head.lower_ not in _PEOPLE_PLURALS
            and not any(t.lower_ == "they" and t.dep_ in _SUBJECT_DEPS for t in head.sent))


def said_clauses(head: Token) -> set[Token]:
    """The verbs of what the speaker says: the cue's clausal complement ("Ford said its sales fell"), or the clause the
    cue is an aside to ("Its sales fell, Ford said")."""
    cue = head.head
    out = {c for c in cue.children if c.dep_ == "ccomp"}
    opening = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i < head.i and opening is not None and opening.is_punct:
        out.add(cue.head)  # "Its sales fell, Ford said": not "... can equal what WikiLeaks has done"
    return out


def company_sign(head: Token) -> bool:
    """A word of the sentence that makes a lone speaker a company: its legal form or its shares ("Inc.", "shares",
    "the company", "earnings"), an "it" that does something as the subject of what it says ("Secure Computing said
    it is acquiring ..."; not "it was the first time", nor an "it" of another clause: "... as one serving, while it
    actually contains 2.5"), or an "its" no noun subject before it could own ("Ford said its sales fell", "Putnam
    said the U.S. Attorney had subpoenaed its trading documents"; not "The plant plans to shut down its first
    shift", whose "its" is the plant's)."""
    said = said_clauses(head)
    said_words = {w.i for verb in said for w in verb.subtree}
    owner = False  # a common noun subject met so far: what a later "its" may belong to
    for t in head.sent:
        if t.lower_ in COMPANY_WORDS and t.pos_ in ("NOUN", "PROPN") and not in_other_name(t, head):
            return True
        if t.lower_ in PATENT_WORDS and t.pos_ in ("NOUN", "PROPN") and t.i not in said_words:
            return True
        if t.lower_ == "it" and t.dep_ in _SUBJECT_DEPS and t.head in said and t.head.lemma_ != "be" \
                and (not after_fronted_clause(t) or (does_company_things(t.head) and not fronted_thing(t))):
            return True
        if t.lower_ == "its" and not owner:
            return True
        owner = owner or (t.dep_ in _SUBJECT_DEPS and t.tag_ == "NN")
    return False


def in_other_name(token: Token, head: Token) -> bool:
    """A company's word that is part of another name NER found than the speaker's: the "Corp." of "Eddington told
    British Broadcasting Corp. television", the "Inc." of "Wood said Acme Inc. would ...": the other company's legal
    form, no sign of what the speaker is."""
    if token.ent_iob_ == "O" or not token.ent_type_:
        return False
    start, end = token.i, token.i + 1
    doc = token.doc
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not start <= head.i < end and end - start > 1


def after_fronted_clause(pronoun: Token) -> bool:
    """An "it" whose verb has a clause fronted before it: "If Walker appeals the ruling, it would stop the
    extradition": the "it" stands for what that clause tells of (the appeal), not for the speaker. ``company_sign``
    still counts such an "it" that does a company's thing (``does_company_things``): "If regulators approve the sale,
    it will close the plant, Deere said": no appeal or approval closes a plant, the company does; not where the
    clause's subject is a thing the "it" may stand for (``fronted_thing``: "If the tariff stays, it will cost jobs")."""
    return any(c.dep_ == "advcl" and c.i < pronoun.i for c in pronoun.head.children)


def fronted_thing(pronoun: Token) -> bool:
    """The fronted clause's subject is one thing the "it" may stand for: "If the tariff stays, it will cost 5,000
    jobs", "If the merger goes through, it will cut jobs", "If the union strikes, it will cancel flights": the tariff,
    the merger, the union, not the speaker (review rev75y). Not a plural ("If regulators approve the sale, it will
    close the plant, Deere said"), nor a person's name ("If Walker appeals ...")."""
    return any(t.dep_ in _SUBJECT_DEPS and t.tag_ in ("NN", "NNP") and t.ent_type_ != "PERSON"
               for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i for t in c.children)


def company_thing(noun: Token) -> bool:
    """A common noun of a company's things: jobs, plants, trips, a unit, shares (``company_objects.txt``)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in COMPANY_OBJECTS


def does_company_things(verb: Token) -> bool:
    """The verb's object is a company's thing, or a conjoined verb's is ("would close three plants and cut 1,500
    jobs"), or that of the verb it governs ("expects to close plants", "plans to cut jobs")."""
    verbs, k = [verb], 0
    while k < len(verbs) and len(verbs) < 8:
        verbs += [c for c in verbs[k].children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB"]
        k += 1
    return any(c.dep_ == "dobj" and company_thing(c) for v in verbs for c in v.children)


def person_sign(head: Token, possessive: bool = True) -> bool:
    """A sign in the sentence that a person speaks: a "he" or "she" subject of what the speaker says ("Soltes said
    she is likely to continue"; not a "he" of another clause, who may be anyone), an "I", "my" or "me" in what it
    says ("'I think ...,' Tauzin told reporters"; not the writer's "in my lifetime" around "what WikiLeaks has done
    in calling ..."), a courtesy title on the name ("Mr. Wood"), a "his" or "her" in what it says on a person's
    relation (a relative, a client, a lawyer: ``_RELATIONS``) that can stand for no one else (``sole_referents``:
    "Fine said his client would appeal"; not "Microsoft said his comments were wrong", whose "his" is anyone's the story
    named before the sentence, nor "The judge ruled. Fine said his client ...", the judge's). The pronouns count only
    where the name is the subject of the cue: "Trump told Newsmax that ... 'He lost ...'" says nothing of Newsmax."""
    if honorific(head):
        return True
    if head.dep_ not in _SUBJECT_DEPS:
        return False  # "Trump told Newsmax that ...": the words said are not the addressee's
    said = said_clauses(head)
    return speaks_as_one(head) or any(
        t.lower_ in PERSON_SUBJECTS and t.dep_ in _SUBJECT_DEPS and t.head in said for t in head.sent) or possessive and any(
        t.lower_ in PERSON_POSSESSIVES and t.dep_ == "poss" and t.head.lemma_.lower() in _RELATIONS
        and sole_referent(t, head) for verb in said for t in verb.subtree)


def speaks_as_one(head: Token) -> bool:
    """An "I", "my" or "me" in what the speaker (the cue's subject) says: "'I think ...,' Tauzin told reporters",
    "Bloomberg said, 'I didn't see either one today'". Not the writer's "in my lifetime" around another clause, nor
    the words told to an addressee ("Trump told Newsmax that ... 'my ...'")."""
    if head.dep_ not in _SUBJECT_DEPS:
        return False
    words = {t.i for verb in said_clauses(head) for t in verb.subtree}
    return any(t.lower_ in FIRST_SINGULAR and t.pos_ == "PRON" and t.i in words for t in head.sent)


# an opening and a closing mark of a quotation nested in another: "... 'I love it,' he told us ..."
_INNER_OPEN = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[]))['‘“\"]")
_INNER_CLOSE = re.compile(r"(?<=\S)['’”\"](?=[\s.,;:!?)\]]|$)")


def _nested(inner: str) -> bool:
    """Whether a quotation nested in the quoted words ``inner`` is open at their end (their last opening mark comes
    after their last closing one): the "I" after it is another's ("'As Jobs told us, \u2018I love it', ...")."""
    opens = [m.start() for m in _INNER_OPEN.finditer(inner)]
    closes = [m.start() for m in _INNER_CLOSE.finditer(inner)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def quotes_self(head: Token, said: tuple[int, int] | None, quotes: QuoteIndex) -> bool:
    """The speaker's statement (``said``, its content's offsets) is a direct quotation in which the speaker speaks of
    himself or herself in the first person singular: 'Medina issued the following statement: "The accusation that I
    misappropriated money ... is untrue"'. Counts an "I", "me", "my" or "myself" (a pronoun) inside the quotation
    that holds the content; not one in a quotation nested in it (another's words: 'Apple said: "As Jobs told us,
    \u2018I love it\u2019"'), nor a "My" that names a thing ("My iPhone": capitalised within the quotation), nor
    "we" ("Russia said: 'We will respond'"), nor words not quoted ("Texas said in a statement that I ...")."""
    if said is None:
        return False
    quote = quotes.containing(said[0]) or quotes.containing(said[0] + 1)
    if quote is None:
        return False  # the content starts outside a quotation: no direct one ('the plan was "my idea"')
    text = quotes.text
    for t in head.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand") or ():
        if t.lower_ not in FIRST_SINGULAR or t.pos_ != "PRON" or not quote.inner_start <= t.idx < quote.inner_end:
            continue
        if t.text[0].isupper() and t.lower_ != "i" and text[quote.inner_start:t.idx].strip():
            continue  # "the new My iPhone app": a thing's name
        if not _nested(text[quote.inner_start:t.idx]):
            return True
    return False


def named_as_body(head: Token) -> bool:
    """The text names a body by the word with more words elsewhere: "Wilson Sporting Goods ... Wilson said"."""
    doc = head.doc
    for t in doc:
        if t.i != head.i and t.text == head.text and t.ent_type_ == "ORG":
            start, end = t.i, t.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end - start > 1:
                return True
    return False


def surname_speaker(head: Token, text: str, own_quote: bool = False) -> bool:
    """A lone capitalised speaker that is a person's surname (see the module): "Wood said", "Powers said",
    "'I am happy to be here ...,' Wilson said"; not "Ford said its sales fell", "Disney said", "NIMA said".
    ``own_quote`` (``quotes_self``: the speaker's quoted words say "I") is a person's sign that reaches a place's
    name too ('Medina issued the following statement: "The accusation that I misappropriated ..."'): a place
    speaks as "we", never as "I"."""
    if own_quote and lone_name(head, text, places=True) and head.tag_ == "NNP":
        return not company_sign(head) and not named_as_body(head)
    if not lone_name(head, text) or _word(head) in SURNAME_PLACES:
        return False
    if company_sign(head) or named_as_body(head):
        return False
    if _word(head) in FOUNDER_COMPANIES:
        # the census is no evidence for a company's name ("Gallup said", "Campbell said soup sales were flat"); a
        # person's sign is ("Morgan said he was stunned", "'I was wrong,' Campbell said")
        # the possessive sign is too weak against a known company ("Boeing said his attorney ...": anyone's)
        return head.tag_ == "NNP" and person_sign(head, possessive=False)
    # a plural's reading ("Hollings") takes the census's word: "She says to Nevadans" has a person's sign
    # the possessive sign is too weak against NER's ORG of a word the census does not know ("Apple said his family
    # was safe": anyone's, review 67)
    return _census_word(head) in CENSUS_SURNAMES or celtic_surname(head) or eastern_surname(head) or (
        head.tag_ == "NNP" and person_sign(head, possessive=head.ent_type_ != "ORG"))


def placeless_speaker(head: Token, text: str) -> bool:
    """A lone capitalised word NER took for a place that no place list knows, as the subject of the cue: "Shadrin
    said Khodorkovsky's aircraft was approached ...", "'The idea ... is ridiculous,' Wyden said". NER reads many
    surnames it has not seen as places (its GPE), and ``place_names`` finds no place of that name; a place that
    speaks is its government, named by a country, a state or a city the lists know, and a company is most often
    NER's ORG. So a reader takes such a word saying something for a person's surname, whatever the census knows
    (it lists few Russian or rare surnames). Not a word with a company's sign in the sentence (``company_sign``:
    "Sendmail said it is acquiring ...", "... its shares"), nor one the text names a body by elsewhere, nor a
    company named after its founder, nor a place the lists know ("Moscow said", "Trenton said":
    ``surname_places.txt``), nor a word that is no subject ("according to Sendmail": a company as often), nor a
    name of more words ("New Haven"), nor an acronym ("NIMA")."""
    doc = head.doc
    word = _word(head)
    return (
        text.strip() == head.text
        and head.ent_type_ == "GPE" and head.ent_iob_ == "B"
        and not (head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I")
        and head.tag_ in ("NNP", "NN")
        and head.dep_ in _SUBJECT_DEPS and head.head.pos_ == "VERB"
        and len(head.text) >= 3 and head.text[:1].isupper() and not head.text.isupper() and head.is_alpha
        and word not in PLACE_NAMES and word not in places() and word not in SURNAME_PLACES
        and word not in FOUNDER_COMPANIES
        and not any(c.dep_ in ("det", "compound", "amod", "poss", "nmod") for c in head.children)
        and not company_sign(head) and not named_as_body(head)
    )


# a verb's forms that agree with a plural subject in the third person: "Politicos call", "they are", "have said"
_PLURAL_TAGS = frozenset({"VBP"})


def plural_agreement(head: Token, text: str) -> bool:
    """A lone capitalised word NER took for a person's name whose verb agrees with a plural: "Politicos call this
    the expectations game" (``VBP``: one person "calls"), "Insiders have said", "The Smiths say" (a family: "the"
    only on a plural proper noun): people, not one person. Only the cue's subject alone, with no word joined to it
    ("Smith and Jones say": ``joined_people``); not a verb in the past, which agrees with either ("Politicos said")."""
    plural_name = head.tag_ == "NNPS" and text.strip().lower() == f"the {head.lower_}"
    if (text.strip() != head.text and not plural_name) or head.pos_ != "PROPN" or head.dep_ not in _SUBJECT_DEPS \
            or not head.text[:1].isupper() or head.text.isupper() or not head.lower_.endswith("s"):
        return False
    if any(c.dep_ in ("conj", "cc", "compound", "poss") or (c.dep_ == "det" and not plural_name)
           for c in head.children):
        return False
    verb = head.head
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] or [verb]
    return finite[0].tag_ in _PLURAL_TAGS


def lone_demonym(head: Token, text: str, first_names: frozenset[str]) -> bool:
    """NER's NORP alone and singular that is the adjective of a place ("American" of America, "Russian" of Russia):
    a company short-named so ("American has laid off 6,149 flight attendants": the airline; audit 62, b62 S128),
    never a person, though the census has "American" as a surname. Not a given name ("Christian", "Norman"), a
    plural ("Americans said": a group), a word with an article or a modifier ("the American", "Mr. American"), nor
    a demonym of no place's name ("British", "Dutch": no person's reading is made of them here)."""
    low = _word(head)
    return (
        text.strip() == head.text
        and head.ent_type_ == "NORP"
        and head.tag_ == "NNP"
        and head.text[:1].isupper()
        and not head.text.isupper()
        and low.endswith("n")
        and low[:-1] in PLACE_NAMES
        and low not in first_names
        and not any(c.dep_ in ("det", "compound", "amod", "poss", "nmod") for c in head.children)
        and not person_sign(head)  # "Kenyan said he would run again", "'I'd have ...,' Cuban said": a person
    )


def brand_speaker(head: Token, text: str) -> bool:
    """NER's PERSON alone, or a word NER left out, that is a company seldom anyone's name ("But Virgin wants to
    operate Concorde ...", "Pfizer said the drug was safe"), with no person's sign in the sentence ("Mr. Virgin", "Virgin said he ...")."""
    return (text.strip() in (head.text, f"{head.text}'s", f"{head.text}’s") and head.pos_ == "PROPN"
            and head.ent_type_ in ("PERSON", "") and _word(head) in BRANDS and not person_sign(head))


# nouns of a company a name may be set beside: the organisation nouns, and a maker's or a carrier's
COMPANY_NOUNS = ORG_NOUNS | frozenset({"maker", "carrier", "producer", "supplier", "chain"})


def company_noun_on(head: Token) -> bool:
    """A company's noun compounded right onto a name NER took for a person's: "Network security products maker
    Secure Computing said ...", "the airline Virgin". Not a role of a person's a company noun qualifies ("company
    founder Bill Gates": "founder" is the name's word, "company" is its), nor a name with a courtesy title. A firm's
    role on one word of a company named as a surname is ("analyst Gartner said": ``firm_role_on_founder``)."""
    if firm_role_on_founder(head):
        return True
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or honorific(head):
        return False  # "Donald Trump's campaign manager": a person's noun, whatever noun qualifies it
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in COMPANY_NOUNS for c in head.children)


def founder_company_speaker(head: Token, text: str) -> bool:
    """A founder's company alone with a company's sign in the sentence, whatever NER made of it: "Cisco reported
    earnings of $987 million" (NER's GPE), "Dell said it expects revenue to grow", or a research firm's forecast
    (``forecast_sign``: "The market ... will reach $5 billion by 2005, Forrester predicted"). Not without the sign
    ("Ford said the talks would resume" may be a Ford), nor with a person's ("Ford said he ...")."""
    return (text.strip() == head.text and head.pos_ == "PROPN" and head.text[:1].isupper()
            and _word(head) in FOUNDER_COMPANIES and (company_sign(head) or forecast_sign(head))
            and not person_sign(head))


# verbs of a forecast: what a research firm does with a market's figures
_FORECAST_VERBS = frozenset({"predict", "forecast", "project", "estimate"})


def forecast_sign(head: Token) -> bool:
    """A forecast in money and years as what the speaker says: the speaker is the subject of a verb of forecasting
    and its words hold a sum of money and a date ("The market for such services will reach $5 billion by 2005,
    Forrester predicted"), as a research firm's are. A sign only for the founders' list (``founder_company_speaker``):
    anyone may forecast, so "Smith predicted" stays whoever Smith is; nor a forecast without a sum or a date
    ("Forrester predicted the market would grow")."""
    if head.dep_ not in _SUBJECT_DEPS or head.head.lemma_.lower() not in _FORECAST_VERBS:
        return False
    words = [t for verb in said_clauses(head) for t in verb.subtree]
    return any(t.ent_type_ == "MONEY" for t in words) and any(t.ent_type_ == "DATE" for t in words)


def outlet_named_person(head: Token, text: str) -> bool:
    """A lone name the outlets' list holds that a person bears, with a person's sign: a courtesy title ("Mr.
    Bloomberg") or an "I" in what it says ("Asked about the controversy, Bloomberg said, 'I didn't see either one
    today'": the mayor). Not "Bloomberg reported", "Bloomberg said its survey ...", nor a "he" in what it says
    ("Bloomberg reported he would resign": an outlet reports on a "he" as often as a person speaks of one)."""
    return (text.strip() == head.text and head.pos_ == "PROPN" and head.text[:1].isupper() and not head.text.isupper()
            and (honorific(head) or (_census_word(head) in CENSUS_SURNAMES and speaks_as_own_one(head)))
            and not company_sign(head))


def speaks_as_own_one(head: Token) -> bool:
    """An "I" of the speaker's own words: on the way up from it to what the speaker says, no verb with a noun subject
    of its own ("Politico said the senator told aides, 'I will not run'", "Bloomberg reported that the CEO told staff,
    'I am leaving'": the "I" is the senator's, the CEO's, whom the outlet reports)."""
    if head.dep_ not in _SUBJECT_DEPS:
        return False
    said = said_clauses(head)
    for t in head.sent:
        if t.lower_ not in FIRST_SINGULAR or t.pos_ != "PRON":
            continue
        node = t
        while node.head is not node and node is not head.head:
            node = node.head
            if any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and c is not head for c in node.children):
                break
            if node in said:
                return True
    return False
