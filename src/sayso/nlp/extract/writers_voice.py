"""The writer's own voice dressed as someone's words: pure predicates on the parse.

Opinion pieces, explainers and advice pages put words in the mouths of people who never
said them; a reader takes none of these as an attribution:

- ``hypothetical_speech``: speech that is only possible or supposed: "others may argue that ...",
  "critics could argue", "one could say", "many would agree", "some will say", "Bolton would then have
  claimed", "if another attendee says ...", "once people understand ...";
- ``writers_question``: a question the writer asks: "Do the FBI and law enforcement think people
  won't talk?", "Did Trump say the wall would be paid for?", "who remembers being at that party?";
- ``generic_act``: a gerund for subject: "Saying the shahada makes you a Muslim", "declaring that we
  will not allow ... is simply common sense": an act of anyone, no one's statement;
- ``set_phrase``: "as they say", "as the saying goes", "as Sherlock would say": an idiom, no one cited;
- ``generic_one``: "one says the shahada", "anyone who has studied him knows ...": anybody at all;
- ``lets``, ``imperative``: "Let's hope ...", "Say what you will about Trump, ...", "Don't forget that
  ...": the writer with, or to, the reader;
- ``he_said_she_said``: "He said, she said" (a heading, an idiom for a dispute): nothing is said;
- ``advised_act``: "the campaign would do well to remember that ...", "would be wise to admit", "ought to explain
  why ...": the writer's counsel to the subject, not the subject's words.

The writer's verdicts on words it does not report ("said what is clearly racist", "told the truth")
are in ``writers_verdicts``. Each is a small pure function with its own table of tests
(``tests/test_writers_voice.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of, to_infinitive
from sayso.nlp.extract.filters import QUOTE_KINDS
from sayso.nlp.extract.implicatives import daring_holder
from sayso.nlp.extract.non_statements import in_open_quotation
from sayso.nlp.extract.quotes import Quote, QuoteIndex, final_mark

# modals of possibility: the act may happen, nobody has done it. "can" is not here: "police can
# confirm that two people died" is a statement made
MAYBE_MODALS = frozenset({"may", "might", "could", "should"})
# "would" is a past habit or a future in the past with a time word ("he would later say that ...",
# "she would often say ..."), a real statement; with a generic subject it is a supposition
_WOULD_REAL = frozenset({"later", "often", "always", "repeatedly", "frequently", "eventually", "usually", "sometimes",
                         "only", "then", "also", "soon", "subsequently", "afterwards", "once"})
_GENERIC_PRONOUNS = frozenset({"some", "others", "many", "most", "few", "one", "anyone", "anybody", "someone",
                               "somebody", "people", "everyone", "everybody", "you", "they"})
# conditions that suppose the act: "if X says ...", "unless Y argues ...", "once people understand ..."
_SUPPOSING = frozenset({"if", "unless", "suppose", "supposing", "lest"})
PRESENT = frozenset({"VBP", "VBZ", "VB"})


def quoted(token: Token, quotes: QuoteIndex) -> bool:
    """The word is someone's: inside a quotation, or one run over lines (``non_statements.in_open_quotation``)."""
    return quotes.containing(token.idx) is not None or in_open_quotation(quotes.text, token.idx)


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def modals(token: Token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ == "aux" and c.tag_ == "MD"]


def generic_plural(subject: Token | None) -> bool:
    """ "others", "some", "many", "most", "people": a quantifier, no one in particular. A bare plural noun
    is not one: "Officials would say only that ..." reports officials who spoke."""
    if subject is None or subject.lower_ not in _GENERIC_PRONOUNS:
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children)  # "some of the aides": real


def hypothetical_speech(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """Speech that is possible or supposed, not made: "others may argue that ...", "one could say",
    "critics could argue", "many would agree", "some will say", "if another attendee says, '...'", "once people
    understand ...".

    A modal perfect is counterfactual whatever the subject: "Bolton would then have claimed that ...".

    Kept: a refusal ("could not say whether": the refusal filters judge it), a past habit or a later
    statement ("he would later say that ...", "she would often say"), a report that "would" or "could"
    introduces with a named subject ("Smith would say only that ..."), "can" ("police can confirm"),
    a condition inside someone's quotation, and a condition on the content ("said if elected he would").
    """
    if quoted(token, quotes):
        return False
    aux = modals(token)
    if aux and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in token.children) and token.tag_ == "VBN":
        return True  # "Bolton would then have claimed that ...", "would Schiff have pleaded ...": it was not said
    if aux and not negated(token):
        if any(m in MAYBE_MODALS for m in aux):  # "others may argue", "critics could argue"
            return True
        if ("would" in aux or "will" in aux) and generic_plural(subject):  # "many would agree", "some will say"
            return not any(c.dep_ == "advmod" and c.lower_ in _WOULD_REAL for c in token.children)
    return supposed(token) or means_of_a_possible_act(token)


