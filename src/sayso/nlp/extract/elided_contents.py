"""A content with no words of what was said in it: a pure predicate (blind audits 29, 32, 33, h32).

``elided_content``: the content the cue took holds nothing but words that stand for what was said elsewhere or
leave it out, so it tells the reader nothing of the statement, and no reader takes it for one:

- a relative pronoun, alone or after its preposition: "a payout that Cooperman blasted as “morally wrong”" ("that"),
  "the manner in which Trump described Iran's regime" ("in which"): the pronoun stands for a noun of the writer's
  sentence; what was said, if anything, is elsewhere (where the cue has a clause after it, "the BDS ban passed,
  which Democratize SSMU claimed were “conflicts of interests.”", ``content_choice.pick_content`` takes it instead:
  the rest of the relative clause, as for "which Nissan claims is the safest");
- the "to" of an infinitive whose verb is left out: "even when their media outlets didn't want to." ("to");
- a subject and a stranded auxiliary or modal, the verb phrase left out: "The economy is doing exactly what he
  promised it would." ("it would"), "... as he said he did.";
- the cue's own verb again, bare: "After that, Ford wrote, and wrote, and wrote." ("wrote"), "She talked and talked":
  the repetition says how much was written or said, not what (blind audit h42 marked it wrong).

``elided_act``: the content the cue took is the pro-verb "do" standing for an act named elsewhere: "the agencies
involved are planning to do so anyway", "had ever attacked the United States or even threatened to do so", or with
its object the relative clause's antecedent, "boots on Mars, something the agency wants to do in the 2030s". What is
planned, wanted or threatened is in the writer's words before it; the content holds none of it (blind audits 30, 41,
h32 marked all three not an attribution, none right; PolNeAR train and dev hold no gold content "to do so", and sayso
predicts none there).

All were judged wrong (content_wrong) by the blind readers and none right; PolNeAR's "which"/"that" contents
("which he denied") are not what sayso predicts (two of 1,360 dev predictions, neither its gold span). A
demonstrative ("said that", "ruled that out"), a pronoun object ("said it", "denied it") and "so" ("said so") are
words of their own and stay; so does a quotation.

Also "to do it", "to do that" (a pointing pronoun its only object) and the one urged or asked before it ("urged
them to do so"; as p80's readers judged "as Mr. Rubio's supporters have urged them to do": wrong, no word of the
act; PolNeAR dev holds no such unquoted gold content).

Kept: "do" with an object or a complement of its own ("hopes to do better with Latinos", "called on them to do the
same", "will gladly do it for them": PolNeAR gold), and "do" in a main clause with no relative gap ("plans to do
next week what he promised": the free relative names the act).

Tables of tests: ``tests/test_elided_contents.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import unquoted_span
from sayso.nlp.extract.pronoun_words import NOMINATIVES

_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
# a stranded auxiliary or modal: "it would", "he did", "she has", "they are", "he will"
_STRANDED = frozenset({"MD", "VBD", "VBZ", "VBP", "VB"})
_AUXILIARY_LEMMAS = frozenset({"be", "have", "do"})


def elided_content(content: Content, doc: Doc, token: Token | None = None) -> bool:
    """Whether ``content`` is only a relative pronoun (with its preposition), a bare infinitive "to", or a subject
    pronoun with a stranded auxiliary (``not`` allowed): no word of what was said. The last two only as the
    complement of a verb cue (``token``) before them: a turn or an answer ("CARTER: It is.", "SOLOMON: I do.") is a
    whole reply, and "according to a number of people that I have spoken with as well, he was" tells what the
    sentence before it asked (html gold, train pages: both are gold contents)."""
    span = unquoted_span(doc, content)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > 3:
        return False
    if _relative_pronoun(words) or (token is not None and repeated_verb(words, token)):
        return True
    governed = token is not None and token.pos_ in ("VERB", "AUX") and token.i < span.start \
        and span.root.head.i == token.i  # "promised it would": not "according to people I spoke with, he was"
    # only a cue inside a clause of the writer's ("exactly what he promised it would", "even when they didn't want
    # to"): the left-out verb is the writer's predicate; a main clause's "The minister said they were." answers the
    # question before it (PolNeAR marks these: "Flake said he would", "officials said it would not")
    governed = governed and token.dep_ != "ROOT"
    return governed and (_bare_to(words) or _stranded_auxiliary(words))


def _relative_pronoun(words: list) -> bool:
    """ "which", "that" (a relative pronoun: tagged WDT, never the demonstrative "that" or the conjunction), "in
    which"."""
    *before, last = words
    if last.lower_ not in _RELATIVE_PRONOUNS or last.tag_ not in ("WDT", "WP", "WP$"):
        return False
    return not before or (len(before) == 1 and before[0].pos_ == "ADP")


def repeated_verb(words: list, token: Token) -> bool:
    """ "Ford wrote, and wrote, and wrote": the content is one verb of the cue's own lemma joined to it ("conj"),
    nothing of its own under it. A conjunct with an object or a clause ("wrote, and wrote that ...") is not bare."""
    if len(words) != 1:
        return False
    verb = words[0]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != token.lemma_.lower() or verb.i == token.i:
        return False
    joined = (verb.dep_ == "conj" and verb.head.i == token.i) or (token.dep_ == "conj" and token.head.i == verb.i)
    return joined and not any(c.dep_ not in ("cc", "punct", "advmod", "neg") for c in verb.children
                              if not (c.dep_ == "conj" and c.lemma_.lower() == token.lemma_.lower()))


