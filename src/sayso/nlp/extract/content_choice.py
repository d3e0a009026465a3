"""Which content a cue reports, and where its edges lie: pure, the Doc is not touched.

``pick_content`` takes the candidate the trained content model scores best unless the form names
the content outright (a passive subject, the charge after "accused by X of", a relative clause's
rest, the whole quotation); ``shape_content`` then moves its edges where the parse cut them wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.according_forms import (
    content_pointed_back,
    quotation_before_bracket,
    quotation_of_tag,
    whole_clause,
    without_dateline,
)
from sayso.nlp.extract.addressees import RECIPIENT_VERBS
from sayso.nlp.extract.advocated_things import advocated_with_its_purpose
from sayso.nlp.extract.aside_adjuncts import adjunct_after_aside
from sayso.nlp.extract.aside_fragments import double_quoted_fragment, single_quoted_fragment
from sayso.nlp.extract.aside_predicates import predicate_after_aside
from sayso.nlp.extract.candidates import Content, char_range, content_features, cue_tokens, quote_before_speaker
from sayso.nlp.extract.channel_clauses import clause_after_channel
from sayso.nlp.extract.circumstances import circumstance_after_cue, in_circumstance_clause, main_clause_content
from sayso.nlp.extract.closing_speakers import content_before_closing_speaker
from sayso.nlp.extract.colon_blocks import first_person
from sayso.nlp.extract.content_trails import (
    naming_without_participle,
    without_according_tail,
    without_even_as_clause,
    without_however_clause,
    without_missing_grounds,
    without_open_aside,
    without_reported_relative,
    without_retort,
    without_saying_occasion,
    without_speakers_conjunct,
    without_speakers_own_act,
    without_writers_first_person,
    without_writers_truth,
)
from sayso.nlp.extract.contents import (
    clause_after_at_the_time,
    clause_after_manner,
    clause_after_participle_addressee,
    joined_to_content,
    naming_without_remark,
    object_with_its_infinitive,
    reduced_relative_object,
    relative_clause_with_its_noun,
    subject_object,
    through_glued_negation,
    told_that,
    without_cue_conjunct,
    without_next_saying,
    without_writers_aside,
)
from sayso.nlp.extract.crossed_trailers import after_crossed_trailer, before_next_trailer
from sayso.nlp.extract.cue_conjuncts import without_cues_own_conjunct
from sayso.nlp.extract.cut_words import without_cut_conjunct
from sayso.nlp.extract.dangling_ends import through_dangling_end
from sayso.nlp.extract.declared_ends import declared_over
from sayso.nlp.extract.demanded_things import demand_with_its_doer
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.doubled_cues import through_doubled_cue
from sayso.nlp.extract.elided_contents import elided_content
from sayso.nlp.extract.figure_bases import figure_with_its_alternative, figure_with_its_base
from sayso.nlp.extract.free_relatives import free_relative_gap
from sayso.nlp.extract.fronted_concessions import without_writers_concession
from sayso.nlp.extract.held_claims import clause_of_answered_claim
from sayso.nlp.extract.including_tails import without_speaker_including
from sayso.nlp.extract.inverted_asides import aside_parts, parenthetical_cue
from sayso.nlp.extract.kept_promises import without_time_of_keeping
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.made_clear import made_clear_content
from sayso.nlp.extract.misparsed_speakers import quote_then_speaker
from sayso.nlp.extract.next_acts import without_next_act
from sayso.nlp.extract.not_speech import person_words
from sayso.nlp.extract.object_complements import (
    clause_after_object,
    object_then_its_name,
    object_with_its_ground,
    object_with_its_name,
    object_with_its_predicate,
    object_with_its_verb,
    passive_subject_with_predicate,
)
from sayso.nlp.extract.parallel_conjuncts import with_parallel_conjunct
from sayso.nlp.extract.participles import aside_clause, cited_aside, object_participle, without_object_participle
from sayso.nlp.extract.presented_blocks import presented_block
from sayso.nlp.extract.quote_contents import (
    pair_split_by_cue_only,
    participle_own_clause,
    quotation_after_colon,
    quote_opening_content,
    resumed_after_cue,
)
from sayso.nlp.extract.quote_ends import without_speakers_first_words
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.refusal_conjuncts import without_refusal_conjunct
from sayso.nlp.extract.relative_reports import bare_relative_speaker, reporting_subject
from sayso.nlp.extract.remark_appositives import without_remark_appositive
from sayso.nlp.extract.request_fulfilments import without_fulfilment
from sayso.nlp.extract.source_heads import inverted_object_subject
from sayso.nlp.extract.source_spans import charge_after_agent
from sayso.nlp.extract.speaker_again import without_speaker_ellipsis
from sayso.nlp.extract.spliced_clauses import without_share_comparison, without_spliced_saying
from sayso.nlp.extract.subordinate import own_clause_before_colon, subordinate_clause_content
from sayso.nlp.extract.that_conjuncts import with_that_conjunct
from sayso.nlp.extract.time_of_saying import without_time_of_saying
from sayso.nlp.extract.title_tails import without_speakers_title
from sayso.nlp.extract.wanted_answers import asked_question

# Contents that are the cue's object or a phrase on it, not a clause: a quotation right before the cue beats them
_OBJECT_KINDS = frozenset({"child_dobj", "dobj_plus", "child_prep", "prep_obj", "head_conj"})


def object_before_colon(best: Content, cands: Sequence[Content], text: str) -> Content:
    """ "John Sexton explains the importance of this discovery:" and a paragraph: the object only names what the
    paragraph says, so the paragraph is the content ("colon_para"), not the bare noun phrase, when it speaks in the
    first person ("We have never seen ..."): "CNN also noted the relatively sparse attendance:" and a paragraph of
    the writer's (the page's video left out) keeps the object. Where the object stops short of the colon, or no
    paragraph follows the colon's line, ``best`` stays."""
    if best.kind not in ("child_dobj", "dobj_plus") or text[best.end:best.end + 3].lstrip(" \t")[:1] != ":":
        return best
    return next((c for c in cands if c.kind == "colon_para" and c.start > best.end and speaks_to_someone(text[c.start:c.end])),
                best)


