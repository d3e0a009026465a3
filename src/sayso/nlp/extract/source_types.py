"""What kind of speaker a mention names: pure functions of the parse and the lexicons.

``source_type`` types one noun phrase (person, organization, outlet, government, group,
anonymous, author, unknown); ``appositions`` finds the role nouns put beside a name
("Heather Nauert, the State Department spokesperson"), which ``source_context`` keeps for ``source_roles``
to link a later "the spokesperson" back to her.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.affiliations import affiliated_person
from sayso.nlp.extract.civil_councils import civil_council
from sayso.nlp.extract.closing_speakers import subject_before_closing_cue
from sayso.nlp.extract.court_reports import court_file
from sayso.nlp.extract.datelines import line_dateline
from sayso.nlp.extract.family_plurals import family_plural
from sayso.nlp.extract.fronted_phrases import without_fronted_phrase
from sayso.nlp.extract.inverted_asides import speaker_read_as_apposition
from sayso.nlp.extract.inverted_cues import without_lead_in, without_trailing_verb
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.mixed_coordinations import body_with_people
from sayso.nlp.extract.offices import holders_office, office_body
from sayso.nlp.extract.person_signs import after_the, aged_noun, honorific, role_noun_on_name, saint, stated_age
from sayso.nlp.extract.place_ended_bodies import body_ending_in_place
from sayso.nlp.extract.place_names import PLACE_NAMES, unplaced_gpe
from sayso.nlp.extract.press_names import press_named
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.respondent_shares import share_of_people
from sayso.nlp.extract.run_in_headings import without_heading
from sayso.nlp.extract.split_names import with_company_before

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# a person as a verb's object: "told him", "asked them", "warned us"
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
# a third person as the subject who speaks: "he said", "they told" ("it" is a thing's or a body's)
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})
AUTHOR_PRONOUNS = frozenset({"we", "i", "us", "me", "our"})
OUTLET_NOUNS = read_words("outlet_nouns.txt")
ORG_NOUNS = read_words("organisation_nouns.txt")
TRADE_COMPANY_NOUNS = read_words("trade_company_nouns.txt")
OUTLET_PATTERN = re.compile(
    r"\b(News|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Telegraph|Guardian|Chronicle|"
    r"Observer|Review|Magazine|Press|Radio|TV|Television|Broadcasting|Report|Examiner|Insider|Today)\b"
)
# a broadcaster's call sign with its channel: "KENS 5", "WXYZ-TV" (not "WHO", "WADA": no channel)
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?: \d{1,2}|-TV)")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "government", "NORP": "group"}


def proper_tokens(doc: Doc, start: int, end: int, *, strict: bool = False) -> list[Token]:
    """Proper nouns of the phrase; ``strict`` keeps only names of people and organizations."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if span is None:
        return []
    if strict:
        return [t for t in span if t.ent_type_ in ("PERSON", "ORG")]
    return [t for t in span if t.pos_ == "PROPN"]


def entity_at(doc: Doc, token: Token) -> Span | None:
    """The name entity (person, organization, place, group) the token is part of.

    Read off the tokens' IOB tags, not ``doc.ents``: that property builds a new tuple of every
    entity on each access, which made long documents quadratic.
    """
    if token.ent_iob_ == "O" or token.ent_type_ not in NAME_LABELS:
        return None
    # "Loomer Tweeted": NER ran the verb into the name; "Best Overall Sony": a page's heading ran into it
    ent = without_heading(without_trailing_verb(_entity_span(doc, token.i)))
    ent = without_fronted_phrase(ent, token)  # "To the frightened Burns, Richardson said": Richardson
    ent = with_company_before(ent)  # "Sony Ericsson": NER's company "Sony" and person "Ericsson"
    return ent if ent.start <= token.i < ent.end else None


def _entity_span(doc: Doc, i: int) -> Span:
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type_)


def np_entity(doc: Doc, start: int, end: int, head: Token) -> Span | None:
    """The named entity of the mention: on its head, else the last one inside it."""
    ent = entity_at(doc, head)
    if ent is not None:
        return without_lead_in(ent)  # "Said Smith: “…”": NER runs the lead verb into the name
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(span):
        if token.ent_iob_ == "B" and token.ent_type_ in ENTITY_TYPES:
            ent = _entity_span(doc, token.i)
            if ent.start_char >= start and ent.end_char <= end:
                return ent
    return None


@cache
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


_SURNAMES = read_words("census_surnames.txt")


@cache
def _government_pattern(phrases: tuple[str, ...], first_names: frozenset[str]) -> re.Pattern[str]:
    alts = sorted(phrases, key=len, reverse=True)
    # an acronym that is also a person's name matches only in capitals: "the DEA said", not "Dea said" (a person);
    # any other stays case-blind, as British style writes an acronym said as a word ("Osha", "Nhtsa") and a title-cased
    # headline writes them all so ("Fbi Says Suspect Fled")
    cased = [f"(?-i:{re.escape(p)})" if p.isupper() and (p.lower() in first_names or p.lower() in _SURNAMES)
             else re.escape(p) for p in alts]
    return re.compile(r"(?<![\w-])(?:" + "|".join(cased) + r")(?![\w-])", re.IGNORECASE)


def government_regex(lexicon: Lexicon) -> re.Pattern[str]:
    """A government's word or name of ``governments.txt`` inside a phrase: case-blind, but an acronym the list writes
    in capitals that is also a given name or a surname the lists know only in capitals ("the DEA", "DEA agents"; not
    "Dea said"). "Osha said", "the Fbi" stay the agencies."""
    return _government_pattern(lexicon.governments, lexicon.first_names)


@cache
def _outlet_pattern(outlets: tuple[str, ...]) -> re.Pattern[str]:
    names = {re.sub(r"^the\s+", "", o, flags=re.IGNORECASE) for o in outlets}
    names |= {n.upper() for n in names if " " in n}  # "USA TODAY": a name of words written in capitals
    alts = sorted((re.escape(n) for n in names), key=len, reverse=True)
    # case-sensitive: "the Economist" is an outlet, "the economist" a person
    return re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:" + "|".join(alts) + r")(?![\w-])")


def outlet_regex(lexicon: Lexicon) -> re.Pattern[str]:
    return _outlet_pattern(lexicon.outlets)


# a capitalised word after a name: the name runs on ("Atlantic Coast", "Hill Country"); so does "of" and a capitalised
# word ("Nation of Islam": a body whose name opens with an outlet's word)
_NAME_RUNS_ON = re.compile(r"[ \t]+((?:of[ \t]+)?[A-Z][\w&'’.-]*)")
# an outlet's own editions and sections, its word run on into a place's or one of these: "Politico Europe",
# "Interfax Ukraine", "Reuters Breakingviews", "Bloomberg Politics", "HuffPost Pollster" stay the outlet
_OUTLET_EDITIONS = frozenset(
    "politics pollster opinion breakingviews businessweek pro plus live health law tax markets wire sport sports "
    "money technology tech edition".split())


