"""The strategies for a mention named by its role: "the spokesperson" put beside a name (``by_apposed_role``),
a person named in the apposition (``by_apposed_name``), a definite role noun met later (``by_role_noun``, the
holder named last: ``latest_holder``; or the speaker named by it in the next sentence: ``named_next``; or, for a party, faith or nation, the one person
given it in the same words: ``by_description``), an outlet's short name ("The Chronicle": ``by_outlet_short_name``), a person
met by the age the text gave them ("the 45-year-old" after "John Smith, 45,": ``by_stated_age``). Pure."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.campaign_owners import CAMPAIGN, named_campaign_owner
from sayso.nlp.extract.family_choice import not_the_holder
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.lone_surnames import COMPANY_NOUNS
from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.noun_genders import noun_gender
from sayso.nlp.extract.person_signs import honorific
from sayso.nlp.extract.placed_roles import FORMER, placed_holder
from sayso.nlp.extract.placed_roles import PARTIES as _PARTIES
from sayso.nlp.extract.sentence_companies import company_named_before
from sayso.nlp.extract.source_context import (
    UNRESOLVED_KEY,
    Name,
    Ref,
    Resolution,
    SourceContext,
    bare_name,
    is_plural,
    norm_name,
    person_inside,
)
from sayso.nlp.extract.source_names import modifies_head, name_extent
from sayso.nlp.extract.source_types import (
    ORG_NOUNS,
    ORG_SUFFIXES,
    entity_at,
    named_after_person,
    proper_tokens,
    source_type,
)
from sayso.nlp.extract.stranded_speakers import apposed_after_according, source_after_object
from sayso.nlp.extract.subject_bodies import subject_body_before


def by_apposed_role(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "the spokesperson" in "Heather Nauert, the spokesperson, said": the name beside it."""
    named = ctx.roles.get(ref.head.i)
    if named is None or in_own_content(ref, named) or apposed_after_according(named) == ref.head \
            or source_after_object(named, ctx.lexicon.anonymous) == ref.head:
        # "According to Big League Politics’ Cassandra Fairbanks, a Secret Service agent ... revealed": the agent is
        # no role of the reporter the "according to" phrase names (``stranded_speakers``); nor is "a source familiar
        # with the matter" a role of the object the words are about ("Bidders included NBC, ..., a source said")
        return None
    ent = entity_at(ctx.doc, named)
    if ent is None and ref.head.lemma_.lower() in ctx.lexicon.person_roles and named_after_person(named):
        return None  # "his attorney – former Reagan Justice Dept.": a body named after a person holds no person's role
    start, end = (ent.start_char, ent.end_char) if ent is not None else name_extent(named)
    pname = ctx.quotes.text[start:end]  # "The group that owns her music, Big Machine": "Big Machine"
    ptype = source_type(ctx.doc, start, end, named, ctx.lexicon, ctx.quotes)
    role = ref.head.lemma_.lower()
    if ptype in ("unknown", "anonymous"):
        ptype = "organization" if role in ORG_NOUNS or role in ("label", "company", "firm") else "person"
    elif ptype == "person" and role in COMPANY_NOUNS and ent is not None and ent.label_ == "PERSON" and not honorific(named):
        ptype = "organization"  # "The only passenger airline serving Baghdad, Royal Jordanian, said": NER's PERSON, an airline
    elif ptype in ("organization", "government") and role in ctx.lexicon.person_roles and person_shaped(ctx.doc[named.i:named.i + 1] if ent is None else ent):
        ptype = "person"  # "executive chair Marcelo Claure" (NER's ORG): a person's role names a person
    elif ptype in ("organization", "government") and (role in ctx.lexicon.person_nouns or role in ctx.lexicon.person_roles) and given_name_only(
            ctx.doc[named.i:named.i + 1] if ent is None else ent):
        ptype = "person"  # "Penkoski’s daughter, Brielle" (NER's GPE): a daughter's name is a person's
    return Resolution(pname, ptype, f"{ptype}:{norm_name(pname)}", ref.text)


def in_own_content(ref: Ref, named: Token) -> bool:
    """The name the parse put beside the role stands inside what the role's speaker says: "According to an
    ex-Secret Service agent, Vice-President Joe Biden was regularly engaged in ...": Biden, the content's
    subject, is no name of the agent (the parse made him an apposition of "agent"). Only content that opens after
    the mention: a quotation interrupted by its cue ('"...," Duncan Hunter's chief of staff, Joe Kasper, told
    POLITICO. "..."') holds its speaker's own phrase."""
    return ref.said is not None and ref.start < ref.said[0] <= named.idx < ref.said[1]


def person_shaped(span: Span) -> bool:
    """Two to four capitalised words with no company or state word among them: "Marcelo Claure", not
    "Dick Clark Productions", "the Trump Organization" or "the State Department"."""
    words = [t for t in span if not t.is_punct]
    return (2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
            and not any(t.lower_ in ORG_SUFFIXES or t.lower_ in ORG_NOUNS for t in words))


def given_name_only(span: Span) -> bool:
    """One capitalised proper noun, no state or company word: "Brielle", not "Russia's" or "Google Inc"."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return (len(words) == 1 and words[0].pos_ == "PROPN" and words[0].is_title and words[0].lower_ not in ORG_SUFFIXES
            and words[0].ent_type_ != "NORP")


def by_apposed_name(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Another diplomat, former special envoy to Ukraine Kurt Volker": the person named in the apposition.

    One person is one source: a later "Volker" then joins the same source.
    """
    if ref.head.pos_ != "NOUN":
        return None
    span = ctx.doc.char_span(ref.ref_start, ref.ref_end, alignment_mode="expand")
    if span is None or not any(t.dep_ == "appos" and t.head.i == ref.head.i for t in span):
        return None
    person = apposed_person(span, ref.head, ctx.lexicon)
    if person is None:
        return None
    return Resolution(person.text, "person", f"person:{norm_name(person.text)}", ref.text)


def apposed_person(span: Span, head: Token, lexicon: Lexicon) -> Span | None:
    """The person's name in a phrase whose head has an apposition, unless that name only qualifies the head: in
    "Jane Smith's lawyer, a former prosecutor" or "reporter Nisan Ahmado's source inside the camp, a Syrian refugee"
    the possessor is someone else than the lawyer or the source, who is named by no name of the phrase (left to the
    other strategies, which keep the phrase as its own source). "Another diplomat, former special envoy Kurt Volker":
    Volker, the name the apposition gives."""
    ents = [e for e in span.ents if e.label_ == "PERSON" and len(e) >= 2]
    if ents:
        return next((e for e in ents if not modifies_head(e, head)), None)
    person = person_inside(span, lexicon)
    return None if person is None or modifies_head(person, head) else person


