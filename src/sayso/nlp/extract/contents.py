"""Where a chosen content starts and ends when the parse has cut it wrong: pure functions.

``find_attributions`` picks a content among the candidates; these move its edges where the
parse joined or split words a reader would not: a verb that is the speaker's next act
("promised to protect Medicaid and hammered Bevin"), a relative clause cut from its noun
("reported wait times that exceeded two hours"), a piece of the statement hung on the cue
("..., but the performance of Thomas Rhett as well"), the speaker's next act of saying or the
writer's aside run into it ("... and said it would ...", ", which gave $5.9 million ..."). Where
a quotation starts and ends is ``quote_contents``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import SUBJ_DEPS, Content, relative_pronoun
from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import content_span, trimmable_span
from sayso.nlp.extract.naming import NAMING_VERBS, given_name
from sayso.nlp.extract.quote_contents import set_off_by_comma
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.relative_reports import reporting_subject


def without_cue_conjunct(content: Content, token: Token, doc: Doc) -> Content:
    """A content ends before a verb joined to the cue, not to the content's own verb.

    "promised to protect Medicaid and hammered Bevin on his plan": "hammered", a past tense,
    cannot share "to" with the verb the parse joined it to, so it is the speaker's next act,
    not what was promised. A conjunct of the same form stays ("said he would resign and
    leave the city"), and so does one after "has" or "had", where a past tense and a
    participle look alike ("said he had resigned and left the city"), and a conjunct deeper
    in the content than its own verb ("described behavior in which they were given tasks to
    perform and competed for jobs"). A participle cue takes the same cut: "Smith says,
    explaining that a progressive agenda cannot pass and using a racial slur against white
    voters": "using" cannot share "can" (blind audit 32: run_on).
    """
    if content.quote or content.parts or token.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VBG"):
        return content
    span = content_span(doc, content)
    if span is None:
        return content
    for t in span:
        same_tense = t.tag_ == token.tag_ or (t.tag_, token.tag_) == ("VBD", "VBN")  # a past cue tagged as a participle
        if t.dep_ == "conj" and same_tense and t.head.i == span.root.i and _cannot_share(t.head, t):
            cut = t.left_edge.i
            while cut > span.start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            if cut > span.start:
                end = doc[cut - 1].idx + len(doc[cut - 1])
                return content._replace(end=end)
    return content


def relative_clause_with_its_noun(content: Content, token: Token, doc: Doc) -> Content:
    """A content that opens with a relative pronoun is a relative clause, and takes the noun it describes.

    "Some consumers reported telephone wait times that exceeded two hours": the parse reads
    "that exceeded two hours" as the clause reported, but "that" is the clause's subject, so
    the clause describes "telephone wait times", and what was reported is the whole phrase.
    A complementizer "that" ("reported that the wait exceeded two hours") is untouched, and so is a day the parse
    read as the cue's adverb ("said on Fox News Sunday that said ...": "Sunday" is when, not what was said).
    """
    if content.quote or content.parts:
        return content
    span = content_span(doc, content)
    if span is None or not relative_pronoun(span[0]) or span.start == 0:
        return content
    noun = doc[span.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != token.i or noun.i <= token.i or _when(noun, token):
        return content  # only the cue's own object the parse cut the clause from
    first = noun.left_edge
    while first.i - 1 > token.i and doc[first.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[first.i - 1].head.i in (token.i, noun.i):
        first = doc[first.i - 1]  # "telephone wait times": the parse hung "telephone" on the verb
    return content._replace(start=first.idx)


def _when(noun: Token, cue: Token) -> bool:
    """A day or a time the parse hung on the cue as its adverb ("said on Fox News Sunday"), before the cue's verb
    written again as a relative ("Sunday that said the deal was dead": ``doubled_cues``), not the cue's object;
    "reported telephone wait times" (no date) is what was reported, and a relative clause of another verb after a
    day ("to introduce legislation this year that will ban ...") is left as it was."""
    after = noun.doc[noun.i + 2] if noun.i + 2 < len(noun.doc) else None
    return noun.dep_ == "npadvmod" and noun.ent_type_ in ("DATE", "TIME") and after is not None \
        and after.lemma_.lower() == cue.lemma_.lower()


def _cannot_share(head: Token, conjunct: Token) -> bool:
    """A past tense or a participle in -ing with no subject of its own, joined to a bare verb after "to" or a
    modal ("to protect ... and hammered", "would work ... and demanded", "cannot pass and using"): only a bare
    verb can share "to" or the modal. After "has" or "had" a past tense and a participle look alike ("had resigned
    and left"): left alone. Not a present in -s: the parse joins a clause whose subject it missed ("should come up
    with a process for the off-chance a health emergency forces her out": PolNeAR dev's gold content)."""
    if conjunct.tag_ not in ("VBD", "VBG") or any(c.dep_ in SUBJ_DEPS for c in conjunct.children):
        return False
    if any(c.dep_ == "mark" for c in conjunct.children):
        return False  # "declaring that they don't support Trump and that the South is not listening": a second clause
    return head.tag_ == "VB" and any(c.dep_ == "aux" for c in head.children)


CHOICE_NOUNS = frozenset({"selection", "appointment", "nomination", "hiring", "choice", "naming", "election",
                           "recruitment", "designation", "promotion", "reappointment", "hire", "pick"})


def object_with_its_infinitive(content: Content, cands: Sequence[Content], token: Token, doc: Doc) -> Content:
    """An object noun "X of Y" takes the to-clause right after it that the parse hung on the cue.

    "NASA announced the selection of Jane Smith to join its astronaut program": what was
    announced is the selection to join, not "the selection of Jane Smith". Only a noun of
    choosing someone (selection, appointment, hiring) with its "of" phrase and a to-clause with
    no subject of its own straight after it: the chosen one's task. Other nouns take a
    to-clause of purpose that is the writer's ("highlights the killings of X to help give
    context").
    """
    if content.kind != "child_dobj" or content.quote or content.parts:
        return content
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in CHOICE_NOUNS or not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return content
    after = obj.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "to":
        return content
    clause = doc[after].head
    if clause.head.i != token.i or clause.dep_ not in ("xcomp", "advcl") or clause.left_edge.i != after \
            or any(c.dep_ in SUBJ_DEPS for c in clause.children):
        return content
    return next((c for c in cands if c.kind == "dobj_plus" and c.start == content.start), content)


def without_next_saying(content: Content, token: Token, doc: Doc, quotes: QuoteIndex, speech: frozenset[str]) -> Content:
    """A content ends before the speaker's next act of saying that the parse joined to it.

    "it viewed the move as “another measure contradicting” the legal footing for a peace deal
    and said it would heighten tensions", "he never used the term “three amigos” and added,
    “I frankly cringe ...”", "... was “not, per se, inconsistent with international law”,
    saying he trusted the courts": a verb of saying with no subject of its own, joined by "and"
    or set off by a comma as a participle, is what the speaker did next, not what was said
    (the parse hangs it on the content's verb instead of the cue). Inside a quotation it is the
    speaker's own words, and stays; so in a speaker's turn after their label and colon ("McCarrick: I was
    surprised and said, What about Bergoglio?": the whole line is what the label's speaker says), and so before a
    cue that closes the sentence ("Such a letter indicates the government intends to pursue an indictment and
    believes it has substantial evidence, the company said": the speaker is named after the content, so no verb
    in it is the speaker's next act; the whole clause is theirs). Not before "according to", whose source did not
    speak the clause ("One day a student saw her daughter reading a novel and told her, according to the mother:
    ...": the telling is the student's, its words come after).
    """
    before_own_cue = content.end <= token.idx and token.lower_ != "according"
    if content.quote or content.parts or content.kind == "colon_rest" or before_own_cue:
        return content
    span = content_span(doc, content)
    if span is None or len(span) < 4:
        return content
    for t in span[2:]:
        if t.i != token.i and quotes.containing(t.idx) is None and _misread_as_modifier(t, token, span, speech):
            cut = t.i - 1  # "and promised services would not be curtailed": before "and"
            return content._replace(end=doc[cut - 1].idx + len(doc[cut - 1]))
        if t.i == token.i or t.pos_ != "VERB" or t.lemma_.lower() not in speech or quotes.containing(t.idx) is not None:
            continue
        if any(c.dep_ in SUBJ_DEPS for c in t.children) or not span.start <= t.head.i < t.i:
            continue
        if _record_after(token, t, doc):
            continue
        joined = t.dep_ == "conj" and any(c.dep_ == "cc" for c in t.head.children if c.i < t.i) and t.tag_ == t.head.tag_ \
            and t.head.dep_ not in ("csubj", "csubjpass")  # "ignoring or denying the progress ... carries risks": a subject
        # the comma may sit inside a closing quotation mark: 'the plan was “reckless,” adding it would ...'
        participle = t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG" and set_off_by_comma(t)
        if not (joined or participle) or t.left_edge.i <= span.start or _inside_relative(t, span):
            continue
        cut = t.left_edge.i
        while cut > span.start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct and not doc[cut - 1].is_quote):
            cut -= 1
        if cut > span.start:
            return content._replace(end=doc[cut - 1].idx + len(doc[cut - 1]))
    return content


# verbs of pledging, the speaker's next act as often as saying is ("and promised services would not be curtailed")
_PLEDGES = frozenset({"promise", "pledge", "vow", "guarantee", "assure"})


def _misread_as_modifier(verb: Token, cue: Token, span: Span, speech: frozenset[str]) -> bool:
    """ "Ms Pike said it was not unusual for hospitals to go into deficit and promised services would not be
    curtailed": right after "and", a past tense of saying in the cue's own form that the parse read as a noun's
    modifier ("promised services"), in a content whose subject is "it" or "there" (no one who could promise): the
    speaker's next act (wire audit: content bounds). "said the firm was late and promised cuts were delayed" keeps
    "promised cuts" (the firm may have promised them)."""
    doc = span.doc
    if verb.lemma_.lower() not in speech and verb.lemma_.lower() not in _PLEDGES:
        return False
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or cue.tag_ != "VBD" or verb.i < span.start + 3:
        return False
    if doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].is_punct:
        return False
    subject = next((c for c in span.root.children if c.dep_ in SUBJ_DEPS or c.dep_ == "expl"), None)
    if subject is None or subject.lower_ not in ("it", "there"):
        return False
    clause = verb.head.head  # "promised services would not be curtailed": a pledge is of what will be
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll", "'d", "shall")
               for c in clause.children)


