"""The fallback strategies that name a mention: a known surname's full name (``by_surname``), else its named
entity or its own words (``by_name``); how a name is written (``clean_name``, ``name_extent``), when a name only
qualifies the head (``modifies_head``), and a government's aliases (``with_alias``). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from sayso.nlp.extract.body_signs import company_speaker
from sayso.nlp.extract.embedded_posts import signs_post
from sayso.nlp.extract.family_choice import family_member, not_the_holder, title_against, word_before
from sayso.nlp.extract.inverted_cues import headline_verbs, title_line
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.lone_surnames import brand_speaker, company_noun_on, founder_company_speaker
from sayso.nlp.extract.name_forms import norm_name
from sayso.nlp.extract.person_signs import firm_role_on_founder
from sayso.nlp.extract.place_ended_bodies import body_noun_after_place
from sayso.nlp.extract.press_names import named_press
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.shared_surnames import company_of_two
from sayso.nlp.extract.source_context import (
    Ref,
    Resolution,
    SourceContext,
    bare_name,
    person_inside,
    with_hyphened_tail,
)
from sayso.nlp.extract.source_types import (
    apposed_role,
    body_named_as_person,
    held_title,
    named_after_person,
    np_entity,
    person_cut_short,
    source_type,
    titled,
)
from sayso.nlp.extract.surname_subjects import with_given_name, with_name_after_title


def name_extent(tok: Token) -> tuple[int, int]:
    """The proper name a token heads, with its compound and flat words: "Big Machine", "Kurt Volker"."""
    words = [tok] + [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words += [c for c in tok.rights if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    words.sort(key=lambda t: t.i)
    while (len(words) > 1 and words[-1].lower_ in headline_verbs() and words[-1].text[:1].isupper()
           and title_line(words[-1])):
        words.pop()  # "Pope Francis Accused of ...": the headline's verb the parse made the name's head
    return words[0].idx, words[-1].idx + len(words[-1])


def by_signature(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """The signer of an embedded post whose signature NER reads as a one-word person inside it: "— PFF CLE Browns
    (@PFF_Browns)" is the account "PFF CLE Browns", of unknown kind, not a person "Browns" (whom the surname map
    would take to "Browns cornerback Greedy Williams", the player the post is about). Any other signature goes down
    the ladder as a name does ("— Rep. Adam Schiff (@RepAdamSchiff)": Adam Schiff, "— CNN (@CNN)": the outlet)."""
    if not signs_post(ctx.quotes.text, ref.ref_start, ref.ref_end):
        return None
    ent = np_entity(ctx.doc, ref.ref_start, ref.ref_end, ref.head)
    if ent is None or ent.label_ != "PERSON" or len(ent) != 1:
        return None
    name = clean_name(ref.text)
    before = name[:max(0, ent.start_char - ref.ref_start)].split()
    if not before or all(w.lower().rstrip(".") in ctx.lexicon.person_roles for w in before):
        return None  # "— Trump (@realDonaldTrump)", "— Sen. Sanders (@SenSanders)": the person
    return Resolution(name, "unknown", f"unknown:{norm_name(name)}")


def by_surname(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "Antonov", "Mr. Antonov" or "Cardinal Antonov" after "Anatoly Antonov": whatever NER made of it.

    A surname heading a longer phrase counts too ("Snipes, 75, expressed ..."), not one joined to
    another name ("Harper and Buckley" are two people).
    """
    bare = bare_name(ref.text, ctx.lexicon.person_roles)
    if bare not in ctx.surnames and ref.head.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in ref.head.children):
        bare = bare_name(ctx.quotes.text[slice(*name_extent(ref.head))], ctx.lexicon.person_roles)
    if bare not in ctx.surnames or brand_speaker(ref.head, ref.text):
        return None  # NER's PERSON "Virgin" alone is its own "surname": a company (``lone_surnames``)
    if ref.head.pos_ != "PROPN" and not ref.head.text[:1].isupper():
        return None  # "the judge" is no "Mark Judge", "the rich" no "Denise Rich"
    start, end = name_extent(ref.head)
    written = ctx.quotes.text[start:end]
    titled_text = ref.text if bare_name(ref.text, ctx.lexicon.person_roles) == bare else written  # "Mrs. Ellison"
    if bare in ctx.families:  # "Ellison" beside Keith and Kim Ellison: the one the paragraph means, else as written
        name = family_member(ctx, min(start, ref.ref_start), ref.head, titled_text, bare) or clean_name(written)
    else:
        name = ctx.surnames[bare]
        if not_the_holder(ctx, ref.head, titled_text, name) or title_against(
                word_before(ctx.quotes.text, start), name, ctx.lexicon.given_genders):
            name = clean_name(ref.head.text)  # "Mr. Obama" beside "Michelle Obama" alone: another Obama
    return Resolution(name, "person", f"person:{norm_name(name)}")


