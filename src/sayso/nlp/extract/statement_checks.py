"""Only statements and stances are attributions: the tests a cue and its chosen content must pass
(``not_a_statement``: ``filters``, ``non_statements``, ``np_stances``, the acts (``legal_acts``, ``document_acts``,
``responses``, ``other_senses``, ``unsaid``), ``writers_voice``, ``senses`` ...), and the verbs that attribute
only with a clause or a quote (``object_only``). Pure, the Doc is not touched."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract import (
    according_forms,
    act_grounds,
    act_objects,
    act_readings,
    adjunct_contents,
    circumstances,
    concealed_questions,
    dangling_ends,
    deeds_not_words,
    definitions,
    delivered_things,
    depictions,
    discoveries,
    disputed_claims,
    document_acts,
    elided_contents,
    embedded_posts,
    empty_acts,
    empty_contents,
    faces,
    filed_reports,
    filters,
    furniture_lines,
    gestures,
    impersonal_views,
    judgements,
    learned_topics,
    legal_acts,
    mark_cuts,
    market_moves,
    misread_relatives,
    named_things,
    negated_reports,
    non_statements,
    np_contents,
    np_stances,
    other_senses,
    own_reports,
    participle_controllers,
    passive_conjuncts,
    planned_discussions,
    poll_findings,
    purposes,
    raised_subjects,
    read_evidence,
    refusal_conjuncts,
    reported_wishes,
    responses,
    semicolon_fronts,
    senses,
    shared_objects,
    subheadings,
    teachings,
    testimony_settings,
    than_clauses,
    topics,
    unasserted_contents,
    unreal_speech,
    unsaid,
    writers_crowds,
    writers_generalities,
    writers_guesses,
    writers_inferences,
    writers_unknowns,
    writers_verdicts,
    writers_voice,
)
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.demanded_things import called_for_thing, plan_provision
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.faulted_objects import faulted_remark_clause
from sayso.nlp.extract.found import Range
from sayso.nlp.extract.held_views import view_adjectives
from sayso.nlp.extract.label_lines import headline_kicker, note_label, reply_word_label, what_heading
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.light_verbs import clause_of_the_claim
from sayso.nlp.extract.name_clauses import clause_inside_name
from sayso.nlp.extract.naming import named_by, proper_name_given
from sayso.nlp.extract.not_speech import person_words
from sayso.nlp.extract.pledged_sums import pledged_sum
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.relative_reports import (
    document_relative,
    indefinite_gap,
    main_clause_of_relative,
    report_in_relative,
)
from sayso.nlp.extract.remark_appositives import appositive_object
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_heads import source_head
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS
from sayso.nlp.extract.transcripts import transcript_turn
from sayso.nlp.extract.witnessing import seen_happening, thing_saw


def not_a_statement(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon,
                    headings: Sequence[Range] = ()) -> bool:
    """Only statements and stances are attributions (``filters``): the cue and content fail one test."""
    text = quotes.text
    finding = _finding(token, content, lexicon)  # "a poll shows Trump leading": no thing shown, a finding
    judged = dict(evaluative_verbs=lexicon.evaluative_verbs, proposition_nouns=lexicon.proposition_nouns,
                  people=agency_of(lexicon).people)
    # "condemned and denounced the attack": one judgement of the object the two cues share, a stance on it all the same
    shared = shared_objects.judged_together(token, content, doc, **judged)
    finding = finding or shared
    return (
        shared_objects.judged_by_first(token, content, doc, **judged)
        or disputed_claims.disputed_clause(token, content.start)  # "pushed back on reports that ...": theirs, not his
        or faulted_remark_clause(token, content.start)  # "challenged him over his comments that ...": his words
        or plan_provision(token, content)  # "his plan calls for rates that rise": a provision, no demand
        or (not finding and not called_for_thing(token, content, agency_of(lexicon))  # "called for an inquiry"
            and np_contents.np_content_not_reported(token, content, doc, quotes, lexicon.non_statement,
                                                         lexicon.topic_verbs))
        or (not finding and np_stances.stance_on_a_thing(token, content, doc, quotes, proposition_nouns=lexicon.proposition_nouns,
                                        propositional_verbs=lexicon.propositional_verbs,
                                        intention_nouns=lexicon.intention_nouns,
                                        announcing_verbs=lexicon.announcing_verbs, person_verbs=lexicon.person_verbs,
                                        agency=agency_of(lexicon)))
        or np_stances.stance_noun_on_a_thing(token, content, doc, quotes, proposition_nouns=lexicon.proposition_nouns)
        or (not shared and judgements.judged_not_said(token, content, doc, quotes, evaluative_verbs=lexicon.evaluative_verbs,
                                      proposition_nouns=lexicon.proposition_nouns))
        or circumstances.circumstance_content(token, content, doc)
        or circumstances.main_clause_content(token, content)
        or circumstances.main_cues_words(token, content, lambda lemma: lexicon.sense_of(lemma) in ("saying", "writing"))
        or circumstances.time_only_content(content, doc)
        or np_stances.relative_clause_content(token, content, doc)
        or named_things.relative_that_content(token, content, doc)
        or named_things.speaker_as_content(token, content, doc)
        or named_things.free_relative_named(token, content, doc, quotes, lexicon.proposition_nouns,
                                               lexicon.propositional_verbs)
        or responses.means_not_content(token, content, doc)
        or legal_acts.enacted(token)
        or poll_findings.share_self_description(token)  # "41 percent describe themselves as Republicans"
        or poll_findings.group_self_description(token)  # "among those describing themselves as liberal"
        or embedded_posts.signature_only(text[content.start:content.end])  # "FULL: https://t.co/x — Name (@handle)"
        or other_senses.let_in(token, person_words(lexicon) | lexicon.person_nouns)
        or other_senses.continued_act(token, content, doc)
        or act_readings.continued_thing(token, content, _root(content, doc),
                                        [(q.start, q.end) for q in quotes.overlapping(content.start, content.end)])
        or act_readings.questioned_people(token, content, person_words(lexicon) | lexicon.person_nouns, text)
        or act_readings.laid_off(token)
        or act_readings.accused_act(token, content)
        or market_moves.market_movement(token)  # "Britain's FTSE 100 declined 0.2 percent": a market moved
        or legal_acts.legal_dismissal(token)
        or legal_acts.ruled_for_a_party(token, content, doc)
        or legal_acts.ruling_on_a_case(token, content, doc)
        or other_senses.participle_label(token)
        or unsaid.said_without(token)
        or act_objects.act_on_object(token, content, doc, quotes)  # "answered 1,300 questions", "signed it"
        or act_grounds.ground_of_act(token, content, doc, quotes)  # "lashed out at X for having shot down a jet"
        or act_grounds.object_of_other_act(token, content, doc)  # "yelled and held up a banner"
        or act_grounds.confirmed_part(token, content, doc)  # "confirmed a few of his revelations"
        or act_grounds.confirmed_view(token, content, doc)  # "seemed to confirm critiques of his candidacy"
        or gestures.pointed_at_thing(token, content, doc)  # "pointed to the word "refugee"": a gesture
        or legal_acts.court_upheld(token, content, doc)  # "the Supreme Court reaffirmed the basic findings of Roe"
        or act_objects.found_guilty(token)  # "the jury found the shooter guilty": a verdict
        or act_objects.found_circumstance(token, agency_of(lexicon))  # "found a man shot", "found it hard to"
        or responses.target_not_content(token, content, doc, quotes)
        or document_acts.issued_thing(token, content, doc, quotes, lexicon.documents)
        or other_senses.phoned(token)
        or purposes.commissioned_saying(token, lexicon.documents)
        or purposes.talking_purpose(token, content, doc)  # "are talking to other firms to ask them to step in"
        # "a tool allowing users to tell readers that ...": a capability
        or purposes.permitted_saying(token, lexicon.sense_of(token.lemma_), lexicon.person_roles | lexicon.person_nouns)
        or other_senses.rang_up(token, content, person_words(lexicon) | lexicon.person_nouns)
        or other_senses.called_on_a_line(token)  # "calling fans on the telephone": a call made
        or than_clauses.compared_expectation(token)  # "a greater effect than officials expected"
        or other_senses.convened(token, content)
        or other_senses.called_it_quits(token)
        or planned_discussions.planned_discussion(token, content, doc)  # "agreed to meet to discuss whether ..."
        or other_senses.put_into(token, content)
        or other_senses.put_in_doubt(token, content, _subject(token, content, lexicon), agency_of(lexicon))
        or other_senses.brushed_past_people(token, content, person_words(lexicon) | lexicon.person_nouns)
        or other_senses.brushed_in_touch(token, content)
        or other_senses.taste_for_an_act(token)
        or other_senses.crying_out_for(token, content, doc)
        or legal_acts.called_to_order(token)
        or legal_acts.refused_grant(token)
        or legal_acts.pronounced_status(token)
        or legal_acts.ordered_disposition(token)  # "ordered him held without bail"
        or proper_name_given(token)
        or named_by(token, content, doc)  # "referred to her by a nickname, “Gert.”"
        or pledged_sum(token)  # "has pledged at least $3 million": a donation
        or thing_saw(token, _subject(token, content, lexicon), lexicon)  # "His criticism ... saw the PA ban his books"
        or (not content.quote and seen_happening(token, _root(content, doc)))  # "sees his slugger struggling"
        or responses.sided_with(token, content, doc, lexicon.proposition_nouns)
        or document_acts.authored(token, content, doc)
        or document_acts.written_work(token, content, doc, quotes)
        or document_acts.forwarded_item(token, content, doc, quotes)
        or responses.thanked(token, content, doc, quotes)
        or legal_acts.legal_challenge(token)
        or responses.refused_request(token, content, doc, quotes)
        or legal_acts.pushed_through(token)
        or responses.backed_off(token)
        or document_acts.added_tally(token, content, doc, quotes, lexicon.proposition_nouns)
        or document_acts.read_out(token, content, doc, quotes)
        or unsaid.told_unsaid(token, content, doc, quotes)
        or empty_acts.nobody_said(token)
        or empty_acts.negated_holder(token)  # "no conversations with supporters who suggested ...": no one said it
        or empty_acts.nobody_on_a_thing(token, content, doc, quotes)  # "Not everyone was claiming success"
        or empty_acts.told_no_one(token, content, doc, quotes)
        or empty_acts.recalled_question(token, content, doc)
        or empty_acts.knows_how(token, content, doc)
        or learned_topics.learned_topic(token, content, doc)  # "have learned how acrylamide is formed"
        or empty_acts.relative_doer(token, content, doc)
        or testimony_settings.testified_setting(token, content, doc)  # "testifying in a court where ..."
        or empty_acts.writers_reasoning(token, quotes)
        or empty_acts.act_noun_content(token, content, doc, quotes)
        or empty_acts.said_a_noun(token, content, doc, quotes)
        or empty_acts.indefinite_target(token, content, doc)
        or empty_acts.mentions_only(content, doc)
        or empty_acts.ends_at_title(content, doc)
        or empty_acts.misread_participle(token, content, doc)
        or empty_acts.quoted_whom(token, content, doc)
        or empty_acts.as_if_object(token, content, doc, quotes)
        or empty_acts.pronoun_object_only(token, content, doc, quotes, (lexicon.person_roles, lexicon.anonymous,
                                                                       lexicon.groups, lexicon.person_nouns))
        or empty_contents.addressee_content(token, content, doc, quotes)
        or empty_contents.accused_only(token, content, doc, quotes)
        or empty_contents.pronoun_said(token, content, doc, quotes)
        or empty_contents.name_said(token, content, doc, quotes)
        or misread_relatives.relative_pronoun_content(token, content, doc)
        or misread_relatives.fronted_relative_quantity(token, content, doc)  # "X, one of which a judge dismissed"
        or dangling_ends.dangling_end(content, doc)  # "claims the settlement is:": cut mid-clause
        or dangling_ends.clause_subject_cut(content, doc, token)  # 'that Christians fleeing Syria "cannot': no claim
        or elided_contents.elided_content(content, doc, token)  # "which", "to", "it would": no word of what was said
        or elided_contents.elided_act(content, doc, token)  # "planning to do so anyway": the act is named elsewhere
        or misread_relatives.double_object_clause(token, content, doc)
        or misread_relatives.adjunct_noun_clause(token, content, doc)
        or (not content.quote and misread_relatives.contact_relative_subject(token, doc, _people_nouns(lexicon)))
        or unsaid.ritual_words(token, content)
        or other_senses.claimed_prize(token, content)
        or other_senses.claimed_lives(token, content)
        or other_senses.stood_out(token)
        or other_senses.pushed_along(token)  # "pushed down the pair": a price moved
        or filters.declined_to_comment(token, content, doc)
        or unasserted_contents.inquiry(token, content, doc)  # "is trying to determine when ..."
        or unasserted_contents.invoked_right(token, content, doc)  # "asserting his Fifth Amendment right"
        or filters.passive_without_agent(token, content)
        or filters.question_without_asker(token)
        or filters.request_without_asker(token, content)  # "ministers have been asked to explain why ..."
        or filters.discourse_said(token)
        or filters.said_determiner(token)
        or filters.looks_like(token)
        or filters.reminds_of(token)  # "Trump reminds me of Abraham Lincoln": a likeness, no statement
        or filters.linking_quality(token, content, doc)
        or filters.coping_with(token)
        or furniture_lines.boilerplate(token, text, lexicon.colon_labels)
        or furniture_lines.credit_line(token, text)
        or furniture_lines.editorial_label(token, text)
        or filters.typographic_note(token)
        or filters.quoted_shell(token, content, doc)
        or furniture_lines.heading_or_list_item(token, text, headings)
        or subheadings.subheading_at(text, token.idx)
        or what_heading(token)
        or (token.text == ":" and (note_label(token) or reply_word_label(token) or headline_kicker(token, person_words(lexicon) | lexicon.person_nouns) or colon_dateline(token)))
        or furniture_lines.link_list_item(token, text)
        or furniture_lines.labelled_title_line(token, text)
        or adjunct_contents.adjunct_pp_content(token, content, doc)
        or adjunct_contents.topic_of_noun(token, content, doc)
        or topics.topic_content(token, content, doc, quotes)
        or semicolon_fronts.content_across_semicolon(token, content, doc)
        or reported_wishes.crowd_wish_in_report(token, lexicon.sense_of)
        or topics.announced_topic(token, content, doc)
        or adjunct_contents.called_in(token, lexicon.documents)
        or filters.reflexive_act(token, content, doc)
        or filters.legal_plea(token)
        or filters.impersonal_infinitive(token)
        or filters.received_speech(token)
        or adjunct_contents.according_to_channel(token, content, doc, lexicon.documents)
        or adjunct_contents.according_to_frame(token, content, doc)  # "“...?” X said at a rally, according to Y"
        or (not finding and _shown_not_said(token, content, doc, quotes, lexicon))
        or non_statements.question_not_answered(token, content, doc, lexicon.assertive)
        or non_statements.reader_aside(token)
        or (not finding and non_statements.physical_find(token, content, doc))
        or non_statements.definition_without_predicate(token)
        or definitions.term_defined(token, person_words(lexicon) | lexicon.person_nouns | ORG_NOUNS | set(lexicon.governments))
        or definitions.term_glossed(token, quotes)  # "taxing consumption (what economists call spending)"
        or non_statements.agreed_to_act(token, content, doc, lexicon.senses)
        or _authors_voice(token, content, doc, quotes)
        or _writers_voice(token, content, doc, quotes, lexicon)
        or non_statements.instrument_subject(token, source_head(token, ((content.start, content.end),)), content,
                                             lexicon.measurements)
        or senses.not_a_statement_by_sense(token, content, doc, _subject(token, content, lexicon), lexicon)
        or raised_subjects.raised_passive(token)
        or concealed_questions.concealed_question(token, content, doc, quotes)  # "confirmed the woman's age"
        or concealed_questions.answerless_relative(token, content, doc, quotes, lexicon.sense_of(token.lemma_),
                                                   lexicon.evidence.get(token.lemma_.lower()))  # "hints at what ..."
        or refusal_conjuncts.refusal_only(token, content, doc)  # "testified for hours but would not say whether ..."
        or delivered_things.delivered_thing(token)  # "delivering a leaflet": a thing carried
        or passive_conjuncts.passive_addressee(token)  # "was arraigned and ordered held": she was ordered
        or filed_reports.filed_report(token, content, doc, _subject(token, content, lexicon),
                                      lexicon.person_nouns | frozenset(lexicon.kin_genders) | filed_reports.HOUSEHOLDS)
        or discoveries.discovery_not_statement(token, content, doc, _subject(token, content, lexicon),
                                                 agency_of(lexicon))
        or (token.lemma_.lower() == teachings.TEACH
            and teachings.instruction_not_teaching(token, content, doc, _subject(token, content, lexicon),
                                                   agency_of(lexicon),
                                                   lexicon.documents | lexicon.person_nouns | set(lexicon.kin_genders)))
        or _report_in_relative(token, content, doc)  # the shaped content may be the clause ("presented ... that Clinton thinks ...")
    )


def _root(content: Content, doc: Doc) -> Token | None:
    """The head token of the content's span (None where the span is not one of the Doc's)."""
    span = filters.content_span(doc, content)
    return None if span is None else span.root


def _people_nouns(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """Nouns of people, groups and bodies, which may stand in apposition to a name ("the senators Warren and
    Sanders"): the lexicon's sets, not their union (built on every call)."""
    return (agency_of(lexicon).people, lexicon.person_nouns, frozenset(lexicon.kin_genders))


def _finding(token: Token, content: Content, lexicon: Lexicon) -> bool:
    """A poll's, a study's or a record's finding in the shape of a noun phrase (``poll_findings``)."""
    if token.lemma_.lower() not in poll_findings.FINDING_VERBS:
        return False  # the subject is looked up only for verbs of finding
    subject = source_head(token, ((content.start, content.end),))
    return poll_findings.shown_finding(token, content, subject, agency_of(lexicon))


def not_content(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> bool:
    """A candidate that is no content whatever else the cue takes, set aside before the content is picked (the cue
    may still have its quotation or its clause): the title of a show or a book ("on CNN's “State of the Union,”"),
    the channel ("responded on Twitter"), a clause of the claim the cue takes for its object ("ignored warnings from
    his attorney that ...": ``light_verbs.clause_of_the_claim``; "denied reports on Tuesday that ...":
    ``disputed_claims.disputed_clause``), a phrase of purpose ("asked help in order to protect
    ...": ``purposes.purpose_phrase``), a verdict on what was said ("Everything Trump says
    is a lie": ``verdict_on_what_was_said``), the speaker's state ("Todd replied, somewhat shocked":
    ``circumstances.speakers_state``), the main clause hung on a cue in a relative clause
    (``_relative_main_clause``), a span cut at a quotation's mark ('Cruz wrote: “' for the "said" of 'Cruz wrote:
    “Barros said: ‘Stay quiet.’ I did not.”': ``mark_cuts``)."""
    return non_statements.work_title(token, content, quotes) or adjunct_contents.channel_content(token, content, doc) \
        or purposes.purpose_phrase(content, doc) or question_put(token, content, doc) or clause_of_the_claim(token, content.start) \
        or disputed_claims.disputed_clause(token, content.start) \
        or faulted_remark_clause(token, content.start) \
        or verdict_on_what_was_said(token, content, doc) or _report_in_relative(token, content, doc) \
        or addressee_only(token, content, doc) or circumstances.speakers_state(token, content, doc) \
        or _relative_main_clause(token, content, doc) or mark_cuts.cut_content(content, quotes) \
        or clause_inside_name(content, doc) \
        or appositive_object(token, content, doc)  # "oppose cutting X, a poll finds, a debate that ...": the debate


# Verbs of speaking whose "to X" names the one spoken to ("said to them"), never what was said ("admitted to",
# "objected to", "pointed to" take what they report)
_SPOKEN_TO = read_words("spoken_to_verbs.txt")


def addressee_only(token: Token, content: Content, doc: Doc) -> bool:
    """ "Then Peter ... said unto them, Ye rulers of the people,\n...", "The coach said to them:": the one spoken
    to, the object of the cue's "to"/"unto", is no content (the words said, on the next line or past a vocative
    the parse could not read, are another matter)."""
    if content.quote or content.parts or token.lemma_.lower() not in _SPOKEN_TO:
        return False
    span = filters.content_span(doc, content)
    if span is None:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else root
    return prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "unto") and prep.head == token \
        and span.start >= prep.i and span.end <= prep.right_edge.i + 1


def _relative_main_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The sentence's main clause hung by the parse on a cue in a relative clause ("reports that clearly indicate
    the presence of multiple shooters, ..., the American people are not being told the truth":
    ``relative_reports.main_clause_of_relative``)."""
    if content.quote:
        return False
    span = filters.content_span(doc, content)
    return span is not None and main_clause_of_relative(token, span.root)


def _report_in_relative(token: Token, content: Content, doc: Doc) -> bool:
    """A content that is a relative clause with someone else's report in it ("the policies she supported that Trump
    argues hurt workers": ``relative_reports.report_in_relative``)."""
    if content.quote:
        return False
    span = filters.content_span(doc, content)
    return span is not None and report_in_relative(span[0], token)