def by_role_noun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """A definite role noun ("the spokesperson", "the paper") with no name of its own.

    The name that role was put beside earlier; where several people held it ("Cardinal Reinhard
    Marx", "Cardinal Gerhard Müller"; "President Trump", "John Williams, the president of the New
    York Fed"), the one of them named last, as a reader takes "the cardinal" for the one the
    story is about. For an outlet noun, the outlet named last. None of them where the text brought in a speaker
    unnamed by the same noun ("A House official who spoke on condition of anonymity said": ``unnamed_speaker``).
    """
    head = ref.head
    if not any(t.lower_ in ("the", "this", "that") for t in head.lefts):
        return None
    if head.pos_ == "PROPN":
        return by_description(ctx, ref)  # "the lifelong Republican" after "Richard Hale, a lifelong Republican"
    if head.pos_ != "NOUN":
        return None
    proper = proper_tokens(ctx.doc, ref.ref_start, ref.ref_end)
    if named_beside(head):
        return None
    if proper and not place_qualified(head, proper):
        return named_next(ctx, ref)  # "the organizer of a pro-Trump rally said ... Tim Selaty, organizer of ..."
    holders = ctx.roles_by_lemma.get(head.lemma_.lower(), []) + titles_in_names(ctx, head.lemma_.lower())
    earlier = [(i, tok) for i, tok in sorted(holders)
               if ctx.doc[i].idx < ref.start and is_plural(ctx.doc[i]) == is_plural(head)  # "the physicians" are not "Arroyo, a physician"
               and not qualifiers_differ(ctx.doc[i], head)  # "the Democratic nominee" is not "Republican nominee Donald Trump"
               and not other_than_the_nation(head, ctx.doc[i])  # "the Russian leader" is not "opposition leader X"
               and (not proper or qualifiers_held(head, ctx.doc[i], tok))  # "the Florida senator": one called so
               and nouns_held(head, ctx.doc[i])]  # "the Senate minority leader" is no "Senate Majority Leader"
    if not earlier:
        # "the senator" after "Sen. Jane Roe"; "the Florida senator" after "Sen. Jane Roe (R-Fla.)"
        earlier = titled_holder(ctx, ref) or role_before_name(ctx, ref) or placed_role_holder(ctx, ref)
    unnamed = unnamed_speaker(ctx, ref) if earlier else None
    if unnamed is not None and named_since(ctx, earlier, unnamed):
        earlier = [(i, t) for i, t in earlier if i > unnamed.head.i]  # the newcomer's own naming, no holder before it
    elif unnamed is not None:
        # "A House official who spoke on condition of anonymity said ... Paul Irving, the chamber's top security
        # official, did not respond. The official said": the unnamed official, whom the role noun stays
        return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
    if earlier:
        tok = latest_holder(ctx, [t for _, t in earlier], ref.start)
        if newcomer_by_noun(ref.head, tok, ctx.roles):
            # "we have God, the priest, and the people ... Bishop Adam ordained one priest ... The new priest said":
            # the priest brought in since, whom no name stands for, not the holder named before
            return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
        ent = entity_at(ctx.doc, tok)
        start, end = name_extent(tok) if ent is None else (ent.start_char, ent.end_char)
        pname = ctx.quotes.text[start:end]  # "Big Machine", never its last word "Machine"
        if ent is not None and ent.label_ == "PERSON":
            ptype = "person"
            full = ctx.surnames.get(bare_name(pname, ctx.lexicon.person_roles), pname)
            # "The president said he would ..." beside "President Obama" and "Michelle Obama" alone: another Obama
            pname = pname if full != pname and not_the_holder(ctx, head, ref.text, full) else full
            if genders_differ(ctx, head, pname):
                # "Mary Dunn, a witness, ... The witness described himself as ...": another witness, unnamed
                return Resolution(ref.text, ref.type, UNRESOLVED_KEY)
        else:
            ptype = source_type(ctx.doc, start, end, tok, ctx.lexicon, ctx.quotes)
            if ptype in ("unknown", "anonymous"):
                ptype = "person" if ent is None and head.lemma_.lower() in ctx.lexicon.person_roles else "organization"
        return Resolution(pname, ptype, f"{ptype}:{norm_name(pname)}", ref.text)
    company = company_named_before(head, ctx.lexicon)
    if company is not None:
        # "About 38,000 OGE Energy Corp. customers are without power, the company said": the company its sentence names
        return Resolution(company.text, "organization", f"organization:{norm_name(company.text)}", ref.text)
    body = subject_body_before(head, ctx.lexicon, ctx.names_between(0, ref.start))
    if body is not None:
        # "Black Lives Matter issued a statement ... 'For us, ...,' the group said": the body the sentence before
        # made its subject, and no other body named since (``subject_bodies``)
        return Resolution(body, "organization", f"organization:{norm_name(body)}", ref.text)
    if ref.type == "outlet":
        outlet = ctx.last(ref.start, lambda n: n.type == "outlet")
        if outlet is not None:
            return Resolution(outlet.name, ref.type, f"outlet:{norm_name(outlet.name)}", ref.text)
    return named_next(ctx, ref) or Resolution(ref.text, ref.type, UNRESOLVED_KEY)


