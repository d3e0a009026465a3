"""The head word of a cue's source, read off the parse: pure, the Doc is not touched.

The subject, the passive agent, "according to X", the subject of the clause the cue hangs
from, and the forms the parse misreads (an inverted "said X", a subject before an aside, a
trailing participle's doer, a dateline made a second subject).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.addressed_letters import letter_writer
from sayso.nlp.extract.addressees import RECIPIENT_VERBS, addressee_head
from sayso.nlp.extract.admitting_participles import admission_of_other_sex
from sayso.nlp.extract.antecedents import is_expletive
from sayso.nlp.extract.candidates import SUBJ_DEPS
from sayso.nlp.extract.chains import quoted_as_saying
from sayso.nlp.extract.closing_speakers import subject_before_closing_cue
from sayso.nlp.extract.datelines import line_dateline, speaker_after_dateline
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, NOUN_MODIFIER_CLAUSES, SUBJECTS, object_after
from sayso.nlp.extract.disputed_claims import disputed_object
from sayso.nlp.extract.faulted_objects import faulted_object
from sayso.nlp.extract.found import Range
from sayso.nlp.extract.fronted_phrases import participle_read_as_subject
from sayso.nlp.extract.held_claims import answered
from sayso.nlp.extract.held_views import view_holder
from sayso.nlp.extract.implicatives import daring_holder, implicative_adjective
from sayso.nlp.extract.implicit_sources import channel_sender, reduced_relative_head
from sayso.nlp.extract.inverted_asides import as_aside, inverted_aside, speaker_read_as_apposition
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.light_verbs import carrier_subject, held_claim, light_verb_statement, noun_holder, time_possessor
from sayso.nlp.extract.misparsed_speakers import punctuation_only, speaker_by_position
from sayso.nlp.extract.opening_phrases import subject_after_opening_phrase
from sayso.nlp.extract.participle_controllers import (
    judge_of_naming,
    likened_speaker,
    perceived_actor,
    reaction_by_means,
    reported_speaker,
    subject_read_as_object,
)
from sayso.nlp.extract.participles import (
    message_sender,
    object_read_as_subject,
    passive_adjunct,
    past_aside,
    received_message,
    second_complement,
    verb_read_as_auxiliary,
)
from sayso.nlp.extract.quote_trailers import inverted_asker
from sayso.nlp.extract.quoted_subjects import (
    in_other_quotation,
    in_title_after,
    speaker_after_quotation,
    subject_outside_quotation,
)
from sayso.nlp.extract.relative_reports import bare_relative_speaker, object_relative_subject, reporting_subject
from sayso.nlp.extract.reported_conjuncts import reported_clause_subject
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.series_conjuncts import series_subject
from sayso.nlp.extract.source_spans import DASHES
from sayso.nlp.extract.source_types import OBJECT_PRONOUNS, ORG_NOUNS, titled_name
from sayso.nlp.extract.stranded_speakers import (
    agent_before_colon,
    apposed_after_according,
    bare_after_singular,
    infinitive_twin,
    paired_verb_subject,
    source_after_object,
    stranded_conjunct_subject,
    title_after_opening_noun,
)
from sayso.nlp.extract.surname_subjects import misparsed_surname
from sayso.nlp.extract.title_lists import name_after_titles
from sayso.nlp.extract.twin_speakers import in_reporting_tense, same_speaker_again, set_off_conjunct


def source_head(token: Token, content: Sequence[Range] = ()) -> Token | None:
    """The head word of the cue's source, or None where the parse names none.

    A subject found inside the content (a parse that reads the quote's first words as
    the subject of "said") is replaced by the noun phrase beside the cue.
    """
    head = agent_before_colon(token, content) or _source_head(token)  # "as expressed by Wernz in his book: "...""
    if head is not None and (any(s <= head.idx < e for s, e in content) or in_title_after(head, token)):
        head = (_own_subject_outside(token, content) or speaker_by_position(token, content)
                or _adjacent_subject(token, content))
    if head is not None and punctuation_only(head):
        head = None  # "During the meeting, the priest, before he ..., said,": the parse made the comma the subject
    if head is None:
        head = speaker_by_position(token, content)  # "One attendee, who ... spoke ..., said": the parse lost it
    if head is not None:
        found = speaker_after_quotation(head, token)  # '“The cooldown [is] ...,” researchers noted, adding'
        if (found is None or found == head) and token.lower_ != "according" and in_other_quotation(head, token):
            # 'She claims “Brett’s assault on me ...,” but ... acknowledges': no speaker after the quotation, one above it
            # and none outside it: no source beats a word of another's quotation ('"... its heart beating ...
            # someone says, 'We have to ...,' " said Fiorina ..., suggesting that ...': not "its heart beating"); the
            # quoted title a claim is "according to" is its source ("according to ''The Fixers: ...'' and other sources")
            found = subject_outside_quotation(token)
        head = found
    return head


def _own_subject_outside(token: Token, content: Sequence[Range]) -> Token | None:
    """The cue's own subject, outside the content, where the parse hung the cue inside the
    quotation ('“... an approach that ...,” Jim Chilton, senior vice president ..., said':
    "said" a relative clause of "approach", with "Chilton" its subject all the same)."""
    return next((c for c in token.children if c.dep_ in SUBJECTS
                 and c.i < token.i and not any(s <= c.idx < e for s, e in content)), None)


# The ways a noun sits inside a longer noun phrase before the cue: a conjunct, the object of a
# preposition ("the mayor of Boston", "senior vice president for space and launch at Boeing
# Defense, Space, and Security"); an apposition counts only for a named person or body
_INNER_DEPS = frozenset({"conj", "pobj", "prep", "compound"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAMED = frozenset({"PERSON", "ORG"})


def _adjacent_subject(token: Token, content: Sequence[Range]) -> Token | None:
    """The noun phrase right before ("..., X said") or after ("..., said X") the cue."""
    sent = token.sent
    outside = [t for t in sent if not any(s <= t.idx < e for s, e in content)]
    left = [t for t in outside if t.i < token.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    if left and token.i - left[-1].i <= 3:
        return _phrase_head(left[-1], token, content)
    right = [t for t in outside if t.i > token.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    if right and right[0].i - token.i <= 4 and not cue_adjunct(right[0], token):
        tok = right[0]
        while tok.head != tok and tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i > tok.i:
            tok = tok.head
        return None if addressed(tok, token) else tok
    return None


def addressed(noun: Token, cue: Token) -> bool:
    """ "..., the minister's top aide has told Reuters": the one a cue of telling addresses ("told Reuters",
    "assured reporters") hears the words, never says them; "'Why?' asked the boy" keeps the asker
    (``addressee_head``)."""
    return addressee_head(cue) == noun


def cue_adjunct(noun: Token, cue: Token) -> bool:
    """ "saying in part, “...”", "saying in a statement", "said on Monday": the object of a preposition the cue
    takes tells how, where or when it was said, never who said it ("by" names the speaker)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head == cue and prep.lower_ != "by"


