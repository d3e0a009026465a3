"""The extent of a source mention: the noun phrase of its head word, pure function of the parse.

The subtree of the head is where to start; a reader's noun phrase differs from it where the
parse wanders:

- a participle clause of the head is part of it ("the letter signed by seven physicians", "a
  union representing flight attendants"), and so is a clause describing its apposition
  ("Kenneth Baer, a former official who runs Crosscut"), unless they hold the cue or the
  content; a relative clause of the head is not ("Hill, who will testify Thursday": a reader
  names Hill), nor a clause of a name deeper inside ("president of the Federation, which
  represents teachers");
- a dateline or a dash before the head is not ("WASHINGTON -- President Obama",
  "predictable - Donald J. Trump"), nor a phrase before a comma ("the election, Minyon Moore");
- an adverb the parse put inside is not, and the noun before it is the head ("The company
  flat-out denied": "The company");
- lower-case nouns that are no role before a name are not ("a prospect Vindman denied",
  a headline's "surveillance authority extension Omar asks"): "Vindman", "Omar";
- the channel of the statement is not ("chair Marcelo Claure in an email"), nor the place of what a passive
  reports ("reported by the World Health Organisation in the southern Iraqi city of Basra"), nor its date ("A federal judge
  on Monday", "Franken on Thursday"), nor a subordinate clause set off by commas after the head ("the priest,
  before he celebrated the Eucharist,"), unless it is an aside inside a clause the phrase keeps ("a former
  official who, after he left, founded Crosscut");
- leading and trailing adverbs, conjunctions and punctuation are not ("Even China", "..., yet");
- a word split at a hyphen stays whole ("His ex-wife"), and a parenthesis opened is closed
  ("Sen. Bernie Sanders (Vt.)");
- a party tag set off by commas after a name the cue comes before closes it ("said Lott, R-Miss., of the current
  ownership rules during a hearing": "Lott, R-Miss."); what the parse hung on the name after the tag is the
  statement's (before the cue, "Rep. Joe Barton, R-Texas, chairman of the panel, said", the words are the name's);
- a wire ticker the parse made the head is the company's whose name it follows ("International Business
  Machines Inc. IBM.N said": the company, its name and code).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.candidates import CUE_ADJUNCT_NOUNS
from sayso.nlp.extract.circumstances import TIME_ENTS
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES, set_off_subordinate
from sayso.nlp.extract.preposition_names import preposition_before_name
from sayso.nlp.extract.relative_reports import bare_relative_speaker
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.ticker_names import company_before_ticker

Range = tuple[int, int]

DASHES = frozenset({"-", "--", "—", "–"})
SEPARATORS = DASHES | {":", ";", ","}
_EDGE_POS = ("ADV", "CCONJ", "PUNCT", "SPACE", "SCONJ", "ADP")
_INSIDE_ADVERB_DEPS = ("amod", "compound", "nmod", "npadvmod", "advmod")


def _holds(token: Token, cue: Token | None, content: Sequence[Range]) -> bool:
    """The clause ``token`` heads holds the cue or overlaps the content."""
    lo, hi = token.left_edge, token.right_edge
    if cue is not None and lo.i <= cue.i <= hi.i:
        return True
    start, end = lo.idx, hi.idx + len(hi)
    return any(min(end, e) > max(start, s) for s, e in content)


# verbs of saying that open a speaker's label before a colon ("Said Smith:", "Added the mayor:")
LABEL_VERBS = read_words("label_verbs.txt")


def _within_clause(token: Token, head: Token) -> bool:
    """``token`` lies inside a clause of the noun phrase that opened before it ("a former official who, after he
    left, founded Crosscut"): the clause's own aside, kept with the clause, not one that ends the name."""
    for a in token.ancestors:
        if a == head:
            return False
        if a.dep_ in NOUN_MODIFIER_CLAUSES and a.left_edge.i < token.i:
            return True
    return False


def source_extent(head: Token, *, cue: Token | None = None, content: Sequence[Range] = (),
                  roles: frozenset[str] = frozenset()) -> tuple[list[Token], Token]:
    """The mention's tokens (contiguous) and its head word, which may move ("The company flat-out")."""
    doc = head.doc
    company = company_before_ticker(head)
    if company is not None:  # "International Business Machines Inc. IBM.N said": the code is the company's
        # a conjunct the code heads stays in the mention ("Vodafone Group Plc VOD.L and BT Group Plc BT.L said")
        end = max([_closed_parenthesis(doc, company.start, head.i + 1)]
                  + [c.right_edge.i + 1 for c in head.children if c.dep_ == "conj"])
        return list(doc[company.start:end]), company[-1]
    sub = list(head.subtree)
    possessed = possessed_conjunct(head)
    if possessed is not None:  # "Morelli's and Joering's families": the families, all of the phrase
        sub, head = list(doc[sub[0].i:max(sub[-1].i, possessed.right_edge.i) + 1]), possessed
    start, end = sub[0].i, sub[-1].i + 1
    for d in sub:
        if d.i > head.i and d.dep_ in NOUN_MODIFIER_CLAUSES:
            if not _holds(d, cue, content) and (_participle_of(d, head) or _describes_apposition(d, head)
                                                or participle_noun(d)):
                continue
            end = min(end, d.left_edge.i)
        elif d.i > head.i and set_off_subordinate(d) and not _within_clause(d, head):
            end = min(end, d.i - 1)  # "the priest, before he celebrated the Eucharist, said": the aside is no name
        elif d.i > head.i and d.head == head and channel_adjunct(d):
            end = min(end, d.i)  # "said ... chair Marcelo Claure in an email": the email is the cue's
        elif d.i > head.i and d.head == head and place_after_agent(d, head):
            end = min(end, d.i)  # "reported ... by the World Health Organisation in the southern Iraqi city of Basra"
        elif d.i > head.i and d.head == head and time_adjunct(d) and d.right_edge.i == sub[-1].i:
            # "A federal judge on Monday ruled": the day is the statement's, no part of the name; one that words
            # of the phrase follow stays ("a statement on Friday from Governor Rossello": the issuer is after it)
            end = min(end, d.i)
    tag_end = party_tag_end(head) if cue is not None and cue.i < head.i else None
    if tag_end is not None:
        end = min(end, tag_end)  # "Lott, R-Miss., of the current ownership rules": the rules are not Lott's name
    charge = charge_after_agent(head, cue)
    if charge is not None:
        end = min(end, charge.i)
    if cue is not None and start <= cue.i < end:
        end = cue.i if cue.i > head.i else end
        start = cue.i + 1 if cue.i < head.i else start
    if cue is not None and head.dep_ == "compound" and head.head == cue:  # "..., Federal Election Commission records
        # show.": the parse hung the record's words on the verb; they are the record's name
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "det", "nmod") and doc[start - 1].is_alpha:
            start -= 1
    if cue is not None and start < head.i and start > 0 and doc[start - 1].dep_ == "prep" \
            and doc[start].dep_ == "compound" and bare_relative_speaker(cue) == head:
        start += 1  # "a ton of TNT officials say was intended": the TNT is the object's noun, the officials speak
    for content_start, _ in content if cue is not None and cue.lower_ == "according" else ():
        if content_start > head.idx:  # "According to the FBI summary, Mills and an aide asked ...": the parse
            # joined the content's subject to the source; the source ends where what it says begins
            end = min(end, next((t.i for t in doc[head.i + 1:end] if t.idx >= content_start), end))
    start = _after_separator(doc, start, head)
    start = _after_causing_participle(doc, start, head, cue)  # ", leading law enforcement authorities to question"
    if cue is not None and cue.text == ":" and start < head.i and doc[start].lower_ in LABEL_VERBS:
        start += 1  # "Said Smith: We will ...": the verb opening a speaker's label is no part of the name
    if cue is not None and cue.text == ":" and start < head.i and doc[start].text in ('"', "“"):
        start += 1  # '"RAMOS: Secretary Clinton, ...': the quotation mark opening a transcript's turn is the turn's
    end, head = _before_inside_adverb(doc, start, end, head)
    head = _person_after_role(doc, end, head, roles)  # "Friends of Animals president Priscilla Feral": Feral
    start = _name_after_nouns(doc, start, head, roles)
    while start < head.i and (doc[start].pos_ in _EDGE_POS or doc[start].lower_ in ("who", "whom")) \
            and doc[start].text not in ("(", "“", '"'):
        start += 1  # "Bannon, who Beck on Wednesday called": the parse hung the pronoun on Beck; no part of the name
    while end - 1 > head.i and doc[end - 1].pos_ in _EDGE_POS and doc[end - 1].text not in (")", "”", '"', "."):
        end -= 1
    end = _share_of_group(doc, head, end, cue)  # "259, or 10 per cent, of the youths reported": the group too
    given = preposition_before_name(head)
    if given is not None and start == head.i:
        start = given.i  # "said Per Lindberg": the given name the tagger read as "per"
    end = _whole_words(doc, end)
    end = _name_past_particle(doc, end, cue)  # "Syrian Information Minister Ahmad al-Hassan": not "... Ahmad"
    closed = _closed_parenthesis(doc, start, end)
    end = closed if closed > head.i else end
    return list(doc[start:end]), head


