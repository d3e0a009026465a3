"""Who is on the scene for a pronoun, and who is only mentioned: pure functions of the parse and the names met.

A reader takes a "he said" for the one speaking in the sentences around, not for a man named only in a noun's
phrase ("protests over the death of Keith Lamont Scott", ``of_a_thing``) or one the text has just said died
(``departed``); an "it" that shows something after a thing was the subject is that thing, no one who speaks
(``thing_in_between``); an "it" is never one of two names joined (``joined_name``); a "he" after "The president's
roots came into play" is not the aide named before (``role_in_between``); a "he" is no one named only in passing,
never a subject nor a speaker ("made life more difficult for Putin", ``named_in_passing``). ``pronouns.antecedent``
consults them after its ranking.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.agency import agency_of, agentive, it_antecedent
from sayso.nlp.extract.antecedents import SALIENCE_WINDOW, SUBJECTS, is_subject, is_topic
from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_context import Name, SourceContext, norm_name
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS


def of_a_thing(ctx: SourceContext, name: Token) -> bool:
    """The name only qualifies a thing or an event, in a phrase a noun heads: "protests over the death of Keith
    Lamont Scott", "his critiques of Mr. Sanders". The person is mentioned, not brought on the scene. Not so one
    whose words the noun stands for ("heard testimony from Dr. Robert Jones", "the very words of Abraham Lincoln":
    a cue noun, a document, ``_WORDS``), one of the people it names ("defenders of globalization, like Gary
    Hufbauer": only a phrase about the person counts, ``_ABOUT``), one a description brings on ("courtesy of Wes
    Nakagiri, a delegate from Michigan"), or the person a subject noun is about ("The death of Scott shocked")."""
    t = _phrase_head(name)
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in _ABOUT:
        return False  # "at an event in Ohio, Brenda Johnson railed": the parse's "in" phrase, no noun's object
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in t.children):
        return False  # "courtesy of Wes Nakagiri, a delegate from Michigan": a description brings him on
    noun = t.head.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or is_subject(noun):
        return False
    lex = ctx.lexicon
    return not any(w in words for w in (lemma, noun.lower_)
                   for words in (lex.nouns, lex.documents, ctx.people, lex.person_nouns, _WORDS))


_ABOUT = frozenset({"of", "over", "about", "against", "on", "for"})  # "the death of", "protests over", "a case against"
_WORDS = read_words("words_nouns.txt")


def joined_name(head: Token) -> bool:
    """The name is one of two names joined ("The United States and China"); "Google and its partners" is Google's."""
    if head.pos_ != "PROPN":
        return False
    if head.dep_ == "conj" and head.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children)


def one_of_a_list(ctx: SourceContext, name: Name, fits: Callable[[Name], bool]) -> bool:
    """The person is one of several people a list names ("Performers included Will Smith, Stevie Wonder and Patti
    LaBelle", "met with John Smith and Mark Jones") whom the pronoun fits alike: a reader cannot tell which one a
    "he" after it means, the last no more than the first, so no one is better than a guess. Gender tells them apart
    where the text or a given name says it (``fits``; of a
    person whose gender is known, only members known to share it are rivals); a member who has been speaking since is met again as the speaker,
    not as the list's."""
    if name.type != "person" or name.at in ctx.speakers:
        return False
    members = _coordinated(name.head)
    if len(members) < 2:
        return False
    sent = name.head.sent
    own = norm_name(name.name)
    gender = ctx.genders.get(own)  # a woman among men of whom one has a name no lexicon knows is still the "she"
    return any(n.head.i in members and n.type == "person" and norm_name(n.name) != own and fits(n)
               and (gender is None or ctx.genders.get(norm_name(n.name)) == gender)
               for n in ctx.names_between(sent.start_char, sent.end_char))