def _phrase_head(tok: Token, cue: Token, content: Sequence[Range]) -> Token:
    """The head of the noun phrase before the cue that ``tok`` ends: "Security" in "Jim
    Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security,
    said" ends Chilton's aside, and Chilton is the speaker; "consultant" in "Mr. Conant, the
    Republican consultant, said" is Conant's. The walk climbs conjuncts and prepositional
    objects, crosses an apposition only to a named person or body, and never leaves the words
    before the cue; it answers the last noun it met ("on Monday" gives "Monday")."""
    best = tok
    while tok.head.i < tok.i and tok.head.i >= cue.sent.start and not any(s <= tok.head.idx < e for s, e in content):
        if tok.dep_ == "appos":
            if tok.head.ent_type_ in _NAMED and tok.head.pos_ == "PROPN":
                best = tok.head
            break
        if tok.dep_ not in _INNER_DEPS:
            break
        tok = tok.head
        if tok.pos_ in _NOMINAL:
            best = tok
    return best


def _object_of(token: Token, dep: str, word: str | None = None) -> Token | None:
    """The object of the cue's ``dep`` child: "by X" (agent), "to X", "according to X"."""
    for child in token.children:
        if child.dep_ == dep and (word is None or child.lower_ == word):
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def dateline(token: Token) -> bool:
    """ "BERLIN -- The European Space Agency says ...", "LONDON (Reuters) — Theresa May said ...": a place in
    capitals opening its line, set off by a dash, or a word of a wire dateline ("HANOI, Vietnam (AP) — ")
    (``datelines``), that the parse made a subject of the cue; the story's place and wire, no source."""
    if line_dateline(token) is not None:
        return True
    doc = token.doc
    lo, hi = token.left_edge.i, token.right_edge.i
    if not _opens_line(doc, lo):
        return False
    if not (token.is_alpha and token.text.isupper() and len(token) > 1):
        return False
    return any(t.text in DASHES for t in doc[lo:min(hi + 2, len(doc))])


def speaking_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "csubj")) -> Token | None:
    """The subject of ``verb`` that can be its speaker: where the parse gave the verb a second subject that is
    page furniture (a dateline, a colon label, a run-in heading in capitals) or the title of a work an opening
    phrase names ("In the documentary The Fog of War, McNamara admitted"), the other one; a dateline the
    parse made the only subject, with the speaker its apposition after the dash, gives that apposition."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not dateline(c) and not colon_label(c) and not run_in_heading(c)
                    and not gallery_caption(c)
                    and not state_after_place(c) and not clause_beside_noun(c, subjects)
                    and not title_after_opening_noun(c) and not displaced_subject(c, subjects)
                    and not subject_of_quoted_predicate(c, subjects)] or subjects
    if not subjects:
        return None
    # "According to Big League Politics’ Cassandra Fairbanks, a Secret Service agent ... revealed": the agent
    # "said IAB President and CEO Greg Stuart": the parse's subject "President", the name its conjunct
    return (speaker_after_dateline(subjects[0]) or hyphen_title_name(subjects[0]) or apposed_after_according(subjects[0])
            or name_after_titles(subjects[0], load_lexicon().person_roles)
            or participle_read_as_subject(subjects[0]) or source_after_object(subjects[0], load_lexicon().anonymous)
            or subjects[0])  # "Responding, Edward Skyler, ... said"


def displaced_subject(subject: Token, subjects: Sequence[Token]) -> bool:
    """``subject`` is a noun the parse made a subject of the verb before another noun subject nearer the verb,
    where that other one is the verb's own: the earlier is a word of the same noun run the parse cut off ("Benghazi
    mom speechwriter reveals": "Benghazi" modifies the speechwriter, who reveals) or the subject of the words a
    quotation after it carries ('Nothing the president said "will ease fears," the senator said': what the
    senator says is about "Nothing"; the senator speaks). Only two noun subjects both before the verb, the earlier
    ending right where the later begins, or a quotation mark between them: "Smith, the mayor, said" (an
    apposition), "Nothing the mayor said" (the relative clause's subject after the noun it is about) and a subject
    after the verb are no such pair."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.i > verb.i:
        return False
    later = [s for s in subjects if s.dep_ == "nsubj" and subject.i < s.i < verb.i and s.pos_ in ("NOUN", "PROPN")]
    if not later:
        return False
    nearer = later[-1]
    # a bare noun, then a noun phrase with no determiner of its own: one run of nouns ("Benghazi mom speechwriter");
    # not "Nothing the mayor said" (a relative clause's own subject after its noun)
    run_on = (subject.pos_ in ("NOUN", "PROPN") and subject.n_lefts + subject.n_rights == 0
              and subject.i + 1 == nearer.left_edge.i and nearer.left_edge.dep_ not in ("det", "poss"))
    # the quotation's words hang on the earlier subject (a clause in its phrase), and its closing mark lies outside
    # that phrase; not a scare quote around a name ('"Creepy Lawyer" for porn star ... claims': the mark is the name's)
    own = {t.i for t in subject.subtree}
    quoted = any(t.pos_ in ("VERB", "AUX") for t in subject.subtree) and any(
        t.is_quote and t.i not in own for t in subject.doc[subject.i + 1:nearer.left_edge.i])
    return run_on or quoted


_OPENING_MARKS = frozenset({"“", "``", '"', "`"})
_CLOSING_MARKS = frozenset({"”", "''", '"', "'"})


def subject_of_quoted_predicate(subject: Token, subjects: Sequence[Token]) -> bool:
    """ 'The indictment "strikes at the top of the cartel," said the prosecutor': a noun before a quotation of the
    predicate it is the subject of, which the parse made a subject of the cue beside the noun named after the cue;
    the one named after the cue speaks, the noun is what the quotation is about. Only a quotation that opens after
    the noun and closes right before the cue (a comma between), with a noun subject after the cue."""
    verb = subject.head
    if subject.i > verb.i or not any(s.i > verb.i and s.pos_ in ("NOUN", "PROPN") for s in subjects if s is not subject):
        return False
    doc = subject.doc
    between = doc[subject.i + 1:verb.i]
    opens = [t for t in between if t.text in _OPENING_MARKS]
    if not opens:
        return False
    close = verb.i - 1
    while close > opens[0].i and doc[close].text == ",":
        close -= 1
    return close > opens[0].i and doc[close].text in _CLOSING_MARKS and all(
        t.is_punct or t.text in _OPENING_MARKS for t in doc[subject.i + 1:opens[0].i])


def clause_beside_noun(subject: Token, subjects: Sequence[Token]) -> bool:
    """``subject`` is a clause the parse made a subject of the verb beside a noun it also made one: "Put to the test
    the Dems' claims that ...": an imperative's clause ("Put") and the possessor ("the Dems") the parse read as
    "claims"' subject. A clause says nothing; where a noun stands beside it, the noun is the one who speaks."""
    return subject.dep_ == "csubj" and any(s.dep_ == "nsubj" for s in subjects)


def hyphen_title_name(token: Token) -> Token | None:
    """ "said co-founder, president and CEO Sarah Lindqvist": the parse split "co-founder" into words it set side
    by side under the verb ("co", "-", "founder"), and only the last carries the list of titles and the name it
    ends in; the name (``source_types.titled_name``), or the verb's subject that is a name and follows the titles
    straight on ("Co-chair and treasurer Mark Dunn said": the parse made "Dunn" a third subject). None where the
    run ends in no name ("said the co-founder", "The co-founder, a former banker, said")."""
    doc, verb, last = token.doc, token.head, token
    while last.i + 2 < len(doc) and not last.whitespace_ and doc[last.i + 1].text == "-" \
            and not doc[last.i + 1].whitespace_ and doc[last.i + 2].is_alpha \
            and doc[last.i + 1].head in (verb, last) and doc[last.i + 2].head == verb:
        last = doc[last.i + 2]
    if last is token:
        return None
    for title in (last, *(c for c in last.children if c.dep_ == "appos")):  # "Co-founder, president and CEO X said"
        name = titled_name(title)
        if name is not title:
            return name
    after = last.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ == token.dep_ and c.ent_type_ == "PERSON" and c.left_edge.i == after),
                None)


