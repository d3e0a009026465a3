"""Rows a headline's grammar made the parse misread: pure predicates on the Doc (issue 12, headlines).

A headline drops its articles and copulas ("Flynn says Trump 'absolutely right' in saying ...") and writes its
verb in the present ("Ryan wages campaign to counter ..."), and the parse, trained on prose, reads it as prose.
A headline reader accepts a row there when a named source says a whole clause ("Trump Says ...", "Sanders:
Clinton needs to ...", "Chris Christie Calls Hillary Clinton 'A Disgrace'"); five shapes are the parse's misreading,
never a report, and the row is dropped (``misread_headline``), on the title a plain text opens with
(``headlines.title_block``, a plain text's first line) only:

- a verb read into the source: a name and a lower-case plural right before the cue, the plural no noun of people
  ("Ryan wages | campaign | to counter Trump and Cruz": "wages" is the headline's verb, "campaign" its object).
  A plural of people keeps the row ("Trump aides say ...", "Clinton backers warn ...");
- a content cut off as a fragment: it ends in an article, a conjunction or a possessive
  ("Pence | blames | media for Trump's");
- a speaker after the cue that runs on into a predicate: "Sanders vows to fight on, says race not over" (the
  headline's "says" shares Sanders; "race" is the subject of what he says), and a content that opens with a
  preposition the parse cut it at ("Doe says | in claiming vote was rigged");
- a cue inside another row's content that takes that row's source from outside the content: "Flynn says Trump
  'absolutely right' in saying generals ...": the one saying is Trump, the subject of the headline's dropped
  "is", not Flynn ("Flynn | saying | generals reduced to rubble");
- an intention a place holds in a clause set against the headline's news ("Cleveland sets strict rules as
  Philadelphia plans to give rallies more leeway"): the place's policy, an act the story reports, not a view anyone
  states. A place's plan that is the headline itself ("Germany Plans To Phase Out Coal By 2030") is a government's
  announced plan, and stays.

Rows of prose below the title are left as they are: there the parse reads the grammar it was trained on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.lexicon import Lexicon

# a content's last word that leaves it a fragment: a preposition, an article, a conjunction, a possessive
# (a last preposition or pronoun ends a whole clause as often: "is far from over", "is all in", "never said that")
_FRAGMENT_TAGS = frozenset({"CC", "POS", "PRP$"})
_CLAUSE_OPENERS = frozenset({"that", "if", "whether"})


def misread_headline(found: Found, doc: Doc, block: Range | None, others: Sequence[Found] = (),
                     lexicon: Lexicon | None = None) -> bool:
    """Whether ``found``, its cue on the title ``block``, is one of the parse's misreadings of a headline's grammar
    (see the module's docstring); ``others``: the Doc's other rows."""
    if block is None or not block[0] <= found.cue[0] < block[1]:
        return False
    return verb_in_source(found, doc, lexicon) or fragment_content(found, doc) or borrowed_source(found, others) \
        or predicate_after_source(found, doc, block) \
        or place_intention(found, doc, lexicon.senses if lexicon is not None else {})


def place_intention(found: Found, doc: Doc, senses: Mapping[str, str]) -> bool:
    """"Cleveland sets strict rules as Philadelphia | plans | to give rallies more leeway": a cue of intending whose
    source's head is a place's name (NER's GPE), in an adverbial clause of the headline (``advcl``: "as", "while",
    "after"): the place's doing set against the headline's news, an act the story reports, not a plan anyone
    announces. A place's plan that is the headline's own clause is the government's announced plan, the news a
    reader takes from it ("Ukraine plans to launch a counteroffensive before winter", "Germany Plans To Phase Out
    Coal By 2030"), and stays."""
    cue = doc[found.cue_head]
    return found.source_head is not None and senses.get(cue.lemma_.lower()) == "intending" \
        and doc[found.source_head].ent_type_ == "GPE" and cue.dep_ == "advcl"


_NAMED_BODIES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def verb_in_source(found: Found, doc: Doc, lexicon: Lexicon | None = None) -> bool:
    """"Ryan wages | campaign": the source is a capitalised name and a lower-case plural right before the cue, and
    the plural names no people (``_people_word``): it is the headline's verb, the cue its object. "Trump aides say",
    "Clinton backers warn" keep their rows."""
    if found.source is None:
        return False
    senses = lexicon.senses if lexicon is not None else {}
    span = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
    cue = doc[found.cue_head]
    if span is None or len(span) < 2 or span.end != cue.i:
        return False
    last: Token = span[-1]
    if span[-2].ent_type_ in _NAMED_BODIES or senses.get(cue.lemma_.lower()) == "finding":
        return False  # "Kremlin sources say", "Syria rebels say", "Fed minutes show": a body's people or papers
    return last.tag_ == "NNS" and last.text.isalpha() and last.text.islower() and span[-2].text[:1].isupper() \
        and not _people_word(last, lexicon)


# the endings of nouns of people: supporters, donors, activists, Republicans, lawmakers, residents, Democrats,
# officials, aides, advocates, trustees, critics, executives, staffers
_PEOPLE_ENDINGS = ("er", "or", "ist", "an", "ant", "ent", "crat", "al", "ide", "ate", "ee", "ic", "ive", "ite", "ian")
# nouns of people with no such ending
_PEOPLE_WORDS = frozenset("ally fan cop vet kid mom dad folk judge chief head spouse guest boss friend foe peer son wife "
                          "nurse coach priest bishop king queen prince chef staff police family rebel source diplomat pilot "
                          "astronaut athlete witness scholar expert monk nun hostage child".split())

# papers that speak for someone: "Trump tweets say", "Clinton emails show", "Pentagon documents show"
_PAPERS = frozenset("tweet email memo letter document record file note minute figure report paper text post".split())


def _people_word(token: Token, lexicon: Lexicon | None) -> bool:
    """The plural ``token`` names people or a body of them: by the lexicon's lists, or by a noun of people's ending."""
    lemma = token.lemma_.lower()
    if lexicon is not None and (lemma in lexicon.person_nouns or lemma in lexicon.person_roles
                                or lemma in lexicon.collective_nouns or lemma in lexicon.groups
                                or lexicon.agency.get(lemma) in ("agent", "finder")):
        return True
    return lemma in _PEOPLE_WORDS or lemma in _PAPERS or lemma.endswith(_PEOPLE_ENDINGS)


def fragment_content(found: Found, doc: Doc) -> bool:
    """The content ends in a word that leaves it unfinished ("media for Trump's": a possessive, a conjunction, an
    article; not a last preposition or pronoun, which ends a clause as often: "is far from over", "never said that"),
    or opens with a preposition and its gerund the parse cut it at, its clause's subject and predicate left out
    ("Doe says | in claiming vote was rigged" of "Doe says Smith 'clearly wrong' in claiming ..."); a clause's own
    opener ("that", "if", "whether") starts a whole clause."""
    text = doc_text(doc)
    end = len(text[:found.content[1]].rstrip(" \t\n.,;:'\"’”»"))
    span = doc.char_span(found.content[0], end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first, last = span[0], span[-1]
    return last.tag_ in _FRAGMENT_TAGS or last.text in ("'s", "’s") or (last.tag_ == "DT" and last.dep_ == "det") \
        or (first.tag_ == "IN" and first.lower_ not in _CLAUSE_OPENERS
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in first.children))  # "in claiming", not "since October"


def predicate_after_source(found: Found, doc: Doc, block: Range) -> bool:
    """An inverted cue whose "source" runs on into a predicate: "Sanders vows to fight on, says race not over" reads
    "race" as the speaker of "Sanders vows to fight on", where the headline's "says" shares Sanders and "race not
    over" is what he says. A speaker after the cue ends the clause ("..., Senate Leader Says.", "..., says Speaker;")
    or goes on with a preposition ("..., says Smith of Ohio")."""
    if found.source is None or found.source[0] < found.cue[1] or found.content[1] > found.cue[0]:
        return False
    after = next((t for t in doc if t.idx >= found.source[1] and not t.is_space), None)
    # a predicate ("race not over", "race is over"); not a clause of time or manner ("says minister as strikes spread")
    return after is not None and after.idx < block[1] and after.pos_ in _PREDICATE_POS


_PREDICATE_POS = frozenset({"VERB", "AUX", "PART", "ADJ"})


def borrowed_source(found: Found, others: Sequence[Found]) -> bool:
    """The cue stands inside another row's content, and its source outside that content: the one who says the
    inner saying is someone the content names, not the outer row's speaker ("Flynn says Trump 'absolutely right'
    in saying ...")."""
    if found.source is None:
        return False
    for other in others:
        if other is found or not other.content[0] <= found.cue[0] < other.content[1]:
            continue
        if not other.content[0] <= found.source[0] < other.content[1]:
            return True
    return False


def without_misread_headline(found: list[Found], doc: Doc, title: Range | None, lexicon: Lexicon) -> list[Found]:
    """``found`` less the rows ``misread_headline`` drops on ``title``, the title the plain text opens with
    (``headlines.title_block``; None: the text has none, or the Doc is an HTML page's body or a later chunk)."""
    if title is None:
        return found
    return [f for f in found if not misread_headline(f, doc, title, found, lexicon)]
