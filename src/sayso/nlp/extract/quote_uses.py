"""What a short quotation in the writer's sentence is used as, when it is no scare quote.

A scare quote says the WRITER keeps a word at a distance ("another “atrocity”", "a “miracle”
cure"). Quotation marks do other jobs just as often, and these functions name them:

- a title or a name: “We’re Not Gonna Take It”, “War & Peace”, the book “Musicophilia”, the
  “Pose” actor, shifts to “S”, the code “GETPRO” (``is_title``, ``named_thing``);
- the name of a kind of thing: a “green shoe” option, a “phase one” trade deal, a “functions on
  demand” system (``named_thing``);
- someone's words quoted inside the writer's sentence: forecasters warning that pollution will
  reach “severe” levels, she described it as the “worst case scenario” (``someones_words``), or a
  piece clipped from a sentence: the pair were “not close” (``clipped_quotation``).

A distancing word before the quotation (so-called, self-styled) makes it the writer's again
(``ironic_lead``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sayso.nlp.extract.lexicon import Lexicon

_WORD = re.compile(r"[^\W_]")  # a letter or digit
_TITLE_WORD = re.compile(r"^[\W\d]*[A-Z0-9]")
_MINOR = frozenset("a an the of and or but to in on at for with by from as is it its".split())
_SENTENCE_END = frozenset(".!?:;")
_OPENERS = frozenset("(\"“‘'«„")
_IRONIC = frozenset("so-called self-styled self-proclaimed supposed would-be purported".split())
# a noun right before a quotation that names what the quotation is: the book “Musicophilia”, use code “GETPRO”
_NAMING_BEFORE = frozenset(
    "book books novel film films movie movies song songs album single track show series episode sitcom play musical "
    "podcast documentary poem opera painting exhibition magazine newspaper column blog app game hashtag slogan motto "
    "catchphrase tagline nickname name names title headline term phrase word words code coupon password username "
    "option mode edition brand label category codename operation campaign program programme project".split())
# a noun the quotation modifies, naming a kind of it: a “green shoe” option, a “phase one” trade deal. Not
# events and policies people take sides on (rally, protest, policy): "another “spontaneous” rally" is a scare quote
_NAMING_AFTER = frozenset(
    "option options system systems mode modes model models edition editions version versions feature features setting "
    "settings button buttons key keys layout formation format deal deals agreement package packages programme program "
    "campaign campaigns initiative operation brand label line lineup range series tier category class code codes app "
    "slogan act bill shape logo menu phase stage trim "
    "package plan plans store stores sale sales event".split())
_CLAUSES = frozenset("ccomp xcomp parataxis".split())  # what any verb of saying or writing reports
_OBJECTS = frozenset("dobj attr oprd dative".split())  # what a verb of describing or judging words
_QUOTING_PREPS = frozenset("as of about".split())  # "described it as", "warned of", "spoke about"
# verbs whose object (or "as", "of", "about" phrase) is put in their own words: "cheered the “historic” move",
# "described the “physical fight”", "warned of “dangerous consequences”"
_DESCRIBING = frozenset(
    "describe depict portray characterize characterise call dub term label brand deem hail tout praise cheer welcome "
    "condemn denounce decry slam blast criticize criticise reject dismiss warn promise pledge vow demand urge predict "
    "forecast announce declare proclaim claim deny accuse speak talk mention cite quote".split())
_QUOTING_SENSES = ("saying", "writing")
_WH_TAGS = frozenset("WDT WP WP$ WRB".split())  # why, how, what, which: a question, not what was said
_CLIPPED_POS = frozenset("ADP SCONJ CCONJ PART".split())  # "“than any time”", "“not close”", "“to the bitter end”"
MAX_STEPS = 8  # heads walked up from a quotation before giving up


def letter_words(inner: str) -> list[str]:
    """The words of a quotation that hold a letter or digit ("War & Peace" -> War, Peace)."""
    return [w for w in inner.split() if _WORD.search(w)]


def sentence_initial(text: str, q_start: int) -> bool:
    """Does the quotation open a sentence, a line or the text (where any word is capitalised)?
    Opening marks and dashes before it are looked through: "(“Hoax”", "— “Hoax”"."""
    at = q_start
    while True:
        before = text[:at].rstrip(" \t\xa0")
        if not before or before[-1] == "\n" or before[-1] in _SENTENCE_END:
            return True
        if before[-1] not in _OPENERS:
            return False
        at = len(before) - 1


def is_title(inner: str, text: str = "", q_start: int | None = None) -> bool:
    """ "We’re Not Gonna Take It", "War & Peace": a title in title case (songs, films, campaigns);
    with its place in ``text``, also one capitalised word inside a sentence: “Musicophilia”, the “Pose”
    actor, “DWTS”, shifts to “S” (at a sentence's start a capital says nothing)."""
    words = letter_words(inner)
    major = [w for w in words if w.lower() not in _MINOR]
    if len(words) >= 2:
        return bool(major) and all(_TITLE_WORD.match(w) for w in major)
    if len(words) != 1 or q_start is None or not _TITLE_WORD.match(words[0]) or not words[0][0].isalnum():
        return False
    return not sentence_initial(text, q_start)


def _words_before(text: str, q_start: int, n: int) -> list[str]:
    return [w.strip(",:;()").lower() for w in text[max(0, q_start - 60):q_start].split()][-n:]


# words right before a quotation that put it in someone's mouth: "called her “third-rate”", "warning of “chaos”"
_QUOTING_WORDS = frozenset(
    "warn warning warned call called calling dub dubbed term termed label labelled labeled brand branded describe "
    "described describing deem deemed slam slammed".split())
_INNER_SENTENCE = re.compile(r"[.!?;:]")
_ARTICLES = frozenset("a an the".split())
# a copula, "as" or a modal: the quotation says what something is or does ("his claims were “Mostly False”",
# "would “Never Give Up”"); a noun for words said ("added the words “Hillary Clinton”"): a speaker's words, no name
_SPEECH_LEADS = frozenset(
    "as is was were are be been being 's ’s will would can could shall should may might must "
    "words word phrase slogan motto chant chants chanted chanting "
    # a verb of uttering: the quotation is what was shouted or posted ("shouted “Free Palestine”", "tweeted “No
    # Collusion”"); not "sang" or "read", whose object is a work
    "shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming cry cries cried "
    "crying exclaim exclaims exclaimed whisper whispers whispered mutter mutters muttered utter utters uttered "
    "tweet tweets tweeted tweeting".split())
# the present-tense forms ``quoting_word_before`` lacks: "the defendant, who calls himself “The Messiah,”"
_QUOTING_FORMS = frozenset("calls dubs terms labels brands describes deems slams warns".split())
TITLE_MAX_WORDS = 8  # longer title-cased words are a headline or a shouted sentence, not a name


def quoting_word_before(text: str, q_start: int) -> bool:
    """ "called it an “extremely adverse development”", "warning of “dangerous consequences”"."""
    before = text[max(0, q_start - 40):q_start].lower().split()
    return any(w.strip(",:;") in _QUOTING_WORDS for w in before[-3:])


def quoted_title(text: str, q_start: int, inner: str) -> bool:
    """The quotation is the title of a work or a name, not words anyone is quoted as saying: "a new “Twin Peaks”",
    "fans of “Prison Break,”", "on “DWTS.”" (``is_title``, at most ``TITLE_MAX_WORDS`` words, no sentence inside).
    Not where it says what something is or does, which puts it in a speaker's mouth: after a quoting word ("called
    her “Crooked Hillary”"), a copula ("his claims were “Mostly False”"), "as" ("hailed him as “The Comeback Kid”")
    a modal ("would “Never Give Up”") or a noun for words said ("added the words “Hillary Clinton”")."""
    body = inner.strip().rstrip(",.").rstrip()
    if _INNER_SENTENCE.search(body) or len(letter_words(body)) > TITLE_MAX_WORDS:
        return False
    if not is_title(body, text, q_start) or headline(text, q_start, len(inner)):
        return False
    return not (quoting_word_before(text, q_start) or predicative(text, q_start)
                or any(w in _QUOTING_FORMS for w in _words_before(text, q_start, 3)))


def headline(text: str, q_start: int, inner_length: int) -> bool:
    """The quotation stands in a title-cased line, where every word has a capital and a capital says nothing:
    "Trump Says “Witch Hunt” Will End Soon" (at least three major words outside the quotation)."""
    line_start = text.rfind("\n", 0, q_start) + 1
    line_end = text.find("\n", q_start)
    line_end = len(text) if line_end < 0 else line_end
    outside = text[line_start:q_start] + " " + text[min(line_end, q_start + 1 + inner_length):line_end]
    major = [w for w in letter_words(outside) if w.strip("\"“”‘’'(),.:;!?").lower() not in _MINOR]
    return len(major) >= 3 and all(_TITLE_WORD.match(w) for w in major)


def predicative(text: str, q_start: int) -> bool:
    """A copula, "as", a modal or a noun for words said right before the quotation (past an article): "were
    “Mostly False”", "as “The Comeback Kid”", "would “Never Give Up”", "the words “Hillary Clinton”"."""
    before = [w for w in _words_before(text, q_start, 3) if w not in _ARTICLES]
    return bool(before) and before[-1] in _SPEECH_LEADS


def ironic_lead(text: str, q_start: int) -> bool:
    """ "so-called “reforms”", "the self-styled “experts”": the writer says it keeps the word at a distance."""
    before = _words_before(text, q_start, 1)
    return bool(before) and before[-1] in _IRONIC


TERM_MAX_WORDS = 4  # "''value-added tax'' systems", "so-called “pass through” income": a writer's term is short
# nouns before a quotation that name words someone says, whose quotation is theirs ("by the nickname “Little
# Marco”", "used the phrase “never again”"), not a thing the writer names
_SAID_NOUNS = frozenset("slogan motto catchphrase tagline nickname name names title headline term phrase word words"
                        .split())


def writers_term(text: str, q_start: int, q_end: int, inner: str, doc: Doc | None = None) -> bool:
    """Quotation marks the writer puts around a name or a word of their own, not the speaker's words, inside what
    someone is reported to say: a title ("fans of “Prison Break”", ``quoted_title``), a name given ("the bill, known
    as the “Dream Act”"), a kind of thing named ("proposing ''value-added tax'' systems", ``names_a_kind``) or a word
    kept at a distance ("taxing so-called “pass through” income", ``ironic_lead``). ``doc``: the parse, where there is
    one, which keeps a predicate from reading as a name (``names_a_kind``)."""
    distanced = ironic_lead(text, q_start) and not supposed_to(text, q_start, inner)
    return distanced or quoted_title(text, q_start, inner) or known_as(text, q_start) \
        or names_an_utterance(text, q_end, inner) or names_a_kind(text, q_start, q_end, inner, doc)


# nouns for something said, after a quotation that names it: 'her “basket of deplorables” remark', 'the “read my
# lips” pledge': the words of whoever made the remark, not of the one reported to speak of it
_UTTERANCE_NOUNS = frozenset("remark remarks comment comments quip quips jibe jibes gaffe gaffes claim claims tweet "
                             "tweets chant chants pledge pledges promise promises slur slurs taunt taunts boast "
                             "statement statements speech".split())


def names_an_utterance(text: str, q_end: int, inner: str) -> bool:
    """ "Trump said her “basket of deplorables” remark insulted voters": the quotation names what someone else said,
    whose words they are; the row holds no words of its own speaker. Two words or more: one is an adjective as often,
    the speaker's ("the minister’s “disgraceful” comments")."""
    if len(letter_words(inner)) < 2:
        return False
    after = [w.strip(",.;:!?()").lower() for w in text[q_end:q_end + 40].split()[:1]]
    return bool(after) and after[0] in _UTTERANCE_NOUNS


# verbs that give a thing a name or a label: the name is the words of whoever gives it
_NAMING_VERBS = frozenset("call dub declare proclaim term label brand name nickname christen style describe "
                          "characterize characterise bill".split())
_NAMED_SLOTS = frozenset("dobj oprd attr".split())  # "called it “a giveaway”", "declared a “caliphate”"
# naming verbs that name with one object: the thing declared is the name ("declared a “caliphate”"); the others
# name only with a second object or in the passive ("called “an emergency meeting”", "named “a suspect”": no naming)
_ONE_OBJECT_NAMING = frozenset("declare proclaim".split())
_NO_ONE = frozenset("nobody none noone neither".split())


def anothers_naming(doc: Doc | None, q_start: int, q_end: int, speaker: int | None = None,
                    cue: int | None = None) -> bool:
    """The quotation is a name or label that someone other than the speaker gives, inside what the speaker is
    reported to say: "the plan, which critics call “a giveaway”", "the group that has declared a “caliphate”",
    "the raid, what the rebels dubbed “Operation Dawn”", "the virus, dubbed “the Kraken” by scientists": the
    words of the critics, the group, the scientists, not of the speaker, and they make no row mixed.

    Only with a parse, and only where the one who names is written and is not the speaker: a subject (or agent)
    that is no personal pronoun ("which he called “a disgrace”" may be the speaker's own) nor the speaker's head,
    and a naming verb that is not the cue itself ("He called it “a disgrace”": the speaker names). Not where the
    namer is the speaker written again ("Trump said the deal, which Trump called ..."), nobody ("no one has called
    it ..."), or the naming is negated or modal ("critics would call it ...", "never called"): those words are the
    speaker's; nor a call/name/bill with one object ("called “an emergency meeting”": no naming)."""
    tokens = _quoted_tokens(doc, q_start, q_end)
    if tokens is None:
        return False
    root = next((t for t in tokens if t.head not in tokens), None)
    if root is None:
        return False
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        root, verb = verb, verb.head  # "which critics describe as “a giveaway”"
    if root.dep_ not in _NAMED_SLOTS and not (root.dep_ == "prep" and root.lower_ == "as"):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _NAMING_VERBS or verb.i == cue or not _names_something(verb, root, lemma) or _unreal(verb):
        return False
    namer = _namer(verb)
    if namer is None or namer.tag_ in ("PRP", "PRP$") or namer.lower_ in _NO_ONE \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in namer.children):
        return False
    # the speaker under another mention ("Trump said the deal, which Trump called “the worst ever”")
    return speaker is None or (namer.i != speaker and namer.lower_ != doc[speaker].lower_)


