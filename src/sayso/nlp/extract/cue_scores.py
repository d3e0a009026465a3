"""How sure a cue is (``cue_score``), and when a cue the model doubts is kept anyway: a pattern named
outright (``strong_pattern``), a speech verb with its subject inside another content (``nested_speech``). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.advice import advised_telling
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content, cue_features
from sayso.nlp.extract.chains import passed_on
from sayso.nlp.extract.held_views import held_view
from sayso.nlp.extract.inner_trailers import inner_trailer
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.light_verbs import copular_clause, held_claim, light_verb_statement
from sayso.nlp.extract.made_clear import stated_clear
from sayso.nlp.extract.manner_clauses import manner_clause
from sayso.nlp.extract.naming import charge_frame, naming_frame
from sayso.nlp.extract.participle_clauses import participle_clause
from sayso.nlp.extract.participles import cited_aside
from sayso.nlp.extract.poll_findings import FINDING_VERBS, share_saying, shown_finding
from sayso.nlp.extract.presented_blocks import presented_block
from sayso.nlp.extract.quote_trailers import heard_saying, quote_trailer
from sayso.nlp.extract.quoted_reports import quoted_report
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.relative_reports import document_relative, reporting_subject
from sayso.nlp.extract.source_heads import compound_subject, source_head
from sayso.nlp.extract.transcripts import inline_turn, states_something, transcript_turn
from sayso.nlp.extract.verb_tags import FINITE_TAGS
from sayso.nlp.extract.wanted_answers import asked_question

NESTED_MIN_SCORE = 0.05
TAIL_REPORT_SCORE = 0.9  # the form is unmistakable; scored as a confident cue


def nested_speech(token: Token, lexicon: Lexicon) -> bool:
    """A verb of speech with its own subject: kept below the threshold when it sits inside another content."""
    return token.lemma_.lower() in lexicon.speech and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def cue_score(token: Token, cands: Sequence[Content], quotes: QuoteIndex, lexicon: Lexicon) -> float:
    """How sure the cue is: the trained cue model's score, raised to ``TAIL_REPORT_SCORE`` for the forms
    that are unmistakable whatever the model says."""
    p_cue = lexicon.cue_model.score(cue_features(token, quotes, cands))
    if (transcript_turn(token) or inline_turn(token, lexicon.colon_labels)) and any(
            states_something(token, c.end) for c in cands if c.kind == "colon_rest"):
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "TAPPER: Do you think ...": a turn of a transcript, its speaker named
    elif reporting_subject(token) is not None and token.lemma_.lower() in lexicon.speech:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "which Nissan claims is ...": the form is unmistakable
    elif quote_trailer(token, quotes, lexicon.speech) or heard_saying(token, quotes, lexicon.speech):
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # '“…,” Graham said.': so is this one
    elif asked_question(token, cands, quotes.text) is not None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # '“Why would they do that?” Issa wanted to know.': as plain as "asked"
    elif document_relative(token, lexicon.documents, lexicon.senses) is not None and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "a blog post that said ...": and this one (a speaker's own words are left to the model)
    elif document_tail(token, lexicon.documents) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "The plane was insured for $35 million, records show.": and this one
    elif share_saying(token) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "with 22 percent saying they would not support him": a poll's answer
    elif poll_finding(token, cands, lexicon) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "One poll shows Ted Cruz 16 points ahead": a poll's finding, as sure
    elif (light_verb_statement(token) or held_claim(token) or copular_clause(token) is not None) \
            and quotes.containing(token.idx) is None:
        # "Cruz made the claim that ...", "Trump's claim that ...", "His position is that ...": as sure as "Cruz
        # claimed that ..."
        p_cue = max(p_cue, TAIL_REPORT_SCORE)
    elif cited_aside(token, lexicon.senses) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "as Robert Spencer advises, there needs to be ...": the aside cites the clause
    elif held_view(token) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "Politicians are worried that ...": a view held, its holder and its clause
    elif naming_frame(token) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "branded the law a power grab": the name given is the subject's stance
    elif charge_frame(token) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "who have accused Rep. Keith Ellison of abusing them": the charge, as sure
    elif passed_on(token, lexicon.senses) is not None and quotes.containing(token.idx) is None:
        # "CNN reported that the FBI told lawmakers ...": the chain's inner report; inside a quotation the
        # speaker's own "we tell clients" or "at no point did we say" is left to the model
        p_cue = max(p_cue, TAIL_REPORT_SCORE)
    elif quoted_report(token, quotes, lexicon.person_roles | lexicon.person_nouns, lexicon.given_genders,
                       agency_of(lexicon).people):
        # '“Ambassador Sondland replied that he would do it,” Holmes testified': a named third party's report
        # inside the speaker's quotation, as plain as the speaker's own (``quoted_reports``)
        p_cue = max(p_cue, TAIL_REPORT_SCORE)
    elif inner_trailer(token, quotes, lexicon.person_roles | lexicon.person_nouns) is not None:
        # '“‘Take the guns first,’ Trump said.”': an inner quotation closed by its own trailer inside the outer one
        p_cue = max(p_cue, TAIL_REPORT_SCORE)
    elif presented_block(token, cands, lexicon.nouns) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "The bishops gave the following timeline:" and the paragraph below
    elif stated_clear(token, lexicon) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "Tehran has made it clear that ...": as plain as "Tehran stated that ..."
    elif advised_telling(token) and quotes.containing(token.idx) is None:
        p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "advised their citizens not to travel": as plain as "urged them to"
    elif participle_clause(token) is not None and quotes.containing(token.idx) is None:
        # "filed a motion informing Lee they intend ...": the clause the parse hung on "filed" (the model never sees
        # it as the participle's), as plain as "informed Lee they intend ..."
        p_cue = max(p_cue, TAIL_REPORT_SCORE)
    return p_cue


def poll_finding(token: Token, cands: Sequence[Content], lexicon: Lexicon) -> bool:
    """A finder's finding in the shape of a noun phrase among the candidates (``poll_findings.shown_finding``)."""
    if token.lemma_.lower() not in FINDING_VERBS:
        return False
    agency = agency_of(lexicon)
    return any(shown_finding(token, c, source_head(token, ((c.start, c.end),)), agency) for c in cands
               if c.kind in ("child_dobj", "dobj_plus", "child_ccomp"))


