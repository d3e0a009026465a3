"""A clause that hands over to a quotation through a colon: "Trump leaned in and boomed: “Let's defeat her.”",
"Asked which county was his favorite, he demurred: “Whichever one I'm in.”", "Trump went even further: “If he
loses, it's the end of his career.”": a pure function of the parse and the quotes.

The colon closing a clause whose subject is someone, with a quotation of a whole sentence right after it that
runs to the sentence's end, is how English writes a direct quotation led in by its speaker, whatever the verb:
a verb of saying the lexicon lacks ("boomed", "demurred", "blogged"), a phrase that only says how it was said
("went even further", "gave the Texan a back-handed compliment", "returned to his familiar lines"). The clause's
verb is the cue (with the rest of its predicate up to the colon, but for one spoken to: "told reporters:"), its subject the source, the quotation the content.
So is a relative clause of its subject that is an act of its own ("The mayor praised the firefighters, who demurred:
“We were just doing our jobs.”": ``relative_act``): the quotation is the antecedent's, and the main clause's cue,
which would otherwise take the quotation after it, gives it up.

Not this form: a passive subject ("He was asked: “Will you run?”": the question is someone else's), a relative
clause commenting on its noun with no saying ("..., to which Bergoglio has contributed mightily: “...”": the
writer's aside; the quotation is given to no one here), a subject
no one is (a thing, a time, "it"), a quotation of a word or a title ("He likes the phrase: “self-deportation.”":
under four words or no capital), a quotation the sentence goes on after ("...: “A,” he added"), and a quotation
another cue already claims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.antecedents import relative_antecedent
from sayso.nlp.extract.assembly import build_found
from sayso.nlp.extract.candidates import SPEAKER_PRONOUNS, Content, char_range
from sayso.nlp.extract.cue_scores import TAIL_REPORT_SCORE
from sayso.nlp.extract.found import Found, overlaps
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.not_speech import person_words
from sayso.nlp.extract.quote_marks import OPENING_DOUBLE, TYPEWRITER_MARKS
from sayso.nlp.extract.quotes import Quote, QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_spans import source_extent
from sayso.nlp.extract.source_types import ORG_NOUNS, person_noun

_OPENING = frozenset(OPENING_DOUBLE) | frozenset(TYPEWRITER_MARKS)
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MIN_WORDS = 4
_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$"})  # which, that, who(m), whose


def colon_quote_finds(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: Sequence[Found]) -> list[Found]:
    """The attributions of "<someone> <verb ...>: “<a sentence>”" that no cue found; those found without a
    speaker for the same quotation ('Asked whether ..., Mr. Smith shot back: “…”' read as a report of "Asked")
    give way."""
    out = list(found)
    for colon in doc:
        if colon.text != ":":
            continue
        quote = _sentence_quote_after(doc, colon, quotes)
        if quote is None:
            continue
        verb = _verb_before(colon)
        if verb is None or "\n" in doc[verb.i:colon.i].text:
            continue
        if _comment_on_noun(verb, lexicon):
            continue  # "Magister summed up the state ..., to which Bergoglio has contributed mightily:": no one's
        subject = _active_subject(verb)
        relative = subject is not None and relative_act(verb, subject, colon, lexicon)
        if subject is None or not (relative or _someone(subject, lexicon)):
            continue
        content = (quote.start, quote.end)
        claims = [f for f in out if overlaps(f.content, content)]
        # "The mayor praised the firefighters, who demurred: “…”": a cue before the relative clause gives way
        held = [f for f in claims if not relative or _within(f.cue, subject, colon)]
        if any(f.source is not None for f in held):
            continue
        f = build_found(verb, Content("quote_after", *content, quote=True), quotes, TAIL_REPORT_SCORE, lexicon)
        if f.source is None and subject.head != verb:  # "Trump gestured ..., then leaned in and boomed:"
            words, head = source_extent(subject, cue=verb, content=(content,), roles=lexicon.person_roles)
            f = f._replace(source=char_range(words), source_head=head.i)
        if f.source is None or f.source_head is None or not (subject.left_edge.i <= f.source_head <= subject.i):
            continue  # the parse's speaker is not the clause's subject: left alone
        last = doc[colon.i - 1]
        saying = saying_participle(colon, verb, lexicon.senses)
        if saying is not None:  # "smeared her face with dirt, uttering: “…”": the saying is "uttering"
            f = f._replace(cue=(saying.idx, saying.idx + len(saying)), cue_head=saying.i)
        elif f.addressee is None and len(doc[verb.i:colon.i]) <= 8 and "," not in doc[verb.i:colon.i].text:
            # "went even further", "gave the Texan a back-handed compliment": the predicate says how it was said
            f = f._replace(cue=(f.cue[0], last.idx + len(last)))
        out = [g for g in out if g not in claims] + [f._replace(kind="direct")]
    return out


def relative_act(verb: Token, subject: Token, colon: Token, lexicon: Lexicon) -> bool:
    """The colon closes a relative clause whose subject is the relative word, standing for someone, and the clause
    is an act of its own: "The mayor praised the firefighters, who demurred: “We were just doing our jobs.”",
    "Critics slammed the CEO, who blogged: “…”", "Bundy says to Santilli on camera, who responds enthusiastically:
    “…”". The quotation that follows is the antecedent's (the writer hands over to the one the clause just
    introduced), not the main clause's speaker's. An act is a speaker's own turn (``rejoinder_verbs.txt``: "who
    replied:", "who demurred:", "who fired back:"), with adverbs, particles or a prepositional phrase at most
    (``_bare_predicate``). Not a relative clause that describes its noun or shows a gesture: a copula ("Sinema, who
    is now Arizona's Democratic candidate for Senate:"), a perfect ("reporters, who had gathered outside the
    court:"), an object ("Kasper, who openly campaigned for the abolition of moral teaching:"), a motion or a look
    ("reporters, who waited:", "Harris, who stood nearby:", "his wife, who smiled:"), a verb of saying the lexicon
    reads in other senses ("stand", "fire"): background to the main clause, whose speaker's the quotation stays."""
    if verb.dep_ != "relcl" or subject.tag_ not in _RELATIVE_WORDS or subject.lower_ not in ("who", "which", "that"):
        return False
    if not (rejoinder(verb) and _bare_predicate(verb, subject, colon, _SAYING_MODIFIERS)):
        return False
    # the nouns of people the sources' reading gives a "who" (``source_refs.make_ref``)
    antecedent = relative_antecedent(subject, person_words(lexicon) | lexicon.person_nouns)
    return antecedent is not None and _someone(antecedent, lexicon)


def rejoinder(verb: Token) -> bool:
    """``verb`` is a speaker's own turn in an exchange (``rejoinder_verbs.txt``): "demurred", "replied", "fired back"
    (a phrasal one only with its particle, which the parse may call an adverb: "fired" alone is not), by its lemma
    or its written form ("blogged", whose lemma the model gives as "blogge")."""
    words = {verb.lemma_.lower(), verb.lower_}
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    return any(w in _REJOINDERS or any(f"{w} {p}" in _REJOINDERS for p in particles) for w in words)


def _inflections(entry: str) -> set[str]:
    """The written forms of a verb entry, its particle kept ("blog" -> "blogs", "blogged", "blogging"; "reply" ->
    "replied"; "fire back" -> "fired back")."""
    verb, _, rest = entry.partition(" ")
    tail = f" {rest}" if rest else ""
    stems = {verb + "s", verb + "ed", verb + "d", verb + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    if verb.endswith("y"):
        stems |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    if verb.endswith("e"):
        stems.add(verb[:-1] + "ing")
    return {verb + tail} | {s + tail for s in stems}


_REJOINDERS = frozenset(form for entry in read_words("rejoinder_verbs.txt") for form in _inflections(entry))
# adverbs, particles, a negation; a verb of saying may also say where or to whom ("who replied in a statement:",
# "who blogged on Facebook:"); a phrase of time says the clause is background ("who replied last year:")
_SAYING_MODIFIERS = frozenset({"advmod", "prt", "neg", "prep", "dative"})


def _bare_predicate(verb: Token, subject: Token, colon: Token, modifiers: frozenset[str]) -> bool:
    """Between the relative word and the colon stands the verb alone, with ``modifiers`` at most: adverbs and
    particles ("who smiled", "who fired back", "who responds enthusiastically"), a modal or "did" its only auxiliary;
    not a copula, a perfect ("who had gathered"), a passive, a phrase of time ("who died last year"), nor an object
    or a clause of its own, which the quotation then is not ("a candidate who promised mass deportation:")."""
    if verb.lemma_.lower() == "be" or verb.i > colon.i:
        return False
    bare = {verb.i}
    for child in verb.children:
        if child.dep_ in modifiers:
            bare.update(t.i for t in child.subtree)
        elif child.dep_ == "aux" and (child.tag_ == "MD" or child.lemma_.lower() == "do"):
            bare.add(child.i)
    return all(i in bare for i in range(subject.i + 1, colon.i))


def _within(cue: tuple[int, int], subject: Token, colon: Token) -> bool:
    """The cue lies in the relative clause from its relative word ``subject`` to ``colon``."""
    return subject.idx <= cue[0] < colon.idx


def _comment_on_noun(verb: Token, lexicon: Lexicon) -> bool:
    """The colon closes a relative clause that comments on its noun, the relative word its object ("to which
    Bergoglio has contributed mightily", "which critics have long mocked"), with no verb of saying or writing
    (``lexicon.verbs``, ``lexicon.media``): the writer's aside, whose subject says nothing of the quotation after
    it ("Magister summed up the state of the Church, to which Bergoglio has contributed mightily: “...”": Magister's
    words, not Bergoglio's); its subject a name or a noun, not a pronoun ("Smith visited the hospital, which he had
    founded in 1990: “...”": he may be Smith, speaking). A relative clause whose relative word is its subject or a
    time or place is its subject's act ("the mayor, who blogged:", "the rally, where he thundered:", "the day when
    Fisher would unload on the pope with the following headline:")."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() in lexicon.verbs or verb.lemma_.lower() in lexicon.media:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return False  # "Smith visited the hospital, which he had founded: “...”": he may be the main clause's speaker
    return any(t.tag_ in _RELATIVE_WORDS and t.dep_ in ("pobj", "dobj") for t in verb.subtree if t.i < verb.i)


def _sentence_quote_after(doc: Doc, colon: Token, quotes: QuoteIndex) -> Quote | None:
    """The quotation opening right after ``colon`` on its line, a whole sentence (a capital, four words or more)
    that the sentence ends with (nothing but a full stop after it before the line's end or the next sentence)."""
    text = quotes.text
    i = colon.idx + 1
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    quote = quotes.first_after(i - 1)
    if quote is None or quote.start != i:
        return None
    inner = text[quote.inner_start:quote.inner_end].lstrip(" .…")
    if not inner[:1].isupper() or quote.words(text) < _MIN_WORDS:
        return None
    rest = text[quote.end:quote.end + 200]
    line = rest.split("\n", 1)[0].lstrip(" \t\xa0.?!")
    return quote if not line or line[:1].isupper() else None


def saying_participle(colon: Token, verb: Token, senses: Mapping[str, str]) -> Token | None:
    """The "-ing" form of a verb of saying set off by a comma right before the colon, below the clause's verb: "A
    grief-stricken old woman ... smeared her face with dirt, uttering: “My child, my child.”" (blind audit 67 S208;
    the tagger read "uttering" as an adjective, so no cue). The quotation is what the participle says; the clause's
    verb ("smeared") is an act. None for a word of no saying ("then turning: “…”"), with no comma before it, or the
    clause's verb itself."""
    word = colon.doc[colon.i - 1]
    if word.i == verb.i or not word.lower_.endswith("ing") or word.i == 0 or colon.doc[word.i - 1].text != ",":
        return None
    if not any(a.i == verb.i for a in word.ancestors):
        return None
    stem = word.lower_[:-3]
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return word if any(senses.get(f) in ("saying", "writing") for f in forms) else None


def _verb_before(colon: Token) -> Token | None:
    """The verb of the clause the colon closes: the word before it or the first verb above that word ("quip" in
    "could only quip:", "went" in "went even further:", "gave" in "gave the Texan a compliment:"), whatever the
    parser hung the colon on (a verb inside the quotation, at times)."""
    if colon.i == 0:
        return None
    word = colon.doc[colon.i - 1]
    while word.pos_ not in ("VERB", "AUX"):
        if word.head.i == word.i or word.head.i > colon.i or word.is_space:
            return None
        word = word.head
    return word


def _active_subject(verb: Token) -> Token | None:
    """The active subject of ``verb`` or of the verb it is conjoined to ("Trump gestured, then leaned in and boomed")."""
    while True:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None  # "he was asked: “…?”": the quotation is put to the subject
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("conj", "dep") or verb.head.i >= verb.i \
                or verb.head.pos_ not in ("VERB", "AUX"):
            return subject
        verb = verb.head


def _someone(subject: Token, lexicon: Lexicon) -> bool:
    """A subject who can speak: a personal pronoun, a name, an entity, a person's noun ("a spokesman"), an
    organisation's ("The Clinton campaign")."""
    if subject.lower_ in SPEAKER_PRONOUNS or person_noun(subject, lexicon) or subject.lemma_.lower() in ORG_NOUNS:
        return True
    return subject.pos_ == "PROPN" or subject.ent_type_ in _SPEAKER_ENTS
