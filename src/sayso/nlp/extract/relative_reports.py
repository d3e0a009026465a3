"""A cue inside a non-restrictive relative clause whose own subject is the speaker: a pure function.

"The car, which Nissan claims is the safest in its class, goes on sale": "claims" is a
relative clause of "car" with two subjects on the parse, the relative pronoun ("which",
the gap of what is claimed) and "Nissan" (who claims it). What Nissan claims is the rest
of the clause, "is the safest in its class", about the noun the pronoun stands for. The
clause is set off by commas or dashes, so it ends at the next one; a restrictive clause
("the car that Nissan claims ...") has no such edge and is left to the other candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.addressees import RECIPIENT_VERBS
from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, SUBJECTS
from sayso.nlp.extract.resource_files import read_list
from sayso.nlp.extract.time_words import TIME_NOUNS
from sayso.nlp.extract.verb_tags import FINITE_TAGS

_RELATIVE_WORDS = frozenset({"which", "who", "whom", "that"})
_SET_OFF = frozenset({",", "—", "–", "(", "-"})
_CLAUSE_END = frozenset({",", "—", "–", ";", ")", ":"})
_REL_DEPS = ("nsubj", "nsubjpass", "dobj")


def _relative_word(token: Token) -> Token | None:
    """The pronoun opening the clause: the cue's own subject on some parses ("which Nissan
    claims"), the subject or object of the reported clause on others ("which critics say
    will raise rents", "which Smith said he never read")."""
    first = token.left_edge
    if first.lower_ == "whom" and first.head == token and first.dep_ == "dobj":
        return None  # "the marchers, whom he described as “peaceful”": whom the cue is about, no gap of what was said
    if first.lower_ in _RELATIVE_WORDS and first.dep_ in _REL_DEPS and first.i < token.i:
        return first
    if first.lower_ in ("which", "that") and first.dep_ == "dative" and first.head == token and first.i < token.i:
        return first  # "which officials told the Foundation would take effect": a thing is no addressee, the gap
    return None