def by_named_campaign(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Ann Lee's campaign is making its biggest ad buy ... The campaign is expecting to air a new ad": the Lee
    campaign, the one campaign the text named before (``campaign_owners``), as ``by_campaign_owner`` names "his
    campaign". None where a campaign was put beside a name ("the campaign, Friends of Lee,": ``by_role_noun``'s) or
    where the text named another owner's campaign too: the mention stays as written."""
    if any(ctx.doc[i].idx < ref.start for i, _ in ctx.roles_by_lemma.get(CAMPAIGN, [])):
        return None
    family = named_campaign_owner(ctx.doc, ref.head, ctx.surnames.values())
    if family is None:
        return None
    name = f"{family} {CAMPAIGN}"
    return Resolution(name, "organization", f"organization:{norm_name(name)}", ref.text)


def by_description(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """A definite description by a party, faith or nation ("The lifelong Republican said", "the devout Catholic") that
    the text gave one named person before, in the same words: "Richard Hale, a lifelong Republican, wrote ..." or
    "Richard Hale is a lifelong Democrat". The mention's words before its noun ("lifelong") must all have been said
    of the holder, and at least one of them: a bare "the Republican" fits any Republican of a political story,
    named so or not. None where two people were given the noun (whatever their words), where the mention has words
    of its own after it ("the Republican who wrote the speech") or makes its holder another ("the other Democrat"),
    or where its own pronoun says the other sex (``genders_differ``): it stays as written."""
    head = ref.head
    if head.ent_type_ != "NORP" or is_plural(head) or not plain_role(head) \
            or proper_tokens(ctx.doc, ref.ref_start, ref.ref_end) != [head]:
        return None
    words = _described_by(head)
    if not words:
        return None
    holders = [(noun, ent) for noun, ent in _described_people(ctx.doc, head.lower_) if noun.idx < ref.start]
    if len({surname(ent.text) for _, ent in holders}) != 1 or not words <= _described_by(holders[-1][0]):
        return None
    noun, ent = holders[-1]
    if any(t.lower_ == head.lower_ and any(c.lower_ in _INDEFINITE for c in t.lefts) for t in ctx.doc[noun.i + 1:head.i]):
        return None  # "A lifelong Republican from Ohio, who asked not to be named, said": one more, unnamed
    pname = ctx.surnames.get(bare_name(ent.text, ctx.lexicon.person_roles), ent.text)
    if genders_differ(ctx, head, pname, content=True):
        return None  # "The lifelong Republican said she ..." beside Dan Colby: maybe another, and the base left it
    return Resolution(pname, "person", f"person:{norm_name(pname)}", ref.text)


def _described_by(noun: Token) -> frozenset[str]:
    """The lower-case words set before a noun that describe its holder: "lifelong" of "a lifelong Republican"."""
    return frozenset(t.lower_ for t in noun.lefts if t.dep_ in _QUALIFIER_DEPS and t.is_lower and t.is_alpha)


def _described_people(doc: Doc, word: str) -> list[tuple[Token, Span]]:
    """Each singular ``word`` (a party's, faith's or nation's noun) the text says of a person NER names: put beside
    the name ("Richard Hale, a lifelong Republican,", "Mary Webb, the Republican who ...", "Republican Mary Webb") or
    said of it ("Richard Hale is a Republican"; not "is not", nor in a question); the noun and the person's name."""
    out = []
    for tok in doc:
        if tok.lower_ != word or is_plural(tok) or tok.sent[-1].text == "?":
            continue  # "Was Dan Colby ever a lifelong Republican?" says it of nobody
        if tok.dep_ == "compound":
            named = tok.head  # "Lifelong Republican Mary Webb": a holder named in the same words too
        elif not any(c.lower_ in ("a", "an", "the") for c in tok.lefts):
            continue
        elif tok.dep_ == "appos":
            named = tok.head  # "Dan Colby, a lifelong Republican," or "Mary Webb, the lifelong Republican who ..."
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in tok.head.children):
            # "Colby is a lifelong Democrat"; not "Colby is not a lifelong Democrat"
            named = next((c for c in tok.head.children if c.dep_ == "nsubj"), tok)
        else:
            continue
        ent = entity_at(doc, named)
        if ent is not None and ent.label_ == "PERSON":
            out.append((tok, ent))
    return out


# a title's short form before a name and the singular role nouns that stand for its holder: "Sen. Jane Roe" is "the
# senator"; not "Dr." (a doctor of letters is no physician) nor a cleric's "Fr." or "Rev." (no "the father")
TITLE_ROLES = {
    "sen.": ("senator",), "sen": ("senator",), "gov.": ("governor",), "gov": ("governor",),
    "rep.": ("representative", "congressman", "congresswoman"), "rep": ("representative", "congressman", "congresswoman"),
    "gen.": ("general",), "sec.": ("secretary",), "prof.": ("professor",), "pres.": ("president",),
}


def titles_in_names(ctx: SourceContext, lemma: str) -> list[tuple[int, Token]]:
    """Each title of a person's role that NER ran into the person's name ("Pope Francis", "Patriarch Kirill" tagged
    one PERSON), which ``appositions`` leaves out as a word of the name: the title and the name's last word, as
    ``ctx.roles`` maps "Pope" to "Francis" where NER tags "Francis" alone. So "the pope" after "Pope Francis" is
    Francis, whichever way NER cut the name. Only a capitalised singular role noun of ``lemma`` that opens an entity
    of two words or more and hangs on a word of it, never a title its holder no longer has ("Former President Carter
    Smith"): a name word that is a role noun elsewhere ("Major Garrett") is written the same, but a later "the major"
    asks for a holder of the role, and the text gave him none other. Never a relative's noun: a nun's or priest's
    "Mother Teresa", "Sister Wendy Beckett", "Father John Murphy" is no "the mother" of a story's family."""
    if lemma not in ctx.lexicon.person_roles or lemma in ctx.lexicon.kin_genders:
        return []
    out = []
    for ent in ctx.doc.ents:
        title = ent[0]
        if ent.label_ != "PERSON" or len(ent) < 2 or title.i in ctx.roles or not title.is_title \
                or title.lemma_.lower() != lemma or is_plural(title) or title.dep_ != "compound" \
                or not ent.start < title.head.i < ent.end or former_title(title):
            continue
        out.append((title.i, ent[-1]))
    return out


def titled_holder(ctx: SourceContext, ref: Ref) -> list[tuple[int, Token]]:
    """The one person the text gave the short title of a singular role noun before the mention ("Sen. Jane Roe" for a
    later "the senator", "Gov. Greg Abbott" for "the governor"): that title and name, as ``ctx.roles`` maps them. None
    where the title went to two people ("Sen. Jane Roe ... Sen. John Doe": which senator is not for the ladder to say),
    or where what qualifies the mention ("the Republican senator") is said otherwise of the title or its name
    ("Democratic Sen. Jane Roe")."""
    head = ref.head
    if is_plural(head) or not plain_role(head):
        return []
    lemma = head.lemma_.lower()
    held = [(i, tok) for title, roles in TITLE_ROLES.items() if lemma in roles
            for i, tok in ctx.roles_by_lemma.get(title, [])
            if ctx.doc[i].idx < ref.start and i < tok.i and ctx.doc[i].text[:1].isupper()  # not "a union rep"
            and not former_title(ctx.doc[i])  # "Former Gov. Tom Kean" is no "the governor"
            and nouns_held(head, ctx.doc[i])]  # "the state senator" is no "Sen. Tom Hale", "the Senate governor" none
    family = _one_family(ctx, head, held)  # "the congresswoman" is not "Rep. Tom Hale" (review rev70r)
    if family is None:
        return []
    if not all(qualifiers_held(head, ctx.doc[i], tok) for i, tok in held):
        return []  # "the Republican senator" of "Sen. Jane Roe", whom nothing calls a Republican
    if untitled_since(ctx, family, ref.start):
        return []  # "Sen. Jane Roe ... Ted Cruz, R-Texas, backed it ... the senator": maybe Cruz
    return sorted(held)


# an outgoing holder holds the office still: "Outgoing Gov. Tom Hale" is the governor until the successor takes it
_NO_LONGER = FORMER - {"outgoing"}


def former_title(title: Token) -> bool:
    """The title before a name is one its holder no longer has: "Former Gov. Tom Kean", "former New Jersey Gov. Tom
    Kean", "then-Sen. Ann Lee", "the late Sen. Ann Lee" (a word of ``FORMER`` in the capitalised run before it, said
    of the title: hyphened to it or hung on it or its name by the parse). Not the adverb of the clause ("and then Sen.
    Ann Lee blocked it", "Late Tuesday Sen. Ann Lee filibustered"): she holds it, and dropping her would give "the
    senator" to another."""
    doc = title.doc
    name = title.head if title.head.i > title.i else title
    j = title.i - 1
    while j >= title.sent.start and (doc[j].text[:1].isupper() or doc[j].lower_ in FORMER or doc[j].text == "-"):
        word = doc[j]
        if word.lower_ in _NO_LONGER and (word.text.endswith("-") or doc[j + 1].text == "-" or _said_of(word, name)):
            return True
        j -= 1
    return False


def _said_of(word: Token, name: Token) -> bool:
    """The parse hangs ``word`` on the title run or name that ends at ``name`` ("Former" -> "Gov." -> "Kean"), every
    step inside them; not on the clause's verb ("then" -> "blocked") nor on a word outside ("Late" -> "Tuesday")."""
    tok = word
    while tok.i != name.i:
        if tok.head.i == tok.i or not word.i < tok.head.i <= name.i:
            return False
        tok = tok.head
    return True


def _one_family(ctx: SourceContext, head: Token, held: list[tuple[int, Token]]) -> str | None:
    """The one family name the holders ``held`` go by, where the role noun ``head``'s gender (if it has one) is not
    against the last of them; None where they are two families, none, or the gender disagrees."""
    families = {surname(_holder_name(ctx, tok)) for _, tok in held}
    if len(families) != 1:
        return None
    gender = noun_gender(head)
    if gender is not None and ctx.genders.get(norm_name(_holder_name(ctx, held[-1][1]))) not in (None, gender):
        return None
    return families.pop()


def placed_role_holder(ctx: SourceContext, ref: Ref) -> list[tuple[int, Token]]:
    """The one person the text named before with the place and office a mention gives its role noun, in other words
    ("the Florida senator" after "Sens. Tom Hale (Ky.) and Jane Roe (Fla.)", "the Russian leader" after "Russian
    President Ivan Petrov": ``placed_roles.placed_holder``): their title (or name) and name. None for a plural or a
    role that makes its holder another (``plain_role``), or where the mention's own pronoun says the other sex ("The
    Ohio senator said she ..." beside Tom Hale)."""
    head = ref.head
    if is_plural(head) or not plain_role(head):
        return []
    person = placed_holder(ctx.doc, head, ctx.roles, ref.start)
    if person is None:
        return []
    pname = ctx.surnames.get(bare_name(person.name.text, ctx.lexicon.person_roles), person.name.text)
    return [] if genders_differ(ctx, head, pname, content=True) else [(person.role, person.name[-1])]


def role_before_name(ctx: SourceContext, ref: Ref) -> list[tuple[int, Token]]:
    """The one person the text named with the mention's role noun set right before the name, where the parse did not
    join them ("New York (AFP) – Oscar-winning actress Jane Holloway, ..." parsed as two appositions of the dateline's
    place): "the actress" after "actress Jane Holloway". None where the noun went before two people's names, where the
    mention's qualifiers were not said of the holder, or where the mention is not a plain role (``plain_role``)."""
    head = ref.head
    if is_plural(head) or not plain_role(head) or head.lemma_.lower() not in ctx.lexicon.person_roles:
        return []
    held = [(tok.i, ent[-1]) for tok, ent in titled_names_of(ctx.doc, head.lemma_.lower(), ctx.roles)
            if tok.idx < ref.start and qualifiers_held(head, tok, ent[-1])]
    return held if _one_family(ctx, head, held) is not None else []


def titled_names_of(doc: Doc, lemma: str, roles: Container[int]) -> list[tuple[Token, Span]]:
    """Each lower-case singular noun of ``lemma`` set right before a person's name of two words or more ("actress
    Jane Holloway", "organizer Tom Briggs"), which the parse did not already put beside a name (``roles``)."""
    out = []
    for tok in doc[:-1]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or not tok.is_lower or is_plural(tok) or tok.i in roles:
            continue
        nxt = doc[tok.i + 1]
        ent = entity_at(doc, nxt) if nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" else None
        if ent is not None and len(ent) >= 2 and not _subject_under(ent, tok):
            out.append((tok, ent))
    return out


def _subject_under(ent: Span, role: Token) -> bool:
    """The name is the subject of a clause that qualifies the role noun: in "the doctor Ann Lee consulted" or "the
    driver Paul Ward hit" the doctor and the driver are someone else than the name."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and (root.head.i == role.i or role in root.head.ancestors)


def named_next(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """A definite role noun of a person the text names only in the next sentence, by that role, as its speaker: "Even
    the organizer of a rally said the rules were unsafe. 'It is a problem,' said Tom Briggs, organizer of a group
    called Citizens for Order" is Briggs: a writer brings a speaker in by role and names them at once.

    Only where nobody before the mention holds the role, every holder of it is a person NER names, one person of the
    next sentence holds it (not "an organizer": one of several) and speaks there, the qualifiers of the mention are not contradicted ("the Democratic
    organizer" is not "Republican organizer Tom Briggs") and every proper word of the mention ("the president of the
    AFL-CIO") is in the holder's own role phrase. Anything else stays as written: a wrong person is worse than none."""
    head = ref.head
    if not _next_namable(ctx, head) or unnamed_speaker(ctx, ref) is not None:
        return None  # "A spokesman said ...": the one the text brought in unnamed
    people = _person_holders(ctx, head)
    if not people or any(role.i < head.i for role, _, _ in people):
        return None  # no person to be sure of; a holder named before is the caller's to weigh
    span = ctx.doc.char_span(ref.ref_start, ref.ref_end, alignment_mode="expand")
    # only a mention that names its body after the noun ("the organizer of a pro-Trump rally"): a bare "the coach" or
    # "the Republican senator" fits any coach or senator the next sentence quotes, often one replying to the first
    proper = _proper_words(t for t in span if t.i > head.i) if span is not None else set()
    if not proper:
        return None
    near = [p for p in people if p[0].sent.start == next_sentence_start(head) and _same_body(span, proper, *p)]
    if len({surname(ent.text) for _, _, ent in near}) != 1:
        return None  # nobody of the next sentence fits, or two people do
    role, _, ent = near[0]
    if qualifiers_differ(role, head) or any(c.lower_ in _INDEFINITE for c in role.lefts):
        return None  # "Ann Cole, an organizer, said": one organizer of several, maybe not the one the mention meant
    if not any(min(role.idx, ent.start_char) <= s < ent.end_char for s in ctx.speakers):
        return None  # the next sentence names the holder, but someone else speaks there
    pname = ctx.surnames.get(bare_name(ent.text, ctx.lexicon.person_roles), ent.text)
    if genders_differ(ctx, head, pname):
        return None  # "The witness to the crash described herself as ..." beside "Peter Long, witness to the crash": another
    return Resolution(pname, "person", f"person:{norm_name(pname)}", ref.text)


def mention_gender(head: Token, *, content: bool = False) -> str | None:
    """The sex the role's mention states of its holder: its noun's ("the congresswoman") or, where the noun says
    none, its verb's reflexive ("The witness described herself as shaken"). The subject of what it says ("The witness
    said she saw ...") only with ``content``: that is as often a third person ("John Marsh, a lawyer for Jane Doe ...
    The lawyer said she would plead not guilty"; "'He had a gun,' the witness said"), so it may only keep a rule from
    resolving a mention the base left as written, never undo a holder named before. None where nothing says, or two
    pronouns say both."""
    gender = noun_gender(head)
    if gender is not None or head.dep_ not in ("nsubj", "nsubjpass"):
        return gender
    verb = head.head
    said = {_PRONOUN_GENDERS[c.lower_] for c in verb.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES}
    if content:
        said |= {_PRONOUN_GENDERS[t.lower_] for c in verb.children if c.dep_ == "ccomp"
                 for t in c.children if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _PRONOUN_GENDERS}
    return said.pop() if len(said) == 1 else None


_PRONOUN_GENDERS = {"he": "m", "she": "f", "himself": "m", "herself": "f"}
_REFLEXIVES = frozenset({"himself", "herself"})


def genders_differ(ctx: SourceContext, head: Token, name: str, *, content: bool = False) -> bool:
    """The mention's sex (``mention_gender``, with ``content`` as there) and the one the text or a given name gave the
    holder ``name`` are both known and not the same: "The witness described herself as ..." is no "Peter Long"."""
    gender = mention_gender(head, content=content)
    return gender is not None and ctx.genders.get(norm_name(name)) not in (None, gender)


def _next_namable(ctx: SourceContext, head: Token) -> bool:
    """A singular person's role with "the", nothing that makes its holder another ("the other organizer") and no
    clause or apposition of its own ("the organizer, who asked not to be named": not the one the next sentence
    names)."""
    return (not is_plural(head) and head.lemma_.lower() in ctx.lexicon.person_roles
            and any(t.lower_ == "the" for t in head.lefts)
            and not any(c.lower_ in _OTHER_HOLDER or c.dep_ in ("relcl", "appos") for c in head.children))


def _person_holders(ctx: SourceContext, head: Token) -> list[tuple[Token, Token, Span]]:
    """Every singular holder of the mention's role noun the text names (role, name token, the name's entity): put
    beside the name or set right before it ("organizer Tom Briggs"). Empty where any of them is a body or a word NER
    left unnamed: no person to be sure of."""
    lemma = head.lemma_.lower()
    holders = [(ctx.doc[i], tok) for i, tok in ctx.roles_by_lemma.get(lemma, [])]
    holders += [(tok, ent[-1]) for tok, ent in titled_names_of(ctx.doc, lemma, ctx.roles)]
    people = [(role, name, entity_at(ctx.doc, name)) for role, name in holders
              if role.i != head.i and not is_plural(role)]
    if any(ent is None or ent.label_ != "PERSON" for _, _, ent in people):
        return []
    return [(role, name, ent) for role, name, ent in people if ent is not None]


def _same_body(span: Span, proper: set[str], role: Token, _name: Token, ent: Span) -> bool:
    """"the president of the AFL-CIO" is not "Tom Briggs, president of the Teamsters": each proper word of the mention
    (``proper``; "pro-Trump": Trump) is in the holder's own role phrase or name, and no stance is turned round."""
    return (proper <= _proper_words(_own_phrase(role)) | {t.lower_ for t in ent}
            and not _stances_differ(span.text, role.doc[role.left_edge.i:role.right_edge.i + 1].text))


def _proper_words(tokens: Iterable[Token]) -> set[str]:
    """The proper nouns among ``tokens``, lower-cased, with the capitalised parts of a hyphened word ("pro-Trump", or
    "Jones" of "pro-Jones" split in three and tagged an adjective)."""
    words = set()
    for tok in tokens:
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start):
            words.add(tok.lower_)
        words |= {part.lower() for part in tok.text.split("-")[1:] if part[:1].isupper()}
    return words


def _own_phrase(role: Token) -> list[Token]:
    """The role's phrase less its clauses: "coach of the Falcons, who beat the Eagles" is no coach of the Eagles."""
    clauses = {t.i for c in role.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in role.subtree if t.i not in clauses]


_STANCE = re.compile(r"\b(pro|anti)\s?-\s?([A-Z][\w]*)", re.IGNORECASE)


def _stances_differ(mention: str, role: str) -> bool:
    """"the organizer of the pro-Trump rally" is not "Dan Wells, organizer of an anti-Trump group": the same name
    with the other stance."""
    said = {m[2].lower(): m[1].lower() for m in _STANCE.finditer(mention)}
    return any(said.get(m[2].lower(), m[1].lower()) != m[1].lower() for m in _STANCE.finditer(role))


def next_sentence_start(tok: Token) -> int:
    """The first token of the sentence after ``tok``'s, past blank lines; -1 at the text's end."""
    doc = tok.doc
    i = tok.sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i].sent.start if i < len(doc) else -1


