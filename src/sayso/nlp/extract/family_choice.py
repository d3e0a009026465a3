"""Which of two people sharing a family name a bare one means ("Keith Ellison" and "Kim Ellison": "Ellison
said"), as a reader decides it from the paragraph. Pure functions of the parse and the names met so far.

The evidence, strongest first:

1. a title on the mention: "Mrs. Ellison" is the woman, "Rep. Ellison" the one the text calls "Rep.";
   then only the people named in full before the mention count: "Kavanaugh" before "Ashley Kavanaugh"
   is named is the judge;
2. the pronoun that carries the statement on ("Ellison said ... She added") or is the subject of what is said
   ("Trump says he would pay for it"), where the two differ in gender;
3. the writer's own usage: a sentence that names one of them in full as the relative of a bare family name
   before ("Ellison and his ex-wife, Kim Ellison, divorced") keeps the bare name for the other, wherever the
   text uses it;
4. the only one named, in full or by a statement already resolved to them, within ``NEAR_NAME`` characters
   of narration (both named there in different sentences: this decides nothing); where one sentence names
   both, its subject ("Ammon Bundy, whose father Cliven Bundy
   took part in a standoff, left. Bundy said": Ammon);
5. else the one the text names in full far more often (the article's subject: bare "Trump" beside a
   single "Ivanka Trump" is the president).

Where none of these decides, no one is chosen: the mention stays its own source as written, since
a wrong person puts words in someone's mouth and a vaguer source does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sayso.nlp.extract.antecedents import is_topic
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.family_names import FEMALE_TITLES, MALE_TITLES, TITLE
from sayso.nlp.extract.name_forms import given_gender, norm_name
from sayso.nlp.extract.person_signs import title_sex

if TYPE_CHECKING:
    from sayso.nlp.extract.source_context import SourceContext

NEAR_NAME = 400  # characters of narration: a full name this close before a bare surname is whom it means
DOMINANT = 2  # the usual holder is named in full at least this many times as often as any other
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl"})  # a relative, reported or adverbial clause
_EMBEDDED = _CLAUSES | {"pobj", "poss", "dobj"}


def family_member(ctx: SourceContext, at: int, head: Token, text: str, family: str, *, paragraph: bool = True) -> str | None:
    """The full name of the holder of ``family`` the mention at ``at`` means, or None where nothing decides.

    Without ``paragraph`` only the title, the people met so far, the pronoun subject of what is said and the
    count decide: a bare name
    in someone's words ("She said Smith always carried a gun") is often not the one named last."""
    holders = ctx.families[family]
    k = _by_title(ctx, at, head, text, holders)
    if k is not None:
        return holders[k][0] if k >= 0 else None
    # a reader knows only the people named so far: "Kavanaugh" before "Ashley Kavanaugh" is named is the judge
    met = tuple(h for h in holders if _first_full_mention(ctx, h) < at) or holders
    if len(met) == 1:
        return met[0][0]
    for choose in (_by_apposed_kin, _by_own_pronoun, _by_next_pronoun, _by_contrast, _by_recency) if paragraph \
            else (_by_apposed_kin, _by_own_pronoun, _by_contrast):
        k = choose(ctx, at, head, text, met)
        if k is not None:
            return met[k][0] if k >= 0 and not (choose is _by_recency and _one_dead(ctx, met, k)) else None
    counts = sorted(((len(h), k) for k, h in enumerate(met)), reverse=True)
    if counts[0][0] >= DOMINANT * counts[1][0] and not _others_spoke(ctx, at, met, counts[0][1]) \
            and not _one_dead(ctx, met, counts[0][1]):
        return met[counts[0][1]][0]
    return None