def reporting_subject(token: Token) -> Token | None:
    """The speaker of a cue in a set-off relative clause ("which Nissan claims"), else None."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "relcl":
        return None
    rel = _relative_word(token)
    if rel is None or rel.i == 0 or token.doc[rel.i - 1].text not in _SET_OFF:
        return None
    return next((c for c in token.children if c.dep_ in SUBJECTS and rel.i < c.i < token.i), None)


def reported_gap(token: Token, cue_end: int) -> tuple[int, int] | None:
    """Character range of what the relative clause's speaker reports: from after the cue's last
    token (index ``cue_end``) to the clause's closing comma or dash; None unless it holds a verb."""
    if reporting_subject(token) is None:
        return None
    sent = token.sent
    toks = []
    for t in token.doc[_after_addressee(token, cue_end + 1):sent.end]:
        if t.text in _CLAUSE_END and (t.text not in ("—", "–") or set_off_dash(t)):
            break
        toks.append(t)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks or toks[0].lower_ == "that" and len(toks) == 1:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def restrictive_gap(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts of what a restrictive relative clause's speaker reports, else None.

    "a tonne of TNT that officials say was intended for the attack": "say" is a relative clause of "tonne" whose
    pronoun is the subject (the gap) of the reported clause ("was intended for the attack"). What the officials say
    is that the tonne of TNT was intended for the attack: the antecedent's noun phrase (up to the pronoun) and the
    clause's rest, never the bare noun phrase. Kept for a clause whose reported verb has no subject but the pronoun;
    a set-off clause ("which Nissan claims is ...") is ``reported_gap``'s, and one whose pronoun is the cue's object
    ("the memo that Smith wrote") reports nothing of the noun."""
    head = token.head
    if token.dep_ != "relcl" or token.pos_ not in ("VERB", "AUX") or head.pos_ not in ("NOUN", "PROPN") \
            or reporting_subject(token) is not None:
        return None
    rel = token.left_edge
    if rel.lower_ not in ("that", "which", "who") or rel.dep_ not in ("nsubj", "nsubjpass") or rel.i <= head.i:
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None or rel.head.i != clause.i \
            or any(c.dep_ in SUBJECTS and c.i != rel.i for c in clause.children):
        return None
    if not any(c.dep_ in SUBJECTS and rel.i < c.i < token.i for c in token.children):
        return None
    if _main_verb_swallowed(token) or _inside_participle_phrase(head):
        return None
    antecedent = [t for t in head.subtree if t.i < rel.i]
    rest = [t for t in clause.subtree if t.i > token.i]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if not antecedent or not rest:
        return None
    first, last = antecedent[-1], rest[-1]
    return ((antecedent[0].idx, first.idx + len(first)), (rest[0].idx, last.idx + len(last)))


def _main_verb_swallowed(token: Token) -> bool:
    """No verb of the sentence stands outside the relative clause ("A report that officials say was never finished
    surfaced this week", "The program that Democrats argue helps families was cut"): the parse took the main clause's
    verb into the reported clause, whose rest would put "surfaced this week" in the officials' mouths."""
    return not any(t.pos_ in ("VERB", "AUX") and t.i != token.i and not token.is_ancestor(t) for t in token.sent)


def _inside_participle_phrase(head: Token) -> bool:
    """The antecedent the parse chose is the object of a preposition in a participle's phrase on another noun ("an
    effort supported by Obama and House leaders that Sanders said would make ..."): the clause may belong to the
    larger noun (the effort), and the words do not tell which."""
    return head.dep_ == "pobj" and head.head.head.dep_ == "acl"


def _after_addressee(token: Token, start: int) -> int:
    """Where what was told starts in "which a spokeswoman told TheDCNF was supposed to be secret": after the
    addressee the cue's words end at ("TheDCNF", "reporters", "me"), which is whom it was told, not what. The
    parse makes it the cue's object, or the subject of the reported clause, whose subject is the relative pronoun
    (the gap), so a noun phrase right after a verb of telling followed by a verb is the addressee either way."""
    if token.lemma_.lower() not in RECIPIENT_VERBS or start >= len(token.doc):
        return start
    doc = token.doc
    head = doc[start]
    while head.head.i != head.i and head.head.left_edge.i == start and head.head.i > head.i \
            and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = head.head  # "the Daily Caller News Foundation": up to the phrase's head
    while head.i < len(doc) - 1 and doc[head.i + 1].head.i == head.i and doc[head.i + 1].dep_ in ("compound", "flat"):
        head = doc[head.i + 1]
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.left_edge.i != start or head.tag_ in ("WP", "WDT", "EX"):
        return start
    end = max(head.right_edge.i, head.i) + 1
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX"):
        return start
    return end


_INDEFINITES = frozenset({"everything", "nothing", "anything", "something", "much"})
# verbs whose object may be the thing said ("says everything"); "something Sanders aides argue is possible" is a
# clause argued, with the pronoun its subject (``reported_gap``'s reading)
_SAYING_THINGS = frozenset({"say", "write", "tweet", "post", "tell"})


def indefinite_gap(token: Token) -> Token | None:
    """ "Everything Trump says is a lie", "Nothing Smith said was true": an indefinite pronoun before the speaker
    opens a relative clause with no relative word ("everything [that] Trump says"), which the parse made the root,
    the pronoun a compound of the speaker and the sentence's predicate ("is a lie") the cue's clause, with no subject
    of its own. What the speaker says is the pronoun (PolNeAR marks "everything" the content of "Trump says"); the
    predicate is a verdict on it. Not a pseudo-cleft ("All he said was that ...": "all" is no such pronoun), nor a
    pronoun that is the speaker ("Nothing has changed, Smith said"), nor a clause with a subject ("Smith said
    everything was fine"). Where the parse saw the relative clause but still hung the predicate on the cue ("Nothing
    the president said “will assuage people's fears,” the senator said"), the same; else the pronoun opens its
    sentence, after a conjunction or an adverb at most."""
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    if token.lemma_.lower() not in _SAYING_THINGS or subject is None or subject.lower_ in _INDEFINITES:
        return None
    if token.dep_ == "relcl" and token.head.lower_ in _INDEFINITES and token.head.i < subject.i:
        first = token.head  # the parse saw the relative clause ("Nothing the president said “will assuage ...”")
    else:
        first = subject.left_edge
        if first.lower_ not in _INDEFINITES or first.i == subject.i \
                or any(t.dep_ not in ("cc", "punct", "advmod", "intj") for t in token.doc[first.sent.start:first.i]):
            return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None or any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return None
    return first


# verbs of saying and believing whose clause a relative pronoun may be the gap of ("that Democrats say helped")
_GAP_VERBS = read_list("relative_gap_verbs.txt")
_GAP_FORMS = frozenset({f for v in _GAP_VERBS for f in (v, v + "s", v + "d" if v.endswith("e") else v + "ed")}
                       | {"says", "said", "thought"})
_REPORTER_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON"})


def report_in_relative(first: Token, cue: Token) -> bool:
    """ "the trade policies she supported that Trump argues hurt workers", "the tax cuts he passed that Democrats
    say helped only the rich": ``first``, a "that" after the cue, opens a relative clause with a report inside it
    ("that [Trump argues] hurt workers": the pronoun is the subject of what Trump argues), whatever the parse
    made of it (a complement of the cue, "Trump argues" a noun phrase). The clause describes a noun and is
    Trump's, never what the cue's own subject said. Read off the words: "that", a short noun phrase, a verb of
    saying or believing, then a verb with no subject of its own. A complement has one ("argued that Democrats say
    the cuts helped"), and "that what critics say is wrong" opens with a pronoun of its own clause."""
    if first.lower_ != "that" or first.i <= cue.i:
        return False
    doc = first.doc
    i = first.i + 1
    words = 0
    while i < len(doc) and words < 5 and doc[i].lower_ not in _GAP_FORMS:
        tok = doc[i]
        if tok.pos_ not in _REPORTER_WORDS or tok.tag_ in ("WP", "WDT", "WP$") or tok.lower_ in ("it", "there", "this"):
            return False
        i += 1
        words += 1
    if words == 0 or i + 1 >= len(doc) or doc[i].lower_ not in _GAP_FORMS or not _verb_of_saying(doc[i]):
        return False
    after = doc[i + 1]
    # a verb, or a participle the parse made an adjective ("that critics say wasted billions")
    return (after.pos_ in ("VERB", "AUX") or after.tag_ in ("VBN", "VBD")) and after.lower_ not in ("that", "to")


def _verb_of_saying(word: Token) -> bool:
    """The word is a verb ("that Democrats say", "that Clinton thinks"), or a verb the tagger took for a plural noun
    right after a bare name ("that Trump argues hurt"); not a noun ("that the charges were false", "that Trump's
    claims were false", "that the final say rests with Congress")."""
    if word.tag_ in FINITE_TAGS:
        return True
    prev = word.doc[word.i - 1]
    return word.tag_ == "NNS" and prev.tag_ == "NNP" and not any(
        t.pos_ == "DET" for t in word.doc[prev.left_edge.i:word.i])


def document_relative(token: Token, documents: frozenset[str], senses: dict[str, str]) -> Token | None:
    """The document a cue's relative clause describes, where the pronoun is the cue's subject, else None.

    "published a blog post that said the outage was over", "a statement, which said ...": what
    the clause's verb of saying or writing reports is the document's; "a report that took
    two years" (no saying) and "the memo that Smith wrote" (the pronoun is the object) are not.
    """
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "relcl" or token.head.lemma_.lower() not in documents:
        return None
    if senses.get(token.lemma_.lower()) not in ("saying", "writing", "finding"):
        return None
    rel = _relative_word(token)
    if rel is None or rel.dep_ != "nsubj" or rel.head != token:
        return None
    return token.head


def document_participle(token: Token, documents: frozenset[str], senses: dict[str, str]) -> Token | None:
    """The document a participle of saying or writing describes ("issued a statement saying the outage was
    over", "a letter stating that ..."), else None: what the participle reports is the document's."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.head.lemma_.lower() not in documents or senses.get(token.lemma_.lower()) not in ("saying", "writing"):
        return None
    return token.head


def main_clause_of_relative(token: Token, clause: Token) -> bool:
    """ "From dozens of eyewitness reports that clearly indicate the presence of multiple shooters, to the
    possibility of helicopters ..., the American people are clearly not being told the truth": the cue's subject is
    a relative pronoun, so the cue heads a relative clause, and the clause the parse hung on it after its object and
    a comma ("the American people are ... not being told the truth") is the sentence's main clause, the writer's.
    ``clause`` is the content's head. A relative clause's own complement ("which shows that prices rose", no object
    and comma before it) is kept."""
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ not in _RELATIVE_WORDS or subject.tag_ not in ("WDT", "WP"):
        return False
    if clause.head.i != token.i or clause.i <= token.i or clause.dep_ not in ("ccomp", "parataxis", "advcl", "conj"):
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i < clause.left_edge.i), None)
    if obj is None:
        return False
    doc = token.doc
    return any(t.text == "," for t in doc[obj.right_edge.i + 1:clause.left_edge.i + 1])


_BARE_NOUN_DEPS = frozenset({"pobj", "dobj", "compound", "conj", "appos"})


def bare_relative_speaker(token: Token) -> Token | None:
    """The speaker of a restrictive relative clause with no "that", which the parse hung on the main verb: "He led
    Philippine police to a ton of TNT officials say was intended for attacks on Western targets" (the ton of TNT that
    officials say ...): the parse took "officials" into the object's noun phrase and left "say" with no subject,
    so the main clause's "He" looked like the speaker; the noun right before the cue is the speaker. Only a
    present-tense cue ("say", "says") with no subject, conjunction or auxiliary of its own, a noun right before it
    in the main verb's object, and a reported clause whose subject is the gap ("was intended ..."). Kept as it was:
    "He left the room, officials say." (a comma: a trailer), "the TNT that officials say ..." (``restrictive_gap``)."""
    if token.dep_ != "advcl" or token.tag_ not in ("VBP", "VBZ") or token.i == 0:
        return None
    if any(c.dep_ in (*SUBJECTS, "mark", "aux", "auxpass", "neg") for c in token.children):
        return None
    noun = token.doc[token.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _BARE_NOUN_DEPS or not token.head.i < noun.i:
        return None
    if not token.head.is_ancestor(noun) or token.is_ancestor(noun):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None or clause.left_edge.i != token.i + 1 or clause.left_edge.tag_ not in FINITE_TAGS:
        return None  # the gap: the reported clause opens on its finite verb ("was intended", "helps families")
    if any(c.dep_ in (*SUBJECTS, "expl", "mark") for c in clause.children):
        return None  # "officials say it was intended": a subject of its own, no gap
    return noun


def bare_restrictive_gap(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts of what the speaker of a relative clause with no "that" reports (``bare_relative_speaker``'s
    shape), else None: "a ton of TNT officials say was intended for attacks" reports that a ton of TNT was intended
    for attacks, as "a ton of TNT that officials say ..." does (``restrictive_gap``): the noun phrase the parse ran
    the speaker into, up to the speaker's own words, and the reported clause. The speaker's own words (its article,
    its adjectives) stay out; a noun the parse compounded onto it is the antecedent's ("TNT")."""
    noun = bare_relative_speaker(token)
    if noun is None:
        return None
    phrase = noun
    while phrase.head != token.head and phrase.head != phrase:
        phrase = phrase.head
    if phrase.head != token.head:
        return None
    if phrase.dep_ == "prep":
        phrase = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    own = [c.left_edge.i for c in noun.lefts if c.dep_ != "compound"]
    speaker_start = min(own, default=noun.i)
    antecedent = [t for t in token.doc[phrase.left_edge.i:speaker_start] if not t.is_space]
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if not antecedent or clause is None or antecedent[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    rest = [t for t in clause.subtree if t.i > token.i]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if not rest:
        return None
    first, last = antecedent[-1], rest[-1]
    return ((antecedent[0].idx, first.idx + len(first)), (rest[0].idx, last.idx + len(last)))



# what may stand between an object relative clause's subject and its verb: "who Smith on Monday called ..."
_ADJUNCT_DEPS = frozenset({"prep", "pobj", "det", "amod", "compound", "advmod", "npadvmod", "nummod"})
_NOT_SUBJECTS = frozenset({"DATE", "TIME"})
# nouns of a stretch of time, which after "who the" are an adjunct, not the clause's subject: "who the next morning
# told reporters", "who the same day said", "who the whole time insisted" (NER tags few of them DATE or TIME)
_TIME_NOUNS = TIME_NOUNS | frozenset({"moment", "season", "period"})


def _subject_after(rel: Token, end: int) -> Token | None:
    """The head of the noun phrase right after the relative pronoun, before ``end``: a name ("Beck") or a determiner's
    noun ("the senator"); None where a verb, an adverb or a date comes first ("who said", "who Monday called")."""
    doc = rel.doc
    first = doc[rel.i + 1]
    if first.ent_type_ in _NOT_SUBJECTS:
        return None
    if first.pos_ == "PROPN":
        i = first.i
        while i + 1 < end and doc[i + 1].pos_ == "PROPN" and doc[i + 1].ent_type_ not in _NOT_SUBJECTS:
            i += 1
        return doc[i]
    if first.pos_ == "DET" and first.lower_ in ("the", "a", "an", "his", "her", "their", "its"):
        i = first.i + 1
        while i < end and doc[i].pos_ == "ADJ":
            i += 1
        while i + 1 < end and doc[i + 1].pos_ in ("NOUN", "PROPN"):
            i += 1
        if i >= end or doc[i].pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = doc[first.i:i + 1]  # "the following week": the parse's npadvmod, NER's DATE on "week" alone
        if doc[i].dep_ == "npadvmod" or doc[i].lemma_.lower() in _TIME_NOUNS \
                or any(t.ent_type_ in _NOT_SUBJECTS for t in phrase):
            return None
        return doc[i]
    return None


def object_relative_subject(token: Token) -> Token | None:
    """ "Bannon, who Beck on Wednesday called “a despicable human being”": a finite cue in a relative clause set off
    after a noun whose pronoun ("who", "whom") is right before a noun phrase is the cue's object, however the parse
    hangs it (the pronoun made the subject, "Beck" a clause of its own or a ``dep`` of the pronoun). The one named
    after the pronoun calls, not the noun the clause is about. Only with nothing but an adjunct of time or place
    between that noun phrase and the cue; None otherwise ("Bannon, who called Beck a liar", "who Monday called":
    the pronoun is the subject)."""
    if token.dep_ not in ("acl", "relcl") or token.tag_ not in FINITE_TAGS:
        return None
    noun = token.head
    doc = token.doc
    if noun.i + 3 >= token.i or doc[noun.i + 1].text not in _SET_OFF or doc[noun.i + 2].lower_ not in ("who", "whom"):
        return None
    subject = _subject_after(doc[noun.i + 2], token.i)
    if subject is None:
        return None
    rest = doc[subject.i + 1:token.i]
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ not in _ADJUNCT_DEPS for t in rest):
        return None
    return subject
