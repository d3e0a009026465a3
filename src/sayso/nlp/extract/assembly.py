"""One attribution put together from a cue and its content: the cue's words, the source and addressee
read off the parse (the source's head chosen by ``choose_source_head``), the medium, the score (``build_found``), and whether it is direct, mixed or
indirect (``kind_of``). Pure, the Doc is not touched."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.addressees import addressee_head, np_tokens
from sayso.nlp.extract.adjunct_fears import fearing_thing, stirring_thing
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content, char_range, cue_tokens
from sayso.nlp.extract.court_reports import court_teller
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES, SUBJECTS
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.gerund_conjuncts import first_participle
from sayso.nlp.extract.hoping_participles import participle_holder
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.medium import medium_of
from sayso.nlp.extract.mute_sources import cannot_speak
from sayso.nlp.extract.not_speech import person_words
from sayso.nlp.extract.participles import document_issuer, document_of_participle, object_participle
from sayso.nlp.extract.quote_uses import anothers_naming, headline, quoted_title, writers_term
from sayso.nlp.extract.quotes import Quote, QuoteIndex, is_nominal_quote, opening_inside_quotation
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.role_tails import name_after_title, name_before_role, person_after_role, role_phrase
from sayso.nlp.extract.run_in_headings import words_without_heading
from sayso.nlp.extract.single_quotations import single_quotations
from sayso.nlp.extract.source_heads import country_after_located_place, source_head
from sayso.nlp.extract.source_spans import source_extent, without_box_label
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS, person_noun


def build_found(token: Token, content: Content, quotes: QuoteIndex, score: float, lexicon: Lexicon) -> Found:
    """The attribution of cue ``token`` with ``content``: its source and addressee are read off the parse."""
    cue_words = cue_tokens(token, (content.start, content.end))
    cue = char_range(cue_words)
    assert cue is not None
    content_ranges = content.parts or ((content.start, content.end),)
    src_tok = choose_source_head(token, content_ranges, lexicon)
    source = None
    if src_tok is not None:
        src_words, src_tok = source_extent(src_tok, cue=token, content=content_ranges, roles=lexicon.person_roles)
        src_words = role_phrase(src_tok, token, lexicon.person_roles) or src_words
        source = char_range(words_without_heading(without_box_label(src_words, lexicon.colon_labels)))
    addr_tok = addressee_head(token)
    addressee = char_range(np_tokens(addr_tok)) if addr_tok is not None else None
    if addressee is not None and any(overlaps(addressee, part) for part in content_ranges):
        # within a content's parts only: '"A," Smith told the BBC. "B."' keeps the BBC between them
        addressee, addr_tok = None, None
    return Found(
        kind=kind_of(content, quotes, quotes.text, cue[0]),
        content=(content.start, content.end),
        cue=cue,
        source=source,
        source_head=src_tok.i if src_tok is not None else None,
        addressee=addressee,
        addressee_head=addr_tok.i if addr_tok is not None else None,
        score=score,
        cue_head=token.i,
        parts=content.parts,
        medium=medium_of(token, cue_words, src_tok, lexicon.media, lexicon.documents),
    )


def choose_source_head(token: Token, content_ranges: Sequence[Range], lexicon: Lexicon) -> Token | None:
    """The head of the source of cue ``token`` whose content is ``content_ranges`` (character ranges), before
    ``source_extent`` widens it to its phrase: the object a participle of saying hangs on ("a statement saying"), the
    issuer of such a document ("X issued a statement saying": X), or
    the parse's subject (``source_head``), corrected where it is no speaker; None when no one speaks as written."""
    if (teller := court_teller(token)) is not None:
        return teller  # "The court heard from prosecutor John Smith that ...": the prosecutor, not the court
    if (first := first_participle(token, lexicon)) is not None:
        # "issued a statement saying it looked forward to the steps after Mueller handed in his report and noting
        # that ...": the statement notes, as it says (a participle joined to "handed" is the parse's slip)
        return choose_source_head(first, content_ranges, lexicon)
    src_tok = (object_participle(token, lexicon.senses, lexicon.documents, person_words(lexicon))
               or document_issuer(token, lexicon.senses, lexicon.documents)
               or document_of_participle(token, lexicon.senses, lexicon.documents) or source_head(token, content_ranges))
    # "Radio reports said settlers converged ..., hoping to ...": the settlers hope, not the reports
    src_tok = participle_holder(token, src_tok, lexicon)
    if src_tok is not None and src_tok.dep_ == "nsubj":
        src_tok = name_before_role(src_tok) or src_tok  # "Christine South, head of IFRC's (...) operations, said"
        # "Nation of Islam leader Louis Farrakhan said": the parse's head is the organisation
        src_tok = person_after_role(src_tok, token, lexicon.person_roles) or src_tok
        # "Chief financial officer Andy Bryant has said": the parse's subject is the title set before the name
        src_tok = name_after_title(src_tok, token, lexicon.person_roles) or src_tok
    if src_tok is not None and bare_demonstrative(src_tok):
        return None  # "But this only explains why ...": a thing or a proposition, never a speaker as written
    if src_tok is not None and cannot_speak(src_tok, lexicon):
        return None  # "this kind of bold proclamation", "the total statistical collapse": an abstraction says nothing
    if src_tok is not None and fearing_thing(token, src_tok, lexicon):
        return None  # "Prices rose because of fears that ...": prices fear nothing, no one named holds the fear
    if src_tok is not None and stirring_thing(token, src_tok, lexicon):
        return None  # "Friday's report raised new worries that ...": the report stirs the worry, never voices it
    if src_tok is not None and (reporter := reporter_of_conjoined_cue(token, src_tok, lexicon)) is not None:
        return reporter  # "Trump wrote that her sentence was unfair and accused Sessions": Trump accused him
    if src_tok is not None and thing_before_conjoined_cue(token, src_tok, lexicon):
        return None  # "The deaths shocked the state and called on the government to act": no one speaks
    if src_tok is not None and (thing_before_participle(token, src_tok, lexicon) or country_after_located_place(src_tok)):
        # "The first incident came ..., when protesters interrupted her speech, shouting": the protesters
        src_tok = doer_before(token, src_tok, lexicon)
    if src_tok is not None and a_time(src_tok):
        # "11:00 am – Police receive 911 calls saying ...": no time speaks; but "Saturday at the convention Sen.
        # Elizabeth Warren (D-MA) said": the person the parse put inside the time's phrase
        src_tok = person_before_cue(token, src_tok)
    return src_tok