def _share_of_group(doc, head: Token, end: int, cue: Token | None) -> int:  # noqa: ANN001 - a Doc
    """The end of a speaker that is a number of a group whose "of the youths" the parse hung elsewhere: "259, or 10 per
    cent, of the youths reported that ..." (blind audit 67 S181): after the number's phrase and a comma, an "of"
    phrase that runs up to the cue is the group the number counts. Else ``end``."""
    if cue is None or not head.like_num or end >= cue.i:
        return end
    j = end
    while j < cue.i and doc[j].text == ",":
        j += 1
    if j >= cue.i or doc[j].lower_ != "of" or doc[j].dep_ != "prep" or doc[j].right_edge.i + 1 != cue.i:
        return end
    return cue.i


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def possessed_conjunct(head: Token) -> Token | None:
    """ "Morelli's and Joering's families released a statement": the parse makes the first possessor the subject and
    the possessed noun its conjunct (or a second subject); the phrase names the families, whose head is the noun the
    second possessor's phrase ends in, never the first possessor alone. None where the head carries no possessive
    mark right before "and", or the words after it are no possessed noun."""
    doc = head.doc
    if head.i + 3 >= len(doc) or doc[head.i + 1].lower_ not in _POSSESSIVE or doc[head.i + 1].dep_ != "case" \
            or doc[head.i + 2].lower_ not in ("and", "or", "&"):
        return None
    noun = doc[head.i + 3]
    while noun.dep_ in ("poss", "compound", "det", "amod", "case") and noun.head.i > noun.i:
        noun = noun.head
    if noun == head or noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" for c in noun.children):
        return None
    return noun if noun.head == head or noun.head == head.head else None