def _by_apposed_kin(ctx: SourceContext, at: int, head: Token, text: str,
                    holders: tuple[tuple[str, ...], ...]) -> int | None:
    """ "Smith, the mother, said": a noun put beside the bare family name says which holder speaks, a relative's
    noun by its gender (the one holder of it), any role noun by the holder it was put beside before in full ("Tom
    Reed, the father of ... Reed, the father, said"); neither deciding: None, the rest decides."""
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "NOUN":
            continue
        lemma = child.lemma_.lower()
        gender = ctx.lexicon.kin_genders.get(child.lower_) or ctx.lexicon.kin_genders.get(lemma)
        k = _one_of(ctx, holders, gender) if gender is not None else None
        if k is not None and k >= 0 and not _one_dead(ctx, holders, k):
            return k  # not the dead one: "Smith, the victim's father," is not the son who was killed
        person = _holder_index(ctx, holders)
        given = {person[norm_name(n.name)] for i, holder in ctx.roles_by_lemma.get(lemma, ()) if i != child.i
                 for n in ctx.names if n.head.i == holder.i and n.type == "person" and norm_name(n.name) in person}
        if len(given) == 1:
            return given.pop()
    return None


# what the text says of a person who has died: "was killed", "died", "buried her son X", "the late X"; not "victim"
# ("fraud victim Paul Ward" lives)
DEATH_VERBS = frozenset({"die", "kill", "slay", "murder", "bury", "assassinate", "execute", "perish", "mourn"})
DEATH_WORDS = frozenset({"late", "slain", "fallen", "dead", "deceased", "murdered", "killed"})
_NOT_DONE = frozenset({"nearly", "almost", "not", "never", "narrowly", "n't"})  # "was nearly killed" lives


def _one_dead(ctx: SourceContext, holders: tuple[tuple[str, ...], ...], k: int) -> bool:
    """Whether the holder ``k`` that recency or the count would choose is one the text reports dead while another
    holder is not: "Patricia Smith ... her son Sean Smith was killed ... Smith said" is the mother as likely as the
    son named more often and more lately; a reader cannot tell, and the bare name stays as written."""
    dead = [_reported_dead(ctx, h) for h in holders]
    return dead[k] and not all(dead)


def _reported_dead(ctx: SourceContext, names: tuple[str, ...]) -> bool:
    """Whether the text names the holder in full as one who died: the subject of "died" or "was killed", the object
    of "killed" or "buried" (or the relative's noun it is put beside: "buried her son, Daniel Lopez"), or with "late",
    "slain", "victim" before the name."""
    key = ("dead", names)
    if key not in ctx.memo:
        wanted = {norm_name(n) for n in names}
        ctx.memo[key] = any(_said_dead(n.head) for n in ctx.names if n.type == "person" and norm_name(n.name) in wanted)
    return bool(ctx.memo[key])


def _said_dead(token: Token) -> bool:
    phrase = token
    for _ in range(4):  # "her son, Army Cpl. Daniel Lopez": the phrase the name is put beside
        if _death_word_on(phrase):
            return True  # "slain officer Jake Reed", "the late Tom Hart"
        if phrase.dep_ not in ("appos", "compound", "flat") or phrase.head == phrase:
            break
        phrase = phrase.head
    if _death_word_on(phrase):
        return True
    verb = phrase.head
    return phrase.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in DEATH_VERBS and (phrase.dep_ != "nsubj" or verb.lemma_.lower() in ("die", "perish")) \
        and not any(c.lower_ in _NOT_DONE for c in verb.children)


def _death_word_on(phrase: Token) -> bool:
    """ "slain officer Jake Reed", "the late Tom Hart": a word of death before ``phrase`` that modifies it, not one in
    another's phrase it holds ("the victim's mother, Patricia Smith", "the killed soldier's widow")."""
    for t in phrase.doc[phrase.left_edge.i:phrase.i]:
        if t.lower_ not in DEATH_WORDS:
            continue
        up = t
        while up.i != phrase.i and up.dep_ not in ("poss", "prep", "pobj", "relcl", "acl") and up.head != up:
            up = up.head
        if up.i == phrase.i:
            return True
    return False


