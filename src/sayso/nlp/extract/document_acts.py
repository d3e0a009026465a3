"""Documents and tallies named by cue verbs: what was issued, read out, written or added is a thing, not what it
says (issue 12, item 1). Each rule is a pure predicate on the parse; tables of tests: ``tests/test_acts.py``,
``tests/test_genre_pages.py``.

- ``issued_thing``: "issued a statement on Friday", "filed the court documents", "gave a speech", "added a note
  of caution if the rates rise": the document or the speech event is named, not what it says.
- ``read_out``: "read 16 letters from the governors to the chamber": a document read out.
- ``authored``: "Dear Abby is written by Abigail Van Buren": who wrote a work, named by its title.
- ``written_work``: "was writing a short story where God cheats at Scrabble", "Before Martin wrote A Song of Ice and
  Fire, Ford created ...", "published Scholars with a blank back cover": a work written or published is named, and
  what the parse hangs on it (its relative clause, the sentence's main clause) is not what the writer said.
- ``added_tally``: "added a goal as the Bruins beat the Devils", "added a provision to the bill": a thing added.
- ``forwarded_item``: "retweeted a story about the assault", "reposted a video of the fight": an item passed on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import SPEAKER_PRONOUNS, Content
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span, verb_complement
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

# what is issued, given or filed: a document or a speech event named as a thing, not what it says
_ISSUING = read_words("issuing_verbs.txt")


_SPEECH_EVENTS = read_words("speech_events.txt")
# figures a body releases, like a document: "released signature counts late Friday" (the blind readers' W of audit 68)
_FIGURES = read_words("released_figures.txt")
# issuing verbs that take no clause: a clause the parse hangs on them is a noun phrase misread; and the verbs a figure
# is issued by ("put the figure at $498 billion" is an estimate, PolNeAR marks it)
_CLAUSELESS = frozenset({"release", "publish", "issue"})


def issued_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, documents: frozenset[str]) -> bool:
    """ "The company issued a statement on Friday", "filed the court documents", "gave a speech", "posted an
    Associated Press article", "added a note of caution if the rates rise", "sounded a note of caution", "released signature counts late Friday": the content names the document, the speech
    event or the figures (``released_figures.txt``), not what it says. Kept: a
    noun with its own clause ("issued a statement that the plant would close"), a quotation, and what the
    verbs say with a clause ("wrote that ...")."""
    span = verb_complement(token, content, doc, _ISSUING)
    if span is None or quotes.overlapping(content.start, content.end):
        return False
    root = span.root
    if misread_document(root, documents) or misread_figures(token, root):
        return not _text_follows(doc, token.sent.end_char)
    if not noun_phrase_with_modifiers(span) or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = root.lemma_.lower()
    if not (lemma in documents or lemma in _SPEECH_EVENTS or root.lower_ in _SPEECH_EVENTS
            or (lemma in _FIGURES and token.lemma_.lower() in _CLAUSELESS and not _figures_say(doc, content))):
        return False
    return not _text_follows(doc, token.sent.end_char)


def _figures_say(doc: Doc, content: Content) -> bool:
    """ "published new figures on Tuesday showing unemployment fell to 4 percent": a content that goes on past the
    figures with a verb of its own ("showing ...", "that suggest ...") says something; "published its sales figures"
    names them only."""
    return any(t.pos_ in ("VERB", "AUX") and content.start <= t.idx < content.end for t in doc)


def misread_document(root: Token, documents: frozenset[str]) -> bool:
    """ "released the visitor logs to the Mueller inquiry", "published the company reports": a plural document noun
    after a noun reads as a verb in the present ("the visitor" its subject, "logs" its verb); a clause with no
    object, complement or clause of its own and a document noun for its verb is the noun phrase misread. A clause
    opened by "that" is a clause ("Smith added that the agency reports to the governor")."""
    return _noun_read_as_verb(root, documents, article=True)


def misread_figures(token: Token, root: Token) -> bool:
    """ "Shelley's office released signature counts late Friday": a plural figure noun (``released_figures.txt``)
    after a noun reads as a verb ("signature" its subject, "counts" its verb); "release" takes no clause, so the
    clause on it is the noun phrase misread (``misread_document`` without its article, which only a verb that also
    takes a clause needs)."""
    return token.lemma_.lower() in _CLAUSELESS and _noun_read_as_verb(root, _FIGURES, article=False)


# what a real clause has on its verb that a noun phrase read as a clause lacks
_CLAUSE_PARTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "aux", "neg", "mark"})


def _noun_read_as_verb(root: Token, nouns: frozenset[str], *, article: bool) -> bool:
    """The clause ``root`` is a plural noun of ``nouns`` the parse read as a present verb whose subject is the noun
    just before it (with a determiner when ``article``), and it has none of a clause's parts (``_CLAUSE_PARTS``)."""
    if root.tag_ != "VBZ" or root.dep_ != "ccomp" or root.lemma_.lower() not in nouns:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i != root.i - 1 \
            or (article and not any(c.dep_ == "det" for c in subject.children)):
        return False
    return not any(c.dep_ in _CLAUSE_PARTS for c in root.children)


