"""A cue with nothing attributed: no one said it, nothing was held, or the content names the act (blind audit 23).

Each rule is a pure predicate on the parse, with its table of tests in ``tests/test_empty_acts.py``:

- ``nobody_said``: "Neither the pope nor any of the cardinals have denied the facts": the subject is negated by
  "neither ... nor", so no one made the statement.
- ``negated_holder``: "he has had no conversations with supporters who have suggested that ...", "met nobody
  who believes ...": the cue is a restrictive relative clause or participle on a noun that "no", "none" or "nobody"
  negates (or an indefinite noun under such a noun by "with"/"from"); no one is reported as saying it.
- ``told_no_one``: "She told no one about the assault", "said nothing": the object is a negative pronoun; nothing
  was said to anyone.
- ``recalled_question``: "Ford can't remember where and when the assault took place", "doesn't know whether ...": a
  lack of memory or knowledge of an indirect question holds no proposition.
- ``knows_how``: "The IAEA knows not to ask", "learned to keep quiet": knowing how to act is no view held.
- ``relative_doer``: "the resolution that did mention the missiles": the noun a subject relative clause hangs on is
  the one who mentions, never what was mentioned.
- ``writers_reasoning``: "It would also explain why the CIA was monitoring Oswald": "it", "this" or "that" with a
  modal and a verb of explaining is the writer's inference, not anyone's statement.
- ``act_noun_content``: "He also sounded the alarm to neighboring countries", "issued a warning to residents": the
  content is the cue's own object, a noun of saying; it names the act, not what was said.
- ``said_a_noun``: "Trump said the right things": "say" with a bare noun phrase gives the writer's label for the
  words, not the words.
- ``indefinite_target``: "the person who can grant the favor demands something in return": a stance on "something"
  takes no position.
- ``quoted_whom``: "Stütz also quotes in the article itself Father Franz Harant, “a pastoral worker in the field of
  marriage”": "quote" with a person and a noun phrase names whom the writer quotes; the words come elsewhere.
- ``misread_participle``: "the Democrats opposed to Judge Kavanaugh happily seized on ...": a noun's participle the
  parse took for the verb, the real verb hung on its object.
- ``as_if_object``: "mainstream media dutifully reported official statements as if the veracity of the information
  couldn't be disputed": an object and the writer's "as if" on how the act was done; neither is what was said.
- ``pronoun_object_only``: "he said this as if it had no importance", "described it to friends": an object pronoun
  and the writer's words on the act (whom, where, how, why); the pronoun stands for what was said elsewhere.
- ``mentions_only``: "a DOJ official tells @LauraAJarrett": a content of nothing but @mentions is whom a post was
  written to, not what was said.
- ``ends_at_title``: "the USCCB demanded that Fr.\nWeinandy resign ...": the content stops at a person's title, the
  name and the predicate cut off; a fragment that misstates the claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.boundaries import PERSON_TITLES
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, subject_of
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.embedded_posts import mentions_only as _mentions_only
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.np_contents import bare_object, noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_types import OBJECT_PRONOUNS
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS, FINITE_TAGS

_NEGATIVE_PRONOUNS = frozenset({"nobody", "noone", "nothing", "none", "neither"})


def _negative_noun(word: Token) -> bool:
    """ "nobody", "nothing", "none of them", "no one", "no official": a noun phrase that names no one."""
    return word.lower_ in _NEGATIVE_PRONOUNS or any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def nobody_said(token: Token) -> bool:
    """The cue's subject is negated by "neither ... nor": "Neither the pope, nor any of the cardinals in Rome have
    denied ...", "Neither of them said ...": none of them made the statement. A subject with "no" ("No one in the
    campaign said the race was over", "Nothing in the report suggests ...") is a negated report PolNeAR marks and
    ``non_statements`` keeps (test_non_statements): left alone."""
    subject = next((c for c in token.children if c.dep_ in ALL_SUBJECTS), None)
    if subject is not None and subject.lower_ == "neither":
        return True
    sent = token.sent
    before = [t for t in token.doc[sent.start:token.i]]
    neither = next((t for t in before if t.lower_ == "neither"), None)
    if neither is None or not any(t.lower_ == "nor" and t.i > neither.i for t in before):
        return False
    # the "neither ... nor" must be the cue's own subject: no other verb between it and the cue
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg") for t in before if t.i > neither.i)


def negated_holder(token: Token) -> bool:
    """ "he has had no conversations with supporters who have suggested that Sanders quit", "no one who has suggested
    that ...": the cue is a restrictive relative clause or a participle on a noun whose relative pronoun (or the
    participle's own unexpressed subject) is the one who says; that noun is negated ("no", "none", "nobody",
    "nothing"), or it is indefinite and hangs by "with"/"from" on a negated noun. The text says no such person said
    it. Kept: a clause set off by a comma ("no comment from the ministry, which said ..."), a definite holder ("none
    of those who argued ...", "no talks with the senators who said ..."), other prepositions ("no shortage of critics
    who say ...", "no response to lawmakers who demanded ..."), "no fewer than 12 senators who argued ...", a holder
    negated by a verb ("doubts the officials who said ..."), a negation inside the content ("officials who said no
    one came"), a cue of the main clause ("No one in the campaign said the race was over": PolNeAR marks it,
    ``nobody_said``'s docstring)."""
    if token.dep_ not in ("relcl", "acl") or token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if token.dep_ == "relcl":
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in token.children):
            return False  # "the talks in which she said ...": the noun is no holder
    elif token.tag_ != "VBG" or any(c.dep_ in ALL_SUBJECTS for c in token.children):
        return False  # "supporters suggesting that ...": an active participle with the noun as its subject
    noun = token.head
    if _set_off(token, noun):
        return False  # "no comment from the ministry, which said ...": a clause that adds, the ministry said it
    if _negative_noun(noun):
        return not _no_fewer_than(noun)  # "no fewer than 12 senators who argued ...": twelve of them did
    if _definite(noun):
        return False  # "no conversations with the senators who suggested ...": the senators did suggest it
    for _ in range(3):  # up "with"/"from": "no conversations with supporters", "no talks with aides of donors"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("with", "from") \
                or prep.head.pos_ not in ("NOUN", "PRON"):
            return False  # "no shortage of critics who say", "no response to lawmakers who demanded": they did
        noun = prep.head
        if _negative_noun(noun):
            return not _no_fewer_than(noun)
    return False


_UNIVERSALS = frozenset({"everyone", "everybody", "all", "everything"})


def nobody_on_a_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Not everyone was claiming success", "No one claimed victory", "Nobody disputes the figures": a subject that
    names no one ("no one", "nobody", "none", ``_negative_noun``) or a universal under "not" ("not everyone", "not
    all") with a bare noun phrase for content: the writer's negated frame around a topic; no one is reported as
    saying anything, and no proposition is held (blind audit P75).

    Kept: a clause or a small clause for content ("No one in the campaign said the race was over", "Not everyone
    finds that pitch compelling", "not everyone agrees on who is a terrorist": PolNeAR marks them, ``nobody_said``),
    a quotation, and a subject that names people ("Not all Democrats backed the plan": some did not)."""
    subject = next((c for c in token.children if c.dep_ in ALL_SUBJECTS), None)
    if subject is None or not (_negative_noun(subject) or _not_universal(subject)):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "attr") for c in token.children):
        return False  # "Not everyone finds that pitch compelling": a small clause, a view held
    return bare_object(doc, content, quotes)


def _not_universal(word: Token) -> bool:
    """ "not everyone", "Not everybody": a universal pronoun under "not"."""
    return word.lower_ in _UNIVERSALS and word.pos_ == "PRON" and any(
        c.dep_ == "neg" or c.lower_ == "not" for c in word.children)


def _set_off(cue: Token, noun: Token) -> bool:
    """A comma, dash or bracket between the noun and its clause: "the ministry, which said ..." adds, not restricts."""
    start = min((t.i for t in cue.subtree), default=cue.i)
    return any(t.is_punct for t in cue.doc[noun.i + 1:start])


def _definite(noun: Token) -> bool:
    """ "the senators", "those", "the union's members", "Labour": a noun that names someone known to exist."""
    if noun.pos_ == "PROPN" or noun.lower_ in ("those", "these", "them", "they"):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in noun.children)


def _no_fewer_than(noun: Token) -> bool:
    """ "no fewer than 12 senators", "no less than three officials", "no more than": "no" counts, it negates no one."""
    return any(t.lower_ in ("fewer", "less", "more", "than") for t in noun.subtree if t.i < noun.i)


def told_no_one(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "She told no one about the assault until 30 years later", "said nothing", "told nobody that she was ill": the
    cue's object or the one it tells is a negative pronoun: nothing was said, or to no one. "told her sister that no
    one came" keeps its clause, 'chanting "no contract, no peace"' its quotation."""
    if content.quote or content.kind in QUOTE_KINDS or quotes.overlapping(content.start, content.end):
        return False
    if token.lemma_.lower() == "tell" and any(c.dep_ in ("dobj", "dative") and _negative_noun(c) for c in token.children):
        return True
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    return root.head.i == token.i and root.dep_ in ("dobj", "dative", "pobj") and _negative_noun(root) \
        and not any(t.pos_ in ("VERB", "AUX") for t in span)


_MEMORY_VERBS = frozenset({"remember", "recall", "recollect", "know", "forget"})
_QUESTION_WORDS = read_words("question_words.txt")


def recalled_question(token: Token, content: Content, doc: Doc) -> bool:
    """ "Ford can't remember where and when the alleged assault took place", "He doesn't know whether he will run",
    "She forgot who was there": memory or knowledge, lacking, of an open question holds no proposition. "remembers
    that she was there" (a clause), a quotation, and an account ("recalled how on his first trip all he saw was a dark
    highway", "knows how important it is to defeat Trump": PolNeAR's gold, a reader's too) are kept."""
    if token.lemma_.lower() not in _MEMORY_VERBS or token.pos_ not in ("VERB", "AUX") or content.quote:
        return False
    if token.lemma_.lower() != "forget" and not any(c.dep_ == "neg" for c in token.children):
        return False
    span = content_span(doc, content)
    if span is None or span[0].lower_ not in _QUESTION_WORDS or span.start <= token.i:
        return False
    # "didn't know what to make of Mr. Clarke" (a wh-infinitive: what to do) is a stance PolNeAR marks: kept
    return not any(t.lower_ == "to" and t.tag_ == "TO" and t.i <= span.start + 2 for t in span)


def knows_how(token: Token, content: Content, doc: Doc) -> bool:
    """ "The IAEA knows not to ask", "learned to keep quiet": knowing how to act is no
    proposition held; "knows that she lost" keeps its clause."""
    if token.lemma_.lower() not in ("know", "learn") or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span.start <= token.i:
        return False
    words = [t.lower_ for t in span[:2]]
    # "knows how to use it" is left: PolNeAR marks it (train), and no audit has judged it
    return words[:1] == ["to"] or words == ["not", "to"]


def relative_doer(token: Token, content: Content, doc: Doc) -> bool:
    """ "the replacement UN Security Council resolution that did mention the missiles": a cue in a relative clause
    whose relative pronoun is its subject is done by the noun the clause hangs on; that noun is no content."""
    if token.dep_ != "relcl" or content.quote:
        return False
    if not any(c.dep_ in ALL_SUBJECTS and c.tag_ in ("WDT", "WP") for c in token.children):
        return False
    head = token.head
    # "a message that said, "Sorry, ..."": a content that runs on past the cue holds what was said
    return content.start <= head.idx < content.end and content.end <= token.idx + len(token)


_REASONING_VERBS = frozenset({"explain", "show", "suggest", "mean", "prove", "indicate", "imply"})
_POINTERS = frozenset({"it", "this", "that"})


def writers_reasoning(token: Token, quotes: QuoteIndex) -> bool:
    """ "It would also explain why the CIA was closely monitoring Oswald", "This could mean that the talks fail":
    a pointer ("it", "this", "that") with a modal and a verb of explaining is the writer's inference, not a
    statement anyone made. "The report shows that ..." (a named document) and words inside a quotation are kept."""
    if token.lemma_.lower() not in _REASONING_VERBS or quotes.containing(token.idx) is not None:
        return False
    subject = subject_of(token)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
    return modal and subject is not None and subject.lower_ in _POINTERS


# nouns that name an act of saying: as the content of the verb that does it they name the act, not the words
# ("echoed statements by Trump", "repeated the message" take up what another said: kept)
# ("tweeted his call that the front-runner share the recording" holds its clause in the parse's relative: kept)
# ("acknowledged the appeal of the Republican race": an "appeal" that is an attraction; "confirm their address": a
# place; both kept)
_SAYING_NOUNS = frozenset({"alarm", "warning", "plea", "speech", "signal", "cry"})


def act_noun_content(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "He also sounded the alarm to neighboring countries", "issued a warning to residents", "delivered a speech
    in Ohio": the content is the cue's own object, a noun of saying with no clause of its own; it names the act.
    "issued a warning that the dam could break" (the noun's clause) is kept."""
    if content.quote or content.kind in QUOTE_KINDS or quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    return root.head.i == token.i and root.dep_ == "dobj" and root.lemma_.lower() in _SAYING_NOUNS \
        and noun_phrase_with_modifiers(span)


def said_a_noun(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "President Trump said the right things", "said all the usual things": "say" with a bare noun phrase is the
    writer's label for the words, not the words. "said it" (a pronoun pointing at a quotation) is left to others."""
    if token.lemma_.lower() != "say" or token.pos_ != "VERB":
        return False
    sent = token.sent
    if quotes.overlapping(sent.start_char, sent.end_char):
        return False  # a quotation in the sentence is what was said, the noun a misparse ("Sanders said of ...")
    span = content_span(doc, content)
    if span is None or span.root.pos_ != "NOUN" or span.root.head.i != token.i or span.root.dep_ != "dobj" \
            or not span.root.is_lower:
        return False  # "Glenn Beck Says Trump, 'Alt Right' Pose A Threat": a headline's capitals, a misparse
    # a determiner makes it a noun phrase, not a clause cut short ("has said single people and families - gay,
    # straight - would qualify": the parse's object is the subject of the clause said); so does a lone plural with no
    # verb after it ("Not that he said things the way he should have")
    return (any(c.dep_ in ("det", "predet") for c in span.root.children) or lone_plural(span)) \
        and bare_object(doc, content, quotes)


def lone_plural(span) -> bool:  # noqa: ANN001 - a Span
    """The content is one plural noun with no verb or auxiliary right after it: "said things the way he should have";
    not the subject of a clause the parse cut short ("said people would qualify")."""
    root = span.root
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return len(span) == 1 and root.tag_ == "NNS" and (after is None or after.pos_ not in ("VERB", "AUX"))


def mentions_only(content: Content, doc: Doc) -> bool:
    """ "No more indictments coming from Mueller, a DOJ official tells @LauraAJarrett": the content is the handle the
    post is addressed to, no word of what was said."""
    return not content.quote and _mentions_only(doc_text(doc)[content.start:content.end])


def ends_at_title(content: Content, doc: Doc) -> bool:
    """ "the USCCB demanded that Fr.\nWeinandy resign his position": the tokenizer splits "Fr" from its period (it
    keeps "Rev." and "Sen." whole) and the parser ends the sentence there, or a line break after the title does;
    the content stops at the title, before the name and the predicate (blind audit 44: content_wrong). A content
    whose last word is a person's title (``boundaries.PERSON_TITLES``) with a capitalised word after it and no
    finite verb or modal of its own names no claim; one with its verb ("filed a Senate ethics complaint Monday
    against Sens.", "He wrote that data ... showed that ..., including the notorious Fr.": blind audits 40 and 43
    judged them partly right) keeps what it says."""
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None or any(t.tag_ in FINITE_OR_MODAL_TAGS for t in span):
        return False  # "filed a complaint Monday against Sens.": the claim is there, only a name's end is cut
    last = span[-1]
    if last.text == "." and last.i > span.start and not doc[last.i - 1].whitespace_:
        last = doc[last.i - 1]
    word = last.text[:-1] if last.text.endswith(".") else last.text
    if word not in PERSON_TITLES:
        return False
    after = doc_text(doc)[content.end:].lstrip(" .\n\t")
    return after[:1].isupper()


_INDEFINITES = frozenset({"something", "anything"})


def indefinite_target(token: Token, content: Content, doc: Doc) -> bool:
    """ "the person who is in a position to grant the favor demands something in return": a stance toward
    "something" or "anything" names no thing and takes no position."""
    if content.quote:
        return False
    span = content_span(doc, content)
    # "was proposing something else entirely" (an alternative, PolNeAR's gold) is kept: only a preposition's phrase
    return span is not None and span.root.lower_ in _INDEFINITES and span.root.head.i == token.i \
        and all(c.dep_ == "prep" for c in span.root.children) and not any(t.pos_ in ("VERB", "AUX") for t in span)


def misread_participle(token: Token, content: Content, doc: Doc) -> bool:
    """ "the Democrats opposed to Judge Kavanaugh happily seized on the allegation": the parse read the participle of a
    noun ("the Democrats (who are) opposed to him") as the sentence's verb and hung the real verb ("seized"), finite,
    on the object of its preposition. A finite verb modifying a noun is no clause the cue reports: the sentence
    is the writer's."""
    if content.quote or token.tag_ not in ("VBD", "VBN"):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    noun = span.root
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != token.i or noun.head.lower_ != "to":
        return False  # an adjective's participle takes "to" ("opposed to", "committed to"); "reported about" a topic
    # the real verb has no subject of its own (the cue's subject is its subject); "pointed to reports that Trump called
    # her ...", "told him on a regular basis that terrorism is the answer" have a noun's clause with its own subject
    return any(c.dep_ == "acl" and c.tag_ in FINITE_TAGS and span.start <= c.i < span.end
               and not any(g.dep_ in ALL_SUBJECTS or g.dep_ == "mark" for g in c.children) for c in noun.children)


def quoted_whom(token: Token, content: Content, doc: Doc) -> bool:
    """ "Stütz also quotes in the article itself Father Franz Harant, “a pastoral worker in the field of marriage and
    the family” at the Ursulinenkirche in Linz": "quote" whose content holds no verb outside a relative clause names
    the one quoted (and a quoted epithet of them), not what they said. Kept: "quoted X as saying ...", a quotation
    of words with a verb ('The photo quotes “If God is for us, who can be against us?”')."""
    if token.lemma_.lower() != "quote" or token.pos_ != "VERB" or content.quote:
        return False  # 'quotes him: “A disgrace.”': a whole quotation is the words quoted
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    relative = {t.i for r in span if r.dep_ == "relcl" for t in r.subtree}
    return not any(t.pos_ in ("VERB", "AUX") and t.i not in relative for t in span)


_AS_IF = frozenset({"if", "though"})


def as_if_object(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The content is the cue's noun-phrase object run on into an "as if" (or "as though") clause hung on the cue:
    the clause is the writer's comment on the manner of the act, the object a thing, not a proposition. Kept: a
    quotation, and an "as if" clause inside what was said ("said the plan works as if by magic")."""
    if content.quote or content.kind in QUOTE_KINDS or quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    clause = next((c for c in token.children if c.dep_ == "advcl" and span.start <= c.i < span.end
                   and any(m.dep_ == "mark" and m.lower_ in _AS_IF for m in c.children)
                   and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)
    obj = next((c for c in token.children if c.dep_ == "dobj" and span.start <= c.i < span.end), None)
    if clause is None or obj is None or clause.left_edge.i <= obj.i:
        return False
    return obj.pos_ in ("NOUN", "PROPN") and noun_phrase_with_modifiers(doc[obj.left_edge.i:obj.right_edge.i + 1])



# pronouns that point at what was said elsewhere: "said this", "demand it"; "that" as the object the parse makes
_POINTING_PRONOUNS = frozenset({"this", "that", "these", "those", "it"})
# the writer's clauses on the act: its manner ("as if", "as though") or its reason ("because")
_ACT_CLAUSE_MARKS = frozenset({"if", "though", "because"})
# prepositions of the act's place, time or occasion ("in the debate", "at a rally", "during the hearing"); the
# prepositions a verb takes for a second argument are not here: PolNeAR marks "said that of Cruz's campaign", "asked
# something of her rival", "blame this on President Bush", "discussed it with Brafman" as contents
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during", "before", "after"})
# a preposition's object that is an amount makes a predication: "put it at $4.5 billion" (an estimate)
_AMOUNTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def pronoun_object_only(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                        people: tuple[frozenset[str], ...] = ()) -> bool:
    """The content is the cue's object pronoun ("this", "it") and words on the act only: the one told, its place or
    time, an adverb, a clause of manner or reason ("he said this as if it had no importance", "described it to
    friends", "said it in the debate"). The pronoun stands for what was said elsewhere; the rest is the writer's, so
    the content tells the reader nothing of the statement (blind audits 42, h42: judged wrong). Kept: the pronoun
    alone ("said it", "denied this": PolNeAR marks it), a second argument of the verb ("said that of Cruz's
    campaign", "blame this on Bush", "attributed it to the agency": PolNeAR marks them), a predication ("called it a
    hoax", "dismissed it as a theory", "put it at $4.5 billion", "accused it of misleading the court"), a clause the
    cue governs ("said it was over"; a "that" before one is the complementizer the parse misread), a quotation.
    ``people``: sets of nouns of people, who may be the ones told ("to friends", "to reporters"); the lexicon's
    sets as they are, not a union built for every cue."""
    if content.quote or content.kind in QUOTE_KINDS or quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or span[0].dep_ != "dobj" or span[0].head.i != token.i:
        return False
    obj = span[0]
    if obj.lower_ not in _POINTING_PRONOUNS or any(c.dep_ != "punct" for c in obj.children):
        return False  # "this that he wrote": a noun phrase of its own
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in token.children):
        return False  # "pointed out that of the top five apps, none are American-made": a clause after all
    rest = [t for t in span if t.i != obj.i and not t.is_punct]
    if not rest:
        return False  # the bare pronoun: PolNeAR's gold marks "said it", "denied this"
    words = {t.i for c in token.children if c.i > obj.i and _act_adjunct(c, people) for t in c.subtree}
    return all(t.i in words for t in rest)


def _act_adjunct(child: Token, people: tuple[frozenset[str], ...]) -> bool:
    """A dependent of the cue that says to whom, where, when, how or why the act was done, not what was said."""
    if child.dep_ in ("advmod", "npadvmod", "punct"):
        return True
    if child.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in _ACT_CLAUSE_MARKS for m in child.children)
    if child.dep_ not in ("prep", "dative"):
        return False
    objects = [c for c in child.children if c.dep_ != "punct"]
    if not objects or any(o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN", "PRON") for o in objects):
        return False  # "of misleading the court": a gerund's clause
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in child.subtree):
        return False  # "said that at the time the company was broke": the misread "that" opens a statement after all
    if child.lower_ == "to":
        return all(o.lower_ in OBJECT_PRONOUNS or o.ent_type_ == "PERSON"
                   or any(o.lemma_.lower() in s or o.lower_ in s for s in people)
                   for o in objects)  # the one told: "described it to friends"
    return child.lower_ in _OCCASION_PREPOSITIONS and not any(o.ent_type_ in _AMOUNTS for o in objects)