def strong_pattern(token: Token, cands: Sequence[Content], text: str) -> bool:
    """Patterns the issue names outright, kept whatever the model says:
    a cue noun with a that-clause ("the claim that ..."), and a passive with its agent
    ("was revealed by X"), and a verb of the manner of speaking with a that-clause ("scoffed that ...":
    ``manner_clause``; no such verb is in the lexicon the model learned)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return any(c.kind in ("child_acl", "child_ccomp") and text[c.start:c.start + 5].lower() == "that " for c in cands)
    return any(c.kind == "passive_subj" for c in cands) or manner_clause(token)


_TAIL_VERBS = frozenset({"show", "indicate", "reveal", "suggest", "say", "state", "allege", "confirm"})
_CLOSING = frozenset({".", ",", ";", "!", "?"})


def document_tail(token: Token, documents: frozenset[str]) -> bool:
    """ "The plane was insured for $35 million in 2011, records show.", "..., court filings say.": a verb of
    showing or saying set off after the clause it reports, its subject a document; the form is the
    writer's citation of the record (PolNeAR marks it). Only after a comma, with nothing of the verb's own
    after it: "records show a drop" has its own object, and "the photo shows a man" is no document."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TAIL_VERBS or token.tag_ not in FINITE_TAGS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None) or compound_subject(token)
    if subject is None or subject.pos_ not in ("NOUN", "VERB") or subject.i > token.i or \
            (subject.lemma_.lower() not in documents and subject.lower_ not in documents):
        return False
    doc = token.doc
    if subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in _CLOSING:
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < subject.i for c in token.children) or \
        token.dep_ in ("parataxis", "ccomp", "advcl") and token.head.i < subject.i