def kind_of(content: Content, quotes: QuoteIndex, text: str = "", cue_start: int | None = None) -> str:
    """direct: the content is a quotation; mixed: it holds one; indirect: neither.

    Scare-quoted words ("another “atrocity”") do not make a content mixed, nor do titles ("fans of “Prison Break”",
    ``quoted_title``).
    ``cue_start``: where the cue begins, for a paragraph that opens inside a quotation
    (``quoted_from_paragraph_start``).
    """
    near = quotes.overlapping(content.start, content.end)
    if text:
        near = [q for q in near if not is_nominal_quote(text, q)]
    if content.quote or marked(near, content.start, content.end):
        return "direct"
    if not near and quoted_from_paragraph_start(content, quotes, cue_start):
        return "direct"
    if text:
        near = [q for q in near if not quoted_title(text, q.start, text[q.inner_start:q.inner_end])]
    if any(overlaps((q.start, q.end), (content.start, content.end)) for q in near):
        return "mixed"
    return "indirect"


def reported_kind(found: Found, quotes: QuoteIndex, doc: Doc | None = None) -> Found:
    """``found`` with the kind a reader gives it, read once it has been scored: words in quotation marks inside what
    someone is reported to say are theirs, short and led by a determiner as much as long ("called him a
    “pathological liar”", "said it was the “textbook definition” of racism": mixed, where ``kind_of`` reads such a
    short quotation as a scare quote); the writer's own names and terms make nothing mixed: titles, kinds of things,
    words kept at a distance ("proposing “value-added tax” systems", "so-called “reforms”": ``writers_term``), nor do
    a third party's names ("the plan, which critics call “a giveaway”": ``anothers_naming``).

    After scoring, not in ``kind_of``: the precision filter and the calibration were fitted on ``kind_of``'s kind, and
    what is emitted stays what it was. A direct kind with words outside its marks is mixed (``partly_quoted``); an
    indirect one with no double marks in a title-cased headline may quote in single ones, as American headlines
    do (``single_quotations``; in body copy single marks stay apostrophes and the writer's terms). ``doc``: the parse, which tells
    a name from a predicate ("the app “Safe Walk”" / "the project “would create 500 jobs”", ``writers_term``)."""
    if not quotes.text:
        return found
    start, end = found.content
    near = [q for q in quotes.overlapping(start, end) if overlaps((q.start, q.end), (start, end))]
    text = quotes.text
    if found.kind == "direct":
        return found._replace(kind="mixed") if partly_quoted(found, quotes, near) else found
    if found.kind not in ("indirect", "mixed"):
        return found
    single = not near and found.kind == "indirect"
    if single:
        # 'Clinton Says Trump Doesn’t ‘Fit With What I Knew’': a headline's single marks quote (``single_quotations``)
        near = [q for q in single_quotations(text, start, end) if not quotes.overlapping(q.start, q.end)
                and headline(text, q.start, q.inner_end - q.inner_start)]
    if not near:
        return found  # a mixed kind read off marks the quote finder left unpaired stays as it was
    own = [q for q in near if not writers_term(text, q.start, q.end, text[q.inner_start:q.inner_end], doc)
           and not anothers_naming(doc, q.start, q.end, found.source_head, found.cue_head)]
    if single and own and not words_outside(text, start, end, own):
        return found._replace(kind="direct")  # "Trump Says ‘I Will Win’": the content is the quotation
    kind = "mixed" if own else "indirect"
    return found if kind == found.kind else found._replace(kind=kind)