def untitled_since(ctx: SourceContext, family: str, before: int) -> bool:
    """Someone else was named since the title holder was last named, whom the text gave no role ("Ted Cruz, R-Texas",
    "Mark Diaz, who teaches at Yale") or a role of the chamber ("Senate Majority Leader Mitch McConnell"): a senator
    the text did not call "Sen." may be the one a later "the senator" means (review rev70r)."""
    holder = ctx.last(before, lambda n: n.type == "person" and surname(n.name) == family)
    if holder is None:
        return False
    chamber: dict[str, bool] = {}  # family name -> whether a role the text gave it is of the chamber
    for i, tok in ctx.roles.items():
        if ctx.doc[i].idx >= before:
            continue
        name = surname(_holder_name(ctx, tok))
        chamber[name] = chamber.get(name, False) or any(t.lower_ in _CHAMBERS for t in ctx.doc[i].subtree)
    return any(n.type == "person" and surname(n.name) != family and chamber.get(surname(n.name), True)
               for n in ctx.names_between(holder.at + 1, before))


_CHAMBERS = frozenset({"senate", "house", "congress", "congressional", "assembly", "legislature"})


def qualifiers_held(mention: Token, role: Token, named: Token) -> bool:
    """Every party, nation and place the mention gives its role ("the Florida senator", "the GOP nominee") was given
    to the holder, before the role or before the name: "Florida Sen. Marco Rubio", "Republican nominee Donald Trump".
    Not "Marco Rubio ... the Florida senator": the text never said so, whatever the reader knows."""
    said: dict[str, frozenset[str]] = {}
    for tok in (role, named):
        for kind, words in qualifiers(tok).items():
            said[kind] = said.get(kind, frozenset()) | words
    return all(words <= said.get(kind, frozenset()) for kind, words in qualifiers(mention).items())


