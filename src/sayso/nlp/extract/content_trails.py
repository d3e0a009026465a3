"""Where a content runs on into the writer's words at its end (blind audit 23): pure trims of a chosen content.

- ``without_open_aside``: "reported that the school was abuzz with gossip about the attack (which apparently took
  place during summer break), retracted ...": a parenthesis opened inside the content and closed past its end is
  the writer's aside; the content ends before it.
- ``naming_without_participle``: "called Ted Kennedy an "inspiration and a friend," presumably also based on their
  compatible ideologies": after the closing quote of the name given, a comma and a participle or an adverb of the
  writer's guess are the writer's remark on the naming.
- ``without_reported_relative``: "said the timing suggests that the Awans had learned of their investigation, which a
  spokeswoman for Paul Ryan told TheDCNF was supposed to be secret", "confirmed that it had been contacted by the
  Attorney General's office, which will reportedly focus on Adam Neumann": a relative clause set off by a comma
  at the content's end that attributes its words to someone else, or to what is reported, is the writer's; so is
  one that tells what was withheld ("..., which she refused to reveal", "..., which the agency did not identify").
- ``without_retort``: "testified that his decision was not made before her interview took place, when for all
  intents and purposes it was": a clause at the end that turns the content's polarity around with its verb phrase
  left out is the writer's retort.
- ``without_writers_truth``: "tried to say he had been in that church for years and never heard such things, which
  isn't true", "said Hasan had died a martyr, though in fact he remains alive on military death row": the writer's
  verdict on whether what was said is true, or the writer's correction of it, closes the content.
- ``without_according_tail``: "said she confused Jean's home for her own ..., according to court documents": the
  writer's own source for the saying is no part of what was said.
- ``without_saying_occasion``: "claimed that “America has never been a democracy” on Sunday during a solidarity trip
  to Iran": past the quotation's closing mark, the day or the occasion of the saying is the writer's account of it.
- ``without_however_clause``: "claims that she accidentally entered the wrong apartment ..., however, eyewitness
  testimony has contradicted her initial statement": a clause after "however" that the parse hangs on the cue or
  above it, not inside what was said, is the writer's rebuttal.
- ``without_writers_first_person``: "claims the display size will remain 13.3 inches, although given the source is
  DigiTimes, we would not completely rule out hopes of a larger display": outside quotation marks "we" and "I" are
  the writer, and a clause of theirs at the content's end is the writer's remark.

Tables of tests: ``tests/test_content_trails.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.according_scope import SAYING, own_record
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import SUBJECTS, subject_of
from sayso.nlp.extract.filters import content_span, trimmable_span
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.saying_occasions import SAYING_CHANNELS
from sayso.nlp.extract.time_words import WEEKDAYS
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_ARTICLES = ("a", "an", "the")


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and the commas, colons and dashes that joined what was cut, and over an
    article left without its noun ("shot about 9:59 p.m. a (full six minutes before ...)": a content never ends
    on "a", "an" or "the")."""
    while end > start and text[end - 1] in " \t\n,;:–—-":
        end -= 1
    for article in _ARTICLES:
        cut = end - len(article)
        # lower case only: a capital "A" ends a grade, a vitamin or a plan ("earned an A (which ...)"), no article
        if cut > start and text[cut:end] == article and text[cut - 1] in " \t\n":
            end = cut
            while end > start and text[end - 1] in " \t\n,;:–—-":
                end -= 1
            break
    return end


def without_open_aside(content: Content, doc: Doc, quotes: QuoteIndex) -> Content:
    """ "that the school was abuzz with gossip about the attack (which apparently took place during summer break":
    the content ends before a "(" or "[" it opens and does not close (or closes as its last word), when the words
    in it are a clause (a finite verb): the writer's aside. "such as (but certainly not limited to)" is no clause. A parenthesis closed inside the content ("the bill (HB 12) passed"), a name's party and
    state ("Rep. Don Beyer (D-Va."), and a quotation are kept.
    A parenthesis with a quotation in it ("citing Exodus 18:21 (''select out of all the people able men ...''",
    "include ideology (Sanders leads among “very liberal” voters") gives what was cited or found: kept."""
    if content.quote or content.parts:
        return content
    text = quotes.text
    words = text[content.start:content.end]
    for opening, closing in (("(", ")"), ("[", "]")):
        at = words.rfind(opening)
        shut = words.find(closing, at)
        if at <= 0 or (shut >= 0 and words[shut + 1:].strip(" .,;:")):
            continue  # closed inside the content, words of the content after it
        aside = doc.char_span(content.start + at, content.end, alignment_mode="expand")
        if aside is None or not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in aside) \
                or quotes.overlapping(content.start + at, content.end):
            continue
        end = _trimmed_end(text, content.start, content.start + at)
        if end > content.start:
            return content._replace(end=end)
    return content


_GUESSING_ADVERBS = frozenset({"presumably", "apparently", "perhaps", "probably", "possibly", "likely", "seemingly",
                               "evidently", "doubtless", "undoubtedly", "arguably", "no doubt"})


