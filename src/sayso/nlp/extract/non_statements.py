"""Sentences whose form says that nobody is cited: pure predicates on the parse.

``filters`` holds what a cue's own words rule out (refusals, boilerplate, headings); this
module holds what the shape of the statement rules out, whatever the cue word:

- ``evidence_not_statement``: a verb of evidence or depiction with a noun phrase for
  content ("This graphic shows the states where ...", "evidence points to the existence
  of plumes"): a thing shown is no proposition;
- ``shown_by_means``: a verb of evidence with "by" and a gerund ("By merging X with Y, Trump signaled a readiness
  to ..."): the deed signals, the writer reads it;
- ``question_not_answered``: a verb of saying or showing with an embedded yes/no question
  for content ("noted if and how often ...", "did not say whether ..."): what was said is not told;
- ``work_title``: a quotation that is the title of a show, a book or a film ("on CNN's “State of the Union,”",
  "his autobiography, ''A Time for Truth,''"): a name, not anyone's words;
- ``generic_subject``, ``reader_aside``, ``reader_address``, ``reader_as_subject``: the author's own
  voice: "no one knows just how much ...", "(Watergate, remember, took ...)", "We'd like to hear what
  you think", "perhaps you'd like to retire early".

Each is a small pure function with its own table of tests (``tests/test_non_statements.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.agency import referent
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span, verb_complement
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quote_marks import OPENING_QUOTES
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_context import can_speak
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS
from sayso.nlp.extract.work_titles import apposed_to_work_noun, introduced_as_work, title_cased

# people whose discoveries are findings they publish; not a "team" (a research team's, but a side's too)
_RESEARCHERS = read_words("researchers.txt") - {"team", "teams"}

# subjects that speak or carry someone's findings: "he confirmed", "the report reveals"
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "we", "i", "you", "who"})  # "they" may be the polls


def evidence_not_statement(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, evidence: dict[str, str],
                           subject: Token | None, speakers: frozenset[str]) -> bool:
    """A verb of evidence or depiction whose content is a plain noun phrase: a thing shown, not a statement.

    "This graphic shows the U.S. states where marijuana has been legalized", "Multiple lines
    of evidence now point to the existence of plumes", "spend years characterizing the moon".
    ``evidence`` (``evidence_verbs.txt``) marks each verb ``evidence`` (its subject shows, it
    never says: show, indicate, point) or ``dual`` (a speech act when a speaker does it:
    "the ministry confirmed the deaths", "the report reveals ..." stay; "it confirms recent
    polling" does not); ``deed`` verbs (show, prove, demonstrate) are ``evidence`` verbs that a
    person does by acts (``shown_by_deeds``). A phrasal verb is another word ("pointed out his
    failings") unless it is listed with its particle (``evidence_key``). A thing that echoes or backs up a noun
    phrase relates two things and says nothing ("The findings echo similar reports that caused the US to recall
    ...", "This testimony also backs up claims by another eyewitness": blind audits 30 and 32, two articles, both
    marked wrong); "Trump echoed the claims of his allies" stays (a speaker). A clause ("polls show that ..."), a
    quotation or a predication on the noun ("polls show Trump leading", "shows him with his hands up", "characterized him as
    weak") is a proposition and stays. ``subject`` is the cue's source head on the parse.
    """
    sense = evidence.get(evidence_key(token))
    if sense is None or token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or not noun_phrase_with_modifiers(span) or predicated(token, span) or object_and_its_verb(span):
        return False
    return sense != "dual" or not speaker_subject(subject, speakers)


_PROPERTIES = read_words("property_nouns.txt")
_NOT_PROPERTIES = frozenset({"business", "witness", "harness", "wilderness"})
DESCRIBING = frozenset({"describe"})  # beside the verbs of evidence: "it does describe candidates' closeness to ..."
_OBJECT_PREDICATES = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def property_noun(noun: Token) -> bool:
    """The noun names a property, a degree or a state (``property_nouns.txt``, or a noun in -ness): "weakness",
    "closeness", "extent", "strength"."""
    word = noun.lemma_.lower()
    if word in _NOT_PROPERTIES or noun.lower_ in _NOT_PROPERTIES:
        return False
    return word in _PROPERTIES or noun.lower_ in _PROPERTIES or (word.endswith("ness") and len(word) > 6 and noun.pos_ == "NOUN")


def property_shown(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, evidence: dict[str, str],
                   subject: Token | None, speakers: frozenset[str], documents: frozenset[str]) -> bool:
    """A verb of showing or describing whose object is a noun of a property and whose subject cannot speak: "The
    results also showed the weakness of “establishment” as a label", "While it does describe candidates' closeness
    to party elites, ..." (blind audit p81, both marked wrong: a fact or the writer's point, nobody says it).

    The object names a quality of something (``property_noun``), not a proposition, so a scare quote inside it
    ("the weakness of “establishment”") is a word mentioned, and "as a label" says of which; ``evidence_not_statement``
    keeps both for a fear of losing a quotation or a predication. Kept: a speaker, a body or a document for subject
    ("the ministry confirmed the severity of the outbreak", "the report describes the extent of the damage", "poll
    results showed the strength of her lead"), a clause ("The results showed that turnout rose"), a predicate on the
    object ("she described the plan as reckless", "showed the weakness to be fatal"), a noun with a that-clause ("the
    likelihood that ..."), a content that opens with a quotation, and a cue inside a quotation. An "it", "which" or
    "that" is judged by what it stands for (``agency.referent``): "The company released a statement. It also
    described the seriousness of the “breach”" keeps the company's words; "The results also showed ... While it does
    describe candidates' closeness ..." (the results) does not."""
    lemma = token.lemma_.lower()
    if (evidence_key(token) not in evidence and lemma not in DESCRIBING) or token.pos_ not in ("VERB", "AUX"):
        return False
    if content.quote or content.kind in QUOTE_KINDS or quotes.containing(token.idx) is not None:
        return False
    if any(q.start <= content.start for q in quotes.overlapping(content.start, content.end)):
        return False  # the content opens with a quotation: someone's words
    span = content_span(doc, content)
    if span is None or span.root.dep_ != "dobj" or span.root.head.i != token.i or not property_noun(span.root):
        return False
    if any(c.dep_ in _OBJECT_PREDICATES for c in token.children):
        return False  # "showed the weakness to be fatal", "described it as weak" (an "as" with a noun is no predicate)
    if any(_as_adjective(c) for c in (*token.children, *span.root.children)):
        return False  # "describes the severity of climate risk as manageable": the parse hung "as" as a preposition
    if any(c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" for g in c.children) for c in span.root.children):
        return False  # "confirmed the likelihood that the plant closes": a proposition
    if subject is not None and any(c.dep_ in ("compound", "poss", "nmod") and names_document(c, documents)
                                   for c in subject.children):
        return False  # "poll results showed the strength of her lead": the poll's finding
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in ("it", "which", "that"):
        subject = referent(subject) or subject  # "Exxon issued its annual report. It describes ...": the report's
    return not speaker_subject(subject, speakers | documents)


def _as_adjective(prep: Token) -> bool:
    """ "as manageable", "as “manifest”": an "as" whose word is an adjective predicates it of the object; "as a
    label" (a noun) names what the object is taken as."""
    return prep.lower_ == "as" and prep.dep_ == "prep" and any(
        c.pos_ == "ADJ" and c.dep_ in ("amod", "acomp", "pobj") for c in prep.children) and not any(
        c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in prep.children)


def object_and_its_verb(span: Span) -> bool:
    """The content is the noun phrase the parse made the cue's object and the verb it made the cue's clause, both
    hung on the cue: "indicated PeopleSoft's roughly 8,000 workers could expect mass layoffs" (blind audit 67 S209:
    "workers" the object, "could expect" a clause of its own). The two are one clause, subject and predicate: a
    proposition, not a thing shown. A verb outside the span's root with a head outside the span and an auxiliary
    of its own ("could expect", "will face", "have lost") makes it one; a bare past form ("a picture of a congregation
    determined to ...") may be a participle of the noun, and stays a thing."""
    root = span.root
    return any(t.i != root.i and t.pos_ == "VERB" and not span.start <= t.head.i < span.end
               and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL_TAGS for c in t.children)
               for t in span)


def evidence_key(token: Token) -> str:
    """The verb's entry in ``evidence_verbs.txt``: its lemma, with its particle for a phrasal verb ("back up"). A
    phrasal verb is another word than its verb: "pointed out each other's failings" is said, and "point out" is no
    entry."""
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    lemma = token.lemma_.lower()
    return lemma if particle is None else f"{lemma} {particle.lower_}"


_WH_OPENERS = frozenset("how why what where when whether who which if".split())
_SELF_OR_DEED = re.compile(r"^(?:that\s+)?(?:they|he|she|we|i|it)\b|\bby\s+\w+ing\b", re.IGNORECASE)


def researchers_finding(token: Token, content: Content) -> bool:
    """Researchers' "shown that ..." as a finding they report: a that-clause about the world, the verb finite. Not an
    effort ("trying to prove that ...", "hope to show that ..."), nor a demonstration to someone ("showed the
    audience how ..."), nor their own conduct ("showed that they could be trusted by returning the money")."""
    if token.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    text = doc_text(token.doc)[content.start:content.end].strip()
    first = text.split(maxsplit=1)[0].lower() if text else ""
    return first not in _WH_OPENERS and not _SELF_OR_DEED.search(text)


def shown_by_deeds(token: Token, content: Content, evidence: dict[str, str], subject: Token | None,
                   people: frozenset[str], documents: frozenset[str]) -> bool:
    """A person or group who "shows", "proves" or "demonstrates" something does it by acts, not words.

    "Voters could have shown they were tired of Democratic investigations", "trying to prove
    that gun control is not the solution". A poll, a record or a video that shows something
    carries a finding and stays ("a poll shows that ...", PolNeAR's convention), and so does a
    quotation ("he showed, “...”"), and so do researchers (``researchers.txt``), who show by the
    findings they publish ("The researchers at Imperial College London had previously shown that
    the hormone could suppress the appetites of lean people": blind audit 68 S29).
    """
    if evidence.get(token.lemma_.lower()) != "deed" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if subject is None or any(c.dep_ == "prt" for c in token.children):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PEOPLE_PRONOUNS
    if names_document(subject, documents):
        return False  # "Polls show that ...": a finding
    if (subject.lemma_.lower() in _RESEARCHERS or subject.lower_ in _RESEARCHERS) and researchers_finding(token, content):
        return False  # "The researchers had previously shown that the hormone could ...": their published finding
    return can_speak(subject, people)


# verbs of evidence that still report a telling when done by some means: "By releasing the memo, the agency confirmed
# that ...", "by publishing the files, it revealed ..."
_TELLING = frozenset({"confirm", "reveal", "document", "characterize", "characterise", "contradict"})


def shown_by_means(token: Token, content: Content, quotes: QuoteIndex, evidence: dict[str, str]) -> bool:
    """A verb of evidence with a means for adjunct, "by" and a gerund: "By merging Iran's external aggression with its
    internal repression, Trump signaled a readiness to drive a wedge ...", "by cutting taxes, the governor showed that
    ...": the deed signals, and what it signals is the writer's reading of it (blind audit 26 marked it wrong).

    Kept: a verb that reports a telling whatever the means ("By releasing the memo, the agency confirmed that ...":
    ``_TELLING``), a quotation for content, a cue inside a quotation, and a "by" that names the doer of a passive."""
    lemma = token.lemma_.lower()
    if lemma not in evidence or lemma in _TELLING or token.pos_ not in ("VERB", "AUX"):
        return False
    if content.quote or content.kind in QUOTE_KINDS or quotes.containing(token.idx) is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in token.children)


def names_document(noun: Token, documents: frozenset[str]) -> bool:
    """The noun is one of ``documents``, in the singular or plural, capitalised or not: "Studies"
    opening a line or a title is a proper noun to the parse, and its lemma is the word itself."""
    word = noun.lower_
    forms = {noun.lemma_.lower(), word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")  # studies -> study
    elif word.endswith("s"):
        forms.add(word[:-1])  # surveys -> survey
    return not forms.isdisjoint(documents)


def predicated(token: Token, span: Span) -> bool:
    """Something is said of the noun: a participle ("Trump leading the field"), "as" or "with" a predicate."""
    root = span.root
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i > root.i for c in root.children):
        return True
    return any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ in ("as", "with")) for c in token.children)


def speaker_subject(subj: Token | None, speakers: frozenset[str]) -> bool:
    """The subject can speak or carries someone's findings: a person, a body, a name, a document."""
    if subj is None:
        return True  # no subject on the parse: nothing to judge by, keep the attribution
    if subj.pos_ == "PRON":
        return subj.lower_ in _SPEAKER_PRONOUNS
    return can_speak(subj, speakers)


_YES_NO = frozenset({"whether", "if"})


def question_not_answered(token: Token, content: Content, doc: Doc, assertive: frozenset[str]) -> bool:
    """A verb of saying or showing whose content is a yes/no question: the reader is not told what was said.

    "The team noted if and how often respondents used marijuana" (noted = recorded),
    "He did not say whether the company would sell the unit". ``assertive`` (``assertive_verbs.txt``) holds the verbs that report
    an assertion; those that take a question as their content stay ("asked whether ...",
    "wondered if ..."), and so do a condition inside the content ("said if elected he would
    ...") and a wh-clause ("explained how the virus spreads"), unless the verb is negated ("did not say
    when ...": ``unanswered_wh``).
    """
    span = verb_complement(token, content, doc, assertive)
    if span is None or span.root.i == token.i:
        return False  # the question is not the cue's own complement
    root = span.root
    if any(c.dep_ == "mark" and c.lower_ in _YES_NO and c.i == span.start for c in root.children):
        return True
    return unanswered_wh(token, span)


_WH = frozenset({"why", "how", "what", "when", "where", "who", "which"})


def unanswered_wh(token: Token, span: Span) -> bool:
    """ "could not explain why the plan failed", "did not say when the vote would be held", "never explained how":
    a negated verb of saying with a wh-clause: the question is named, its answer is not given (the blind reader
    audits mark each wrong; PolNeAR marks such refusals)."""
    if span[0].lower_ not in _WH:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children)


# everyone and no one; and a thing no one names ("Nothing indicated that he ...", "Something tells me ..."): the
# writer's own inference, no source ("nothing in the report suggests" names the report: a restrictor keeps it)
_GENERIC = read_words("generic_subjects.txt")
_RESTRICTORS = frozenset({"prep", "relcl", "acl", "amod", "appos"})


def generic_subject(subject: Token | None) -> bool:
    """ "no one knows just how much ...", "everyone agrees that ...": the author's generalisation, no source.

    A quantifier over a named set is someone's view and stays ("none of the scholars I
    interviewed thought", "no one in the campaign said", "everyone at the meeting agreed"),
    and so does "not everyone agrees": some do not, and they are the source.
    """
    if subject is None or any(c.dep_ in ("neg", "preconj", "advmod") for c in subject.children):
        return False
    if subject.i > 0 and subject.nbor(-1).lower_ == "not":
        return False
    low = subject.lower_
    if any_or_no_kind(subject):
        return True
    negative_one = low == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    if low not in _GENERIC and not negative_one:
        return False
    return not any(c.dep_ in _RESTRICTORS for c in subject.children)


def any_or_no_kind(subject: Token) -> bool:
    """ "Any business that tips off illegal aliens admits that ...", "No Catholic can declare for himself that ...":
    "any" or "no" before a common noun speaks of a kind, not of anyone who said it; the writer's generalisation even
    with a restrictor ("any business that ..."). "No one" is ``generic_subject``'s; "any of the officials" and "no
    Republican senator in the room" (a named set) stay."""
    kind = subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.ent_type_ in ("", "NORP")  # "No Catholic"
    if not kind or subject.lower_ == "one":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in subject.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "from", "on") for c in subject.children)