_SECOND_PERSON = re.compile(r"\b[Yy]ou(?:['’](?:re|ve|ll|d))?\b")


def speaks_to_someone(passage: str) -> bool:
    """Whether ``passage`` has a voice of its own: the first person ("We have never seen ...") or the second, a
    writer addressing a reader ("In the FBI memo, you can already see the genesis of ..."), as the one introduced
    by the frame does; a writer's own description of what is shown ("The crowd was sparse.") has neither."""
    return first_person(passage) or _SECOND_PERSON.search(passage) is not None


def pick_content(token: Token, cands: Sequence[Content], quotes: QuoteIndex, lexicon: Lexicon) -> Content:
    """The candidate the content model scores best, unless the form names the content outright."""
    def score(c: Content) -> float:
        return lexicon.content_model.score(content_features(token, c, quotes))

    if in_circumstance_clause(token):  # "..., when, in fact, he responded quickly": not the main clause before it
        cands = [c for c in cands if not main_clause_content(token, c)] or cands
    best = object_before_colon(own_clause_before_colon(max(cands, key=score), cands, token, quotes.text), cands,
                               quotes.text)
    if presented_block(token, cands, lexicon.nouns):  # "The police released this description of the suspect:"
        best = next(c for c in cands if c.kind == "colon_para")  # the paragraph below, not the noun naming it
    if quote_before_speaker(token, quotes):  # "“…?” Trump said of Apple in February": the quotation, not "of Apple"
        best = next((c for c in cands if c.kind == "quote_before"), best)
    best = asked_question(token, cands, quotes.text) or best  # '“Why would they do that?” Issa wanted to know'
    if best.kind in _OBJECT_KINDS or (best.kind in _CLAUSE_KINDS and best.start > token.idx):
        # "“…,” Ramos, 58, told AFP in an interview": the quotation, not "AFP in ..."; "“…,” said retired
        # neurosurgeon Ben Carson, asked about ...": not the speaker the parse read as a clause; "“Really,” she
        # added when the interviewer expressed shock": not the time of saying
        # the pair split by the cue where there is one ('“A,” said X, who ... . “B.”'), else the quotation before it
        # ('"…," Maddow said, another reference to ...': the parse took the quotation for the cue's complement, so it
        # stands as "child_ccomp", not as "quote_before")
        quoted = sorted((c for c in cands if c.kind in ("quote_pair", "quote_pair_next", "quote_before")
                         or whole_quotation_before(c, token, quotes)),
                        key=lambda c: c.kind != "quote_pair" and c.kind != "quote_pair_next")
        best = next((c for c in quoted if quote_then_speaker(token, c.parts[0] if c.parts else (c.start, c.end),
                                                             inverted=best.kind == "child_ccomp"
                                                             and not circumstance_after_cue(token, best))), best)
    best = quotation_before_misread_speaker(best, cands, token)
    best = quotation_after_adjunct(best, cands, token)
    best = fronted_clause_over_place(best, cands, token)
    if aside_parts(token) is not None:  # "Any interpretation of X, said Kofman, an expert, would read ...": both sides
        best = next((c for c in cands if c.kind == "head_both" and c.parts), best)
    elif adjunct_after_aside(token) is not None:  # "This would be achieved, the memo said, with threats": both sides
        best = next((c for c in cands if c.kind == "head_both" and c.parts), best)
    elif parenthetical_cue(token) and not best.quote and not best.parts:
        # "A Clinton presidency, she vowed, would bring better-paying jobs": both sides, not the predicate alone
        both = next((c for c in cands if c.kind == "head_both" and c.parts), None)
        if both is not None and any(p[0] <= best.start and best.end <= p[1] for p in both.parts):
            best = both
    if inverted_object_subject(token, lexicon.speech) is not None:  # "X was known for ..., said another witness"
        # "..., reported The Daily Wire": the clause the cue is a conjunct of ("head_conj")
        best = next((c for c in cands if c.kind in ("child_ccomp", "head_conj") and c.end <= token.idx), best)
    if not (token.lemma_.lower() in RECIPIENT_VERBS and best.kind == "child_ccomp"):
        best = next((c for c in cands if c.kind == "passive_subj"), best)  # "X was revealed by Y": X
    best = charge_content(best, token)  # "X is accused by critics of promoting Y": promoting Y
    if reporting_subject(token) is not None:  # "which Nissan claims is the safest": the clause's rest
        best = next((c for c in cands if c.kind == "head_relcl"), best)
        if elided_content(best, token.doc):  # "which SSMU claimed were “conflicts”": the rest is the cue's clause
            best = next((c for c in cands if c.kind == "child_ccomp" and c.start > token.idx), best)
    if bare_relative_speaker(token) is not None:  # "a ton of TNT officials say was intended for ...": the noun and the rest
        best = next((c for c in cands if c.kind == "head_relcl" and c.parts), best)
    free = free_relative_gap(token)
    if free is not None:  # "spreading what she says is a lie": "is a lie", not "spreading"
        best = next((c for c in cands if (c.start, c.end) == free and not c.parts), Content("head_relcl", *free))
    fragment = single_quoted_fragment(token, quotes.text) or double_quoted_fragment(token, quotes)
    if fragment is not None and not best.quote:  # "far from 'solid and reliable', as Greenwald claims": the words
        best = best._replace(start=fragment[0], end=fragment[1], parts=())
    best = participle_own_clause(_whole_quote(best, cands), cands, token, lexicon.speech)
    if pair_split_by_cue_only(best, token):  # "“A” and added, “B”": B alone, or what else the cue takes
        best = max((c for c in cands if not c.parts), key=score, default=best)
    return pair_with_its_clause(best, cands, token, lexicon.speech)