_PLACES = ("GPE", "LOC", "FAC")


def state_after_place(subject: Token) -> bool:
    """ "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush", "in Berea, OH, ... Gov. John
    Kasich said": the state that ends a place's name, set off by commas, which the parse made a second subject of
    the verb beside the real one; no speaker. Only a place right after a place and a comma."""
    doc = subject.doc
    lo = subject.left_edge.i
    return subject.ent_type_ in _PLACES and lo >= 2 and doc[lo - 1].text == "," and doc[lo - 2].ent_type_ in _PLACES \
        and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","


_LOCATIVE = frozenset({"in", "at", "from", "near", "outside", "inside", "across"})


def country_after_located_place(subject: Token) -> bool:
    """ "Farrakhan was filmed in Tehran, Iran chanting ...", "Protesters gathered in Paris, France shouting ...": the
    country (or state) that ends a place where something happened, which the parse made the subject of the
    participle after it; a place where, no speaker. Only a place right after a place and a comma, that place the
    object of "in", "at", "from" ...; "Iran said ..." and "in Paris, the French government said ..." stay."""
    doc = subject.doc
    lo = subject.left_edge.i
    if subject.ent_type_ not in _PLACES or lo < 2 or doc[lo - 1].text != "," or doc[lo - 2].ent_type_ not in _PLACES:
        return False
    place = doc[lo - 2]
    while place.dep_ in ("compound", "flat") and place.head != place:
        place = place.head
    return place.dep_ == "pobj" and place.head.lower_ in _LOCATIVE and subject.head.tag_ == "VBG"


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first of its line."""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def run_in_heading(subject: Token) -> bool:
    """ "THE BORROWING Back when he wrote his book, Mr. McKinley said ...": a section heading in capitals run into
    its paragraph's first line, which the parse made a second subject of the cue beside the real one; no
    speaker. Only words in capitals (two or more letters each, one of three or more) opening their line, the
    phrase's head among them."""
    doc = subject.doc
    lo = subject.left_edge.i
    if not _opens_line(doc, lo):
        return False
    words = [t for t in doc[lo:subject.i + 1] if t.is_alpha]
    return bool(words) and all(t.text.isupper() and len(t) > 1 for t in words) and any(len(t) > 2 for t in words)


def gallery_caption(subject: Token) -> bool:
    """ "Hide Caption 24 of 30 Photos: Mass shooting at Las Vegas music festival Police officers advise people to take
    cover": a news site's photo gallery opens each caption with its furniture (the button, the count, the gallery's
    title), which the parse made a second subject of the cue beside the real one; no speaker. Only a phrase opening
    its line with "Hide Caption N of M" or "Show Caption N of M"."""
    doc = subject.doc
    lo = subject.left_edge.i
    if not _opens_line(doc, lo) or lo + 5 > len(doc):
        return False
    words = doc[lo:lo + 5]
    return (words[0].lower_ in ("hide", "show") and words[1].lower_ == "caption" and words[2].like_num
            and words[3].lower_ == "of" and words[4].like_num)


def colon_label(subject: Token) -> bool:
    """ "Update 1: AP reports that ...", "UPDATE: The mayor said ...": a label set off by a colon, which the
    parse made a second subject of the cue beside the real one; furniture, no speaker."""
    doc = subject.doc
    after = subject.right_edge.i + 1
    return after < len(doc) and doc[after].text == ":"