def place_qualified(head: Token, proper: list[Token]) -> bool:
    """The proper nouns of a role's mention only say its party, nation or place ("The Florida senator", "the GOP
    nominee", "The Ohio governor"): each qualifies the role noun itself (``qualifiers``); not a name of its own
    ("the senator Marco Rubio") nor an owner's ("Florida's senator")."""
    found = qualifiers(head)
    words = {w for ws in found.values() for w in ws}
    return all((_place_word(t, head) is not None and _place_word(t, head) in words | set(_PARTIES))
               or _chamber_word(t, head) for t in proper)


def _chamber_word(tok: Token, head: Token) -> bool:
    """A chamber's name set before the role noun as a noun of its own ("the Senate minority leader", "the House
    speaker"): a qualifier like a place, which ``nouns_held`` asks of the holder's role."""
    return tok.lower_ in _CHAMBERS and tok.dep_ == "compound" and tok.head.i == head.i


def nouns_held(mention: Token, role: Token) -> bool:
    """Every noun the mention sets before its role noun ("Senate" and "minority" of "the Senate minority leader",
    "campaign" of "the campaign manager") is in the words of the role the holder was given ("Senate Minority Leader
    Harry Reid", "Ann Lee, the campaign's manager", "Ann Lee, a manager for the campaign"; not a clause of its own:
    "Ann Lee, a manager who left the campaign"), whatever their case: "the Senate minority leader" is no "Senate
    Majority Leader Mitch McConnell", "the minority leader" no "House Majority Leader X". A place, nation or party is
    ``qualifiers``'s to weigh, an adjective ("the veteran senator") the writer's epithet."""
    said = {t.lower_.replace(".", "") for t in _own_phrase(role)}  # "a spokesman for the campaign": campaign
    said |= {t.lower_.replace(".", "") for t in _capitalised_before(role)}  # a title run the parse cut
    nouns = [t for t in mention.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")
             and t.ent_type_ not in ("GPE", "NORP") and t.lower_.replace(".", "") not in _PARTIES]
    return all(t.lower_.replace(".", "") in said for t in nouns)


