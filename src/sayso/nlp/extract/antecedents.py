"""Which earlier name a "he", "she", "they" or "it" stands for: pure functions of the parse.

Not the nearest name, but the one a reader takes (a salience ranking in the manner of
Lappin and Leass, reduced to what news needs):

1. agreement: gender ("she" is not a man the text calls "he" or "Mr."), number ("it"
   is never a plural, "they" never one person), and kind ("it" is an organization);
   a name used as an adjective or a noun modifier ("Republican Gov. Eric Holcomb",
   "Kentucky GOP Gov.") is no referent at all;
2. the same sentence first: a name in a clause of its own before the pronoun ("When
   Trump met Putin, he said": Trump; "While the ad did not appeal to Julie Graham, she
   said": Graham, introduced there), its subject before its other names;
3. else the subject of a recent clause or the speaker of a recent statement over a
   nearer name that is neither ("Volker told the committee he worked with Mr. Trump's
   lawyer, Rudy Giuliani. However, he said": Volker), unless the nearer one is much nearer.

Plural subjects ("Holcomb and GOP leaders", "Teachers") are names for "they" too:
``plural_subjects`` finds them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.resource_files import read_words

MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")
SALIENCE_WINDOW = 400  # characters: a salient name this much further back than the nearest still wins


def is_modifier(head: Token, start: int, end: int) -> bool:
    """The name (tokens ``start:end``, head ``head``) only qualifies a noun outside it: "Republican Gov.", also
    through the adjectives it is stacked on ("Republican presidential candidate Donald Trump": "Republican" qualifies
    "presidential", which qualifies Trump); not the subject of a verb the tagger read as a plural noun ("Scott
    bristles at ...": ``verb_read_as_noun``)."""
    t = head
    while start <= t.head.i < end and t.head != t:
        t = t.head
    noun = t.head
    while noun.pos_ == "ADJ" and noun.dep_ in MODIFIER_DEPS and noun.head.i > noun.i:
        noun = noun.head  # an adjective stacked before the noun: "Republican presidential Trump"
    return t.dep_ in MODIFIER_DEPS and not start <= t.head.i < end and noun.pos_ in ("NOUN", "PROPN") \
        and not verb_read_as_noun(t)


def verb_read_as_noun(name: Token) -> bool:
    """ "Scott bristles at the suggestion he won't be ready": the parse made the sentence's opening name a compound
    of the verb after it (read as a plural noun, or tagged a verb but still given the name as a modifier); the name is
    its subject, whom a "he" after it stands for. Only a name opening its sentence, compounded onto the lower-case
    word right after it that is the sentence's root and has a phrase of its own after it."""
    word = name.head
    return (name.dep_ == "compound" and name.pos_ == "PROPN" and word.i == name.i + 1 and word.dep_ == "ROOT"
            and (word.tag_ == "NNS" or word.pos_ == "VERB") and word.text.islower()
            and name.left_edge.i == name.sent.start
            and any(c.i > word.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl", "dobj") for c in word.children))


def is_subject(token: Token) -> bool:
    """The token heads a clause's subject, or a name put beside or joined to one.

    "Another diplomat, former envoy Kurt Volker, said": Volker is; "Mr. Trump's lawyer,
    Rudy Giuliani": Giuliani is not.
    """
    t = token
    for _ in range(6):
        if t.dep_ in SUBJECTS or verb_read_as_noun(t):
            return True
        if t.dep_ not in ("appos", "compound", "flat", "conj") or t.head == t:
            return False
        t = t.head
    return False


def is_topic(token: Token) -> bool:
    """The token heads what its sentence is about, as a later pronoun takes it: a subject
    (``is_subject``), a subject's possessor ("Mr. Trump's theatrical embrace is not limited to
    China. He has ..."), or a name the parse left as the root of a sentence it opens, having found
    no verb for it ("Buckley, who hadn't sung in a long time, worried about ...").
    """
    if is_subject(token):
        return True
    if token.dep_ == "poss" and is_subject(token.head):
        return True
    return token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN") and token.left_edge.i == token.sent.start


def clause_of(token: Token) -> Token:
    """The verb (or the root) of the smallest clause the token stands in."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head != t:
        t = t.head
    return t


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children)


def reachable_in_sentence(name: Token, pronoun: Token, *, objects: bool = False) -> bool:
    """A name earlier in the pronoun's sentence that the pronoun can stand for.

    The name must stand in a clause other than the pronoun's own ("In a letter to Trump,
    he said": not Trump) and every clause from it up to one that holds the pronoun must
    have a subject of its own ("Asked whether Biden would win, she said": not Biden, the
    asked one is her). Of a clause that holds the pronoun's, only the subject ("Volker told
    Morrison he ..."), unless ``objects`` (where gender has already told the two apart).
    """
    own = clause_of(pronoun)
    ancestors = {t.i for t in pronoun.ancestors} | {pronoun.i}
    verb = clause_of(name)
    if verb == own:
        return False
    for step in range(8):
        if verb.i in ancestors:
            # the name's own clause holds the pronoun: only its subject ("Volker told them he ...");
            # else it stands in a clause of its own beside the pronoun's ("When Ghani announced it, he said")
            return step > 0 or objects or is_subject(name)
        if not _has_subject(verb) and verb.dep_ != "xcomp":
            return False  # an xcomp's subject is its head's ("Andrew spent an hour explaining how ...")
        if verb.head == verb:
            return False
        verb = clause_of(verb.head)
    return False


def is_expletive(pronoun: Token) -> bool:
    """ "It's impossible to know whether ...", "it is clear that ...", "it's assumed the ruling ...": an "it" that
    stands for nothing."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    verb = pronoun.head
    deps = {c.dep_ for c in verb.children}
    if (pronoun.dep_ == "nsubjpass" or "auxpass" in deps) and verb.tag_ in ("VBN", "VBD") and "ccomp" in deps \
            and verb.lemma_.lower() in _IMPERSONAL:
        return True  # "While it's assumed the ruling should benefit Sanders", "it is expected that ...": no one
    copula = verb.lemma_ in ("be", "seem", "appear", "become") or verb.lower_ in ("'s", "’s")  # "it’s"
    return copula and bool(deps & {"acomp", "attr"}) and bool(
        deps & {"xcomp", "ccomp", "csubj"})


# Verbs whose passive takes an "it" that stands for nothing ("it is believed that"); not "it was convinced that"
_IMPERSONAL = read_words("impersonal_passive_verbs.txt")


# Nouns of many people the tagger calls singular: "The police arrested two men. They claimed ..."
COLLECTIVE = frozenset({"police", "staff", "clergy", "personnel", "crew", "faculty"})
# Nouns of two or three people ("The court heard the pair launched a campaign in which they claimed ..."): the
# "they" is the pair, not the court; never a quantity ("a couple of weeks", "a pair of shoes": ``people_set``)
PEOPLE_SETS = frozenset({"pair", "couple", "duo", "trio"})


def people_set(token: Token) -> bool:
    """ "the pair", "the couple", "the duo": a noun of two or three people, not a quantity of something ("a couple of
    weeks", "a pair of shoes", "a couple more")."""
    return token.lemma_.lower() in PEOPLE_SETS and token.tag_ == "NN" and not any(
        c.dep_ in ("prep", "advmod", "nummod", "amod") and c.i > token.i for c in token.children)


def plural_subjects(doc: Doc) -> Iterator[Span]:
    """Subjects "they" may stand for: plural nouns ("Teachers", "GOP leaders") and joined
    names ("Holcomb and leaders of the Legislature"), without their relative clauses."""
    for token in doc:
        if token.dep_ not in SUBJECTS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children) and any(
            c.dep_ == "conj" for c in token.children)
        if token.tag_ not in ("NNS", "NNPS") and not joined and token.lemma_.lower() not in COLLECTIVE \
                and not people_set(token):
            continue
        words = [t for t in token.subtree]
        cut = [c.left_edge.i for c in token.subtree if c.dep_ in ("relcl", "acl", "appos") and c.i > token.i]
        if cut:
            words = [t for t in words if t.i < min(cut)]
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        while words and (words[0].is_punct or words[0].is_space or words[0].dep_ == "preconj"):
            words.pop(0)
        if words:
            yield doc[words[0].i:words[-1].i + 1]


_WHO = ("who", "whom", "whose")


def acronym_read_as_relative(pronoun: Token) -> bool:
    """A relative pronoun's word written in capitals that NER took for a name: "The WHO is planning to send ..."
    is the World Health Organization, not a "who" whose antecedent is "The"."""
    return len(pronoun.text) > 1 and pronoun.text.isupper() and pronoun.ent_type_ != ""


def relative_antecedent(pronoun: Token, people: frozenset[str] = frozenset()) -> Token | None:
    """The noun a relative pronoun stands for ("the Palestinian Authority, which has rejected").

    The parse's choice, unless the pronoun follows (right after, or after a comma) another noun
    that agrees better: a non-restrictive "who" or "which" takes the nearest noun phrase ("talks
    between his government and the Taliban, who have long refused": the Taliban). "who"
    wants a person or a body of people, "which" anything but a person's name. ``people``
    holds nouns of people ("spokesman", "officials"). A "who" that no person or body
    agrees with is None, left unresolved, rather than a place or a thing ("the debate in
    Houston, who said"): a reader prefers no name to a wrong one.
    """
    clause = pronoun.head
    k = pronoun.i - 1
    doc = pronoun.doc
    # past commas, closing quotes and adverbs: "Arroyo spoke with Cruz as well, who said" is Cruz
    while k >= 0 and ((doc[k].is_punct and doc[k].text in (",", "”", '"', "’", ")")) or doc[k].pos_ == "ADV"):
        k -= 1
    near = doc[k] if k >= 0 and k < pronoun.i - 1 else None
    if clause.dep_ not in ("relcl", "acl") or clause.head == clause:
        # a ", who said" the parse made the verb's own clause: the person named before the comma
        comma = near is not None and any(t.text == "," for t in doc[near.i + 1:pronoun.i])
        if comma and pronoun.lower_ in _WHO and near.pos_ == "PROPN" and near.ent_type_ == "PERSON":
            return near
        return which_after_body(pronoun, people)
    parsed = clause.head
    outer = appositive_chain_head(pronoun, parsed)
    if outer is not None:
        return outer
    last = last_conjunct(pronoun, parsed, near)
    if last is not None and _agrees_relative(pronoun, last, people):
        return last
    if middle_conjunct(pronoun, parsed, near) or numberless_pair(pronoun, parsed, near):
        return None
    if _agrees_relative(pronoun, parsed, people):
        return _person_above(pronoun, parsed, people) or parsed
    if near is not None and near != parsed and near.pos_ in ("NOUN", "PROPN") and _agrees_relative(pronoun, near, people):
        return near
    # "the effort to empower Muslims who want ...": a "who" right after a noun that agrees is that noun's,
    # wherever the parse hung the clause (the effort wants nothing)
    before = doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before != parsed and before.pos_ in ("NOUN", "PROPN") and pronoun.lower_ in _WHO \
            and _agrees_relative(pronoun, before, people):
        return before
    # "the report by John Smith, which was leaked": up the noun phrase to a noun that agrees; a "who" also
    # through any preposition ("Alan Berger, a gynecologist from Englewood, New Jersey, who said": Berger)
    # and a "who" from the noun right before it too ("in line with that of certain leaders of the past who
    # recommended": the leaders, not "that" the parse hung it on)
    starts = [parsed] + ([before] if pronoun.lower_ in _WHO and before is not None and before != parsed else [])
    for t in starts:
        # "one Democrat familiar with the discussion, who added": through the adjective's phrase too
        while t.head != t and (t.head.pos_ in ("NOUN", "PROPN") or t.head.lower_ in ("of", "by")
                               or (pronoun.lower_ in _WHO and (t.head.dep_ == "prep"
                                                               or (t.head.dep_ == "amod" and t.head.pos_ == "ADJ")))):
            t = t.head
            if t.pos_ in ("NOUN", "PROPN") and _agrees_relative(pronoun, t, people):
                return t
    if pronoun.lower_ in _WHO:
        if plural_clause_on_singular(pronoun, parsed):
            return _many_above(parsed, people)
        return parsed if _animate(parsed, people) else person_before_adjunct(pronoun, parsed, people)
    return _noun_before_time(pronoun, parsed, people) if _time_or_amount(parsed) else parsed


_ROLE_PREPS = frozenset({"to", "for", "of"})  # "advisor to", "spokesman for", "successor of"


def appositive_chain_head(pronoun: Token, parsed: Token) -> Token | None:
    """A non-restrictive "who" after a person's name and the role set beside it is the person's, not that of a name
    inside the role: "Peter Daou, a Democratic strategist and former advisor to Hillary Clinton and John Kerry, who
    wrote": Daou wrote (the parse hangs the clause on Kerry); "Dom Paul Delatte, the second abbot of Solesmes and
    successor to the refounder, Dom Gueranger, who wrote": Delatte (the parse makes Gueranger a second apposition
    of Delatte, but two people's names are never one another's apposition).

    Only a "who" right after a comma, hung on a person's name (NER's PERSON) that is either the object (or a name
    joined to the object) of "to", "for" or "of" after a role noun set in apposition (alone or joined) to another
    person's name, or an apposition of that other name after a role noun of its own. Kept as they are: a role
    without a name inside it ("John Smith, a lawyer for the family, who said": Smith, the parse's own reading), a
    name joined to the person ("Jane Doe, a lawyer, and John Smith, who said": Smith), a "who" with no comma."""
    doc = pronoun.doc
    if pronoun.lower_ not in _WHO or pronoun.i == 0 or doc[pronoun.i - 1].text != "," \
            or parsed.ent_type_ != "PERSON" or parsed.i >= pronoun.i:
        return None
    if parsed.dep_ == "appos":  # the misparse: a second name set beside the first, after the first's role
        outer = parsed.head
        roles = [c for c in outer.children if c.dep_ == "appos" and c.pos_ == "NOUN" and outer.i < c.i < parsed.i]
        return outer if roles and _other_person(outer, parsed) else None
    t = parsed
    while t.dep_ == "conj" and t.head != t:
        t = t.head  # "Hillary Clinton and John Kerry": the role's object is the list
    if t.dep_ != "pobj" or t.head.lower_ not in _ROLE_PREPS or t.head.dep_ != "prep":
        return None
    role = t.head.head
    while role.dep_ == "conj" and role.head != role:
        role = role.head  # "a Democratic strategist and former advisor to ...": the first role is the apposition
    if role.pos_ != "NOUN" or role.dep_ != "appos":
        return None
    outer = role.head
    return outer if _other_person(outer, parsed) else None


def _other_person(outer: Token, inner: Token) -> bool:
    """A person's name (NER's PERSON, a proper noun) before the inner name, and not the same word."""
    return outer.pos_ == "PROPN" and outer.ent_type_ == "PERSON" and outer.i < inner.i and outer.lower_ != inner.lower_


def person_before_adjunct(pronoun: Token, parsed: Token, people: frozenset[str]) -> Token | None:
    """A "who" the parse hung on the noun of a phrase that says how or where the verb's act was done ("on camera",
    "by phone", "in the courtroom"), which no person is, stands for the person right before that phrase, the verb's
    object or the object of its preposition: "Bundy says to Santilli on camera, who responds enthusiastically"
    (Santilli responds, not the camera). Only a "who" set off by a comma right after the phrase, and a noun of a
    person or a name the "who" agrees with, ending right where the phrase opens; else None, left unresolved as
    before ("the debate in Houston, who said": no person before "in")."""
    prep = parsed.head
    if pronoun.lower_ not in _WHO or parsed.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0 \
            or prep.head.pos_ not in ("VERB", "AUX") or parsed.i >= pronoun.i:
        return None
    doc = pronoun.doc
    between = doc[parsed.i + 1:pronoun.i]
    if not any(t.text == "," for t in between) or any(not t.is_punct for t in between):
        return None  # a non-restrictive "who", set off by a comma: "a leech who will bleed" is the leech's own
    person = doc[prep.i - 1]
    argument = person.dep_ in ("dobj", "dative") and person.head == prep.head or (
        person.dep_ == "pobj" and person.head.dep_ in ("prep", "dative") and person.head.head == prep.head)
    if not argument or person.pos_ not in ("NOUN", "PROPN") or not _agrees_relative(pronoun, person, people) \
            or not _animate(person, people):
        return None
    return person


def middle_conjunct(pronoun: Token, parsed: Token, near: Token | None) -> bool:
    """The parse hung a "who" after a list of names on one inside the list, neither its first nor its last:
    "celebrities like Oprah Winfrey, Will Smith, Robert DeNiro and Stevie Wonder, who joked ...": Will Smith is
    no reading a reader has (the last name, or all of them); left unresolved, as a reader prefers no name to a
    wrong one. A clause hung on the list's first name (the head of all of them) is the parse's choice, as before."""
    if pronoun.lower_ not in _WHO or near is None or near == parsed or parsed.dep_ != "conj" or near.dep_ != "conj":
        return False
    t = near
    while t.dep_ == "conj" and t.head != t and t != parsed:
        t = t.head
    return t == parsed


def last_conjunct(pronoun: Token, parsed: Token, near: Token | None) -> Token | None:
    """The last of two names joined by "and", where the parse hung the relative clause after them on the first and
    the clause's verb says it is of one: "parallels between Ford and Anita Hill, who says ...", "who has said": a
    non-restrictive "who" right after a comma takes the nearest name. None where the verb says nothing of number
    (``numberless_pair``), where it says the clause is of more than one ("Strzok and Page, who have exchanged
    texts", "Feinstein and Schumer, who are ...": both, the parse's choice), and where the name before the comma is
    no conjunct of the parse's noun."""
    if not _joined_pair(pronoun, parsed, near) or _clause_number(pronoun) != "one":
        return None
    return near


def numberless_pair(pronoun: Token, parsed: Token, near: Token | None) -> bool:
    """A "who" after two names joined by "and", hung by the parse on the first, whose verb says nothing of number
    (a past tense, a modal): "parallels between Ford and Anita Hill, who in 1991 accused Clarence Thomas", "Peter
    Smith and John Jones, who said the plan had failed". The clause is the last name's or both names'; the first
    alone is the one reading a reader hardly has, and the nearest on a guess once put words in the wrong mouth
    (review of merge28): left unresolved, the span kept (a reader judges it partly right, as the first name for
    both). Not a verb that says one ("who says": ``last_conjunct``) or many ("who have said": both, the parse's
    first name stands)."""
    return _joined_pair(pronoun, parsed, near) and _clause_number(pronoun) is None


def _joined_pair(pronoun: Token, parsed: Token, near: Token | None) -> bool:
    """A "who" right after a comma after a proper noun that is a conjunct of the noun the parse hung its clause on."""
    if pronoun.lower_ not in _WHO or near is None or near == parsed or near.dep_ != "conj" \
            or near.pos_ != "PROPN" or not any(t.text == "," for t in pronoun.doc[near.i + 1:pronoun.i]):
        return False
    t = near
    while t.dep_ == "conj" and t.head != t and t != parsed:
        t = t.head
    return t == parsed


def _clause_number(pronoun: Token) -> str | None:
    """What the relative clause's verb says of its subject's number: "many" ("who have", "who were", "who both
    said"), "one" ("who says", "who was", "who has"), None (a past tense, a modal: nothing)."""
    verb = pronoun.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in verbs) \
            or any(t.lower_ in _TOGETHER for t in pronoun.doc[pronoun.i + 1:verb.i + 2]):
        return "many"
    if any(t.tag_ == "VBZ" or t.lower_ in ("was", "is", "has", "does") for t in verbs):
        return "one"
    return None


_TOGETHER = frozenset({"both", "each", "together", "jointly", "all"})


# what no "which" or "that" that says something stands for: "a statement released Tuesday, which claimed" is the
# statement's claim, "in 2016, which said" no year's
_WHEN_OR_HOW_MUCH = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
TIME_REACH = 8  # tokens back from a date the parse hung the clause on: the noun phrase the date is said of


def _time_or_amount(noun: Token) -> bool:
    """A date, a time, an ordinal or an amount ("Tuesday", "6 p.m.", "2016", "third", "$5 million"): no speaker."""
    return noun.ent_type_ in _WHEN_OR_HOW_MUCH or noun.like_num


def _noun_before_time(pronoun: Token, when: Token, people: frozenset[str]) -> Token | None:
    """ "Hamas issued a statement on Monday, which said", "The report came out in 2016, which said": a "which" the parse
    hung on a date or an amount stands for the noun said or done at that time, the nearest noun before the date's
    phrase (over its preposition and verb) that is no date itself; a punctuation mark or ``TIME_REACH`` words without
    one leave it unresolved, a reader prefers no speaker to a date."""
    doc = pronoun.doc
    k = when.left_edge.i - 1
    sent_start = when.sent.start
    for _ in range(TIME_REACH):
        if k < sent_start or doc[k].is_punct:
            return None
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and not _time_or_amount(t) and t.dep_ not in ("compound", "poss") \
                and _agrees_relative(pronoun, t, people):
            return t
        k -= 1
    return None


_PLACES = ("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "MONEY")  # "18% who say", "two-thirds who": people


def _animate(noun: Token, people: frozenset[str]) -> bool:
    """What a "who" may stand for when nothing nearer agrees: no place, date or thing ("a game who said" is
    a misparse; a reader prefers the "who" unresolved to the game as its speaker). People, bodies of people
    and names stay."""
    if _place(noun):
        return False
    if noun.pos_ == "PROPN" or noun.tag_ in ("NNS", "NNPS"):
        return True
    if noun.pos_ in ("PRON", "DET", "NUM") or noun.ent_type_ in ("PERCENT", "CARDINAL"):
        return noun.lower_ not in _THINGS  # "some who warned", "those who said", "18% who say"
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in people or noun.lower_ in people or lemma in COLLECTIVE
                                    or lemma in _BODIES or lemma.endswith(_PERSON_ENDINGS))


_THINGS = frozenset({"it", "this", "that", "which", "what", "these"})


def _place(noun: Token) -> bool:
    """A place, date or amount by its entity label, unless it is a clause's subject: NER labels people places
    ("said Borges, who predicted": GPE), but a place seldom says anything."""
    return noun.ent_type_ in _PLACES and noun.dep_ not in SUBJECTS


_BODIES = read_words("bodies_of_people.txt")
_PERSON_ENDINGS = ("ologist", "ician", "iatrist")  # "neurologist", "physician", as ``source_types`` reads them


def _person_above(pronoun: Token, parsed: Token, people: frozenset[str]) -> Token | None:
    """A "who" the parse hung on a body named inside a person's phrase is the person's: "Joseph Shaw, the head of
    the Latin Mass Society and the spokesman for the Filial Correction, who wrote" (Shaw wrote, not the Correction).

    Up from the body through "of"/"for" phrases, joined and apposed nouns, to a person's name or a noun of
    people; a body standing on its own ("talks with the Taliban, who refused") keeps the clause.
    """
    if pronoun.lower_ not in _WHO or parsed.pos_ != "PROPN" or parsed.ent_type_ in ("PERSON", "NORP"):
        return None
    t = parsed
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("of", "for", "at") and t.head.head != t.head:
            t = t.head.head
        elif t.dep_ in ("conj", "appos", "compound") and t.head != t:
            t = t.head
        else:
            return None
        if t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and (t.lemma_.lower() in people or t.lower_ in people)):
            return _named_above(t)
    return None