def _source_head(token: Token) -> Token | None:
    if token.text == ":":
        return token.nbor(-1) if token.i > 0 else None
    if token.lower_ == "according":
        for child in token.nbor().children if token.i + 1 < len(token.doc) else []:
            if child.dep_ == "pobj":
                return child
        return _object_of(token, "prep")
    agent = _object_of(token, "agent")
    if agent is not None:
        return agent
    if reduced_passive(token) or small_clause_passive(token):
        # "Hillary Clinton Accused Of Shocking Act": not Clinton's accusation; "whose rhetoric has him often labeled
        # brash": not his label
        return _object_of(token, "prep", "by")
    holder = view_holder(token)
    if holder is not None:
        return speaker_after_dateline(holder) or holder  # "Smith is convinced that ...": who holds the view, the subject of the adjective's verb
    quoted = quoted_as_saying(token)
    if quoted is not None:
        return quoted  # "Reuters quoted a spokesman as saying": the spokesman, not Reuters
    speaker = reporting_subject(token) or object_relative_subject(token)
    if speaker is not None:
        return speaker  # "which Nissan claims is ...": Nissan, not the relative pronoun
    aside = inverted_aside(token)
    if aside is not None:
        return aside[1]  # "The plan, said the mayor, would cost millions": the mayor, not the plan
    apposed = speaker_read_as_apposition(token)
    if apposed is not None:
        return apposed
    as_phrase = as_aside(token)
    if as_phrase is not None:
        return as_phrase[1]  # "Hawaii, as one of his advisers pointed out, is ...": the adviser, not Hawaii  # "His promises, independent analyses agree, would ...": the analyses, not the promises
    misread = verb_read_as_auxiliary(token) or object_read_as_subject(token) or letter_writer(token)
    if misread is not None:
        # "the laws she cited claiming": she; "Batten echoed that sentiment saying": Batten; "she wrote the letter to
        # Paul Burrell claiming": she, not Burrell
        return misread
    passive = any(c.dep_ == "auxpass" for c in token.children)
    subject = speaking_subject(token, ("nsubj", "csubj") if passive else ("nsubj", "csubj", "nsubjpass"))
    if subject is not None:
        return subject
    surname = misparsed_surname(token)
    if surname is not None:
        return surname  # '..., says Early.': a known person's surname the parse read as an adverb
    compound = compound_subject(token)
    if compound is not None:
        return compound  # "..., court records show.": the noun the parse made a compound of the verb
    inverted = inverted_object_subject(token) or inverted_asker(token)  # '“Why?” asked the boy.': the boy asks
    if inverted is not None:
        return inverted
    aside = subject_before_aside(token)
    if aside is not None:
        return aside
    opening = subject_after_opening_phrase(token) or subject_before_closing_cue(token)
    if opening is not None:
        return opening  # "In a statement ..., Franken's office said", "..., a statement of facts said."
    if passive:
        return channel_sender(token)  # "X was accused of ...": the accuser is not named, unless the channel names him
    if token.pos_ in ("NOUN", "PROPN"):
        carrier = carrier_subject(token)
        if carrier is not None:
            return carrier  # "he reiterated his claim that ...": who repeats it, not the possessor
        bound = bound_possessor(token)
        if bound is not None:
            return bound  # "The mayor has been asked to clarify his remarks that ...": the mayor, not a bare "his"
        for child in token.children:
            if child.dep_ == "poss" and not time_possessor(child):  # "Tuesday's warning from X": X, not Tuesday
                return child
        by = _object_of(token, "prep", "by")
        if by is not None:
            return by
        holder = noun_holder(token) if held_claim(token) else None
        if holder is not None:
            return holder  # "warnings from his attorney that ...": who the warnings came from
        # "the Council issued a statement", "said in a statement": the governing verb's subject
        gov = token.head
        if token.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        # not the claim the verb answers or disputes: "responded to accusations that ...", "pushed back against the
        # claim that", "laughed off suggestions that" (``disputed_claims``);
        # "drew the conclusion that": a view drawn is the drawer's (``light_verbs``), unlike criticism drawn
        if token.dep_ in ("dobj", "pobj") and gov.pos_ in ("VERB", "AUX") and (not _undergoes(gov) or light_verb_statement(token)) \
                and not answered(token, gov) and not given_to(token, gov) and not disputed_object(token, gov):
            return next((c for c in gov.children if c.dep_ in ("nsubj", "csubj")), None)
    daring = daring_holder(token)
    if daring is not None:
        return daring  # "Kerry had the gall to say": Kerry, not the gall
    judge = judge_of_naming(token)
    if judge is not None:
        return judge  # "Woo condemned the decision calling the ruling an outrageous act": Woo, not the decision
    if token.dep_ in NOUN_MODIFIER_CLAUSES and token.head != token and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return token.head
    likened = likened_speaker(token)
    if likened is not None:
        return likened  # "Trump reminds me of Abraham Lincoln saying that ...": Lincoln, not Trump
    seen = perceived_actor(token)
    if seen is not None:
        return seen  # "she watches Sanders thrill the crowds by exhorting them": Sanders, not the watcher
    if token.tag_ == "VBG" and (token.dep_ == "advcl" or _participle_set_off(token)):
        subj = participle_subject(token)
        if subj is not None and admission_of_other_sex(token, subj, load_lexicon().given_genders):
            return None  # "Mr. Hale was recalling Mrs. Ortiz's story ..., later conceding she had not": not his
        if subj is not None:
            return subj
    if passive_adjunct(token):
        # "Asked whether he would run again, Smith said ...", "When told of the ruling, she said": the main clause's
        # subject is the one asked or told; the asker is named only by an agent ("Asked by reporters")
        return _object_of(token, "agent", "by")
    series = series_subject(token)
    if series is not None:
        return series  # "mocked ..., talked over them as they answered questions and assured": he, not they
    reported = reported_clause_subject(token)
    if reported is not None:
        return reported  # "witnesses say that Nelson confessed ..., but claimed ...": Nelson, not the witnesses
    shared = conjunct_head_subject(token)
    if shared is not None:
        return shared  # 'Crawford said, "Marla called and said, ..."': Marla, not the subject above "called"
    stranded = stranded_conjunct_subject(token) or paired_verb_subject(token)
    if stranded is not None:
        return stranded  # "went public after Ms. Feinstein, ..., said": Feinstein, not what went public
    twin = reporting_twin(token) or participle_twin(token)
    if twin is not None:
        return _source_head(twin)  # "He says the obvious response was ... and says he introduced": he, not the response
    if bare_after_singular(token):
        # "a claim that Kavanaugh engaged in misconduct ... and somehow claim that": not his claim; "declined to
        # threaten Moscow or even directly declare": the twin infinitive's speaker
        twin = infinitive_twin(token)
        return _source_head(twin) if twin is not None else None
    bare = bare_relative_speaker(token)
    if bare is not None:
        return bare  # "a ton of TNT officials say was intended for ...": the officials, not the main clause's subject
    reacting = reaction_by_means(token)
    if reacting is not None:
        return reacting  # "A panel reacted to news that the report has concluded ... by admitting": the panel
    faulted = faulted_object(token)
    if faulted is not None:
        return faulted  # "Obama criticized Trump for saying": Trump, not Obama
    head = token
    for _ in range(4):
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head = head.head  # "by saying", "before asking": up through the preposition
        if head.dep_ == "acomp" and implicative_adjective(head):
            head = head.head  # "The company was quick to point out": the copula's subject
            return next((c for c in head.children if c.dep_ in SUBJ_DEPS), None)
        if (head.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "parataxis", "prep") and not series_verb(head)) \
                or head.head == head:
            break
        if head.dep_ in ("xcomp", "acl") and daring_holder(head) is not None:
            return daring_holder(head)  # "had the gall to label X ... and to accuse Y": the one who had it
        if head.dep_ == "xcomp":
            controller = object_controller(head)
            if controller is not None:
                return controller if head.head.lemma_.lower() in _MAKING else None
        head = head.head
        subject = inherited_subject(head)
        if subject is not None:
            return subject
    return None