def naming_without_participle(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """ "Senator Feinstein called Ted Kennedy an "inspiration and a friend," presumably also based on their compatible
    ideologies": past the closing quote of the words the cue takes and its comma, a phrase led by an adverb of
    guessing ("presumably", "apparently") is the writer's remark; the content ends with the quote. Inside the
    quotation the words are the speaker's."""
    if content.parts:
        return content
    span = content_span(doc, content)
    if span is None:
        return content
    for t in span:
        if t.lower_ not in _GUESSING_ADVERBS or t.i < span.start + 2 or quotes.containing(t.idx) is not None:
            continue
        before, second = doc[t.i - 1], doc[t.i - 2]
        if before.is_quote and second.text == ",":
            cut = before.i  # "a friend," presumably: the quote keeps its comma
        elif before.text == "," and second.is_quote:
            cut = second.i  # "a friend", presumably
        else:
            continue
        if t.head.i != token.i and cut >= span.start:
            return content._replace(end=doc[cut].idx + len(doc[cut]))
    return content


_RELATIVE_OPENERS = frozenset({"which", "who", "whom"})


def without_reported_relative(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                              speech: frozenset[str]) -> Content:
    """A content ends before a relative clause at its end that the writer attributes to another: a verb of saying
    (``speech``) with a subject of its own that is no pronoun and not the cue's speaker (", which a spokeswoman for
    Speaker Paul Ryan, AshLee Strong, told TheDCNF was supposed to be secret"), or the writer's "reportedly"
    (", which will reportedly focus on activities by WeWork's founder"). The speaker did not cite another's words
    or the press about their own statement; the writer did (blind audits 27 and h32: run_on). A clause with the
    speaker's own saying ("the land deal, which he told the Washington Examiner was “quickly souring”": "he" may
    be the speaker), one with no report ("the bill, which passed in May") and one inside a quotation stay."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = span[-1]
    for t in span[3:]:
        if t.dep_ != "relcl" or not span.start < t.head.i < t.i:
            continue
        if t.right_edge.i < last.i and (doc[t.right_edge.i + 1].is_punct or quotes.containing(last.idx) is not None):
            continue  # an aside closed inside the content (", which X said was costly, will fail"); the parse may hang
            # the relative's own clause on the verb before it ("which a spokeswoman told TheDCNF | was ... secret")
        opener = t.left_edge
        if opener.lower_ not in _RELATIVE_OPENERS or opener.i == 0 or doc[opener.i - 1].text != ",":
            continue
        if quotes.containing(t.idx) is not None or quotes.containing(opener.idx) is not None:
            continue
        if _reportedly(t) or _others_report(t, token, speech) or _withheld(t, opener, span):
            end = _trimmed_end(quotes.text, content.start, doc[opener.i - 1].idx)
            if end > content.start:
                return content._replace(end=end)
    return content


def _reportedly(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "reportedly" for c in verb.children)


# verbs of making a thing known: what a relative clause says was withheld ("which she refused to reveal")
_DISCLOSING = frozenset({"identify", "name", "reveal", "disclose", "divulge", "specify", "detail"})  # not "release": custody, albums
_REFUSING = frozenset({"refuse", "decline"})


def _withheld(verb: Token, opener: Token, content: Span) -> bool:
    """ "which she refused to reveal", "whom they would not identify", "which the CFTC didn't identify", "which was
    not disclosed": the relative pronoun is the object (or the bare passive subject) of a verb of making known that
    "refuse" or "decline" governs, that "would not" withholds, or that is negated with a noun subject that the content
    does not name. Kept: the pronoun as the one who tells ("a contractor, which did not name its suppliers"), a
    failure to know ("whom she could not identify", "which had not been identified before": the speaker's report), a
    concealment by one the content names ("the bank had hidden losses, which it did not disclose to investors": the
    claim itself), a relative that runs on past a comma ("whom he would not name, about the plan")."""
    told = opener.head
    if told.lemma_.lower() not in _DISCLOSING or opener.dep_ not in ("dobj", "nsubjpass"):
        return False
    if told.i != verb.i and not (told.dep_ == "xcomp" and told.head.i == verb.i):
        return False
    doc = verb.doc
    if any(w.text == "," for w in doc[verb.i:verb.right_edge.i + 1]):
        return False
    if told.i != verb.i and verb.lemma_.lower() in _REFUSING:
        return True
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in told.children):
        return False
    auxes = {c.lower_ for c in told.children if c.dep_ in ("aux", "auxpass")}
    if opener.dep_ == "nsubjpass":  # only the bare "which was not disclosed"
        return auxes <= {"was", "were"} and all(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in told.children)
    if "would" in auxes:
        return True
    subject = next((c for c in told.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not auxes <= {"did", "do", "does"}:
        return False
    return all(w.lemma_.lower() != subject.lemma_.lower() for w in doc[content.start:opener.i])


def _others_report(verb: Token, cue: Token, speech: frozenset[str]) -> bool:
    """ "which a spokeswoman told TheDCNF was ...": a verb of saying whose subject (not the relative pronoun) is a
    noun phrase that is not the cue's speaker."""
    if verb.lemma_.lower() not in speech:
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP")), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    speaker = subject_of(cue)
    return speaker is None or speaker.lower_ != subj.lower_


# what opens the writer's retort on a content: "..., when it was", "..., which it does not have authority to do"
_RETORT_OPENERS = frozenset({"when", "which", "though", "although", "whereas", "while"})
_ELLIPSIS_HOSTS = frozenset({"be", "have", "do"})
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "acl", "relcl", "advcl", "conj"})