def _names_something(verb: Token, root: Token, lemma: str) -> bool:
    """The verb names a thing: a second object ("called the deal “a betrayal”", "which critics call “a giveaway”")
    or a passive ("dubbed “the Kraken” by scientists"); "declare" and "proclaim" name with one."""
    if lemma in _ONE_OBJECT_NAMING or verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.i != root.i for c in verb.children)


def _unreal(verb: Token) -> bool:
    """A naming that did not or may not happen ("would call", "never called"): the words are the speaker's."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _namer(verb: Token) -> Token | None:
    """Who gives the name: the subject of the naming verb, or the agent of a passive one ("dubbed X by scientists")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def supposed_to(text: str, q_start: int, inner: str) -> bool:
    """ "staff were supposed “to be consulted”": "supposed to", not a word kept at a distance; the speaker's words."""
    return _words_before(text, q_start, 1) == ["supposed"] and inner.lstrip().lower().startswith("to ")


def known_as(text: str, q_start: int) -> bool:
    """ "the bill, known as the “Dream Act”", "also known as “Big Tech”": a name the thing goes by, no one's words."""
    before = [w for w in _words_before(text, q_start, 3) if w not in _ARTICLES]
    return before[-2:] == ["known", "as"]


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())  # a verb with a tense: the quotation says what something does


