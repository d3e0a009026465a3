"""A third party's words reported inside someone's quotation: a pure function of the parse.

'“Ambassador Sondland replied that he was going to do it,” Holmes testified', '“My doctor said I would never
walk again. I proved him wrong,” Lopez told reporters', 'Taylor testified: “The ambassador told me the aid
was frozen.”': the quotation is the outer speaker's, and inside it a named speaker says something of their
own. A reader takes both: the outer attribution, and the inner one with the inner speaker, reported through
the outer (SPEC's ``via``). The cue model scores a verb inside a quotation low (most are the speaker's own
words), so the inner report was dropped or kept too doubtful to show; where it was kept without its speaker,
its words could go to the outer one.

The form read here is the plain one: a finite verb of saying, neither negated, modal nor asked about, under no
"if" (a habit's "would" with the words heard is as plain: '“Karadima would say to me: 'Put your mouth next to
mine.'”', ``habitual``), with a subject of its own before it that names someone, and a clause or a quotation after it. Verbs with a
subject that is no speaker ("the report said", "the law says") are left to the model: a document quoted inside a
quotation is rarely what the quoted speaker cites.

The subject names someone when it is a name or a noun for a person ("Sondland", "my doctor"), or a pronoun whose
speaker the quotation itself gives (``pronoun_speaker``): "I"/"we" in the past ("“I told them the plan was
dead,” Ruiz said": what Ruiz said before, Ruiz's; ``quoted_selves`` gives it the quoted speaker), and "he"/"she"/
"they" where the quotation names exactly one person (or, for "they", one body) before it, and no one else ("“Mr. Jones called me.
He said the deal was off,”"). Any other "he said" inside a quotation points at someone only the speaker knows
("“He said, ‘The British are coming’” ...", "“My husband said ... Abdul-Ghani ... he said ...”": two could be
meant), and is left to the model, its mention unresolved.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.misparsed_speakers import SPEECH_VERBS
from sayso.nlp.extract.person_signs import title_sex
from sayso.nlp.extract.quote_marks import CURLY_CLOSING, OPENING_QUOTES_BUT_GUILLEMET
from sayso.nlp.extract.quotes import Quote, QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_TAGS

_MODALS = read_words("modals.txt")
_CONDITIONS = frozenset({"if", "unless", "whether", "suppose", "supposing"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
_POSSESSIVES = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})


def quoted_report(token: Token, quotes: QuoteIndex, person_nouns: frozenset[str] = frozenset(),
                  given: Mapping[str, str] | None = None, bodies: frozenset[str] = frozenset()) -> bool:
    """Whether ``token`` is the verb of a named third party's report inside a quotation (module doc); ``bodies``:
    nouns of bodies that speak ("the government", "the police"), a subject as plain as a person's."""
    habit = habitual(token)
    if token.pos_ != "VERB" or not (token.tag_ in FINITE_TAGS or progressive(token) or habit) \
            or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    quote = quotes.containing(token.idx)
    if quote is None or token.dep_ in ("relcl", "acl"):
        return False  # "the place that Clinton said was a success", "everything Bernie says": a relative's gap
    kids = list(token.children)
    if _unasserted(token, habit) or hypothetical(token):
        return False
    if token.tag_ != "VBD" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in kids):
        return False  # "When Twitter says, 'We can't do this,' I don't believe that": what it says whenever it does
    subj = own_or_shared_subject(token)
    if subj is None or subj.head != token and subj.idx < quote.start:
        return False  # 'Broaddrick said Clinton approached her “and said, ‘...’”': a joined verb's subject outside it
    if token.tag_ not in FINITE_TAGS and not habit and not person_subject(subj, person_nouns):
        return False  # '“The voters are telling us ...”', '“Wall Street is telling you ...”': a figure of speech
    passage = inner_passage(token, quote, quotes.text)
    if habit and passage is None:
        return False  # "he would say to me that ...": a habit's gist, or a guess at what he would say
    if passage is not None and quoted_title(token, passage, quotes.text):
        return False  # '“Mr. Trump wrote ‘The Art of the Deal’ ...”': the name of a work, nothing said
    if passage is not None and not clause_within(token, passage, quote.end):
        # '“When that group said, ‘We think so,’ that ignited ...”': the parse runs past the passage, whose
        # content would too; read as before this passage was looked for, a person's or a name's report only
        passage, bodies = None, frozenset()
    if passage is not None and pronoun_turn(subj, token, quote, person_nouns, given):
        return True  # '“The cop came ... Then he came back and said, ‘I thought ...’”': the cop's turn, "he" as written
    if not (_names_someone(subj, person_nouns | (bodies - _GENERIC)) or pronoun_speaker(subj, token, quote, person_nouns, given or {})):
        return False
    if passage is not None:
        return True  # '“The Americans told us, ‘Don't come to Manbij.’”': the inner quotation is what was said
    clause = next((c for c in kids if c.dep_ in _CLAUSES and c.i > token.i), None)
    # what is said stays inside the quotation ('he said, ‘I hope so,’” Clinton told ...' runs into the trailer)
    return clause is not None and clause.right_edge.idx < quote.end