def inherited_subject(verb: Token) -> Token | None:
    """The subject a cue with none of its own takes from the verb it hangs on ("The police described him as calm but
    said ...": the police): the verb's first subject, but not a lone modifier the parse cut off the noun subject
    after it and made a subject of its own ("Gilroy police and FBI agents described ..., but said": the city "Gilroy"
    names whose police speak): where a noun subject begins right after such a one-word subject that is no verb,
    the noun subject is the speaker. A real clausal subject ("What he said surprised us") and a subject with words
    of its own ("Smith, the mayor, ...") are left as they were."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if not subjects:
        return None
    first = subjects[0]
    if first.dep_ in ("csubj", "nsubj") and first.n_lefts + first.n_rights == 0 and first.pos_ not in ("VERB", "AUX"):
        noun = next((s for s in subjects[1:] if s.dep_ == "nsubj" and s.left_edge.i == first.i + 1
                     and s.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            return noun
    return first


def conjunct_head_subject(token: Token) -> Token | None:
    """The subject of the verb a conjoined cue is joined to, where that verb opens a quotation under another
    speaker's verb: 'Crawford said, “Marla called and said, ‘...’”' is Marla's, not Crawford's. None where the cue
    has a subject of its own, the verb it is joined to has none, or no quotation opens between the outer verb and
    that subject ("He said the base went into collect mode and said ...": his twice, ``reporting_twin``), or the
    quotation closes before the cue ('Smith said “in all honesty” the committee acted too fast and said he
    regretted his vote': a phrase quoted in Smith's sentence, the second "said" Smith's too)."""
    head = token.head
    if token.dep_ != "conj" or head == token or head.pos_ not in ("VERB", "AUX") or head.dep_ != "ccomp" \
            or any(c.dep_ in SUBJ_DEPS for c in token.children):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    outer = head.head
    if subj is None or not outer.i < subj.i:
        return None
    opening = next((t.i for t in reversed(token.doc[outer.i + 1:subj.left_edge.i]) if t.tag_ == "``"), None)
    if opening is None or any(t.tag_ == "''" for t in token.doc[opening + 1:token.i]):
        return None
    return subj


def series_verb(token: Token) -> bool:
    """A verb of a series of the subject's deeds that the parse hung on the first one as a bare "dep", not a
    conjunct: 'Goldwater took on the establishment, voted against the act, defiantly declared, "..."'. It has no
    subject of its own, the same tense as the verb it hangs on, and a comma before it; the series' subject is its
    speaker."""
    head = token.head
    if token.dep_ != "dep" or head == token or token.pos_ != "VERB" or head.pos_ != "VERB" or token.i < head.i:
        return False
    if token.tag_ != head.tag_ or any(c.dep_ in SUBJ_DEPS for c in token.children):
        return False
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text == ","


# verbs of judging someone, with the preposition that follows their object: "accused X of", "blamed X for"
_JUDGING = {"accuse": "of", "charge": "with", "blame": "for", "criticize": "for", "criticise": "for", "slam": "for",
            "fault": "for", "condemn": "for", "praise": "for", "attack": "for", "mock": "for", "rap": "for"}


def reduced_passive(token: Token) -> bool:
    """ "Hillary Clinton Accused Of Shocking Act With Bible", "Senator accused of lying about his war record": a
    headline's passive with its "was" left out, which the parse reads as the subject accusing. A verb of judging
    someone with no object of its own, its preposition right after it: the subject is the one judged, and whoever
    judges is named only by a "by" phrase. "Trump accused Clinton of lying" has its object and stays Trump's."""
    prep = _JUDGING.get(token.lemma_.lower())
    if prep is None or token.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "dative", "auxpass") for c in token.children):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == prep and nxt.head == token


# verbs whose complement can be a small clause with a bare past participle: "has him labeled a bully", "got her
# called a traitor", "saw the plan described as reckless", "wants it declared void"
_SMALL_CLAUSE_HOSTS = frozenset({"have", "get", "leave", "see", "find", "keep", "hear", "make", "want", "need"})


def small_clause_passive(token: Token) -> bool:
    """ "a candidate whose rhetoric has him often labeled brash", "the rumor got her branded a traitor by critics": a
    bare past participle (no "has", no "was") in the complement of a verb of causing, finding or wanting is passive,
    and the noun before it, which the parse makes its subject, is the one labeled, never who labels; whoever does is
    named only by a "by" phrase. "He has labeled it", "she had called him a liar" keep their subject."""
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    host = token.doc[subject.left_edge.i - 1]  # the parse hangs the participle on the host or beside it
    return host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in _SMALL_CLAUSE_HOSTS


# verbs of saying that close the words they report ("..., the source recalled, adding ...")
_CLOSING = read_words("closing_verbs.txt")


def closing_report(verb: Token) -> bool:
    """ "Comey cannot say that “from his perspective,” Lewandowski added, saying ...", "Grayson said Randolph “would
    have no chance,” the source recalled, adding ...": a verb of saying after the words it reports, with its own
    subject after a comma, which the parse made a complement of the words' verb. A participle hung on it goes on
    with its speaker (Lewandowski, the source), not up to the subject of the words (Comey, Grayson)."""
    if verb.dep_ != "ccomp" or verb.i < verb.head.i or verb.lemma_.lower() not in _CLOSING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    before = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and before.text in (",", "”", '"', "’")


def reporting_twin(token: Token) -> Token | None:
    """The verb of saying a conjoined cue repeats, where the parse joined the cue to the verb of the clause that verb
    reports: "He says the obvious response was to break them up and says he introduced legislation", "He said the
    base went into collect mode and said the rescue was a priority", "saying that the bill had the right parts - and
    arguing that ...". The second "says" is the first one's again, by the speaker who says both; not the response's
    or the base's. Only the same verb twice ("says ... and says"), two participles ("saying ... and arguing"), or a
    clause whose subject is the speaker again ("He said that he would ... but did not suggest", ``twin_speakers``):
    "Smith said Jones resigned and apologized" may be Jones's."""
    if token.dep_ != "conj" or token.head == token or any(c.dep_ in SUBJ_DEPS for c in token.children):
        return None
    clause = token.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "that the bill had the parts but was waylaid - and arguing": up to "had"
    if clause.dep_ != "ccomp" or clause.head == clause:
        return None
    verb = clause.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > clause.i:
        return None
    same = verb.lemma_.lower() == token.lemma_.lower() and verb.tag_ == token.tag_
    # two participles of one clause; not one that describes a noun ("emailed supporters saying ... and vowing")
    participles = verb.tag_ == "VBG" and token.tag_ == "VBG" and verb.dep_ not in NOUN_MODIFIER_CLAUSES
    if same or participles or continued_report(token, clause) or set_off_conjunct(token, clause) \
            or in_reporting_tense(token, verb):
        return verb  # "said the party was not in a crisis, and urged ...": the comma ends what was said
    # "He said that he would offer a prayer but did not suggest ...": the clause's "he" is the speaker again
    lex = load_lexicon()
    return verb if same_speaker_again(clause, verb, lex.given_genders, lex.person_roles | lex.person_nouns) else None