def names_a_kind(text: str, q_start: int, q_end: int, inner: str, doc: Doc | None = None) -> bool:
    """A short quotation right after a noun saying what thing it names ("the app “Safe Walk”", not "the phrase
    “never again”", someone's words), or of two words or more right before the noun it names a kind of
    ("''value-added tax'' systems", "a “green bond” program"; one word there is an adjective as often, the
    speaker's: "a “historic” deal", "a “rigged” system"). Only the next word: in 'would “find the money” and the
    program survives' the quotation names nothing (``named_thing`` looks further on, for markers).
    With a parse (``doc``) a quotation that says what its noun does names nothing ("the project “would create 500
    jobs”", "the app “tracks users”"), nor does one after an adjective ("a single “catastrophic mistake”") or one
    ending in one ("the Democrats’ “radical socialist” plan": the speaker's words)."""
    body = inner.strip().rstrip(",.").rstrip()
    words = letter_words(body)
    if len(words) > TERM_MAX_WORDS or _INNER_SENTENCE.search(body) or inner.rstrip().endswith(","):
        return False
    tokens = _quoted_tokens(doc, q_start, q_end)
    if tokens is not None and (any(t.tag_ in _FINITE_TAGS for t in tokens) or _subject_of(tokens)):
        return False
    before = _words_before(text, q_start, 1)
    after = [w.strip(",.;:!?()").lower() for w in text[q_end:q_end + 40].split()[:1]]
    prev = _word_before(tokens) if tokens is not None else None
    noun_before = tokens is None or (prev is not None and prev.pos_ in ("NOUN", "PROPN"))
    kind_word = tokens is None or tokens[-1].pos_ in ("NOUN", "PROPN", "NUM")
    return bool(before and before[-1] in _NAMING_BEFORE - _SAID_NOUNS and noun_before) \
        or (len(words) >= 2 and bool(after) and after[0] in _NAMING_AFTER and kind_word)