def _outlet_edition(word: str) -> bool:
    """The word after an outlet's one word that keeps it the outlet: an acronym ("HuffPost UK"), a place's name that
    is no body's noun ("Politico Europe", not "Florida Atlantic University"), an edition's or a section's word
    ("Reuters Breakingviews", "HuffPost Pollster's")."""
    low = re.sub(r"['’]s$", "", word).lower()
    return word.isupper() or low in _OUTLET_EDITIONS or (
        low in PLACE_NAMES and low not in ORG_NOUNS and low not in BODY_HEADS and low not in _INSTITUTION_WORDS)


def outlet_named_in(text: str, lexicon: Lexicon) -> bool:
    """An outlet of the list named in ``text``. Not a one-word outlet in title case whose name runs on into another
    capitalised word ("Atlantic Coast", "Atlantic Coast Airlines", "Economist Intelligence Unit": another body whose
    name opens with the outlet's word), or into "of" and one ("Nation of Islam"); an acronym ("BBC World Service", "CNN International") or a run into an outlet's
    word ("Guardian News", ``OUTLET_PATTERN``), a place's or an acronym ("Politico Europe", "HuffPost UK") or an
    edition's or a section's word ("Bloomberg Politics", "Reuters Breakingviews": ``_OUTLET_EDITIONS``) still names
    the outlet."""
    for m in outlet_regex(lexicon).finditer(text):
        word = re.sub(r"^[Tt]he\s+", "", m.group())
        after = _NAME_RUNS_ON.match(text, m.end())
        if (after is not None and " " not in word and not word.isupper()
                and ((after.group(1)[2:].strip().lower() not in PLACE_NAMES) if after.group(1).startswith("of") else (
                    not OUTLET_PATTERN.fullmatch(after.group(1)) and not outlet_regex(lexicon).match(after.group(1))
                    and not _outlet_edition(after.group(1))))):
            continue
        return True
    return False


# where people post: companies, whatever label NER gives them
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "gab", "parler"})

ORG_SUFFIXES = frozenset(
    "productions inc inc. corp corp. corporation co co. company group llc ltd ltd. media records entertainment partners "
    "associates holdings foundation institute university college bank airlines studios network networks "
    "motors electric mills dynamics industries systems technologies pharmaceuticals laboratories".split()
)


# a company's legal form written after its name, as written (case matters: "AG" ends "Siemens AG", never a
# person's name; "Ag" or "sa" are words): "Grant Thornton SpA", "Deutsche Bank AG", "Royal Dutch Shell plc",
# "Baker McKenzie LLP". A name it ends is a company's, whatever given name opens it.
LEGAL_FORMS = frozenset(
    "SpA S.p.A. AG GmbH KGaA NV N.V. BV B.V. SA S.A. SAS S.A.S. Srl S.r.l. SARL Sarl plc PLC Plc LLP L.L.P. LLC "
    "L.L.C. LP L.P. Inc Inc. Corp Corp. Ltd Ltd. Pty Oyj ASA AB A/S ApS SE PJSC OJSC JSC Bhd Tbk".split())


# a company's word that ends its name, whatever label NER gives the whole: "Mondelez International", "Acme Holdings"
COMPANY_END_WORDS = frozenset("international inc inc. corp corp. corporation group holdings co co. company".split())


def company_ended(ent: Span) -> bool:
    """NER's place (GPE) of two words or more whose last is a company's (``COMPANY_END_WORDS``) or a legal form:
    "Mondelez International", "Sinai Holdings", "Texas Instruments Inc.": a company, not the government a place's
    label reads as. Not a name of one word, nor NER's ORG or PERSON (their own readings decide)."""
    words = [t for t in ent if not t.is_punct or t.text in LEGAL_FORMS]
    return (ent.label_ == "GPE" and len(words) >= 2 and words[-1].text[:1].isupper()
            and (words[-1].lower_ in COMPANY_END_WORDS or legal_form_ended(ent)))


def legal_form_ended(tokens: Sequence[Token]) -> bool:
    """A name of two words or more that ends in a company's legal form (``LEGAL_FORMS``): "Grant Thornton SpA",
    "Siemens AG", "Baker McKenzie LLP". Not the form alone ("AG" of "The AG said": an attorney general), nor a
    form in lower case ("the Thornton spa"), nor a title's acronym after a place ("Missouri AG": its attorney
    general, ``TITLE_ACRONYMS``)."""
    words = [t for t in tokens if not t.is_punct or t.text in LEGAL_FORMS]
    if len(words) < 2 or words[-1].text not in LEGAL_FORMS or not words[-2].text[:1].isupper():
        return False
    return not (words[-1].lower_ in TITLE_ACRONYMS and (words[-2].ent_type_ in ("GPE", "NORP", "LOC")
                                                        or words[-2].lower_ in PLACE_NAMES))


# company and place words no surname is: a given name before one names no person ("Virginia Tech",
# "Shelby County", "Tyson Foods"); "Cheryl Mills" and "Tom Bank" keep the other ORG_SUFFIXES as surnames
_NEVER_SURNAMES = (ORG_SUFFIXES - {"mills", "bank", "group", "media", "network"}) | frozenset(
    "tech county city foods accords convention conventions".split())