def means_of_a_possible_act(token: Token) -> bool:
    """The cue is how an act that is only possible would be done: "Congress can punish the official by asking
    federal prosecutors to charge someone", "the board could respond by demanding that he resign". The writer
    lays out what may be done; no one has asked or demanded anything. A real act's means stays ("The committee
    punished him by asking prosecutors to charge him"), so do one of a refusal ("cannot ... by asking"), a plan
    ("will respond by arguing that ...") and a past act judged ("may have violated the law by calling on Russia")."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "by":
        return False
    verb = token.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not modals(verb):
        verb = verb.head  # "it can hold a vote, or punish the official by asking ..."
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children):
        return False  # "may have violated the law by calling on Russia": the calling happened
    return verb.pos_ in ("VERB", "AUX") and any(m in _POSSIBLE for m in modals(verb)) and not negated(verb)


_POSSIBLE = frozenset({"can", "could", "may", "might", "should"})  # not "will": "will respond by arguing" is a plan told


def supposed(token: Token) -> bool:
    """The cue's own clause is a condition: "if another attendee says ...", "unless critics argue ...", "2 + 2 = 5 if
    the pope says it does", "Had Trump said that ..., the markets would have panicked",
    "once people truly understand ..." (present tense: "once he said it" tells what happened), "when voters finally
    realize that ..., they will ..." (present tense, the clause it hangs on looking ahead or asking), and a cue set in
    such a clause by "were to", "was to" or "wants to" ("If he were to say that the vote was rigged, ...": the
    writer's supposition, no one said it), or by an inverted "were" ("Were he to say that ..., he would lose")."""
    verb = token
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if _inverted_were(verb) or _inverted_had(verb):
        return True
    if verb.dep_ == "relcl" and verb.tag_ not in ("VBZ", "VBP"):
        return False  # "the papacy where 2 + 2 = 5 if the pope says it does" (a misparse); not a past act
    if verb.dep_ not in ("advcl", "relcl"):
        return False
    for c in verb.children:
        if c.dep_ != "mark":
            continue
        if c.lower_ in _SUPPOSING:
            return not _granted_past(verb)
        if c.lower_ == "once" and token.tag_ in PRESENT:
            return True
    # "when" is the clause's mark or its advmod ("When voters finally realize ..., they will ...")
    return (verb.dep_ == "advcl" and token.tag_ in PRESENT
            and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in verb.children) and _ahead(verb.head))


_AHEAD = frozenset({"will", "would", "'ll", "’ll", "shall", "may", "might", "could"})


def _ahead(head: Token) -> bool:
    """The clause a "when" clause hangs on looks ahead or asks: "they will punish the party when voters finally
    realize that ...", "what happens when Russia finally realizes that ...?". A present cue in that "when" clause is a
    time to come the writer supposes. "Sanders exaggerates when he says ..." (a present act) and "when asked, he
    says ..." are not."""
    if any(m in _AHEAD for m in modals(head)):
        return True
    return head.sent[-1].text == "?" or (head.sent[-1].is_punct and head.sent[-1].i > 0
                                          and head.doc[head.sent[-1].i - 1].text == "?")


def _granted_past(verb: Token) -> bool:
    """ "But if the senator implied that she would back the bill, she voted against it a week later": an "if" that grants a past
    act, with a main clause in the past indicative (no modal), tells what was said (PolNeAR marks it). "If Trump said
    that, he would be lying" (a modal) stays a supposition."""
    main = verb.head
    if verb.tag_ != "VBD" or main.i == verb.i or modals(main):
        return False
    inside = {t.i for t in verb.subtree}
    if any(t.tag_ == "MD" and t.i not in inside for t in verb.sent):
        return False  # "what the consequences would be if their candidate announced ...": a supposition
    return main.tag_ == "VBD" or (main.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in main.children))