def _named_above(token: Token) -> Token:
    """ "Joseph Shaw, the head of ... and the spokesman for ...": the name the roles are put beside."""
    t = token
    for _ in range(6):
        if t.dep_ not in ("conj", "appos") or t.head == t:
            break
        t = t.head
        if t.ent_type_ == "PERSON":
            return t
    return token


def which_after_body(pronoun: Token, people: frozenset[str]) -> Token | None:
    """A "which" right after a name of a body, whose clause the parse made a clause of the verb: "they turned to
    the Chicago Police Department which reported 2,521 shooting incidents" (the parse's "reported" hangs on
    "turned"): the department. Only a proper noun no person's, right before the pronoun; else None (left
    unresolved: a reader prefers no speaker to a guess)."""
    if pronoun.lower_ != "which" or pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.pos_ != "PROPN" or _place(before) or not _agrees_relative(pronoun, before, people):
        return None
    return before


def plural_clause_on_singular(pronoun: Token, noun: Token) -> bool:
    """A "who" whose clause's verb is plural ("who want", "who are", "who have said") cannot stand for a single
    thing the tagger called a name: "a group of Islamic converts to Catholicism, who want Francis to answer": the
    converts want it, never Catholicism. A present tense agrees with its subject in number (a "who" subject is in
    the third person, so a VBP is plural).

    Only a singular proper noun no NER label makes a person or a body of people, standing alone: a body's name takes
    a plural verb in British English ("Greenpeace, who want"), a named person is the parse's own reading, joined
    names are many ("Strzok and Page, who have"), and a past tense says nothing of number."""
    if pronoun.lower_ not in _WHO or pronoun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ != "NNP" \
            or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or any(c.dep_ == "conj" for c in noun.children):
        return False
    verb = pronoun.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = min(verbs, key=lambda t: t.i)
    return first.tag_ == "VBP" or first.lower_ in ("are", "were")