# the letters of a party in a tag after a lawmaker's name: "R-Miss.", "D-N.Y.", "I-Vt."
_PARTY_LETTERS = frozenset({"R", "D", "I"})


def party_tag_end(head: Token) -> int | None:
    """Where a person's name ends that a party tag set off by commas closes: "Lott, R-Miss., of the rules" (after
    "R-Miss."), "Sen. Chuck Schumer, D-N.Y., during a hearing". A party letter (R, D, I), a hyphen or dash and one or
    two capitalised words of a state, then a comma or the sentence's end, right after a proper name and its comma:
    the tag says who the lawmaker is, and what the comma after it opens with a preposition, a subordinator or an
    adverb is said of the statement. None where no such tag follows the name ("Smith, a Republican, of Ohio" keeps
    its words; "Lott, R-Miss. and others" no closing comma), and none where the words after the tag's comma are more
    of the mention: a role ("said Pelosi, D-Calif., speaker of the House") or a second lawmaker ("said Rep. Nancy
    Pelosi, D-Calif., and Rep. Steny Hoyer, D-Md.": two speakers, not one)."""
    doc = head.doc
    k = head.i + 1
    if head.pos_ != "PROPN" or k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].text not in _PARTY_LETTERS \
            or doc[k + 2].text not in ("-", "–", "—"):
        return None
    j = k + 3
    while j < len(doc) and j < k + 5 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j += 1
    if j < len(doc) and doc[j].text == "." and not doc[j - 1].whitespace_ and j + 1 < len(doc) \
            and doc[j + 1].text == ",":
        j += 1  # "I-Vt., in a statement": the tokenizer split the state's full stop off; it is the tag's
    if j == k + 3 or (j < len(doc) and doc[j].text not in (",", ".")):
        return None
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].pos_ not in _STATEMENT_OPENERS:
        return None  # "Pelosi, D-Calif., speaker of the House": a role after the tag is the mention's
    return j


# what opens words after a party tag's comma that belong to the statement, not the name: "of the rules", "during a
# hearing", "adding that", "when asked", "later"
_STATEMENT_OPENERS = frozenset({"ADP", "SCONJ", "ADV", "VERB"})


_CHARGING = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "clear"})


def charge_after_agent(head: Token, cue: Token | None) -> Token | None:
    """ "is accused by critics of promoting anti-Semitism": the parse hangs the charge on the agent; the
    source is "critics", not "critics of promoting ...". The "of" that opens the charge, or None."""
    if cue is None or cue.lemma_.lower() not in _CHARGING or head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
                 and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None)


_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "since", "until"})


# nouns of a point in time that NER leaves untagged: "at one point", "at the time", "at that moment", "at times"
_TIME_NOUNS = frozenset({"point", "time", "moment", "stage", "juncture"})