def partly_quoted(found: Found, quotes: QuoteIndex, near: Sequence[Quote]) -> bool:
    """A content read as direct holds words outside its quotation marks: 'said he “has committed an evil act.”',
    'the “...”', 'that its editors had “...”': the writer's words and the speaker's, mixed. ``kind_of`` calls a
    content direct when its quotations cover nine tenths of it, which a short word outside them does not reach.
    Not a paragraph that opens inside a quotation ('the deal is dead," Smith said': ``quoted_from_paragraph_start``),
    whose words are all quoted though no mark opens them, nor two quotations around their own frame ('"We will
    win," Smith said. "The deal is dead."': the cue within the content, the words outside the marks the frame's).
    Nor a content direct for where it stands rather than for marks round it, a signed post or a review excerpt
    credited below it (``embedded_posts``): its own inner quotations ('First, "Is streaming the future of gaming?"
    Possibly.') leave it the signer's words, all of them."""
    start, end = found.content
    return bool(near) and not start <= found.cue[0] < end and marked(near, start, end) \
        and words_outside(quotes.text, start, end, near) \
        and not quoted_from_paragraph_start(Content("cut", start, end), quotes, found.cue[0])


def marked(near: Sequence[Quote], start: int, end: int) -> bool:
    """The quotations ``near`` cover nine tenths of ``start:end``: a content that is a quotation by its marks."""
    covered = sum(max(0, min(q.end, end) - max(q.start, start)) for q in near)
    return end > start and covered >= 0.9 * (end - start)


def words_outside(text: str, start: int, end: int, near: Sequence[Quote]) -> bool:
    """Words of ``text[start:end]`` stand outside the quotations ``near``: a letter or a digit not within marks
    ('he “has committed an evil act.”', 'that its editors had “...”'); spaces, punctuation and marks are no words."""
    rest = list(text[start:end])
    for q in near:
        for k in range(max(q.start, start), min(q.end, end)):
            rest[k - start] = " "
    return any(c.isalnum() for c in rest)


def quoted_from_paragraph_start(content: Content, quotes: QuoteIndex, cue_start: int | None) -> bool:
    """The content lies in the words of a paragraph that opens inside a quotation ('the deal is dead," Smith
    told reporters.', a sentence cut from its article): they are the speaker's own (``opening_inside_quotation``).

    Only for a cue past the closing mark, the quotation's own frame: a report inside the quoted words
    ('Officials told us the road was closed. We turned back," the driver said.') is the speaker's, not the
    quoted words of "Officials", and stays as it was (a direct kind would lift it past the filters of
    indirect contents: "The company has denied wrongdoing. ...," gave 'denied | wrongdoing')."""
    if not quotes.text or cue_start is None or not any(c in "”\"" for c in quotes.text[content.end - 1:cue_start]):
        return False  # no closing mark between the content's end and the cue: no paragraph to read back
    inside = opening_inside_quotation(quotes, content.start)
    return (inside is not None and inside[0] <= content.start and content.end <= inside[1] + 1
            and cue_start > inside[1])


def ended_at(found: Found, end: int, quotes: QuoteIndex) -> Found:
    """``found`` with its content cut to end at ``end``, its kind read again from the words left (a quotation
    cut off leaves an indirect content, a trailing frame cut off may leave a direct one)."""
    return found._replace(content=(found.content[0], end),
                          kind=kind_of(Content("cut", found.content[0], end), quotes, quotes.text, found.cue[0]))


_DEMONSTRATIVES = frozenset({"this", "that", "these"})