_SENTENCE_ENDS = frozenset(".!?\"”'’")


def pair_with_its_clause(best: Content, cands: Sequence[Content], token: Token, speech: frozenset[str]) -> Content:
    """ 'Haley is an “articulate conservative” who has won two gubernatorial elections in the state, the editorial
    board writes. "It's a sign of the GOP's distemper ..."': the quotation before the cue is a few words quoted
    inside the clause the cue reports, and a second quotation follows the cue's sentence. What was written is the
    whole clause, then the second quotation; the first part is the clause (a complement of the cue that ends before
    it, starts before the quoted words and holds them), not the bare quoted phrase. A pair whose first quotation
    opens the clause ('“A,” he said. “B.”'), one that holds the clause's verb ('For the industry, “2020 will be
    about services,” Ward says. “…”': a phrase before a quoted clause is the writer's lead-in), one with no such
    clause, and one whose clause goes on to a saying verb of its own ('The company described the losses as
    “temporary” and said they would recover, analysts wrote. “…”': that verb's row would claim the bare pair the
    clause no longer holds) or holds one that reports a clause ('Lopez said she felt the amendment was worth
    teaching because “...,” she said': the clause is Lopez's report, not the second cue's) are left as they are, and so is a clause that does not open its sentence ('DuVernay said she
    felt the 13th Amendment was worth examining because “...,” she said. “…”': a parse that cut the sentence short
    hands the cue the tail of a clause another cue reports)."""
    if best.kind not in ("quote_pair", "quote_pair_next") or len(best.parts) != 2:
        return best
    first, second = best.parts
    clause = next((c for c in cands if c.kind == "child_ccomp" and not c.parts and c.end <= token.idx
                   and c.start < first[0] - 2 and first[1] <= c.end + 1), None)
    span = token.doc.char_span(clause.start, clause.end, alignment_mode="expand") if clause is not None else None
    if span is None or first[0] <= span.root.idx < first[1]:
        return best  # 'For the industry, “2020 will be about ...,” Ward says': the quotation is the clause itself
    if any(t.pos_ == "VERB" and t.lemma_.lower() in speech
           and (t.idx >= first[1] or any(c.dep_ == "ccomp" for c in t.children)) for t in span):
        return best  # '... as “temporary” and said they would recover, analysts wrote', 'Lopez said she felt ...
        # because “...,” she said': a saying verb in the clause has its own row
    before = doc_text(token.doc)[:clause.start].rstrip()
    if before and before[-1] not in _SENTENCE_ENDS:
        return best  # 'DuVernay said she felt the 13th Amendment was worth ... because “...,” she said': the parse cut
        # the sentence inside a clause another cue reports; the clause must open its sentence
    return best._replace(start=clause.start, parts=((clause.start, max(clause.end, first[1])), second), quote=False)