_GENERIC = frozenset({"people", "person", "someone", "everyone", "everybody", "anyone", "nobody"})
_BE = frozenset({"be"})


_HEARERS = frozenset({"me", "us"})


def habitual(token: Token) -> bool:
    """ '“Karadima would say to me: 'Put your mouth next to mine.'”': the "would" of a habit the quoted speaker
    lived through, not of a guess: a verb of saying in the bare form under "would" alone (no negation, no other
    auxiliary), said "to me" / "to us" (the one who heard it, again and again) and, in ``quoted_report``, followed
    by a single-quoted passage (the words, as heard). "She would say that ..." or "he would tell you: ..." may be
    what someone would say; what stands above the verb is ``_unasserted``'s to judge ("if he asked, she would say
    to me: ...": a guess; so is one with its own "if" clause)."""
    if token.tag_ != "VB":
        return False
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]
    if len(aux) != 1 or aux[0].lower_ != "would" or aux[0].i > token.i:
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
           for c in token.children):
        return False  # "If I asked him, Jones would say to me: ...": what he would have said, a guess
    return any(c.lower_ == "to" and c.dep_ in ("prep", "dative") and c.i == token.i + 1
               and any(p.dep_ == "pobj" and p.lower_ in _HEARERS for p in c.children) for c in token.children)


def progressive(token: Token) -> bool:
    """A verb in the progressive, "are telling us", "is saying", "was telling me": finite through its "be" (a
    modal or a negation above it is ``_unasserted``'s to judge)."""
    return token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ in _BE and c.tag_ in FINITE_TAGS for c in token.children)


_PERSON_PRONOUNS = frozenset({"he", "she", "i"})


def person_subject(subj: Token, person_nouns: frozenset[str]) -> bool:
    """A subject that is one person, or people the speaker knows, as a progressive report needs one ("is telling
    me", "are always telling me"): a person's name, "he"/"she"/"I", a noun for a person ("the sheriff"; plural
    only as someone's, "my doctors"). A place, a market, a crowd or an electorate that "is telling us" something
    ('“Wall Street is telling you this deal is bad”', '“The voters are telling us they want change”') speaks
    only in the speaker's figure."""
    if subj.pos_ == "PRON":
        return subj.lower_ in _PERSON_PRONOUNS
    if subj.pos_ == "PROPN":
        return subj.ent_type_ == "PERSON"
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in person_nouns:
        return False
    return subj.tag_ != "NNS" or any(c.dep_ == "poss" for c in subj.children)


def own_or_shared_subject(token: Token) -> Token | None:
    """The verb's subject before it, or, for the second of two verbs joined by "and", the first one's: '“The
    officer came back and said, ‘...’”' (the officer said it). None when neither has one ("Come back and say ...")."""
    subj = next((c for c in token.children if c.dep_ in CLAUSE_SUBJECTS and c.i < token.i), None)
    if subj is not None or token.dep_ != "conj" or token.head.pos_ not in ("VERB", "AUX"):
        return subj
    if token.tag_ != "VBD" or token.head.tag_ != "VBD":
        return None  # "gives waivers ... or tells them": a habit; "I remember a caller who called and said": misparsed
    return next((c for c in token.head.children if c.dep_ in CLAUSE_SUBJECTS and c.i < token.head.i), None)


