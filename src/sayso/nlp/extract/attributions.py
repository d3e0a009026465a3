"""Find attributions in a parsed Doc: pure ``Doc -> list[Found]``, the Doc is not touched.

Every lexicon cue on the parse is scored by the trained cue model; for a cue that
passes, the trained content model picks the best candidate content (a clause, object,
prepositional phrase, the clause around "according to", a quote beside the cue, or a
quote pair split by it), and the source is read off the parse (subject, passive agent,
"according to X", or the subject of the clause the cue hangs from).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract import (
    acts,
    circumstances,
    filters,
    non_statements,
    np_stances,
    senses,
    writers_crowds,
    writers_verdicts,
    writers_voice,
)
from sayso.nlp.extract.according_forms import content_pointed_back, issued_finding, without_dateline
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import (
    SUBJ_DEPS,
    Content,
    char_range,
    content_candidates,
    content_features,
    cue_features,
    cue_tokens,
    is_cue_candidate,
)
from sayso.nlp.extract.chains import passed_on, quoted_as_saying
from sayso.nlp.extract.closing_speakers import content_before_closing_speaker, subject_before_closing_cue
from sayso.nlp.extract.contents import (
    clause_after_at_the_time,
    clause_after_participle_addressee,
    joined_to_content,
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
from sayso.nlp.extract.continuations import continuation_quotes, quote_after_statement, split_at_paragraphs
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.embedded_posts import signed_attributions
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.implicit_sources import channel_sender, reduced_relative_head
from sayso.nlp.extract.inverted_cues import inverted_cues
from sayso.nlp.extract.label_lines import note_label
from sayso.nlp.extract.lead_quotes import quotes_before_cue
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.medium import medium_of
from sayso.nlp.extract.noun_cues import root_noun_cues
from sayso.nlp.extract.one_statement import one_statement
from sayso.nlp.extract.opening_phrases import subject_after_opening_phrase
from sayso.nlp.extract.participles import (
    aside_clause,
    cited_aside,
    object_participle,
    past_aside,
    without_object_participle,
)
from sayso.nlp.extract.quote_contents import (
    pair_split_by_cue_only,
    participle_own_clause,
    quotation_after_colon,
    quote_opening_content,
    resumed_after_cue,
)
from sayso.nlp.extract.quote_trailers import heard_saying, quote_trailer
from sayso.nlp.extract.quotes import QuoteIndex, is_nominal_quote
from sayso.nlp.extract.relative_reports import document_participle, document_relative, reporting_subject
from sayso.nlp.extract.role_tails import name_before_role
from sayso.nlp.extract.source_spans import DASHES, charge_after_agent, source_extent, without_box_label
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS
from sayso.nlp.extract.subordinate import own_clause_before_colon, subordinate_clause_content
from sayso.nlp.extract.surname_subjects import misparsed_surname
from sayso.nlp.extract.tail_reports import tail_reports
from sayso.nlp.extract.words_of import words_of

NESTED_MIN_SCORE = 0.05


def find_attributions(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, *, headings: Sequence[Range] = ()) -> list[Found]:
    """Every attribution of the Doc; ``headings`` are character ranges of headings (no cue there counts)."""
    found: list[Found] = []
    nested: list[Found] = []  # speech cues below the threshold, kept if inside another content
    for token in doc:
        if not is_cue_candidate(token, lexicon):
            continue
        cands = content_candidates(token, quotes)
        if not cands or not_speech(token, lexicon):
            continue
        p_cue = lexicon.cue_model.score(cue_features(token, quotes, cands))
        if reporting_subject(token) is not None and token.lemma_.lower() in lexicon.speech:
            p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "which Nissan claims is ...": the form is unmistakable
        elif quote_trailer(token, quotes, lexicon.speech) or heard_saying(token, quotes, lexicon.speech):
            p_cue = max(p_cue, TAIL_REPORT_SCORE)  # '“…,” Graham said.': so is this one
        elif document_relative(token, lexicon.documents, lexicon.senses) is not None and quotes.containing(token.idx) is None:
            p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "a blog post that said ...": and this one (a speaker's own words are left to the model)
        elif cited_aside(token, lexicon.senses) and quotes.containing(token.idx) is None:
            p_cue = max(p_cue, TAIL_REPORT_SCORE)  # "as Robert Spencer advises, there needs to be ...": the aside cites the clause
        elif passed_on(token, lexicon.senses) is not None and quotes.containing(token.idx) is None:
            # "CNN reported that the FBI told lawmakers ...": the chain's inner report; inside a quotation the
            # speaker's own "we tell clients" or "at no point did we say" is left to the model
            p_cue = max(p_cue, TAIL_REPORT_SCORE)
        weak = p_cue < lexicon.cue_model.threshold and not _strong_pattern(token, cands, quotes.text)
        if weak and not (p_cue >= NESTED_MIN_SCORE and _nested_speech(token, lexicon)):
            continue
        aside = _subject_before_aside(token)
        if aside is not None:  # "The mayor, asked whether ..., said": the speaker and the aside are not what was said
            cands = [c for c in cands if not c.start <= aside.idx < c.end] or cands
        best = shape_content(pick_content(token, cands, quotes, lexicon), cands, token, doc, quotes, lexicon)
        if _object_only(token, best, lexicon) or not_a_statement(token, best, doc, quotes, lexicon, headings):
            continue
        f = _build(token, best, quotes, p_cue, lexicon)
        if token.pos_ in ("NOUN", "PROPN") and best.kind == "prep_obj" and f.source is None:
            continue  # "the promise of spring": a cue noun with neither a clause nor a speaker
        if weak:
            if best.kind in ("child_ccomp", "quote_before", "quote_after", "quote_pair", "quote_pair_next"):
                if token.head.lemma_.lower() in _HEDGE_VERBS and token.dep_ in ("ccomp", "xcomp"):
                    found.append(f)  # "it appears that X confirmed ...": the hedge is marked, X's cue stands
                else:
                    nested.append(f)
            continue
        found.append(f)
    found += [n for n in nested if any(f.content[0] <= n.cue[0] < f.content[1] for f in found)]
    found += _tail_reports(doc, quotes, lexicon, found)
    found += _words_of(doc, quotes, found)
    found = _inverted(doc, quotes, lexicon, found)
    found = split_at_paragraphs(_fold_statement_nouns(_dedupe(quotes.text, found), doc), quotes.text)
    found += continuation_quotes(found, quotes, lexicon.colon_labels)
    found += quote_after_statement(found, quotes)
    found = signed_attributions(doc, quotes_before_cue(found, quotes))
    return sorted(one_statement(found), key=lambda f: (f.content[0], f.cue[0]))


def pick_content(token: Token, cands: Sequence[Content], quotes: QuoteIndex, lexicon: Lexicon) -> Content:
    """The candidate the content model scores best, unless the form names the content outright."""
    def score(c: Content) -> float:
        return lexicon.content_model.score(content_features(token, c, quotes))

    best = own_clause_before_colon(max(cands, key=score), cands, token, quotes.text)
    if inverted_object_subject(token, lexicon.speech) is not None:  # "X was known for ..., said another witness"
        best = next((c for c in cands if c.kind == "child_ccomp" and c.end <= token.idx), best)
    if not (token.lemma_.lower() in _RECIPIENT_VERBS and best.kind == "child_ccomp"):
        best = next((c for c in cands if c.kind == "passive_subj"), best)  # "X was revealed by Y": X
    best = charge_content(best, token)  # "X is accused by critics of promoting Y": promoting Y
    if reporting_subject(token) is not None:  # "which Nissan claims is the safest": the clause's rest
        best = next((c for c in cands if c.kind == "head_relcl"), best)
    best = participle_own_clause(_whole_quote(best, cands), cands, token, lexicon.speech)
    if pair_split_by_cue_only(best, token):  # "“A” and added, “B”": B alone, or what else the cue takes
        best = max((c for c in cands if not c.parts), key=score, default=best)
    return best


def shape_content(best: Content, cands: Sequence[Content], token: Token, doc: Doc, quotes: QuoteIndex,
                  lexicon: Lexicon) -> Content:
    """The chosen content with its edges moved where the parse cut them wrong (``contents``, ``quote_contents``):
    first which quotation it is, then what it joins or sheds, in this order."""
    best = quote_set_off(best, cands, quotes.text, token, lexicon.speech)
    best = _without_object_participle(best, token, lexicon)
    best = _aside_clause(best, token, lexicon)
    best = quote_opening_content(best, cands, quotes.text, _cue_end(token, best))
    best = quotation_after_colon(best, quotes.text, _cue_end(token, best), quotes)
    best = without_cue_conjunct(best, token, doc)
    best = relative_clause_with_its_noun(best, token, doc)
    best = object_with_its_infinitive(best, cands, token, doc)
    best = resumed_after_cue(best, token, _cue_end(token, best), quotes)
    best = without_next_saying(best, token, doc, quotes, lexicon.speech)
    best = subject_object(joined_to_content(best, token, doc), token, doc)
    best = clause_after_participle_addressee(told_that(best, token, _RECIPIENT_VERBS), token, _RECIPIENT_VERBS)
    best = through_glued_negation(best, token, doc)
    best = without_writers_aside(best, doc, quotes)
    best = clause_after_at_the_time(reduced_relative_object(best, token), token)
    best = subordinate_clause_content(without_dateline(content_pointed_back(best, token, doc), doc), token, doc)
    return content_before_closing_speaker(best, token)


TAIL_REPORT_SCORE = 0.9  # the form is unmistakable; scored as a confident cue


def _tail_reports(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: Sequence[Found]) -> list[Found]:
    """", a new study reports." with "reports" tagged a noun (``tail_reports``), "The group state that ..." with
    "state" read as the head noun (``noun_cues``), where no cue found the clause."""
    out = []
    for t in [*tail_reports(doc, lexicon.verbs), *root_noun_cues(doc, lexicon.verbs)]:
        if any(overlaps(f.content, t.content) for f in found):
            continue
        content = Content("head_ccomp", *t.content)
        first, head = t.source
        out.append(Found(kind=kind_of(content, quotes, quotes.text), content=t.content, cue=(t.cue.idx, t.cue.idx + len(t.cue)),
                         source=(first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=t.cue.i,
                         medium=medium_of(t.cue, [t.cue], head, lexicon.media, lexicon.documents)))
    return out


def _words_of(doc: Doc, quotes: QuoteIndex, found: Sequence[Found]) -> list[Found]:
    """ "In the words of X: “…”", "In X's words, “…”" (``words_of``), where no cue found the quotation."""
    out = []
    for w in words_of(doc, quotes):
        if any(overlaps(f.content, w.content) for f in found):
            continue
        first, last = w.cue
        src_first, head = w.source
        content = Content("quote_after", *w.content, quote=True)
        out.append(Found(kind=kind_of(content, quotes, quotes.text), content=w.content, cue=(first.idx, last.idx + len(last)),
                         source=(src_first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=last.i, medium="unknown"))
    return out


def _inverted(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: list[Found]) -> list[Found]:
    """ "Said Smith: “…”", "“…” — Smith, in a statement", "“…,” came the reply from X" (``inverted_cues``).

    The frame's speaker replaces what a cue inside the frame made of it (a colon cue reading
    "Said Smith" as a name, "statement" with no speaker); a quotation another cue outside the
    frame already claims is left to it.
    """
    out = list(found)
    for inv in inverted_cues(doc, quotes, lexicon.media):
        if inv.cue[0] < inv.content[0]:
            frame = (inv.cue[0], inv.content[0])  # "Said Smith: " up to the quotation
        else:
            frame = (inv.content[1], max(inv.cue[1], inv.source.end_char) + 1)
        claims = [f for f in out if overlaps(f.content, inv.content)]
        kept: list[Found] = []
        for f in claims:
            if frame[0] <= f.cue[0] < frame[1] or f.source is None:
                continue  # the frame's own words, misread: "Said Smith" as a name, "statement" with no speaker
            rest = tuple(p for p in f.parts if not overlaps(p, inv.content))
            if not f.parts or not rest:
                break  # '“…,” he said. — Smith': the quotation has its cue already
            kept.append(_without_part(f, rest))  # '“Why?” X asked. “Never,” came the reply from Y': X keeps "Why?"
        else:
            out = [f for f in out if f not in claims] + kept
            head = inv.source.root
            cue_tok = doc.char_span(inv.cue[0], inv.cue[1], alignment_mode="expand")
            out.append(Found(kind="direct", content=inv.content, cue=inv.cue,
                             source=(inv.source.start_char, inv.source.end_char), source_head=head.i, addressee=None,
                             addressee_head=None, score=TAIL_REPORT_SCORE,
                             cue_head=cue_tok.root.i if cue_tok is not None else head.i, medium=inv.medium))
    return out


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


def _without_part(f: Found, rest: tuple[Range, ...]) -> Found:
    """``f`` with its content cut to the parts ``rest`` (one part is a plain content)."""
    content = (rest[0][0], rest[-1][1])
    return f._replace(content=content, parts=rest if len(rest) > 1 else ())


def not_a_statement(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon,
                    headings: Sequence[Range] = ()) -> bool:
    """Only statements and stances are attributions (``filters``): the cue and content fail one test."""
    text = quotes.text
    return (
        filters.np_content_not_reported(token, content, doc, quotes, lexicon.non_statement, lexicon.topic_verbs)
        or np_stances.stance_on_a_thing(token, content, doc, quotes, proposition_nouns=lexicon.proposition_nouns,
                                        propositional_verbs=lexicon.propositional_verbs,
                                        intention_nouns=lexicon.intention_nouns,
                                        announcing_verbs=lexicon.announcing_verbs, person_verbs=lexicon.person_verbs,
                                        agency=agency_of(lexicon))
        or circumstances.circumstance_content(token, content, doc)
        or np_stances.relative_clause_content(token, content, doc)
        or acts.means_not_content(token, content, doc)
        or acts.enacted(token)
        or acts.participle_label(token)
        or acts.said_without(token)
        or acts.target_not_content(token, content, doc, quotes)
        or filters.declined_to_comment(token, content, doc)
        or filters.passive_without_agent(token, content)
        or filters.discourse_said(token)
        or filters.looks_like(token)
        or filters.boilerplate(token, text, lexicon.colon_labels)
        or filters.heading_or_list_item(token, text, headings)
        or (token.text == ":" and (note_label(token) or colon_dateline(token)))
        or filters.link_list_item(token, text)
        or filters.labelled_title_line(token, text)
        or filters.adjunct_pp_content(token, content, doc)
        or filters.topic_of_noun(token, content, doc)
        or filters.called_in(token, lexicon.documents)
        or filters.reflexive_act(token, content, doc)
        or filters.legal_plea(token)
        or filters.impersonal_infinitive(token)
        or filters.received_speech(token)
        or filters.according_to_channel(token, content, doc, lexicon.documents)
        or _shown_not_said(token, content, doc, quotes, lexicon)
        or non_statements.question_not_answered(token, content, doc, lexicon.assertive)
        or non_statements.reader_aside(token)
        or non_statements.physical_find(token, content, doc)
        or non_statements.definition_without_predicate(token)
        or non_statements.agreed_to_act(token, content, doc, lexicon.senses)
        or _authors_voice(token, content, doc, quotes)
        or _writers_voice(token, content, doc, quotes, lexicon)
        or non_statements.instrument_subject(token, source_head(token, ((content.start, content.end),)), content,
                                             lexicon.measurements)
        or senses.not_a_statement_by_sense(token, content, doc, _subject(token, content, lexicon), lexicon)
    )


def _subject(token: Token, content: Content, lexicon: Lexicon) -> Token | None:
    """Who holds the cue for the sense rules: the document a relative pronoun stands for ("a report that
    found ..."), else the parse's source."""
    return document_relative(token, lexicon.documents, lexicon.senses) or source_head(token, ((content.start, content.end),))


def _authors_voice(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """A generic subject ("no one knows ..."), the reader as subject ("perhaps you'd like to ..."), the author addressing the reader ("We'd like to hear what you
    think") or stating its own findings ("We found the battery lasts ...")."""
    subject = source_head(token, ((content.start, content.end),))
    return (non_statements.generic_subject(subject)
            or non_statements.reader_as_subject(subject, quotes)
            or non_statements.reader_address(token, subject, filters.content_span(doc, content), quotes)
            or non_statements.authors_own_voice(token, content, subject, quotes))


def _writers_voice(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> bool:
    """The writer's supposition, question or idiom (``writers_voice``) or its verdict on words it does not
    report (``writers_verdicts``), dressed as someone's words."""
    subject = source_head(token, ((content.start, content.end),))
    return (writers_voice.hypothetical_speech(token, subject, quotes)
            or writers_voice.writers_question(token, content, quotes)
            or writers_voice.generic_act(token, quotes)
            or writers_voice.set_phrase(token, quotes)
            or writers_voice.generic_one(subject, token)
            or writers_voice.he_said_she_said(token, quotes)
            or writers_voice.lets(token, quotes)
            or writers_crowds.told_to_the_reader(token, quotes)
            or writers_crowds.casual_search(subject)
            or writers_crowds.generic_agent(token, quotes)
            or writers_crowds.generic_belief(token, subject, lexicon.sense_of(token.lemma_), quotes)
            or writers_voice.imperative(token, quotes)
            or writers_verdicts.characterized_not_reported(token, content, doc)
            or writers_verdicts.imagined_or_attempted(token, lexicon.senses)
            or writers_verdicts.according_as_manner(token)
            or writers_verdicts.told_the_truth(token, content)
            or writers_verdicts.route_not_speaker(token))


def _shown_not_said(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> bool:
    if token.lemma_.lower() not in lexicon.evidence:
        return False  # the subject and the speaker nouns are looked up only for verbs of evidence
    bodies = frozenset(g.lower() for g in lexicon.governments if " " not in g)  # "the ministry", "police"
    people = lexicon.person_roles | lexicon.anonymous | lexicon.groups | ORG_NOUNS | OUTLET_NOUNS | bodies
    subject = source_head(token, ((content.start, content.end),))
    return (non_statements.shown_by_deeds(token, content, lexicon.evidence, subject, people, lexicon.documents)
            or non_statements.evidence_not_statement(token, content, doc, quotes, lexicon.evidence, subject,
                                                     people | lexicon.documents))


def _nested_speech(token: Token, lexicon: Lexicon) -> bool:
    return token.lemma_.lower() in lexicon.speech and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


_HEDGE_VERBS = ("appear", "seem")
_ANONYMITY = ("name", "identify", "identified", "named")
_HYPOTHETICAL_HEADS = ("dare", "tempt", "afford")


def not_speech(token: Token, lexicon: Lexicon | None = None) -> bool:
    """Cues that read as attributions but are not.

    "it appears that", "X seems to believe" (hedges, marked as such, never cues);
    "who asked not to be named" (a condition of anonymity); hypothetical speech: "they
    have every incentive to claim", "it is easy to claim", "nobody would dare to say";
    "according to plan" (no one is cited); "the statement was posted" (a passive with
    neither an agent nor a clause).
    """
    lem = token.lemma_.lower()
    if lem in _HEDGE_VERBS:
        return True
    if lexicon is not None and colon_label(token, lexicon.colon_labels):
        return True  # "Warning: the road is closed": a label, not a speaker's word
    if token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in SUBJ_DEPS for c in token.children) \
            and all(t.is_punct or t.pos_ in ("ADV", "INTJ") for t in token.sent[: token.i - token.sent.start]):
        return True  # an imperative: "Note: the office is closed"
    if lem == "ask" and any(c.dep_ == "xcomp" and any(g.lemma_.lower() in _ANONYMITY for g in c.subtree) and any(g.dep_ == "neg" for g in c.subtree) for c in token.children):
        return True
    if token.dep_ in ("relcl", "acl") and token.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "every reason to claim", "the temptation to say": no one says it
    documents = lexicon.documents if lexicon is not None else frozenset()
    if token.dep_ in ("xcomp", "acl") and token.head != token and \
            document_participle(token, documents, lexicon.senses if lexicon is not None else {}) is None and \
            (lexicon is None or object_participle(token, lexicon.senses, documents, _people(lexicon)) is None):
        head = token.head
        if head.pos_ in ("NOUN", "ADJ") and not any(c.dep_ == "poss" for c in head.children):
            return True
        if head.lemma_.lower() in _HYPOTHETICAL_HEADS:
            return True
    if token.lower_ == "according" and token.i + 1 < len(token.doc):
        pobj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
        if pobj is not None and not issued_finding(pobj, lexicon.documents if lexicon else frozenset()) and (
                pobj.lemma_.lower() in (lexicon.not_sources if lexicon else ())
                or pobj.lower_ in (lexicon.measurements if lexicon else ())
                or (pobj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in pobj.children))):
            return True  # "according to plan", "according to the timetable", "according to data from X" (figures say nothing)
    if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
        has_agent = any(c.dep_ == "agent" for c in token.children)
        has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        if not has_agent and not has_clause:
            return True
    return False


def colon_label(token: Token, labels: frozenset[str]) -> bool:
    """ "Warning: the road is closed", "UPDATE: ...": a label word and a colon at the head of a line.

    Inside a sentence the same word with a colon is a verb introducing its quotation: "Liu
    said the army could be deployed, warning: “They are already there.”"
    """
    if token.lower_ not in labels or token.i + 1 >= len(token.doc) or token.nbor().text != ":":
        return False
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return not any(ch.isalnum() for ch in text[line_start:token.idx])


def _strong_pattern(token: Token, cands: Sequence[Content], text: str) -> bool:
    """Patterns the issue names outright, kept whatever the model says:
    a cue noun with a that-clause ("the claim that ..."), and a passive with its agent
    ("was revealed by X")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return any(c.kind in ("child_acl", "child_ccomp") and text[c.start:c.start + 5].lower() == "that " for c in cands)
    return any(c.kind == "passive_subj" for c in cands)


def _object_only(token: Token, content: Content, lexicon: Lexicon) -> bool:
    """ "published its budget": verbs that attribute only with a clause or a quote."""
    return content.kind == "child_dobj" and token.lemma_.lower() in lexicon.object_only


def _fold_statement_nouns(found: list[Found], doc: Doc) -> list[Found]:
    """ "said in a statement that X": one attribution, cued by "said", content X.

    The parse often hangs the that-clause on "statement"; the noun's content moves to the
    verb and the noun is dropped. A content the noun found further on (a quotation inside
    the verb's clause: "said in a statement that it chose ... because of the “short-term”
    stays") is not the noun's clause: the verb keeps its own.
    """
    by_head = {f.cue_head: f for f in found}
    drop: set[int] = set()
    out = []
    for f in found:
        token = doc[f.cue_head]
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.dep_ == "prep":
            verb = by_head.get(token.head.head.i)
            if verb is not None:
                drop.add(f.cue_head)
                follows = f.content[0] - (token.idx + len(token)) <= 2  # the noun's own clause, not a quote further on
                if follows and verb.content[0] <= f.content[0] and f.content[1] <= verb.content[1]:
                    by_head[verb.cue_head] = verb._replace(content=f.content, parts=f.parts, kind=f.kind)
    for f in found:
        if f.cue_head not in drop:
            out.append(by_head.get(f.cue_head, f))
    return out


def _aside_clause(best: Content, token: Token, lexicon: Lexicon) -> Content:
    """ "HP, as Gizmodo very recently explained, is a rare condition": the clause, not its subject (``participles``)."""
    if best.quote or best.parts or not cited_aside(token, lexicon.senses):
        return best
    parts = aside_clause(token)
    if parts is None or best.start <= token.head.head.idx < best.end:
        return best  # the content holds the main verb already
    return Content("head_ccomp", parts[0][0], parts[1][1], parts=parts)


def _people(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.person_roles | lexicon.anonymous | lexicon.groups


def _without_object_participle(best: Content, token: Token, lexicon: Lexicon) -> Content:
    """ "echoed that sentiment saying X": the object is "that sentiment"; X is the participle's (``participles``)."""
    if best.kind != "child_dobj" or best.quote or best.parts:
        return best
    people = _people(lexicon)
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


def _build(token: Token, content: Content, quotes: QuoteIndex, score: float, lexicon: Lexicon) -> Found:
    cue_words = cue_tokens(token, (content.start, content.end))
    cue = char_range(cue_words)
    assert cue is not None
    content_ranges = content.parts or ((content.start, content.end),)
    src_tok = object_participle(token, lexicon.senses, lexicon.documents, _people(lexicon)) or source_head(token, content_ranges)
    if src_tok is not None and src_tok.dep_ == "nsubj":
        src_tok = name_before_role(src_tok) or src_tok  # "Christine South, head of IFRC's (...) operations, said"
    source = None
    if src_tok is not None:
        src_words, src_tok = source_extent(src_tok, cue=token, content=content_ranges, roles=lexicon.person_roles)
        source = char_range(without_box_label(src_words, lexicon.colon_labels))
    addr_tok = addressee_head(token)
    addressee = char_range(_np_tokens(addr_tok)) if addr_tok is not None else None
    if addressee is not None and any(overlaps(addressee, part) for part in content_ranges):
        # within a content's parts only: '"A," Smith told the BBC. "B."' keeps the BBC between them
        addressee, addr_tok = None, None
    return Found(
        kind=kind_of(content, quotes, quotes.text),
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


def kind_of(content: Content, quotes: QuoteIndex, text: str = "") -> str:
    """direct: the content is a quotation; mixed: it holds one; indirect: neither.

    Scare-quoted words ("another “atrocity”") do not make a content mixed.
    """
    near = quotes.overlapping(content.start, content.end)
    if text:
        near = [q for q in near if not is_nominal_quote(text, q)]
    length = content.end - content.start
    covered = sum(max(0, min(q.end, content.end) - max(q.start, content.start)) for q in near)
    if content.quote or (length and covered >= 0.9 * length):
        return "direct"
    if covered:
        return "mixed"
    return "indirect"


def source_head(token: Token, content: Sequence[Range] = ()) -> Token | None:
    """The head word of the cue's source, or None where the parse names none.

    A subject found inside the content (a parse that reads the quote's first words as
    the subject of "said") is replaced by the noun phrase beside the cue.
    """
    head = _source_head(token)
    if head is not None and any(s <= head.idx < e for s, e in content):
        head = _adjacent_subject(token, content)
    return head


def _adjacent_subject(token: Token, content: Sequence[Range]) -> Token | None:
    """The noun phrase right before ("..., X said") or after ("..., said X") the cue."""
    sent = token.sent
    outside = [t for t in sent if not any(s <= t.idx < e for s, e in content)]
    left = [t for t in outside if t.i < token.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    if left and token.i - left[-1].i <= 3:
        return left[-1]
    right = [t for t in outside if t.i > token.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    if right and right[0].i - token.i <= 4:
        tok = right[0]
        while tok.head != tok and tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i > tok.i:
            tok = tok.head
        return tok
    return None


def _object_of(token: Token, dep: str, word: str | None = None) -> Token | None:
    """The object of the cue's ``dep`` child: "by X" (agent), "to X", "according to X"."""
    for child in token.children:
        if child.dep_ == dep and (word is None or child.lower_ == word):
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def dateline(token: Token) -> bool:
    """ "BERLIN -- The European Space Agency says ...", "BERLIN (AP) — ...": a place in capitals opening
    its line, set off by a dash, that the parse made a second subject of the cue; the story's place, no source."""
    doc = token.doc
    lo, hi = token.left_edge.i, token.right_edge.i
    if lo > 0 and "\n" not in doc[lo - 1].whitespace_ and "\n" not in doc[lo - 1].text:
        return False
    if not (token.is_alpha and token.text.isupper() and len(token) > 1):
        return False
    return any(t.text in DASHES for t in doc[lo:min(hi + 2, len(doc))])


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def colon_dateline(token: Token) -> bool:
    """ "NEW DELHI: Their American dream shattered, ...", "LONDON (Reuters): ...": a place in capitals opening
    the line before a colon is the story's dateline, not a speaker. A transcript's "PENCE: Well, I think ..."
    stays: its labels recur, name a person, or open words in the first or second person.
    """
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    first = token.i
    while first > 0 and doc[first - 1].idx >= line_start and token.i - first < 12:  # the label's tokens, walked back
        first -= 1
    if first > 0 and doc[first - 1].idx >= line_start:
        return False  # a long run of words before the colon: no dateline
    label = doc[first:token.i]
    words = [t for t in label if t.is_alpha and t.lower_ not in _WIRES]
    if not words or len(words) > 4 or not all(t.is_upper and len(t) > 1 for t in words):
        return False
    if any(t.ent_type_ == "PERSON" for t in words):
        return False
    if any(t.ent_type_ in _PLACES for t in words):
        return True
    head = text[line_start:token.idx].strip()
    if text.count("\n" + head + ":") + (text.startswith(head + ":")) > 1:
        return False  # a label that recurs: a transcript's speaker
    line_end = text.find("\n", token.idx)
    after = doc.char_span(token.idx + 1, len(text) if line_end < 0 else line_end, alignment_mode="expand")
    return after is not None and not any(t.lower_ in _FIRST_SECOND for t in after)


_FIRST_SECOND = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
_WIRES = frozenset({"reuters", "ap", "afp", "ians", "pti", "ani", "upi", "xinhua", "bloomberg"})


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
    quoted = quoted_as_saying(token)
    if quoted is not None:
        return quoted  # "Reuters quoted a spokesman as saying": the spokesman, not Reuters
    speaker = reporting_subject(token)
    if speaker is not None:
        return speaker  # "which Nissan claims is ...": Nissan, not the relative pronoun
    passive = any(c.dep_ == "auxpass" for c in token.children)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and not passive)]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not dateline(c)] or subjects
    if subjects:
        return subjects[0]
    surname = misparsed_surname(token)
    if surname is not None:
        return surname  # '..., says Early.': a known person's surname the parse read as an adverb
    inverted = inverted_object_subject(token)
    if inverted is not None:
        return inverted
    aside = _subject_before_aside(token)
    if aside is not None:
        return aside
    opening = subject_after_opening_phrase(token) or subject_before_closing_cue(token)
    if opening is not None:
        return opening  # "In a statement ..., Franken's office said", "..., a statement of facts said."
    if passive:
        return channel_sender(token)  # "X was accused of ...": the accuser is not named, unless the channel names him
    if token.pos_ in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ == "poss":
                return child
        by = _object_of(token, "prep", "by")
        if by is not None:
            return by
        # "the Council issued a statement", "said in a statement": the governing verb's subject
        gov = token.head
        if token.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if token.dep_ in ("dobj", "pobj") and gov.pos_ in ("VERB", "AUX") and not _undergoes(gov):
            return next((c for c in gov.children if c.dep_ in ("nsubj", "csubj")), None)
    if token.dep_ in ("relcl", "acl") and token.head != token and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return token.head
    if token.tag_ == "VBG" and token.dep_ == "advcl":
        subj = participle_subject(token)
        if subj is not None:
            return subj
    head = token
    for _ in range(4):
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head = head.head  # "by saying", "before asking": up through the preposition
        if head.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "parataxis", "prep") or head.head == head:
            break
        head = head.head
        for child in head.children:
            if child.dep_ in SUBJ_DEPS:
                return child
    return None


def inverted_object_subject(token: Token, speech: frozenset[str] | None = None) -> Token | None:
    """ "Sondland was known for ..., said another witness in the probe, Fiona Hill.": the speaker after "said",
    which the parse often reads as its object when the phrase is long.

    A verb of saying that takes no addressee for its object ("said", "added", "wrote"; not "told",
    "asked"), with a comma before it, the clause it reports before that, no subject, and a noun
    phrase right after it: that noun phrase is the subject, inverted.
    """
    if (speech is not None and token.lemma_.lower() not in speech) or token.lemma_.lower() in _RECIPIENT_VERBS:
        return None
    if token.pos_ != "VERB" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJ_DEPS for c in token.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.left_edge.i != token.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj


def _subject_before_aside(token: Token) -> Token | None:
    """ "Smith, asked about the plan, said: ...": the parse hangs the speaker on the participle set off
    by commas between it and the cue (tagged a past tense as often as a participle); the subject
    right before that aside, comma between, is the cue's own."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return None
    for child in token.children:
        if child.i < token.i and child.tag_ in ("VBN", "VBD") and child.dep_ in ("ccomp", "advcl", "acl") \
                and child.i > 1 and doc[child.i - 1].text == ",":
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == child.i - 2), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                return subj
    return None


_EMBEDDED = ("ccomp", "relcl", "acl", "xcomp", "pcomp", "pobj", "dobj", "prep")


def participle_subject(token: Token) -> Token | None:
    """Whose act a trailing participle ("..., accusing X of ...", "..., vowing to ...") reports.

    The parse hangs it on the nearest verb. When that verb is a reported clause ("X said Y
    were behind it, vowing to ...") the participle is the reporter's: up through the
    complement clauses to the verb that reports them; likewise out of a relative clause
    ("defending an architect who said ..., saying ..."). Otherwise it is that verb's own
    subject ("after Swift scolded her label, accusing it of ..."), or the noun a reduced
    relative clause describes ("The group, X, formed ... and sent a letter ..., stating").
    With no subject there, the sentence's subject before the participle.
    """
    verb = past_aside(token.head)  # "Locals protested ..., as Breitbart News reported, demanding": the locals
    while verb.head != verb and (verb.dep_ in _EMBEDDED or verb.pos_ not in ("VERB", "AUX")):
        verb = verb.head  # out of the reported or relative clause: "an architect who said ..., saying"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is not None and subj.i < token.i:
        return subj
    doer = reduced_relative_head(verb)
    if doer is not None:
        return doer
    root = token.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
    return subj if subj is not None and root.i < token.i else None


# Verbs whose subject meets or causes a statement rather than makes it: "the migration crisis
# prompted a recognition that ...", "Clinton is seizing a report that ...", "X faces criticism".
_UNDERGO_VERBS = frozenset({
    "lead", "cause", "prompt", "spark", "trigger", "draw", "face", "receive", "get", "seize", "cite", "ignore",
    "dismiss", "reject", "deny", "read", "see", "hear", "follow",
})  # not "raise", "bring": "Democrats raised questions" are the Democrats' questions


def _undergoes(verb: Token) -> bool:
    return verb.lemma_.lower() in _UNDERGO_VERBS


_RECIPIENT_VERBS = ("tell", "ask", "inform", "assure", "warn", "remind", "brief", "urge")


def addressee_head(token: Token) -> Token | None:
    """Whom the cue addresses: "told Y", "said to Y", "asked Y"."""
    lem = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "dative":
            if child.pos_ == "ADP":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
            return child
        if child.dep_ == "dobj" and lem in _RECIPIENT_VERBS:
            return child
        if child.dep_ == "nsubjpass" and lem in _RECIPIENT_VERBS and any(c.dep_ == "auxpass" for c in token.children):
            return child  # "Employees were told that ...", "We've been told": the passive subject is told
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to" and lem in ("say", "write", "explain", "speak", "complain", "talk"):
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and token.head.i < token.i and token.head.lemma_.lower() in _RECIPIENT_VERBS:
        return addressee_head(token.head)  # "he told the BBC, adding that ...": the twin is said to the BBC too
    return None


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its subtree, less trailing relative clauses and punctuation."""
    toks = [t for t in head.subtree]
    cut = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    if cut:
        stop = min(c.left_edge.i for c in cut)
        toks = [t for t in toks if t.i < stop]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks or [head]


def _dedupe(text: str, found: list[Found]) -> list[Found]:
    """Two cues claiming the same content keep the better one; order by position.

    Of two cues before it, the one that introduces the content right before it (only a colon or comma
    between them) is the better one whatever the scores: 'this newspaper published a petition which
    states: “…”' is the petition's statement, not the newspaper's. A cue after the content ('“…,” Rep.
    DeSantis told The Hill') is weighed by score as before: it names who spoke.
    """
    best: dict[Range, Found] = {}
    for f in found:
        cur = best.get(f.content)
        if cur is None:
            best[f.content] = f
        elif f.cue[1] <= f.content[0] and cur.cue[1] <= cur.content[0] and _introduces(text, f) != _introduces(text, cur):
            best[f.content] = f if _introduces(text, f) else cur
        elif f.score > cur.score:
            best[f.content] = f
    return sorted(best.values(), key=lambda f: (f.content[0], f.cue[0]))


def _introduces(text: str, f: Found) -> bool:
    """Whether ``f``'s cue stands right before its content, a colon or comma between them."""
    return f.cue[1] <= f.content[0] and text[f.cue[1]:f.content[0]].strip() in (":", ",")