_SETTING_OFF = frozenset({",", ":"})
# clauses the parse may hang on a cue after it that tell how or when it was said, not what: "“…,” he said as some
# booed", "“…,” she told CNN in the interview taped on Wednesday"
_CLAUSE_KINDS = frozenset({"child_ccomp", "child_advcl", "child_xcomp"})


def whole_quotation_before(content: Content, token: Token, quotes: QuoteIndex) -> bool:
    """The candidate is one closed quotation, marks and all, that ends before the cue: a complement the parse
    hung on the cue that is exactly the words quoted."""
    if content.parts or content.end > token.idx:
        return False
    return any(q.closed and abs(q.start - content.start) <= 2 and q.end == content.end
               for q in quotes.overlapping(content.start, content.end))


def quotation_after_adjunct(best: Content, cands: Sequence[Content], token: Token) -> Content:
    """ 'the woman who had once bragged on CNN, “Over 90% of student visas are ...”': a prepositional phrase of
    the cue (where or to whom it was said) and then a quotation set off by a comma or colon; the quotation is what
    was said, not "CNN". Only when nothing but the phrase, the comma or colon and spaces stands between the cue
    and the quotation's opening; a phrase with a clause after it ('spoke on CNN about the visas, “…”') stays."""
    if best.kind not in ("child_prep", "prep_obj") or best.start < token.idx:
        return best
    quoted = next((c for c in cands if c.kind == "quote_after" and c.start >= best.end), None)
    if quoted is None:
        return best
    text = doc_text(token.doc)
    phrase = next((c for c in cands if c.kind == "child_prep" and c.start <= best.start and best.end <= c.end), best)
    between = text[token.idx + len(token.text):phrase.start]
    gap = text[phrase.end:quoted.start].strip()
    return quoted if not between.strip() and gap in _SETTING_OFF else best


_PLACE_PREPOSITIONS = frozenset({"in", "on", "at"})
_FRONTED_KINDS = frozenset({"head_conj", "head_ccomp", "head_parataxis", "child_ccomp"})