def _many_above(noun: Token, people: frozenset[str]) -> Token | None:
    """The people or body up the noun phrase of a singular name a plural "who" cannot stand for
    (``plural_clause_on_singular``): "a group of Islamic converts to Catholicism, who want": the group; "teachers of
    Catholicism, who have asked": the teachers. Up through prepositions and nouns only; None where none is people."""
    t = noun
    while t.head != t and (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ == "prep"):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNP" and _animate(t, people):
            return t
    return None


def _agrees_relative(pronoun: Token, noun: Token, people: frozenset[str]) -> bool:
    if plural_clause_on_singular(pronoun, noun):
        return False
    # a place is no "who": "a gynecologist from Englewood, New Jersey, who said"
    human = (noun.pos_ == "PROPN" and not _place(noun)) or noun.lemma_.lower() in people or noun.lower_ in people \
        or (noun.ent_type_ == "PERSON" and noun.pos_ == "NOUN")  # "Martin O’Malley, who": the tagger's NN for a name
    if pronoun.lower_ in _WHO:  # "the Never Trumpers who": a plural that "who" follows is people
        return human or noun.tag_ in ("NNS", "NNPS") and noun.i == pronoun.i - 1
    if _time_or_amount(noun):
        return False  # "released Tuesday, which claimed": no day claims anything ("18% who say" are people, above)
    if pronoun.lower_ == "which":
        return not (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in people)
    return True


