"""Signs that a name NER read as a place, a building or a body is a person's. Pure functions of the parse.

Small sites' pages name people NER knows less well than the wires' regulars: a child called like a city
("Trenton, 7, said"), a saint ("St. Paul wrote"), a theologian's surname NER called a place ("Fastiggi and
Goldstein contend" after "Robert Fastiggi and Dawn Eden Goldstein"). Each sign is read off the words
around the name, never off the name alone: "Trenton" with no age is the city still. One sign says the
opposite (``after_the``): a lone word NER called a person after "the" is a word of a program's or a title's
name ("the Bible in the Schools program"), which no "she" stands for. A person's role in lower case compounded on a
name is a sign too ("IBM spokesperson Trink Guarino": ``role_noun_on_name``), where no body bears the role.
The sex a person's words show is read here too, for every module that needs it: a gendered title (``title_sex``,
``titles_sex``), and a pronoun, a title or a given name on the parse (``sex_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_list, read_words

# the titles that tell a holder's gender: "Mr. Trump" is a man, "the former Mrs. Trump" a woman
MALE_TITLES = frozenset({"mr", "mr."})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss"})
# a person's courtesy titles, which no company's or place's name opens: "Mr. Mills", "Dr. Wood", "Ms. Banks"
HONORIFICS = MALE_TITLES | FEMALE_TITLES | frozenset({"mx", "mx.", "dr", "dr.", "prof", "prof."})
# the sex a subject pronoun tells
PRONOUN_SEX = {"he": "m", "she": "f"}

OLDEST = 120  # years: a larger number after a name is a year, a count or a code ("Paris, 1920")
_SAINTS = frozenset({"st.", "st", "saint"})


def stated_age(ent: Span) -> bool:
    """The name is followed by an age set off by commas, as news gives a person's: "Trenton, 7, said", "said
    Paris, 12." Not a year or a figure ("Paris, 1920,", "Texas, 3 p.m."), nor a number that opens a list."""
    doc = ent.doc
    if ent.end + 2 > len(doc) or doc[ent.end].text != ",":
        return False
    number = doc[ent.end + 1]
    if not (number.is_digit and len(number.text) <= 3 and 0 < int(number.text) <= OLDEST):
        return False
    after = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
    return after is None or after.text in (",", ".", ";")


def aged_noun(head: Token) -> bool:
    """ "The 56-year-old said", "a 19-year-old told police": an age used as a noun names a person, as news writes one
    met before ("Mourinho ... The 56-year-old said"). The parse makes "old" the head, "year" hung on it with the
    number. Not an age before a noun ("a 56-year-old company": "old" modifies the noun, no head of its own)."""
    return head.lower_ == "old" and head.dep_ in ("nsubj", "nsubjpass", "pobj", "appos", "dobj") and any(
        c.lemma_.lower() == "year" and any(n.like_num for n in c.subtree) for c in head.children)


def saint(ent: Span, first_names: frozenset[str]) -> bool:
    """ "St. Paul", "Saint Augustine", "St. John Paul": a saint's title before given names only. Not a place or a body
    named after one ("St. Paul officials", "St. Jude Children's Research Hospital": other words follow), nor
    "St. Petersburg" (no given name)."""
    words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
    return (2 <= len(words) <= 3 and words[0].lower_ in _SAINTS
            and all(t.lower_ in first_names and t.text[:1].isupper() for t in words[1:]))