def fronted_clause_over_place(best: Content, cands: Sequence[Content], token: Token) -> Content:
    """ "Nikki Haley should be deported, a provocative headline from the Wall Street Journal editorial board reads
    in an article published Wednesday evening": what was said, written or read stands before the speaker, set off
    by a comma; a phrase of place after the cue ("in an article", "on its website", "at the rally") tells where it
    appeared, not what it says. Where the choice fell on such a phrase (its object or the whole phrase) and a clause
    before the cue's subject ends right at that comma, the clause is the content.

    Kept: a phrase with no clause before the speaker ("spoke in the chamber"), a clause that does not end at the
    comma before the subject, and phrases of other prepositions ("warned of a recession": what was warned)."""
    if best.kind not in ("child_prep", "prep_obj") or best.start < token.idx or best.quote or best.parts:
        return best
    doc = token.doc
    prep = next((t for t in doc[token.i + 1:] if t.idx >= best.start), None) if best.kind == "child_prep" else \
        next((t for t in reversed(doc[token.i + 1:]) if t.idx < best.start and t.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _PLACE_PREPOSITIONS or prep.head.i != token.i:
        return best
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
    if subject is None:
        return best
    text = doc_text(doc)
    fronted = next((c for c in cands if c.kind in _FRONTED_KINDS and not c.parts and not c.quote
                    and c.end <= subject.left_edge.idx and text[c.end:subject.left_edge.idx].strip() == ","), None)
    return fronted or best


def quotation_before_misread_speaker(best: Content, cands: Sequence[Content], token: Token) -> Content:
    """ '“..., yet sales were below our expectations,” chairman, CEO and president Craig Menear said in the
    earnings release': a title list before the name sends the parse astray; it hangs the speaker on the quotation's
    last word (an apposition) and leaves "said" with no subject, so the clause it picks runs past the closing mark
    into the speaker. A clause that holds the whole quotation before the cue and goes on past its close to the
    cue is that misreading when the words past the close are the quotation's trailer (``quote_then_speaker``):
    the quotation is the content. A clause that opens before the quotation ('She said the plan “works,” Jones
    argued') or a quotation not set off by a comma, "?" or "!" is not this form."""
    if best.quote or best.parts or best.end > token.idx:
        return best
    quote = next((c for c in cands if c.kind == "quote_before"), None)
    # the clause opens with the quotation (at its mark, or its first word: "``" is two characters wide)
    if quote is None or not (quote.start <= best.start <= quote.start + 2 and quote.end < best.end):
        return best
    return quote if quote_then_speaker(token, (quote.start, quote.end)) else best


def shape_content(best: Content, cands: Sequence[Content], token: Token, doc: Doc, quotes: QuoteIndex,
                  lexicon: Lexicon) -> Content:
    """The chosen content with its edges moved where the parse cut them wrong (``contents``, ``quote_contents``):
    first which quotation it is, then what it joins or sheds, in this order."""
    best = quote_set_off(best, cands, quotes.text, token, lexicon.speech)
    best = _without_object_participle(best, token, lexicon)
    best = _aside_clause(best, token, lexicon)
    best = quote_opening_content(best, cands, quotes.text, _cue_end(token, best))
    best = quotation_after_colon(best, quotes.text, _cue_end(token, best), quotes)
    best = without_cues_own_conjunct(without_cue_conjunct(best, token, doc), token, doc, quotes)  # "views as X and embeds": X
    best = through_doubled_cue(relative_clause_with_its_noun(best, token, doc), token, doc)  # "said ... that said X": X
    best = object_with_its_infinitive(best, cands, token, doc)
    best = demand_with_its_doer(best, token)  # "called for a prosecutor to oversee X": the prosecutor too
    best = advocated_with_its_purpose(best, token)  # "advocates new rules to end X": both
    best = figure_with_its_base(best, token, doc)  # "reported a loss of $X, or Y a share, on sales of $Z"
    best = figure_with_its_alternative(best, token, doc)  # "reported a profit of $X, or break-even ..., for the period"
    best = object_with_its_predicate(best, token, doc, lexicon.person_roles | lexicon.person_nouns)  # "criticized X as a 'crazy system'": X as Y
    best = passive_subject_with_predicate(best, token, doc, lexicon.person_roles | lexicon.person_nouns)  # X as Y
    best = object_with_its_ground(best, token, doc)  # "claimed credit for hacking X": credit for hacking X
    best = object_with_its_name(best, token, doc, quotes)  # "called Trump a bully" read as two predicates: both
    best = object_then_its_name(best, cands, token)  # "branded the shift a "mistake."": the shift and its name
    best = declared_over(best, token)  # "declared major combat over on May 1": "major combat over"
    best = clause_after_object(best, token, doc, lexicon.proposition_nouns)  # "echoed statements by X that Y": Y
    best = object_with_its_verb(best, token, doc)  # "suggested the likely reason X is fear": the whole clause
    best = predicate_after_aside(best, token, doc, lexicon.speech)  # "says X, with no notice, violated Y": to Y
    # "responded to Trump's interjection that Y": Y is Trump's, the content the interjection with Y
    best = clause_of_answered_claim(best, token, doc, lexicon.proposition_nouns | lexicon.nouns)
    best = resumed_after_cue(best, token, _cue_end(token, best), quotes)
    best = through_dangling_end(best, token, doc)  # "speculate that that’s probably because ...": to the clause's end
    best = without_next_saying(best, token, doc, quotes, lexicon.speech)
    best = subject_object(joined_to_content(best, token, doc), token, doc)
    best = clause_after_participle_addressee(told_that(best, token, RECIPIENT_VERBS), token, RECIPIENT_VERBS)
    best = through_glued_negation(best, token, doc)
    best = naming_without_remark(without_writers_aside(best, doc, quotes), token, doc, quotes)
    best = naming_without_participle(without_open_aside(best, doc, quotes), token, doc, quotes)
    best = with_that_conjunct(best, token, doc, quotes)  # "said X, but that Y": X, but that Y
    best = with_parallel_conjunct(best, token, doc, quotes)  # "accuses X of A, and of B": X of A, and of B
    best = without_speakers_first_words(best, token, doc, quotes)  # '"X," investigating member Y said': X
    best = without_reported_relative(best, token, doc, quotes, lexicon.speech)  # ", which X told Y was ...": the writer's
    best = without_retort(best, doc, quotes)  # "was not made before ..., when it was": the writer's retort
    best = without_writers_truth(best, doc, quotes, lexicon.speech)  # "..., which isn't true": the writer's
    best = without_according_tail(best, token, doc, quotes)  # "said X, according to court documents": X
    best = without_speakers_title(best, token, doc)  # "X, the Minister for Y, Senator Z announced": X
    best = without_speakers_conjunct(best, token, doc, quotes)  # "said X is sound and urged Y": X is sound
    best = without_refusal_conjunct(best, token, doc, quotes)  # "said X but would not comment on Y": X
    best = without_speaker_ellipsis(best, token, doc, quotes)  # "believe X, or at least they did before Y": X
    best = without_next_act(best, token, doc, quotes)  # "told X - and refused to reveal it": X
    best = without_missing_grounds(best, token, doc, quotes, lexicon.speech)  # "said X, without providing evidence": X
    best = without_speaker_including(best, token, doc, quotes, lexicon.person_nouns | lexicon.person_roles)  # "all denied X, including Y": X
    best = without_remark_appositive(best, token, doc, quotes)  # "said X, a claim not recognized ...": X
    best = without_however_clause(best, token, doc, quotes)  # "claims X, however, testimony contradicted her": X
    best = without_writers_first_person(best, token, doc, quotes)  # "claims X, although we would not rule out Y": X
    best = without_even_as_clause(best, token, doc, quotes)  # "is pledging X -- even as his rival closed in": X
    best = without_speakers_own_act(best, token, doc, quotes, lexicon.speech)  # "said X, although she laughed and ...": X
    best = without_saying_occasion(best, token, doc, quotes)  # 'claimed that “X” on Sunday during a trip': “X”
    best = without_spliced_saying(best, token, doc, quotes)  # "claimed that X, experts affirm that Y": X
    best = after_crossed_trailer(best, token, doc, quotes, lexicon.speech)  # "A, the Post said, while B, the Globe said": B
    best = before_next_trailer(best, token, doc, quotes, lexicon.speech)  # "A, X said, but B, Y added": A for X
    best = without_share_comparison(best, token, doc, quotes)  # "28 percent said X, compared with 33 percent": X
    best = without_fulfilment(best, token, doc, quotes)  # "asked for pizzas, which officers delivered": pizzas
    best = without_time_of_keeping(best, token, doc)  # "made good on a promise to X only after scrutiny": to X
    best = clause_after_at_the_time(reduced_relative_object(best, token), token)
    best = subordinate_clause_content(without_dateline(content_pointed_back(best, token, doc), doc), token, doc)
    best = quotation_before_bracket(best, token, quotes, doc)  # 'a "trivialized liturgy" (according to X)': the quotation
    best = quotation_of_tag(best, token, doc, quotes)  # '“A. B,” Hewitt said, according to a transcript': “A. B”
    best = whole_clause(best, token, doc)  # "Fundraising, according to the campaign, has surged": both sides
    best = clause_after_channel(best, token)  # "said in a statement issued Saturday that X": X
    best = without_time_of_saying(best, token)  # "said Tuesday the plant would close": not "Tuesday"
    best = without_writers_concession(best, token, doc, quotes)  # "Though X, Y, polls say": Y
    best = made_clear_content(best, token)  # "made it clear that Y": Y
    best = clause_after_manner(best, token, doc)  # "pointed out, with a side-by-side, that Y": Y
    best = without_cut_conjunct(best, doc)  # "accused X of Y and Infineon counter(-sued ...)": X of Y
    return content_before_closing_speaker(best, token)


def charge_content(best: Content, token: Token) -> Content:
    """ "Corbyn is accused by critics of promoting anti-Semitism": the parse hangs the charge on the agent
    ("critics of promoting ..."); what the critics say is the charge, "promoting anti-Semitism"."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    charge = charge_after_agent(pobj, token) if pobj is not None else None
    if charge is None:
        return best
    span = char_range(t for t in charge.subtree if t.i > charge.i)
    return best if span is None else Content("prep_obj", span[0], span[1])


def _aside_clause(best: Content, token: Token, lexicon: Lexicon) -> Content:
    """ "HP, as Gizmodo very recently explained, is a rare condition": the clause, not its subject (``participles``)."""
    if best.quote or best.parts or not cited_aside(token, lexicon.senses):
        return best
    parts = aside_clause(token)
    if parts is None or best.start <= token.head.head.idx < best.end:
        return best  # the content holds the main verb already
    return Content("head_ccomp", parts[0][0], parts[1][1], parts=parts)


def _without_object_participle(best: Content, token: Token, lexicon: Lexicon) -> Content:
    """ "echoed that sentiment saying X": the object is "that sentiment"; X is the participle's (``participles``)."""
    if best.kind != "child_dobj" or best.quote or best.parts:
        return best
    people = person_words(lexicon)
    for noun in (c for c in token.children if c.dep_ == "dobj"):
        if any(object_participle(p, lexicon.senses, lexicon.documents, people) is not None for p in noun.children):
            start, end = without_object_participle(best.start, best.end, noun)
            return best._replace(start=start, end=end)
    return best


def _cue_end(token: Token, content: Content) -> int:
    """Where the cue's words ("said in a statement") end."""
    words = cue_tokens(token, (content.start, content.end))
    return max(t.idx + len(t) for t in words)


def _whole_quote(best: Content, cands: Sequence[Content]) -> Content:
    """A content chosen inside a quotation is the whole quotation: a quote is cited whole."""
    if best.quote:
        return best
    holders = [c for c in cands if c.quote and c.start <= best.start and best.end <= c.end + 1]
    return max(holders, key=lambda c: c.end - c.start) if holders else best


def quote_set_off(best: Content, cands: Sequence[Content], text: str, token: Token | None = None,
                  speech: frozenset[str] = frozenset()) -> Content:
    """A clause that runs into a quotation set off by a dash or colon is the writer's; the quotation is the content.

    "Yet Sondland has already amended his testimony once — “I now do recall,” he said":
    what he said is the quotation, not the sentence around it. A partial quotation worked
    into the clause ("the economy is “very strong,” he said") has no dash and stays mixed.
    After the cue, another verb of saying before the colon takes the quotation: "rolled out
    a new message: “It's about me.”" and "hardly clarified the matter, treating her remark
    as a compliment: “...”" are the quotation, "said that X could be deployed, warning:
    “...”" is X (the quotation is the warning's).
    """
    if best.quote:
        return best
    for c in cands:
        if c.quote and best.start < c.start and c.end >= best.end - 1:
            gap = text[best.start:c.start].rstrip()
            if not gap.endswith(("—", "–", "--", ":")):
                continue
            if token is not None and c.start > token.idx:
                lead = token.doc.char_span(best.start, c.start, alignment_mode="contract")
                if lead is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in lead):
                    continue
            return c
    return best
