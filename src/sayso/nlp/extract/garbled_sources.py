"""A source span that names no speaker: pure predicates on the parse.

A misparse can hand the cue a "subject" that is no noun phrase of a speaker, and a reader judges the
attribution wrong whatever its content (PTC kept-W rows of blind audits 29-39, none of this shape judged right):

- a lone interjection, sentence adverb, gerund or page label (``garbled_source_words.txt``): "And Abraham
  answered and said, Behold now, ..." (source "Behold"), "Doubtless, many other states are also considering
  ...", "Believing ..., calling ...", "NEW: ...";
- an archaic verb read as a noun: "The fool doth think he is wise";
- a clause, not a noun phrase: a finite verb the parse hung as a modifier right after a name ("Trump continued
  pounding Sessions, saying ..."), or a passive verb with its own "by" agent ("Nimesh Patel was pulled from the
  stage by event organizers ... telling jokes");
- a courtesy title alone, left by a bad sentence split ("Gov.");
- a relative "that" or "which" alone with no noun before it to stand for: "Roberts said on Fox News Sunday that said
  his committee was briefed" (a garbled "that said": the pronoun heads no relative clause of a noun; audit 66).

What it keeps: a noun phrase with a relative clause or a participle in it ("A lifelong friend whom Ford claims
was at the party", "an email obtained by the USA TODAY NETWORK": the verb is inside a clause of the noun), a
quantifier ("Many", "One of the women", "The former"), a name the tagger read as a verb ("Franken").

One span is mended, not dropped (``after_fused_sum``): a sum joined to the speakers, "Identity theft losses totaled
nearly $48 billion and consumer advocates said ..." (source "$48 billion and consumer advocates", blind audit m84).
The parse hangs the object of the clause before on the next clause's subject ("billion" a modifier of "advocates"),
so the span's head is still the speaker: the sum and its "and" are cut off the front and the speaker stays.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_words

GARBLED_WORDS = read_words("garbled_source_words.txt")
# courtesy titles that never speak alone
LONE_TITLES = frozenset({"gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "gen.", "lt.", "col.", "sgt.", "capt.",
                         "prof.", "rev.", "pres.", "gov", "sen", "rep"})
_ARCHAIC_VERBS = frozenset({"doth", "hath", "dost"})  # "The fool doth think": read as a noun
_LONE_TAGS = frozenset({"VBG", "UH"})  # a gerund, an interjection: never a speaker alone (an adverb may be a name: "says Early")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos"})


def garbled_source(span: Span) -> bool:
    """Whether the source span ``span`` is no speaker's noun phrase (see the module's docstring)."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    if not words:
        return False
    if len(words) == 1:
        word = words[0]
        return word.lower_ in GARBLED_WORDS or word.lower_ in LONE_TITLES or word.tag_ in _LONE_TAGS \
            or headless_relative(word)
    return words[-1].lower_ in _ARCHAIC_VERBS \
        or any(_modifier_verb(t) or _passive_clause(t, span) for t in words)


# the names of a sum or a measure: they never speak ("$48 billion", "12 tons"); not a count or a share, which number
# people as often ("10 and their lawyers", "40 percent of voters and most analysts")
_SUM_LABELS = frozenset({"MONEY", "QUANTITY"})


def after_fused_sum(span: Span) -> Span | None:
    """The speakers after a sum or a measure the span opens with, joined by a coordinating "and": "$48 billion and
    consumer advocates" -> "consumer advocates", "12 tons and the workers" -> "the workers" (the object of one clause
    fused with the subject of the next); None where the span opens with no such sum or nothing follows the "and"."""
    words = [t for t in span if not t.is_space]
    if not words or words[0].ent_type_ not in _SUM_LABELS:
        return None
    first = words[0]
    after = next((i for i, t in enumerate(words[1:], 1) if t.ent_type_ != first.ent_type_ or t.ent_iob_ == "B"),
                 None)
    if after is None or words[after].lower_ != "and" or words[after].dep_ != "cc" or after + 1 >= len(words):
        return None
    return span.doc[words[after + 1].i:span.end]


def headless_relative(word: Token) -> bool:
    """ "... on Fox News Sunday that said his committee was briefed": a relative pronoun ("that", "which", tagged WDT)
    whose verb is no relative clause of a noun and doubles the verb it hangs on ("said ... that said"), so it stands
    for nobody.
    Kept: a relative clause's pronoun ("the agency that said ...": the source resolves to the noun elsewhere) and a
    demonstrative "that" (tagged DT: "That is what he said"), and a pronoun right after a noun, its antecedent however
    the parse hung the clause ("the Chicago Police Department which reported ...": PolNeAR dev)."""
    if word.lower_ not in ("that", "which") or word.tag_ != "WDT" or word.dep_ not in ("nsubj", "nsubjpass") \
            or word.head.dep_ in ("relcl", "acl"):
        return False
    verb = word.head
    if verb.head == verb or verb.head.lemma_ != verb.lemma_:
        return False  # only the doubled verb of a garbled "said ... that said"; "One can imagine that said terrorists"
    # "the Chicago Police Department which reported ...", "provisions in the tax code that address ...": a noun right
    # before is the antecedent however the parse hung the clause; a day's name ("Fox News Sunday that said") is none
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is None or before.pos_ not in ("NOUN", "PROPN", "PRON") or before.ent_type_ in ("DATE", "TIME")


def _in_clause(token: Token, span: Span) -> bool:
    """Whether ``token`` lies inside a clause of a noun of the span (a relative clause, a participle)."""
    t = token
    while t.i != t.head.i and span.start <= t.i < span.end:
        if t.dep_ in _CLAUSE_DEPS:
            return True
        t = t.head
    return False


def _modifier_verb(token: Token) -> bool:
    """ "Trump continued pounding Sessions": a finite verb right after a name, hung as a modifier of a noun."""
    doc = token.doc
    return token.tag_ in _FINITE and token.dep_ in ("amod", "compound") and token.i > 0 \
        and doc[token.i - 1].pos_ == "PROPN" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("VBG", "VB") \
        and doc[token.i - 1].i > doc[token.i - 1].sent.start  # a verb chain ("continued pounding"), not "Modern secularized society"


def _passive_clause(token: Token, span: Span) -> bool:
    """ "Nimesh Patel was pulled from the stage by event organizers": a passive verb with its auxiliary and its
    agent in the span, not inside a clause of a noun ("an email obtained by ...", which has no auxiliary)."""
    if token.dep_ != "auxpass" or _in_clause(token.head, span):
        return False
    verb = token.head
    return span.start <= verb.i < span.end and any(c.dep_ == "agent" and span.start <= c.i < span.end
                                                   for c in verb.children)