def reader_aside(token: Token) -> bool:
    """A bare verb set into a sentence with no subject: the author speaks to the reader.

    "(Watergate, remember, took more than two years to unfold.)", "The plan, mind you,
    failed": an imperative aside, not the sentence subject's words. A parenthetical with its
    own subject ("the plan, he said, failed") stays.
    """
    if token.tag_ not in ("VB", "VBP") or token.dep_ != "parataxis":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in token.children)


_AUTHOR = frozenset({"we", "i"})
_READER = frozenset({"you", "your", "yours"})


_INVITING = frozenset({"like", "love", "want", "welcome", "invite", "encourage", "hope", "ask"})


def reader_address(token: Token, subject: Token | None, span: Span | None, quotes: QuoteIndex) -> bool:
    """The author, outside any quotation, inviting the reader: "We'd like to hear what you think
    about this or any of our articles", "We want to hear from you". Page furniture, not a statement.

    The author's own view ("I think the plan will fail") and words to someone the article
    addresses ("I accept your son's account", in an open letter) stay.
    """
    if token.lemma_.lower() not in _INVITING or subject is None or span is None or subject.lower_ not in _AUTHOR:
        return False
    if quotes.containing(subject.idx) is not None:
        return False
    return any(t.lower_ in _READER and quotes.containing(t.idx) is None for t in span)