# verbs that go on with what a speaker said ("said ... and added that ..."): a thing in the words never adds
_CONTINUING = frozenset({"add", "note", "stress", "emphasize", "emphasise", "conclude"})

# the endings of nouns of people who do ("supporters", "investors", "critics"...): a plural one may be people
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "ic")


def continued_report(token: Token, clause: Token) -> bool:
    """ "The judge said that the First Amendment claim had not been decided and added that ...": a verb that goes
    on with a statement, with a clause of its own, joined to the verb of the words the first verb reports, whose
    subject is no person (a claim, a report, a plan, profits: "the budget plan was flawed and noted that", "said profits
    fell but added"; an "it" or "there"
    of no one: "said it was too early to congratulate the winners but added"). The speaker
    of the first verb goes on; "Smith said Jones had resigned and added that he was sorry" may be Jones's."""
    lex = load_lexicon()
    lemma = token.lemma_.lower()
    if (lemma not in _CONTINUING and lex.senses.get(lemma) not in ("saying", "writing")) \
            or not (any(c.dep_ == "ccomp" for c in token.children) or quotation_follows(token)):
        return False  # a verb of saying with a clause of its own: "noted that troop strength lags ... and asked whether"
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS or c.dep_ == "expl"), None)
    if subject is not None and ((subject.dep_ == "expl" and subject.lower_ == "there") or is_expletive(subject)):
        return True  # "said it was too early to congratulate the winners but added": an "it" of no one adds nothing
    if subject is not None and subject.lower_ == "it" and lemma in _CONTINUING:
        # "Pence said in politics it takes time to develop ... but added, “...”": a thing goes on with nothing; an
        # "it" that is the speaker's own body ("The firm said it would cut jobs and added") is the speaker again
        return True
    if subject is None or subject.tag_ not in ("NN", "NNS"):
        return False  # a name or a pronoun in the words may go on: "Jones had resigned and added"
    if subject.tag_ == "NNS" and (lemma not in _CONTINUING or subject.lemma_.lower().endswith(_AGENT_ENDINGS)):
        # "said profits fell but added": plural things add nothing either; but "his followers were angry and
        # shouted", "the supporters ... and added" may be people the lexicon does not list: left to the parse
        return False
    # "the Republican senators had erred and noted": people may go on (``speakerless_noun``)
    return speakerless_noun(subject)


def speakerless_noun(subject: Token) -> bool:
    """A common noun of a thing, which says nothing ("the budget plan", "trade sanctions"): no person, body,
    group or government by the lexicon or by NER ("the governor", "the committee", "the senators" may speak)."""
    if subject.pos_ != "NOUN" or subject.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    lex = load_lexicon()
    lemma = subject.lemma_.lower()
    if lemma in lex.person_roles | lex.person_nouns | lex.groups | lex.anonymous | lex.collective_nouns | ORG_NOUNS \
            or lemma in {g.lower() for g in lex.governments}:
        return False  # "the governor had erred and added", "the committee ... and noted": a speaker of its own
    return not any(t.ent_type_ == "PERSON" for t in subject.subtree if t.i <= subject.i)


# the relations a participle climbs through inside the words another participle reports, to their clause's verb
_INSIDE_WORDS = frozenset({"conj", "pcomp", "prep", "advcl", "xcomp"})


def participle_twin(token: Token) -> Token | None:
    """The participle of saying a conjoined participle cue pairs with, where the parse joined it to a verb inside the
    words the first one reports, whose subject is a thing: "warning that trade sanctions would backfire by hurting
    consumers but pledging to comply": the one warning pledges, not the sanctions (a thing makes no pledge).
    None where the cue is no participle joined by a conjunction, the clause it climbs to is no complement of a
    participle before it that is the clause's own (not one describing a noun), or a subject met on the way may speak ("warning that the minister would resign, blaming
    the press and pledging ...": the minister's, as the parse has it)."""
    if token.tag_ != "VBG" or token.dep_ != "conj" or any(c.dep_ in SUBJ_DEPS for c in token.children) \
            or not _set_apart(token):
        return None
    head = token.head
    for _ in range(6):
        subject = next((c for c in head.children if c.dep_ in SUBJ_DEPS), None)
        if subject is not None and (head.dep_ != "ccomp" or not speakerless_noun(subject)
                                    or (token.lemma_.lower() not in _VOWING
                                        and subject.lemma_.lower() in load_lexicon().documents | _WRITTEN_THINGS)):
            return None  # "warning that its report would mislead by understating the risks and saying": the report's
        if head.dep_ == "ccomp":
            break
        if head.dep_ not in _INSIDE_WORDS or head.head == head:
            return None
        head = head.head
    else:
        return None
    outer = head.head
    if subject is None or outer.tag_ != "VBG" or outer.i > head.i or outer.dep_ in NOUN_MODIFIER_CLAUSES:
        return None  # 'emailed supporters saying: “The struggle continues” and vowing': no one's pair (``reporting_twin``)
    return outer


# things whose words news reports as theirs, beside document_nouns.txt: "the findings claim", "the model predicts"
_WRITTEN_THINGS = frozenset({"finding", "ad", "advertisement", "commercial", "statute", "legislation", "rule",
                             "regulation", "treaty", "agreement", "contract", "proposal", "model", "forecast", "data",
                             "figure"})
# verbs of a pledge, which no thing in the words makes ("by driving away nurses and vowing to fight")
_VOWING = frozenset({"vow", "pledge", "swear"})


def _set_apart(token: Token) -> bool:
    """A conjoined participle cue set apart from the one it is joined to: by "but" or "yet", by a comma before its
    conjunction, or a pledge no thing makes. "by understating the risks and saying the chemical was safe" goes on
    inside the words (the report says it); "by hurting consumers but pledging to comply" does not."""
    cc = max((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), key=lambda c: c.i, default=None)
    if cc is None:
        return False
    return cc.lower_ in ("but", "yet") or (cc.i > 0 and token.doc[cc.i - 1].text in (",", ";")) \
        or token.lemma_.lower() in _VOWING