def _quoted_tokens(doc: Doc | None, q_start: int, q_end: int) -> list[Token] | None:
    """The word tokens inside the quotation ``q_start``..``q_end`` of ``doc``; None with no parse or none there."""
    if doc is None:
        return None
    span = doc.char_span(q_start, q_end, alignment_mode="expand")
    tokens = [t for t in span if not t.is_punct and not t.is_quote] if span is not None else []
    return tokens or None


def _word_before(tokens: list[Token]) -> Token | None:
    """The token before a quotation's words, past its opening marks."""
    i = tokens[0].i - 1
    while i >= 0 and (tokens[0].doc[i].is_quote or tokens[0].doc[i].text in ("'", "''", "‘", "“", '"')):
        i -= 1
    return tokens[0].doc[i] if i >= 0 else None


def _subject_of(tokens: list[Token]) -> bool:
    """The word before the quotation is the subject of one inside it: "the film “glorifies nothing”"."""
    prev = _word_before(tokens)
    return prev is not None and prev.dep_ in ("nsubj", "nsubjpass") and prev.head in tokens


def named_thing(text: str, q_start: int, q_end: int) -> bool:
    """The quotation names a thing: a noun before it says what ("the book “Musicophilia”", "use code
    “GETPRO”") or it names a kind of the noun it modifies ("a “green shoe” option", "the inverted “T”
    arrow key layout")."""
    before = _words_before(text, q_start, 1)
    if before and before[-1] in _NAMING_BEFORE:
        return True
    after = text[q_end:q_end + 40]
    clause = re.split(r"[,.;:!?()\"“”—–]", after, maxsplit=1)[0]
    return any(w.lower() in _NAMING_AFTER for w in clause.split()[:3])