def reader_as_subject(subject: Token | None, quotes: QuoteIndex) -> bool:
    """ "perhaps you'd like to retire at 50", "the lifestyle you envision", "you should also aim to pay off
    your debt", "some of you have asked whether ...": outside any quotation "you" is the reader the writer
    addresses, no one the article cites.

    Kept: "you" inside a quotation (the speaker's words to someone), on a labelled line of a transcript
    ("Q: You said in 2016 that ..."), and in a letter that addresses its reader by name ("Dear Senator, ...").
    """
    if subject is not None and subject.lower_ in _SHARES:
        # "Some of you have asked whether ...", "Many of you wrote in": the readers, a share of them
        subject = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.lower_ == "you"), None)
    if subject is None or subject.lower_ != "you" or quotes.containing(subject.idx) is not None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _COUNSEL for c in subject.head.children):
        return True  # "DEAR FEELING: Of course you should be happy that ...": counsel to the one addressed, in any letter
    text = doc_text(subject.doc)
    line_start = text.rfind("\n", 0, subject.idx) + 1
    if ":" in text[line_start:subject.idx]:
        return False  # "Q: You said ...", "HOLT: You told me ...": a transcript names who speaks to whom
    return _LETTER.search(text) is None


_LETTER = re.compile(r"(?m)^[ \t]*Dear [A-Z]")
_SHARES = read_words("share_subjects.txt")
_COUNSEL = frozenset({"should", "must", "ought", "shall"})


