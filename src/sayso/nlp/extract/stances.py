"""A stance reports no claim: "denied the allegations", "admitted the relationship", "hinted at the abuse".

Issue 12's line: a content is a clause, a quotation or a proposition. "X denied the allegations" is
real sourcing (X's stated position toward a thing) but nothing X said that could be true or false is
reported; PolNeAR annotates these as attributions, a careful reader and every blind audit of unseen
news do not. They are kept apart as stances (``Report.stances``), not dropped.

An attribution is a stance when (``stance``), all of:

- its cue is no verb that reports a claim whatever its object (``_CLAIM_VERBS``: "said", "confirmed"), unless that
  object names words said before and gives none of them (``said_before``: "The AP confirms the report") and the
  verb is none that takes a bare clause (``_BARE_CLAUSE_VERBS``: "say that account ... show": a misparse);
- its content is no quotation (``quoted``): an indirect attribution with no quote mark in or around it;
- its content holds no clause (``clausal``): no finite verb, no "that"/"whether"/wh- clause, no
  "to"-infinitive ("urged the FBI to investigate the claims" is a request, an attribution); a determiner "that"
  ("disputed that reporting") and a reduced passive relative ("the order mentioned by WFAA") are none;
- its content is a noun phrase, a gerund phrase or a pronoun that the cue takes as its object
  (``cue_object``): the direct object ("denied the allegations"), the object of the cue's preposition
  ("hinted at the alleged abuse", "railed against Christie": the preposition that takes it completes nothing)
  or the subject of the passive cue ("his firing was first reported"), not a
  demonstrative alone ("confirmed this", "denies that": a proposition said before),
  and the cue says nothing more of it (``predicated``: "called him a liar", "described it as a hoax"), nor
  charges it with a deed (``charged``: "accused Ellison of being abusive").

The bare stances on a thing that names no proposition ("praised the judge's decision") are dropped
earlier (``np_stances``); this module only sorts what was kept. Pure: the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.disputed_claims import disputed_thing, responded_thing
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.naming import figure_forecast, figure_put_at
from sayso.nlp.extract.np_stances import charge, completes
from sayso.nlp.extract.quote_marks import QUOTE_MARKS_WIDE
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
# a complement the cue has beside its object says something of the object: "called him a liar", "described the
# plan as reckless", "told him to leave"
_PREDICATION_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "attr"})
_QUOTE_MARKS = frozenset(QUOTE_MARKS_WIDE)
# a noun that names something said, not what was said: a claim verb taking it bare ("The Associated Press confirms
# the report", "confirmed the reports in a statement", "repeated his contention") takes a stance on words said before
# and reports none of them (blind audit 21: "the report" marked wrong); a fact or a finding it vouches for ("confirmed
# the death of a man", "confirmed the news") is no such noun
SAYING_NOUNS = read_words("said_thing_nouns.txt")
# verbs that take a clause with no "that": a saying noun after them is the clause's subject the parse made an object
# ("Politicians say that account, and hundreds just like it, show how ..."), never words said before
_BARE_CLAUSE_VERBS = read_words("bare_clause_verbs.txt")
# verbs that report a claim whatever their object (those that take a bare clause and these): the parse's noun object
# is a clause's subject ("said more than 15,000 people registered for the rally": "registered" read as a participle),
# the object names a fact the source vouches for ("Police confirmed the death of a 45-year-old man", "confirmed the
# presence of water vapor") or a finding ("a poll showed Trump with a 16-point lead", "a survey found Clinton with a
# lead"); what is announced happened ("The merger was announced by Acme Corp.")
_CLAIM_VERBS = _BARE_CLAUSE_VERBS | frozenset({"confirm", "maintain", "report", "reveal", "put", "announce", "disclose"})
# a preposition on the noun that gives what was said: "confirmed reports of a second death", "the claim about ..."
_TOPIC_PREPS = frozenset({"of", "about", "on", "over", "that"})
# a demonstrative alone stands for a proposition said before ("Google confirmed this", "strongly denies that"); a
# personal pronoun ("denied them", "denied it") for a thing as often as not
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "so"})


def quoted(found: Found, quotes: QuoteIndex) -> bool:
    """Direct or mixed, or a quote mark inside the content or right at its edges: someone's words."""
    if found.kind != "indirect":
        return True
    start, end = found.content
    text = quotes.text
    if quotes.overlapping(start, end):
        return True
    inside = text[start:end]
    edges = text[max(0, start - 1):start] + text[end:end + 1]
    # an apostrophe inside a word ("Warner’s remarks") is no quote mark
    marks = [i for i, ch in enumerate(inside) if ch in _QUOTE_MARKS
             and not (0 < i < len(inside) - 1 and inside[i - 1].isalnum() and inside[i + 1].isalnum())
             and not (i > 0 and inside[i - 1] in "sS" and ch in "’'" and (i + 1 == len(inside) or inside[i + 1] == " "))]
    return bool(marks) or any(ch in _QUOTE_MARKS for ch in edges)