def bare_demonstrative(subject: Token) -> bool:
    """ "This shows he lied", "That irritates Clinton supporters", "These calls for more troops": a demonstrative
    standing alone for a subject points at a thing or a proposition, never at a speaker the reader can see. A
    relative "that" (its antecedent speaks), "those who said", "those surveyed" and "this reporter" are others. So
    are bare "Words" ("Words cannot describe ..."), whose owner no one names."""
    if subject.lower_ == "words" and subject.dep_ == "nsubj":
        # "Words cannot describe how much I love ...": an idiom, no one's words; "his words", "the words of
        # the statement", "Trump's own words" have an owner
        return not any(c.dep_ in ("det", "poss", "prep", "amod", "compound") for c in subject.children)
    return subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT" and subject.dep_ in SUBJECTS \
        and not any(not c.is_punct for c in subject.children)


def thing_before_conjoined_cue(token: Token, subject: Token, lexicon: Lexicon) -> bool:
    """The subject of the verb a conjoined cue hangs on is a thing that cannot speak: "Thousands of deaths from
    opioids shocked the state and called on the government to act" (the parse gives "called" the deaths for
    subject; whoever called is not named). Only a noun known for a thing, an event or a deed (``agency_nouns.txt``'s
    things and events, ``UNSPEAKING``): the lexicons of people miss many ("the real estate tycoon", "management",
    "Trump's rivals"), and a name the tagger took for a common noun ("Fields later tweeted ... and said") speaks."""
    if token.dep_ != "conj" or subject.head.i == token.i or subject.pos_ not in ("NOUN", "NUM"):
        return False
    return _thing(subject, lexicon)