def verdict_on_what_was_said(token: Token, content: Content, doc: Doc) -> bool:
    """ "Everything Trump says is a lie unless proven otherwise": the parse made the relative clause
    ("everything [that] Trump says", ``relative_reports.indefinite_gap``) the sentence's root, and its predicate
    ("is a lie") the cue's clause. That predicate is the writer's (or a quoted tweet's) verdict on what was said,
    never the speaker's words; what the speaker says is the pronoun, unless it is "nothing" (he did say something)."""
    gap = indefinite_gap(token)
    if gap is None:
        return False
    span = filters.content_span(doc, content)
    if span is None:
        return False
    if gap.lower_ == "nothing" and span.start == gap.i and len(span) == 1:
        return True  # "Nothing the president said ...": not that he said nothing
    return content.start > token.idx and span.root.head == token


def question_put(token: Token, content: Content, doc: Doc) -> bool:
    """ "Asked whether Clinton has the integrity to serve, 75 percent of Democrats said yes": the question put to the
    speaker, a clause of "asked" before the cue, is not what the speaker said."""
    if content.quote or content.end > token.idx:
        return False
    span = filters.content_span(doc, content)
    if span is None:
        return False
    first = span[0]
    return first.lemma_.lower() == "ask" and first.tag_ in ("VBN", "VBD") and first.dep_ in ("advcl", "ccomp", "conj") \
        and (first.head == token or first.head.head == token or first.head == token.head)