def clipped_quotation(doc: Doc, start: int, end: int) -> bool:
    """A piece cut from someone's sentence, no word or name of the writer's: two words or more opening
    on a verb's base form, a particle, a preposition or a conjunction ("to “show absolutely no mercy”",
    "the pair were “not close”", "purchases “than any time in our history”", a motto “Put first things
    first”). A scare quote marks a name for a thing or a quality ("another “atrocity”", the “Assad is
    gassing his own people” card)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if not t.is_punct]) < 2:
        return False
    first = next(t for t in span if not t.is_punct)
    return first.pos_ in _CLIPPED_POS or first.tag_ == "VB"


def asks_or_denies(head: Token, clause: Token) -> bool:
    """The verb reports no words of the clause: it is negated ("cannot explain why the “reset” failed",
    "did not say that ...") or the clause is a question ("asked whether the “reforms” worked")."""
    if any(c.dep_ == "neg" for c in head.children):
        return True
    first = clause.left_edge
    return first.tag_ in _WH_TAGS or first.lower_ in ("whether", "if")


def _reports(head: Token, child: Token, lexicon: Lexicon) -> bool:
    """Does ``head`` report what ``child`` (one of its dependents) holds as someone's words?"""
    if head.pos_ != "VERB":
        return False
    if child.dep_ in _CLAUSES:
        return lexicon.sense_of(head.lemma_) in _QUOTING_SENSES and not asks_or_denies(head, child)
    into = child.dep_ in _OBJECTS or child.dep_ == "prep" and child.lower_ in _QUOTING_PREPS
    return into and head.lemma_.lower() in _DESCRIBING


def someones_words(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """The quotation at ``[start, end)`` is what a verb of saying or describing in its sentence reports:
    "forecasters warning that pollution will reach “severe” levels", "she described it as the “worst case
    scenario”", "cheered the “historic” move". Walked up the parse from the quotation, a verb of saying
    or writing is reached through the clause it reports, a verb of describing or judging through its
    object; never through a subject ("“Experts” say"), a clause of time or cause ("said nothing as the
    “reforms” passed") or a coordinated act ("told me, and easing the “pain”")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return False
        if _reports(head, tok, lexicon):
            return True
        tok = head
    return False