def reporter_of_conjoined_cue(token: Token, subject: Token, lexicon: Lexicon) -> Token | None:
    """The one who reports, where the parse joined the cue to a clause of his reported words and lent it their
    subject, a thing that speaks no words: "Trump wrote that her sentence of 63 months was unfair and accused
    Sessions of a double standard", "some members of his party said that his apology was insufficient and are
    calling for him to be held accountable": Trump accused, the members are calling, not the sentence nor the
    apology. Only a conjoined cue whose head is the complement clause of a verb of saying with a subject of its own,
    and only a lent subject that is a common noun of no kind that speaks (no name, person, group, body, outlet,
    document or figure: "said the report was flawed and called for ..." and "said the committee was biased and
    called for ..." may be theirs, and are left to the parse)."""
    clause = token.head
    if token.dep_ != "conj" or subject.head.i != clause.i or clause.dep_ != "ccomp" or clause.i > token.i:
        return None
    saying = clause.head
    if saying.lemma_.lower() not in lexicon.verbs or not judged(clause) or not mute_thing(subject, lexicon):
        return None
    return next((c for c in saying.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)


# a noun for one who does ("supporter", "accuser", "employer", "publisher", "activist", "attendant", "trustee"), or a
# place or a side that stands for its people ("his camp was furious and accused ..."): not a mute thing
_AGENTIVE = ("er", "or", "ist", "ant", "ee")
_PLACES = read_words("places_of_people.txt")


def judged(clause: Token) -> bool:
    """The reported clause only judges its subject: a copula or an adjective for predicate ("her sentence was
    unfair", "his apology insufficient"), not an act the subject did ("the malware infected the network and
    threatened to publish", "the government had ignored the warnings and claimed"): a thing that acts may also be
    the one the conjoined verb speaks of, and the reporter is then the wrong speaker."""
    return clause.lemma_.lower() == "be" or clause.pos_ == "ADJ"


def mute_thing(noun: Token, lexicon: Lexicon) -> bool:
    """A common noun of no kind that speaks, owned by a person's possessive ("his apology", "her sentence"): no name
    NER found on it, no person, group, body, government, outlet, document, measurement or agent of the lexicons (not
    "the report", "the committee", "his government"); a noun with no possessive may be an institution the lexicons
    lack ("the university", "the authorities")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or (noun.text[:1].isupper() and not noun.is_sent_start):
        return False
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) or noun.lemma_.lower() in lexicon.governments:
        return False
    if noun.tag_ != "NN" or noun.lemma_.lower().endswith(_AGENTIVE) or noun.lemma_.lower() in _PLACES:
        return False  # "his supporters", "her accuser", "his camp", "his school": people, or where people are
    lemma = noun.lemma_.lower()
    return not (person_noun(noun, lexicon) or lemma in lexicon.anonymous or lemma in lexicon.groups
                or lemma in lexicon.person_nouns or lemma in lexicon.collective_nouns or lemma in ORG_NOUNS
                or lemma in OUTLET_NOUNS or lemma in lexicon.documents or lemma in lexicon.measurements
                or lexicon.agency.get(lemma) in ("agent", "finder", "venture"))


def thing_before_participle(token: Token, subject: Token, lexicon: Lexicon) -> bool:
    """The subject the parse lends a participle of saying is a thing, an event or a time, which says nothing: "The
    first incident came during a speech, when Sanders protesters interrupted her, shouting ...", "The day before,
    at a rally, Mr. Trump was just as blunt, claiming ...", "He sent out an email as the meeting began vowing to
    ...". The one who shouts or claims stands elsewhere in the sentence, where the parse did not look; no source
    is better than the incident. A participle with a subject of its own keeps it, and so do the things that do
    speak: documents, messages, findings ("a statement saying", "an ad calling")."""
    if token.tag_ != "VBG" or subject.head.i == token.i:
        return False
    if subject.lower_ in ("it", "this") and subject.head.lemma_ == "be":
        # "It was a potent one-two punch ..., as Mrs. Clinton echoed the criticism, saying": what it was; only a
        # trailing participle ("it is worth remembering that" is the writer's own)
        return token.dep_ == "advcl"
    if subject.pos_ not in ("NOUN", "NUM"):
        return False
    return _thing(subject, lexicon) or subject.lemma_.lower() in _OCCASIONS


def doer_before(token: Token, thing: Token, lexicon: Lexicon) -> Token | None:
    """Who does what the participle reports, where the parse lent it a thing (``thing_before_participle``): the
    subject of the nearest clause before it whose subject is no thing ("when Sanders protesters interrupted her
    speech, shouting": the protesters; "He sent out an email as the meeting began vowing": he). None where every
    clause before it in its sentence is a thing's."""
    # not a relative clause's ("The first taste the Mexican audience gets of Trump is his head ..., calling"), but
    # for one of time ("a speech ..., when Sanders protesters interrupted her")
    for verb in reversed([t for t in token.sent if t.i < token.i and t.pos_ in ("VERB", "AUX") and (
            t.dep_ not in NOUN_MODIFIER_CLAUSES or any(c.lower_ in _WHEN for c in t.children if c.dep_ in ("advmod", "mark")))]):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.i == thing.i or subject.tag_ in ("WDT", "EX") or subject.lower_ in ("it", "this", "that"):
            continue
        if subject.pos_ in ("NOUN", "NUM") and (_thing(subject, lexicon) or subject.lemma_.lower() in _OCCASIONS):
            continue
        if a_time(subject):
            continue
        return subject
    return None


def a_time(subject: Token) -> bool:
    """ "11:00 am – Police receive 911 calls saying ...", "a spokeswoman, Anna White, said on Saturday": a date or a
    time the parse made a source is never one (nor "Saturday's statement": a possessor is no head; nor a number,
    "43 said the same": 43 percent of them)."""
    return subject.ent_type_ in ("DATE", "TIME") and subject.dep_ != "poss" and subject.pos_ in ("NOUN", "PROPN")


def person_before_cue(token: Token, time: Token) -> Token | None:
    """A person named between a time the parse made the source and the cue, whose phrase ends right before the cue
    ("Saturday at the party convention Sen. Elizabeth Warren (D-MA) said": Warren); else None."""
    return next((t for t in reversed(token.doc[time.i + 1:token.i]) if t.ent_type_ == "PERSON"
                 and t.dep_ not in ("compound", "flat") and t.right_edge.i + 1 == token.i), None)


_WHEN = frozenset({"when", "as", "while", "after", "before", "where"})


# times and occasions, which no lexicon of things lists: "the day before", "the first incident", "the conversation"
_OCCASIONS = read_words("occasion_nouns.txt")


# deeds, events and parts of the body, which no lexicon of things lists: "the deaths", "the disruptions",
# "his recent attacks", "the move", "the businessman's rhetoric", "Mr. Obama's eyes"
UNSPEAKING = read_words("unspeaking_nouns.txt")
_QUANTITIES = frozenset({"thousand", "hundred", "million", "dozen", "number", "lot", "handful", "couple"})


def _thing(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of ``UNSPEAKING`` or a thing or an event of the agency lexicon ("thousands of deaths": the deaths)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NUM" or lemma in _QUANTITIES:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        return inner is not None and inner.pos_ == "NOUN" and _thing(inner, lexicon)
    if noun.ent_type_ or (noun.text[:1].isupper() and not noun.is_sent_start):
        return False  # a name the tagger made a common noun
    agency = agency_of(lexicon)
    return lemma in UNSPEAKING or lemma in agency.objects or lemma in agency.events
