"""Responses to someone or something told with cue verbs: how one answered, whom one attacked, thanked or sided
with, what request one turned down or backed off from; none of it is what was said (issue 12, item 1). Each rule is
a pure predicate on the parse; tables of tests: ``tests/test_acts.py``.

- ``means_not_content``: "responded to the criticism by reminding residents of the record": the "by"-gerund is the
  means; unless the means is a statement ("by saying that ...").
- ``target_not_content``: "lashed out at Obama officials", "hit back at his critics": the target of an attack; what
  was said of it, if anything, is another clause ("..., saying they treated him unfairly"); and what was answered:
  "responded to the order", "replied to the letter".
- ``thanked``: "thanked Trump on Twitter for backing his priority": gratitude, no proposition.
- ``sided_with``: "agreed with Jones", "sided with the governor": whom one sides with.
- ``refused_request``: "rejected calls to establish a commission": a request turned down.
- ``backed_off``: "backed off some of his initial proposals": a retreat, no stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span, cue_preposition
from sayso.nlp.extract.noun_clauses import noun_with_proposition, noun_with_that_clause
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words


def means_not_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a "by" + gerund clause hung on the cue: how the act was done, not what was said.

    Kept: a gerund that carries a clause or a quotation ("responded by saying his refusal was a
    manufactured issue", "responded by using the example of Chicago to prove that gun control is not
    the solution")."""
    prep = cue_preposition(token, content, doc)
    if prep is None or prep.lower_ != "by":
        return False
    gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None:
        return False
    # a clause or a quotation under the gerund is what was said; "reminding residents of the record",
    # "offering refunds" (verbs of saying with a noun phrase) say nothing
    return not any(t.dep_ == "ccomp" for t in gerund.subtree)


def target_not_content(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The content is the object of "at" hung on the cue: whom an attack aimed at ("lashed out at Obama
    officials", "took aim at the governor"), or of "to" after a verb of answering: what was answered
    ("responded to the order", "responded to the survey that ranked 45 companies": a relative clause says which
    survey); not what was said. A quotation there is someone's words, a noun with its that-clause ("responded to the
    claim that ...") a proposition."""
    if quotes.overlapping(content.start, content.end):
        return False
    prep = cue_preposition(token, content, doc)
    if prep is None:
        return False
    if prep.lower_ == "to" and token.lemma_.lower() in _RESPONDING:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # "responded to the claim that ...": said; "responded to the survey that ranked ...": which survey, no claim
        return pobj is not None and not noun_with_proposition(pobj)
    if prep.lower_ != "at":
        return False
    if token.lemma_.lower() in _AT_PROPOSITION:
        return False  # "hinted at a run for president", "put the toll at 12": what "at" names is said
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.pos_ in ("VERB", "AUX"):
        return False  # "aimed at reducing the deficit": an intention
    if content.end > pobj.right_edge.idx + len(pobj.right_edge.text):
        return False  # "lashed out at the agency for being too slow": the target with its charge (``act_grounds``)
    # "scoffed at the idea that the plan would work": a proposition; "lashed out at the bombings that killed 29
    # people" (a relative "that", the clause's subject) only says which bombings (audit 65 S182)
    return not noun_with_proposition(pobj) and not _relative_with_proposition(pobj)


def _relative_with_proposition(noun: Token) -> bool:
    """ "the report that came out Tuesday that crime was rising", "the stories that ran Sunday claiming he was ill":
    the relative clause says which report, and the parse hung the report's proposition on it."""
    for rel in (c for c in noun.children if c.dep_ == "relcl"):
        for w in rel.subtree:
            if w.dep_ in ("ccomp", "advcl", "relcl") and w.i != rel.i and w.left_edge.lower_ == "that":
                return True
            if w.tag_ == "VBG" and w.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "ccomp" for c in w.children):
                return True
    return False


# verbs whose "at" names what is said: "hinted at a run", "pointed at the budget as the cause",
# "estimated the cost at $5 million", "put the death toll at 12", "balked at the price"
_AT_PROPOSITION = read_words("at_proposition_verbs.txt")


# verbs whose "to" names what is answered: "responded to the order", "replied to the letter", "reacted to the ruling"
_RESPONDING = frozenset({"respond", "reply", "react"})


_GRATITUDE = frozenset({"thank"})


def thanked(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "Cruz thanked Trump on Twitter for backing his priority", "thanked the voters": gratitude shown someone,
    and what for, is no proposition (the blind reader audits mark it wrong; PolNeAR marks it, 4 of 5 on its train
    split). Kept: what the thanks say in a quotation ("thanked Obama for “taking these steps”") or a clause of
    the cue's own ("thanked them, saying the vote mattered" is "saying"'s)."""
    if token.lemma_.lower() not in _GRATITUDE or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    return not any(c.dep_ == "ccomp" for c in token.children)


_SIDING = frozenset({"agree", "disagree", "side", "sympathize", "sympathise"})


def sided_with(token: Token, content: Content, doc: Doc, proposition_nouns: frozenset[str] = frozenset()) -> bool:
    """ "agreed with Jones", "sided with the governor", "disagreed with the decision": whom or what the subject sides
    with, no proposition (the blind reader audits mark it wrong). Kept: what is agreed ("agreed that ...", "agreed
    with Jones that ...": the clause is the content), a noun with its own clause ("agreed with the assessment
    that the plan failed") and a noun that stands for a proposition (``proposition_nouns``: "agreed with the
    analysis", "disagrees with their position")."""
    if token.lemma_.lower() not in _SIDING or token.pos_ != "VERB" or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0:
        return False
    prep = doc[span.start - 1]
    if span.root.lemma_.lower() in proposition_nouns or span.root.lower_ in proposition_nouns:
        return False
    if any(t.lower_ == "that" for t in span):
        return False  # "the assessment that the plan failed": the parse may read the noun's clause as a relative one
    return prep.lower_ == "with" and prep.dep_ == "prep" and prep.head.i == token.i and span.root.head.i == prep.i \
        and noun_phrase_with_modifiers(span)


# requests turned down: "rejected calls to establish a commission", "refused the request", "rebuffed an offer"
_REFUSING = read_words("refusing_verbs.txt")


_REQUESTS = read_words("request_nouns.txt")


def refused_request(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "The Human Rights Council rejected calls to establish a commission of inquiry", "ignored demands for his
    resignation": a request turned down or heeded, an act with a noun-phrase object, no proposition (the blind
    reader audits mark it wrong). Kept: a request with a that-clause ("rejected calls that the vote be
    annulled"), a quotation, a predication ("dismissed the calls as a stunt"), "rejected the claim that ..." (no
    request noun) and a clause of the cue's own."""
    if token.lemma_.lower() not in _REFUSING or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    if any(c.dep_ in ("ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in _REQUESTS or obj.pos_ != "NOUN":
        return False
    if noun_with_that_clause(obj) or any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
        return False
    span = content_span(doc, content)
    return span is not None and span.start <= obj.i < span.end  # the request is what the content names


_RETREATS = frozenset({"off", "away", "down"})


def backed_off(token: Token) -> bool:
    """ "backed off some of his initial proposals", "backed away from her support for the deal", "backed down from his
    demand": to back off is to retreat, the opposite of backing something (a stance, ``cue_senses.txt``); what is
    named is what he no longer holds, and nothing is said (the blind audits marked it wrong). "backed the bill", "backed
    up his claim with data" (another phrasal verb) are left to the other rules."""
    if token.lemma_.lower() != "back" or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in _RETREATS for c in token.children)