def named_in_full_before(token: Token, first_names: frozenset[str]) -> bool:
    """The proper noun is the last word of a person's full name the text wrote earlier, whatever NER labelled it:
    "Goldstein" after "Dawn Eden Goldstein" (a building, to NER). The full name opens with a known given name and
    runs two to four capitalised proper nouns."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    doc = token.doc
    for t in doc[:token.i]:
        if t.lower_ != token.lower_ or t.i == 0:
            continue
        start = t.i
        while start > 0 and t.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if any(doc[k].lower_ in first_names for k in range(start, t.i)):
            return True
    return False


def after_the(ent: Span) -> bool:
    """NER's one-word PERSON right after a lower-case "the": "Schools" of "the Bible in the Schools program", a word
    of a name that is no person's. A person's name takes no article ("the Rev. Smith" has a title between)."""
    doc = ent.doc
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "the"


def honorific(name: Token) -> bool:
    """A proper noun a courtesy title opens: "Mr. Mills declined to comment, saying ...", "Dr. Wood said": a person,
    though NER read the surname as a company ("Mills", "Banks") or a place. The title stands right before the name's
    words, or the parse hangs it on the name; a title word elsewhere in the sentence is no sign ("Mills, which Mr.
    Smith runs"), nor one NER holds inside a company's name ("Dr Pepper said": ``_courtesy_title``)."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False
    doc = name.doc
    if any(t.text == "&" for t in name.subtree) or (name.i + 1 < len(doc) and doc[name.i + 1].text == "&"):
        return False  # "Ms. Smith & Associates": partners joined by an ampersand are a firm (``looks_like_person``)
    start = name.i
    while start > name.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ not in HONORIFICS \
            and name.i - start < 3:
        start -= 1
    before = doc[start - 1] if start > name.sent.start else None
    title = before if before is not None and _courtesy_title(before) else next(
        (c for c in name.children if c.dep_ in ("compound", "nmod") and c.i < name.i and _courtesy_title(c)
         and all(t.pos_ == "PROPN" for t in doc[c.i + 1:name.i])), None)
    # "The Dr. Oz Show", "the Mr. Rogers Foundation": a person's title takes no article, a body named after him does
    return title is not None and not (title.i > 0 and doc[title.i - 1].lower_ in ("the", "a", "an"))


def _courtesy_title(token: Token) -> bool:
    """A capitalised courtesy title outside any company's name: NER's ORG "Dr Pepper" holds its "Dr"."""
    return token.lower_ in HONORIFICS and token.text[:1].isupper() and token.ent_type_ not in ("ORG", "PRODUCT")


# role nouns a body bears as often as a person ("regulator Ofcom", "pollster Gallup", "auditor Grant Thornton",
# "market leader Intel", "web host GoDaddy", "hack victim Sony"): no sign of a person before a name
_BODY_ROLES = frozenset(
    "regulator pollster auditor consultant adviser advisor host anchor examiner agent forecaster counsel owner "
    "administrator supervisor investigator inspector leader player candidate nominee victim survivor witness "
    "manager founder solicitor barrister commissioner organizer organiser".split())
# a body's own nouns in the name: "the event organizer Alliance to Reclaim Our Schools"
_BODY_NOUNS = read_words("organisation_nouns.txt")
# roles a firm bears as well, when NER took the name for a body: "lawyer Jones Day", "economist Capital Economics",
# "engineer Bechtel", "analyst Canalys"
_FIRM_ROLES = frozenset(
    "lawyer attorney economist analyst engineer researcher strategist publisher scientist statistician technician "
    "pharmacist campaigner activist editor columnist author writer blogger".split())


# companies named after a founder or written as a surname is (``founder_companies.txt``: "Gartner", "Forrester")
_FOUNDER_WORDS = frozenset(e.split()[0].lower() for e in read_list("founder_companies.txt"))
# the research firms, pollsters and raters of that list, and the roles such a firm bears as well: "analyst Gartner",
# "researcher Nielsen"; a person's role ("activist Morgan", "author Stanley", "editor Forbes", "strategist Morgan")
# before any name of the list stays a person's
_RESEARCH_FIRMS = _FOUNDER_WORDS & frozenset({"gartner", "forrester", "nielsen", "gallup", "fitch", "kroll"})
_RESEARCH_ROLES = frozenset({"analyst", "researcher"})


def firm_role_on_founder(name: Token) -> bool:
    """A role a firm bears as well ("analyst", "researcher": ``_RESEARCH_ROLES``) in lower case right before one word
    of a research firm named as a surname is (``_RESEARCH_FIRMS`` of ``founder_companies.txt``): "analyst Gartner
    said" reads as the firm. Not a name of two words ("analyst Jim Gartner"), a word no firm of the list is
    ("analyst Smith"), nor one with a courtesy title ("analyst Mr. Gartner")."""
    if name.pos_ != "PROPN" or name.lower_.removesuffix("'s").removesuffix("’s") not in _RESEARCH_FIRMS \
            or honorific(name):
        return False
    before = name.doc[name.i - 1] if name.i > 0 else None
    return before is not None and before.head.i == name.i and before.dep_ == "compound" and before.is_lower \
        and before.lemma_ in _RESEARCH_ROLES


# the relative pronouns a writer uses of people only: a company or a program takes "which" or "that"
_PERSON_RELATIVES = frozenset({"who", "whom"})


def who_clause(name: Token) -> bool:
    """A relative clause opened by "who" or "whom" hangs on the name: "Rihanna, who was honored with the award,
    spoke": the writer speaks of a person, however little NER or the name lists know the name. Only a relative
    pronoun between the name and its clause's verb, as the clause's subject or object; not "whose" (a body's too:
    "a company whose shares fell"), nor a "which" or "that" clause ("Statista, which tracks markets")."""
    return any(c.dep_ == "relcl" and any(t.lower_ in _PERSON_RELATIVES and name.i < t.i < c.i
                                         and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.children)
               and not _plural_agreement(name, c) for c in name.children)


# a "their" or "them" in the clause of a one-word name: a club or a band, as British news writes it
_PLURAL_WORDS = frozenset({"they", "them", "their", "theirs", "themselves"})


def _plural_agreement(name: Token, clause: Token) -> bool:
    """The name and its "who" clause agree as a plural, the way British news writes of a club or a band ("Everton,
    who sacked their coach, looked lost"; "Villa, who had not lost at home, were beaten"): a body, not a person. The
    "their" is the clause's own or its object's, not a third party's ("Kesha, who thanked the fans for their
    support": the fans')."""
    verbs = [clause, *([name.head] if name.dep_ in ("nsubj", "nsubjpass") else [])]
    own = [t for t in clause.subtree if t.head.i == clause.i or (t.head.head.i == clause.i and t.head.dep_ == "dobj")]
    return any(t.lower_ in _PLURAL_WORDS for t in own) \
        or any(t.tag_ == "VBP" or t.lower_ == "were" for v in verbs
               for t in [v, *(c for c in v.children if c.dep_ in ("aux", "auxpass"))])


def role_noun_on_name(name: Token, roles: frozenset[str]) -> bool:
    """A person's role noun in lower case compounded right before a name: "IBM spokesperson Trink Guarino" (NER's
    ORG "Trink Guarino"), "economist Nouriel Roubini". Only roles no body bears (not "regulator Ofcom", "pollster
    Gallup", "the event organizer Alliance to Reclaim Our Schools": ``_BODY_ROLES``), and only capitalised words
    between the role and the name's head (the name itself), none a body's noun ("Alliance") nor running on past it
    ("Alliance to Reclaim ...": a body's name), nor a firm's role on a company's one word ("analyst Gartner":
    ``firm_role_on_founder``)."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.text.isupper() or name.lower_ in _BODY_NOUNS \
            or any(c.dep_ == "prep" for c in name.rights) or firm_role_on_founder(name):
        return False
    doc = name.doc
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < name.i
        and c.lemma_ in roles and c.lemma_ not in _BODY_ROLES and c.lower_ in roles
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in _BODY_NOUNS
                for t in doc[c.i + 1:name.i])
        and (name.ent_type_ != "ORG" or c.lemma_ not in _FIRM_ROLES)
        for c in name.children)


def title_sex(word: str) -> str | None:
    """The sex a gendered title tells: "m" for "Mr.", "f" for "Mrs.", "Ms.", "Miss" (any case, with or without the
    stop); None for any other word ("Dr.", "President", "Sir": ``MALE_TITLES``, ``FEMALE_TITLES``)."""
    word = word.lower()
    if word in MALE_TITLES:
        return "m"
    if word in FEMALE_TITLES:
        return "f"
    return None


def titles_sex(words: Iterable[str]) -> str | None:
    """The sex the gendered titles among lower-cased ``words`` tell, a man's title first ("Mr. and Mrs. Hale": m), else
    None: the words of one name's phrase ("former Mrs. Ortiz")."""
    sexes = {title_sex(w) for w in words}
    return "m" if "m" in sexes else "f" if "f" in sexes else None


def sex_of(word: Token, given: Mapping[str, str]) -> str | None:
    """The sex a person's word shows: a pronoun, a title just before the name ("Mr. Hale", "Mrs. Ortiz's"), a given
    name before the surname ("Ana Ortiz", "Senator Ann Lee", "Judge Mary Lee": past a role word); None where nothing
    shows it."""
    if word.lower_ in PRONOUN_SEX:
        return PRONOUN_SEX[word.lower_]
    head = word
    while head.dep_ in ("compound", "flat") and head.head != head:
        head = head.head
    parts = sorted((c for c in head.children if c.dep_ in ("compound", "flat") and c.i < head.i), key=lambda t: t.i)
    first = parts[0] if parts else head
    words = list(head.doc[max(first.i - 1, 0):head.i + 1])
    return titles_sex(t.lower_ for t in words) or next((given[t.lower_] for t in parts if t.lower_ in given), None)
