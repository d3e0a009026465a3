"""The strategies for a mention that stands for someone: "we", "this reporter" are the author (``by_author``),
"he", "they", "it" the earlier name they agree with (``by_pronoun``), "its statement" the one "its" stands for
(``by_possessor``). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.antecedents import is_expletive, is_subject
from sayso.nlp.extract.bound_objects import clause_subject
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.family_choice import title_against, word_before
from sayso.nlp.extract.family_names import GENERATION_SUFFIXES
from sayso.nlp.extract.faulted_objects import remark_owner
from sayso.nlp.extract.issuers import put_out_record
from sayso.nlp.extract.name_forms import given_gender, surname
from sayso.nlp.extract.non_statements import in_open_quotation
from sayso.nlp.extract.pronoun_chains import chained_antecedent
from sayso.nlp.extract.pronouns import (
    POSSESSIVES,
    agreement,
    antecedent,
    name_gender,
    pronoun_gender,
)
from sayso.nlp.extract.quoted_pronouns import open_quotation_start, quoted_speaker_scope
from sayso.nlp.extract.quoted_reports import sole_quoted_name
from sayso.nlp.extract.quotes import Quote
from sayso.nlp.extract.replies import alternating_turn, passive_askers, previous_turn, replying
from sayso.nlp.extract.rival_names import rival_in_between
from sayso.nlp.extract.source_context import (
    ANY_PRONOUN,
    UNRESOLVED_KEY,
    Name,
    Ref,
    Resolution,
    SourceContext,
    norm_name,
)
from sayso.nlp.extract.source_types import proper_tokens
from sayso.nlp.extract.unnamed_people import unnamed_person
from sayso.nlp.extract.unread_speakers import unread_person, unread_speaker


def by_author(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "we noted", "this reporter": the article's own voice; not a "we" in a quotation opened on an earlier line
    and not yet closed (a transcript's paragraphs: 'Jihad Al-'Ayesh: “... [...] “That is when the Final Solution
    began.\nWhen we say ..., we realize': the one quoted and his audience, not the writer)."""
    if ref.type != "author":
        return None
    if ref.head.pos_ == "PRON" and in_open_quotation(ctx.quotes.text, ref.head.idx):
        # a key of its own, so no fallback types it the author again; one "we" per text, as "the author" is
        return Resolution(ref.text, "unknown", f"unknown:{norm_name(ref.text)}")
    return Resolution("the author", "author", "author")