def _subject(token: Token, content: Content, lexicon: Lexicon) -> Token | None:
    """Who holds the cue for the sense rules: the document a relative pronoun stands for ("a report that
    found ..."), else the parse's source."""
    return document_relative(token, lexicon.documents, lexicon.senses) or source_head(token, ((content.start, content.end),))


def _authors_voice(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """A generic subject ("no one knows ..."), the reader as subject ("perhaps you'd like to ..."), the author addressing the reader ("We'd like to hear what you
    think"), stating its own findings ("We found the battery lasts ...") or pointing at its own earlier reporting
    ("As we previously reported, ...": ``own_reports``) or its own earlier words ("As I've said before, ...")."""
    subject = source_head(token, ((content.start, content.end),))
    return (non_statements.generic_subject(subject)
            or non_statements.reader_as_subject(subject, quotes)
            or non_statements.reader_address(token, subject, filters.content_span(doc, content), quotes)
            or non_statements.authors_own_voice(token, content, subject, quotes)
            or own_reports.outlets_own_report(token, content, subject, quotes)
            or own_reports.writers_earlier_words(token, content, subject, quotes))


def _writers_voice(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> bool:
    """The writer's supposition, question or idiom (``writers_voice``), its guess at what someone would say
    (``writers_guesses``), a question it calls open (``writers_unknowns``), its reading of events
    (``writers_inferences``) or its verdict on words it does not report (``writers_verdicts``), dressed as someone's
    words."""
    subject = source_head(token, ((content.start, content.end),))
    sense = lexicon.sense_of(token.lemma_)
    return (writers_voice.hypothetical_speech(token, subject, quotes)
            or faces.face_speaks(token, subject)  # "their smiles said a lot": a figure of speech
            or impersonal_views.impersonal_view(token, quotes)  # "it's assumed the ruling should ...": the writer's
            or _deed_not_words(token, content, doc, quotes)
            or writers_guesses.guessed_speech(token, subject, quotes, lexicon.anonymous)
            or writers_guesses.writers_aside_guess(token, quotes)
            or writers_guesses.seeming_speech(token, quotes)
            or writers_guesses.guessed_gloss(token, quotes)
            or writers_guesses.read_into(token, quotes)
            or writers_voice.writers_question(token, content, quotes)
            or writers_unknowns.unknown_answer(token)
            or writers_inferences.events_as_evidence(token, subject, quotes, lexicon.evidence)
            or writers_inferences.argued_as_evidence(token, subject, quotes)
            or writers_inferences.things_explain(token, subject, quotes, writers_verdicts.UNTOLD_DEEDS,
                                                lexicon.documents)
            or writers_inferences.participle_read_as_verb(token)
            or writers_inferences.figures_suggest(token, subject, quotes)  # "The results suggest that ..."
            or writers_voice.generic_act(token, quotes)
            or writers_voice.set_phrase(token, quotes)
            or depictions.depicted_speech(token, subject)
            or writers_voice.generic_one(subject, token)
            or writers_voice.he_said_she_said(token, quotes)
            or writers_voice.lets(token, quotes)
            or writers_crowds.told_to_the_reader(token, quotes)
            or writers_crowds.casual_search(subject)
            or writers_crowds.generic_agent(token, quotes)
            or writers_crowds.generic_belief(token, subject, sense, quotes)
            or writers_crowds.guessed_mind(token, sense, quotes)
            or writers_crowds.who_knows(token, subject, quotes)
            or writers_crowds.partisan_crowd(token, subject, quotes)
            or writers_crowds.supposed_feeling(token, sense, quotes)
            or writers_crowds.foreseen_mind(token, sense, quotes)
            or writers_crowds.no_sane_person(subject)
            or writers_generalities.habitual_knowing(token, subject, quotes)
            or writers_generalities.crowd_at_large(token, subject, sense, token.lower_ in view_adjectives(), quotes)
            or writers_generalities.proverbial_they(token, subject, quotes)
            or writers_generalities.narrated_knowing(token, subject, quotes, writers_crowds.writers_person(doc, quotes))
            or writers_generalities.judged_class(token, quotes)
            or writers_generalities.wish_that_names_a_class(token, quotes)
            or writers_generalities.not_the_only_one(token, quotes)
            or writers_generalities.quantified_knowing(token, subject, quotes)
            or writers_voice.imperative(token, quotes)
            or writers_voice.supposed_case(token, quotes)
            or writers_voice.awaited_act(token, quotes)
            or writers_voice.advised_act(token, quotes)
            or writers_verdicts.characterized_not_reported(token, content, doc)
            or writers_verdicts.known_not_told(token, content, doc)
            or writers_verdicts.imagined_or_attempted(token, lexicon.senses)
            or according_forms.manner_reading(token, lexicon)
            or writers_verdicts.told_the_truth(token, content)
            or writers_verdicts.route_not_speaker(token)
            or writers_verdicts.denied_speech(token)
            or writers_verdicts.withheld_speech(token, lexicon.senses)
            or writers_verdicts.unacknowledged(token, quotes)
            or negated_reports.negated_report(token, lexicon.senses)
            or writers_verdicts.nothing_said(token, content, doc)
            or writers_verdicts.inferred_from_a_deed(token, content, subject, lexicon.evidence)
            or participle_controllers.inference_from_a_deed(token, subject, quotes, lexicon.senses, lexicon.documents)
            or participle_controllers.seeming_clause(token, subject)
            or _unreal(token, subject, quotes))


def _deed_not_words(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """An act read as words, or the writer's guess (``deeds_not_words``): "offered to buy the firm for $5 a share",
    "might not view it as a great deal", "One can debate ..., as Sanders proposes"."""
    span = filters.unquoted_span(doc, content)
    return (deeds_not_words.offered_to_buy(token)
            or deeds_not_words.guessed_view(token, quotes)
            or deeds_not_words.generic_one_as_proposed(token, span))


def _unreal(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """Speech nobody made, framed by the words around the cue (``unreal_speech``): "may come forward and declare",
    "would lead one to admit", "History tells us", "seeing that", "the perfect time for Trump to call for", the turns of
    a dialogue the writer makes up, "possibly calling himself the first dude"."""
    return (unreal_speech.borrowed_modal(token, quotes)
            or unreal_speech.led_to_say(token, quotes)
            or unreal_speech.abstraction_speaks(token, subject, quotes)
            or unreal_speech.reasoning_seeing(token)
            or unreal_speech.wished_for(token, quotes)
            or unreal_speech.invented_exchange(token)
            or unreal_speech.guessed_self_name(token, quotes))


def _shown_not_said(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, lexicon: Lexicon) -> bool:
    if (non_statements.evidence_key(token) not in lexicon.evidence and token.lemma_.lower() not in lexicon.evidence
            and token.lemma_.lower() not in non_statements.DESCRIBING):
        return False  # the subject and the speaker nouns are looked up only for verbs of evidence and of describing
    bodies = frozenset(g.lower() for g in lexicon.governments if " " not in g)  # "the ministry", "police"
    people = lexicon.person_roles | lexicon.anonymous | lexicon.groups | ORG_NOUNS | OUTLET_NOUNS | bodies
    subject = source_head(token, ((content.start, content.end),))
    persons = people | lexicon.person_nouns | frozenset(lexicon.kin_genders) | read_evidence.AGENTS
    return (read_evidence.read_evidence(token, content, lexicon.evidence, lexicon.senses, persons)
            or non_statements.shown_by_deeds(token, content, lexicon.evidence, subject, people, lexicon.documents)
            or non_statements.shown_by_means(token, content, quotes, lexicon.evidence)
            or non_statements.evidence_not_statement(token, content, doc, quotes, lexicon.evidence, subject,
                                                     people | lexicon.documents)
            or non_statements.property_shown(token, content, doc, quotes, lexicon.evidence, subject, people,
                                             lexicon.documents))


def object_only(token: Token, content: Content, lexicon: Lexicon) -> bool:
    """ "published its budget": verbs that attribute only with a clause or a quote."""
    return content.kind == "child_dobj" and token.lemma_.lower() in lexicon.object_only


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
    if text.count("\n" + head + ":") + (text.startswith(head + ":")) > 1 or transcript_turn(token):
        return False  # a label that recurs ("KATE BOULDUAN:", then "BOULDUAN:"): a transcript's speaker
    line_end = text.find("\n", token.idx)
    after = doc.char_span(token.idx + 1, len(text) if line_end < 0 else line_end, alignment_mode="expand")
    return after is not None and not any(t.lower_ in _FIRST_SECOND for t in after)


_FIRST_SECOND = read_words("first_second_person.txt")
_WIRES = frozenset({"reuters", "ap", "afp", "ians", "pti", "ani", "upi", "xinhua", "bloomberg"})