_INITIALS = re.compile(r"[A-Z](?:\.?[A-Z]){1,2}\.?")


def initials_of(name: str) -> str:
    """ "John Pilger" -> "JP", "Dennis M. Bernstein" -> "DMB": the first letters of a name's capitalised words."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def by_initials(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """A transcript's turn label in initials ("JP: I have never known ...", "D.B.: ...") after the transcript gave
    the same speaker's turns under the full name ("John Pilger: ..."): the one person whose initials they are.
    Only a label opening its line before a colon, and only initials of an earlier turn's full label: elsewhere
    "AP" or "UN" is an acronym, not somebody's initials ("AP: The clinic had closed" after "Anna Pratt, a nurse,
    said"); two people with the same initials leave it as written."""
    text = ctx.quotes.text
    label = ref.text.strip()
    if not _INITIALS.fullmatch(label) or text[ref.ref_end:ref.ref_end + 1] != ":":
        return None
    if text[text.rfind("\n", 0, ref.ref_start) + 1:ref.ref_start].strip():
        return None
    letters = label.replace(".", "")
    people = {name for name in ctx.surnames.values() if len(name.split()) >= 2 and initials_of(name) == letters
              and re.search(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*:", text[:ref.ref_start])}
    if len(people) != 1:
        return None
    name = people.pop()
    return Resolution(name, "person", f"person:{norm_name(name)}")


def by_name(ctx: SourceContext, ref: Ref) -> Resolution:
    """The mention's named entity, else its own words: always resolves.

    A bare surname takes the full name; "Viktor Antonov" stays apart from "Anatoly Antonov".
    """
    name, description, typ = clean_name(ref.text), None, ref.type
    bare = before_aside(ref)
    if bare != ref.text:  # "The senator, 65", "Trump, speaking at a rally in Ohio": the name before the aside
        name, description = clean_name(bare), ref.text
    ent = np_entity(ctx.doc, ref.ref_start, ref.ref_end, ref.head)
    if ent is not None and ent.end_char > ref.ref_end > ent.start_char:
        # NER ran on past the mention into the cue ("As St Pope John XXIII explained": "John XXIII explained")
        ent = ctx.doc.char_span(ent.start_char, ref.ref_end, label=ent.label_, alignment_mode="contract") or None
    if ent is not None and (noun := body_noun_after_place(ref.head, ent)) is not None and noun.idx < ref.ref_end:
        # "the Palo Alto, California company" is the company, not the city it is in
        ent, typ = None, source_type(ctx.doc, ref.ref_start, noun.idx + len(noun), noun, ctx.lexicon, ctx.quotes)
    holder = office_holder(ent, ctx.lexicon.person_roles) if ent is not None else None
    if holder is not None:
        ent, typ = holder, "person"  # "Secretary of State Tillerson": NER's ORG "State Tillerson" is Tillerson
    if ent is not None and ent.root != ref.head and ent.label_ == "NORP":
        ent = None  # "the Jewish state's premier" is not "Jewish"
    if ent is not None and modifies_head(ent, ref.head, ctx.lexicon.documents):
        ent = None  # "Morrison's lawyer" is the lawyer, "Key Security Council powers" the powers
    if ent is not None and hyphened_modifier(ent, ref.head):
        ent = None  # "the Oscar-winning film director" is the director, not "Oscar"
    if ent is not None and ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.root.head != ref.head \
            and named_after_person(ent.root.head):
        ent = None  # "his attorney – former Reagan Justice Dept.": the attorney, not Reagan whom a body is named after
    if typ == "person" and ent is not None and ent.label_ not in ("PERSON", "ORG") and ent.root != ref.head:
        ent = None
    if typ == "person" and ent is not None and ent.label_ != "PERSON" and ent.root != ref.head and (
            ref.head.pos_ == "NOUN" or held_title(ref.head, ctx.lexicon.person_roles)):
        ent = None  # "The chairman of the Conservative Party" is the chairman, not the party; so is "The former
        # Chairman of the Democratic Caucus", and "A US Army Colonel" is no "US Army"
    if typ == "person" and ent is not None and ent.label_ == "PERSON" and in_prepositional_phrase(ent, ref.head):
        ent = None  # "A caller to the Michael Savage radio show" is the caller, not Michael Savage
    if ent is not None and in_described_clause(ent, ref.head):
        ent = None  # "Karen Monahan, the woman who accused Keith Ellison of abuse": the accuser, not the accused
        if typ == "person" and ref.head.pos_ == "PROPN":
            name, description = clean_name(ctx.quotes.text[slice(*name_extent(ref.head))]), ref.text
    if (typ in ("organization", "government") and ent is not None and ent.label_ == "PERSON" and ent.start <= ref.head.i < ent.end
            and not body_named_as_person(ent, ctx.lexicon) and not brand_speaker(ref.head, ref.text)
            and not company_noun_on(ref.head) and not company_of_two(ref.head)
            and not founder_company_speaker(ref.head, ref.text) and not company_speaker(
                ref.head, ref.text, ctx.lexicon.person_roles | ctx.lexicon.person_nouns)):
        # "The We Company's executive chair Marcelo Claure": a person, whoever employs him; NER's PERSON "Dick Clark
        # Productions", "John Deere" stay bodies, and "Forrester predicted" a market's figures (a founder's company)
        typ = "person"
    if typ == "person" and ent is not None and ent.label_ == "PERSON" and ent.end == ref.head.i and person_cut_short(
            ref.head, ctx.lexicon.person_roles | ctx.lexicon.person_nouns):
        ent = Span(ctx.doc, ent.start, ref.head.i + 1, label="PERSON")  # "Braz de'Aviz", NER's "Braz" left short
    titled_name = None
    if typ == "person" and ent is not None:
        ent = person_inside(ent, ctx.lexicon) or ent  # "Superintendent Jennifer McCormick": the person's name
        if ent.label_ == "PERSON":
            ent = with_given_name(ent, ctx.lexicon.first_names)  # "Ivanka Trump" with "Trump" alone tagged
            ent = with_hyphened_tail(ent)  # "Moon Jae-in", NER's "Moon Jae"
        # "Magistrate Raj Kumar Gautam", NER's "Kumar Gautam" after its organisation "District Magistrate Raj" (or
        # the name ``person_inside`` found in NER's person): the title vouches for the name word, so NER's own
        # shorter name is no name "written elsewhere" (``known_tail``)
        titled_name = with_name_after_title(ent, ctx.lexicon.person_roles) if ent.label_ in ("PERSON", "") else None
        ent = titled_name or ent
        bare = bare_name(ent.text, ctx.lexicon.person_roles)  # "Cardinal Müller" is "Müller"
        name = ctx.surnames.get(bare, ent.text) if len(bare.split()) == 1 else (
            ent.text if titled_name is not None else known_tail(ctx, ent.text))
        if ent.text != ref.text:
            description = ref.text
    elif ent is not None and typ in ("organization", "government", "outlet") and apposed_to_body(ref, ent):
        name, description = ent.text, ref.text  # "Americo, the life insurance company": Americo, so described
    elif ent is not None and typ in ("organization", "government", "outlet") and len(ent.text) >= len(ref.text) * 0.5:
        name = ent.text
    elif ent is not None and typ == "organization" and ent.start <= ref.head.i < ent.end and firm_role_on_founder(
            ref.head):
        name, description = ent.text, ref.text  # "analyst Gartner": the firm, described by its role
    elif ent is not None and typ in ("organization", "government", "outlet") and hyphened_modifiers_before(
            ctx.quotes.text[ref.ref_start:ent.start_char]) and ent.start <= ref.head.i < ent.end:
        name, description = ent.text, ref.text  # "The Kremlin-backed RT" is RT, described as Kremlin-backed
    elif typ == "outlet" and (press := named_press(ref.head)) is not None:
        name, description = press.text, ref.text  # "Pakistan's Dawn newspaper": Dawn, as a later "the paper" is
    elif typ == "person" and ent is None and ref.head.pos_ == "PROPN" and (
            apposed_role(ref.head, ctx.lexicon.person_roles) or titled(ref.head, ctx.lexicon.person_roles)):
        # "Eswar Prasad, a trade professor at Cornell": Eswar Prasad; "fellow German Cardinal Reinhard Marx’s": Reinhard Marx
        start, end = name_extent(ref.head)
        words = ctx.quotes.text[start:end].split()
        # "the Attorney General’s statement": a title on a title is an office, named whole, not "General"
        while len(words) > 1 and words[0].lower() in ctx.lexicon.person_roles and ref.head.lower_ not in ctx.lexicon.person_roles:
            words = words[1:]
        name = ctx.surnames.get(bare_name(" ".join(words)), " ".join(words))
        description = ref.text
    return Resolution(name, typ, f"{typ}:{norm_name(name)}", description)


def apposed_to_body(ref: Ref, ent: Span) -> bool:
    """The mention is a body's name and a common noun phrase set beside it after a comma: "Americo, the life insurance
    company", "Ursel Reisen, a German tour operator", "BofA, the second-largest U.S. bank". The body is its name; the
    rest describes it. Not a name run on into more names ("Reuters, AP and AFP"), nor a phrase that opens with the
    name's noun ("the bank, Bank of America")."""
    head = ref.head
    if not ent.start <= head.i < ent.end or ent.end_char > ref.ref_end:
        return False
    rest = ref.text[ent.end_char - ref.ref_start:]
    if not rest.startswith(","):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end and c.idx < ref.ref_end
               and not any(j.dep_ == "conj" for j in c.children) for c in ent.root.children)


# words that open an aside after a mention's head, no apposition naming it ("the two witnesses, former astronaut
# Tom Stafford and ..." keeps its names)
_ASIDE_OPENERS = frozenset({"who", "which", "whose", "including", "both", "all", "each", "speaking", "writing"})


def before_aside(ref: Ref) -> str:
    """The mention's words up to the comma after its head where an aside follows it: an age, a participle, a
    relative clause or an "including" list ("The senator, 65,", "Trump, speaking at a rally in Ohio,", "Republicans
    on Capitol Hill, including ...": PolNeAR's source spans hold them; the name does not). An apposition stays
    ("the two witnesses, former astronaut Tom Stafford and ...")."""
    head_end = ref.head.idx + len(ref.head) - ref.ref_start
    if not 0 < head_end <= len(ref.text):
        return ref.text
    comma = ref.text.find(",", head_end)
    if comma < 0:
        return ref.text
    first = ref.text[comma + 1:].split(maxsplit=1)[:1]
    word = first[0] if first else ""
    aside = word[:1].isdigit() or word in _ASIDE_OPENERS or (word.islower() and word.endswith(("ing", "ed")))
    return ref.text[:comma] if aside else ref.text


def known_tail(ctx: SourceContext, name: str) -> str:
    """The person's name as the text writes it elsewhere when this one carries a word before it that is no
    given name: "Kritarch Patti Saris" (the writer's insult) after "Judge Patti Saris" is Patti Saris. Not
    "Mary Jane Smith" beside a "Jane Smith": a given name opens a full name."""
    words = name.split()
    if len(words) < 3:
        return name
    people = {n.name for n in ctx.names if n.type == "person"}
    for k in range(1, len(words) - 1):
        if words[k - 1].lower() in ctx.lexicon.first_names:
            return name
        tail = " ".join(words[k:])
        if tail in people:
            return tail
    return name


def clean_name(text: str) -> str:
    """A name as a reader writes it: no quotation mark left open ("the “Never Trumpers": the Never
    Trumpers), no punctuation at its ends. Single quotes are apostrophes too ("O’Neill"): only an
    unmatched opening one goes."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if "‘" in text and "’" not in text:
        text = text.replace("‘", "")
    return text.strip(" ,;:-—–") or text


def modifies_head(ent: Span, head: Token, documents: frozenset[str] = frozenset()) -> bool:
    """The name only qualifies the phrase's head noun: the phrase names someone else.

    A possessor or a compound modifier of a common noun ("Morrison's lawyer", "Swift's
    rep", "CBP spokesperson", "Key Security Council powers", "the Trump administration")
    is not the speaker. A document's owner is ("Big Machine's statement"), and so is a
    name in a prepositional phrase ("a spokesperson for the Foreign Office"), which this
    leaves alone.
    """
    if head.pos_ != "NOUN" or ent.start <= head.i < ent.end or head.lemma_.lower() in documents:
        return False
    root = ent.root
    while root.head != root and root.head.i < ent.end and root.head.i >= ent.start:
        root = root.head
    return root.head == head and root.dep_ in ("poss", "compound", "nmod", "amod")


# "the Kremlin-backed ", "state-run, Kremlin-funded ": an article and hyphened modifiers only
_HYPHENED_MODIFIERS = re.compile(r"(?:(?:the|a|an)\s+)?(?:[^\W\d_][\w.'’]*(?:-[^\W\d_][\w'’]*)+,?\s+)+", re.IGNORECASE)


def hyphened_modifiers_before(words: str) -> bool:
    """The words of a mention before its name are an article and hyphened modifiers only ("The Kremlin-backed RT",
    "the state-owned, Moscow-based Sputnik"): they describe the name, which is the body's whole name. Not a name of
    many words NER cut ("the New York Times": no hyphen), nor a common noun ("the Kremlin-backed network")."""
    return bool(words) and _HYPHENED_MODIFIERS.fullmatch(words) is not None


def hyphened_modifier(ent: Span, head: Token) -> bool:
    """The name is the first part of a hyphened modifier of the phrase's head noun ("the Oscar-winning film director",
    "the Pulitzer-winning author", "a Kremlin-backed group", "the Clinton-era official"): the phrase names the one it
    describes, not the prize, the place or the person in the modifier. A name with a hyphen of its own ("Moon Jae-in")
    holds the head."""
    doc = ent.doc
    if head.pos_ != "NOUN" or ent.start <= head.i < ent.end or ent.end + 1 >= len(doc):
        return False
    hyphen = doc[ent.end]
    return hyphen.text in ("-", "‑") and not ent[-1].whitespace_ and not hyphen.whitespace_ and ent.end + 1 < head.i \
        and head.i <= ent.end + 4


# the departments a "Secretary of ..." or "Minister of ..." heads, which NER runs into the holder's name
_OFFICE_WORDS = read_words("office_words.txt")


def office_holder(ent: Span, roles: frozenset[str]) -> Span | None:
    """The person in NER's entity that holds the end of an office: "State Tillerson" of "Secretary of State
    Tillerson", "the Secretary of Defense Jim Mattis". None for any other entity ("the Department of State",
    "Bank of England", "the Secretary of State's office")."""
    doc = ent.doc
    for office in ent[:-1]:
        i = office.i
        if office.lower_ not in _OFFICE_WORDS or i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in roles:
            continue
        rest = doc[i + 1:ent.end]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return Span(doc, rest.start, rest.end, label="PERSON")
    return None


def in_described_clause(ent: Span, head: Token) -> bool:
    """The entity stands inside a clause that describes the head ("Karen Monahan, the woman who accused Keith Ellison
    of domestic abuse", "the lawyer who represents Michael Cohen"): someone the mention's person acted on, never that
    person, whom NER may have left untagged beside a headline. Not the head's own name."""
    if ent.start <= head.i < ent.end:
        return False
    tok = ent.root
    for _ in range(12):
        if tok.head == tok:
            return False
        if tok.dep_ in ("relcl", "acl") and (tok.head == head or (tok.head.dep_ == "appos" and tok.head.head == head)):
            return True
        if tok.head == head:
            return False
        tok = tok.head
    return False


def in_prepositional_phrase(ent: Span, head: Token) -> bool:
    """The name hangs from the head noun through a preposition: "a caller to the Michael Savage radio
    show", "a spokesman for Joe Biden". Not an apposition ("the caller, Rick") nor the head itself."""
    if head.pos_ != "NOUN" or ent.start <= head.i < ent.end:
        return False
    tok = ent.root
    for _ in range(8):
        if tok.head == tok or tok.head == head:
            return tok.dep_ == "prep"
        if tok.dep_ in ("appos", "conj"):
            return False
        tok = tok.head
    return False


def with_alias(res: Resolution, lexicon: Lexicon, known: Callable[[str], str | None]) -> Resolution:
    """ "Moscow", "the Kremlin" are Russia: an alias of a government becomes its canonical name.

    ``known`` gives the name already used for a key, so the first spelling met is kept.
    """
    canonical = lexicon.aliases.get(res.name.lower()) or lexicon.aliases.get(norm_name(res.name))
    if canonical is None or res.type not in ("government", "organization", "unknown"):
        return res
    key = f"government:{norm_name(canonical)}"
    description = res.description
    if description is None and res.name != canonical:
        description = None
    return Resolution(known(key) or canonical, "government", key, description)