def _coordinated(head: Token) -> set[int]:
    """The tokens the parse joins with ``head`` into one list ("Smith, Wonder and LaBelle"): the heads of its names.
    A list may name its members under a common noun put beside them ("four Americans: Ambassador Chris Stevens,
    officer Sean Smith, and former SEALs Tyrone Woods and Glen Doherty": the parse hangs the last pair on "SEALs",
    one of the list): the walk climbs conjuncts and such appositions to the list's top, then takes every conjunct
    and apposition below it. A name apposed to another name ("Hillary, Chris Stevens") is no list."""
    top = head
    while top.dep_ == "conj" or (top.dep_ == "appos" and top.head.pos_ == "NOUN"):
        top = top.head
    members, todo = {head.i}, [top]
    while todo:
        t = todo.pop()
        members.add(t.i)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos") and c.i not in members]
    return members | {t.i for t in head.conjuncts}


_KILLED = frozenset({"kill", "murder", "slay", "assassinate", "execute", "behead", "lynch"})


def departed(name: Token) -> bool:
    """The text has just said the person died: the subject of "died" or of a passive "was killed", "was murdered",
    "was shot dead". A speaker on the scene outranks him for a later "he said" (an obituary's own subject, with
    no one else speaking, keeps it)."""
    t = _phrase_head(name)
    verb = t.head
    if t.dep_ == "nsubj":
        return verb.lemma_.lower() in ("die", "drown")
    if t.dep_ != "nsubjpass":
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # "was shot and killed"
    return any(v.lemma_.lower() in _KILLED or (v.lemma_.lower() in ("shoot", "find", "pronounce")
                                               and any(c.lower_ == "dead" for c in v.children))
               for v in verbs)