def time_adjunct(token: Token) -> bool:
    """ "on Monday", "in 2016", "on Thursday afternoon": a preposition whose object is a date or time
    (NER's DATE or TIME), which dates the statement and names no one; also "at one point", "at the time", "at
    that moment" (blind audit 61: "Avon bondholders at one point feared"), a time noun with nothing after it
    ("officials at the point of entry" name a place)."""
    if token.dep_ != "prep" or token.lower_ not in _TIME_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" and (c.ent_type_ in TIME_ENTS or (
        token.lower_ == "at" and c.lemma_.lower() in _TIME_NOUNS and c.right_edge.i == c.i
        and c.text.islower())) for c in token.children)  # "a reviewer at Time", "staff at the Point": a name


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def place_after_agent(token: Token, head: Token) -> bool:
    """ "were reported yesterday by the World Health Organisation in the southern Iraqi city of Basra": the "in" of a
    place after the name of a passive's agent is where the reported thing happened, which the parse hung on the name
    (the name NER found ends before it). Only a named agent (an ORG or a PERSON whose entity ends at the head) and a
    place NER found in the phrase; "officials in Basra said" (no name, an active subject) keeps its place."""
    if token.dep_ != "prep" or token.lower_ != "in" or head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    if head.ent_type_ not in ("ORG", "PERSON") or (head.i + 1 < len(head.doc) and head.doc[head.i + 1].ent_iob_ == "I"):
        return False
    return any(t.ent_type_ in _PLACE_ENTS for t in token.subtree)


def channel_adjunct(token: Token) -> bool:
    """ "in an email", "in a statement": a preposition whose object is the channel of a statement."""
    if token.dep_ != "prep" or token.lower_ not in ("in", "via", "during"):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in CUE_ADJUNCT_NOUNS for c in token.children)


def _participle_of(clause: Token, head: Token) -> bool:
    """ "the letter signed by seven physicians", "a union representing flight attendants"."""
    return clause.dep_ == "acl" and clause.head == head and clause.tag_ in ("VBN", "VBG")


# pronouns a bare participle makes a noun of people: "those infected", "those arrested"
_PARTICIPLE_PRONOUNS = frozenset({"those", "these"})


def participle_noun(clause: Token) -> bool:
    """A bare past participle right after "those" in the phrase, which makes the noun it stands for: "One of those
    infected reported ..." is one of the infected, not "One of those". Only a participle with no words of its own
    ("those infected with the virus" is a clause, cut as any) right after the pronoun."""
    pron = clause.head
    return (clause.dep_ == "acl" and clause.tag_ == "VBN" and pron.pos_ == "PRON" and pron.lower_ in _PARTICIPLE_PRONOUNS
            and clause.i == pron.i + 1 and not any(True for _ in clause.children))


def _describes_apposition(clause: Token, head: Token) -> bool:
    """ "Kenneth Baer, a former official who runs Crosscut": the clause describes the apposition,
    the same person; not a name inside it ("president of the Federation, which represents ...")."""
    noun = clause.head
    return noun != head and noun.dep_ == "appos" and noun.head == head


def _after_separator(doc, start: int, head: Token) -> int:  # noqa: ANN001
    """The first token after the last dash, colon or comma before the head, when one stands there."""
    for k in range(head.i - 1, start - 1, -1):
        t = doc[k]
        if t.text not in SEPARATORS:
            continue
        spaced = t.text == "," or bool(t.whitespace_) or (k > 0 and bool(doc[k - 1].whitespace_))
        if spaced:  # a word-internal hyphen ("GOP-dominated") separates nothing
            return k + 1
    return start


def _after_causing_participle(doc, start: int, head: Token, cue: Token | None) -> int:  # noqa: ANN001
    """ "..., leading law enforcement authorities to question whether ...": after a comma, a participle the parse made
    an adjective of the speakers is the verb that brings them to speak ("leading", "prompting"), no part of their
    name (blind audit p69: P); the name starts after it. Only before an infinitive cue after the head. Kept: "leading
    experts say" (no comma before it, no infinitive), "Leading Democrats, said ..." (opening the sentence)."""
    word = doc[start]
    if cue is None or start == 0 or start >= head.i or word.tag_ != "VBG" or word.dep_ != "amod" \
            or doc[start - 1].text != "," or cue.i < head.i:
        return start
    return start + 1 if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) else start


def _before_inside_adverb(doc, start: int, end: int, head: Token) -> tuple[int, Token]:  # noqa: ANN001
    """ "The company flat-out": an adverb between the nouns and the head word ends the phrase."""
    for k in range(start, head.i):
        t = doc[k]
        if t.pos_ == "ADV" and t.head == head and t.dep_ in _INSIDE_ADVERB_DEPS:
            nouns = [doc[j] for j in range(start, k) if doc[j].pos_ in ("NOUN", "PROPN")]
            if nouns:
                return k, nouns[-1]
    return end, head


