"""Contents that name the ground or the object of an act, not what was said: pure functions of the parse.

A cue's chosen content can be a phrase of the sentence that says no proposition of the speaker's:

- the ground of a judgement told by a gerund after "for", where the judged target stands apart from it
  ("lashed out at the ministry for having cut the grant": the content "having cut the grant" is what the ministry
  did, the reason of the outburst, not what was said; ``ground_of_act``). A cue with an object is left alone:
  "criticized the mayor for cutting the budget" gives the target with its ground ("the mayor for cutting the
  budget"), the charge, as PolNeAR marks it; "apologized for having misled voters", with no target, keeps it too;
  a ground that charges the target ("railed against the bill for failing to protect consumers": the bill fails to)
  is the speaker's claim, kept and widened to the target (``charged_target``);
- the object of another act coordinated with a verb of raising the voice ("The fan shouted and waved a flag that
  was soon torn down": the flag is what was waved, not what was shouted; ``object_of_other_act``);
- a part of others' statements that a confirming cue vouches for without saying which ("the agency verified some
  of her findings, which are listed in the report": a count of things named elsewhere, no proposition;
  ``confirmed_part``). "confirmed the report that the plant will close", "confirmed his resignation" are left alone,
  and so is a count of events ("confirmed two of the deaths": that two of them happened);
- a view others hold of the subject that a confirming cue bears out ("the candidate seemed to confirm critiques of
  his campaign", "her gaffe confirmed the stereotype"): a deed that fits the view, nobody vouches for anything
  (``confirmed_view``, blind audit p80: W). "confirmed the deaths", "confirmed the report that ..." stay, and so
  does a view of no one a pronoun names or one with a clause ("a spokesman confirmed the impression that talks had
  stalled", "confirmed the impression of a rift": vouched for).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import content_span, verb_complement
from sayso.nlp.extract.quote_marks import DOUBLE_MARKS_BUT_GUILLEMETS
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.shared_objects import shared_object

_QUOTE_MARKS = tuple(DOUBLE_MARKS_BUT_GUILLEMETS + "‘")  # "‘" opens a British quotation ('for ‘stalling’ the plan'); "’" is an apostrophe too
# prepositions that name whom a judgement is aimed at ("lashed out at X", "railed against X")
_TARGET_PREPS = frozenset({"at", "against", "on", "toward", "towards", "upon"})
# gerunds of a ground that charge its target: what it is, fails or neglects to do ("for failing to protect")
_CHARGE_GERUNDS = frozenset({"fail", "neglect", "ignore", "be", "lack", "mislead", "mishandle", "betray", "abandon",
                             "undermine", "endanger", "waste", "disregard", "shirk"})
# verbs of raising the voice or of voicing sound, whose content is the words voiced, never a thing another act handles
_VOICE_VERBS = frozenset({"shout", "yell", "scream", "cry", "holler", "bellow", "shriek", "bark", "roar", "chant",
                          "cheer", "boo", "jeer", "heckle", "whisper", "mutter", "mumble"})
# a conjunct whose object is words said, sung or read out ("shouted and repeated his demand for a recount")
_WORDS_ACTS = frozenset({"repeat", "recite", "sing", "utter", "voice", "demand", "read"})
# verbs of vouching for what others said ("confirmed", "verified")
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate", "validate"})
# words of a part of a set ("a few of", "some of", "two of")
_PARTS = frozenset({"few", "some", "several", "many", "most", "one", "two", "three", "four", "part", "parts", "portions",
                    "handful", "number", "couple"})


def _gerund_under_for(span_root: Token) -> Token | None:
    """The gerund clause of a "for" the content is or begins with: the "for" itself or the gerund under it."""
    if span_root.lower_ == "for" and span_root.dep_ == "prep":
        gerund = next((c for c in span_root.children if c.dep_ == "pcomp"), None)
    elif span_root.dep_ == "pcomp" and span_root.head.lower_ == "for" and span_root.head.dep_ == "prep":
        gerund = span_root
    else:
        return None
    if gerund is None or gerund.tag_ not in ("VBG", "VBN"):
        return None
    if gerund.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ == "having" for c in gerund.children):
        return None  # "for having shot down": a perfect gerund; a bare participle is no gerund
    return gerund


def _ground_and_target(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> tuple[Token, Token] | None:
    """The gerund of a "for" ground the content is and the target of the judgement hung on the cue before it ("at",
    "against", "on" + its object), or None: a content with a quotation in it, a cue with an object or no target."""
    if content.quote or token.pos_ != "VERB" or quotes.overlapping(content.start, content.end) \
            or any(mark in doc_text(doc)[content.start:content.end] for mark in _QUOTE_MARKS):
        return None  # a mark of quotation, paired or not ('for reasserting ” itself ...”'): the speaker's words
    span = content_span(doc, content)
    if span is None:
        return None
    gerund = _gerund_under_for(span.root)
    if gerund is None or gerund.head.head.i != token.i:
        return None
    prep = gerund.head
    targets = []
    for child in token.children:
        if child.dep_ == "dobj":
            return None  # an object anywhere: the plain "criticized X for Y-ing"
        if child.i >= prep.i or content.start <= child.idx < content.end:
            continue
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            targets.extend(p for p in child.children if p.dep_ == "pobj")
    # "railed against the agency on Tuesday for failing ...": the agency is judged, "on Tuesday" says when
    target = next((p for p in targets if not _temporal(p)), targets[0] if targets else None)
    return None if target is None else (gerund, target)


def _temporal(noun: Token) -> bool:
    """The object of "on" that says when ("on Tuesday", "on Saturday night"), not whom a judgement is aimed at."""
    return noun.ent_type_ in ("DATE", "TIME")


def _charge(gerund: Token) -> bool:
    """The ground says what the target is or fails to do ("for failing to protect consumers", "for being too slow",
    "for ignoring the warnings", "for not acting"): a claim of the speaker's about the target, not a deed the
    judgement answers ("for having cut the grant", "for shooting down a jet")."""
    return gerund.tag_ == "VBG" and (gerund.lemma_.lower() in _CHARGE_GERUNDS
                                     or any(c.dep_ == "neg" for c in gerund.children))


def ground_of_act(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The content is a gerund clause after "for" hung on the cue ("lashed out at Turkey for having shot down a
    bomber"), while the cue's target stands apart in a phrase before it ("at", "against", "on"): the target's deed,
    the ground of the judgement, not what was said. Kept: a content with a quotation in it ('for "reasserting"
    itself': the speaker's words), a cue with an object ("attacking Obama for supporting X": the charge is the
    object with its ground, as "criticized X for Y-ing" is, and the parse's pick is left as it was), a cue with
    no target ("apologized for having misled") and a ground that is a charge (``_charge``: "railed against the
    bill for failing to protect consumers"; ``charged_target`` widens it to the target)."""
    found = _ground_and_target(token, content, doc, quotes)
    return found is not None and not (_charge(found[0]) and not _temporal(found[1]))


