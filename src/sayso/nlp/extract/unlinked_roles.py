"""A "he" or "she" right after a definite role that is not the role of the name salience would pick.

``unlinked_role_before`` is asked by ``pronouns._ranked`` after a name was picked by salience and recency: where
the subject just before the pronoun is an unnamed "the <role>" ("the pope", "the principal") and the text gives
the picked name other roles, never that one ("Cardinal Marx"), the pronoun is more likely that role's holder than
the name, and is left to no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.noun_genders import noun_gender
from sayso.nlp.extract.scene import of_other_sex, person_noun
from sayso.nlp.extract.source_context import Name, SourceContext

# nouns a writer uses of anyone just named: never a sign of someone else
GENERIC = frozenset({
    "man", "woman", "person", "guy", "lady", "gentleman", "individual", "figure", "people", "boy", "girl",
    "official", "lawmaker", "legislator", "politician", "leader", "executive", "candidate", "nominee",
    "incumbent", "challenger", "victim", "suspect", "defendant", "accused", "father", "mother", "son", "daughter",
    "husband", "wife", "couple", "former", "latter", "star", "actor", "actress", "celebrity", "billionaire",
    "businessman", "businesswoman", "mogul", "veteran", "native", "resident", "founder", "owner", "host",
})
# a title's short form and the role nouns it stands for ("Sen. Bernie Sanders" is "the senator")
TITLES = {
    "sen.": ("senator",), "sen": ("senator",), "rep.": ("representative", "congressman", "congresswoman"),
    "rep": ("representative", "congressman", "congresswoman"), "gov.": ("governor",), "gov": ("governor",),
    "pres.": ("president",), "gen.": ("general",), "dr.": ("doctor", "physician"), "prof.": ("professor",),
    "sec.": ("secretary",), "lt.": ("lieutenant",), "col.": ("colonel",), "sgt.": ("sergeant",),
    "fr.": ("priest", "father"), "rev.": ("reverend", "pastor", "minister", "priest"), "msgr.": ("priest",),
    "congressman": ("representative",), "congresswoman": ("representative",), "representative": ("congressman",
                                                                                                   "congresswoman"),
    "pope": ("pontiff",), "pontiff": ("pope",), "cardinal": ("prelate",), "archbishop": ("prelate",),
    "bishop": ("prelate",), "mayor": (), "president": (), "prime": ("premier",), "premier": ("premier",),
}
# offices one person holds at a time in a place, where "the <office>" names its holder rather than a profession
# anyone just named may have ("the lawyer", "the diplomat", "the physicist" stay the writer's epithet: review rev61p)
OFFICES = frozenset({
    "pope", "pontiff", "principal", "president", "governor", "mayor", "superintendent", "sheriff", "chancellor",
    "premier", "king", "queen", "emperor", "headmaster", "headmistress", "dean", "speaker", "commissioner",
})
# a role of the past: the writer's usual second name for someone just named ("Gov. Jane Smith ... The former senator")
PAST = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "retired", "then", "longtime", "outgoing"})


def unlinked_role_before(ctx: SourceContext, pronoun: Token, chosen: Name) -> bool:
    """The subject of the sentence right before the pronoun's (or of its own sentence, ``_subjects_before``) is a
    definite role of one person that no name stands in ("the pope", "this pope", "the principal"), after the
    chosen name or in a sentence that names the chosen one only as an object (``_after_chosen``), and the text gives
    the chosen one other roles, never that one (``roles_given``): "Is this not what Cardinal Marx is doing? ... Nor
    can the pope, ..., explain it. He says that": the pope, not Marx, whom the text calls a cardinal; "The pope has
    stuck by Barros, ... hugging Barros publicly. '...,' he said": the pope, not the priest Barros. The pronoun
    is left to no one rather than given to the name (``unnamed_subject`` may then find the role itself). A chosen one that is itself an unnamed role ("the official
    told reporters. The congressman was not sure. He said") counts where the two nouns differ.

    Kept to the name: a chosen one the text gives no role at all (the role may be the writer's epithet of him:
    "Bernie Sanders ... The senator declined ... He said"), one given that role ("Sen. Bernie Sanders ... The
    senator"; "Pope Francis ... The pope"), a role with a proper noun or owner in its phrase ("the Vermont
    senator", "his spokesman"), a noun writers use of anyone ("the man", "the official", ``GENERIC``), a role of
    the other sex, a role inside quotations. Only "he" and "she" as personal pronouns."""
    low = pronoun.lower_
    if low not in ("he", "she") or pronoun.tag_ != "PRP" or chosen.head.pos_ not in ("PROPN", "NOUN"):
        return False
    gender = "m" if low == "he" else "f"
    for tok in _subjects_before(pronoun):
        if ctx.quotes.containing(tok.idx) is not None or not _unnamed_role(ctx, tok, gender) \
                or not _after_chosen(tok, chosen):
            continue
        if not _beside_role(ctx, tok, chosen) and _second_name(ctx, tok, chosen):
            continue
        if chosen.head.text.islower():
            if chosen.head.lemma_.lower() != tok.lemma_.lower():
                return True  # "the official told reporters. The congressman was not sure. He said": no official
        else:
            given = roles_given(ctx, chosen)
            if given and tok.lemma_.lower() not in given:
                return True
    return False


def _after_chosen(role: Token, chosen: Name) -> bool:
    """The role is the subject after the chosen one's mention, or of the sentence the chosen one stands in only as
    an object ("The pope has stuck by Barros, ... hugging Barros publicly. '...,' he said": the pope, not Barros);
    not a role whose own phrase holds the chosen one, nor one beside a chosen one that is a subject too."""
    if chosen.head.i in {t.i for t in role.subtree}:
        return False
    if chosen.head.i < role.i:
        return True
    return chosen.head.sent == role.sent and chosen.head.dep_ not in SUBJECTS


def _beside_role(ctx: SourceContext, role: Token, chosen: Name) -> bool:
    """A mention of the chosen one stands in the role's own sentence as other than a subject: two people there
    ("The former ambassador also discussed ... GOP nominee Donald Trump")."""
    key = surname(chosen.name)
    return any(surname(n.name) == key and n.head.sent == role.sent and n.head.dep_ not in SUBJECTS
               and n.head.i not in {t.i for t in role.subtree} for n in ctx.names)


def _second_name(ctx: SourceContext, role: Token, chosen: Name) -> bool:
    """A role (in a sentence that does not name the chosen one beside it, ``_beside_role``) that reads as the writer's second name for the chosen one, or as
    another person named just before, rather than as a third person: a past role ("The former senator", ``PAST``), a role with
    a proper noun anywhere in its phrase ("The archbishop of Munich", "the senator from Illinois"), or a role the
    text gives another name ("Gov. Jane Smith met Mayor Tom Lee. The mayor praised her budget. She said")."""
    if any(c.lower_ in PAST for c in role.children if c.dep_ == "amod"):
        return True
    if any(t.pos_ == "PROPN" for t in role.subtree if t.i != role.i):
        return True
    lemma = role.lemma_.lower()
    key = surname(chosen.name)
    first = role.sent.start - 1 if role.sent.start > 0 else 0
    near = range(role.doc[first].sent.start, role.i)  # named in the role's sentence or the one before it
    return any(surname(n.name) != key and lemma in roles_given(ctx, n) for n in ctx.names if n.head.i in near)


def _subjects_before(pronoun: Token) -> list[Token]:
    """The active subject of the root of the sentence right before the pronoun's, and that of the pronoun's own
    sentence where it comes before the pronoun and the pronoun stands outside a relative clause ("Nor can the pope,
    ..., explain it, since he does not say what he means"; the parse may make both subjects of one verb). Not where the pronoun stands in a relative
    clause ("The governor praised Jane Smith, whom she said had saved money": no sign against a senator named
    before, as sure of it as of the governor)."""
    doc = pronoun.doc
    sent = pronoun.sent
    out = []
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        out += [t for t in prev if t.dep_ == "nsubj" and t.head == prev.root]
    if not any(a.dep_ in ("relcl", "parataxis") for a in pronoun.ancestors):
        out += [t for t in sent if t.dep_ == "nsubj" and t.head == sent.root and t.i < pronoun.i]
    return out


_DEFINITE = frozenset({"the", "this", "that"})  # "the pope", "this pope": the one holding the office now


def _unnamed_role(ctx: SourceContext, tok: Token, gender: str) -> bool:
    """A singular "the <office>" or "this <office>" (an office of one holder, ``OFFICES``, that the lexicon knows as a role,
    ``person_roles.txt``: "the pope", "the principal"; not a profession: "the lawyer"; not a
    noun only shaped as one who does something: "The impostor gushed", the writer's mock name for the man just
    named), no proper noun nor owner in its phrase, not of the other sex."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma in GENERIC or lemma not in ctx.lexicon.person_roles \
            or lemma not in OFFICES:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    if any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in tok.subtree if t.i < tok.i):
        return False
    return not of_other_sex(lemma, gender) and noun_gender(tok) in (None, gender)


def roles_given(ctx: SourceContext, chosen: Name) -> frozenset[str]:
    """The roles the text gives the chosen one at any of its mentions: a title in the name or just before it
    ("Cardinal Marx", "Undersheriff Kevin McMahill", "Vermont Sen. Bernie Sanders"), a noun of a person in
    apposition ("Bryant, a former Foreign Office minister"), the noun the name stands in apposition to ("the
    author, John Smith"); a title's short form also as the roles it stands for ("Sen." is "senator")."""
    key = surname(chosen.name)
    doc = ctx.doc
    out: set[str] = set()
    for n in ctx.names:
        if surname(n.name) != key:
            continue
        head = n.head
        left = head.left_edge.i
        near = [t for t in head.subtree if t.i < head.i] + list(doc[max(0, left - 2):left])
        near += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ in ("appos", "compound"):
            near.append(head.head)
        for tok in near:
            word = tok.lower_
            if word in TITLES or tok.lemma_.lower() in ctx.lexicon.person_roles \
                    or (tok.pos_ == "NOUN" and person_noun(ctx, tok)):
                out.add(tok.lemma_.lower())
                out.add(word)
                out.update(TITLES.get(word, ()))
        out.update(w.lower() for w in n.name.split() if w.lower() in TITLES)
        for w in n.name.split():
            out.update(TITLES.get(w.lower(), ()))
    return frozenset(out)