def _person_after_role(doc, end: int, head: Token, roles: frozenset[str]) -> Token:  # noqa: ANN001
    """The person a phrase ends with where the parse made a body's name before it the head: "Friends of Animals
    president Priscilla Feral said" (the subject "Friends", "Feral" hung on its "of"): a lower-case role noun
    (``roles``) and two or three capitalised proper nouns closing the phrase are the speaker, whose title names
    the body. Only past a head NER puts in a body's name; "the company president" (no name) and "Apple chief
    executive Tim Cook" (the parse's head is "Cook" already) stay as they are."""
    if head.ent_type_ != "ORG" or end - head.i < 4:
        return head
    k = end
    while k - 1 > head.i and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title:
        k -= 1
    role = doc[k - 1]
    if not 2 <= end - k <= 3 or k - 1 <= head.i or not role.is_lower or role.pos_ != "NOUN" or role.lower_ not in roles:
        return head
    return doc[end - 1]


def _name_after_nouns(doc, start: int, head: Token, roles: frozenset[str]) -> int:  # noqa: ANN001
    """Where the proper name starts when lower-case non-role nouns stand before it ("a prospect Vindman")."""
    if head.pos_ != "PROPN":
        return start
    first = head.i
    while first - 1 >= start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    k = first
    while k - 1 >= start and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower:
        k -= 1
    run = doc[k:first]
    if not len(run) or any(t.lemma_.lower() in roles or t.lower_ in roles for t in run):
        return start
    indefinite = k - 1 >= start and doc[k - 1].lower_ in ("a", "an")
    return first if indefinite or len(run) >= 3 else start


def _whole_words(doc, end: int) -> int:  # noqa: ANN001
    """ "His ex" + "-wife": a hyphen with no space on either side joins the next word."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha:
        end += 2
    return end


# the particles a surname opens with: "Ahmad al-Hassan", "Osama bin Laden", "Walter van Dijk", "Luiz da Silva"
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "de", "da", "di", "du", "van", "von", "der", "le", "la"})


def _name_past_particle(doc, end: int, cue: Token | None) -> int:  # noqa: ANN001
    """ "Syrian Information Minister Ahmad" + "al-Hassan": where the parse cut a person's name at the particle its
    surname opens with (it hung "al-Hassan" on the verb), the name runs on to the end of the PERSON entity NER found
    over both parts. Only from a name's word of that entity, over a particle (``NAME_PARTICLES``), and never into the
    cue; "Ahmad said" and "Ahmad, de facto leader" (no entity across) stay as they are."""
    if end >= len(doc) or end == 0 or doc[end - 1].ent_type_ != "PERSON" or doc[end].ent_iob_ != "I" \
            or doc[end].ent_type_ != "PERSON" or doc[end].lower_ not in NAME_PARTICLES:
        return end
    k = end
    while k < len(doc) and doc[k].ent_iob_ == "I" and (cue is None or k != cue.i) and not doc[k].is_space:
        k += 1
    return k if doc[k - 1].text[:1].isupper() else end


def _closed_parenthesis(doc, start: int, end: int) -> int:  # noqa: ANN001
    """ "Sen. Bernie Sanders (Vt": to the closing parenthesis, when it comes soon; else before the opening one."""
    words = [t.text for t in doc[start:end]]
    if words.count("(") <= words.count(")"):
        return end
    for k in range(end, min(len(doc), end + 6)):
        if doc[k].text == ")":
            return k + 1
    opening = start + max(i for i, w in enumerate(words) if w == "(")
    return opening if opening > start else end


def without_box_label(words: list[Token], labels: frozenset[str]) -> list[Token]:
    """A source that opens its line with a box label run into it ("Summary Studies show ...", a page's
    "Summary" box with its first line) starts after the label.

    The label is a word of ``labels`` (the colon labels: "Summary", "Background", "Analysis")
    opening the line, with a capitalised word after it in the same mention; a name that merely
    starts with such a word mid-line ("the Analysis Group said") keeps it.
    """
    if len(words) < 2 or words[0].lower_ not in labels or not (words[1].is_title or words[1].is_upper):
        return words
    if len(words[0]) < 3 or words[0].pos_ == "DET":
        return words  # "A House panel voted": the article, not the transcript's "A:" label
    first = words[0]
    if first.i > 0 and "\n" not in first.doc[first.i - 1].text_with_ws:
        return words
    return words[1:]