def looks_like_person(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "Laura Post", "Anatoly Antonov": a known given name opening 2-4 capitalised words.

    Not "Dick Clark Productions" or "Ben Johnson Group": a company word ends it. Not a body named after
    a person the lexicon knows ("Morgan Stanley", "John Deere": ``person_named_bodies.txt``). Not a firm's
    partners joined by an ampersand ("Ernst & Young", "Simon & Schuster"): people are joined by "and".
    """
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return (
        not any(t.text == "&" for t in tokens)
        and not legal_form_ended(tokens)
        and 2 <= len(words) <= 4
        and (words[-1].lower_ not in ORG_SUFFIXES or len(words) == 2)
        and not person_named_body(words, lexicon)
        and words[0].lower_ in lexicon.first_names
        and all(t.text[:1].isupper() or t.lower_ in ("de", "van", "von", "al", "bin", "da") for t in words)  # "McCormick"
    )


# words of a body a person's title may stand beside: "the Attorney General's Office", "Bishops Conference"
_INSTITUTION_WORDS = frozenset(
    "office department ministry agency bureau commission committee council court house senate embassy mission "
    "service administration board authority church conference congregation fund school university hospital "
    "center centre league party".split()
)


def titled_office(ent: Span, lexicon: Lexicon) -> bool:
    """NER's ORG that is one person by title: an office ("The Pope", "the Attorney General", "Defense
    Secretary", "the AG": ``TITLE_ACRONYMS``), or a title before a person's name ("Patriarch Gregory III"). Not a body named with a
    title word ("the Attorney General's Office", "General Motors", "the Italian Bishops Conference")."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    if not words or len(words) > 6 or legal_form_ended(ent):
        return False  # "Siemens AG": a company's legal form, not an attorney general
    if any(w.lower_ in ORG_SUFFIXES or w.lower_ in ORG_NOUNS or w.lower_ in _INSTITUTION_WORDS for w in words):
        return False
    last = words[-1]
    if len(words) <= 3 and (last.lower_ in lexicon.person_roles or (last.lower_ in TITLE_ACRONYMS and last.is_upper)) \
            and last.tag_ in ("NN", "NNP"):
        return True  # "The Pope", "Defense Secretary", NER's ORG "AG" of "The AG said"
    return any(w.lower_ in lexicon.person_roles and w.text[:1].isupper() and looks_like_person(words[k + 1:], lexicon)
               for k, w in enumerate(words[:-2]))


def entity_type(ent: Span, lexicon: Lexicon) -> str:
    """The source type of a named entity as it stands in the text (no context)."""
    typ = ENTITY_TYPES[ent.label_]
    if unplaced_gpe(ent, lexicon.governments):
        typ = "organization"  # NER's GPE "Fischi", "Sendmail": a place only by a place's name (``place_names``)
    if company_ended(ent):
        typ = "organization"  # NER's GPE "Mondelez International": a company's word ends the name
    if press_named(ent.root) or press_named(ent[-1]):
        return "outlet"  # NER's PERSON "Dawn" of "Pakistan's Dawn newspaper"
    if stated_age(ent) or (ent.label_ != "GPE" and saint(ent, lexicon.first_names)):
        return "person"  # NER's GPE "Trenton" of "Trenton, 7, said", its ORG "St. Paul" (not the city, a GPE)
    if after_the(ent):
        return "unknown"  # NER's PERSON "Schools" of "the Bible in the Schools program": no one a "she" stands for
    if person_of_possessor(ent, lexicon):
        return "person"  # NER's ORG "Commentary’s Noah Rothman": the magazine's writer
    if ent.text.lower() in PLATFORMS or possessed_person(ent):
        # NER's PERSON "Twitter" of "Trump wrote on Twitter", "John Allen’s Crux" (his outlet): no "he"
        return "organization"
    if looks_like_person(list(ent), lexicon) and not OUTLET_PATTERN.fullmatch(ent.text):
        return "person"
    if typ == "organization" and titled_office(ent, lexicon):
        return "person"  # NER's ORG "The Pope", "Patriarch Gregory III"
    if typ == "person" and any(t.lower_ in ORG_SUFFIXES for t in ent[1:]) and not _given_and_surname(ent, lexicon):
        typ = "organization"  # NER's "Dick Clark Productions", "John Paul II Institute for Studies" (PERSON) are bodies
    if typ == "person" and (person_named_body(ent, lexicon) or legal_form_ended(ent)):
        typ = "organization"  # NER's PERSON "John Deere", "Virginia Tech", "Grant Thornton SpA"
    if typ == "organization" and (outlet_named_in(ent.text, lexicon) or OUTLET_PATTERN.search(ent.text)):
        return "outlet"
    return typ


def person_named_body(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A body whose name a person's could be mistaken for: one named after people ("John Deere", "Morgan
    Stanley": ``person_named_bodies.txt``) or ending in a company or place word no surname is ("Virginia Tech")."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return len(words) >= 2 and (words[-1].lower_ in _NEVER_SURNAMES
                                or " ".join(w.lower_ for w in words) in lexicon.person_named_bodies)


def named_after_person(named: Token) -> bool:
    """A proper name whose head is no person but whose modifier is one: "Reagan Justice Dept" (the parse's apposition
    of "his attorney" where a line break cut "official" off), "the Obama administration", "the Clinton Foundation".
    "Victoria Toensing" (a PERSON head) and "Justice Dept" (no person in it) are not."""
    return named.pos_ == "PROPN" and named.ent_type_ != "PERSON" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in named.children)


def body_named_as_person(ent: Span, lexicon: Lexicon) -> bool:
    """NER's PERSON that names a body: a company word ends it ("Dick Clark Productions") or the body is named after
    a person ("John Deere", ``person_named_body``), or a legal form ends it ("Grant Thornton SpA": ``LEGAL_FORMS``)."""
    return ent[-1].lower_ in ORG_SUFFIXES or person_named_body(ent, lexicon) or legal_form_ended(ent)


def _given_and_surname(ent: Span, lexicon: Lexicon) -> bool:
    """ "Cheryl Mills": a known given name and one more word, which a company's word ("Mills", "Banks") can be."""
    return len(ent) == 2 and ent[0].lower_ in lexicon.first_names and ent[0].text[:1].isupper()


def source_type(doc: Doc, start: int, end: int, head: Token, lexicon: Lexicon, quotes: QuoteIndex) -> str:
    """One of person, organization, outlet, government, group, anonymous, author, unknown.

    A named entity decides when the phrase's head word is part of it ("Anatoly Antonov",
    "the State Department"); otherwise the head word does ("Two US officials" are
    anonymous, "mainstream US pundits" a group, "commentators in Moscow" no government). A body joined to
    private people is a group ("police and neighbours said": ``mixed_coordinations``).
    """
    typ = _phrase_type(doc, start, end, head, lexicon, quotes)
    if typ in ("government", "organization") and body_with_people(head, lexicon):
        return "group"
    return typ


def _phrase_type(doc: Doc, start: int, end: int, head: Token, lexicon: Lexicon, quotes: QuoteIndex) -> str:
    full = quotes.text
    text = full[start:end]
    low = head.lower_
    lemma = head.lemma_.lower()
    if low in AUTHOR_PRONOUNS and head.pos_ == "PRON" and not head.is_upper:  # "The US" is not "us"
        in_q = quotes.containing(head.idx) is not None
        return "unknown" if in_q else "author"
    if text.lower() in ("this reporter", "this writer", "this newspaper", "this publication", "the author"):
        return "author"
    if share_of_people(text, head):
        return "group"  # "nine in 10 said", after "four out of 10 voters": that many of the people counted
    if head.pos_ == "PROPN" and (honorific(head) or apposed_role(head, lexicon.person_roles)
                                 or titled(head, lexicon.person_roles)
                                 or personal_relative(head) or title_before_name(head)
                                 or role_set_beside_name(head, lexicon.person_roles) or affiliated_person(head)
                                 or (role_noun_on_name(head, lexicon.person_roles) and not person_named_body(
                                     [t for t in head.lefts if t.pos_ == "PROPN"] + [head], lexicon))):
        # "Eswar Prasad, a trade professor at Cornell", "Cardinal Reinhard Marx", "IBM spokesperson Trink Guarino",
        # whatever NER made of the name
        return "person"
    if head.pos_ in ("NUM", "NOUN", "PRON") and apposed_person_name(head, start, end, lexicon):
        return "person"  # "One of the university's top executives, Michael Sexton, testified": the man named
    core = full[start:head.idx + len(head)]  # the phrase up to its head word
    bare = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    if outlet_regex(lexicon).fullmatch(bare) or outlet_regex(lexicon).fullmatch(text) or CALL_SIGN.fullmatch(bare):
        return "outlet"
    if press_named(head):
        return "outlet"  # "Dawn, a Pakistani daily": whatever NER made of the name
    if head.pos_ == "PROPN" and family_plural(head):
        return "group"  # "the Ebelings" after "Betsy Ebeling": a family, not NER's organization
    ent = entity_at(doc, head)
    if ent is not None and body_ending_in_place(head, ent):
        return "organization"  # "Cancer Research UK": NER's GPE "UK" is the name's last word, not the speaker
    if ent is not None and one_unnamed_member(head, ent):
        return "anonymous"  # "said a Republican who attended but did not want to be named": one person, no name
    if ent is not None:
        return _named_type(ent, lexicon)
    head_end = head.idx + len(head)
    span = doc.char_span(start, head_end, alignment_mode="expand") if start < head_end else None
    if span is not None and looks_like_person([t for t in span if t.pos_ == "PROPN"], lexicon) and head.pos_ == "PROPN":
        return "person"
    if lemma in lexicon.anonymous or low in lexicon.anonymous:
        return "anonymous"  # "Two US officials", "a senior European diplomat", "sources close to"
    if head.tag_ == "NN" and person_noun(head, lexicon) and not outlet_regex(lexicon).fullmatch(bare):
        return "person"  # "a career Army officer", "the newspaper's editor", "a government employee": not the institution
    if (head.tag_ == "NN" and head.pos_ == "NOUN" and lemma in lexicon.kin_genders) or aged_noun(head):
        return "person"  # "his aunt said", "The 56-year-old said": a relative, an age for a person met before
    if held_title(head, lexicon.person_roles):
        return "person"  # "a US Army Colonel", "a senior Labour MP", "the former Chairman of the Democratic Caucus"
    if court_file(head):
        return "unknown"  # "court documents reported by The Post", "court filings show": the filers' words, no court's
    if lemma == "paper" and document_paper(head):
        return "unknown"  # "a paper published in Nature", "court papers", "the paper explains" after "a white paper"
    if (lemma in OUTLET_NOUNS and not _government_agency(lemma, core)) or outlet_named_in(core, lexicon) \
            or state_media(head) or joint_outlets(head, lexicon):
        return "outlet"
    if government_regex(lexicon).search(core):
        if civil_council(text, government_regex(lexicon)):
            return "organization"  # "the church council", "the student council": citizens', no state's
        return "government"
    if low in PERSON_PRONOUNS:
        return "person"  # "he"
    if head.tag_ == "NN" and lemma in lexicon.collective_nouns:
        return "group"  # "the crowd", "her team", "the Apollo 10 crew"
    if head.tag_ in ("NNS", "NNPS") and (low in lexicon.groups or lemma + "s" in lexicon.groups):
        return "group"
    if (lemma in lexicon.documents or lemma in lexicon.measurements or low in lexicon.measurements) and head.pos_ == "NOUN":
        return "unknown"  # "credible reports", "the statements", "official data": writings and figures, no group of people
    if document_word(head, lexicon):
        return "unknown"  # "Statistics from the state show", "Findings suggest", "Records show": a document's figures
    if people_in_group(head, lexicon):
        return "group"  # "A group of investors wants ...": the people, no body
    if head.tag_ == "NN" and lemma in _LOCAL_GOVERNMENTS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ in ("amod", "compound") for c in head.children):
        return "government"  # "The city said", "the county said", "The town of Lansdowne said": its government
    office = holders_office(head, lexicon.person_roles)
    if office is not None:
        return office  # "His office said" (a governor's), "the prosecutor's office": the staff that speaks, a body
    if lemma in ORG_NOUNS or company_by_trade(head):
        return "organization"  # "the company", "The chipmaker said", "the Cupertino maker said"
    if head.tag_ in ("NNS", "NNPS"):
        return "group"
    if head.pos_ == "PROPN":
        if person_cut_short(head, lexicon.person_roles | lexicon.person_nouns):
            return "person"  # "Braz de'Aviz", NER's PERSON "Braz" and a "de'Aviz" it left out
        if OUTLET_PATTERN.search(core) and len(core.split()) > 1:
            return "outlet"  # "E! News", "The Dallas Morning News" where NER saw no name
        if (low in lexicon.person_roles or (low in TITLE_ACRONYMS and head.is_upper)) and head.text[:1].isupper() and (
                len(bare.split()) == 1 or titled_role(head, bare)):
            return "person"  # "The Pope lamented", "the Chancellor said", "The Opposition Leader said", "the AG said",
            # "The US President wants": a title for its holder
        if len(core.split()) == 1 and low in PLATFORMS:
            return "organization"  # "Twitter pledged to ...", a platform NER left untagged: the company
        if len(core.split()) == 1 and body_acronym(head, lexicon.first_names, lexicon.person_roles):
            return "organization"  # "According to WHO, ...": an acronym NER left untagged is a body's
        return "organization" if len(core.split()) > 1 else "unknown"
    return "unknown"