def clause_within(token: Token, passage: tuple[int, int], limit: int | None = None) -> bool:
    """The verb takes a clause inside the single-quoted passage, and every clause it takes after it ends there
    (what the content is read from): not so where the parse hangs the passage on another verb. A clause from
    ``limit`` on (the outer quotation's end) is no part of it: '“... Then he said, ‘We will fix it,’” Zelensky
    said' hangs the trailer's "said" on the inner one, the outer speaker's verb, not what was said."""
    clauses = [c for c in token.children if c.dep_ in (*_CLAUSES, "xcomp", "dobj") and c.i > token.i
               and c.idx >= passage[0] and (limit is None or c.idx < limit)]
    return bool(clauses) and all(max(t.idx for t in c.subtree if not t.is_punct) < passage[1] for c in clauses)


_INNER_OPENINGS = ("‘", "'")
_INNER_CLOSINGS = {"‘": "’", "'": "'"}


def inner_passage(token: Token, quote: Quote, text: str) -> tuple[int, int] | None:
    """The single-quoted passage that follows the verb inside the quotation, its marks excluded: '“He told
    us, ‘Don't come.’”', '“... said: 'I thought so.'”' (only a comma, a colon or the addressee between the verb and
    the mark, the closing mark inside the quotation). None otherwise: an apostrophe of a word ('“They said 'em
    ..."'), a passage cited elsewhere in the quotation."""
    k = token.idx + len(token.text)
    for t in token.doc[token.i + 1:]:
        if t.idx >= quote.end or t.text in _INNER_OPENINGS:
            break
        if not (t.is_punct and t.text in ",:" or t.dep_ in ("dobj", "dative", "iobj") and t.pos_ in ("PRON", "PROPN", "NOUN")
                or _to_addressee(t, token)):
            return None
        k = t.idx + len(t.text)
    rest = text[k:quote.end]
    mark = rest.lstrip()[:1]
    if mark not in _INNER_OPENINGS or not rest.startswith((" ", ":", ",")) and rest[:1] != mark:
        return None
    start = k + rest.index(mark) + 1
    if start >= len(text) or not (text[start].isalpha() or text[start] in "\"“"):
        return None
    end = text.find(_INNER_CLOSINGS[mark], start + 1, quote.end)
    return (start, end) if end > start else None


def _to_addressee(t: Token, verb: Token) -> bool:
    """A word of "said to me:" / "said to the boy:" between the verb and its passage: the one spoken to."""
    if t.lower_ == "to" and t.head == verb and t.dep_ in ("prep", "dative"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head == verb and t.pos_ in ("PRON", "PROPN", "NOUN") \
        or t.dep_ in ("det", "compound", "poss") and t.head.dep_ == "pobj" and t.head.head.lower_ == "to" \
        and t.head.head.head == verb


_WORKS = frozenset({"write", "post", "publish", "pen", "author", "title", "release"})


def quoted_title(token: Token, passage: tuple[int, int], text: str) -> bool:
    """The passage is the name of a work the verb's subject made: '“Mr. Trump wrote ‘The Art of the Deal’ in
    1987”', '“She posted ‘A Letter to My Son’ ...”': a verb of writing or publishing with the passage right after
    it (no comma or colon: '“He wrote, ‘I am sorry’”' is what he wrote) read as its object noun, no verb of its
    own in it. A greeting said ('“He said ‘Merry Christmas’ to all”') is no work: only verbs of making one."""
    if token.lemma_.lower() not in _WORKS or text[token.idx + len(token.text):passage[0]].strip(" ‘'") != "":
        return False
    inside = [t for t in token.doc[token.i + 1:] if passage[0] <= t.idx < passage[1]]
    return any(t.head == token and t.dep_ in ("dobj", "oprd", "attr") and t.pos_ in ("NOUN", "PROPN") for t in inside) \
        and not any(t.pos_ in ("VERB", "AUX") for t in inside)


def _unasserted(token: Token, habit: bool = False) -> bool:
    """The verb, or a clause above it, negated, modal, asked about or under "if"/"whether": "the mayor never
    said", "the mayor would say", "did the mayor say ...?", "I'm not saying everything Bernie says ...", "if the
    mayor said ...": what someone would say, or did not, not what they said. With ``habit`` the verb's own "would"
    is a habit's (``habitual``), and only what stands above it counts."""
    t = token
    for _ in range(4):
        for c in t.children:
            if habit and t is token and c.dep_ == "aux" and c.lower_ == "would":
                continue
            if c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in _MODALS or c.lemma_ == "do")):
                return True
            if c.dep_ == "mark" and c.lower_ in _CONDITIONS:
                return True
        if t.head == t:
            return False
        t = t.head
    return False