def _inverted_had(verb: Token) -> bool:
    """ "Had Trump said that the election was rigged, the markets would have panicked": "had" opens the sentence before
    the cue's subject, a clause of condition hung on the main one. It was not said. "Had he said that?" (a question: no
    clause to hang on) stays for the question rules."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return False
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"), None)
    subject = subject_of(verb)
    return aux is not None and subject is not None and aux.i == _first_word(verb.sent).i and aux.i < subject.i


def _inverted_were(verb: Token) -> bool:
    """ "Were he to say ...", "Were the senator to argue ...": "were" opens the sentence before its subject, a clause
    of condition hung on the main one (the parse makes it an adverbial or a complement clause)."""
    if verb.lower_ != "were" or verb.i != verb.sent.start or verb.dep_ not in ("advcl", "ccomp"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.i > verb.i and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


_QUESTION_CUES = frozenset({"ask", "wonder", "question", "inquire", "query"})
_WH = frozenset({"who", "whom", "what", "which", "why", "how", "when", "where", "whoever"})


def writers_question(token: Token, content: Content, quotes: QuoteIndex) -> bool:
    """A question the writer asks, outside any quotation: "Do the FBI and law enforcement think people
    won't talk about it?", "Did Trump say that the wall would be paid for by Mexico?", "would it be
    possible to find anyone who remembers being at that party?". It asks whether someone said or
    thought something; it reports nothing.

    Kept: a quotation for content ("he asked, 'why?'"), a verb of asking whose content is the
    question ("reporters asked who would pay"), a question inside someone's quotation, and a cue in
    another sentence than the question.
    """
    if content.quote or content.kind in QUOTE_KINDS or quoted(token, quotes):
        return False
    if token.lemma_.lower() in _QUESTION_CUES:
        return False
    sent = token.sent
    words = [t for t in sent if not t.is_space and not (t.is_punct and t.text not in "?!")]
    if not ends_in_question(words) or quotes.containing(words[-1].idx) is not None:
        return False  # no question, or the question mark closes someone's quoted question
    inside = quotes.overlapping(sent.start_char, sent.end_char)
    if any(not _in_content(q, content, quotes.text) for q in inside):
        return False  # "'We will win,' she said. Why?" parsed as one sentence, or a quoted question
    root = sent.root
    if _asks(root):
        return True
    after = [w for w in sent if w.i >= token.i]
    brk = question_after_break(after[:max(i for i, w in enumerate(after) if "?" in w.text)])
    if brk is not None:  # "Police have said that ... – so why change the narrative?": the question is the writer's own
        return content.end > brk.idx  # the statement stands where its content stops at the break, not with the question
    if any(_asks(c) for c in root.children if c.dep_ == "conj"):
        return True
    # a statement's order with borrowed words is as often the writer's scorn at a real act ("he accused the people
    # accusing him of committing “calumny”?") as its disbelief: only an unquoted one is judged
    return not inside and _declarative_question(token, sent)


def ends_in_question(words: list[Token]) -> bool:
    """The sentence's last mark is a question mark, alone or with an exclamation ("?", "?!", "? !")."""
    if not words:
        return False
    last = words[-1].text
    if last == "!" and len(words) > 1:
        last = words[-2].text + last
    return "?" in last and set(last) <= {"?", "!"}


def _in_content(quote: Quote, content: Content, text: str) -> bool:
    """A quotation inside the content the writer asks about, after the content's first words, with no question of its
    own: scare quotes or words the writer borrows ("Does His Excellency believe that the “reforms” will save the
    church?"). A quotation that opens the content is what was said ("What do you think of Carson saying “pray for him”
    in response?"); one that ends in a question mark is a question someone asked."""
    return content.start < quote.start and quote.end <= content.end and final_mark(text, quote) not in ("?", "!")


# how a cue hangs in its sentence's main clause: "they're going to tell us" (tell <- xcomp going)
_MAIN_CLAUSE = frozenset({"ROOT", "xcomp", "conj"})