def by_pronoun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "he", "they", "it": the name it agrees with, by sentence, salience and recency (``antecedent``); so does
    a possessive that is the mention itself ("their empty charges that ...": the noun of saying its cue)."""
    if ref.head.lower_ not in ANY_PRONOUN and ref.head.lower_ not in POSSESSIVES:
        return None
    if is_expletive(ref.head):
        return Resolution(ref.text, "unknown", UNRESOLVED_KEY)
    agrees = agreement(ctx, ref.head)
    fits = agrees
    quote = quoted_speaker_scope(ctx.quotes, ref.head, ref.said)
    if quote is not None:
        # '“The cop came to Chris Gowen's office ... Then he came back and said, ‘...’”': only the one name the
        # quotation gives before it, else the pronoun as written (``quoted_pronouns``)
        lex = ctx.lexicon
        if not sole_quoted_name(ref.head, quote, lex.person_roles | lex.person_nouns, lex.given_genders):
            return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
        fits = _within(fits, (quote.start, ref.head.idx))
    opened = open_quotation_start(ctx.quotes, ref.head, ref.said) if quote is None else None
    if opened is not None:
        # '“Our governments,” Wilders declared, “sold us out ...\n... And if we complain about it, they call us racists':
        # in a speaker's words run over lines, only a name those words give before it (the one name, as a closed
        # quotation's is read, else the ranking among them), never one outside them
        lex = ctx.lexicon
        words = Quote(opened, ref.head.idx, opened + 1, ref.head.idx, False)
        named = [n for n in ctx.names_between(opened, ref.head.idx) if fits(n)]
        if named and sole_quoted_name(ref.head, words, lex.person_roles | lex.person_nouns, lex.given_genders):
            return _resolved(ctx, ref, named[-1])
        fits = _within(fits, (opened, ref.head.idx))
    affirmer = affirmed_subject(ctx, ref.head, fits)
    if affirmer is not None:  # "Askia Muhammad ... knew this would impact the election: he said so": Muhammad
        return _resolved(ctx, ref, affirmer)
    owner = remark_owner(ref.head)
    if owner is not None:  # "They challenged him over his comments that ...": "his" is "him", not one of "They"
        found = _object_name(ctx, owner)
        if found is not None and fits(found):
            return _resolved(ctx, ref, found)
    said = ref.said
    if said is not None:  # '“... recorded in Equateur province,” it said': no one the statement names is who says it
        fits = _not_named_in(_outside(fits, said), named_in(ctx, said))
    addressed = addressees(ctx, ref.head)
    if addressed:  # '“...,” he told Rubio': the one told is not the one telling
        fits = _not_named_in(fits, addressed)
    bound = bound_names(ctx, ref.head)
    if bound:  # "he wanted to challenge him on calling ...": the "him" is not whom the "he" stands for
        fits = _not_named_in(fits, bound)
    answered = previous_turn(ctx, ref.head) if replying(ref.head) else None
    if answered is not None:  # 'Ahab said to Elijah, “...” And he answered': not Ahab, Elijah
        fits = _not_answered(fits, answered.speaker)
        if answered.addressee is not None and fits(answered.addressee):
            return _resolved(ctx, ref, answered.addressee)
    askers = passive_askers(ref.head)
    if askers:  # "Clinton was asked by an Iowa voter ... She replied": the voter asked, Clinton answers
        fits = _not_asker(ctx, fits, askers)
    other = alternating_turn(ctx, ref.head)
    if other is not None and (fits(other) or other.type != "person"):
        # "And the Lord said, ... And Abraham answered ... And he said": the Lord (whom NER may type a body: one who
        # speaks by turns is someone; a person of the other sex does not fit)
        return _resolved(ctx, ref, other)
    last = antecedent(ctx, ref.head, fits)
    if last is None:
        # "A Muslim terrorist stabbed four people ... he also shouted": the one the text introduced, not named
        last = unnamed_person(ctx, ref.head)
    if last is None:
        # "He cited Robert Spencer ... In a letter to May, he said": whoever the "He" before is
        last = chained_antecedent(ctx, ref.head, lambda t: antecedent(ctx, t, agreement(ctx, t)))
        if last is not None and not fits(last):  # '“You are wrong,” he told Rubio': not Rubio, whatever "He" was
            last = None
    if last is not None and askers and not fits(last):
        last = None  # "an Iowa voter" introduced unnamed (``unnamed_person``) is still the one who asked
    unread = unread_speaker(ctx, ref.head, ref.said, last, fits) if last is not None else None
    if unread is not None:
        # '“...,” the host said. “...,”Warren said. “...,” she continued': Warren, whom no statement's source read;
        # the one person of that name the pronoun fits, else no one
        last = unread_person(ctx, unread, ref.head.idx, fits)
    if last is None or rival_in_between(ctx, ref.head, last, agrees):
        # "Mark Hill said ... in the office of Tom Reed. The office was closed. He said": a guess between two names
        return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
    return _resolved(ctx, ref, last)


def _object_name(ctx: SourceContext, obj: Token) -> Name | None:
    """The name an object stands for: the name met at it, or what an object pronoun resolves to, not its clause's
    subject (``bound_names``)."""
    if obj.tag_ == "PRP":
        fits = _not_named_in(agreement(ctx, obj), bound_names(ctx, obj))
        subject = clause_subject(obj)
        if subject is not None and subject.lower_ in ("he", "she", "they"):
            group = antecedent(ctx, subject, agreement(ctx, subject))
            if group is not None:  # "Mr. Rubio and Mr. Cruz ... They challenged him": neither of the two
                low, high = group.head.left_edge.i, group.head.right_edge.i
                fits = _outside_tokens(fits, low, high)
        return antecedent(ctx, obj, fits)
    return next((n for n in ctx.names_between(obj.left_edge.idx, obj.right_edge.idx + 1) if n.head.i == obj.i), None)


def _outside_tokens(fits: Callable[[Name], bool], low: int, high: int) -> Callable[[Name], bool]:
    """No name whose head stands in the tokens ``low`` to ``high``."""
    return lambda n: fits(n) and not low <= n.head.i <= high


def affirmed_subject(ctx: SourceContext, pronoun: Token, fits: Callable[[Name], bool]) -> Name | None:
    """The subject of the clause a "he said so" affirms, in the pronoun's own sentence before it: "The photographer
    Askia Muhammad, who took this photo of Barack Obama, knew this would impact the election: he said so":
    Muhammad, who is no one the statement merely names (``named_in``), but its own subject saying so. Only a
    subject pronoun of a verb with "so" right after it, whose clause (a complement the parse hung on the verb,
    before it, or the clause the verb is joined to) has a fitting name for subject; None for a plain "he said" and for "Jones knew it; he said so"
    where Jones does not fit the pronoun."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.i + 1 >= len(verb.doc) or verb.nbor().lower_ != "so" \
            or verb.nbor().head != verb:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i), None)
    if clause is None and verb.dep_ == "conj" and verb.head.i < pronoun.i:
        clause = verb.head  # "Jones believed the plan would fail, and he said so"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None:
        return None
    phrase = {t.i for t in subject.subtree if t.dep_ not in ("relcl", "acl")} - {
        t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    found = [n for n in ctx.names_between(subject.left_edge.idx, subject.right_edge.idx + 1)
             if n.head.i in phrase and fits(n)]
    return found[0] if found else None


def _resolved(ctx: SourceContext, ref: Ref, last: Name) -> Resolution:
    """The name a pronoun stands for, as a source: a possessor's "'s" dropped, a surname made the full name."""
    pname = re.sub(r"[’']s?$", "", last.name) if last.head.dep_ == "poss" else last.name  # "Taylor Swift's" is Taylor Swift
    if last.type == "person" and len(pname.split()) == 1:
        full = ctx.surnames.get(pname.lower(), pname)
        if not title_against(word_before(ctx.quotes.text, last.at), full, ctx.lexicon.given_genders) \
                and not (last.at in ctx.recalled and _gender_against(ctx, ref.head.lower_, full)):
            # but "Mr. Obama" beside "Michelle Obama" alone is another Obama, and so is the "he" of a statement's
            # speaker resolution left bare ("President Obama said ... He added")
            pname = full
    return Resolution(pname, last.type, f"{last.type}:{norm_name(pname)}")


def _gender_against(ctx: SourceContext, pronoun: str, name: str) -> bool:
    """Whether "he" or "she" contradicts the given name of ``name``."""
    gender = given_gender(name, ctx.lexicon.given_genders)
    return pronoun in ("he", "she") and gender is not None and gender != ("m" if pronoun == "he" else "f")


def _within(fits: Callable[[Name], bool], span: tuple[int, int]) -> Callable[[Name], bool]:
    return lambda n: fits(n) and span[0] <= n.at < span[1]


def _outside(fits: Callable[[Name], bool], said: tuple[int, int]) -> Callable[[Name], bool]:
    return lambda n: fits(n) and not said[0] <= n.at < said[1]


def named_in(ctx: SourceContext, said: tuple[int, int]) -> frozenset[str]:
    """The people a statement names, in grouping form ("Avenatti" in it is "michael avenatti"); a name that only
    qualifies a noun ("the Trump administration’s objectives", "the Trump Campaign") names no one."""
    return frozenset(norm_name(n.name) for n in ctx.names_between(*said)
                     if n.type == "person" and not n.modifier and n.head.dep_ not in ("compound", "amod"))


def addressees(ctx: SourceContext, pronoun: Token) -> frozenset[str]:
    """The people the pronoun's own verb is told to or asks ("he told Rubio", "she asked Mr. Kidd", "he wrote to
    Smith"), in grouping form: a subject pronoun never stands for its own verb's object.

    Wider than ``addressees.addressee_head`` on purpose: that one finds whom a cue is said to, so it takes a direct
    object only after a verb of telling ("told Rubio", never "slammed Avenatti") and "to" only after a verb of
    saying; here every direct object, dative and object of "to" of any verb is left out ("He described Avenatti
    as ..." is not Avenatti describing himself), and the pronoun's own verb need be no cue."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    heads = {c.i for c in verb.children if c.dep_ in ("dobj", "dative")}
    heads |= {g.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"}
    if not heads:
        return frozenset()
    return frozenset(norm_name(n.name) for n in ctx.names_between(verb.sent.start_char, verb.sent.end_char)
                     if n.type == "person" and n.head.i in heads)


def bound_names(ctx: SourceContext, pronoun: Token) -> frozenset[str]:
    """The people the subject of an object pronoun's own clause names or stands for (``bound_objects``), in grouping
    form: "Trump fired him" is not Trump; "Acosta said he wanted to challenge him" is not Acosta, whom the "he" stands
    for (as the ranking resolves it). Empty for any other pronoun, and where that subject stands for no one."""
    subject = clause_subject(pronoun)
    if subject is None or subject.i > pronoun.i:
        return frozenset()
    if subject.tag_ == "PRP":
        found = antecedent(ctx, subject, agreement(ctx, subject)) if subject.lower_ in ("he", "she", "they") else None
        return frozenset({norm_name(found.name)}) if found is not None else frozenset()
    return frozenset(norm_name(n.name) for n in ctx.names_between(subject.left_edge.idx, subject.right_edge.idx + 1)
                     if n.type == "person" and n.head.i == subject.i)


def _not_named_in(fits: Callable[[Name], bool], named: frozenset[str]) -> Callable[[Name], bool]:
    """ "The president slammed Avenatti. ... He described Avenatti as a “con artist.”": whoever the
    statement names is not the "he" who makes it, wherever else the text mentions them."""
    return lambda n: fits(n) and not (n.type == "person" and norm_name(n.name) in named)


def _not_answered(fits: Callable[[Name], bool], asker: Name) -> Callable[[Name], bool]:
    """ "Clinton caused a stir when an Iowa voter asked if she might ... “Wow, what a great idea,” she replied": the
    one who asked is not the one who answers, whatever type the name was given (a voter, a reporter, a caller are
    someone too; ``_not_named_in`` only drops a name typed a person)."""
    asked = norm_name(asker.name)
    return lambda n: fits(n) and norm_name(n.name) != asked


def _not_asker(ctx: SourceContext, fits: Callable[[Name], bool], askers: list[Token]) -> Callable[[Name], bool]:
    """No name met at the head of an asker a passive names ("was asked by an Iowa voter": the voter), whatever type the
    name was given (``_not_answered``), is the one who answers."""
    asked = frozenset(norm_name(n.name) for a in askers
                      for n in ctx.names_between(a.left_edge.idx, a.right_edge.idx + 1) if n.head.i == a.i)
    return lambda n: fits(n) and norm_name(n.name) not in asked


def owner_in_sentence(ctx: SourceContext, poss: Token, fits: Callable[[Name], bool]) -> Name | None:
    """The body an "its" owns a document of, named earlier in its own sentence where no subject there fits it: "a
    search reveals that Lambert is the co-President of DAHER-TLI, ..., according to its website": DAHER-TLI, not
    TENEX a sentence before (the ranking looks past a sentence's names that are no subject). A fitting subject
    ("The company, citing the EPA, said so in its report") is left to the ranking (``antecedent``); so are "his",
    "her" and "their"."""
    if poss.lower_ != "its":
        return None
    before = [n for n in ctx.names_between(poss.sent.start_char, poss.idx) if fits(n)]
    if not before or any(is_subject(n.head) for n in before):
        return None
    return before[-1]


def _no_document(ctx: SourceContext, fits: Callable[[Name], bool]) -> Callable[[Name], bool]:
    """ "a simple search reveals that Lambert heads DAHER-TLI, ... according to its website", after "the indictment
    lists ...": a document owns no document; the "its" is the company's, never the indictment's."""
    return lambda n: fits(n) and not (n.head.pos_ == "NOUN" and n.head.lemma_.lower() in ctx.lexicon.documents)


def by_possessor(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "its statement", "their report": a document speaks for the one its possessive stands for.

    Only documents: "His office", "her lawyer" stay their own sources, since a wrong owner
    ("Brian Bosma's office" for Gov. Holcomb's) misleads more than none.
    """
    head = ref.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ctx.lexicon.documents:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
    if poss is None or proper_tokens(ctx.doc, ref.ref_start, ref.ref_end):
        return None
    if head.dep_ == "dobj" and put_out_record(head, head.head):
        # "Clinton released her medical records in July, which showed": whose records they are, not who speaks in
        # them (the record speaks, ``issuers.put_out_record``)
        return None
    fits = _no_document(ctx, agreement(ctx, poss))
    owner = owner_in_sentence(ctx, poss, fits) or antecedent(ctx, poss, fits)
    if owner is None:
        return None
    name = ctx.surnames.get(owner.name.lower(), owner.name) if owner.type == "person" else owner.name
    return Resolution(name, owner.type, f"{owner.type}:{norm_name(name)}", ref.text)


# the bodies a person's possessive names by that person: "his campaign" is the campaign of the one "his" stands for
PERSONS_BODIES = frozenset({"campaign"})


def by_campaign_owner(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Bernie Sanders raised $33 million ..., his campaign announced": the Sanders campaign, as a journalist names
    it, where the "his" or "her" stands for one person (``by_pronoun``; its rival check reads no possessive, so a second
    person of that sex named in the sentence or the one before leaves "his campaign": ``rival_owner``). Only the bare phrase: "his former campaign manager", "her campaign's lawyer" and
    "his 2012 campaign" are left as written; "its" or "their" campaign is no candidate's."""
    head = ref.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSONS_BODIES:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None or any(t.i not in (poss.i, head.i) for t in head.subtree):
        return None
    # the owner may be named in what the campaign says ("Sanders raised ..., his campaign announced")
    owner = by_pronoun(ctx, ref._replace(head=poss, said=None))
    if owner is None or owner.key is None or owner.type != "person" or rival_owner(ctx, poss, owner.name):
        return None
    if len(owner.name.split()) == 1 and (owner.name.lower() in ctx.lexicon.first_names
                                         or ctx.genders.get(norm_name(owner.name)) != pronoun_gender(poss)):
        # a bare name the text never made a he or she: "Sanders leads Clinton ... His campaign said" (NER missed
        # Sanders, the one meant) is no "Clinton campaign"; nor is a given name a campaign's ("Clinton and her
        # husband Bill ... His campaign": no "Bill campaign")
        return None
    name = f"{family_word(owner.name)} {head.lower_}"
    return Resolution(name, "organization", f"organization:{norm_name(name)}", ref.text)


def family_word(name: str) -> str:
    """The last word of a person's name before any generational suffix: "Sanders" for "Bernie Sanders", "King" for
    "Martin Luther King Jr." (the word "the King campaign" is named by)."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in GENERATION_SUFFIXES:
        words.pop()
    return words[-1]


def rival_owner(ctx: SourceContext, poss: Token, owner: str) -> bool:
    """Another person whose sex does not rule out the "his" or "her" is named in the possessive's sentence or the one
    before: "Cruz attacked Trump on Monday. His campaign said ..." and "Trump said Bush was weak. His campaign
    responded" are either man's campaign (a campaign answers the one its rival named), and ``rival_in_between`` reads
    subject "he"/"she" only, never a possessive."""
    sent = poss.sent
    first = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    own, gender = surname(owner), pronoun_gender(poss)
    return any(n.type == "person" and n.head.pos_ != "PRON" and surname(n.name) not in ("", own)
               and name_gender(ctx, n) in (None, gender) for n in ctx.names_between(first, sent.end_char))