def _record_after(token: Token, verb: Token, doc: Doc) -> bool:
    """The cue is an "according to" phrase after ``verb`` ("Jones pleaded guilty to fraud and admitted he stole $2
    million, according to court records"): the verb of saying is the content's subject's, which the phrase's source
    records with the rest, not that source's next act; the content keeps it."""
    if token.lower_ != "according" or token.i <= verb.i:
        return False
    # the verb's own words come after the phrase ("told her, according to the mother: 'You don't need ...'"): the
    # phrase sits inside that verb's report, whose content is not the phrase's; cut as before (rev63w)
    after = token.right_edge.i + 1
    if after < len(doc) and (doc[after].text == ":" or doc[after].is_left_punct and doc[after].is_quote):
        return False
    return not any(c.i > token.i and (c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") or c.text == ":")
                   for c in verb.children)


def _inside_relative(verb: Token, span: Span) -> bool:
    """``verb`` is joined to a relative clause on a noun of the content, with the content's own verb after it
    ("that Kavanaugh, whom she knew only as an acquaintance and said she had not spoken to since, was involved"):
    the relative clause's words, not the speaker's next act (blind audit 23: the cut left the claim out)."""
    head = verb.head
    return head.dep_ in ("relcl", "acl") and span.start <= head.head.i < head.i and head.head.head.i > verb.right_edge.i \
        and head.head.head.i < span.end


_JOINERS = frozenset({",", "and", "but", "or", ";", "yet"})


def joined_to_content(content: Content, token: Token, doc: Doc) -> Content:
    """A content takes the piece of the same statement that the parse hung on the cue beside it.

    "Selling a product is difficult, but altering behavior is much more difficult, Hege said"
    and "said that the agency never has administered vaccines and people aren't usually held in
    custody very long": two clauses the parse made two complements of the cue are one statement;
    so is a noun joined to the cue ("maintained that it would cover Swift's performance, but the
    performance of Thomas Rhett as well": a verb and a noun are no pair) and a present-tense verb
    with no subject joined to a past cue ("said she did not want to judge the campaign, and
    thinks it could still succeed": she thinks, she did not say it now). Only pieces next to the
    content, with a comma or "and"/"but" between them and nothing else.
    """
    if content.kind != "child_ccomp" or content.quote or content.parts:
        return content
    start, end = content.start, content.end
    for c in sorted(token.children, key=lambda c: c.i):
        lo, hi = c.left_edge, c.right_edge
        if c.sent != token.sent or lo.idx < start <= hi.idx or start <= c.idx < end:
            continue
        if c.dep_ == "ccomp":
            piece = True
        elif c.dep_ == "conj" and c.i > token.i:
            piece = c.pos_ in ("NOUN", "PROPN") or (
                c.pos_ == "VERB" and c.tag_ in ("VBZ", "VBP") and token.tag_ == "VBD"
                and not any(g.dep_ in SUBJ_DEPS for g in c.children))
        else:
            piece = False
        if not piece:
            continue
        if hi.idx + len(hi) <= start and _only_joiners_between(doc, hi.idx + len(hi), start):
            start = _first_word(doc, lo.i).idx
        elif lo.idx >= end and _only_joiners_between(doc, end, lo.idx):
            end = _last_word(doc, hi.i).idx + len(_last_word(doc, hi.i))
    if (start, end) == (content.start, content.end) or start <= token.idx < end:
        return content
    return content._replace(start=start, end=end)


def _only_joiners_between(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` holds nothing but commas and "and"/"but"-like joining words."""
    return all(w.lower() in _JOINERS for w in doc_text(doc)[start:end].replace(",", " , ").split())


def _first_word(doc: Doc, i: int) -> Token:
    while i < len(doc) - 1 and (doc[i].is_punct or doc[i].dep_ == "cc"):
        i += 1
    return doc[i]


def _last_word(doc: Doc, i: int) -> Token:
    while i > 0 and doc[i].is_punct and not doc[i].is_quote:
        i -= 1
    return doc[i]


# verbs whose object is always the addressee, never the subject of what was told ("warned voters would suffer" may be)
_TELLING = frozenset({"tell", "inform", "assure", "remind", "brief"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them", "whom"})


def subject_object(content: Content, token: Token, doc: Doc) -> Content:
    """ "The CDC recommends all individuals above age 6 months get a flu vaccine": the object the parse gave the cue
    is the subject of the clause after it (a clause with no subject of its own, nothing but the object's words and
    the cue's between them), and the content starts there. Not after a verb of telling in a relative clause, whose
    object is whom it was told ("which a spokeswoman told TheDCNF was supposed to be secret": the relative pronoun is
    the clause's subject); elsewhere "told POLITICO the state's standards are ..." may be parsed so."""
    if content.kind != "child_ccomp" or content.quote or content.parts:
        return content
    if token.lemma_.lower() in _TELLING and reporting_subject(token) is not None:
        return content
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.idx == content.start or
                   c.dep_ == "ccomp" and c.left_edge.idx == content.start), None)
    if clause is None or any(c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in clause.children) or clause.i < token.i:
        return content  # "told them there is no other interpretation": "there" is the clause's subject
    if clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark":
        return content  # "told the President that if he wants our guns, ...": no subject stands before "that"
    # the object nearest the clause: with two ("told POLITICO Florida the state's standards are ..."), the first is
    # whom it was told
    obj = max((c for c in token.children if c.dep_ == "dobj" and token.i < c.i < clause.left_edge.i),
              key=lambda c: c.i, default=None)
    if obj is None or obj.lower_ in _OBJECT_PRONOUNS:
        return content  # "told them “…”": "them" is never a subject
    between = doc[obj.right_edge.i + 1:clause.left_edge.i]
    if any(t.is_punct or (t.head.i != token.i and not any(a.i == t.head.i for a in between)) for t in between):
        return content
    return content._replace(start=obj.left_edge.idx)


def told_that(content: Content, token: Token, recipient_verbs: tuple[str, ...]) -> Content:
    """ "told a few thousand teachers who covered the lawn that the Legislature should ...": the that-clause.

    The parse hangs the clause on the verb of the relative clause describing the addressee
    ("covered ... that ..."), so the cue's only content is its object, addressee and clause
    together. What was told is the clause; the object is whom it was told to.
    """
    if content.kind != "child_dobj" or token.lemma_.lower() not in recipient_verbs:
        return content
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return content
    for t in obj.subtree:
        mark = t.left_edge
        if t.dep_ == "ccomp" and t.head.dep_ == "relcl" and mark.lower_ == "that" and mark.dep_ == "mark" \
                and t.right_edge.i == obj.right_edge.i:
            return content._replace(kind="child_ccomp", start=mark.idx)
    return content


def clause_after_participle_addressee(content: Content, token: Token, recipient_verbs: tuple[str, ...]) -> Content:
    """ "told cheering teachers that they were the reason she ran": the that-clause.

    The parse makes the participle before the addressee the verb's complement ("cheering" with object
    "teachers" and the clause), so the content held the addressee too. What was told is the clause.
    """
    if content.kind != "child_xcomp" or token.lemma_.lower() not in recipient_verbs:
        return content
    doc = token.doc
    for part in token.children:
        if part.dep_ != "xcomp" or part.tag_ not in ("VBG", "VBN") or part.i + 1 >= len(doc):
            continue
        if not any(c.dep_ == "dobj" and c.left_edge.i == part.i + 1 for c in part.children):
            continue  # "told him to leave": an infinitive, not a participle before the addressee
        clause = next((c for c in part.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
        if clause is not None and clause.left_edge.idx >= content.start:
            return content._replace(kind="child_ccomp", start=clause.left_edge.idx)
    return content


_NEGATION_CLITICS = ("n’t", "n't")


def through_glued_negation(content: Content, token: Token, doc: Doc) -> Content:
    """ "told teachers that they weren’t “asking for the moon.”": the clause goes on after its "n’t".

    Before a quotation the parse can take a glued "n’t" for punctuation and hang the rest of the
    clause on the cue, so the content stopped at "that they were". It runs to the end of the
    sentence (a closing quotation mark included, the full stop before it too)."""
    text = doc_text(doc)
    if content.quote or not text.startswith(_NEGATION_CLITICS, content.end) or token.idx > content.start:
        return content
    sent = token.sent
    if content.end >= sent.end_char:
        return content
    end = sent.end_char
    while end > content.end and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1  # the sentence's own full stop is not said, one inside the quotation is
    return content._replace(end=end)


_ASIDE_DASHES = frozenset({"–", "—", "--"})


def without_writers_aside(content: Content, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before the writer's aside that closes its sentence.

    "said he was keeping plans to attend a conference of the Republican Governors Association,
    which gave nearly $5.9 million toward Holcomb's campaign": a relative clause set off by a
    comma on a name tells the reader about the name, not what was said; so does a dash and a
    noun phrase of up to 20 words with no clause ("... after lower scores on the new exam – one of the top concerns
    of the unions", "— the sharpest response to date by the Islamic republic to Mr. Trump’s pullout from the
    nuclear accord"; a participle on a noun is no clause: "—well below the 148,000 figure found by the Payroll
    Survey": blind audits 33 and 35), and a noun with a clause of a named subject ("..., a claim Smith disputed").
    Inside a quotation they are the speaker's.
    """
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = span[-1]
    for t in span[3:]:
        if quotes.containing(t.idx) is not None:
            continue
        if not any(x.pos_ in ("VERB", "AUX") for x in span[:max(0, t.left_edge.i - span.start)]):
            continue  # a noun phrase with an aside ("questions about X, who is ..."): no clause to cut back to
        if t.text in _ASIDE_DASHES and set_off_dash(t):  # "her then–IT aide Imran Awan" joins words
            after = [x for x in doc[t.i + 1:last.i + 1] if not x.is_punct]
            if after and len(after) <= 20 and not any(x.pos_ in ("VERB", "AUX") and not _noun_modifier(x) for x in after) \
                    and any(x.pos_ in ("NOUN", "PRON", "NUM") for x in after):
                return _cut_before(content, doc, t.i, span.start)
            continue
        noun = reduced_relative_noun(t) if t.pos_ == "VERB" and t.right_edge.i >= last.i else None
        if noun is not None and noun[0].i > span.start:
            return _cut_before(content, doc, noun[0].i - 1, span.start)  # "..., a claim Smith disputed"
        if t.pos_ == "NOUN" and t.dep_ in ("npadvmod", "appos") and t.right_edge.i >= last.i \
                and t.left_edge.pos_ == "DET" and doc[t.left_edge.i - 1].text == "," \
                and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children) for c in t.children):
            return _cut_before(content, doc, t.left_edge.i - 1, span.start)  # the same, parsed as a noun and its clause
        before = doc[t.left_edge.i - 1]
        if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.right_edge.i >= last.i and before.text == "," \
                and t.left_edge.lower_ in ("which", "who"):
            return _cut_before(content, doc, before.i, span.start)
        if t.right_edge.i >= last.i and before.text in _COMMENT_OPENERS and writers_comment(t) \
                and not quotes.overlapping(doc[t.left_edge.i].idx, content.end):
            if before.text in (")", "]") and before.i > span.start:  # "a (full six minutes ...) which means": the bracket stays
                return content._replace(end=before.idx + len(before))
            return _cut_before(content, doc, before.i, span.start)
    return content


_COMMENT_OPENERS = frozenset({",", ")", "]", ";", "–", "—", "--"})
# what the writer says of a fact just told: "..., which is ironic since ...", "which is telling"
_FACT_JUDGEMENTS = frozenset({"ironic", "odd", "strange", "curious", "funny", "interesting", "telling", "remarkable",
                              "notable", "noteworthy", "surprising", "unsurprising", "amusing", "laughable", "absurd",
                              "hilarious", "rich", "convenient", "fitting", "fascinating", "troubling", "disturbing",
                              "worrying", "alarming", "unfortunate", "predictable", "revealing", "significant"})
# what the writer draws from a fact just told: "..., which means the guard could have ...", "which explains why"
_FACT_CONSEQUENCES = frozenset({"mean", "imply", "explain"})


def _noun_modifier(verb: Token) -> bool:
    """A participle that modifies a noun with no subject or auxiliary of its own: "the 148,000 figure found by the
    Payroll Survey", "widely-cited": a phrase with no clause (blind audit 33: "reported 103,000 jobs were created last
    month—well below the 148,000 figure found by the far more widely-cited Payroll Survey")."""
    if verb.tag_ not in ("VBN", "VBG") or verb.dep_ not in ("acl", "amod", "compound") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    # after the noun, only a participle with its agent ("found by the Payroll Survey", "a claim denied by his
    # office"): the writer's source for a figure or a verdict; "mostly engineers trained in machine learning", "a
    # handgun stolen from his father's house", "families earning under $50,000" tell what was said (rev68b)
    return verb.dep_ != "acl" or any(c.dep_ == "agent" for c in verb.children)


def writers_comment(verb: Token) -> bool:
    """ "which is ironic since Wuerl is one of Pope Francis's closest advisers", "(...) which means the guard could
    have led Paddock to open fire": a clause opened by "which" that judges the whole fact before it (``be`` and an
    adjective of ``_FACT_JUDGEMENTS``) or draws a consequence from it (``_FACT_CONSEQUENCES``) is a sentence
    relative: the writer's comment on what was reported, not part of the report. A "which" that describes its noun
    ("the bill, which is pending", "the plan, which means cuts to schools": a consequence verb with a noun, not a
    clause, for object) is kept; a quotation in it is the speaker's (checked by the caller)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.left_edge.lower_ != "which" or verb.left_edge.i == verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _FACT_CONSEQUENCES:  # a consequence is a clause ("which means the guard could have ..."); a noun
        return any(c.dep_ in ("ccomp", "advcl") for c in verb.children)  # ("which means cuts") describes its noun
    if verb.lower_ in _FACT_JUDGEMENTS:  # "which is telling": the parse may read the adjective as a progressive
        return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in _FACT_JUDGEMENTS for c in verb.children)


def naming_without_remark(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A naming ends with the name it gives, before the writer's remark on it set off by a comma.

    "MBFC actually called CNN "left biased," which is correct but followed up with ...", "called Smith a liar,
    which is simply untrue", "labeled the bill "a giveaway," which it arguably is": a "which" after the name
    (``naming.given_name``) and its comma speaks of the naming, in the writer's voice; the naming is "CNN "left
    biased"" (blind audit 21: the remark run into the content was marked wrong). Inside a quotation it is the
    speaker's ("called it "a disaster, which will cost jobs""); a "who" on a person named stays ("called the judge
    a "hater," who had "railroaded" him").
    """
    if content.parts:
        return content
    name = given_name(token)
    span = content_span(doc, content)
    if span is None or (name is None and not _quoted_naming(token, doc)):
        return content
    for t in span:
        if (name is not None and t.i <= name.i) or t.lower_ != "which" or t.tag_ != "WDT" \
                or quotes.containing(t.idx) is not None or t.i - 2 <= span.start:
            continue
        before = doc[t.i - 1]
        if name is None and not before.is_quote:
            continue  # a name the parse missed: only one in quote marks, closed right before the remark
        comma = doc[t.i - 2] if before.is_quote else before
        if comma.text == "," and (name is None or comma.i > name.i):
            return _cut_before(content, doc, t.i, span.start)
    return content


def _quoted_naming(token: Token, doc: Doc) -> bool:
    """A naming verb with its object right after it, where the parse missed the name given ("called the report
    "garbage,"" with "report" read as a modifier of "garbage"): not "called for", "called on"."""
    return token.pos_ == "VERB" and token.lemma_.lower() in NAMING_VERBS and token.i + 1 < len(doc) \
        and doc[token.i + 1].pos_ not in ("ADP", "PART")


def _cut_before(content: Content, doc: Doc, i: int, first: int) -> Content:
    """``content`` ending at the word before token ``i`` (never before its first word)."""
    while i > first and (doc[i - 1].is_punct and not doc[i - 1].is_quote):
        i -= 1
    return content if i <= first else content._replace(end=doc[i - 1].idx + len(doc[i - 1]))


def reduced_relative_object(content: Content, token: Token) -> Content:
    """ "..., a prospect Vindman denied earlier in the day": the cue's clause describes the noun before its subject.

    The parse reads "a prospect" as a word of the subject's name and the whole sentence before
    as what was denied; but "a prospect Vindman denied" is "a prospect (that) Vindman denied",
    set off by a comma after the writer's sentence, and what was denied is the prospect.
    """
    noun = reduced_relative_noun(token)
    if noun is None or content.end > noun[0].idx:
        return content
    return Content("child_dobj", noun[0].idx, noun[1].idx + len(noun[1]))


def reduced_relative_noun(verb: Token) -> tuple[Token, Token] | None:
    """First and last word of "a prospect" in ", a prospect Vindman denied": a determiner after a comma, common
    nouns the parse made compounds of the verb's named subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a name is written with a capital: the tagger also calls a lowercase role noun a PROPN ("Seventeen people have
    # died, the health ministry said": "ministry"), and then the sentence is what the ministry said
    if subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    first = subj.left_edge
    doc = verb.doc
    if first.pos_ != "DET" or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    last = doc[first.i + 1] if first.i + 1 < subj.i else None
    if last is None or last.pos_ != "NOUN" or last.dep_ != "compound":
        return None
    while last.i + 1 < subj.i and doc[last.i + 1].pos_ == "NOUN" and doc[last.i + 1].dep_ == "compound":
        last = doc[last.i + 1]
    return first, last


_WHEN_NOUNS = frozenset({"time", "moment", "point"})


def clause_after_at_the_time(content: Content, token: Token) -> Content:
    """ "claimed at the time that they were being treated well": the that-clause, not "the time that ...".

    The parse reads the clause as a relative clause of "time", so the only content is the object of
    "at"; but "at the time" says when the claim was made, and what was claimed is the clause.
    """
    if content.kind not in ("prep_obj", "child_prep") or content.quote:
        return content
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.lemma_.lower() not in _WHEN_NOUNS or not content.start <= pobj.idx < content.end:
        return content
    clause = next((c for c in pobj.children if c.dep_ in NOUN_MODIFIER_CLAUSES and c.left_edge.lower_ == "that"
                   and c.left_edge.dep_ not in ("nsubj", "nsubjpass", "dobj")), None)
    if clause is None or not any(g.dep_ in SUBJ_DEPS for g in clause.children):
        return content
    return content._replace(kind="child_ccomp", start=clause.left_edge.idx)


def clause_after_manner(content: Content, token: Token, doc: Doc) -> Content:
    """ "Warren pointed out, with a telling side-by-side, that his views had changed": the parse hangs the that-clause
    on "with", and the content opens on the manner phrase; what was pointed out is the clause alone."""
    if content.quote:
        return content
    span = content_span(doc, content)
    if span is None or span[0].lower_ == "that":
        return content
    for t in span:
        if t.lower_ != "that" or t.dep_ != "mark" or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        below = t.head  # the clause, hung on "with" or on its noun ("with a chart, that ...")
        while below.head.i != below.i and below.head.i != token.i:
            below = below.head
        if below.dep_ == "prep" and below.lower_ == "with" and below.head.i == token.i and below.i < t.i:
            return Content("child_ccomp", t.idx, content.end)
    return content