def _declarative_question(token: Token, sent: Span) -> bool:
    """A statement's word order closed by a question mark, with the cue in its main clause: "And they're
    going to tell us that they just let Oswald skate across the stage of history?", "So the senator expects
    us to believe he never read the memo?". The writer disbelieves; it reports nothing.

    Kept: a cue in a clause below the question's own ("Smith, who said the memo was fake, resigned?" is left to
    the other rules), and a sentence that runs on past a full stop or a line end after the cue (a parse that
    joined a statement to a question: "The senator said he never read the memo. Really?"), and a question
    that is what was said, set off by a comma or a colon ("My client said, what happened?")."""
    t = token
    while t.dep_ != "ROOT":
        if t.dep_ not in _MAIN_CLAUSE or t.head.i == t.i:
            return False
        t = t.head
    after = [w for w in sent if w.i >= token.i]
    nxt = next((w for w in after[1:] if w.dep_ not in ("dobj", "dative", "iobj", "advmod")), None)
    if nxt is not None and nxt.text in (",", ":"):
        return False  # "My client said, what happened?": the question is what was said, unmarked
    last = max(i for i, w in enumerate(after) if "?" in w.text)
    return not any(w.text in (".", "!") or "\n" in w.text or "\n" in w.whitespace_ for w in after[:last])


# marks that end a statement's clause inside one sentence, before a question of the writer's own
_CLAUSE_BREAKS = frozenset({"–", "—", "--", ";"})
# words that may open that question before its wh-word ("– so why ...", "; but how ...")
_QUESTION_OPENERS = frozenset({"so", "but", "and", "then", "yet"})


def question_after_break(words: Sequence[Token]) -> Token | None:
    """A dash or a semicolon, then a wh-word (after "so", "but", ...), among the words after the cue and before the
    question mark: "Police have said that when Campos radioed, it helped them track him – so why change the
    narrative?". The statement ends at the break; what follows is the writer's question about it, and the statement
    is reported all the same. A sentence whose own verb asks ("Did Trump say that ... – and why?") is the writer's
    question whole (``writers_question`` checks that first); a break with no wh-word after it ("says that the budget
    is balanced – and taxes will fall?") opens no new question. Returns the break, None where there is none."""
    for i, w in enumerate(words):
        if w.text not in _CLAUSE_BREAKS:
            continue
        rest = [t for t in words[i + 1:i + 3] if not t.is_space]
        if rest and rest[0].lower_ in _QUESTION_OPENERS:
            rest = rest[1:]
        if rest and rest[0].lower_ in _WH:
            return w
    return None


def _asks(verb: Token) -> bool:
    """The clause is a question: an auxiliary before its subject ("Do the FBI ... think", "Did Trump say",
    "would it be possible") or a wh-word that opens it ("who remembers ...", "How can they ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if subj is not None and any(a.i < subj.i for a in aux):
        return True
    if verb.pos_ == "AUX" and subj is not None and verb.i < subj.i:
        return True  # "Is the principal acting on this?"
    first = verb.sent[0] if verb.sent[0].text not in "“\"(‘'" else verb.sent[1] if len(verb.sent) > 1 else verb.sent[0]
    return first.lower_ in _WH and first.i <= verb.i


def generic_act(token: Token, quotes: QuoteIndex) -> bool:
    """A gerund with no subject of its own in a clausal subject: "Saying the shahada makes you a Muslim",
    "Demonizing those ... and declaring that we will not allow them is simply common sense". The act is
    anyone's; nobody says it. A gerund beside its speaker ("Saying the plan failed, Smith resigned") stays."""
    if token.tag_ != "VBG" or token.lower_ == "according" or quoted(token, quotes):
        return False  # "According to X, ...": a preposition the tagger reads as a gerund
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in token.children):
        return False
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("csubj", "csubjpass"):
        return True
    # the parser often makes such a gerund the root and the sentence's verb its complement
    # ("Saying the shahada makes you a Muslim": makes <- ccomp <- Saying): a gerund root that opens
    # the sentence with no comma after its clause is the subject, not an aside ("Saying X, Smith left")
    if t.dep_ != "ROOT" or t.i != _first_word(t.sent).i:
        return False
    return not any(c.dep_ == "punct" and c.text == "," for c in t.children)


def _first_word(sent: Span) -> Token:
    return next((t for t in sent if not t.is_punct and t.dep_ not in ("cc", "advmod")), sent[0])


_SET_SUBJECTS = frozenset({"they", "you", "one", "people"})