def _bare_to(words: list) -> bool:
    return len(words) == 1 and words[0].lower_ == "to" and words[0].tag_ == "TO"


def _stranded_auxiliary(words: list) -> bool:
    """ "it would", "he did", "she didn't", "they will not": a subject pronoun, then an auxiliary or a modal with no
    verb after it."""
    if len(words) < 2 or words[0].lower_ not in NOMINATIVES:
        return False
    aux, *rest = words[1:]
    if aux.tag_ not in _STRANDED or not (aux.tag_ == "MD" or aux.lemma_.lower() in _AUXILIARY_LEMMAS):
        return False
    return all(t.dep_ == "neg" for t in rest)


# what stands for an act named elsewhere: "to do so"
_PRO_ACT = frozenset({"so"})
# a pointing pronoun as the only object of "do" stands for the act too: "urged them to do it", "asked him to do that"
_PRO_OBJECTS = frozenset({"it", "that", "this"})
# what "do" takes that names the act done or how: "do it", "do the same", "do better", "do what he promised"
_DONE = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative", "prt", "npadvmod"})
# what may stand beside a pro-form "do" and add nothing to the act: "to do so anyway", "to do it again"
_EMPTY_ADVERBS = frozenset({"anyway", "again", "too", "also", "now", "so"})


def elided_act(content: Content, doc: Doc, token: Token) -> bool:
    """Whether ``content`` is the cue's own infinitive "to do" standing for an act named elsewhere: "to do so", "to do
    it", "to do that", after the one urged or asked or not ("have urged them to do so", "asked him to do it"), or "do"
    with no object of its own in a relative or an "as" clause whose antecedent is what is done ("something the agency
    wants to do in the 2030s", "instead of dropping out, as his supporters have urged them to do": blind audit p80
    judged it wrong). A quotation, and "do" with a complement, a manner or more ("do the same", "do better", "do it
    for them"), are words of their own and stay, and so is a finite clause ("said she can do so again", "he said he'd
    be doing so not because of ...": PolNeAR gold), which tells who does it and when."""
    span = unquoted_span(doc, content)
    if span is None:
        return False
    verb = _done_verb(span, token)
    if verb is None:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "said she can do so again", "he'd be doing so not because of ...": a clause of its own says more
    if any(c.dep_ == "conj" and span.start <= c.i < span.end for c in verb.children):
        return False  # "promised to do so and to build a wall": the content names another act
    if _pro_object_only(verb):
        return True  # "urged them to do it"
    if any(c.dep_ in _DONE and not (c.tag_ in ("WDT", "WP") and c.i < span.start) for c in verb.children):
        return False  # "do it for them", "do the same", "do what he promised"
    if any(c.lower_ in _PRO_ACT and c.dep_ in ("advmod", "dep") for c in verb.children):
        return True  # "to do so anyway"
    if any(c.dep_ == "advmod" and c.i > verb.i and c.lower_ not in _EMPTY_ADVERBS for c in verb.children):
        return False  # "hoped to do better with Latinos": how it is done is said
    return token.dep_ == "relcl" or _as_clause(token)  # "something the agency wants to do", "as they urged him to do"


def _done_verb(span: Span, token: Token) -> Token | None:
    """The content's "do", the cue's own infinitive: the content's root, or the infinitive after the one the cue
    urges or asks ("urged them to do so": the parse reads "them" as the cue's object, beside "to do so"), when the
    rest of the content is that object alone; else None."""
    verb = span.root
    if verb.lemma_.lower() == "do" and verb.pos_ == "VERB" and verb.head.i == token.i and verb.dep_ in ("xcomp", "ccomp"):
        return verb
    verb = next((t for t in span if t.lemma_.lower() == "do" and t.pos_ == "VERB" and t.head.i == token.i
                 and t.dep_ in ("xcomp", "ccomp")), None)
    asked = next((c for c in token.children if c.dep_ == "dobj" and span.start <= c.i < span.end), None)
    if verb is None or asked is None:
        return None
    own = {t.i for t in verb.subtree} | {t.i for t in asked.subtree}
    return verb if all(t.i in own or t.is_punct or t.is_space for t in span) else None


def _pro_object_only(verb: Token) -> bool:
    """ "to do it", "to do that again": a pointing pronoun the only object of "do", and nothing else on it but its "to",
    an empty adverb and punctuation; "do it for them", "do it by Friday" say more."""
    rest = [c for c in verb.children if c.dep_ not in ("aux", "punct")]
    objects = [c for c in rest if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].lower_ in _PRO_OBJECTS \
        and all(c.dep_ == "dobj" or (c.dep_ == "advmod" and c.lower_ in _EMPTY_ADVERBS) for c in rest)


def _as_clause(token: Token) -> bool:
    """The cue's clause opens with "as" ("as his supporters have urged them to do"): "as" stands for the act of the
    clause it hangs on, the writer's, and "do" has no object of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