def _others_spoke(ctx: SourceContext, at: int, holders: tuple[tuple[str, ...], ...], usual: int) -> bool:
    """Whether a statement before ``at`` was resolved to a holder other than ``usual`` and none to ``usual``: the
    one named more often is no better guess than the one who has been speaking ("Patricia Smith, mother of victim
    Sean Smith, ... 'She lied to me,' Smith said. ... Smith said last week": the mother, not the son named twice);
    where the two disagree nothing decides."""
    person = _holder_index(ctx, holders)
    spoke = {person[norm_name(n.name)] for n in ctx.names[:bisect_left(ctx.positions, at)]
             if n.at in ctx.recalled and n.type == "person" and norm_name(n.name) in person}
    return bool(spoke) and usual not in spoke


def _first_full_mention(ctx: SourceContext, names: tuple[str, ...]) -> int:
    """Where the text first names the holder in full (a name met in ``ctx.names`` under one of ``names``)."""
    return min((ctx.full_mentions.get(name, len(ctx.quotes.text)) for name in set(names)), default=len(ctx.quotes.text))


def holder_gender(ctx: SourceContext, names: tuple[str, ...]) -> str | None:
    """A holder's gender, as the text or the given name tells it."""
    for name in names:
        gender = ctx.genders.get(norm_name(name)) or given_gender(name, ctx.lexicon.given_genders)
        if gender is not None:
            return gender
    return None


def _one_of(ctx: SourceContext, holders: tuple[tuple[str, ...], ...], gender: str) -> int | None:
    """The one holder of ``gender``; -1 where none has it; None where that is not known of each (a "Mr." is
    no sign against "Askia Muhammad", whose gender nothing gives) or two have it."""
    genders = [holder_gender(ctx, h) for h in holders]
    if None in genders:
        return None
    fit = [k for k, g in enumerate(genders) if g == gender]
    return fit[0] if len(fit) == 1 else -1 if not fit else None


def _by_title(ctx: SourceContext, at: int, head: Token, text: str, holders: tuple[tuple[str, ...], ...]) -> int | None:
    """ "Mrs. Ellison": the one woman of them; "Rep. Ellison": the one the text calls "Rep." in full."""
    words = text.split()
    if len(words) < 2:
        return None
    title = words[0].lower()
    sex = title_sex(title)
    if sex is not None:
        return _one_of(ctx, holders, sex)
    word = title.rstrip(".")
    if not _person_title(ctx, title):
        return None
    key = ("titled", word, holders)
    if key not in ctx.memo:  # one search of the text per title and family, not per mention
        titled = [k for k, h in enumerate(holders) if any(
            re.search(rf"\b{re.escape(word)}\.?\s+{re.escape(name)}\b", ctx.quotes.text, re.IGNORECASE) for name in set(h))]
        ctx.memo[key] = titled[0] if len(titled) == 1 else None
    return ctx.memo[key]  # type: ignore[return-value]


def _by_own_pronoun(ctx: SourceContext, at: int, head: Token, text: str,
                    holders: tuple[tuple[str, ...], ...]) -> int | None:
    """ "Trump says he would pay for it", "Ellison said she would run again": the subject of what the speaker says
    is, as a reader takes it, the speaker; "he" or "she" there tells two holders of different genders apart."""
    subj = _own_pronoun(ctx, head, holders)
    return _pronoun_holder(ctx, holders, subj) if subj is not None else None


