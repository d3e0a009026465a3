"""Pronouns whose sentence tells more than the names NER found: a "they" the parse would give to a newspaper, a
"he" whose own sentence has a subject NER did not name (``pronouns._ranked`` asks both)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from sayso.nlp.extract.antecedents import COLLECTIVE, clause_of, reachable_in_sentence
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_context import Name

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def plural_over_outlet(chosen: Name, before: Sequence[Name]) -> Name | None:
    """The plural name earlier in the sentence that a "they" the parse gave to a newspaper stands for: "the Dems,
    egged on by the media, especially The New Yorker, which published a story ..., are attempting to delay ...,
    when they hope they will retake the Senate": the Dems. News prose calls a paper "it"; a "they" beside a plural
    name ("the Dems", "the protesters") is theirs. None where ``chosen`` is no outlet named in the singular, or no
    plural name stands before (``before``: the names of the pronoun's sentence that fit it, in order)."""
    if chosen.type != "outlet" or chosen.head.tag_ in _PLURAL_TAGS:
        return None
    plural = [n for n in before if n.head.tag_ in _PLURAL_TAGS and n.type != "outlet" and n.at < chosen.at]
    return plural[-1] if plural else None


def unnamed_subject(pronoun: Token, named: set[int], quoted: Callable[[int], bool] = lambda _: False,
                    known: frozenset[str] = frozenset()) -> Token | None:
    """A proper noun NER named no one with, the subject of a clause that holds the pronoun's: "Kuwaiti cleric
    Sheikh Jihad Al-'Ayesh delivered a speech in which he said ...": "he" is Al-'Ayesh, though no name stands for
    him, and so no earlier name may take the "he" (a book title's "Muhammad" a line above). ``named``: the token
    indices of the names' heads. None where the subject is named, a common noun, or its clause does not hold the
    pronoun's ("Al-'Ayesh left before he spoke": the same; "When Al-'Ayesh left, he spoke": not his clause); nor
    the sentence's first word, capitalised for standing first ("Loyalty, he noted, has long been ..."), nor a
    pronoun of an aside set into the clause (", he noted,"), whose speaker is no subject of it; nor a word inside
    quotation marks (``quoted``: '"Savage," she said', "'College Bowl,' he replied": the words, not a speaker).
    The first word does count where it is a word of a person's name the text gives elsewhere (``known``): "What of
    that lone prophet, Elijah? [...] Elijah set the record straight when he answered": Elijah, not the Ahab named
    between."""
    ancestors = {t.i for t in pronoun.ancestors}
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.ent_iob_ == "O" and token.i not in named \
                and token.text[:1].isupper() and (token.i != pronoun.sent.start or token.text in known) \
                and clause_of(token).i in ancestors \
                and pronoun.head.dep_ != "parataxis" and not quoted(token.idx):
            return token
    return None


def unnamed_before(pronoun: Token, named: set[int], quoted: Callable[[int], bool] = lambda _: False) -> Token | None:
    """The ``unnamed_subject`` the same pronoun stands for in one of the two sentences before: 'Sheikh Jihad
    Al-'Ayesh delivered a speech in which he said .... "...," he said.': the second "he" goes on with him, not to a
    name above both. None for a different pronoun ("she" after his "he"), or a "he" with a name NER found."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(_BACK):  # a quotation's own sentences may stand between ('... he said. "A. B," he said')
        if start == 0:
            return None
        previous = doc[start - 1].sent
        for t in previous:
            if t.lower_ == pronoun.lower_ and t.tag_ == "PRP":
                subject = unnamed_subject(t, named, quoted)
                if subject is not None:
                    return subject
        start = previous.start
    return None


def unnamed_name(subject: Token) -> Name:
    """The proper noun NER named no one with, as the person's name: the run of proper nouns it ends ("Kuwaiti cleric
    Sheikh Jihad Al-'Ayesh delivered a speech in which he said": Sheikh Jihad Al-'Ayesh, whom a reader hears in the
    "he"; a bare "he" is no speaker to a reader). The common nouns before it ("cleric") end the run."""
    doc = subject.doc
    start = subject.i
    while start > subject.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return Name(doc[start].idx, subject, doc[start:subject.i + 1].text, "person")


def named_elsewhere(subject: Token, names: Sequence[Name]) -> Name | None:
    """The last of ``names`` that holds the unnamed subject's word: "Francis" NER missed in one sentence is the
    "Pope Francis" it named before. None where no name holds it, or where the word is held by the names of more
    than one person: "The Pope defends his man ... did he recognize his error" after "Pope Benedict" and "Pope
    Francis" is either, and a guess between them puts the words in the wrong pope's mouth (the "he" is then
    left to the word itself, "Pope": ``unnamed_name``). Names that end alike are one person ("Pope Francis",
    "Francis")."""
    found = [n for n in names if subject.text in n.name.split() and n.head.i != subject.i]
    if not found:
        return None
    last = found[-1]
    if any(not _same_person(n.name, last.name) for n in found):
        return None
    return last


def _same_person(one: str, other: str) -> bool:
    """Two names of the one person as a text writes them: the shorter, less its generation ("Jr.", "XVI"), ends the
    longer ("Pope Francis", "Francis"; "Pope Benedict XVI", "Pope Benedict"). Two given names before one family
    name are two people ("Ivanka Trump", "Donald Trump"); a title and a given name ("Senator Cruz", "Ted Cruz")
    are told apart the same way, which leaves the "he" to the word alone, a vaguer name, never a wrong one."""
    a, b = _name_words(one), _name_words(other)
    short, long = sorted((a, b), key=len)
    return bool(short) and long[len(long) - len(short):] == short


_GENERATION = re.compile(r"^(?:[Jj][Rr]|[Ss][Rr])\.?$|^[IVX]{2,5}$")  # "Jr.", "III", "XVI"; not "Li", "X"


def _name_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and _GENERATION.match(words[-1]):
        words.pop()
    return [w.lower() for w in words]


_BACK = 2


BODIES = read_words("bodies_of_people.txt")  # "the committee", "the agency": many people
_MANY_VERBS = frozenset({"are", "were", "have", "do"})


def unnamed_body(pronoun: Token, named: set[int], quoted: Callable[[int], bool] = lambda _: False) -> Token | None:
    """A body of people no name stands for, the subject (or the subject's owner) of a clause before a "they" in the
    pronoun's own sentence that the pronoun can reach: "The Deep State responded like they always do, they blamed
    Russia", "When 'western' intelligence get caught spreading disinformation, they accuse Russia", "The
    authorities' view changed Thursday when they said they received a message". The "they" is that body, never a
    name of an earlier sentence (the "republicans", "the sources" or "the couple" named before it), and
    ``pronouns._ranked`` leaves it to no one rather than jump past the body; it asks only where no name of the
    pronoun's own sentence fits the "they" ("The court heard the pair launched a campaign in which they claimed":
    the pair, not the court).

    A body: an organization or nationality NER labels, a collective or body noun ("police", "committee"), a plural
    owner of the subject ("The authorities' view"), or a singular noun whose verb is plural ("intelligence get"). Not
    a head of a name the sentence already holds (``named``: those agreement judged), a pronoun, a word inside
    quotation marks, nor a subject no clause of the pronoun's can reach ("Asked whether the committee would act,
    they said": ``antecedents.reachable_in_sentence``). A "they" only, and not one of an aside the parse set into
    the sentence ("State departments of education can do that, they said": the speakers named before, not the
    departments their words are about; as ``unnamed_subject``)."""
    if pronoun.lower_ != "they" or pronoun.head.dep_ == "parataxis":
        return None  # an aside's "they" (", they said,") is who says the sentence's words, not a subject in them
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.i in named or token.pos_ not in ("NOUN", "PROPN") or quoted(token.idx):
            continue
        owner = token.dep_ == "poss" and token.head.dep_ in SUBJECTS and token.tag_ in _PLURAL_TAGS
        if not (owner or token.dep_ in SUBJECTS):
            continue
        if (owner or _a_body(token)) and reachable_in_sentence(token.head if owner else token, pronoun) \
                and not _in_words_said(token, pronoun) and (owner or _many_enough(token)):
            return token
    return None


def _in_words_said(token: Token, pronoun: Token) -> bool:
    """The token stands in the clause the pronoun's own verb says ("State departments of education can do that, they
    said"): what the "they" says is about it, so it is not the "they"."""
    verb = pronoun.head
    if any(c.i > pronoun.i and c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False  # "..., they blamed Russia": the verb's own object follows, the clause before is no words of it
    return any(c.dep_ in ("ccomp", "parataxis") and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


def _a_body(subject: Token) -> bool:
    """The subject names a body of people: NER's organization or nationality, a proper noun after "the" that NER
    labels nothing ("The Deep State"), a collective or body noun, or a singular noun its present-tense verb makes
    many ("intelligence get caught")."""
    if subject.ent_type_ in ("ORG", "NORP") or subject.lemma_.lower() in COLLECTIVE | BODIES:
        return True
    if subject.pos_ == "PROPN" and subject.ent_type_ == "" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return True  # "The Deep State", NER's no one: a person's name takes no "the", a place NER labels
    verb = subject.head
    first = _first_verb_word(verb)
    return subject.tag_ in ("NN", "NNP") and _says_many(first, subject)


_ONE_VERBS = frozenset({"is", "was", "has", "does"})


def _first_verb_word(verb: Token) -> Token:
    """The verb's first word, where its number shows: its first auxiliary before it, or the verb itself."""
    return min([verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i], key=lambda t: t.i)


def _says_many(first: Token, subject: Token) -> bool:
    """The verb's first word, after its subject, is plural ("intelligence get", "the council were")."""
    return first.i > subject.i and (first.tag_ == "VBP" or first.lower_ in _MANY_VERBS)


def _many_enough(subject: Token) -> bool:
    """A body written as one ("the company", "the government") may still be the "they" of its sentence ("The council
    were unmoved, and they said"), but not where its verb makes it one ("The government has refused to budge, but
    they said they would stay": the farmers named before), nor where it is the subject of a clause set before the
    "they"'s own ("When the company refused to comment, they said it was hiding the spill": the activists named
    before) unless its verb or its form makes it many ("When 'western' intelligence get caught, they accuse")."""
    if subject.tag_ in _PLURAL_TAGS:
        return True
    verb = subject.head
    first = _first_verb_word(verb)
    if first.i > subject.i and (first.tag_ == "VBZ" or first.lower_ in _ONE_VERBS):
        return False
    if verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return _says_many(first, subject)
    return True