def without_retort(content: Content, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before a clause at its end that says the opposite of it with its verb left out.

    "Comey testified that his decision to exonerate Hillary was not made before her interview took place, when for
    all intents and purposes it was", "the government still believes it has a right to regulate certain arms,
    which it does not have authority to do": a clause set off by a comma, opened by "when", "which", "though",
    "although", "whereas" or "while", whose verb phrase is left out ("it was", "to do": it stands for the
    content's own predicate) and whose polarity is the content's turned around (one negated, the other not), is
    the writer's retort on what was said, not the speaker's words (blind audits 28 and 29: run_on). A clause with
    its own predicate ("when the vote comes"), one of the same polarity ("said he would leave when he could",
    "said he would pay, which he did": no retort, though the second is the writer's too) and "but" ("wanted to go
    but couldn't": the speaker's own) stay; so does a quotation."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.dep_ not in ("advcl", "relcl") or t.right_edge.i < last.i or quotes.containing(t.idx) is not None:
            continue
        opener = t.left_edge
        if opener.lower_ not in _RETORT_OPENERS or opener.i <= span.start or doc[opener.i - 1].text != ",":
            continue
        clause = doc[opener.i:last.i + 1]
        if not _elided(t, last) or _negated(clause) == _negated(doc[span.start:opener.i]):
            continue
        end = _trimmed_end(quotes.text, content.start, doc[opener.i - 1].idx)
        if end > content.start:
            return content._replace(end=end)
    return content


def _elided(verb: Token, last: Token) -> bool:
    """The clause's verb phrase is left out: it ends on a stranded "be", "have", "do" or a modal with no complement
    ("it was", "he did", "she could"), or on an infinitive "to do" with no object of its own ("authority to do")."""
    if last.i == verb.i:
        return (verb.lemma_.lower() in _ELLIPSIS_HOSTS or verb.tag_ == "MD") \
            and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    return last.lemma_.lower() == "do" and last.tag_ == "VB" and any(c.lower_ == "to" for c in last.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in last.children)


def _negated(words: Iterable[Token]) -> bool:
    return any(w.dep_ == "neg" or w.lower_ in ("never", "no") for w in words)


def last_word(span: Span) -> Token:
    """The span's last token that is no punctuation (its first where all are): where a trailing clause of the
    content ends, before the sentence's stop."""
    last = span[-1]
    while last.i > span.start and last.is_punct:
        last = span.doc[last.i - 1]
    return last


# what the writer says of a content's truth: "..., which isn't true", "..., which is simply false"
_TRUTH_WORDS = frozenset({"true", "untrue", "false", "correct", "incorrect", "accurate", "inaccurate", "wrong"})
# what opens the writer's correction of a content: "..., though in fact he remains alive", "when in reality"
_CORRECTION_OPENERS = frozenset({"though", "although", "whereas", "while", "when"})
_CORRECTION_ADVERBS = (("in", "fact"), ("in", "reality"), ("in", "truth"), ("actually",))


def without_writers_truth(content: Content, doc: Doc, quotes: QuoteIndex, speech: frozenset[str]) -> Content:
    """A content ends before the writer's verdict on its truth or the writer's correction of it (blind audit 35:
    run_on, "which isn't true", "though in fact he remains alive on military death row").

    - a sentence relative set off by a comma at the content's end, "which" and "be" with a bare adjective of truth
      (``_TRUTH_WORDS``: "which isn't true", "which is simply false") judges the whole report; an adjective with
      words of its own ("which is true to its name", "which was wrong about the date") speaks of a noun: kept;
    - a clause set off by a comma at the end, opened by "though", "although", "whereas", "while" or "when" and then
      "in fact", "in reality", "in truth" or "actually" ("when in fact it was spending more") sets what is against
      what was said: the writer's correction. "but in fact" stays ("argued that the law was not about guns but in
      fact about power": the speaker's own contrast).

    The speaker may rebut another's claim in the same words ("Smith said Trump claimed the wall was paid for, which
    isn't true"): a content with a verb of saying (``speech``) before the clause keeps it; so does a quotation."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.text != "," or t.i + 2 > last.i or quotes.containing(t.idx) is not None:
            continue
        clause = doc[t.i + 1:last.i + 1]
        if not (_truth_verdict(clause) or _correction(clause)) or quotes.overlapping(clause.start_char, content.end):
            continue
        if any(w.lemma_.lower() in speech and w.pos_ == "VERB" for w in doc[span.start:t.i]):
            return content
        end = _trimmed_end(quotes.text, content.start, t.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


def _truth_verdict(clause: Span) -> bool:
    """ "which isn't true", "which is simply false": "which", a form of "be", then adverbs and negation only, and a
    bare adjective of truth last."""
    words = list(clause)
    if len(words) < 3 or words[0].lower_ != "which" or words[1].lemma_.lower() != "be":
        return False
    verdict = words[-1]
    if verdict.lower_ not in _TRUTH_WORDS or any(True for _ in verdict.children):
        return False
    return all(w.dep_ in ("neg", "advmod") or w.lower_ in ("n't", "not") for w in words[2:-1])


def _correction(clause: Span) -> bool:
    """ "though in fact he remains alive", "when actually it was": a concessive or contrastive opener, the adverb
    of what is really so, then a finite clause."""
    words = [w.lower_ for w in clause]
    if not words or words[0] not in _CORRECTION_OPENERS:
        return False
    rest = [w for w in words[1:] if w != ","]
    if not any(tuple(rest[:len(adverb)]) == adverb for adverb in _CORRECTION_ADVERBS):
        return False
    return any(w.tag_ in FINITE_OR_MODAL_TAGS for w in clause)


def without_according_tail(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before ", according to X" at its end, when the cue is not that "according to" (blind audits
    29 and 35: run_on, content_wrong).

    "Guyger said she confused Jean's home for her own ... and shot him when he refused her commands, according to
    court documents", "finally told the therapist she did not name Kavanaugh, according to the therapist's notes":
    the phrase names the writer's source for the saying (the analysis gives it an attribution of its own, over the
    saying and its clause: ``according_scope.SAYING``), not a word of what was said. Only under those verbs of
    saying: under another cue ("They fear that Trump may give fewer concessions, according to people familiar with
    their thinking") the phrase's own content is the cue's clause, and the trimmed content would be the same, one
    of the two attributions lost (a 181-page run). "according to" inside the content ("said that, according to the police, the man fled"),
    with no comma ("went according to plan"), or inside a quotation stays."""
    span = trimmable_span(doc, content)
    if span is None or token.lemma_.lower() not in SAYING:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.lower_ != "according" or t.i + 2 > last.i or doc[t.i + 1].lower_ != "to" \
                or doc[t.i - 1].text != "," or quotes.containing(t.idx) is not None:
            continue
        if doc[t.i + 1].right_edge.i < last.i or quotes.overlapping(t.idx, content.end):
            continue  # the phrase ends inside the content ("..., according to X, is ..."): the speaker's own words
        if own_record(t, last.i):
            continue  # "said emissions fell, according to its report": the speaker's own record of what was said
        end = _trimmed_end(quotes.text, content.start, doc[t.i - 1].idx)
        if end > content.start:
            return content._replace(end=end)
    return content


# the verb forms a clause of the cue's own shows by itself: past, present (either person) and the participle
_CUE_FORMS = frozenset({"VBD", "VBZ", "VBP", "VBG"})


def without_speakers_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before a verb phrase at its end that is the speaker's next act, not a part of what was said
    (blind audits 32 and h32: run_on).

    "She said the plan would work and urged lawmakers to act", "explaining that a progressive agenda cannot pass and
    using a racial slur": the parse hangs the verb after "and" on the content's verb, but that verb's auxiliary
    cannot govern it: a finite verb ("urged") under a modal ("would work and urged"), a participle ("using") on a
    verb with no "be" to share. A verb with no subject of its own in the cue's form ("urged" like "said", "using"
    like "explaining") is then the cue's conjunct: the speaker's act, told by the writer.

    A past form the tagger read as a participle after a verb of seeming read as an auxiliary ("reported that she felt
    threatened and obtained a warrant": "felt obtained" is no verb group) is such a conjunct too (audit 67 S176).

    Two finite verbs of different tenses stay ("said Carlineo is a convicted felon and possessed a handgun": what
    was said mixes a state and a past act; "says the man lied and faces charges"), so do a participle that a "be"
    of its head may govern ("said the plant was closed and moving to Mexico"), a conjunct with its own subject
    ("said X, and Y will follow"), one outside the cue's sentence (a block after its colon: the cited text) and a
    quotation."""
    if token.tag_ not in _CUE_FORMS:
        return content
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for t in span[3:]:
        head = t.head
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.right_edge.i < last.i:
            continue
        if t.tag_ != token.tag_ and not _past_after_linking(t, token):
            continue
        if not span.start <= head.i < t.i or head.pos_ not in ("VERB", "AUX") or not _ungoverned(t, head, token):
            continue
        if t.sent.start != token.sent.start:
            continue  # a block after the cue's colon ("laying out its premise:\n..."): the cited text, no conjunct
        if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children) or quotes.containing(t.idx) is not None:
            continue
        cc = next((c for c in head.children if c.dep_ == "cc" and c.i < t.i), None)
        if cc is None or doc[cc.i + 1:t.i].text.strip():
            continue  # joined by "and" right before the verb: "and urged", not "and, in May, urged"
        end = _trimmed_end(quotes.text, content.start, cc.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


# verbs of seeming the parse reads as an auxiliary before a participle ("she felt threatened": "felt" an aux)
_LINKING_READ_AS_AUX = frozenset({"feel", "felt", "seem", "look", "appear", "become", "sound"})


def _past_after_linking(conjunct: Token, token: Token) -> bool:
    """A past form the tagger read as a participle ("obtained", VBN) after a head whose "auxiliary" is a verb of
    seeming ("felt threatened and obtained a warrant", blind audit 67 S176): "felt" governs no "obtained", so the
    verb is a past tense like the cue's ("reported")."""
    if token.tag_ != "VBD" or conjunct.tag_ != "VBN" or not conjunct.lower_.endswith("ed"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return False
    return any(a.dep_ == "aux" and (a.lemma_.lower() in _LINKING_READ_AS_AUX or a.lower_ in _LINKING_READ_AS_AUX)
               for a in conjunct.head.children)


def _ungoverned(conjunct: Token, head: Token, token: Token) -> bool:
    """The auxiliaries of ``head`` cannot govern ``conjunct``: a finite verb after a head under a modal ("would
    work and urged"), a participle after a head that is no participle and has no "be" ("cannot pass and using"), a
    finite past after ", and" beside a perfect ("has confused employees ..., and demanded")."""
    if _relative_cannot_share(conjunct, head):
        return True  # "called for rates that rise ... and promised rebates": the speaker's act, not the rates'
    auxes = [a for a in head.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _LINKING_READ_AS_AUX or a.lemma_.lower() in _LINKING_READ_AS_AUX for a in auxes) \
            and conjunct.tag_ == "VBN":
        return True  # "felt threatened and obtained": "felt" is no auxiliary of "obtained" (``_past_after_linking``)
    if conjunct.tag_ == "VBG":
        return head.tag_ != "VBG" and not any(a.lemma_.lower() == "be" for a in auxes)
    if conjunct.tag_ == "VBD" and head.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'ve") for a in auxes) \
            and token.i < head.i:
        # only a present perfect after the cue: "had stolen the money, and fled" is a pluperfect the tagger split
        # (both the content's), and "The policy has confused ..., and demanded ..., the group said" is all said
        # "has confused employees with pay discrepancies, and demanded a deadline extension": the tagger reads the
        # verb after ", and" as finite, no participle of the perfect (real-page W run_on, h32)
        before = conjunct.doc[conjunct.i - 2:conjunct.i]
        return len(before) == 2 and before[0].text == "," and before[1].lower_ == "and"
    return head.tag_ == "VB" and any(a.tag_ == "MD" for a in auxes)


def _relative_cannot_share(conjunct: Token, head: Token) -> bool:
    """ "his plan calls for rates that rise with earnings and includes rebates" (blind audit P77): the parse hangs the
    verb after "and" on the verb of a relative clause, but the two are present forms of different number, so they
    share no subject ("rates ... rise" and "includes"); the conjunct has the cue's form (the caller asks) and is the
    cue's subject's next act. A relative with two verbs of one form ("a tax that falls on the rich and funds
    schools") or of two tenses ("a man who lives in Leeds and fled the scene") stays whole."""
    return head.dep_ == "relcl" and {head.tag_, conjunct.tag_} == _NUMBERS \
        and not any(a.dep_ in ("aux", "auxpass") for a in head.children)


# the present forms differ in number ("rates that rise ... and includes"); a relative's verbs may differ in tense
# ("a man who lives in Leeds and fled the scene", "a candidate who supports gun control and won the primary": review
# rev75a), so a past beside a present tells nothing
_NUMBERS = frozenset({"VBZ", "VBP"})


# the acts of giving grounds or particulars whose absence the writer notes after a comma: "..., without providing
# evidence", "..., without elaborating", "..., without naming the officials"
_GROUNDS_VERBS = frozenset({"provide", "give", "offer", "cite", "present", "produce", "show", "share", "supply",
                            "elaborate", "specify", "detail", "name", "identify", "discuss", "explain", "mention",
                            "say", "reveal", "disclose", "substantiate", "back", "address"})


def without_missing_grounds(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                            speech: frozenset[str]) -> Content:
    """A content ends before ", without" and a participle of giving grounds or particulars at its end (blind audit
    30: run_on): "claimed that the administration's “objectives are to weaken Iranian influence,” without
    discussing the means to accomplish those objectives", "said the election was rigged, without providing
    evidence". The phrase tells what the speaker left unsaid: the writer's remark on the saying, not a word of it.
    So does "with no evidence" or "without evidence" hung on the cue (``_baseless``).
    Kept: "without" and another act ("said the firm would grow, without raising prices": the speaker's condition),
    no comma before it ("would pay without giving up control"), a sentence other than the cue's (a block after its
    colon) and inside a quotation."""
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.lower_ in ("with", "without") and _baseless(t, token, last) and quotes.containing(t.idx) is None:
            end = _trimmed_end(quotes.text, content.start, doc[t.i - 1].idx + len(doc[t.i - 1]))
            if end > content.start:
                return content._replace(end=end)
        if t.lower_ != "without" or t.i + 1 > last.i or quotes.containing(t.idx) is not None:
            continue
        before = doc[t.i - 1]
        if before.is_quote and t.i >= 2:
            before = doc[t.i - 2]  # '... broadly," without': the comma inside the closing quote
        verb = doc[t.i + 1]
        if before.text != "," or verb.tag_ != "VBG" or t.right_edge.i < last.i:
            continue
        if verb.lemma_.lower() not in _GROUNDS_VERBS and verb.lemma_.lower() not in speech:
            continue
        if t.sent.start != token.sent.start:
            continue  # a block after the cue's colon: the cited text's own words
        cut = before.idx
        if doc[t.i - 1].is_quote:
            cut = doc[t.i - 1].idx + len(doc[t.i - 1])  # the quotation closes the content
        end = _trimmed_end(quotes.text, content.start, cut)
        if end > content.start:
            return content._replace(end=end)
    return content


_GROUNDS_NOUNS = frozenset({"evidence", "proof", "basis", "substantiation", "corroboration"})
_NONE = frozenset({"no", "zero", "little"})


def _baseless(prep: Token, cue: Token, last: Token) -> bool:
    """ "accused Kavanaugh of sexual assault with absolutely no evidence", "accused him of fraud without evidence":
    "with" and no grounds, or "without" grounds, hung on the cue itself (how the saying was done, the writer's
    verdict on it: blind audit 29), closing the content. On the content's own verb it may be the speaker's words
    ("said the police arrested him with no evidence"): kept."""
    if prep.head.i != cue.i or prep.right_edge.i < last.i:
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _GROUNDS_NOUNS:
        return False
    return prep.lower_ == "without" or any(c.lower_ in _NONE for c in noun.children)


# what opens a clause the writer adds to a content: "..., although we would not rule out ...", "..., but I doubt it"
# a writer's aside after the words is a concession or a contrast ("although ... we would not rule out"); after "and" or
# "so" the "we" goes on with the speaker's own words as often ("and I will speak", "so we will practice harder")
_WRITERS_CLAUSE_OPENERS = frozenset({"although", "though", "but", "yet", "while", "whereas", "even"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})


def without_writers_first_person(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before a clause at its end whose subject is "I" or "we" outside any quotation (blind audit
    h35: run_on): "The report claims the display size will remain 13.3 inches, although given the source is
    DigiTimes, we would not completely rule out hopes of a larger display", "The study found that Clinton leads
    among women, but we don't know which company fielded it". In reported speech the speaker is a third person;
    outside quotation marks "I" and "we" are the writer, so the clause is the writer's remark on what was said.

    Only a clause set off by a comma and opened by a joining or conceding word ("although", "but", "and", "while")
    that runs to the content's end. Kept: a cue inside a quotation (the quoted speaker's "we"), a speaker who is
    "I" or "we" ("We said the bill was unfair, and we will vote against it": both the speaker's), a content that
    already speaks in the first person before the clause (the speaker's words reported as said: "said our plan was
    flawed, but we would fix it"), "we" as an object ("said the fund would help us") and a quotation."""
    span = trimmable_span(doc, content)
    if span is None or quotes.containing(token.idx) is not None:
        return content
    speaker = subject_of(token)
    if speaker is not None and speaker.lower_ in _FIRST_PERSON:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.lower_ not in ("i", "we") or t.dep_ not in SUBJECTS or quotes.containing(t.idx) is not None:
            continue
        verb = t.head
        if verb.i < t.i or verb.right_edge.i < last.i or not span.start + 3 <= verb.left_edge.i <= t.i:
            continue  # no clause of "we" that runs to the content's end
        opener = verb.left_edge if verb.left_edge.lower_ in _WRITERS_CLAUSE_OPENERS else doc[verb.left_edge.i - 1]
        comma = doc[opener.i - 1]
        if opener.lower_ not in _WRITERS_CLAUSE_OPENERS or comma.text != "," or quotes.containing(comma.idx) is not None:
            continue  # not set off by a comma and a joining word ("said the plan we made would work")
        if any(w.lower_ in _FIRST_PERSON and quotes.containing(w.idx) is None for w in doc[span.start:comma.i]):
            return content  # the speaker's words reported in the first person: the clause may be theirs too
        end = _trimmed_end(quotes.text, content.start, comma.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


# the occasions of a saying: "in an interview with CNN", "at a rally in Ohio", "during a campaign stop in Flint"
# the ways words are given out; not the events they may tell of ("said Clinton “lied” during the debate", "tried to
# kiss her “at least twice” during an event in 2006": the debate and the event are what was said about)
_OCCASION_NOUNS = SAYING_CHANNELS | frozenset({"video", "broadcast", "sermon", "lecture", "message", "posting"})


def without_saying_occasion(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends at a quotation's closing mark when the words after it tell when or where the words were said
    (blind audit 33: run_on): "claimed that “America has never been a democracy” on Sunday during a solidarity trip
    to Iran, ahead of the re-implementation of US sanctions", "said his campaign doesn't want “that crap,” in an
    interview with CNN on Sunday", "called the Affordable Care Act a “crazy system” during a campaign stop in
    Flint". The quotation closes what was said; the day ("on" and a weekday) or the occasion ("in", "at" or
    "during" and a speech, an interview, a rally, a statement: ``_OCCASION_NOUNS``) is the writer's account of the
    saying. PolNeAR's gold contents end at the closing mark before such words in 9 of 10 cases (train and dev).

    Kept: words after the occasion with a verb of their own ("said “the bill is dead” on Tuesday and that it would
    not return", "during a speech in which he said ..."), a content with a modal or a past perfect before the mark
    ("said the vote would be “close” on Tuesday", "said she had made a “poor choice of words” at a campaign event":
    the day or the occasion may be the reported act's), another quotation after it, a cue inside a quotation, and
    any other phrase ("“heroic” during the battle": the battle is no occasion of saying)."""
    if content.quote or content.parts or quotes.containing(token.idx) is not None:
        return content
    span = content_span(doc, content)
    if span is None:
        return content
    for q in quotes.overlapping(content.start, content.end):
        if not q.closed or q.start < content.start or q.end >= content.end:
            continue
        first = next((t for t in span if t.idx >= q.end and not t.is_punct), None)
        if first is None or quotes.overlapping(first.idx, content.end) or not _occasion(first):
            continue
        if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in doc[first.i:span.end]):
            continue  # a clause of its own after the occasion: what was said may go on
        if any(t.tag_ == "MD" or (t.lower_ == "had" and t.dep_ == "aux") for t in doc[span.start:first.i]):
            continue  # the occasion may be the reported act's: "would be “close” on Tuesday", "had made a “poor
            # choice of words” at a campaign event" (an earlier act, and its occasion, in PolNeAR's gold)
        end = _trimmed_end(quotes.text, content.start, q.end)
        if end > content.start:
            return content._replace(end=end)
    return content


def _occasion(word: Token) -> bool:
    """``word`` opens a phrase of when or where something was said: "on" and a weekday ("on Sunday", "on Tuesday
    night"), or "in", "at", "during" and a noun of an occasion of saying ("in an interview", "at a news
    conference", "during a speech")."""
    doc = word.doc
    if word.lower_ == "on":
        return word.i + 1 < len(doc) and doc[word.i + 1].lower_ in WEEKDAYS
    if word.lower_ not in ("in", "at", "during"):
        return False
    noun = next((c for c in word.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in _OCCASION_NOUNS


_CONTRASTS = frozenset({"however", "nevertheless", "nonetheless"})
# a clause in the reported tenses ("would", "could", "had") or on a pronoun that takes up the reported clause goes
# on with what was said ("the project would finish on time", "it was following several leads")
_BACKSHIFTED = frozenset({"would", "could", "should", "might", "had", "'d"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def without_however_clause(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before ", however," (or "; however,") and a clause with its own subject at its end, when the
    parse hangs that clause's verb on the cue or above it, outside the reported clause (blind audit 47: run_on):
    "Guyger claims that she accidentally entered the wrong apartment and shot a man who she thought was a burglar,
    however, eyewitness testimony has contradicted her initial statement". The clause sets what is known against
    what was claimed: the writer's rebuttal.

    Kept: a content with no clause before "however" ("So far, however, only four companies have licensed the
    protocols, according to the report": the whole is what was said), a clause the parse sets inside the reported
    clause (the speaker's own contrast), "however" with no subject
    of its own after it ("said it would, however, take years": the speaker's hedge), and the same inside a
    quotation."""
    span = trimmable_span(doc, content)
    if span is None or token.i >= span.start:
        return content  # "Sales were strong, however, costs rose, the company said": the whole is what was said
    last = last_word(span)
    for t in span[3:]:
        if t.lower_ not in _CONTRASTS or t.i + 2 > last.i or quotes.containing(t.idx) is not None:
            continue
        comma = doc[t.i - 1]
        if comma.text not in (",", ";") or doc[t.i + 1].text != ",":
            continue
        verb = t.head
        if verb.i < t.i or verb.right_edge.i < last.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i > t.i), None)
        if subject is None:
            continue  # "it would, however, take years": no clause of its own after "however", the speaker's hedge
        if subject.lower_ in _PRONOUNS or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFTED
                                              for c in verb.children):
            continue  # "said the deal was expensive, however, it would create 5,000 jobs": the speaker's own turn
        if not _above(verb, token, span):
            continue  # hung inside what was said: the speaker's own contrast
        if not any(w.tag_ in FINITE_OR_MODAL_TAGS for w in doc[span.start:comma.i]):
            continue  # "So far, however, only four companies have licensed ...": no reported clause before it
        end = _trimmed_end(quotes.text, content.start, comma.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


def _above(verb: Token, cue: Token, span: Span) -> bool:
    """``verb`` hangs on the cue or above it: its chain of heads reaches the cue (or the root) without a word of
    the content before ``verb``."""
    head = verb.head
    while True:
        if head.i == cue.i:
            return True
        if span.start <= head.i < verb.i:
            return False
        if head.head.i == head.i:
            return True
        head = head.head


_SETTING_OFF = frozenset({",", "-", "--", "—", "–"})
# "even as" and "even while" set two happenings side by side: the writer's, never the speaker's hedge ("even though"
# may be the speaker's concession: PolNeAR's gold keeps "..., even though it received less attention")
_SIDE_BY_SIDE = frozenset({"as", "while"})


def without_even_as_clause(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content ends before a clause at its end set off by a comma or a dash and opened by "even as" or "even while"
    (blind audit p80: run_on): "is pledging to take his campaign to the convention floor -- even as his rival closed
    in on the delegates she needs". The clause sets what was said beside what happened meanwhile: the writer's
    narration. Only a clause with its own subject that runs to the content's end, outside any quotation. Kept: a
    pair of dashes inside the content ("that Trump — even as he says X — has proposed little": PolNeAR's gold), "even
    as" with no comma or dash before it ("would grow even as its profits fell"), "even though", a quotation, a clause
    followed by more of the content ("would rally, even as yields rise, because earnings are strong": the reason is
    the speaker's; review rev76n), and a clause in the present after a cue in the past ("said prices would keep
    rising, even as wages stall": not back-shifted, the speaker's forecast; review rev76n)."""
    if content.parts and not content.quote:
        return _last_part_trimmed(content, lambda part: without_even_as_clause(part, token, doc, quotes))
    span = trimmable_span(doc, content)
    if span is None:
        return content
    last = last_word(span)
    for even in span[3:-2]:
        opener = doc[even.i + 1]
        mark = doc[even.i - 1]
        if even.lower_ != "even" or opener.lower_ not in _SIDE_BY_SIDE or mark.text not in _SETTING_OFF:
            continue
        if quotes.containing(even.idx) is not None or quotes.containing(mark.idx) is not None:
            continue
        rest = doc[opener.i + 1:last.i + 1]
        if any(set_off_dash(t) for t in doc[opener.i + 1:even.sent.end]):
            continue  # a dash closes the aside, in the content or past it: a pair ("front-runner" joins words: none)
        if not any(t.dep_ in SUBJECTS and t.head.i > t.i and t.head.i <= last.i and t.head.pos_ in ("VERB", "AUX")
                   for t in rest):
            continue  # no clause of its own ("even as a child"): a phrase of the content
        clause = even.head
        if clause.i < opener.i or clause.right_edge.i < last.i:
            continue  # "even as yields rise, because earnings are strong": the content goes on past the clause
        if _present_after_past(clause, token):
            continue  # "said prices would keep rising, even as wages stall": the speaker's own tense
        end = _trimmed_end(quotes.text, content.start, mark.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


# what the speaker is seen doing besides saying: "she laughed and admitted ...", "he shrugged"
# (with the verbs of saying of ``speech_verbs.txt``)
_SPEAKERS_GESTURES = frozenset({"laugh", "smile", "shrug", "sigh", "chuckle", "grin", "frown", "nod", "wince", "joke",
                                "quip", "concede", "recall"})
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})
_CONCEDING_OPENERS = frozenset({"although", "though", "but", "yet", "while", "whereas"})


def without_speakers_own_act(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                             speech: frozenset[str]) -> Content:
    """A content ends before a clause at its end, set off by a comma or a dash and opened by a conceding or joining
    word, in which the speaker, named by a pronoun, laughs, concedes or says more (blind audit p80: run_on): "Over
    the years, she said, email has helped her stay in touch with Clinton – although at the mention of email she
    laughed and admitted ...". The clause tells what the speaker did next, in the writer's voice; what it reports
    is another attribution. Only a clause of a third-person pronoun that can stand for the cue's subject (the same
    pronoun, or one of its number for a noun: "The mayor said X, although she admitted Y"), whose verb or a verb
    joined to it is a verb of saying or a gesture, outside any quotation. Kept: another subject ("although critics
    disagreed": it may be the speaker's concession), another verb ("although she had not decided"), a quotation."""
    if content.parts and not content.quote:  # "Over the years, she said, email has helped ...": its last part
        return _last_part_trimmed(content, lambda part: without_speakers_own_act(part, token, doc, quotes, speech))
    span = trimmable_span(doc, content)
    if span is None or quotes.containing(token.idx) is not None:
        return content
    speaker = subject_of(token)
    if speaker is None:
        return content
    last = last_word(span)
    acts = speech | _SPEAKERS_GESTURES
    for t in span[3:]:
        if t.dep_ not in SUBJECTS or not _stands_for(t, speaker) or quotes.containing(t.idx) is not None:
            continue
        verb = t.head
        if verb.i < t.i or verb.right_edge.i < last.i or not span.start + 3 <= verb.left_edge.i <= t.i:
            continue  # no clause of the pronoun that runs to the content's end
        if not any(v.lemma_.lower() in acts for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))):
            continue
        if _present_after_past(verb, token):
            continue  # "said the player wanted to stay, although he acknowledges ...": may be the speaker's words
        opener = verb.left_edge if verb.left_edge.lower_ in _CONCEDING_OPENERS else doc[verb.left_edge.i - 1]
        mark = doc[opener.i - 1]
        if opener.lower_ not in _CONCEDING_OPENERS or mark.text not in _SETTING_OFF \
                or quotes.containing(mark.idx) is not None:
            continue
        end = _trimmed_end(quotes.text, content.start, mark.idx)
        if end > content.start:
            return content._replace(end=end)
    return content


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PRESENT_MODALS = frozenset({"will", "can", "may", "shall", "'ll"})


def _present_after_past(verb: Token, cue: Token) -> bool:
    """Whether ``verb`` is in the present (or "will", "can") while the cue is in the past: "said prices would keep
    rising, even as wages stall". The writer's narration beside a past cue back-shifts ("even as wages stalled",
    "although she laughed and admitted"); a present tense is the speaker's own, and the clause may be the claim."""
    cue_past = cue.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in cue.children)
    if not cue_past:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(v.tag_ in _PRESENT_TAGS or v.lower_ in _PRESENT_MODALS for v in (verb, *auxes))


def _stands_for(pronoun: Token, speaker: Token) -> bool:
    """A third-person pronoun that can name the cue's subject: the same pronoun, or one of its number for a noun
    ("they" for "Officials", "she" or "it" for "The mayor")."""
    word = pronoun.lower_
    if word not in _THIRD_PERSON:
        return False
    if speaker.lower_ in _THIRD_PERSON or speaker.pos_ == "PRON":
        return word == speaker.lower_
    return (word == "they") == (speaker.tag_ in ("NNS", "NNPS"))


def _last_part_trimmed(content: Content, trim: Callable[[Content], Content]) -> Content:
    """A content in unquoted parts around its cue ("Over the years, she said, email has helped ...") with ``trim``
    applied to its last part, where the writer's words would run on."""
    *head, (start, end) = content.parts
    last = trim(Content(content.kind, start, end))
    if last.end >= end or last.end <= start:
        return content
    return content._replace(end=last.end, parts=(*head, (start, last.end)))