def _own_pronoun(ctx: SourceContext, head: Token, holders: tuple[tuple[str, ...], ...]) -> Token | None:
    """The "he" or "she" subject of what the mention's speaker says, where no one else is near to be it."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.lower_ in ("he", "she") and not _someone_else_near(ctx, head, holders):
            return subj
    return None


def word_before(text: str, at: int) -> str:
    """The word right before a name that starts at ``at`` (its title: "Mr." of "Mr. Obama"), else ""."""
    before = text[max(0, at - 6):at].split()
    return before[-1] if before else ""


def title_against(title: str, name: str, given_genders: dict[str, str]) -> bool:
    """Whether a gendered title ("Mr.", "Mrs.", "Ms.") contradicts the given name of ``name``: "Mr. Obama" is
    not "Michelle Obama"."""
    sex = title_sex(title)
    if sex is None:
        return False
    gender = given_gender(name, given_genders)
    return gender is not None and gender != sex


def not_the_holder(ctx: SourceContext, head: Token, text: str, name: str) -> bool:
    """Whether a bare family name's mention is, by what the text says of it, not the one person it names in
    full with that family name: "Mr. Obama", or "President Obama said he would ...", beside "Michelle Obama"
    alone is another Obama, whom the text never names in full; the title, then the pronoun subject of what
    is said or the speaker's pronoun of the next statement ("President Obama said ... He added"), decide, as
    between two holders (``family_member``); or a title the text never puts before her full name where it
    makes her kin to someone ("President Trump" beside "his daughter Ivanka Trump"). Only the given name's
    gender counts here (what the text says of "Obama" was learnt with the merge in question); none known: no
    sign."""
    words = text.split()
    if not words:
        return False
    title = words[0].lower() if len(words) >= 2 else ""
    if title in MALE_TITLES or title in FEMALE_TITLES:
        return title_against(title, name, ctx.lexicon.given_genders)
    office = head.lower_ if title == "the" else title  # "The president" linked to "President Trump"
    if _person_title(ctx, office) and kin_of_another(ctx, name) and not _titled_in_full(ctx, office, name):
        return True  # "President Trump" beside "his daughter Ivanka Trump" alone: the one she is kin to
    gender = given_gender(name, ctx.lexicon.given_genders)
    if gender is None:
        return False
    subj = _own_pronoun(ctx, head, ((name,),))
    if subj is None and head.dep_ == "nsubj" and (title == "the" or _person_title(ctx, title)):
        subj = next_pronoun(ctx, head)  # only a title says a bare name is someone the next "he" may carry on
    return subj is not None and ("m" if subj.lower_ == "he" else "f") != gender


def kin_of_another(ctx: SourceContext, name: str) -> bool:
    """Whether the text puts a relative's noun beside the full name ("his daughter Ivanka Trump", "Michelle
    Obama, the president's wife", "first lady Michelle Obama"): she is kin to someone, who may bear her family
    name and whom the text need not name in full."""
    text = ctx.quotes.text
    for i, holder in ctx.roles.items():
        role = ctx.doc[i]
        lemma = role.lemma_.lower()
        if lemma not in ctx.lexicon.kin_genders and not (lemma == "lady" and any(c.lower_ == "first" for c in role.lefts)):
            continue
        end = holder.idx + len(holder)
        if name.endswith(holder.text) and text[end - len(name):end] == name:
            return True
    return False


def _titled_in_full(ctx: SourceContext, title: str, name: str) -> bool:
    """Whether the text puts ``title`` right before the full name: "President Donald Trump"."""
    key = ("titled in full", title, name)
    if key not in ctx.memo:
        ctx.memo[key] = re.search(rf"\b{re.escape(title.rstrip('.'))}\.?\s+{re.escape(name)}\b", ctx.quotes.text,
                                  re.IGNORECASE) is not None
    return bool(ctx.memo[key])


def _person_title(ctx: SourceContext, title: str) -> bool:
    """Whether ``title`` is a person's title that says no gender: "President", "Sen.", not "Mr."."""
    word = title.rstrip(".")
    return word.isalpha() and (word in ctx.lexicon.person_roles or bool(TITLE.match(title + " "))) \
        and title not in MALE_TITLES and title not in FEMALE_TITLES