def clausal(span: Span) -> bool:
    """A finite verb, a clause mark ("that", "whether"), a wh- word or a "to"-infinitive in the content; not in a
    relative clause whose pronoun is its subject or object ("the terrorist attacks in Saudi Arabia that killed at
    least 29 people": it says which attacks, audit 65 S207), which a noun phrase may carry."""
    relative = _relative_words(span) | _degree_topic_words(span)
    for t in span:
        if t.i in relative:
            continue
        if (t.tag_ in FINITE_OR_MODAL_TAGS and not _plural_noun(t)) or t.tag_ in _WH_TAGS:
            return True
        if t.dep_ == "mark" and t.lower_ in _CLAUSE_MARKS and not _determiner_that(t):
            return True
        if t.tag_ == "TO" and t.head.pos_ in ("VERB", "AUX") and t.dep_ == "aux":
            return True
        if t.dep_ == "acl" and t.tag_ in ("VBG", "VBN", "VBD") and not _reduced_passive(t):
            return True  # "cited a study showing Indiana as ...", "more than 15,000 people registered for the rally"
    return False


def _relative_words(span: Span) -> set[int]:
    """The words of the relative clauses in ``span`` that tell a past event of the noun, the relative pronoun their
    subject ("the attacks that killed 29 people"), hung on a noun of the span before them and reporting no clause of
    their own; the noun's own "that"-clause ("the claim that the vote was rigged") has its "that" as a mark."""
    words: set[int] = set()
    for t in span:
        if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN") or not span.start <= t.head.i < t.i:
            continue
        pronoun = t.doc[t.left_edge.i]
        # only a past event told plainly ("that killed 29 people"): a modal, a present or an auxiliary says something
        # of the noun the readers took for a claim ("a state that would not be a Jewish State", "the traitors who
        # want to push Hungary ...", "matters that were classified": verdict gold C rows)
        if pronoun.tag_ in ("WDT", "WP") and pronoun.dep_ == "nsubj" and pronoun.head.i == t.i and t.tag_ == "VBD" \
                and not any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children) \
                and not _inner_clause(t):
            words.update(w.i for w in t.subtree)
    return words


# nouns of how much a thing matters: "brushed off the significance of a video that cites his call", "downplayed the
# importance of the talks": the "of" phrase names the thing, whatever clause describes it (blind audit P79)
_DEGREE_NOUNS = frozenset({"significance", "importance", "relevance", "seriousness", "gravity", "magnitude"})


def _degree_topic_words(span: Span) -> set[int]:
    """The words of the relative clauses in the "of" phrase of a content headed by a noun of how much a thing matters
    (``_DEGREE_NOUNS``): they describe the thing it names ("the significance of a video that cites his call"). A
    clause the phrase states stays ("stressed the importance of ensuring that schools reopen": a claim)."""
    root = span.root
    if root.lemma_.lower() not in _DEGREE_NOUNS:
        return set()
    return {w.i for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
            for r in c.subtree if r.dep_ == "relcl" for w in r.subtree}