def charged_target(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A charge after "for" with its target before it ("railed against the bill for failing to protect consumers"):
    the content widened to the target, the claim being that the bill fails to protect consumers, as the charge of
    "criticized the mayor for cutting the budget" is the object with its ground. Any other content as it was."""
    found = _ground_and_target(token, content, doc, quotes)
    if found is None or not _charge(found[0]) or _temporal(found[1]):
        return content  # "railed on Tuesday for failing to act": no target to widen to, the ground stays dropped
    start = found[1].left_edge.idx
    return content._replace(start=start) if start < content.start else content


def object_of_other_act(token: Token, content: Content, doc: Doc) -> bool:
    """The content is the object of a verb coordinated with a cue of raising the voice ("yelled and held up a
    banner", "chanted and waved signs"): what the other act handles, not the words voiced."""
    conjunct = shared_object(token, content, doc)
    return conjunct is not None and token.lemma_.lower() in _VOICE_VERBS \
        and conjunct.lemma_.lower() not in _WORDS_ACTS  # "shouted and repeated his demand": the words voiced

# things that happen, counted: a part of them confirmed is a count of events that took place ("two of the deaths")
_EVENTS = frozenset({"death", "case", "killing", "shooting", "attack", "infection", "casualty", "injury", "arrest",
                     "incident", "fatality", "bombing", "raid", "crash", "explosion", "outbreak", "murder", "suicide",
                     "kidnapping", "abduction", "layoff", "strike", "hospitalization", "hospitalisation", "sighting",
                     "assault"})


_DEFINITE = frozenset({"the", "these", "those", "his", "her", "its", "their", "our", "my", "your"})


def _definite(noun: Token) -> bool:
    """The set a part is taken from is a known one: "of the allegations", "of his revelations", "of the
    witnesses' accounts"; a bare plural ("a number of job losses") is the things themselves."""
    return any((c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.tag_ != "PRP$")
               for c in noun.children)


# views held of someone that a deed bears out, never a thing a speaker vouches for: "confirmed critiques of his
# candidacy", "confirmed the stereotype", "confirmed her image as a fighter"; "fears", "suspicions" and "speculation"
# are left out ("the minister confirmed fears that jobs would go", "confirmed speculation that he would run": said)
_HELD_VIEWS = frozenset({"critique", "criticism", "stereotype", "caricature", "image", "perception", "impression",
                         "narrative", "reputation", "portrayal", "cliché", "cliche", "trope"})


def confirmed_view(token: Token, content: Content, doc: Doc) -> bool:
    """The content of a confirming cue (``_CONFIRMING``) is its object, a view of the subject others hold
    (``_HELD_VIEWS``: "seemed to confirm critiques of his candidacy", "only validated the caricature of her party"):
    what he did bore the view out, he said nothing (blind audit p80: W). A quotation stays, and so does any other
    object ("confirmed the deaths", "confirmed reports that the plant will close", "confirmed his resignation")."""
    span = verb_complement(token, content, doc, _CONFIRMING) if token.pos_ == "VERB" else None
    if span is None:
        return False
    root = span.root
    return root.dep_ == "dobj" and root.lemma_.lower() in _HELD_VIEWS \
        and root.i == next((t.i for t in span if t.pos_ in ("NOUN", "PROPN")), -1) \
        and _view_of_someone(root) and not _told_clause(root)


def _view_of_someone(view: Token) -> bool:
    """The view is of a person a pronoun names ("his reputation", "critiques of her leadership", "the caricature of
    his party", "the stereotypes about him"): the doer's own record. "the impression of a rift between the leaders",
    "the narrative given by witnesses", "criticism of the hospital's management" are facts a speaker vouches for."""
    owners = [c for c in view.children if c.dep_ == "poss"]
    for prep in (c for c in view.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            owners += [pobj, *(c for c in pobj.children if c.dep_ == "poss")]
    return any(o.tag_ in ("PRP", "PRP$") for o in owners)


def _told_clause(view: Token) -> bool:
    """The view noun carries a clause with its own subject or mark ("confirmed the impression that talks had
    stalled"): the clause is a proposition vouched for, like "confirmed reports that ..."."""
    return any(c.dep_ in ("acl", "ccomp", "appos") and any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)
               for c in view.children)


def confirmed_part(token: Token, content: Content, doc: Doc) -> bool:
    """The content of a confirming cue (``_CONFIRMING``) is a part of a set of things ("confirmed a few of his
    revelations", "verified two of the claims"): which ones it does not say, so no proposition is vouched for. A
    clause inside the content ("confirmed some of the reports that the mine had closed") keeps it, and so does a
    set of events (``_EVENTS``: "confirmed two of the deaths", "three of the cases": that they happened)."""
    if content.quote or token.lemma_.lower() not in _CONFIRMING:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.dep_ != "dobj" or root.head.i != token.i or root.lower_ not in _PARTS:
        return False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS") and _definite(p) for p in of.children):
        return False  # "a number of job losses", "a handful of cases of measles": a count of things, not a part
    if any(p.dep_ == "pobj" and p.lemma_.lower() in _EVENTS for p in of.children):
        return False  # "confirmed two of the deaths": that two of them happened, a claim
    return not any(t.dep_ in ("ccomp", "acl") and any(c.lower_ == "that" and c.dep_ == "mark" for c in t.children)
                   for t in span)