# crafts and callings a person makes things in: "the film maker", "a policy maker" are people, not companies
_PERSON_MAKERS = frozenset(
    "film movie documentary policy decision deal peace trouble match king rain home law cabinet dress shoe".split())


# a person's rank in a trade: "the head brewer", "the master distiller" are people (review rev75y)
_PERSON_TRADE_TITLES = frozenset({"head", "master", "chief", "assistant", "apprentice"})


def apposed_person_name(head: Token, start: int, end: int, lexicon: Lexicon) -> bool:
    """The phrase's common head (a number, a noun, a pronoun) has a person's name set beside it, inside the mention:
    "One of the university's top executives, Michael Sexton, testified", "One of his aides, Sarah Jones, said",
    "a lawyer for the family, Ben Crump, said". The apposition names the one who speaks, so the phrase is a person,
    whatever its head reads as alone. The name is NER's PERSON or a known given name and a surname
    (``looks_like_person``), of one person: not two joined ("Two of the lawyers, Peter Wolff and Ann Lee": a group
    its own readings decide), nor a body's name ("One of the groups, Greenpeace"), nor a name outside the mention."""
    doc = head.doc
    for c in head.children:
        if c.dep_ != "appos" or c.pos_ != "PROPN" or not (start <= c.idx and c.idx + len(c) <= end):
            continue
        if any(g.dep_ == "conj" for g in c.children):
            return False
        ent = entity_at(doc, c)
        name = [t for t in c.subtree if t.pos_ == "PROPN" and (t.dep_ in ("compound", "flat") or t == c)]
        if (ent is not None and ent.label_ == "PERSON" and not body_named_as_person(ent, lexicon)) or (
                ent is None and looks_like_person(name, lexicon)):
            return True
    return False


