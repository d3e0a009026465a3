"""Find attributions in a parsed Doc: pure ``Doc -> list[Found]``, the Doc is not touched.

Every lexicon cue on the parse is scored by the trained cue model; for a cue that
passes, the trained content model picks the best candidate content (a clause, object,
prepositional phrase, the clause around "according to", a quote beside the cue, or a
quote pair split by it), and the source is read off the parse (subject, passive agent,
"according to X", or the subject of the clause the cue hangs from).

``find_attributions`` is the composition; each step is its own module: ``cue_scores`` (how sure a
cue is), ``not_speech`` and ``statement_checks`` (what is not an attribution), ``content_choice``
(which content, and its edges), ``source_heads`` and ``addressees`` (who speaks, to whom),
``assembly`` (one ``Found``), ``form_finds`` (attributions found by form, not by a cue's parse),
``dedupe`` (one attribution per content), then ``continuations``, ``lead_quotes``, ``one_statement``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sayso.nlp.extract.act_grounds import charged_target
from sayso.nlp.extract.assembly import build_found
from sayso.nlp.extract.candidates import content_candidates, is_cue_candidate
from sayso.nlp.extract.chains import quoting_frames
from sayso.nlp.extract.colon_blocks import colon_blocks
from sayso.nlp.extract.colon_quotes import colon_quote_finds
from sayso.nlp.extract.content_choice import pick_content, shape_content
from sayso.nlp.extract.continuations import continuation_quotes, quote_after_statement, split_at_paragraphs
from sayso.nlp.extract.cue_scores import NESTED_MIN_SCORE, cue_score, nested_speech, strong_pattern
from sayso.nlp.extract.dedupe import dedupe, fold_statement_nouns
from sayso.nlp.extract.dep_labels import COMPLEMENT_CLAUSES
from sayso.nlp.extract.embedded_posts import signed_attributions
from sayso.nlp.extract.form_finds import inverted_finds, tail_report_finds, words_of_finds
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.frame_tails import without_frame_tail
from sayso.nlp.extract.garbled_sources import after_fused_sum, garbled_source
from sayso.nlp.extract.headline_claims import headline_noun_content
from sayso.nlp.extract.headline_rows import without_misread_headline
from sayso.nlp.extract.lead_quotes import quotes_before_cue
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.made_clear import stated_clear
from sayso.nlp.extract.name_clauses import through_name
from sayso.nlp.extract.not_speech import HEDGE_VERBS, not_speech
from sayso.nlp.extract.one_statement import one_statement
from sayso.nlp.extract.passive_subjects import unsaid_passive_subject
from sayso.nlp.extract.quote_tails import without_writers_tail
from sayso.nlp.extract.quote_trailers import trailer_hung_inside
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_heads import subject_before_aside
from sayso.nlp.extract.statement_checks import not_a_statement, not_content, object_only
from sayso.nlp.extract.surname_subjects import index_people
from sayso.nlp.extract.transcripts import known_turns
from sayso.nlp.extract.turn_continuations import turn_continuations
from sayso.nlp.extract.voted_statements import as_voted_saying


def find_attributions(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, *, headings: Sequence[Range] = (),
                      title: Range | None = None) -> list[Found]:
    """Every attribution of the Doc; ``headings`` are character ranges of headings (no cue there counts); ``title``
    the title a plain text opens with (``headlines.title_block``), whose rows a headline's grammar misread go."""
    found: list[Found] = []
    nested: list[Found] = []  # speech cues below the threshold, kept if inside another content
    index_people(doc, lexicon.first_names)  # '"...," says Early': the surnames a misparsed subject may be
    for token in doc:
        if not is_cue_candidate(token, lexicon):
            continue
        cands = content_candidates(token, quotes)
        if not cands or (not_speech(token, lexicon) and not trailer_hung_inside(token, quotes, lexicon.speech)):
            continue
        p_cue = cue_score(token, cands, quotes, lexicon)
        weak = p_cue < lexicon.cue_model.threshold and not strong_pattern(token, cands, quotes.text) \
            and not stated_clear(token, lexicon)  # "made it clear that": an idiom of saying the cue model reads as "make"
        if weak and not (p_cue >= NESTED_MIN_SCORE and nested_speech(token, lexicon)):
            continue
        aside = subject_before_aside(token)
        if aside is not None:  # "The mayor, asked whether ..., said": the speaker and the aside are not what was said
            cands = [c for c in cands if not c.start <= aside.idx < c.end] or cands
        cands = [c for c in cands if not not_content(token, c, doc, quotes, lexicon)]  # "said, clutching the lectern"
        if not cands:
            continue
        best = shape_content(pick_content(token, cands, quotes, lexicon), cands, token, doc, quotes, lexicon)
        best = through_name(best, token, doc)  # "... the agency's new Volatiles" + "Investigating Polar Exploration Rover"
        best = charged_target(best, token, doc, quotes)  # "railed against the bill for failing to protect consumers"
        if object_only(token, best, lexicon) or not_a_statement(token, best, doc, quotes, lexicon, headings):
            continue
        if unsaid_passive_subject(best, doc):
            continue  # "The lawsuit was announced by CNN": an event, not what was said; no other content stands in
        f = as_voted_saying(build_found(token, best, quotes, p_cue, lexicon), token, lexicon.senses, lexicon.media)
        if token.pos_ in ("NOUN", "PROPN") and best.kind == "prep_obj" and f.source is None:
            continue  # "the promise of spring": a cue noun with neither a clause nor a speaker
        if weak:
            if best.kind in ("child_ccomp", "quote_before", "quote_after", "quote_pair", "quote_pair_next"):
                if token.head.lemma_.lower() in HEDGE_VERBS and token.dep_ in COMPLEMENT_CLAUSES:
                    found.append(f)  # "it appears that X confirmed ...": the hedge is marked, X's cue stands
                else:
                    nested.append(f)
            continue
        found.append(f)
    found += [n for n in nested if any(f.content[0] <= n.cue[0] < f.content[1] for f in found)]
    found += tail_report_finds(doc, quotes, lexicon, found)
    found += words_of_finds(doc, quotes, found)
    found = colon_quote_finds(doc, quotes, lexicon, found)  # 'Trump leaned in and boomed: “…”'
    found = inverted_finds(doc, quotes, lexicon, found)
    found = split_at_paragraphs(fold_statement_nouns(dedupe(quotes.text, found, quoting_frames(doc)), doc), quotes.text)
    turns = known_turns(doc, found, lexicon.first_names)  # the colons of turns whose label names a speaker
    continued = continuation_quotes(found, quotes, lexicon.colon_labels, lexicon.given_genders, turns)
    continued += quote_after_statement([*found, *continued], quotes, turns)
    continued += turn_continuations(doc, [*found, *continued])  # a transcript's turn over paragraphs
    continued += colon_blocks(doc, [*found, *continued], quotes.layout)  # "He wrote:" and the paragraphs he wrote
    # a report the speaker makes inside a quotation that goes on over lines ('“My father told me ...'): kept as
    # inside any other content
    found += continued + [n for n in nested if any(f.content[0] <= n.cue[0] < f.content[1] for f in continued)
                          and n not in found]
    found = signed_attributions(doc, quotes_before_cue(found, quotes))
    found = [without_writers_tail(f, doc, quotes) for f in found]  # '“war games,” an apparent reference to ...'
    found = [without_frame_tail(f, doc, quotes, lexicon.speech) for f in found]  # '“...,” the U.S. attorney's office said'
    found = [f for f in found if not in_heading(f, headings)]
    # "Doe's Claim That The Budget Is In Surplus Isn't True": the clause read from a Title-Case line's verbs
    found = [g for f in found if (g := headline_noun_content(f, doc)) is not None]
    found = [without_fused_sum(f, doc) for f in found]  # "$48 billion and consumer advocates | said": the advocates
    found = [f for f in found if not garbled(f, doc)]  # "Behold | said", "Trump continued pounding Sessions | saying"
    found = without_misread_headline(found, doc, title, lexicon)  # "Ryan wages | campaign | ...": a headline's grammar misread
    return sorted(one_statement(found), key=lambda f: (f.content[0], f.cue[0]))