def quotation_follows(token: Token) -> bool:
    """A quotation opens right after the verb, past a comma or a colon ('but added, “I strongly support ...”'): the
    verb's words, whatever verb the parse hangs them on."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text in (",", ":"):
        i += 1
    return i < len(doc) and doc[i].tag_ == "``"


# verbs that make their object do what the infinitive says ("forced Stumpf to admit that ...": Stumpf admitted it);
# other verbs with an object and an infinitive ask it ("pressed the CEO to acknowledge ...": nobody has said it yet)
_MAKING = frozenset({"force", "make", "get", "compel", "lead", "cause", "prompt", "drive", "oblige"})


def object_controller(xcomp: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, which does what the infinitive says ("forced Stumpf to admit":
    Stumpf), where there is one before it; else None (the subject does it: "wants to say", "refused to admit")."""
    verb = xcomp.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < xcomp.i), None)


# a verb that may take an addressee but, after the clause it reports and a comma, names its speaker: "The economy is
# slowing, warned the IMF in its report" (the IMF warned; no one warns "the IMF" there)
_INVERTED_WARNINGS = frozenset({"warn"})


def inverted_object_subject(token: Token, speech: frozenset[str] | None = None) -> Token | None:
    """ "Sondland was known for ..., said another witness in the probe, Fiona Hill.": the speaker after "said",
    which the parse often reads as its object when the phrase is long.

    A verb of saying that takes no addressee for its object ("said", "added", "wrote"; not "told",
    "asked"; but "warned", which after its clause names its speaker), with a comma before it, the clause it reports before that, no subject, and a noun
    phrase right after it: that noun phrase is the subject, inverted.
    """
    lemma = token.lemma_.lower()
    if (speech is not None and lemma not in speech) or lemma in RECIPIENT_VERBS and lemma not in _INVERTED_WARNINGS:
        return None
    if token.pos_ != "VERB" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJ_DEPS for c in token.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
        return name_closing_conjunct(token)
    obj = object_after(token)
    if obj is None:
        return _participle_read_as_clause(token)
    if obj.left_edge.i != token.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj


# verbs that only report, so that a name after them, past the clause and a comma, is who reports: not "accused Smith",
# "admitted Smith", "warned Smith" (an object of the act), nor "told", "asked" (an addressee)
# verbs that only report; not those that also name a deed done to their object ("claimed The Ashes", "announced The
# Layoffs", "confirmed the nominee", "wrote The Road", "declared war", "maintained the lead")
_CONJUNCT_INVERSIONS = read_words("conjunct_inversion_verbs.txt")


def name_closing_conjunct(token: Token) -> Token | None:
    """ "He received a new hat signed by the president himself, reported The Daily Wire.": the parse made the cue a
    second verb of the clause before it (a conjunct with no "and") and the speaker its object. Only a verb that only
    reports (not one that also names a deed: "claimed The Ashes"), in the past or the third person present
    ("reported", "reports"), after a comma, with a name (a proper noun) right after it that ends the
    sentence: that name is the inverted subject.

    Kept as they are: "He left the store, reported the theft." (no name), "He resigned, and reported Smith" (no
    comma right before the verb: a second act of the same subject), "The deal closed, reported CNN on Monday, citing sources" (the sentence goes on)."""
    if token.dep_ != "conj" or token.head.i > token.i or token.tag_ not in ("VBD", "VBZ"):
        return None
    if token.lemma_.lower() not in _CONJUNCT_INVERSIONS or token.doc[token.i - 1].text != ",":
        return None
    obj = object_after(token)
    if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != token.i + 1:
        return None
    rest = token.doc[obj.right_edge.i + 1: token.sent.end]
    if any(not (t.is_punct or t.is_space) for t in rest):
        return None
    return obj


