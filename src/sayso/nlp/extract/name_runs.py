"""Person names NER reads out of runs of capitalised words: headlines, poll widgets, link lists.

In "(see: FBI Uncovered Russian Bribery Plot Before Obama Approved Uranium One Deal, Netting
Clintons Millions)" or a poll's answer line "John Bolton Richard Grenell Dina Powell Heather
Nauert Ivanka Trump", every word is capitalised, and NER's PERSON spans ("Clintons Millions",
"Nauert Ivanka Trump") cut the run anywhere. Taken as full names they garble the sources that
reach them by surname ("the Clintons" becomes "Clintons Millions", every "Trump" "Nauert Ivanka
Trump"). A name in such a run is kept only where it looks like one person's name on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.source_types import looks_like_person

# words a headline may leave in lower case without ending its run of capitals
_SMALL = frozenset("a an and as at by for in of on or the to vs with".split())
_JOINERS = frozenset({",", "-", "–", "—", "&", "'s", "’s"})
RUN_EXTRA = 4  # capitalised words leading into a name that make its run a headline or a list
# a web page's furniture NER may read as a one-word PERSON: a share button's "Email", a video's "Watch"
FURNITURE = frozenset("advertisement comment comments email facebook print related share subscribe tweet update "
                      "video watch".split())


def title_run(span: Span) -> list[Token]:
    """The capitalised words that run up to the span on its line (commas and a headline's small
    words do not break the run; a line break, a number or a lower-case word does).

    Only the words before count: a title after a name is common in prose ("said Rusmik Oza, Head
    of Fundamental Research at Kotak Securities"), a run of capitals leading into one is not.
    """
    doc = span.doc
    words: list[Token] = []
    k = span.start - 1
    while k >= 0:
        token = doc[k]
        if "\n" in token.text:
            break
        if token.is_alpha and token.text[:1].isupper():
            words.append(token)
        elif not (token.lower_ in _SMALL or token.text in _JOINERS):
            break
        k -= 1
    return words[::-1]


def _verb_shaped(token: Token) -> bool:
    """A verb, as tagged or by its ending: a headline's capitals make the tagger read "Uncovered",
    "Approved", "Netting" as proper nouns."""
    if token.ent_iob_ != "O":
        return False  # "United Nations", "Golden Gate": a name's own word
    return token.tag_.startswith("VB") or (len(token) > 4 and token.lower_.endswith(("ed", "ing")))


def in_title_run(span: Span) -> bool:
    """At least ``RUN_EXTRA`` capitalised words run up to the span (``title_run``)."""
    return len(title_run(span)) >= RUN_EXTRA


def names_run_together(span: Span, given: frozenset[str]) -> bool:
    """Two given names with a word between them that is none, in the span and the capitalised word
    NER left before it: "Heather Nauert Ivanka Trump", "Robert Spencer & Pamela Geller" are two
    people; "Bobbie Ann Williams", "Conservative Ben Shapiro", "Deanna Paul" one, and so is a name whose family
    name is also a given name ("Teresa Nielsen Hayden", "Mary Beth Morgan"): the second person needs a word after
    their given name."""
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1  # "Heather" of the poll's "Heather Nauert Ivanka Trump", NER's "Nauert Ivanka Trump"
    words = [t for t in doc[start:span.end] if t.is_alpha]
    firsts = [k for k, t in enumerate(words) if t.lower_ in given and t.text[:1].isupper()
              and not (t.i > 0 and doc[t.i - 1].text in ("-", "‐"))]  # "Murray-Bruce": one surname
    return any(b - a > 1 and b < len(words) - 1 and any(w.lower_ not in given for w in words[a + 1:b])
               for a, b in zip(firsts, firsts[1:], strict=False))


def garbled_person(span: Span, lexicon: Lexicon) -> bool:
    """A PERSON span that is no one's name: broken across lines; a page's furniture ("Email", ``FURNITURE``); names run together ("Nauert Ivanka
    Trump" of a poll's "Dina Powell Heather Nauert Ivanka Trump", ``names_run_together``); a sentence's opening
    adjective run into a name ("Recent Samsung", ``opening_modifier``); or cut out of a headline (a run of capitals with a verb in it: "... Approved Uranium
    One Deal, Netting Clintons Millions") without looking like a name of two or three words.

    A list of names set off by commas is prose ("Zachary Quinto, Zoe Saldana, Simon Pegg"), and so
    is a run of bodies and titles ("at the United Nations Climate Action Summit, Indian Prime
    Minister Narendra Modi"): their names stand.
    """
    if "\n" in span.text.strip():
        return True
    words = [t for t in span if t.is_alpha]
    if len(words) == 1 and words[0].lower_ in FURNITURE:
        return True  # "Email" of a share line: a later "He" is not the button
    if names_run_together(span, lexicon.first_names):
        return True
    if opening_modifier(span, lexicon.first_names | lexicon.person_roles):
        return True  # "Recent Samsung smart TVs": an adjective and a company's name, no person
    if article_inside(span):
        return True  # "Preorder The History of Jihad": a book's title run into a link's verb, no person
    if plural_role_end(span, lexicon):
        return True  # "Husband Shot Officers" of a headline: people of a role, no one's name
    run = title_run(span)
    if len(run) < RUN_EXTRA or not any(_verb_shaped(t) for t in run):
        return False
    return not (len(span) <= 3 and looks_like_person(list(span), lexicon))


_ARTICLES = frozenset({"the", "a", "an"})


def plural_role_end(span: Span, lexicon: Lexicon) -> bool:
    """NER's person ends in the plural of a role noun and opens with no given name: "Shot Officers" of a headline's
    "... While Husband Shot Officers", "Local Nurses": people of that role, capitalised as a headline capitalises,
    whom no single name ends with (a later "Officers said" is those people, a "she" none of them). A name whose
    family name happens to be such a word opens with a given name ("Kirk Parsons") and stands."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or words[0].lower_ in lexicon.first_names:
        return False
    last = words[-1].lower_
    if not last.endswith("s") or last.endswith("ss"):
        return False
    return any(singular in lexicon.person_roles for singular in (last[:-1], last[:-2] if last.endswith("es") else ""))


def article_inside(span: Span) -> bool:
    """NER's person has a capitalised article after its first word: "Preorder The History of Jihad", "Read A
    Tale of Two Cities": a work's title, capitalised as titles are, run into the word before it. A person's
    name holds no article, and an epithet's is lower case ("Alexander the Great", "Jack the Ripper")."""
    return any(t.lower_ in _ARTICLES and t.text[:1].isupper() for t in span[1:])


_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "PDT"})
# adjectives that open a person's title, not a description of a thing: "Former President Barack Obama"
_TITLE_OPENERS = frozenset({"former", "late", "then", "acting", "retired", "outgoing", "incoming"})


# lower-case words that open a person's name ("de Blasio", "bin Salman", "van der Bellen")
NAME_PARTICLES = frozenset("al bin bint ibn abu ben da das de del della der des di do dos du el la le van von ter"
                           .split())


def without_lower_lead(ent: Span) -> Span:
    """A PERSON span without the lower-case words NER ran into its front: "muito ao Carlos" of a Portuguese
    "Obrigado muito ao Carlos" (NER reads a language it was not trained on as names), "a Donald Trump": a person's
    name opens with a capital or a name's particle ("de Blasio", ``NAME_PARTICLES``), never with a lower-case word.
    The span itself when it opens so, or when nothing capitalised is left, or when the word is joined to the name by
    a hyphen ("pro-Clinton", "anti-Obama" of "a pro-Clinton super PAC": a modifier made of the name, which stays
    what it was, no mention of the person for a pronoun to reach)."""
    doc = ent.doc
    k = ent.start
    while k < ent.end - 1 and doc[k].is_alpha and doc[k].text[:1].islower() and doc[k].lower_ not in NAME_PARTICLES:
        if doc[k].whitespace_ == "":
            return ent  # "pro-Clinton", "ex-Carlos": one word with the name
        k += 1
    if k == ent.start or not doc[k].text[:1].isupper():
        return ent
    return Span(doc, k, ent.end, label=ent.label_)  # a slice would lose the label


def opening_modifier(span: Span, names: frozenset[str] = frozenset()) -> bool:
    """NER's name opens with the word that opens its sentence or line, capitalised only for being first, which the
    tagger reads as an adjective or a determiner, before a proper noun: "Recent Samsung smart TVs also include ...",
    "Several Apple engineers ...". The word describes what follows and is no part of a name; a person's name does not
    open with it. Not a given name or a title (``names``: "Rich Lowry"; "Former President Obama" is read as the
    title it opens), nor a word inside the sentence ("the Big Machine label")."""
    first = span[0]
    if len(span) < 2 or first.tag_ not in _MODIFIER_TAGS or not first.text[:1].isupper() \
            or first.lower_ in names or first.lower_ in _TITLE_OPENERS:
        return False
    doc = span.doc
    if not (first.i == 0 or first.is_sent_start or "\n" in doc[first.i - 1].text_with_ws):
        return False
    return span[1].pos_ == "PROPN"