def _someone_else_near(ctx: SourceContext, head: Token, holders: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a person other than the holders is named or described in the sentence of ``head`` or the one
    before it: "Hillary Clinton attacked Donald Trump over his taxes. Clinton said he was unfit": the "he" may be
    Trump; "Asked about the reporter, Trump said he had lied": the reporter."""
    doc = head.doc
    start = head.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    names = {w.lower() for h in holders for name in h for w in name.split()}
    people = ctx.lexicon.person_nouns | ctx.lexicon.person_roles
    for t in doc[start:head.sent.end]:
        if t.i == head.i or t.lower_ in names:
            continue
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            return True
        if t.pos_ == "NOUN" and t.lemma_.lower() in people and t.dep_ != "compound":
            return True
    return False


def _pronoun_holder(ctx: SourceContext, holders: tuple[tuple[str, ...], ...], pronoun: Token) -> int | None:
    """The one holder a "he" or "she" fits; None where it fits none or not only one."""
    k = _one_of(ctx, holders, "m" if pronoun.lower_ == "he" else "f")
    return k if k is not None and k >= 0 else None


def _by_next_pronoun(ctx: SourceContext, at: int, head: Token, text: str,
                     holders: tuple[tuple[str, ...], ...]) -> int | None:
    """ "Ellison said ... She added": the speaker's pronoun of the next statement, before anyone else is named
    and within the paragraph, tells the two apart where their genders differ."""
    pronoun = next_pronoun(ctx, head)
    return _pronoun_holder(ctx, holders, pronoun) if pronoun is not None else None


def next_pronoun(ctx: SourceContext, head: Token) -> Token | None:
    """The "he" or "she" speaker of the next statement, in the mention's sentence or the next, before anyone
    else is named and within the paragraph: "President Obama said ... He added" is a man."""
    doc = head.doc
    sent = head.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for token in doc[head.i + 1:end]:
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.lower_ in ctx.surnames):
            return None
        if token.idx in ctx.speakers and token.lower_ in ("he", "she"):
            return token
        if "\n" in token.text_with_ws:
            break  # the paragraph ends
    return None


def _by_contrast(ctx: SourceContext, at: int, head: Token, text: str, holders: tuple[tuple[str, ...], ...]) -> int | None:
    """ "Ellison and his ex-wife, Kim Ellison, divorced": a writer who names one holder in full as the relative of
    the bare family name keeps the bare name for the other (``contrasted_holders``); None where that leaves not just one."""
    words = text.split()
    if len(words) >= 2 and (words[0].lower() in MALE_TITLES or words[0].lower() in FEMALE_TITLES):
        return None  # "Ms. Khan": a gendered title is the title's to decide (``_by_title``), never the usage's
    key = ("contrast", holders)
    if key not in ctx.memo:
        contrasted = contrasted_holders(ctx.doc, ctx.quotes.text, holders, ctx.lexicon.kin_genders)
        others = [k for k in range(len(holders)) if k not in contrasted]
        ctx.memo[key] = others[0] if contrasted and len(others) == 1 else None
    return ctx.memo[key]  # type: ignore[return-value]


def contrasted_holders(doc: Doc, text: str, holders: tuple[tuple[str, ...], ...], kin: dict[str, str]) -> set[int]:
    """The holders the text names in full as the relative of a bare family name before them in one sentence:
    "Ellison and his ex-wife, Kim Ellison", "Harlan's daughter, Emily Harlan", "Pike and her husband, David Pike".
    The bare name is a person's (a capitalized word, whatever its tag: "Pike" may be read as an interjection; not in
    a full name nor a modifier: "the Ellison campaign" is no one). A full name before the bare one ("Carly Fiorina
    ... Fiorina said") is most often the same person, and is no sign."""
    family = holders[0][0].split()[-1].lower()
    full: list[tuple[int, int, int]] = []  # start, end, holder
    for k, names in enumerate(holders):
        for name in set(names):
            full += [(m.start(), m.end(), k) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    out: set[int] = set()
    for token in doc:
        if token.lower_ != family or not token.text[:1].isupper() or token.dep_ == "compound" \
                or any(s <= token.idx < e for s, e, _ in full):
            continue
        sent = token.sent
        for s, e, k in full:
            if token.idx < s and e <= sent.end_char and any(
                    _kin_word(t, kin) for t in doc[token.i + 1:sent.end] if t.idx < s):
                out.add(k)
    return out


def _kin_word(token: Token, kin: dict[str, str]) -> bool:
    """ "wife", "ex-wife", "daughter": a relative's noun."""
    word = token.lower_.removeprefix("ex-")
    return word in kin or token.lemma_.lower().removeprefix("ex-") in kin


def _holder_index(ctx: SourceContext, holders: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    """Each name the ``holders`` go by, normalised, to the holder's index (once per text and holders)."""
    key = ("people", holders)
    if key not in ctx.memo:
        ctx.memo[key] = {norm_name(name): k for k, h in enumerate(holders) for name in set(h)}
    return ctx.memo[key]  # type: ignore[return-value]


def _by_recency(ctx: SourceContext, at: int, head: Token, text: str, holders: tuple[tuple[str, ...], ...]) -> int | None:
    """The holder the nearest sentence before names, in full or by a resolved statement; two there: its subject."""
    person = _holder_index(ctx, holders)
    lo = bisect_left(ctx.positions, at - 2 * NEAR_NAME)
    found: list[tuple[int, Token]] = []
    for n in ctx.names[lo:bisect_left(ctx.positions, at)]:
        k = person.get(norm_name(n.name))
        if k is None or n.type != "person" or _narration(ctx, n.at, at) > NEAR_NAME:
            continue
        first = n.name.split()[0]
        if n.at in ctx.recalled or (len(n.name.split()) >= 2 and ctx.quotes.text.startswith(first, n.at)):
            found.append((k, n.head))
    if not found:
        return None
    last_sent = found[-1][1].sent.start
    last = [(k, h) for k, h in found if h.sent.start == last_sent]
    if len({k for k, _ in found}) > 1 and any(h.sent.start != last_sent for _, h in found):
        # both named close before, in different sentences ("President Donald Trump spoke ... His daughter Ivanka
        # Trump joined her father ... Trump said"): the nearer one is no better guess than the other
        return None
    if len({k for k, _ in last}) == 1:
        return last[-1][0]
    # "including Ammon Bundy, whose father Cliven Bundy participated in a similar standoff": not the relative clause's
    outside = {k for k, h in last if not any(a.dep_ in _CLAUSES for a in _ancestors(h))}
    if len(outside) == 1:
        return next(iter(outside))
    subjects = {k for k, h in last if is_topic(h) and _in_main_clause(h)}
    return next(iter(subjects)) if len(subjects) == 1 else -1


def _ancestors(token: Token) -> list[Token]:
    out = []
    t = token
    while t.head != t and len(out) < 12:
        t = t.head
        out.append(t)
    return out


def _in_main_clause(token: Token) -> bool:
    """The name stands in the writer's main clause, not in a relative or reported one nor as a possessor:
    "Ammon Bundy, whose father Cliven Bundy took part in a standoff, left": Ammon only."""
    t = token
    while t.dep_ in ("appos", "compound", "flat", "conj") and t.head != t:
        t = t.head  # "Another diplomat, former envoy Kurt Volker": as the phrase it is put beside
    for _ in range(12):
        if t.head == t:
            return True
        if t.dep_ in _EMBEDDED:
            return False
        t = t.head
    return False


def _narration(ctx: SourceContext, start: int, end: int) -> int:
    """Characters between ``start`` and ``end`` outside quotation marks: a person's own quoted words do not
    push them out of mind."""
    quoted = sum(min(q.end, end) - max(q.start, start) for q in ctx.quotes.overlapping(start, end))
    return end - start - quoted