_WRITER_NOUNS = frozenset({"reviewer", "writer", "author", "columnist", "reporter", "correspondent", "tester", "critic"})
_OWN = frozenset({"our", "my"})
# what "our" or "my" makes the outlet's own voice: its people as a body and its own work. Other
# nouns name third persons ("my husband says", "our sources say", "my colleague John Smith reported")
_OWN_NOUNS = read_words("outlet_own_nouns.txt")


def first_person(subject: Token) -> bool:
    """ "we", "I", "our team", "our testing", "my view", "this reviewer": the writer or the outlet."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _AUTHOR
    if subject.lower_ in _OWN_NOUNS and any(c.dep_ == "poss" and c.lower_ in _OWN for c in subject.children):
        return True
    return subject.lower_ in _WRITER_NOUNS | _OWN_PIECES and any(c.dep_ == "det" and c.lower_ == "this"
                                                                 for c in subject.children)


# the piece the writer is writing: "This post will discuss ...", "This article argues that ...", "this column"
_OWN_PIECES = frozenset({"post", "article", "piece", "column", "blog", "essay", "guide", "newsletter", "editorial"})


_OPENING_QUOTES = OPENING_QUOTES


def authors_own_voice(token: Token, content: Content, subject: Token | None, quotes: QuoteIndex) -> bool:
    """The writer speaking in the body, outside any quotation: "We found the battery lasts ten
    hours", "Our team concluded that ...", "I think the update is worth it", "we saw that
    scores increased". A review, a column or an explainer states its own findings; no one is cited.

    Kept: first person inside a quotation (the quoted speaker's: "“We found ...,” Smith
    said"), in a paragraph that opens a quotation left open (a letter quoted over several
    paragraphs), a cue inside someone else's reported clause ("Smith said we should ...
    we believe"), and a quotation for content ("I said, “Your Honor, ...”": a memoir's narrated speech).
    """
    if subject is None or content.quote or content.kind in QUOTE_KINDS or not first_person(subject):
        return False
    return in_writers_text(token, subject, quotes,
                           (content.start, content.end) if subject.lower_ == "i" else None)


def in_writers_text(token: Token, subject: Token, quotes: QuoteIndex, reported: tuple[int, int] | None) -> bool:
    """The cue and its first-person subject stand in the writer's own text: not inside a quotation, not in a
    paragraph that opens a quotation closed later, a letter, someone else's paragraph or a quotation left open,
    and not in a clause someone else reports (``reported_by_other``, over the content span ``reported``).
    What ``authors_own_voice`` and ``own_reports.outlets_own_report`` both ask of a "we"/"I"."""
    if quotes.containing(subject.idx) is not None or quotes.containing(token.idx) is not None:
        return False
    text = quotes.text
    para = text[text.rfind("\n", 0, subject.idx) + 1:subject.idx].lstrip()
    if para and para[0] in _OPENING_QUOTES:
        return False  # a paragraph of a long quotation whose closing mark comes later
    return not in_letter(text, subject.idx) and not someone_elses_paragraph(text, subject.idx) \
        and not reported_by_other(token, reported) and not in_open_quotation(text, subject.idx)


_LOOK_BACK = 1500  # characters: a quotation run over lines of one sentence each ("Let me just remind them ...")


def in_open_quotation(text: str, pos: int) -> bool:
    """``pos`` lies in a quotation opened on an earlier line and not yet closed: text with a line per sentence
    runs a speaker's words over several lines ('“For those who ...,” Gonzalez said, “the Attorney General
    ...\nLet me just remind them, ... so I ask that they reflect ...”'). Counted in curly marks over the
    lines since the last blank line (a paragraph), at most ``_LOOK_BACK`` characters back; straight marks
    do not say which way they face. An opening mark with nothing after it on its line opens nothing: it is a
    closing mark typed the wrong way round ('... why doesn't that same mentality apply to Iran?\n“\n'). Nor does
    one after a determiner left unclosed on its line: a quoted term the writer forgot to close ('... and a “lock
    audit report for both apartments.\n')."""
    start = max(text.rfind("\n\n", 0, pos), pos - _LOOK_BACK, 0)
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start <= start:
        return False  # the first line of a paragraph: the quote index already judges it
    before = text[start:pos]  # the line's own marks before ``pos`` too: 'FRAUD.” Ms. Broaddrick also said' is closed
    line_end = text.find("\n", pos)
    lines = text[start:len(text) if line_end < 0 else line_end]  # the patterns read to a line's real end

    def marks(pattern: re.Pattern[str]) -> int:
        return sum(1 for m in pattern.finditer(lines) if start + m.start() < pos)

    stray, straight = marks(_STRAY_OPENING), marks(_STRAIGHT_CLOSE)
    scare = marks(_SCARE_OPENING)  # opens nothing and closes nothing
    return before.count("“") - stray - scare > before.count("”") + stray + straight


_STRAY_OPENING = re.compile(r"“(?=[ \t\xa0]*(?:\n|$))")
# an opening mark inside a noun phrase, after a determiner, left unclosed on its line: a term the writer quotes and
# forgot to close ('... an “elevator access door lock” report and a “lock audit report for both apartments.\n'), not
# a speaker's words run over lines; it opens nothing, so the writer's next lines stay the writer's
_SCARE_OPENING = re.compile(r"(?<![\w’'])(?:a|an|the|this|these|those|his|her|its|their|our|my|your|some|any|every|each)"
                            r"[ \t\xa0]+“(?=[^”\n]*(?:\n|$))", re.IGNORECASE)
# a curly opening closed by a straight mark at its line's end: '... that “rulers are not a terror to good works."\n',
# or by one after end punctuation before the speech tag: '“We regard this as unacceptable," he added.\n'
_STRAIGHT_CLOSE = re.compile(r"“[^”\n]*\"[ \t\xa0]*(?=\n|$)|“[^”\n\"]*[,.!?]\"(?=[ \t\xa0])")


# "A: I think ...", "Jane Doe: We found ...": an interview's answer, the speaker's words
_SPEAKER_LABEL = re.compile(r"(?:A|[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,2}):\s")
_TWEET_BYLINE = re.compile(r"^\s*[-–—]\s*[^\n]{0,80}\(@\w+\)")


def someone_elses_paragraph(text: str, pos: int) -> bool:
    """The paragraph at ``pos`` is someone else's words set into the page without quotation marks:
    an interview's answer after a speaker label ("A: I think ...", "Jane Doe: We ...") or an
    embedded post ("... we have started distributing masks pic.twitter.com/...", or a line
    "— Name (@handle) date" under it)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    para = text[start:end]
    if _SPEAKER_LABEL.match(para.lstrip()) or "pic.twitter.com" in para:
        return True
    rest = text[end:].lstrip("\n\r \t\xa0")
    return bool(_TWEET_BYLINE.match(rest))


# "Dear Abby:", "DEAR SECRETARY POMPEO, ..."; "To the editor:" and "To whom it may concern," only as a line of their
# own: "To be perfectly honest, I ..." and "To get started, I created ..." open the writer's sentences, no letter
_SALUTATION = re.compile(r"(?:dear\s+[^\n:,.]{1,60}[:,]\s|to\s+[^\n:,.]{1,60}[:,]\s*$)", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^\s*(?:[-–—]{1,2}\s*\S|(?:sincerely|signed|regards|respectfully|yours)\b)", re.IGNORECASE)


def in_letter(text: str, pos: int) -> bool:
    """``pos`` lies in a letter by someone else: from a salutation ("Dear Abby:", "Dear Secretary
    Pompeo,") to its sign-off ("-- WORRIED IN OHIO", "Sincerely,"). Its first person is the
    letter writer's. A salutation right after a sign-off opens the columnist's reply: the author's voice.
    """
    paras = text[:pos].split("\n")
    for k in range(len(paras) - 1, -1, -1):
        line = paras[k].strip()
        if k < len(paras) - 1 and _SIGN_OFF.match(line) and len(line.split()) <= 8:
            return False  # the letter ended before ``pos``
        if _SALUTATION.match(line + " "):
            before = [p.strip() for p in paras[:k] if p.strip()]
            return not (before and _SIGN_OFF.match(before[-1]) and len(before[-1].split()) <= 8)
    return False


def reported_by_other(token: Token, content: tuple[int, int] | None = None) -> bool:
    """The cue sits in a clause reported by a third-person subject: "Smith said we should expect ...".

    A conjunct is not reported by the clause it is joined to: "The status quo is not acceptable, and I
    believe that ..." is the writer's; "Smith said the plan failed and we believe ..." is reached
    through "failed" to "said". Nor is the writer's aside reported by the clause it hangs on when that clause
    is what the cue reports (``content``, char offsets): "Like I said last week, the deal ends Monday", "As I
    always tell my clients, the cheapest plan is rarely the best one": the deal does not report the writer.
    ``authors_own_voice`` passes ``content`` for the writer's "I" only: the outlet's "As we noted last week, ..."
    points at its earlier reporting, a source SPEC types ``author`` (a reader may hide it).

    Nor does a clause report what hangs on it as the narrator's frame: a copula ("That's when we learned that the
    NSA ...", and "..., but that attack was orchestrated, it was political" misparsed as the head of "As I've said
    before, I don't support ...") with an empty subject says nothing ("my recollection is that I informed ..." is
    still someone's testimony), and a clause of time ("It grew with my time at the Journal when I
    learned that ...") tells when, not who reported it (PTC blind audits 29, 33, 47 judged these the writer's)."""
    t = token
    while t.head.i != t.i:
        link, dep, t = t, t.dep_, t.head
        if dep not in ("ccomp", "xcomp", "advcl", "parataxis", "relcl"):
            continue
        if dep == "advcl" and content is not None and content[0] <= t.idx < content[1]:
            continue
        subj = subject_of(t)
        if ((t.lemma_.lower() == "be" and subj is not None and subj.lower_.lstrip("”\"’'") in _EMPTY_SUBJECTS)
                or (dep == "advcl" and _time_clause(link))) and not _trailing_speaker(token):
            continue
        if subj is not None and not first_person(subj):
            return True
    return False


# the empty subjects of a copula that frames the clause under it: "That's when ...", "it was political" (a closing
# mark the tokenizer glued on is no part of it: '...Guide.”This is exactly what I warned about in my book')
_EMPTY_SUBJECTS = frozenset({"it", "that", "this", "there"})
# words that open a clause of time: "when I learned", "after we found", "while we watched"
_TIME_MARKS = frozenset({"when", "whenever", "while", "after", "before", "since", "until", "till", "once"})


# verbs of telling that end a sentence inverted: "..., recalled the foreman", "..., added Cohen"
_TRAILING_CUES = frozenset({"say", "recall", "add", "explain", "remember", "recount", "tell", "write", "insist",
                            "note", "testify", "admit", "concede", "acknowledge", "continue", "remark"})


def _trailing_speaker(token: Token) -> bool:
    """The sentence ends in an inverted cue the parse buried in the clause ("He went pale when I said that the bank
    had failed, recalled Jones, a teller", "That's when I told him the deal was off, added Cohen"): the "I" is the
    speaker's, whatever the parse made the head of the sentence."""
    sent = token.sent
    for v in sent:
        if v.i <= token.i or v.i + 1 >= sent.end or v.lemma_.lower() not in _TRAILING_CUES or v.pos_ not in ("VERB", "AUX"):
            continue
        after = v.nbor(1)
        if v.nbor(-1).text == "," and after.pos_ in ("PROPN", "NOUN", "DET", "ADJ") and not first_person(after):
            return True
    return False


def _time_clause(clause: Token) -> bool:
    """``clause`` (an advcl) opens with a word of time: "when I learned ...", "after we found ..."."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_MARKS and c.i < clause.i for c in clause.children)


def instrument_subject(token: Token, subject: Token | None, content: Content, measurements: frozenset[str]) -> bool:
    """A test, an instrument, a measurement or an observation for subject: "Breathing tests showed
    that the driver had been drinking", "the data suggest that ...", "scans revealed that ...",
    "observations indicate ...". What it shows is evidence; nobody says it, whatever the verb.

    A study, a report, a poll or a record states findings and stays a source (not in
    ``measurement_nouns.txt``), and so do data a named body gives out ("data from the CDC
    show ...": the CDC is the source) and a quotation for content. "According to federal data, ..."
    only names figures (``not_speech.not_speech`` drops it: readers of the second blind audit judged
    "according to data from MarketAxess" wrong, though PolNeAR marks it). Data that show or suggest a clause
    ("Data show that graduates earn more", "official data suggest that production peaked") carry a
    finding, as a study's do: readers of the eleventh blind audit counted them as missed attributions.
    """
    if token.lower_ == "according" or subject is None or subject.pos_ == "PRON" or content.quote \
            or content.kind in QUOTE_KINDS:
        return False
    if subject.lower_ not in measurements and subject.lemma_.lower() not in measurements \
            and not _scene_read(token, subject):
        return False
    if subject.lemma_.lower() in _DATA and content.kind == "child_ccomp":
        return False  # "Data show that graduates earn more", "official data suggest that ...": a finding
    if any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"))
           for p in subject.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of") for o in p.children):
        return False  # "data from the CDC", "tests by the FDA": the body speaks through them
    return not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)  # "the CDC's data"


_DATA = frozenset({"data", "datum"})
# a scene read for what happened there shows it, no one says it (audit 64: "the crime scenes indicated that the
# killer was 'very methodical'"); only with a verb of showing, since a scene is also a community that speaks ("the
# Nashville music scene has warned that ...", "the tech scene says ..."), so "scene" is no measurement noun
_SCENES = frozenset({"scene", "scenes"})
# verbs of showing: what evidence does (a scene here; a participle after published figures: act_objects)
SHOWING = frozenset({"indicate", "show", "suggest", "reveal", "prove", "demonstrate", "confirm"})


def _scene_read(token: Token, subject: Token) -> bool:
    return subject.lemma_.lower() in _SCENES and subject.pos_ == "NOUN" and token.lemma_.lower() in SHOWING
_FINDING_VERBS = frozenset({"find", "discover", "locate", "spot"})
_PERSONAL = frozenset({"him", "her", "them", "he", "she", "they", "me", "us", "it"})
# states a person or a thing is found in: "found her dead", "found him unresponsive". A judgment
# ("found him guilty", "found the law unconstitutional") is a finding and is not here.
_FOUND_STATES = read_words("found_states.txt")

_FOUND_THINGS = read_words("found_things.txt")


def physical_find(token: Token, content: Content, doc: Doc) -> bool:
    """ "Officers found her buried under the rubble", "Firefighters found and rescued her", "found the
    body in a creek": someone came upon a person or a thing, no proposition is found. A that-clause
    ("investigators found that ..."), a judgment ("the jury found him guilty") and a finding named by
    a noun ("found no evidence of wrongdoing") stay, and so does a quotation."""
    if token.lemma_.lower() not in _FINDING_VERBS or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "conj" and root.head.i == token.i:
        return True  # "found and rescued her": the content is another act
    if root.head.i != token.i:
        return False
    if any(c.dep_ == "mark" for c in root.children) or span[0].lower_ == "that":
        return False
    subj = subject_of(root)
    if root.dep_ in ("ccomp", "oprd", "xcomp") and subj is not None and root.i != subj.i:
        if to_infinitive(root):
            return False  # "found him to be credible": a judgment
        if any(c.dep_ in ("aux", "auxpass") for c in root.children):
            return False  # "the study found the mass could be reduced": a clause with its own verb group
        if any(c.dep_ in ("dobj", "ccomp", "attr") for c in root.children):
            return False  # "found PolitiFact rated Democrats higher": a clause of its own
        state = root.lower_ in _FOUND_STATES or (root.tag_ in ("VBN", "VBG") and root.pos_ == "VERB")
        return state and (subj.lower_ in _PERSONAL or subj.ent_type_ == "PERSON" or subj.pos_ == "NOUN")
    if root.dep_ == "dobj":
        return root.lemma_.lower() in _FOUND_THINGS or (
            (root.lower_ in _PERSONAL or root.ent_type_ == "PERSON") and len(span) <= 3)
    return False


# things to be done that one agrees to: an event, a pause, a deal's terms
_AGREED_EVENTS = read_words("agreed_things.txt")


# what the transitive "agree" makes (the blind readers' kept W "has agreed a deal to replace Mauricio Pochettino")
_AGREED_DEALS = frozenset({"deal", "contract", "fee", "price", "package", "transfer", "budget"})
_AGREED_OBJECTS = _AGREED_EVENTS | _AGREED_DEALS  # what the transitive "agree" makes: an event or a deal


def agreed_to_act(token: Token, content: Content, doc: Doc, senses: dict[str, str] | None = None) -> bool:
    """ "SoftBank agreed to inject $6.5 billion", "the city agreed to pay a settlement", "agreed to a 30-minute
    interview", "agreed to a 10-month moratorium", "has agreed a deal to replace Pochettino": a deal to do something,
    to a thing to be done, or a deal made, is an act, not a statement. Agreeing that something is so ("agreed that the plan had failed"), agreeing to say something
    ("agreed to testify"), a noun with its own clause ("agreed to the demand that he resign") and a quotation
    stay."""
    if token.lemma_.lower() != "agree" or content.quote or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.i == token.i:
        # "agreed to a 30-minute interview": a thing to be done; "agreed to a two-tier wage system", "agreed to the
        # plan" accept a proposal, a stance PolNeAR marks
        return root.lemma_.lower() in _AGREED_EVENTS and noun_phrase_with_modifiers(span)
    if root.dep_ == "dobj" and root.head.i == token.i:
        # "Mourinho has agreed a deal to replace Pochettino", "agreed terms", "agreed a fee": the British transitive
        # "agree" makes a deal; its infinitive says what the deal is for, no one said it
        return root.lemma_.lower() in _AGREED_OBJECTS and not any(
            c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
            for c in root.children)
    if root.head.i != token.i or root.pos_ not in ("VERB", "AUX") or not to_infinitive(root):
        return False
    return senses is None or senses.get(root.lemma_.lower()) not in ("saying", "writing")


_DEFINING = frozenset({"define", "redefine"})


def definition_without_predicate(token: Token) -> bool:
    """ "define" reports a statement only as "X defines Y as Z": "The WHO defines obesity as a BMI of 30 or
    more" says what obesity is; "defined his role narrowly", "was defined by war", "defined an era" say nothing."""
    if token.lemma_.lower() not in _DEFINING:
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return True  # "The decade was defined by war", "is defined as ...": no one defines it here
    has_object = any(c.dep_ == "dobj" for c in token.children)
    return not (has_object and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children))


def work_title(token: Token, content: Content, quotes: QuoteIndex) -> bool:
    """The content is a quotation in title case that a possessive or a noun naming a work introduces: the
    title of a show, a book, a film, not anyone's words. "Sunday on CNN’s “Fareed Zakaria GPS,” when asked
    about ...", "Sitting down with MSNBC's "The Rachel Maddow Show"", "In his autobiography, ''A Time for
    Truth,'' published in 2015". A quotation a cue governs stays ("chanted “USA! USA!”", "the spot titled
    “Dangerous”", "Trump's words: “Make America Great Again”"): the cue's own words are not in the few before it.
    """
    text = quotes.text
    start, end = content.parts[0] if content.parts else (content.start, content.end)  # a pair opening with a title
    found = quotes.overlapping(start, end)
    if len(found) != 1:
        return False
    q = found[0]
    if start < q.start - 2 or end > q.end + 2:
        return False  # the content runs past the quotation: words of a sentence around it
    apposed = apposed_to_work_noun(text, q)  # "in my October 11 article, “Will Trump Make a Deal with ...?,”"
    if not title_cased(text, q, most=12 if apposed else 8):
        return False
    if q.start - 40 <= token.idx < q.end + 2 and not apposed:
        return False  # the cue right before it governs it: "titled “Dangerous”", "declared “What a Super Tuesday!”"
    return introduced_as_work(text, q)  # "CNN’s “State of the Union,”", "his autobiography, “A Time for Truth,”"