def company_by_trade(head: Token) -> bool:
    """A singular common noun of a company's trade heads the phrase (``trade_company_nouns.txt``): "The chipmaker
    said", "the insurer said claims rose", "the Cupertino maker said", "the software maker". Not a capitalised word
    (a surname: "Brewer said"), a plural ("insurers": a group), nor a maker of a person's craft ("the film maker",
    "a policy maker": ``_PERSON_MAKERS``), a rank of a person in the trade ("the head brewer", "the master distiller")
    nor one a "he" or "she" of what it says stands for (``person_sign``: "The jewellery maker said she sold most of
    her rings online", "A furniture maker said he had laid off two workers"; review rev75y)."""
    from sayso.nlp.extract.lone_surnames import person_sign  # lone_surnames -> this module at import

    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma not in TRADE_COMPANY_NOUNS:
        return False
    mods = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    if mods & _PERSON_TRADE_TITLES or (lemma == "maker" and mods & _PERSON_MAKERS):
        return False  # "the head brewer", "the master distiller", "the film maker"
    return not person_sign(head)  # "The jewellery maker said she sold ...", "A furniture maker said he had ..."


# what joins the outlets of a joint poll's name: "Washington Post-ABC News", "NBC News/Wall Street Journal"
_JOINT = re.compile(r"\s*[-/]\s*")


def joint_outlets(head: Token, lexicon: Lexicon) -> bool:
    """A poll or a survey of outlets that run it together, their names joined by a hyphen or a slash and compounded on
    the head: "a Washington Post-ABC News survey", "the latest CBS-New York Times poll" is the outlets', never the
    government a place's word in one of them ("Washington", "New York") reads as. Every part must be an outlet of the
    list on its own (``outlets.txt``): not "a Quinnipiac-Marist poll" (no outlets), nor "a CNN-backed group", nor "a
    Washington Post-Schar School poll" (a school is no outlet: left to the other readings)."""
    run = []
    for token in reversed(head.doc[head.left_edge.i:head.i]):
        if not (token.pos_ == "PROPN" or (token.text in ("-", "/") and run)):
            break
        run.insert(0, token)
    if not run or run[0].text in ("-", "/"):
        return False
    text = head.doc[run[0].i:run[-1].i + 1].text
    parts = _JOINT.split(text)
    return len(parts) >= 2 and all(outlet_regex(lexicon).fullmatch(part) for part in parts)


# what marks the press a state runs: "state media", "state-run television", "official media"
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled", "government-run", "official"})
# the press as a noun of its medium: "media", "television", "TV", "radio"
_MEDIUM_NOUNS = frozenset({"media", "television", "tv", "radio"})


def state_media(head: Token) -> bool:
    """The press a state runs as the speaker: "State media said", "Iranian state television reported", "state-run
    media said", "official media said": an outlet, whose reporters speak for it. Not "media" alone ("the media said":
    the press at large, ``groups.txt``), nor a state's other organs ("state officials", "the state department")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in _MEDIUM_NOUNS:
        return False
    words = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "npadvmod")}
    words |= {"-".join(t.lower_ for t in c.subtree if t.text != "-") for c in head.lefts if c.dep_ in ("amod", "compound")}
    return bool(words & _STATE_WORDS)


# figures and findings a source phrase may be headed by: a document's, never a group of people's
FINDING_NOUNS = read_words("finding_nouns.txt")


def document_word(head: Token, lexicon: Lexicon) -> bool:
    """A plain noun of figures or findings ("Statistics from the state show", "Projections suggest", "the results
    indicate": ``finding_nouns.txt``), or a document's noun the tagger took for a name where the sentence opens with
    it ("Records show ...", "Findings suggest ...", a capital of position only): what a document shows. Not a name
    NER found ("Reports" of "Consumer Reports"), nor a word inside one ("Results Inc."), nor a capitalised one
    mid-sentence (a title: "the Findings committee")."""
    low = head.lower_
    if head.pos_ == "NOUN":
        return low in FINDING_NOUNS
    return (head.pos_ == "PROPN" and not head.ent_type_ and head.text[:1].isupper() and not head.is_upper
            and (low in FINDING_NOUNS or low in lexicon.documents) and opens_sentence(head)
            and not any(c.dep_ in ("compound", "amod", "det", "poss") for c in head.lefts))


def opens_sentence(token: Token) -> bool:
    """Only punctuation or space stands before the token in its sentence."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start:token.i])


# plurals of bodies a "group of" may gather: "a group of companies", "a group of nations", "a group of lenders",
# "a group of hospitals" stays a body's noun (banks, insurers, schools: no people speaking for themselves)
_BODY_PLURALS = frozenset({
    "country", "nation", "state", "government", "agency", "company", "business", "institution",
    "lender", "creditor", "insurer", "hospital", "university", "college", "school", "employer", "fund", "publisher",
    "broadcaster", "carrier", "church", "museum", "city", "town", "county", "district", "province", "council",
    "league", "club", "drugmaker", "supplier", "exporter", "importer", "refiner"})
# nouns that gather the plural after their "of": "a group of investors", "a number of lawmakers", "a handful of critics"
_GATHERING_NOUNS = frozenset({"group", "number", "handful"})


def people_in_group(head: Token, lexicon: Lexicon) -> bool:
    """A "group" of people named by a plural common noun after "of": "a group of investors", "the group of
    scientists who wrote", "a number of lawmakers", "a handful of critics": the people speak, no organisation. Not a
    body's name ("the Group of Eight": a proper noun), nor a group of bodies ("a group of companies", "a group of
    nations": ``ORG_NOUNS``, ``_BODY_PLURALS``), nor "group" alone; a "number" or a "handful" only of a plural of
    people the lexicon knows ("18 times the number of tuft cells" is no speaker)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma not in _GATHERING_NOUNS:
        return False
    people = lexicon.person_roles | lexicon.person_nouns | lexicon.anonymous | lexicon.groups
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.pos_ == "NOUN" and g.lemma_.lower() not in ORG_NOUNS
        and g.lemma_.lower() not in _BODY_PLURALS
        and (lemma == "group" or g.lemma_.lower() in people or g.lower_ in people) for g in c.children)
        for c in head.children)


# a place's noun whose government speaks as the place: "The city said", "the county announced", "the state argued"
# (its prosecution); not with a word before it ("the deep state", "the nanny state", "the host city": no government of
# one place); "the country", "the nation" are the writer's sweep as often (``lands.txt``) and stay as they are
_LOCAL_GOVERNMENTS = frozenset({"city", "town", "village", "county", "state", "province", "municipality", "borough",
                                "township"})


# acronyms of a person's title: "the AG said" (attorney general), "The IG also found" (inspector general), "a senior
# Labour MP", "the DA", "the PM", "the DG": one person, never the body the parse's proper noun reads as
TITLE_ACRONYMS = frozenset({"ag", "ig", "mp", "mep", "da", "pm", "dg"})


def held_title(head: Token, roles: frozenset[str]) -> bool:
    """A person's title in capitals as the head of a phrase that names one holder: with an indefinite article ("a US
    Army Colonel", "a senior Labour MP") or with the office it is of ("the former Chairman of the Democratic Caucus",
    "the President of the European Commission"). Read before a government's or a body's word in the phrase
    ("Army", "Commission") can type it. Not a title in lower case (a common noun: ``person_noun``), nor a title
    alone ("The Chancellor said": ``titled_role`` decides), nor one inside a name NER found ("Captain America")."""
    low = head.lower_
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ == "PERSON" or not (
            low in roles or (low in TITLE_ACRONYMS and head.is_upper)):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in head.children)


# acronyms of a person's office: "POTUS said"
_OFFICE_ACRONYMS = frozenset({"potus", "flotus", "vpotus"})


def body_acronym(head: Token, first_names: frozenset[str], roles: frozenset[str] = frozenset()) -> bool:
    """A proper noun of three to five capitals NER gave no entity: a body's acronym ("According to WHO", "NIMA
    said"). Not a transcript's turn label before its colon ("RAMOS: ..."), nor a given name in capitals ("JOHN"), nor
    a station's name before its channel ("FOX 26 asked Cruz ...": left as it was), nor one of two letters, as often a
    person's office or initials as a body's ("PM said", "DA said", "TJ said", "NO"), nor an office's
    (``_OFFICE_ACRONYMS``: "POTUS said"), nor a person's title (``roles``: "chairman, CEO and president Craig Menear
    said", where the parse made "CEO" the head)."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (head.pos_ == "PROPN" and not head.ent_type_ and head.is_alpha and head.is_upper and 3 <= len(head.text) <= 5
            and head.lower_ not in first_names and head.lower_ not in _OFFICE_ACRONYMS and head.lower_ not in roles
            and not (nxt is not None and (nxt.text == ":" or nxt.like_num)))