def thing_in_between(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """An "it" that shows something, whose nearest subject after the chosen name is a thing that says nothing
    ("Mr. Ban's record ... The Paris agreement was signed in 2015. It showed that ..."): the "it" is the agreement,
    and the writer's reasoning about it is no one's statement. So where that subject is no "it" at all ("The United
    States and China joined the agreement. It showed that ..."): the "it" is what they did.

    Only with a verb of evidence ("showed", "proved"): a thing says nothing, so the "it" of "It said" is someone.
    A body that may speak ("The bank was fined. It said"), a document, a finding, a possessed thing ("Apple's stock
    fell": the possessor is a name) and a name leave the pronoun to the ranking."""
    if pronoun.lower_ != "it" or pronoun.head.lemma_.lower() not in ctx.lexicon.evidence:
        return False  # a thing shows, suggests, proves; "It said" is someone's ("The quarter was strong. It said")
    subject = it_antecedent(pronoun)
    if subject is None or subject.idx <= chosen.at:
        return False
    if joined_name(subject) and not any(n.head.i == subject.i and n.at in ctx.speakers for n in ctx.names):
        return True  # "The United States and China joined the Paris agreement. It showed": what they did showed it
    if subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return False
    if any(c.dep_ == "poss" for c in subject.children) or subject.lemma_.lower() in ctx.lexicon.documents:
        return False
    return not any(n.head.i == subject.i for n in ctx.names) and not agentive(subject, agency_of(ctx.lexicon))


def mentioned_beside_speaker(ctx: SourceContext, name: Name, before: int, gender: str | None) -> bool:
    """The name only qualifies a thing (``of_a_thing``: "the death of Keith Lamont Scott") while someone else has
    spoken since shortly before it: the speaker on the scene, whom the pronoun does not fit for want of a kind
    ("Christie", NER's ORG), is whom a reader hears, never the man a story is about; no one is better than him.
    A speaker of the other gender (Michelle Obama before "the words of Abraham Lincoln. He concluded") is no rival.
    ``before``: where the pronoun's sentence starts; ``gender``: the pronoun's."""
    if name.at in ctx.speakers or not of_a_thing(ctx, name.head):
        return False
    return any(name.at - SALIENCE_WINDOW <= n.at < before and n.at != name.at and n.at in ctx.speakers
               and not (n.type == "person" and ctx.genders.get(norm_name(n.name), gender) != gender)
               for n in ctx.names[bisect_left(ctx.positions, name.at - SALIENCE_WINDOW):bisect_left(ctx.positions, before)])


def named_in_passing(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The chosen name, in a sentence before the pronoun's, is no topic there (an object, a possessor of an object,
    a name in a phrase: "made life more difficult for Putin", "part of Barack Obama's reestablishment of
    relations", "the Christians who were following the living Christ"), and the text never names that person as a
    speaker nor, before the pronoun, as a subject: a reader hears in the "he said" someone on the scene, never a man
    only mentioned. The pronoun is left to no one rather than given to him. "Tillerson met Iraqi leaders. He said"
    is Tillerson's: the subject; so is "... visited Bernie Sanders. He said" where Sanders speaks elsewhere.
    Only "he" and "she", of a person; not a name the sentence's own verb acts on (``acted_on``: "Police arrested
    Smith. He told reporters"), one asked or told, one a sentence names or describes, the author of words."""
    if pronoun.lower_ not in ("he", "she") or chosen.type != "person" or chosen.head.sent == pronoun.sent \
            or is_topic(chosen.head) or acted_on(chosen.head):
        return False
    if addressed(ctx, chosen.head) or _phrase_head(chosen.head).dep_ in ("attr", "oprd") or described(chosen.head) \
            or author_of_words(ctx, chosen.head):
        # "Carlson asked fellow guest Catherine Lombardo about it. '...,' she said": the one asked answers; "a resident
        # named Caroline", "the winner was John Smith": the name of the one the sentence is about; "like Gary
        # Hufbauer, a senior fellow at the institute": a description brings him on the scene; "a message from Wendy
        # Sherman": the one whose words the text goes on to give
        return False
    key = surname(chosen.name)
    return not any(n.at in ctx.speakers or (n.at < pronoun.idx and (is_topic(n.head) or n.head.sent == pronoun.sent))
                   for n in ctx.names
                   if n.type == "person" and n.head.pos_ != "PRON" and surname(n.name) == key)


def acted_on(name: Token) -> bool:
    """The name is the object of its sentence's own verb, not of a relative clause inside it: "Police arrested Smith
    on Monday. He told reporters ...", "CNN interviewed Harris": the one acted on is on the scene, as a subject is, and
    a later "he said" is his. "the Christians who were following the living Christ" is an object in a clause about
    others, a name in passing."""
    t = _phrase_head(name)
    if t.dep_ not in ("dobj", "dative"):
        return False
    return not any(v.dep_ in ("relcl", "acl") for v in (t.head, *t.head.ancestors))


def addressed(ctx: SourceContext, name: Token) -> bool:
    """The name (or the noun it stands beside: "asked fellow guest Catherine Lombardo") is the object of a verb of
    saying or asking: the one told or asked, whom a reader expects to answer."""
    t = _phrase_head(name)
    return t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in ctx.lexicon.verbs


def described(name: Token) -> bool:
    """The name has a description after it, set off as an apposition: "Jay DiPietro, the club's president",
    "IIyse Hogue, president of NARAL": someone the text introduces, not one it only mentions."""
    t = name
    while t.dep_ in ("compound", "flat") and t.head != t:
        t = t.head
    return any(c.dep_ == "appos" and c.i > t.i and c.pos_ in ("NOUN", "PROPN") for c in t.children)


def author_of_words(ctx: SourceContext, name: Token) -> bool:
    """The name is whom a noun of words is from, of or by ("a message from Wendy Sherman", "the very words of Abraham
    Lincoln", "a statement by the senator"): its author, whose words a later "she wrote" may give."""
    t = _phrase_head(name)
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("from", "of", "by"):
        return False
    noun = t.head.head
    lex = ctx.lexicon
    return noun.pos_ == "NOUN" and any(w in words for w in (noun.lemma_.lower(), noun.lower_)
                                       for words in (lex.nouns, lex.documents, _WORDS))


def _phrase_head(name: Token) -> Token:
    """The noun a name stands beside or in ("fellow guest Catherine Lombardo": guest)."""
    t = name
    while t.dep_ in ("appos", "compound", "flat") and t.head != t:
        t = t.head
    return t


def role_in_between(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """A definite role noun is the subject, or owns the subject, of a sentence after the chosen name's and before the
    pronoun, and the text described the chosen one by that role as someone else's: "Benjamin J. Rhodes, one of the
    president's closest aides, recalled ... The president's Pacific roots also came into play. In Honolulu, he
    told ...": the "he" is the president, not his aide Rhodes. The pronoun is left to no one rather than given to
    the name before the role.

    A role noun is most often the writer's other name for the one just named ("Bernie Sanders said ... The Vermont
    senator declined ... But he told"): only a role the chosen one's own description sets apart from him (his
    boss: "the president's aide", "an adviser to the governor", "the senator's spokesman") counts. Only "he" and
    "she", only outside quotations, only a singular role."""
    if pronoun.lower_ not in ("he", "she"):
        return False
    others = _roles_of_others(ctx, chosen)
    if not others:
        return False
    doc = ctx.doc
    for tok in doc[doc[chosen.head.i].sent.end:pronoun.i]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in others:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        subject = tok.dep_ in SUBJECTS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS)
        if subject and ctx.quotes.containing(tok.idx) is None:
            return True
    return False


_NEW_ONE = frozenset({"a", "an", "one", "another"})
_PERSONAL = {"he": "he", "him": "he", "she": "she", "her": "she"}  # the object forms: "heard him say"
_MALE, _FEMALE = frozenset({"man", "boy", "father", "husband", "son", "brother"}), frozenset(
    {"woman", "girl", "mother", "wife", "daughter", "sister"})


def newcomer_in_between(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """Someone new the text brings in without a name ("one diplomat", "a man") speaks after the chosen name's
    sentence and before the pronoun: "... reestablishment of relations by Barack Obama. The Daily Mail reported that
    one diplomat described being jolted awake ... When he got back into bed, ... as if, he told doctors, he had
    walked through a wall": the "he" is the diplomat, whom no name stands for, not Obama. The pronoun is left to
    no one rather than given to the name before. Only "he" and "she"; only a singular noun of a person or a role
    after "a", "an", "one" or "another", of no other sex ("a woman said" is no "he"), the subject of a verb of
    saying, outside quotations; "Obama met one diplomat" (an object, not speaking) is no newcomer. A newcomer who
    is the main subject of the sentence right before the pronoun's is one whatever his verb ("A terrorist stabbed
    four people while screaming ... He also shouted": the one the text has just brought on, not the suspect it
    named two sentences before); so is the "him" of "A woman heard him say ..." after him."""
    low = _PERSONAL.get(pronoun.lower_) if pronoun.tag_ == "PRP" else None
    if low is None:
        return False
    doc = ctx.doc
    other = _FEMALE if low == "he" else _MALE
    lex = ctx.lexicon
    for tok in doc[doc[chosen.head.i].sent.end:pronoun.sent.start]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in SUBJECTS or tok.lemma_.lower() in other \
                or of_other_sex(tok.lemma_.lower(), "m" if low == "he" else "f"):
            continue
        known = tok.lemma_.lower() in lex.person_nouns or tok.lemma_.lower() in lex.person_roles
        leads = _leads_sentence_before(tok, pronoun, low) and person_noun(ctx, tok)  # "a terrorist" read off its ending
        if not (known or leads) or not any(c.dep_ in ("det", "nummod") and c.lower_ in _NEW_ONE for c in tok.children):
            continue
        if ctx.quotes.containing(tok.idx) is None and (leads or (known and tok.head.lemma_.lower() in lex.verbs)):
            return True
    return False


def _leads_sentence_before(tok: Token, pronoun: Token, low: str) -> bool:
    """The token is the active subject of the root of the sentence right before the pronoun's, or of one before it
    whose following sentences, up to the pronoun's, go on with the same pronoun as their subject ("A terrorist
    stabbed four people. He also shouted .... A woman heard him say ...")."""
    sent = tok.sent
    if tok.dep_ != "nsubj" or tok.head != sent.root:
        return False
    doc = tok.doc
    end = sent.end
    while end < pronoun.sent.start:
        nxt = doc[end].sent
        if not any(t.dep_ == "nsubj" and t.head == nxt.root and _PERSONAL.get(t.lower_) == low for t in nxt):
            return False
        end = nxt.end
    return True


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "dealer", "investor", "activist", "historian", "consultant"
THING_ENDINGS = ("ment", "paper", "letter", "center", "centre", "order", "number", "chapter", "poster", "computer")


def person_noun(ctx: SourceContext, noun: Token) -> bool:
    """A common noun of a person: a role or a noun of people the lexicons know ("spokesman", "official"), or one
    shaped as a noun of someone who does something ("dispatcher", "investor"), as ``spoken_person`` reads it."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    lex = ctx.lexicon
    if lemma in ctx.people or lemma in lex.person_nouns or lemma in lex.person_roles:
        return True
    if lemma in lex.documents or lemma in lex.agency or lemma in ORG_NOUNS or lemma in OUTLET_NOUNS:
        return False
    return lemma.endswith(AGENT_ENDINGS) and not lemma.endswith(THING_ENDINGS) and len(lemma) > 4


def of_other_sex(lemma: str, gender: str | None) -> bool:
    """A compound of "-woman" is no "he" (gender "m"), one of "-man" ("spokesman") no "she" ("f"); "woman" itself
    ends in "man" too."""
    if lemma.endswith("woman"):
        return gender == "m"
    return gender == "f" and lemma.endswith("man")


def sentences_back(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before the token's own (fewer at the document's start):
    where a walk back over the last few sentences begins."""
    doc = token.doc
    start = token.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _roles_of_others(ctx: SourceContext, chosen: Name) -> frozenset[str]:
    """The roles the chosen one's own phrase names as someone else's: the possessor or the "of" / "to" object in his
    description ("one of the president's closest aides", "an adviser to the governor", "chief of staff to the mayor")."""
    head = chosen.head
    described = [c for c in head.children if c.dep_ in ("appos", "relcl", "acl")]
    out = set()
    for d in described:
        for tok in d.subtree:
            lemma = tok.lemma_.lower()
            if lemma not in ctx.lexicon.person_roles or tok.tag_ != "NN":
                continue
            if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "for")):
                out.add(lemma)
    return frozenset(out)


def subject_read_as_apposition(name: Token, verb: Token | None = None) -> Token | None:
    """The subject of the sentence's main verb, which the parse hung on the name as an apposition: "During the
    recordings, which were released by Mike Tokes, one of the dispatchers is heard telling a plane ...": the
    dispatcher is heard, not Tokes; the main verb has no subject of its own, and the apposition runs right up to
    it (its auxiliaries between). Only a phrase with no proper noun (someone the text does not name) and only a
    name that is itself no subject. The verb is the sentence's root, or the one ``verb`` names (the verb of a
    quoted report: '"During the recordings, which ..., one of the dispatchers is heard ...," SHTFplan reported');
    a subject of its own counts only where the parse swallowed the name's whole phrase into it ("the recordings,
    which were released by Mike Tokes, one of the dispatchers" read as one subject of "is heard")."""
    if name.dep_ in SUBJECTS:
        return None
    doc = name.doc
    root = name.sent.root if verb is None else verb
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                               and not c.left_edge.i <= name.i <= c.right_edge.i
                                               for c in root.children):
        return None
    for appos in (t for t in name.subtree if t.dep_ == "appos" and t.i > name.i):  # "strategist and co-founder ... Mike
        # Tokes, one of the dispatchers": the apposition hung on the last word of the name's phrase
        if any(t.pos_ == "PROPN" for t in appos.subtree):
            continue
        k = appos.right_edge.i + 1
        while k < root.i and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
            k += 1
        if k == root.i:
            return appos
    return None