def _inner_clause(rel: Token) -> bool:
    """A clause inside the relative clause: "the officials who said the vote was rigged", "the allegations that
    surfaced last week that he took bribes" (the parse hangs the noun's proposition on the relative verb)."""
    return any(w.dep_ in ("ccomp", "advcl", "relcl", "acl") and w.i != rel.i for w in rel.subtree)


def _determiner_that(token: Token) -> bool:
    """ "disputed that reporting in comments to the Herald": the parse made "that" a clause mark on a gerund with no
    subject or auxiliary of its own, right after it; it is the gerund's determiner, the phrase a noun phrase."""
    head = token.head
    return token.lower_ == "that" and head.i == token.i + 1 and head.tag_ == "VBG" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children)


def _reduced_passive(token: Token) -> bool:
    """ "the general order mentioned by WFAA", "the claims made by her former aide": a past participle with its agent
    after a noun is a reduced relative clause, the noun phrase no clause ("said 15,000 people registered" has none)."""
    return token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)


def cue_object(cue: Token, span: Span) -> Token | None:
    """The content's head when it is a noun phrase, gerund phrase or pronoun the cue takes as its object
    (direct object, object of the cue's own preposition, subject of the passive cue) and the content lies within
    that object; else None."""
    root = span.root
    that_gerund = root.dep_ == "ccomp" and any(_determiner_that(c) for c in root.children)
    if that_gerund:
        if root.head.i != cue.i:
            return None  # "disputed that reporting": a determiner "that" the parse made a clause mark
    elif root.dep_ in ("dobj", "nsubjpass"):
        if root.head.i != cue.i:
            return None
    elif root.dep_ == "pobj":
        prep = root.head
        if prep.dep_ != "prep" or prep.head.i != cue.i or prep.lower_ == "as" or prep.i > root.i:
            return None
    else:
        return None
    if not (root.pos_ in ("NOUN", "PROPN", "PRON") or _gerund(root) or _plural_noun(root) or that_gerund):
        return None
    if root.lower_ in _DEMONSTRATIVES and root.pos_ in ("PRON", "DET", "ADV"):
        return None  # "confirmed this", "proposed just that in 2013"
    if any(not (root.left_edge.i <= t.i <= root.right_edge.i) and not _adjunct(t, cue) for t in span):
        return None
    return root


def _adjunct(token: Token, cue: Token) -> bool:
    """A word of a time, place or manner phrase the parse hung on the cue ("tweeted out the news on Tuesday")."""
    while token.head.i != cue.i and token.head.i != token.i:
        token = token.head
    return token.head.i == cue.i and token.dep_ in ("prep", "npadvmod", "advmod") and token.i > cue.i