def _text_follows(doc: Doc, end: int) -> bool:
    """The issued text follows the sentence: it ends in a colon, or the next paragraph opens with a quotation
    ("issued a statement on Thursday.\n“Today, the court ...”"): the statement is told, the attribution stays
    for the quotation to join."""
    text = doc_text(doc)
    last = len(text[:end].rstrip())  # the sentence's last printed character ends here
    if text[last - 1:last] == ":":
        return True
    gap_end = last
    while gap_end < len(text) and gap_end < last + 40 and text[gap_end].isspace():
        gap_end += 1
    return "\n" in text[last:gap_end] and text[gap_end:gap_end + 1] in ("“", '"', "«")


def read_out(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Saraki read 16 letters from the governors to the chamber", "read from a prepared statement", "read the names
    of the victims": reading out a document is an act; the document named is not what it says. Kept: a quotation
    ("The sign read “Welcome to Texas”"), a clause ("the statement read, in part, that ..."), and the saying part of
    "read a statement saying that ..." (the participle's own attribution)."""
    if token.lemma_.lower() != "read" or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end) or any(c.dep_ == "ccomp" for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None or not noun_phrase_with_modifiers(span):
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.i == token.i:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.i == token.i


_AUTHORING = frozenset({"write", "author", "co-author", "pen", "co-write", "compose", "edit", "draft", "produce"})


def authored(token: Token, content: Content, doc: Doc) -> bool:
    """ "Dear Abby is written by Abigail Van Buren", "The column was penned by Smith": who wrote a work, named by
    its title, says nothing; the content is the work's name (the passive subject, no clause, no quotation).
    Kept: "The plan was revealed by the Post" (no verb of writing), a content beyond the subject ("It was written by
    the board that the plan failed": the clause)."""
    if token.lemma_.lower() not in _AUTHORING or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if not any(c.dep_ == "agent" for c in token.children):
        return False
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return content.start >= start and content.end <= end + 1


# works made by writing: a book, a story, a song, a screenplay, a column (``written_works.txt``)
WRITTEN_WORKS = read_words("written_works.txt")
# verbs that make a written work (lemmas as spaCy gives them: "penned" -> "pen", "authored" -> "author"); "publish"
# makes one public, and a title it publishes is a work whatever the parse calls it ("published Scholars": PERSON)
_WORK_MAKING = frozenset({"write", "rewrite", "co-write", "cowrite", "ghostwrite", "pen", "author", "co-author",
                          "coauthor", "compose", "publish", "self-publish"})
PUBLISHING = frozenset({"publish", "self-publish"})
# the passive of telling a work: "Growing Up Weightless, a story of political intrigue, is told by their children"
_NARRATING = frozenset({"tell", "narrate", "recount"})
_WH_OPENERS = frozenset({"where", "when", "why", "how", "what", "which", "who", "whom", "whose"})


def written_work(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "He was writing a short story where God cheats at Scrabble", "Smith wrote a short story about a boy who lost his
    dog", "Before George R.R. Martin wrote A Song of Ice and Fire, Ford created ...", "the short story he wrote where
    God cheats at Scrabble", "Tor published Scholars with a blank back cover", "Growing Up Weightless, a story of
    intrigue, is told by their children": a verb that makes a work (``_WORK_MAKING``, or the passive of telling one)
    whose work (``work_written``) is a book, a story, a song (``WRITTEN_WORKS``) or a title names the work; whatever
    the parse took for its content (the work's own relative clause, the clause the verb hangs in, an adjunct) is not
    what the writer said (blind audit h42 marked each wrong).

    Kept: a quotation ("wrote the song: “...”"), a clause the verb itself governs ("wrote Congress that the plan would
    fail", "wrote in a memo that ...": no work), a noun with its own clause ("wrote a story that the plan had failed":
    ``noun_phrase_with_modifiers`` says no), and a message (a letter, a memo, a report: not a work; "a letter saying
    ..." is the participle's attribution)."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if lemma not in _WORK_MAKING and not (passive and lemma in _NARRATING):
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    work = work_written(token)
    if work is None or not names_work(work, publishing=lemma in PUBLISHING):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "ccomp" and root.head.i == token.i and span[0].lower_ not in _WH_OPENERS:
        return False  # "wrote Congress that the plan would fail": a clause of the verb's own
    if span.start <= work.i < span.end and not noun_phrase_with_modifiers(doc[work.left_edge.i:work.right_edge.i + 1]):
        return False  # "wrote a story that the plan had failed": the noun's clause is said
    return not (_that_clause(work, token) or _participle_says(work, token, span) or _writer_acts_in_work(work, token))


def _participle_says(work: Token, token: Token, span: Span) -> bool:
    """ "wrote an op-ed urging Congress to fast track the TPP", "published a novel warning of ...": a participle on the
    work, or on the verb after it where the parse hung it there, says what the work says (PolNeAR gold: "wrote | an
    op-ed urging Congress to ..."); the content holds it."""
    return any(t.tag_ == "VBG" and ((t.dep_ == "acl" and t.head.i == work.i) or (t.dep_ == "advcl" and t.head.i == token.i))
               and t.i > work.i for t in span)


def _writer_acts_in_work(work: Token, token: Token) -> bool:
    """ "has written a book in which he exposes the rage of ...", "wrote a column where she argues ...": a relative
    clause on the work whose subject is the writer (a personal pronoun or the cue's subject's word) tells what the writer
    does in it (PolNeAR gold: "has written a book in which he exposes | the rage ..."). "a short story where God cheats
    at Scrabble" is the story's plot."""
    writer = next((c for c in token.children if c.dep_ == "nsubj"), None)
    for clause in work.children:
        if clause.dep_ != "relcl" or clause.i == token.i:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in SPEAKER_PRONOUNS or (writer is not None and subj.lower_ == writer.lower_)):
            return True
    return False


def _that_clause(work: Token, token: Token) -> bool:
    """ "wrote a story that the mayor had resigned": a "that" clause with a subject of its own on the work may be what
    the story says; the parse makes the "that" a relative pronoun either way ("a story that the mayor had resigned",
    "the story that he wrote"), so the work keeps its clause (the cue's own relative clause aside)."""
    return any(c.dep_ in ("relcl", "acl") and c.i != token.i and c.left_edge.lower_ == "that"
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in c.children)
               for c in work.children)


def work_written(token: Token) -> Token | None:
    """The noun that names what the verb made: its object ("wrote a novel"), the subject of its passive ("the novel was
    written by ...", and an appositive in it: "Growing Up Weightless, a story of ..., is told by"), or, in a relative
    clause whose relative word is left out or is its object, the noun the clause hangs on ("the short story he wrote").
    """
    relative = token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN")
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return token.head if relative and _relative_word(obj) else obj
    subj = next((c for c in token.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if subj is not None:
        if relative and _relative_word(subj):
            return token.head
        named = [t for t in subj.subtree if t.dep_ == "appos" and t.pos_ == "NOUN"]
        return named[0] if subj.pos_ not in ("NOUN", "PROPN") and named else subj
    if relative and any(c.dep_ == "nsubj" and not _relative_word(c) for c in token.children):
        return token.head  # "the short story he wrote": the story is what he wrote
    return None


def _relative_word(t: Token) -> bool:
    return t.tag_ in ("WDT", "WP") or (t.lower_ == "that" and t.dep_ != "mark")


def names_work(noun: Token, *, publishing: bool = False) -> bool:
    """ "a novel", "the short story", "songs" (``WRITTEN_WORKS``), a title the tagger knows for one ("The Dragon Waiting":
    WORK_OF_ART) or one opening with a capitalised article inside the sentence ("A Song of Ice and Fire"), and, after a
    verb of publishing, any name ("published Scholars": a publisher publishes works, never a person's words)."""
    if noun.pos_ == "NOUN":
        return noun.lemma_.lower() in WRITTEN_WORKS or noun.lower_ in WRITTEN_WORKS
    if noun.pos_ != "PROPN":
        return False
    if publishing or noun.ent_type_ == "WORK_OF_ART":
        return True
    first = noun.left_edge
    return not first.is_sent_start and first.text in ("A", "An", "The") and first.head.i == noun.i


# what a tally adds to: a subordinate clause of the game or the time ("added a goal as the Bruins beat the Devils",
# "added 18 points while Smith had 12")
_TALLY_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "punct", "cc"})


def added_tally(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                proposition_nouns: frozenset[str] = frozenset()) -> bool:
    """ "Connor Clifton added a goal as the Bruins beat the Devils", "Jones added 18 points while Smith had 12", "added
    a provision to the bill": "add" with a noun-phrase object adds a thing (a goal, points, a clause to a bill), and
    what follows the object is when or where. Kept: "added that ...", '"...," he added', a noun with its own clause
    ("added a caveat that the figures were early"), a proposition noun ("added the claim"), a pronoun ("added this:
    ...") and a clause the parse hung on the object ("They added their lobbying ... did not involve Uranium One": the
    content's root is the clause's verb)."""
    if token.lemma_.lower() != "add" or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end) or any(c.dep_ in ("ccomp", "oprd") for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    obj = span.root
    if obj.dep_ != "dobj" or obj.head.i != token.i or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if obj.lemma_.lower() in proposition_nouns or obj.lower_ in proposition_nouns:
        return False
    if not noun_phrase_with_modifiers(doc[obj.left_edge.i:obj.right_edge.i + 1]):
        return False
    # the rest of the content hangs on the verb as a time, a place or a subordinate clause of the game
    return all(obj.left_edge.i <= t.i <= obj.right_edge.i or _under_verb_adjunct(t, token) for t in span)


def _under_verb_adjunct(t: Token, verb: Token, deps: frozenset[str] = _TALLY_DEPS) -> bool:
    """``t`` lies in an adjunct of ``verb`` (one of ``deps``), not in a clause that says something."""
    while t.head.i != verb.i and t.head.i != t.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in deps


# passing on what someone else made: "retweeted a story", "reposted a video", "shared a photo", "tweeted out photos of the
# officers", "promoted a report on the attacks"; spaCy's lemma of "retweeted" is "retweete"
_FORWARDING = read_words("forwarding_verbs.txt")
# items passed on: a story, a video, a picture, a link; not words ("retweeted a quote", "shared his view")
_MEDIA_ITEMS = read_words("passed_on_items.txt")
# where, when and why an item was passed on ("on Facebook", "to Facebook", "as evidence of her claims", "on Monday"); a
# clause on the verb ("..., saying the crowd was huge") may be words and is not among them
_PASSED_ON_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "prt"})


def forwarded_item(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Trump retweeted a story about the assault", "She reposted a video of the fight", "shared a photo of the crowd",
    "tweeted out photos of officers in riot gear", "promoted a report discussing the attacks": a story, a video or a
    picture passed on is an act; what it says is not told (the blind audits mark it wrong). The item is judged as
    the object's own phrase: where the verb's adjuncts run into the content ("posted the video on Facebook as
    evidence of her claims", "posted to Facebook a Duke video") they are where and why it was passed on, not words.
    Kept: a quotation ("retweeted “Make America great”"), words passed on ("retweeted a quote from Mussolini",
    "shared his concerns"), a clause ("retweeted that the polls were rigged"), a noun with its own clause
    ("shared a report that the plant would close") and a clause on the verb beside the item ("tweeted a photo,
    saying the crowd was huge")."""
    if token.lemma_.lower() not in _FORWARDING or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end) or any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    obj = next((t for t in span if t.head.i == token.i and t.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _MEDIA_ITEMS:
        return False
    if not noun_phrase_with_modifiers(doc[obj.left_edge.i:obj.right_edge.i + 1]):
        return False
    return all(obj.left_edge.i <= t.i <= obj.right_edge.i or _under_verb_adjunct(t, token, _PASSED_ON_DEPS) for t in span)