def _capitalised_before(role: Token) -> list[Token]:
    """The capitalised words (up to three) right before the role's phrase, which the parse cut from it: "Senate
    Minority" of "Senate Minority" "Leader"; none across a comma or a lower-case word ("After the Senate vote, House
    Majority Leader Tom Hale": no "Senate" for him)."""
    doc, j, out = role.doc, role.left_edge.i - 1, []
    while j >= max(role.left_edge.i - 3, role.sent.start) and doc[j].text[:1].isupper():
        out.append(doc[j])
        j -= 1
    return out


def _place_word(tok: Token, head: Token) -> str | None:
    """The qualifier of ``head`` that ``tok`` is (part of), as ``qualifiers`` spells it: "florida" of "the Florida
    senator"; "new jersey" of both "New" and "Jersey" in "the New Jersey governor" (the parse hangs "New" on "Jersey",
    a word of the same place). None where the word is not a qualifier of the noun or inside one."""
    qual = tok
    while qual.head.i != head.i and qual.dep_ == "compound" and qual.head.i > qual.i and qual.head.pos_ == "PROPN" \
            and qual.head.ent_type_ == qual.ent_type_ != "":
        qual = qual.head  # "New" -> "Jersey": one place's words
    if qual.head.i != head.i or qual.dep_ not in _QUALIFIER_DEPS:
        return None
    word = qual.lower_.replace(".", "")
    return _place_phrase(qual) if qual.ent_type_ in ("NORP", "GPE") and word not in _PARTIES else word