def _plural_noun(token: Token) -> bool:
    """ "echoed Warner's remarks": a plural noun the tagger read as a verb (VBZ), which the parse still made an
    object, with no subject or auxiliary of its own."""
    return token.tag_ == "VBZ" and token.dep_ in ("dobj", "pobj", "nsubjpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children)


def _gerund(token: Token) -> bool:
    """ "denying the abuse", "their support of resisting ...": a gerund with no subject of its own names an act."""
    return token.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def predicated(cue: Token, obj: Token, *, within: Span | None = None) -> bool:
    """The cue says something more of its object: a complement beside it ("called him a liar", "told him to
    leave"), a preposition that completes it (``np_stances.completes``: "described the plan as reckless", "attributed the
    rally to the ruling", "charged Assange with espionage"; an "as" the parse hung on the object, "denounced the attack
    as an act of terrorism"), a figure put on it (``naming.figure_put_at``: "lists his wealth at $6.5 billion"), or
    the cue is a noun or adjective (no verb's object); so is a figure forecast ("Kodak expects earnings of 5 cents to
    25 cents a share": a claim of how much). A clause of the cue ``within`` the content is the content's, not said
    of it (the clause of the thing disputed the parse gave the cue: "rebutted the accusation that ...")."""
    if cue.pos_ not in ("VERB", "AUX") or figure_put_at(cue) or figure_forecast(cue):
        # "lists Mr. Trump's wealth at $6.5 billion": a figure said of the object; "expects earnings of 5 cents a
        # share": a figure forecast (``naming.figure_forecast``)
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
        return True  # "denounced the attack as an act of terrorism": the parse hung the predication on the object
    # the preposition that takes the object completes nothing of it: "railed against Christie", "lashed out at the
    # media" name the target (blind audit p85 A15); "compared him to Nixon" has its "to" beside the object
    holder = obj.head.i if obj.dep_ == "pobj" else -1
    return any((c.dep_ in _PREDICATION_DEPS or (c.dep_ == "prep" and completes(c, cue))) and c.i not in (obj.i, holder)
               and not _set_off(c) and not (within is not None and c.dep_ == "ccomp" and within.start <= c.i < within.end)
               for c in cue.children)


def _set_off(token: Token) -> bool:
    """A participle set off by a comma after the object ("echoed Warner's remarks, stating: ...") is a statement of
    its own, found on its own: it says nothing of the object."""
    first = token.left_edge.i
    return token.tag_ in ("VBG", "VBN") and first > 0 and token.doc[first - 1].text in (",", ";", "—", "–")


def charged(span: Span, cue: Token) -> bool:
    """ "accused Ellison of being abusive", "blamed Bush for the crisis", "criticized Clinton for having ties to Wall
    Street": the deed or fault of the one the cue is aimed at is said (``np_stances.charge``), a proposition. A gerund
    on a thing is no one's deed ("shouted back their support of resisting ..."). A charge the cue itself takes
    outside the content ("Wahhaj is accused by the authorities of abducting his son" with the content "Wahhaj") is
    said too: the content is cut short, not a stance."""
    if any(charge(c) for c in _cue_preps(cue) if not span.start <= c.i < span.end):
        return True
    return any(t.dep_ == "prep" and charge(t) and (t.head.i == cue.i or cue.lemma_.lower() in ("accuse", "blame")
                                                    or t.head.pos_ in ("PROPN", "PRON") or t.head.ent_type_ != "")
               for t in span)


def _cue_preps(cue: Token) -> list[Token]:
    """The prepositions on the cue, and those the parse hung on its agent's noun ("accused by prosecutors of
    stealing": "of" under "prosecutors")."""
    agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [c for t in (cue, *agents) for c in t.children if c.dep_ == "prep"]


def stance(doc: Doc, found: Found, quotes: QuoteIndex) -> bool:
    """The attribution reports a stance toward a thing, no claim (the module's tests, all of them)."""
    return stance_object(doc, found, quotes) is not None


def stance_object(doc: Doc, found: Found, quotes: QuoteIndex) -> Token | None:
    """The thing the stance is on (the head of the content the cue takes), when the attribution is a stance; else None."""
    if found.continues is not None:
        return None
    span = doc.char_span(found.content[0], found.content[1], alignment_mode="expand")
    if span is None or not len(span) or not 0 <= found.cue_head < len(doc):
        return None
    cue = doc[found.cue_head]
    # the thing a verb of disputing disputes, whatever clause it holds: "rebutted Exxon's accusation that ..."
    # or the claim of others a verb of answering answers: "responded to reports that ..." (``responded_thing``)
    disputed = disputed_thing(cue, span) or responded_thing(cue, span)
    if quoted(found, quotes) and (disputed is None or _quoted_beyond_claim(found, quotes, span, disputed)):
        return None
    if (disputed is None and clausal(span)) or charged(span, cue):
        return None
    obj = disputed if disputed is not None else cue_object(cue, span)
    # the clause of the thing disputed that the parse hung on the cue says nothing of the thing: it is the thing's
    if obj is None or predicated(cue, obj, within=span if disputed is not None else None):
        return None
    lemma = cue.lemma_.lower()
    return obj if lemma not in _CLAIM_VERBS or (lemma not in _BARE_CLAUSE_VERBS and said_before(obj)) else None


def _quoted_beyond_claim(found: Found, quotes: QuoteIndex, span: Span, head: Token) -> bool:
    """A quotation of the disputed thing's content stands outside the claim's that-clause ("denied “the vicious
    claims” that ...": the disputer's own words), or the content is a direct quotation. Quotation marks inside the
    clause quote the claim ("denied claims that he had “assaulted” a photographer": the accusers' words)."""
    if found.kind == "direct":
        return True
    mark = next((t for t in span if t.i > head.i and t.dep_ == "mark" and t.lower_ == "that"), None)
    if mark is None:
        return True
    return quoted(found._replace(kind="indirect", content=(found.content[0], mark.idx)), quotes)


def takes_position(cue: Token, obj: Token, position_verbs: frozenset[str]) -> bool:
    """The cue states a position toward its object (``position_verbs``, position_verbs.txt): its lemma ("denied the
    allegations"), or its lemma with its particle ("backed up that assessment", "lashed out at") or with the
    preposition that takes the object ("hinted at the abuse", "pushed for greater use"), or with the manner adverb
    that is the position ("is viewed favorably by 40 percent"). Telling, narrating,
    learning, sharing or quoting states none ("tweeted out the news", "explained his decision", "learned about
    the plan"), nor does a phrasal verb whose particle or preposition makes another word ("pushed the bill")."""
    lemma = cue.lemma_.lower()
    if lemma in position_verbs:
        return True
    words = [c.lower_ for c in cue.children if c.dep_ in ("prt", "advmod")]
    if obj.dep_ == "pobj" and obj.head.head.i == cue.i:
        words.append(obj.head.lower_)
    return any(f"{lemma} {w}" in position_verbs for w in words)


def unpositioned(doc: Doc, found: Found, quotes: QuoteIndex, position_verbs: frozenset[str]) -> bool:
    """A stance's shape (``stance``) on a cue that states no position (``takes_position``): "Trump tweeted out the
    news", "the department did respond about the general order". Neither a claim nor a position is reported: no
    sourcing a reader would take, so no attribution and no stance (issue 12: only statements and stances). The
    analysis drops it from the report once the speakers are resolved: a quotation in the next paragraph
    ("issued a statement on Thursday.\n“Today, the court ...”") keeps the speaker it continues."""
    obj = stance_object(doc, found, quotes)
    # a verb of disputing another's claim states a position whether or not position_verbs lists it ("countered
    # Smith's claim that ...": rev76c, the row was dropped, neither attribution nor stance)
    return obj is not None and not takes_position(doc[found.cue_head], obj, position_verbs) \
        and not _disputed(doc, found) and not announces(doc, found)


def _disputed(doc: Doc, found: Found) -> bool:
    """The content is the thing a verb of disputing disputes (``disputed_claims.disputed_thing``)."""
    span = doc.char_span(found.content[0], found.content[1], alignment_mode="expand")
    return span is not None and 0 <= found.cue_head < len(doc) and disputed_thing(doc[found.cue_head], span) is not None


def announces(doc: Doc, found: Found) -> bool:
    """A colon right after the content: the object announces the words given after it ("explains the importance of
    this discovery: it is the oldest fossil"), what is said follows."""
    return doc_text(doc)[found.content[1]:found.content[1] + 3].lstrip().startswith(":")


def said_before(obj: Token) -> bool:
    """The object names words said before and gives none of them (``SAYING_NOUNS``): "confirms the report", "repeated
    his contention", "confirmed the account given by his client"; not one with what was said on it ("confirmed reports of a second
    death", "repeated the claim that ..."), nor a fact or a finding ("confirmed the death of a man")."""
    if obj.lemma_.lower() not in SAYING_NOUNS and obj.lower_ not in SAYING_NOUNS:
        return False
    return not any((c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS) or c.dep_ in ("relcl", "appos")
                   or (c.dep_ == "acl" and not _reduced_passive(c)) for c in obj.children)