def titled_role(head: Token, bare: str) -> bool:
    """A role in title case after one or two capitalised words of its office, with no entity: "The Opposition
    Leader", "Senate Majority Leader" (a title standing for its holder). Not a longer run, nor one with a company's or
    a body's word in it ("the Labor Party Leader's office" is the office's head's, left alone), nor one with a name NER
    found in it ("The Lancet Editor": named "Lancet" as a person; a place's or a nation's stays a title: "The US
    President", "The Russian President"), nor the object of a preposition ("wrote in the
    Dictator Pope": a book's title)."""
    words = bare.split()
    office = head.doc[max(head.i - len(words) + 1, 0):head.i]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in ORG_SUFFIXES or w.lower() in ORG_NOUNS or w.lower() in _INSTITUTION_WORDS for w in words[:-1]
    ) and not any(t.ent_type_ not in ("", "GPE", "NORP") for t in office) and not (head.dep_ == "pobj" or head.head.dep_ == "prep")


def person_cut_short(head: Token, roles: frozenset[str] = frozenset()) -> bool:
    """A proper noun outside every entity, right after a PERSON entity whose last word hangs on it: the end of a
    person's name NER cut short ("Braz de'Aviz", "Walter van Dijk" where only "Braz", "Walter" were tagged); not a
    role in title case after a name that qualifies it ("Former Clinton Pollster Says ...": ``roles``)."""
    if head.ent_type_ or head.i == 0 or head.lower_ in roles:
        return False
    prev = head.doc[head.i - 1]
    return prev.ent_type_ == "PERSON" and prev.head.i == head.i and prev.dep_ in ("compound", "flat")


# endings of specialists' nouns: "neurologist", "physician", "psychiatrist"
_PERSON_ENDINGS = ("ologist", "ician", "iatrist")


def person_noun(head: Token, lexicon: Lexicon) -> bool:
    """A common noun that names a person: a role ("the economist"), a person noun ("the man", "the caller",
    "a government employee") or a specialist's noun by its ending ("the late neurologist"). Read off the
    lemma, so a plural ("advisers") counts too; a proper noun never does."""
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return (lemma in lexicon.person_roles or lemma in lexicon.person_nouns
            or (len(lemma) > 7 and lemma.endswith(_PERSON_ENDINGS)))


def apposed_role(name: Token, roles: frozenset[str]) -> Token | None:
    """The person's role put beside a name ("Burnadette Norris-Weeks, an attorney who ...",
    "Eswar Prasad, a trade professor at Cornell"): a singular role noun in apposition."""
    return next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"
                 and c.lemma_.lower() in roles), None)


def personal_relative(name: Token) -> bool:
    """A relative clause of "who" or "whom" on a name of two words or more NER took for an organisation
    ("Montell Figgins, who represents Thomas, said"): a person, whose given name NER did not know. Not "whose",
    which a company takes as well; not a party or a nation ("the Wisconsin Republican, who ...")."""
    if name.pos_ != "PROPN" or name.ent_type_ != "ORG" or name.i == 0:
        return False
    before = name.doc[name.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_ != "ORG" or before.ent_iob_ not in ("B", "I"):
        return False
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i < c.i and w.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                                  for w in c.children)
        for c in name.children)


# a body's words a role word may open the name of ("CFO Journal", "The CEO Forum"): no person's name
_TITLED_BODY_WORDS = ORG_NOUNS | OUTLET_NOUNS | frozenset({"forum", "research", "journal", "summit", "network"})