# the words that open a clause of comparison: "than Mr. Perot did", "like his father had"
_COMPARING_MARKS = frozenset({"than", "like"})
# verbs whose "like" clause is what seems so, not a comparison: "It looks like Mr. Smith will win"
_SEEMING = frozenset({"look", "seem", "sound", "feel", "appear", "smell", "taste"})
# "as soon as", "as long as", "as far as": a clause of time or condition, not a measure
_AS_IDIOMS = frozenset({"soon", "long", "far"})


def compared_subject(token: Token) -> bool:
    """The token heads the subject of a clause of comparison: "Mr. Trump has broken more rules than Mr. Perot did",
    "She spends as much as her rival does", "He campaigns like his father did". The one compared with is named in
    passing, to measure the sentence's own subject; a later "he" does not take him up (blind audit p76: "He tells
    audiences" went to Perot). Not the subject of an "as" clause of time or reason ("as Smith left, ..."): only an
    "as" after "as much", "as often" and the like."""
    t = token
    for _ in range(6):
        if t.dep_ in SUBJECTS:
            break
        if t.dep_ not in ("appos", "compound", "flat", "conj") or t.head == t:
            return False
        t = t.head
    else:
        return False
    verb = t.head
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.i > t.i:
            continue
        if mark.lower_ in _COMPARING_MARKS:
            return mark.lower_ != "like" or verb.head.lemma_.lower() not in _SEEMING
        if mark.lower_ == "as" and mark.i >= 2 and not (token.doc[mark.i - 1].lower_ in _AS_IDIOMS
                                                        and token.doc[mark.i - 2].lower_ == "as") \
                and any(c.lower_ == "as" and c.dep_ == "advmod" and c.i < mark.i for c in verb.head.subtree):
            return True  # "as much time in Iowa as Mr. Grant does"; not "As a rookie, ... as Jones watched"
    return False