_SUPPOSING = frozenset({"suppose", "imagine", "picture", "pretend", "assume", "envision", "envisage"})
_FRAME_PATH = frozenset({"ccomp", "conj", "xcomp", "parataxis"})
_FRAME_HUNG = frozenset({"ccomp", "xcomp", "parataxis", "dep", "npadvmod", "intj"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def hypothetical(token: Token) -> bool:
    """The verb stands in a scene the quoted speaker asks the listener to imagine: '“Suppose the police told you,
    ‘Your son is dead.’ ...”', '“Imagine Mr. Lee came to your door and said, ‘You must leave.’”', '“Let's say
    the mayor told you ...”', '“Picture this: the police told you ...”', '“Imagine you are a farmer and the bank
    tells you ...”'. Nothing was said: the verb's clause (or one it is joined to) is what an imperative
    "suppose"/"imagine"/"picture" or a "let's say" takes, or such a verb opens its sentence before it, and the
    scene speaks to the listener (``_addressed``). A clause of time under it is no scene ('“Imagine my surprise
    when Mr. Lee told me ...”': he did); nor a clause joined to the frame verb itself ('“Picture it: 2 a.m., the
    phone rings, and my sister says, ‘Dad is gone.’”', '“Say what you will, but the governor told us ...”': the
    scene set, then what happened)."""
    t = token
    for _ in range(5):
        if t is not token and _supposing(t) and _addressed(t, token):
            return True
        if any(c.i < token.i and c.dep_ in _FRAME_HUNG and _supposing(c) and _addressed(c, token) for c in t.children):
            return True  # "Picture this: the police told you": the frame hung on the verb it frames
        if t.dep_ not in _FRAME_PATH or t.head == t or t.dep_ == "conj" and _supposing(t.head):
            return False
        t = t.head
    return False


def _addressed(frame: Token, verb: Token) -> bool:
    """The imagined scene speaks to a second person, "you"/"your" in the frame's own clause (its conjuncts left
    out) or in the speech verb's, never in what the verb says: '“Suppose the police told you ...”', '“Imagine Mr.
    Lee came to your door and said ...”'. A scene the speaker lived ('“Picture it: 2 a.m. ... my sister says
    ...”') addresses no one, nor does one whose "you" is only in the words reported ('“Imagine that: my own
    commander told me, ‘You don't belong here’”': the commander's "you", ``said_words``)."""
    said = said_words(verb)
    joined = {t.i for c in frame.children if c.dep_ == "conj" for t in c.subtree}
    return any(t.lower_ in _SECOND_PERSON and t.i not in said for t in verb.subtree) \
        or any(t.lower_ in _SECOND_PERSON and t.i not in joined | said for t in frame.subtree)


def said_words(verb: Token) -> set[int]:
    """The tokens of what a verb of saying says: its clauses after it ('told me, ‘You don't belong here’') and
    any quotation opened after it, up to its close."""
    said = {t.i for c in verb.children if c.dep_ in _CLAUSES and c.i > verb.i for t in c.subtree}
    doc = verb.doc
    opening = next((t.i for t in doc[verb.i + 1:verb.i + 4] if t.tag_ == "``" or t.text in _OPENING_MARKS), None)
    if opening is not None:
        close = next((t.i for t in doc[opening + 1:] if t.tag_ == "''" or t.text in _CLOSING_MARKS), len(doc))
        said.update(range(opening, close + 1))
    return said


_OPENING_MARKS = frozenset(OPENING_QUOTES_BUT_GUILLEMET)
_CLOSING_MARKS = frozenset(CURLY_CLOSING)
_EXCLAIMED = frozenset({"that"})


def _exclaimed(verb: Token) -> bool:
    """"Imagine that!", "Picture that:": the frame verb with a demonstrative "that" and then a mark, an
    exclamation of surprise at what follows, not a scene set for the listener ("Picture this: ..." sets one)."""
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in _EXCLAIMED and doc[verb.i + 2].is_punct


_CONCESSIONS = frozenset({"what", "whatever"})


def _supposing(verb: Token) -> bool:
    """An imperative "suppose"/"imagine"/"picture"/"pretend" (no subject; the parse may read a sentence's first
    "Picture" as a noun), the "say" of "let's say"/"let us say", or a "Say" that opens its sentence. "Say what you
    will/want/like" is a concession, no frame."""
    word = verb.lemma_.lower()
    if word == "say" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in _CONCESSIONS:
        return False  # '“Say what you will, but the governor told us ...”': granted, and then what was said
    if word == "say" and verb.head.lemma_.lower() == "let" and verb.head != verb:
        return True
    if word not in _SUPPOSING and verb.lower_ not in _SUPPOSING and word != "say":
        return False
    if _exclaimed(verb):
        return False  # '“Imagine that: my own commander told me ...”': surprise at what happened, no scene
    if any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children):
        return False  # "I imagine he told them": the speaker's guess at a report, not a scene
    first = verb.i == verb.sent.start or verb.doc[verb.i - 1].is_punct and verb.i - 1 == verb.sent.start
    # a bare "say" only opening its sentence ("Say the police told you ..."); "suppose" also where the parse
    # reads it in the sentence ("So suppose ...")
    return first if word == "say" else verb.tag_ == "VB" or first


def _names_someone(subj: Token, person_nouns: frozenset[str]) -> bool:
    """A subject that names a speaker: a proper name of a person or body, or a noun for a person."""
    if subj.lower_ in _POSSESSIVES:
        return False  # "Mine told me ...": the speaker's own someone, named by nothing
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in _SPEAKER_ENTS or not subj.ent_type_
    if subj.pos_ == "NOUN":
        return subj.lemma_.lower() in person_nouns
    return False


FIRST_PERSON = frozenset({"i", "we"})
_SINGULAR = frozenset({"he", "she"})
_PERSON_ENTS = frozenset({"PERSON"})
_BODY_ENTS = frozenset({"ORG", "NORP"})


def pronoun_speaker(subj: Token, verb: Token, quote: Quote, person_nouns: frozenset[str] = frozenset(),
                    given: Mapping[str, str] | None = None) -> bool:
    """A pronoun subject whose speaker the quotation gives, the verb in the past (what was said before; "I say",
    "he says what people wish they could say" are the speaker's words of now or a habit): "I"/"we" (the quoted
    speaker's own earlier words), "he"/"she"/"they" with exactly one antecedent in the quotation before it
    (``quoted_antecedents``), and that one a name (a person's for "he"/"she", of the pronoun's gender where the
    given name or title tells it; a body's for "they")."""
    if subj.idx < quote.start or not (verb.tag_ == "VBD" or habitual(verb)):
        return False  # 'I said “...': the writer's own, not the quoted speaker's
    return subj.lower_ in FIRST_PERSON or sole_quoted_name(subj, quote, person_nouns, given)


def sole_quoted_name(pronoun: Token, quote: Quote, person_nouns: frozenset[str] = frozenset(),
                     given: Mapping[str, str] | None = None) -> bool:
    """Whether the quotation names the one a "he"/"she"/"they" inside it stands for: exactly one antecedent in it
    before the pronoun (``quoted_antecedents``), and that one a name (a person's for "he"/"she", of the pronoun's
    gender where the given name or title tells it; a body's for "they"). "“Mr. Jones called me. He said ...”":
    Jones; "“The cop came to Chris Gowen's office ... Then he came back and said ...”": the cop or Gowen, the
    quoted speaker knows which."""
    word = pronoun.lower_
    if word not in _SINGULAR and word != "they" or pronoun.idx < quote.start:
        return False
    people, bodies = quoted_antecedents(pronoun, quote, person_nouns)
    named = people if word in _SINGULAR else bodies
    # one name and no one else: "the manager" alone is left to the model, whose "he" may go to a name outside
    if len(named) != 1 or len(people) + len(bodies) != 1 or not named[0].ent_type_:
        return False
    if word in _SINGULAR and someone_else_before(named[0], quote, word):
        return False
    return word == "they" or name_gender(named[0], given or {}) in (None, _GENDERS[word])


_SAME_GENDER = {"he": frozenset({"he", "him", "himself"}), "she": frozenset({"she", "her", "herself"})}


def someone_else_before(name: Token, quote: Quote, word: str) -> bool:
    """A personal pronoun of ``word``'s gender stands in the quotation before the name: it is someone the speaker
    knows, and a later "he" may be that one as well as the name ('“When he heard Comey had been fired, he called me
    and said ...”': the president; '“I asked him about Vladimir Putin. He said ...”': the man asked). A possessive
    ("his", "her" before a noun: tag PRP$) often refers ahead to the name ('“In his first call, Mr. Biden told me
    ...”', '“When her plane landed, Ms. Harris called me ...”') and counts not."""
    same = _SAME_GENDER[word]
    return any(t.lower_ in same and t.tag_ == "PRP" for t in name.doc[:name.i] if t.idx >= quote.start)


def pronoun_turn(subj: Token, verb: Token, quote: Quote, person_nouns: frozenset[str] = frozenset(),
                 given: Mapping[str, str] | None = None) -> bool:
    """A "he"/"she"/"they" who said a single-quoted passage in the past, inside a quotation that names someone
    before it: a turn of the dialogue the quoted speaker recounts ('“The cop came to the office ... Then he came
    back and said, ‘I thought you guys were the other party.’”'). The pronoun is kept as written (two people may
    be meant); a "he said" with no one named before it ('“He said, ‘The redcoats are coming!’”') is the
    speaker's figure of speech, not a report; nor is a "she" after men's names only ("I met Bill ... She said")."""
    word = subj.lower_
    if word not in _SINGULAR and word != "they" or not (verb.tag_ == "VBD" or habitual(verb)) or subj.idx < quote.start:
        return False
    people, bodies = quoted_antecedents(subj, quote, person_nouns)
    if word == "they":
        return bool(people or bodies)
    return any(name_gender(p, given or {}) in (None, _GENDERS[word]) for p in people)


_GENDERS = {"he": "m", "she": "f"}
# the courtesy titles of a sex beside "Mr.", "Mrs.", "Ms.", "Miss" (``title_sex``): "Sir Keir", "Lady Hale"
_COURTESY_SEX = {"sir": "m", "lady": "f"}


def name_gender(name: Token, given: Mapping[str, str]) -> str | None:
    """The gender a name's first word tells ("Bill", "Mrs. Clinton"; a title just before it counts), else None."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    title = _title_sex(before.lower_.rstrip(".")) if before is not None else None
    if title is not None:
        return title
    word = name.lower_.rstrip(".")
    return _title_sex(word) or given.get(word)


def _title_sex(word: str) -> str | None:
    """The sex a title tells, "Sir" and "Lady" with the others."""
    return title_sex(word) or _COURTESY_SEX.get(word)


def quoted_antecedents(subj: Token, quote: Quote, person_nouns: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """Who the quotation names before ``subj`` that a pronoun could mean: people (a person's name, one token per
    name; a noun for one person, "my husband") and bodies (a company's or group's name; a plural noun for people,
    "the doctors"). A name inside another name's span counts once; a noun that only says what a name is counts
    not at all ('“Jackson was a great general. He said ...”', '“Tom Jones, my lawyer, ...”': Jackson, Jones)."""
    people: list[Token] = []
    bodies: list[Token] = []
    for t in subj.doc[:subj.i]:
        if t.idx < quote.start or t.pos_ == "PRON":
            continue
        if t.ent_type_ and t.ent_iob_ != "B":
            continue  # one name, one antecedent
        if t.pos_ == "NOUN" and _describes_a_name(t):
            continue
        if t.ent_type_ in _PERSON_ENTS:
            people.append(t)
        elif t.ent_type_ in _BODY_ENTS:
            bodies.append(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in person_nouns:
            (bodies if t.tag_ == "NNS" else people).append(t)
    return people, bodies


def _describes_a_name(noun: Token) -> bool:
    """A noun that only says what a named one is: the predicate of "Jackson was a great general", an apposition
    to a name ("Tom Jones, my lawyer"), or a noun a name is set beside ("my lawyer, Tom Jones")."""
    if noun.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ for c in noun.head.children):
        return True
    if noun.dep_ == "appos" and noun.head.ent_type_:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)