def _participle_read_as_clause(token: Token) -> Token | None:
    """ "..., said The We Company's recently named executive chair Marcelo Claure.": a participle inside the
    speaker's phrase ("named", "appointed", "elected") read as the verb of a second clause on the cue, the
    possessor before it as that clause's subject and the speaker as its object. Only a bare participle (no
    auxiliary, no negation) right at the start of what follows the cue, with nothing but the speaker's own
    premodifiers between it and the noun: "..., said the board had appointed Smith" keeps its clause."""
    doc = token.doc
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i and c.left_edge.i == token.i + 1), None)
    if clause is None or clause.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    obj = next((c for c in clause.children if c.dep_ in ("oprd", "dobj") and c.i > clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[clause.i + 1:obj.left_edge.i]):
        return None
    return obj


def subject_before_aside(token: Token) -> Token | None:
    """ "Smith, asked about the plan, said: ...": the parse hangs the speaker on the participle set off
    by commas between it and the cue (tagged a past tense as often as a participle); the subject
    right before that aside, comma between, is the cue's own."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return None
    for child in token.children:
        if child.i < token.i and child.tag_ in ("VBN", "VBD") and child.dep_ in ("ccomp", "advcl", "acl") \
                and child.i > 1 and doc[child.i - 1].text == ",":
            subj = next((c for c in child.children if c.dep_ in SUBJECTS and c.i == child.i - 2), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                return subj
    return None


def _participle_set_off(token: Token) -> bool:
    """ "Trump pressed on, asserting, ''Of course, I pay federal taxes''": a participle set off by commas after its
    verb that the parse left unlabelled (``dep``): a trailing participle all the same."""
    doc = token.doc
    return token.dep_ == "dep" and token.head.i < token.i and token.head.pos_ in ("VERB", "AUX") \
        and doc[token.i - 1].text == ","


_EMBEDDED = ("ccomp", "relcl", "acl", "xcomp", "pcomp", "pobj", "dobj", "prep")


def participle_subject(token: Token) -> Token | None:
    """Whose act a trailing participle ("..., accusing X of ...", "..., vowing to ...") reports.

    The parse hangs it on the nearest verb. When that verb is a reported clause ("X said Y
    were behind it, vowing to ...") the participle is the reporter's: up through the
    complement clauses to the verb that reports them, a second "and that ..." complement too
    (``second_complement``); likewise out of a relative clause ("defending an architect who
    said ..., saying ..."). Otherwise it is that verb's own subject ("after Swift scolded her
    label, accusing it of ..."), or the noun a reduced relative clause describes ("The group, X,
    formed ... and sent a letter ..., stating").
    With no subject there, the sentence's subject before the participle.
    """
    caller = _caller_before(token)
    if caller is not None:
        return caller
    message = received_message(token)
    if message is not None:
        return message  # "Smith got an email from her manager telling her ...": the email tells, not Smith
    sender = message_sender(token)
    if sender is not None:
        return sender  # "Lawyers submitted a letter to him from ICE saying ...": ICE's letter says it, not the lawyers
    contact = bare_contact_subject(token)
    if contact is not None:
        return contact  # "The media reported that the faithful wrote to the pope asking him ...": the faithful
    verb = past_aside(token.head)  # "Locals protested ..., as Breitbart News reported, demanding": the locals
    while verb.head != verb and (verb.dep_ in _EMBEDDED or verb.pos_ not in ("VERB", "AUX") or second_complement(verb)) \
            and not closing_report(verb) and not predicated_clause(verb):
        speaker = reported_speaker(verb, load_lexicon().senses, token)
        if speaker is not None:
            return speaker  # "Court documents say Patel lied about ..., saying ...": Patel, not the documents
        verb = verb.head  # out of the reported or relative clause: "an architect who said ..., saying"
    subj = speaking_subject(verb) or subject_read_as_object(verb)  # "after McCall resigned saying": McCall
    if subj is not None and subj.i < token.i:
        return subj
    doer = reduced_relative_head(verb)
    if doer is not None:
        return doer
    root = token.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
    return subj if subj is not None and root.i < token.i else None


def bare_contact_subject(token: Token) -> Token | None:
    """ "The media reported that the faithful wrote to the pope asking him to rescind the appointment", "The lawyer
    said the man called 911 saying his wife had been shot": a participle of saying hung with no punctuation at all on
    a verb of getting in touch (``contact_verbs.txt``) says what that contact carried, so its speaker is that verb's
    own subject, even inside another's reported clause (the report chains it, ``via``). Only bare: a comma, or a
    quote closed by one ('... “maniacal,” adding'), sets the participle off as a trailing remark of the reporter
    ("Police said the man called 911, saying ...": kept theirs, ``participle_subject``). A verb that makes a thing
    with that thing as its object ("posted the video saying") is no getting in touch (``_caller_before``)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head == token:
        return None
    verb = token.head
    lemma = verb.lemma_.lower()
    if verb.i > token.i or verb.pos_ != "VERB" or lemma not in _CONTACT_VERBS:
        return None
    if any(t.is_punct or "\n" in t.text for t in token.doc[verb.i + 1:token.i]):
        return None
    if lemma in _MAKING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ not in OBJECT_PRONOUNS and c.ent_type_ != "PERSON" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "that", "which"):
        return None
    return subj


def predicated_clause(verb: Token) -> bool:
    """The clause is what a copula says its subject is, no one's reported words: "Part of the hypocrisy of the
    Conference is that they push to infringe on rights while claiming that it is consistent with the Second
    Amendment": those who push claim it, not the hypocrisy (``participle_subject`` stops there)."""
    copula = verb.head
    return verb.dep_ == "ccomp" and copula.lemma_ == "be" and any(c.dep_ == "mark" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ in ("acomp", "attr") for c in copula.children)  # "She was adamant that she and the
    # company keep the upper hand, telling Keyworth ...": what she was sure of, and she tells it


# Verbs of getting in touch: a participle of saying right after such a clause goes on with it
_CONTACT_VERBS = read_words("contact_verbs.txt")
# ... of them, those that also make a thing ("after he posted the video", "after Trump wrote it"): with an object
# that is no person they are no getting in touch, and the participle is the main clause's ("Twitter suspended
# the account after he posted the video, saying it violated its rules": Twitter says so)
_MAKING_VERBS = frozenset({"write", "tweet", "post", "message", "text", "wire", "cable"})


def _caller_before(token: Token) -> Token | None:
    """ "Police arrested Smith after his neighbor called them, saying that he had threatened her": the parse hangs
    the participle on the main verb, but it goes on with the clause of getting in touch that ends right before
    it, whose subject says it (the neighbor), not the main clause's (the police)."""
    doc = token.doc
    end = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "," else token.i
    for clause in token.head.children:
        if clause.dep_ != "advcl" or clause.i >= token.i or clause.lemma_.lower() not in _CONTACT_VERBS:
            continue
        if clause.right_edge.i + 1 not in (end, token.i):  # the comma may be the clause's own
            continue
        if clause.lemma_.lower() in _MAKING_VERBS and any(
                c.dep_ == "dobj" and c.lower_ not in OBJECT_PRONOUNS and c.ent_type_ != "PERSON" for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") and subj.lower_ not in ("it", "i", "we"):
            return subj
    return None


# Verbs whose subject meets or causes a statement rather than makes it: "the migration crisis
# prompted a recognition that ...", "Clinton is seizing a report that ...", "X faces criticism".
_UNDERGO_VERBS = read_words("undergo_verbs.txt")  # not "raise", "bring": "Democrats raised questions" are the Democrats' questions


def bound_possessor(noun: Token) -> Token | None:
    """ "The mayor has been asked to clarify his remarks that ...", "Smith was asked to retract his allegation":
    the possessive pronoun of a noun the infinitive of a passive request takes is bound to that verb's subject, the
    one asked (the request itself cites no one: ``filters.request_without_asker``). Only a pronoun agreeing in
    number ("their" a plural, "his", "her" a singular) and a subject before it."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("his", "her", "their") or noun.dep_ != "dobj":
        return None
    inf = noun.head
    if inf.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    request = inf.head
    if not any(c.dep_ == "auxpass" for c in request.children):
        return None
    subj = next((c for c in request.children if c.dep_ == "nsubjpass" and c.i < poss.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS")
    return subj if plural == (poss.lower_ == "their") else None


def given_to(noun: Token, verb: Token) -> bool:
    """ "gave undue prominence to the claim that ...", "gave rise to speculation that", "lent weight to reports that":
    the claim is where the verb's object goes, not the subject's own statement ("gave voice to the claim" is)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() != "voice"


def _undergoes(verb: Token) -> bool:
    return verb.lemma_.lower() in _UNDERGO_VERBS


def compound_subject(token: Token) -> Token | None:
    """ "The company paid no taxes, court records show.": a verb with no subject whose word before it is a noun the
    parse hung on it as a compound; that noun is its subject."""
    if token.pos_ != "VERB" or token.i == 0 or any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
        return None
    before = token.doc[token.i - 1]
    if before.dep_ != "compound" or before.head != token or not before.is_alpha:
        return None  # any tag: the same tagger read "Commission records show" as two verbs
    return before