def set_phrase(token: Token, quotes: QuoteIndex) -> bool:
    """An idiom in an "as" aside, outside any quotation: "as they say", "as you know", "as one might put
    it", "as the saying goes", "as Sherlock would say", "as regular readers know". No one is cited.

    Kept: "as Smith said", "as the minister put it" (someone named), "as the reader put it" (one reader who wrote
    in: not this rule's); an aside inside a quotation
    ("'As they say, we will win,' Smith said": the speaker's own); and the writer pointing back at its own
    words ("as we noted last week"): SPEC types that source ``author``, so a reader can hide it.
    """
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    subject = subject_of(token)
    if subject is None or quoted(token, quotes):
        return False
    low = subject.lower_
    if low in ("saying", "adage", "proverb") and token.lemma_.lower() in ("go", "say"):
        return True
    if any(m in ("would", "might", "may", "could") for m in modals(token)):
        return True  # "as Sherlock would say, 'Elementary'", "as a lawyer might put it": an imagined line
    if subject.lemma_.lower() == "reader" and not any(c.dep_ == "det" and c.lower_ in ("the", "a") for c in subject.children):
        return token.tag_ in PRESENT  # "as regular readers know", "as readers of this column will recall": the writer's aside
    return low in _SET_SUBJECTS and (token.tag_ in PRESENT or bool(modals(token)))


def generic_one(subject: Token | None, token: Token) -> bool:
    """ "In order to convert to Islam, one says the shahada", "anyone who has studied President Trump
    knows ...": anybody at all, in the present tense of rules and habits.

    Kept: "one of the aides said", "one said" (one of a group just named, past tense), "anyone at the
    meeting" is left to ``generic_subject``'s rule on restricted sets.
    """
    if subject is None or negated(token):
        return False
    low = subject.lower_
    if low in ("anyone", "anybody"):
        return not any(c.dep_ == "prep" for c in subject.children)  # "anyone at the meeting": a set
    if low == "one" and subject.pos_ in ("PRON", "NUM", "NOUN"):
        if any(c.dep_ in ("prep", "det", "amod", "compound") for c in subject.children):
            return False
        return token.tag_ in ("VBZ", "VBP") or bool(modals(token))
    return False


_HE_SAID_SHE_SAID = re.compile(r"\b(?:he|she|they|i|you|we) (?:said|says),? (?:he|she|they|i|you|we) (?:said|says)\b",
                               re.IGNORECASE)


def he_said_she_said(token: Token, quotes: QuoteIndex) -> bool:
    """ "He said, she said" (a heading), "a case of he said, she said", "a classic he said, she said dispute":
    an idiom for a dispute; nobody's words are reported. Kept inside a quotation, where it is the
    speaker's ("'He said, she said,' the judge said": the judge's cue is outside it)."""
    if quoted(token, quotes):
        return False
    sent = token.sent
    for m in _HE_SAID_SHE_SAID.finditer(sent.text):
        if sent.start_char + m.start() <= token.idx < sent.start_char + m.end():
            return True
    return False


_LET_US = frozenset({"'s", "’s", "us"})


def lets(token: Token, quotes: QuoteIndex) -> bool:
    """ "Let's hope we see more of his associates face justice", "Let us not forget that ...", "Let's say the
    company goes bankrupt": the writer with the reader, no one cited. Inside a quotation it is the
    speaker's ("'Let us not forget,' the mayor said": the mayor's cue is outside it).

    The parser reads "Let's" two ways: "let" the root with the cue its complement, or "let" an
    auxiliary of the cue ("Let’s say, hypothetically, that I’m right": say <- aux Let)."""
    if quoted(token, quotes):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "let" for c in token.children):
        return any(c.lower_ in _LET_US and c.dep_ in ("nsubj", "dobj") for c in token.children)
    if token.head.lemma_.lower() != "let" or token.dep_ not in ("ccomp", "xcomp"):
        return False
    return any(c.lower_ in _LET_US and c.dep_ in ("nsubj", "dobj") for c in token.children) or any(
        c.lower_ in _LET_US and c.dep_ in ("nsubj", "dobj") for c in token.head.children)


