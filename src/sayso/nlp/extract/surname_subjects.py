"""A known person's surname the parser tagged as another word: "..., says Early.", "Early said ...".

A person introduced as "Chris Early" is later "Early", which spaCy reads as an adverb ("May",
"Young", "Long", "Said" fare alike): the cue then has no subject, its quotation goes unattributed,
and a later "he says" reaches the person before. Where such a word is a surname of a person the
article has named before, and it stands where a cue's subject stands (right after an inverted cue
at a clause's end, or right before the cue at a clause's start), it is that person.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.dep_labels import SUBJECTS

# what may follow an inverted cue's subject: the sentence's end, an aside or a prepositional tail
_AFTER = frozenset(".,;:!?)—–-")
_TAIL_PREPS = frozenset("in on at during to about via after before from of".split())
# what may stand before a subject that opens a clause
_BEFORE = frozenset(",;:“”\"'(—–-")


def known_surname(doc: Doc, word: str, before: int) -> str | None:
    """The full name of a person named before char offset ``before`` whose surname is ``word``: among the
    people ``index_people`` found with the caller's given names, else among NER's alone."""
    indexes = _PEOPLE.get(doc, {})
    people = next((p for names, p in indexes.items() if names), None)
    if people is None:
        people = index_people(doc, frozenset())
    end, name = people.get(word.lower(), (-1, None))
    return name if 0 <= end <= before else None


def index_people(doc: Doc, first_names: frozenset[str]) -> dict[str, tuple[int, str]]:
    """Each surname of the people the Doc names (NER's, and those a known given name shows: ``first_names``,
    the caller's lexicon's) -> where its first full mention ends and that name. Kept per Doc and given names,
    built once: a scan per cue would make long documents quadratic. The extractor calls it first, with its
    lexicon; an index ``known_surname`` built before that without given names is another entry."""
    indexes = _PEOPLE.setdefault(doc, {})
    people = indexes.get(first_names)
    if people is not None:
        return people
    people = indexes[first_names] = {}
    spans = [full_name(e) for e in doc.ents if e.label_ == "PERSON"] + unlabelled_people(doc, first_names)
    for p in sorted(spans, key=lambda p: p.end_char):
        words = p.text.split()
        if len(words) >= 2:
            people.setdefault(words[-1].lower(), (p.end_char, " ".join(words)))
    return people


# Doc -> given names -> index: a frozenset keeps its hash, so the lexicon's set costs one hash per Doc
_PEOPLE: WeakKeyDictionary[Doc, dict[frozenset[str], dict[str, tuple[int, str]]]] = WeakKeyDictionary()


def unlabelled_people(doc: Doc, first_names: frozenset[str]) -> list[Span]:
    """ "Theresa May" NER left out: a known given name compounded onto the capitalised proper noun after it."""
    out = []
    for t in doc:
        if (t.ent_iob_ == "O" and t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == t.i + 1
                and t.lower_ in first_names and t.head.ent_iob_ == "O" and t.head.pos_ == "PROPN"
                and t.head.text[:1].isupper() and t.head.is_alpha):
            out.append(Span(doc, t.i, t.i + 2, label="PERSON"))
    return out


def full_name(ent: Span) -> Span:
    """A PERSON entity with the capitalised words NER cut off it: "Chris" of "Chris Early runs", whose
    root the parse hung on "Early" as a compound."""
    end = ent.end
    doc = ent.doc
    while (end < len(doc) and end < ent.start + 4 and doc[end].text[:1].isupper() and doc[end].is_alpha
           and doc[end].ent_iob_ == "O" and doc[end - 1].dep_ in ("compound", "flat") and doc[end - 1].head.i == end):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def with_given_name(ent: Span, first_names: frozenset[str]) -> Span:
    """A PERSON entity with the given name NER left out before it: "Ivanka" of "Ivanka Trump", where only
    "Trump" is tagged (and so read as the Trump the text names most). Only a known given name
    (``first_names``): a title or a role ("President Trump", "Parent Rich Penkoski") is none."""
    start = ent.start
    doc = ent.doc
    while start > 0 and start > ent.start - 2:
        t = doc[start - 1]
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.ent_iob_ == "O"
                and t.dep_ in ("compound", "flat") and ent.start <= t.head.i < ent.end and t.lower_ in first_names):
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


# a title's own word after it, no name ("President Elect Joe Biden", "Sergeant Major John Smith", "Archbishop
# Emeritus Desmond Tutu")
_TITLE_TAILS = frozenset({"elect", "designate", "emeritus", "emerita", "major", "general", "nominee"})


def with_name_after_title(ent: Span, roles: frozenset[str]) -> Span | None:
    """A PERSON entity with the name word NER left out between a title and it: "Raj" of "Magistrate Raj Kumar
    Gautam", where NER ran the title into an organisation ("District Magistrate Raj") and tagged "Kumar Gautam" alone.
    One proper noun of the name (hung on it), set between a title (``roles``) and the entity; a role itself ("Prime
    Minister Sharma"), a word another PERSON holds, or one with no title before it ("Acme Kumar Gautam") is none:
    None then."""
    doc = ent.doc
    if ent.start < 2:
        return None
    t, title = doc[ent.start - 1], doc[ent.start - 2]
    # the word is in no entity, or NER ran the title and it into one entity ("District Magistrate Raj" an
    # organisation, "Magistrate Raj" a work's title, "Sub-Divisional Magistrate Raj" a person of its own); a company's
    # or a place's own name between a title and a person ("CEO Apple Tim Cook") is none, nor another person's
    # (an entity NER ran the title into ends at the word: the name after it is an entity of its own, not a slice of
    # NER's "Archbishop Emeritus Desmond Tutu")
    untagged = t.ent_type_ == "" or (t.ent_iob_ == "I" and doc[ent.start].ent_iob_ == "B")
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper and untagged
            and t.dep_ in ("compound", "flat") and ent.start <= t.head.i < ent.end and t.lower_ not in roles
            and t.lower_ not in _TITLE_TAILS and title.lower_ in roles and title.text[:1].isupper()):
        return None
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def misparsed_surname(cue: Token) -> Token | None:
    """The word beside ``cue`` that is a known person's surname the parse gave another role. Never the word after a
    participle: English inverts "..., says Early." but not "..., telling Cook, ..." (Cook is told: ``inverted_cue``)."""
    if cue.pos_ not in ("VERB", "AUX"):
        return None
    doc = cue.doc
    after = _after(cue) if inverted_cue(cue) else None
    for cand, ok in ((after, _ends_clause), (_before(cue), _opens_clause)):
        if cand is None or cand.dep_ in SUBJECTS or cand.ent_type_ not in ("", "PERSON"):
            continue
        if not (cand.text[:1].isupper() and cand.is_alpha) or not ok(cand):
            continue
        if known_surname(doc, cand.text, cand.idx) is not None:
            return cand
    return None


def inverted_cue(cue: Token) -> bool:
    """Whether the cue's subject may follow it ("..., says Early.", "..., said Early"): a finite verb or a bare form,
    never a present participle ("..., telling Cook, ...", "..., adding Smith": the word after it is its object)."""
    return cue.tag_ != "VBG"  # not VBN: the tagger reads an inverted "said" as one often enough


def _after(cue: Token) -> Token | None:
    return cue.nbor(1) if cue.i + 1 < len(cue.doc) and cue.nbor(1).sent == cue.sent else None


def _before(cue: Token) -> Token | None:
    return cue.nbor(-1) if cue.i > 0 and cue.nbor(-1).sent == cue.sent else None


def _ends_clause(token: Token) -> bool:
    """"says Early." / "says Early, who ..." / "says Early in an email": and the cue is inverted,
    after a quotation or a comma ('"...," says Early'), not 'She says Early voting ...'."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text not in _AFTER and nxt.lower_ not in _TAIL_PREPS:
        return False
    prev = token.nbor(-1).nbor(-1) if token.i >= 2 else None
    return prev is not None and prev.text in _BEFORE | {"'", "’"}


def _opens_clause(token: Token) -> bool:
    """"Early said ..." at a sentence's start, or after a comma or a quotation."""
    if token.is_sent_start:
        return True
    prev = token.nbor(-1)
    return prev.text in _BEFORE