def titled(name: Token, roles: frozenset[str]) -> bool:
    """A person's title compounded on the name ("Cardinal Reinhard Marx", "Senator Ben Murray-Bruce"), or a title
    with its office put before it ("Secretary of State Tillerson": the parse hangs "Secretary" on the name as its
    ``nmod``); not a company named with a title word ("General Motors", "General Electric"); nor a headline's verb
    the tagger capitalised into a proper noun after a role word (``verb_read``: "Suspect's Wife Hid in Bushes");
    nor a body's or an outlet's word a role opens the name of ("CFO Journal", "The CEO Forum", "CFO Research":
    ``_TITLED_BODY_WORDS``)."""
    return name.lower_ not in ORG_SUFFIXES and name.lower_ not in BODY_HEADS and not verb_read(name) \
        and name.lower_ not in _TITLED_BODY_WORDS and not OUTLET_PATTERN.fullmatch(name.text) \
        and any(c.dep_ in _TITLE_DEPS and c.i < name.i and c.text[:1].isupper() and c.lower_ in roles
                for c in name.children)


# what a verb governs after it, and a name does not: "Slams Critics", "Says that ...", "Hid ... While Husband Shot";
# not a preposition, which a headline hangs on a name too ("President Trump in Paris")
_VERB_DEPS = frozenset({"dobj", "ccomp", "xcomp", "advcl", "dative", "agent"})


def verb_read(token: Token) -> bool:
    """A proper noun the parse made its sentence's root with a verb's dependents after it: a Title Case headline's
    verb the tagger read as a name ("Ohio Cop Killing Suspect's Wife Hid in Bushes While Husband Shot Officers":
    "Hid", governing "in Bushes" and the "While" clause). A name at a sentence's root has no such dependents."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" \
        and any(c.dep_ in _VERB_DEPS and c.i > token.i for c in token.children)


# heads of a body's name that a title word may open ("the United Nations General Assembly", "General Council",
# "the Supreme Court"): no person titled "General"
BODY_HEADS = read_words("body_heads.txt")


def title_before_name(head: Token) -> bool:
    """A title the parse made the head, with the person's full name hung on it as an apposition right after it:
    "Police Chief Eddie Garcia said" (the parse's subject "Chief", "Garcia" its apposition): a person, not the
    police the title names. Only a capitalised head and a name NER calls a person, with nothing but proper nouns
    between them."""
    if not head.text[:1].isupper():
        return False
    doc = head.doc
    return any(c.dep_ == "appos" and c.i > head.i + 1 and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
               and all(t.pos_ == "PROPN" for t in doc[head.i + 1:c.i])
               and not any(j.dep_ == "conj" for j in c.children)  # "President Barack Obama and his wife Michelle": both
               for c in head.children)


def role_set_beside_name(head: Token, roles: frozenset[str]) -> bool:
    """A role in title case the parse made the head, with a person's name set beside it after a comma: "The
    Opposition Leader, Simon Crean, said" (the subject "Leader", "Crean" its apposition) is Simon Crean, not the
    body "Opposition Leader" reads as. Only a role word ("leader", "spokesman") and a name NER calls a person;
    not a body's name ("The Labor Party, ...": no role), nor two people joined ("The Speaker, X and Y")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ not in roles or head.ent_type_:
        return False  # "The Author, J.K. Rowling" with NER's GPE "Author" would be named "Author"
    return any(c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
               and not any(j.dep_ == "conj" for j in c.children) for c in head.children)


_TITLE_DEPS = frozenset({"compound", "nmod"})


# what makes a paper a document, not a newspaper: "a white paper", "a research paper", "the court papers"
_DOCUMENT_PAPER_WORDS = read_words("document_paper_words.txt")
# "a paper published in the journal Nature": a participle of publishing makes a paper a document
_PAPER_PUBLISHED = frozenset({"publish", "release", "present", "submit", "write", "issue", "co-author", "author"})


def document_paper(head: Token) -> bool:
    """ "paper" as a written document: in the plural ("Court papers", "legal and insurance papers"), or where
    the text first meets a paper as one ("a paper published in the journal Nature", "a three-page white paper
    ... the paper explains", "the 2009 paper"). A newspaper is "the paper" or "a local paper" met without such words."""
    if head.tag_ == "NNS":
        return True
    first = next((t for t in head.doc[:head.i + 1] if t.lemma_.lower() == "paper" and t.pos_ == "NOUN"), head)
    return any(c.lower_ in _DOCUMENT_PAPER_WORDS or _year(c, first) for c in first.lefts) or any(
        c.dep_ == "acl" and c.lemma_.lower() in _PAPER_PUBLISHED for c in first.rights)


def _year(token: Token, paper: Token) -> bool:
    """A year before "paper": "the 2009 paper", "a 2015 NBER paper" is a study of that year; a newspaper is never dated
    so ("the 2009 paper" after "a 2009 report by the Center for ..." is that report, not the outlet named last). Only
    an issuer's name or a document word may stand between them: a year that dates a prize ("the 2015 Pulitzer-winning
    paper") or stands before a newspaper's kind ("the 2016 tabloid paper") dates no study."""
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20") \
        and all(t.text[:1].isupper() or t.lower_ in _DOCUMENT_PAPER_WORDS for t in token.doc[token.i + 1:paper.i])


def _government_agency(lemma: str, core: str) -> bool:
    """ "the agency" is a government's as often as a news agency: an outlet only as "news agency"."""
    return lemma == "agency" and not re.search(r"\b(news|press|wire)\b", core, re.IGNORECASE)


def one_unnamed_member(head: Token, ent: Span) -> bool:
    """NER's NORP of one word in the singular with an indefinite article or "one": "a Republican", "an Israeli",
    "one Democrat" is one person the text does not name, no group. Not a plural ("Republicans said"), nor the
    definite or bare word ("the Republican", "Republican leaders": a party's or a nation's word on its noun), nor
    one named beside it ("a Republican, John Smith, said": left to the name)."""
    return (ent.label_ == "NORP" and len(ent) == 1 and ent.root == head and head.tag_ == "NNP"
            and head.text[:1].isupper() and not any(c.dep_ == "appos" for c in head.children)  # "a Republican, John Smith"
            and any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "nummod" and c.lower_ == "one")
                    for c in head.children))


def person_of_possessor(ent: Span, lexicon: Lexicon) -> bool:
    """A name NER ran a body's possessive into, a person's full name after it: "Commentary’s Noah Rothman", "Google's
    Sundar Pichai" (NER's ORG of the whole) is the person of that body (``looks_like_person``: a known given name
    opening the words after the "'s"). Not a thing after it ("John Allen’s Crux", ``possessed_person``), nor a
    body named after a person ("Ford's John Deere unit")."""
    marks = [t.i for t in ent if t.lower_ in ("'s", "’s") and t.i < ent.end - 2]
    return bool(marks) and looks_like_person(list(ent.doc[marks[-1] + 1:ent.end]), lexicon)