def imperative(token: Token, quotes: QuoteIndex) -> bool:
    """A bare verb that opens a sentence with no subject, outside any quotation: the writer telling the
    reader what to do ("Say what you will about Trump, he kept his promise", "Don't forget that Obama
    promised ...", "Tell me, ..."). The clause it hangs from is not what the imperative says. An
    imperative inside a quotation ("'Tell them the truth,' she said") is the speaker's."""
    if token.tag_ != "VB" or token.dep_ not in ("ROOT", "advcl", "ccomp", "parataxis"):
        return False
    if quoted(token, quotes):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.tag_ == "MD") for c in token.children):
        return False
    first = _first_word(token.sent)
    return first.i == token.i or (first.lower_ == "do" and first.head.i == token.i)  # "Don't forget that ..."


# imperatives with which the writer supposes a case: "Say Mexico demanded ...", "Suppose Congress passed ..."
_SUPPOSE = frozenset({"say", "suppose", "imagine", "assume", "pretend", "picture", "envision", "envisage"})


def supposed_case(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is in a case the writer asks the reader to suppose: "Say Mexico demanded that the United States pay
    for the wall", "Suppose the senator argued that ...", "Imagine Trump told reporters that ...". The imperative opens
    the sentence and the cue's clause hangs on it (the parse may also make "Say" an auxiliary of the cue or a word of
    its subject's name: "Say Mexico"). Nothing was said.

    Kept: the same inside a quotation (the speaker's supposition), "Says Smith: ..." (an inverted cue), a subject
    before the verb ("They say that ...": no imperative) and "Let's say" (``lets``)."""
    if quoted(token, quotes):
        return False
    first = _first_word(token.sent)
    if first.lower_ not in _SUPPOSE or first.i == token.i:
        return False
    if first.tag_ != "VB" and (first.ent_type_ or first.tag_ != "NNP"):
        return False  # "Imagine Trump" read as a name is the imperative; "Imagine Dragons" (an entity) is a band
    if first.i + 1 < len(first.doc) and first.nbor(1).lower_ in ("'s", "’s", "us", "it"):
        return False  # "Say it isn't so", "Say's law"
    if first.dep_ == "aux" and first.head.i == token.i:
        return True  # "Say Mexico demanded": "Say" an auxiliary of the cue
    if first.dep_ in ("compound", "amod", "nmod") and first.head.dep_ in ("nsubj", "nsubjpass") \
            and first.head.head.i == token.i:
        return True  # or a word of its subject's name
    return any(a.i == first.i for a in token.ancestors)  # "Suppose Congress passed ...": the cue under the imperative


# verbs of wishing, expecting or asking: the act in their clause is one someone wants or awaits, not one done
_AWAITING = frozenset({"expect", "want", "hope", "wish", "urge", "ask", "need", "encourage", "pressure", "press",
                       "demand", "invite", "challenge", "dare", "prefer", "await", "anticipate", "predict", "count"})


# verbs of witnessing an act the wisher wants to see or hear: "I'd love to see the bishop tell reporters ..."
_WITNESSING = frozenset({"see", "hear", "watch"})
_WISHING = _AWAITING | frozenset({"love", "like", "wish", "prefer"})
# "can almost hear", "can just see": the writer's imagination, not a hearing
_IMAGINING = frozenset({"almost", "just", "practically", "already"})


# how an imagined act hangs below the seeing or hearing: "see [the bishop tell]", "hear from [a superior who had the
# nerve to tell]"
_WITNESSED = frozenset({"ccomp", "xcomp", "relcl", "prep", "pobj", "conj"})


def _under_wished_witness(token: Token) -> bool:
    """The bare or "-ing" cue is what a wisher would see or hear: "I'd love to hear from some superior who had the nerve
    to tell Rome, '...'", "I would love to see the bishop tell reporters that ...". The path up to the seeing or hearing
    runs through clauses and prepositions only (at most four steps)."""
    t = token
    for _ in range(4):
        if t.dep_ not in _WITNESSED or t.head.i == t.i:
            return False
        t = t.head
        if _wished_witness(t):
            return True
    return False


def _wished_witness(head: Token) -> bool:
    """``head`` is "see" or "hear" in the clause of a wish: "I would love to see", "I'd like to hear", "we want to
    watch", or one the writer imagines ("You can almost hear the spokesman saying ..."). What the wisher would see or
    hear someone say is imagined. "I heard the bishop tell reporters ..." (no
    wish) and "he would later hear her say" (no verb of wishing) are acts witnessed."""
    if head.lemma_.lower() not in _WITNESSING:
        return False
    if any(m in ("can", "could") for m in modals(head)) and any(
            c.dep_ == "advmod" and c.lower_ in _IMAGINING for c in head.children):
        return True  # "You can almost hear the spokesman saying ...", "I can just see the senator telling them ..."
    if head.dep_ != "xcomp" or head.head.i == head.i:
        return False
    wish = head.head
    return wish.lemma_.lower() in _WISHING or wish.lower_.removesuffix("s") in _WISHING


def awaited_act(token: Token, quotes: QuoteIndex) -> bool:
    """A cue verb in the clause of a wish, an expectation or a request, with a subject of its own: "Mook expects
    moderator Lester Holt to call out Trump when he lies", "The campaign hopes that Holt will say Trump lied",
    "Obama urged Congress to declare war", "I'd love to see the bishop tell reporters that ..." (a wish to witness it:
    the wish itself, "'d love", is no cue of the words it imagines).
    The act has not happened; what Holt or Congress would say is nobody's words (the expectation itself is the
    holder's, a cue of its own).

    Kept: the same verb with the holder's own subject ("Smith hopes to say more next week": left to the intention
    rules), a past form ("hopes that Holt said ...": it happened), and a quotation."""
    if token.tag_ in ("VB", "VBG") and not quoted(token, quotes) and _under_wished_witness(token):
        return True  # "I'd love to see the bishop tell reporters that ...", "I want to hear him admit ..."
    if not quoted(token, quotes) and {"would", "'d", "’d"}.intersection(modals(token)) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "hear" and _wished_witness(c) for c in token.children):
        return True  # the wish itself: "I'd love [to hear from some superior who ...], '...'": its quotation is imagined
    if token.tag_ != "VB" or token.dep_ not in ("ccomp", "xcomp") or quoted(token, quotes):
        return False
    head = token.head
    # the parse may lemmatise "hopes" as "hop"
    if (head.lemma_.lower() not in _AWAITING and head.lower_.removesuffix("s") not in _AWAITING) or head.i == token.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) or (
        token.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < token.i for c in head.children))


# adjectives of counsel after a modal "be": "would be wise to", "would be smart to", "would be well advised to"
_COUNSEL = frozenset({"wise", "smart", "prudent", "advised", "well-advised", "foolish", "unwise"})


def advised_act(token: Token, quotes: QuoteIndex) -> bool:
    """The writer's advice or demand to the cue's subject: "the Clinton campaign would do well to remember that ...",
    "Democrats would be wise to admit that ...", "Clinton would be well advised to say ...", "Trump had better explain
    why ...", "the senator ought to explain why ...", "Clinton must explain why ...", "needs to explain why ...", "has
    to explain why ...". What the subject should say or keep in mind is the writer's counsel; the subject has said and
    held nothing.

    Kept: the same inside a quotation (the speaker's counsel), the frame negated ("would not be wise to say": still
    the writer's, but rare and left to the other rules), and a past statement ("he did well to remember that ...":
    no modal, it happened; "he had to explain why ...": he did)."""
    if quoted(token, quotes):
        return False
    if "must" in modals(token) and not negated(token) and token.tag_ == "VB":
        return True  # "Clinton must explain why ...": a demand ("must have said" is judged by ``hypothetical_speech``)
    if token.dep_ not in ("xcomp", "advcl", "ROOT"):
        return False
    if token.dep_ == "ROOT":  # "had better explain": "had" and "better" hang on the cue
        return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) and any(
            c.dep_ == "advmod" and c.lower_ == "better" for c in token.children)
    if not to_infinitive(token):
        return False
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in ("need", "have") and head.tag_ in ("VBZ", "VBP") \
            and not negated(head) and daring_holder(token) is None:  # "has the gall to say": said
        return True  # "Clinton needs to explain why ...", "Trump has to explain why ...": still to be done
    if head.lower_ == "ought" and head.tag_ == "MD":
        return True  # "ought to explain why ..."
    if head.pos_ in ("ADJ", "VERB") and head.dep_ == "acomp" and head.lower_ in _COUNSEL:
        head = head.head  # "would be wise to", "would be well advised to": the modal is on "be"
    elif not (head.lemma_.lower() == "do" and any(c.dep_ == "advmod" and c.lower_ == "well" for c in head.children)):
        return False
    return any(m in ("would", "should", "might", "could") for m in modals(head)) and not negated(head)