def _place_phrase(tok: Token) -> str:
    """The whole name of the place or nation whose last word ``tok`` is, lower-cased: "new jersey" of "Jersey" in
    "New Jersey Gov.", "north carolina" of "Carolina" (never "carolina" alone: North and South Carolina are two);
    "florida" of "Florida"."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start].ent_iob_ == "I" and tok.doc[start - 1].ent_type_ == tok.ent_type_:
        start -= 1
    return " ".join(t.lower_.replace(".", "") for t in tok.doc[start:tok.i + 1])


# words before a role noun that set its holder apart from the one named before: "the other senator", "the former
# governor", "a new general"
_OTHER_HOLDER = frozenset({"other", "former", "new", "second", "third", "fellow", "ex", "late", "then", "outgoing",
                           "incoming", "next", "previous", "same"})


def plain_role(head: Token) -> bool:
    """"the senator", "the Republican senator", "the veteran senator": a role noun with no words that make its
    holder someone else ("the other senator", "the former governor") and none of its own after it or owned ("the
    senator from Texas", "the senator who ...", "Ohio's senator"), which may name another holder."""
    return not any(c.dep_ in ("prep", "relcl", "acl", "poss", "appos") or c.lower_ in _OTHER_HOLDER
                   for c in head.children)


_WEB_NAME = re.compile(r"[\w-]+\.(?:com|net|org|co\.uk|info|news|tv|io)$", re.IGNORECASE)


def named_beside(role: Token) -> bool:
    """The role noun has its own name beside it, which the tagger did not make a proper noun: "the Austrian
    Catholic website Kath.net writes" (a web address, or a word NER named) is Kath.net, not the outlet named
    before (``by_role_noun`` leaves it to its own name). So is a lone word set straight after the noun, which
    only a name is ("the website fivethirtyeight noted", as "the poet Keats"): an apposition of common words
    comes after a comma and has words of its own ("the paper, a tabloid,")."""
    return any(c.dep_ in ("appos", "compound") and c.i > role.i
               and (c.ent_type_ in ("PERSON", "ORG") or _WEB_NAME.match(c.text) or _lone_name(role, c))
               for c in role.children)


def _lone_name(role: Token, word: Token) -> bool:
    """A single word in apposition straight after the role noun, with no words of its own: "the website
    fivethirtyeight"."""
    return word.dep_ == "appos" and word.i == role.i + 1 and word.n_lefts + word.n_rights == 0 \
        and word.pos_ in ("NOUN", "PROPN", "X") and word.is_alpha


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def named_since(ctx: SourceContext, earlier: list[tuple[int, Token]], unnamed: Name) -> bool:
    """The unnamed speaker was named after: "according to a group of employees. The group, WeWorkers Coalition,
    formed in recent weeks": a bare "the" and the noun put beside a name (``earlier``: role index, name token) after
    the newcomer is the newcomer named (the real-page P p68: "The group" left unresolved). A role with words of its
    own ("Paul Irving, the chamber's top security official") is another holder of the noun, and the newcomer stays
    unnamed. Every holder named since must be so: "Another doctor, Dr. Sam Cole" (or "a second spokesman", "the
    prosecution's lawyer") after "The doctor, Dr. Amy Reed" is one more holder, and "the doctor" stays unresolved.
    So is the noun written as a title before the name, with no words of its own (``bare_title``): "A federal judge
    has ordered ... Judge Gonzalo Curiel cited ... The judge pointed to" is Curiel, the one judge the text names. Where
    those named since are two people ("Judge Ann Lee ... Judge Tom Hale"), which of them the newcomer was is not for
    the ladder to say, and the role noun stays unresolved."""
    since = [(ctx.doc[i], tok) for i, tok in earlier if i > unnamed.head.i]
    if len({surname(_holder_name(ctx, tok)) for _, tok in since}) != 1:
        return False
    return all(([c.lower_ for c in role.lefts] == ["the"] and not any(c.dep_ == "prep" for c in role.rights))
               or bare_title(role, tok) for role, tok in since)


def bare_title(role: Token, name: Token) -> bool:
    """The role noun is a capitalised title written straight before a person's name, with no words of its own:
    "Judge Gonzalo Curiel", "Detective Ann Lee" (a title hung on the name, the name NER's PERSON); not "Federal Judge
    Ann Lee" nor "Another Detective Ann Lee" (words before the title, said of it or of the name, which may make its
    holder another one): the title opens the name's phrase. Nor "Judge Ann Lee of the appeals court": words hung on
    the name after it say which judge, as "Ann Lee, the judge of the appeals court" does, and may make her another."""
    return (role.dep_ == "compound" and role.head == name and role.text[:1].isupper() and name.ent_type_ == "PERSON"
            and not any(True for _ in role.children) and name.left_edge == role and role.i + 1 < len(role.doc)
            and role.doc[role.i + 1].ent_iob_ == "B" and role.doc[role.i + 1].ent_type_ == "PERSON"
            and not any(c.dep_ == "prep" for c in name.rights))


def unnamed_speaker(ctx: SourceContext, ref: Ref) -> Name | None:
    """The speaker the text brought in unnamed by the role noun's own noun ("A House official who spoke on condition
    of anonymity said ..."), whom a later "the official" may go on to mean: a writer who names a person calls them by
    name after, and keeps "the official" for the one left unnamed. So "Paul Irving, the chamber's top security
    official, did not respond. The official said ..." is the anonymous official, not Irving (``by_role_noun`` leaves
    it its own source then: the two may still be told apart by what each said).

    The last such speaker before the mention: the same noun in the same number, with "a", "an", "one" or "another",
    no name put beside it ("A spokesman, Eric Schultz, said" is Schultz: ``by_apposed_role``) and none resolved for it."""
    head = ref.head
    lemma = head.lemma_.lower()

    def fits(n: Name) -> bool:
        noun = n.head
        return (n.at in ctx.speakers and noun.pos_ == "NOUN" and noun.lemma_.lower() == lemma
                and is_plural(noun) == is_plural(head) and noun.i != head.i
                and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in noun.children)
                and noun.i not in ctx.roles and not any(c.dep_ == "appos" for c in noun.children)
                and n.name.lower().startswith(noun.left_edge.lower_ + " "))
    return ctx.last(ref.start, fits)


def newcomer_by_noun(head: Token, holder: Token, roles: Container[int] = ()) -> bool:
    """Since the role's holder was named, the text brought someone in by the role noun's own noun, unnamed: "Because
    we have God, the priest, and then the people. [...] Bishop Adam ordained one priest for my Congregation. This one
    priest came from France. [...] The new priest said": the priest ordained, not God (whom a list's parse put beside
    "the priest"). The same noun in the same number with "a", "an", "one" or "another" (or "this one"), after the
    holder and before the mention, no name beside it, no role put beside a name (``roles``: the indices of those,
    "Luz Arroyo, a family physician"); ``unnamed_speaker`` asks the same of a newcomer who spoke, as a name met. Not
    a newcomer of another noun ("a priest" for "the bishop")."""
    lemma = head.lemma_.lower()
    doc = head.doc
    for tok in doc[holder.i + 1:head.i]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or is_plural(tok) != is_plural(head) or tok.i in roles:
            continue
        if any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in tok.children) \
                and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children) \
                and _brought_in(tok):
            return True
    return False