def possessed_person(ent: Span) -> bool:
    """NER's PERSON that names a thing of a person's, a possessive inside it: "John Allen’s Crux" (his
    outlet). A place or body so named keeps its own type: "Putin's Russia" is still a government."""
    return ent.label_ == "PERSON" and any(t.lower_ in ("'s", "’s") and t.i < ent.end - 1 for t in ent)


def _named_type(ent: Span, lexicon: Lexicon) -> str:
    """The type of the entity a mention's head belongs to."""
    if stated_age(ent) or saint(ent, lexicon.first_names):
        return "person"  # "Trenton, 7, said", "As St. Paul wrote": no city speaks so
    if person_of_possessor(ent, lexicon):
        return "person"  # NER's ORG "Commentary’s Noah Rothman": the magazine's writer
    if possessed_person(ent):
        return "organization"
    if looks_like_person(list(ent), lexicon) and not OUTLET_PATTERN.fullmatch(ent.text):
        return "person"
    if ent.label_ == "PERSON" and not body_named_as_person(ent, lexicon):
        # NER's "Dick Clark Productions", "John Deere"
        return "person"
    if ent.label_ == "ORG" and titled_office(ent, lexicon):
        return "person"  # NER's ORG "The Pope", "Patriarch Gregory III"
    if outlet_named_in(ent.text, lexicon) or OUTLET_PATTERN.search(ent.text):
        return "outlet"
    if office_body(ent):
        return "government"  # "the U.S. Attorney's Office for ...", "the Office of Emergency Services"
    if company_ended(ent):
        return "organization"  # NER's GPE "Mondelez International": a company's word ends the name
    if civil_council(ent.text, government_regex(lexicon)):
        return "organization"  # "The American Anglican Council", "the National Council of Churches": no state's
    if (ent.label_ == "GPE" and not unplaced_gpe(ent, lexicon.governments)) or government_regex(lexicon).search(ent.text):
        return "government"  # not NER's GPE "Fischi" of "Fischi said": no place's name (``place_names``)
    if ent.label_ == "NORP":
        return "group"
    return "organization"


def appositions(doc: Doc) -> dict[int, Token]:
    """Role-noun heads mapped to the proper name they stand beside.

    "Heather Nauert, the State Department spokesperson" (appos) and
    "State Department spokesperson Heather Nauert" (compound) both map the role's
    head token to the name's head token.
    """
    out: dict[int, Token] = {}
    for token in doc:
        owner = relative_clause_apposition(token)
        if owner is not None:
            out[owner.i] = token
            continue
        if token.dep_ == "appos":
            a, b = token.head, token
            nxt = doc[b.right_edge.i + 1] if b.right_edge.i + 1 < len(doc) else None
            if nxt is not None and subject_before_closing_cue(nxt) == b:
                continue  # "... to Jordan, a statement of facts said.": the speaker of "said", no apposition
            if nxt is not None and speaker_read_as_apposition(nxt) == b:
                continue  # "Clinton, a top aide said, ...": the aide speaks of Clinton, no apposition
            if nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in ("aux", "auxpass") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children):
                continue  # "According to the FBI summary, Mills and an aide asked ...": the verb's subject, no apposition
            if a.i + 1 < b.i and doc[a.i + 1].text == ":":
                continue  # "Poll: Clinton and Sanders in dead heat": a headline's label, no apposition
            dateline = line_dateline(a)
            if dateline is not None and b.i > dateline[1].i:
                continue  # "DUBAI, SEPTEMBER 23:  The world economic leaders ...": the story's place, no one's name
            if a.pos_ == "PROPN" and b.pos_ == "NOUN":
                out[b.i] = a
            elif b.pos_ == "PROPN" and a.pos_ == "NOUN":
                out[a.i] = titled_name(b)
        elif token.dep_ == "attr" and token.pos_ == "NOUN" and token.head.lemma_ == "be":
            subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN":
                out[token.i] = subj  # "Heather Nauert is the State Department spokesperson"
        elif token.dep_ == "compound" and token.head.pos_ == "PROPN" and (
            token.pos_ == "NOUN" or (token.ent_type_ != "PERSON" and token.head.ent_type_ == "PERSON" and token.is_title)
        ):
            out[token.i] = token.head  # "spokesperson Laura Whitfield", "Ambassador Viktor Arkhipov"
    # a day or a time is no one's name ("In a statement Tuesday, the mayor's office, ...": the parse set "office"
    # beside "Tuesday"), nor a party or a nation ("The senator, a Democrat, said": the senator)
    return {i: named for i, named in out.items() if named.ent_type_ not in ("DATE", "TIME", "NORP")}


def titled_name(token: Token) -> Token:
    """The name a list of titles ends in: "chairman, CEO and president Craig Menear" (the parse sets "CEO" beside
    "chairman" and joins "Menear" to it) is Menear; a name set beside a noun is itself."""
    if token.ent_type_ == "PERSON":
        return token
    return next((c for c in token.conjuncts if c.i > token.i and c.ent_type_ == "PERSON"), token)


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_after_place(token: Token) -> bool:
    """ "based in South San Francisco, Calif.", "headquartered in Austin, Texas": the state or country that ends a
    place's name, which the parse sets beside the city; a place where, never the name of a body before it. The city
    is where something is ("in Austin", "in Leeds, England, and Dublin") or itself set beside ("The city that hosts
    the games, Paris, France", which the parse may join to "games"); "The nation that borders Ukraine, Poland,
    said" names the nation."""
    place = token.head
    while place.dep_ == "conj" and place.head.i < place.i and place.head.ent_type_ in _PLACE_LABELS:
        place = place.head
    return token.ent_type_ in _PLACE_LABELS and token.head.ent_type_ in _PLACE_LABELS and token.head.i < token.i \
        and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," \
        and place.dep_ in ("pobj", "appos", "conj")


def relative_clause_apposition(token: Token) -> Token | None:
    """The role noun a name is really put beside when the parse hangs it inside a relative clause.

    "The company that runs the AMAs, Dick Clark Productions, denies ...": the parse makes
    the name an apposition of "AMAs"; set off by commas and followed by the verb whose
    subject is "company", it names the company. Returns the role noun's token, or None.
    """
    if token.dep_ != "appos" or token.pos_ != "PROPN" or place_after_place(token):
        return None
    doc = token.doc
    end = max(t.i for t in token.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    clause = token.head
    while clause.dep_ not in ("relcl", "acl") and clause.head != clause:
        clause = clause.head
    owner = clause.head
    if clause.dep_ not in ("relcl", "acl") or owner.pos_ != "NOUN" or owner.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = owner.head
    return owner if verb.i == end + 1 or (verb.i > end and all(t.pos_ in ("AUX", "ADV", "PART") for t in doc[end + 1:verb.i])) else None