def in_heading(found: Found, headings: Sequence[Range]) -> bool:
    """The attribution's cue stands in a heading, or its content lies inside one: found by form or by a colon
    ("Trump: Probe Is A Witch Hunt"), not by a cue's parse, it is the heading's all the same."""
    return any(s <= found.cue[0] < e or (s <= found.content[0] and found.content[1] <= e) for s, e in headings)


def garbled(found: Found, doc: Doc) -> bool:
    """The attribution's source span names no speaker (``garbled_sources``): a reader judges it wrong whatever it
    says, so it is dropped, not left without a source."""
    if found.source is None:
        return False
    span = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
    return span is not None and garbled_source(span)


def without_fused_sum(found: Found, doc: Doc) -> Found:
    """The attribution with a sum the parse fused onto the front of its source cut off ("$48 billion and consumer
    advocates said": the advocates speak, ``garbled_sources.after_fused_sum``); the source head moves onto the rest
    where it stood in the sum."""
    if found.source is None:
        return found
    span = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
    rest = after_fused_sum(span) if span is not None else None
    if rest is None:
        return found
    head = found.source_head if found.source_head is not None and rest.start <= found.source_head < rest.end \
        else rest.root.i
    return found._replace(source=(rest.start_char, rest.end_char), source_head=head)