def _brought_in(tok: Token) -> bool:
    """The noun is a subject or object of a verb in the past ("ordained one priest", "A second officer arrived"):
    someone the text brings in, not a generic one ("a president must never lie", "A coach must be honest", "A
    captain leads by example") nor one named only inside a phrase ("an aide to a governor in Texas")."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.tag_ in ("VBD", "VBN")


_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def qualifiers(role: Token) -> dict[str, frozenset[str]]:
    """What a role noun is qualified by, by kind: the party ("Democratic", "GOP"), the nation ("German") or the
    place ("Texas") of "the Democratic presidential nominee", "the German chancellor", "the Texas senator"."""
    out: dict[str, set[str]] = {}
    for t in role.lefts:
        if t.dep_ not in _QUALIFIER_DEPS:
            continue
        word = t.lower_.replace(".", "")
        if word in _PARTIES and (t.is_title or t.is_upper):
            out.setdefault("party", set()).add(_PARTIES[word])
        elif t.ent_type_ in ("NORP", "GPE"):
            out.setdefault(t.ent_type_, set()).add(_place_phrase(t))  # "new jersey", not "jersey"
    return {kind: frozenset(words) for kind, words in out.items()}


def qualifiers_differ(role: Token, mention: Token) -> bool:
    """Whether a role noun put beside a name and a later mention of the role say different things of the same
    kind: "the Democratic nominee" is not "Republican nominee Donald Trump", "the German chancellor" not
    "Austrian Chancellor Sebastian Kurz"; a role said without them ("the nominee") differs from none."""
    held = qualifiers(role)
    return any(kind in held and not words & held[kind] for kind, words in qualifiers(mention).items())


# words before a role noun that make it the lead of something other than a nation or place, or no longer theirs:
# "opposition leader", "party leader", "former leader", "rebel leader"
_NOT_THE_NATION = frozenset({"opposition", "party", "former", "ex", "rebel", "union", "protest", "dissident", "exiled",
                             "minority", "majority"})


def other_than_the_nation(mention: Token, role: Token) -> bool:
    """A mention that gives its role a nation or a place ("the Russian leader", "the Ohio governor") never stands for
    one whose role was said of another group or time: "opposition leader Alexei Navalny", "party leader X", "former
    leader X", "union leader X" (a noun before the role names the group led); "Russian leader X" stays, and so does
    a holder whose word the mention says too ("the former Soviet leader", "the Turkish opposition leader")."""
    if not any(kind in ("NORP", "GPE") for kind in qualifiers(mention)):
        return False
    said = {t.lower_ for t in mention.lefts}  # "the former Soviet leader" is "former Soviet leader Gorbachev"
    return any((t.lower_ in _NOT_THE_NATION or (t.dep_ == "compound" and t.pos_ == "NOUN")) and t.lower_ not in said
               for t in role.lefts)


def latest_holder(ctx: SourceContext, holders: list[Token], before: int) -> Token:
    """Of the names a role was put beside, the one the text named last before ``before``, by any
    mention (a surname, a resolved "he"); the last put beside it where none is found."""
    surnames = {surname(_holder_name(ctx, t)): t for t in holders}
    if len(surnames) > 1:
        named = ctx.last(before, lambda n: n.type == "person" and surname(n.name) in surnames)
        if named is not None:
            return surnames[surname(named.name)]
    return holders[-1]


def _holder_name(ctx: SourceContext, tok: Token) -> str:
    ent = entity_at(ctx.doc, tok)
    start, end = name_extent(tok) if ent is None else (ent.start_char, ent.end_char)
    return ctx.quotes.text[start:end]


def by_outlet_short_name(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "The Chronicle says ..." after "The San Francisco Chronicle": the one outlet named before whose name ends
    in that word, as a reader takes "the Post" after "The Washington Post". NER often makes the word a person;
    it is the outlet. Two outlets the word could stand for ("the Times" beside The New York Times and the Los
    Angeles Times), or a person's surname, leave it to the other strategies."""
    words = norm_name(ref.text).split()
    if len(words) != 1 or ref.head.pos_ not in ("PROPN", "NOUN") or not ref.head.text[:1].isupper():
        return None
    word = words[0]
    if word in ctx.surnames:
        return None
    outlets = {norm_name(n.name): n for n in ctx.names_between(0, ref.start)
               if n.type == "outlet" and _one_outlet(norm_name(n.name)) and norm_name(n.name).split()[-1] == word}
    if len(outlets) != 1:
        return None
    outlet = next(iter(outlets.values()))
    return Resolution(outlet.name, "outlet", f"outlet:{norm_name(outlet.name)}", ref.text)


def _one_outlet(name: str) -> bool:
    """A name of two words or more that is one outlet: not NER's run of two ("The Wrap and Deadline")."""
    words = name.split()
    return len(words) >= 2 and not any(w in ("and", "&") for w in words)


_AGE_MENTION = re.compile(r"(?:the|this|that)\s+(\d{1,3})-year-old", re.IGNORECASE)
# the age a text gives a person where it names them: "John Smith, 45,", "Mary Jones, a 34-year-old nurse,"
_AGE_AFTER = re.compile(r"(?:’s|'s)?,\s+(?:(\d{1,3})\b(?!-)|(?:a|an)\s+(\d{1,3})-year-old\b)")
# ... or before the name: "45-year-old John Smith", "45-year-old former coach John Smith"
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[\w.-]+\s+){0,3}$")


def by_stated_age(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "The 45-year-old said he was innocent" after "John Smith, 45, was arrested": the one person the text gave
    that age before ("Smith, 45,", "a 45-year-old nurse" after the name, "45-year-old John Smith"). No such person,
    or two of that age, leave the age as its own words: a wrong person is worse than none."""
    match = _AGE_MENTION.fullmatch(ref.text.strip())
    if match is None:
        return None
    age = match.group(1)
    text = ctx.quotes.text
    people = {}
    for n in ctx.names_between(0, ref.start):
        if n.type != "person":
            continue
        after = _AGE_AFTER.match(text, n.at + len(n.name)) if text.startswith(n.name, n.at) else None
        before = _AGE_BEFORE.search(text, max(0, n.at - 60), n.at)
        if (after is not None and age in after.groups()) or (before is not None and before.group(1) == age):
            people[norm_name(n.name)] = n
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    name = ctx.surnames.get(bare_name(person.name, ctx.lexicon.person_roles), person.name)
    return Resolution(name, "person", f"person:{norm_name(name)}", ref.text)
