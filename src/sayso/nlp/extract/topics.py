"""What was talked about is not what was said: "spoke out about the death of X", "isn't saying much about the
case", "commented on the ruling".

Issue 12's line: a content is a clause, a quotation or a proposition, never a bare noun phrase. The object of
"about" (or "on", "regarding", "concerning") hung on a verb of talking names a topic; nothing in it could be
true or false, and a reader does not take it as the speaker's words (the blind audits marked each wrong).
What the speaker said about it stays where it is a clause ("spoke about how the consulate fell") or a
quotation; a gerund with no subject of its own names an act as a noun does ("talked about bringing communities
together", "joked about moving to New Zealand"), and an open question ("weighed in about whether the video should
be released") names a topic as a noun phrase does. "Of" names the topic of a few of these verbs ("spoke emotionally of
his many flights"), and so does a verb of wondering ("was wondering about his ability"). Verbs that judge or feel what
they are about ("complained about", "warned about", "worried about") are left to the other rules. Pure.

A noun phrase that closes its line with a colon ("John Sexton explains the importance of this discovery:") names
what the passage after the colon is about (``announced_topic``); whether that passage is the speaker's or the
writer's the text does not say ("CNN also noted the relatively sparse attendance:" then the writer's line), so
nothing is attributed.

"as" after a verb of talking that has its topic ("is now talking about immigration ... as more of a national-security
matter than a debate over ...") says how the talk treats the topic, the writer's characterisation (``framed_topic``).

PolNeAR marks many topics as contents: on its train split, about 25 of sayso's predictions are such topics
and nearly all match its gold, and so do the 17 that "of", manner adverbs, wondering and gerunds added (issue 12
overrides PolNeAR for this class); the PolNeAR floors bound this rule, not the reader.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.np_stances import act_named
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

# verbs of talking or writing that take their topic with "about" or "on"
TALKING_VERBS = read_words("talking_verbs.txt")
# verbs of grievance or boast whose "about" names what they are on, no proposition ("complained about his mic",
# "boasted about his wealth"); "complained that ..." keeps its clause, "complained of chest pains" its symptom
_GRIEVING_VERBS = frozenset({"complain", "gripe", "grumble", "moan", "whine", "boast", "brag"})
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "concerning"})
# verbs of disputing whose "over" (or "about", "on") names what the dispute is about, no side taken in it: "They also
# disagree over ethanol", "the two sides differ on the budget" (audit 66); "disagreed with ..." is ``responses``'s
DISPUTING_VERBS = frozenset({"disagree", "differ", "quarrel", "bicker", "squabble", "wrangle", "feud", "spar"})
_DISPUTE_PREPOSITIONS = frozenset({"over", "about", "on", "regarding", "concerning"})
# the verbs whose "on" names a topic ("commented on the ruling"); "posted on Twitter" names the channel
_ON_TOPIC_VERBS = read_words("on_topic_verbs.txt")
# the verbs whose "of" names a topic ("spoke emotionally of his many flights", "wrote of his love for the sea");
# "said of the plan that ..." keeps its clause, which is the content then
_OF_TOPIC_VERBS = frozenset({"speak", "talk", "write", "reminisce", "muse", "joke", "testify", "wonder"})
# "isn't saying much about the case", "said nothing about it": an amount of talk with its topic
_AMOUNTS = frozenset({"much", "little", "nothing", "anything", "something", "more", "less", "lot", "everything"})


def topic_content(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The content is the noun-phrase topic of a verb of talking (``TALKING_VERBS``), the object of a topic
    preposition hung on the verb or on the amount it talks ("much about")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0:
        return False
    if amount_of_talk(token, span, quotes):
        return True
    if disputed_topic(token, span):
        return True
    if framed_topic(token, span):
        return True
    if lemma not in TALKING_VERBS | _GRIEVING_VERBS:
        return False
    prep = doc[span.start - 1]
    if prep.dep_ != "prep" or span.root.head.i != prep.i:
        return False
    if prep.lower_ not in _TOPIC_PREPOSITIONS and not (prep.lower_ == "of" and token.lemma_.lower() in _OF_TOPIC_VERBS):
        return False
    holder = prep.head
    # "said much about", "spoke favorably of Mr. Putin's leadership", "spoke highly of his attributes": the topic may
    # hang on the amount or the manner of the talk
    if holder.i != token.i and not (holder.head.i == token.i and (holder.lower_ in _AMOUNTS or holder.dep_ == "advmod")):
        return False
    if lemma in _GRIEVING_VERBS and (prep.lower_ != "about" or quotes.overlapping(content.start, content.end)):
        return False  # "complained of chest pains": a symptom told; 'boasted about a plan to spend “a million dollars”'
    if prep.lower_ == "on" and token.lemma_.lower() not in _ON_TOPIC_VERBS:
        return False  # "said on Twitter", "posted on Tumblr accusing ...": a channel or a day, not a topic
    # "weighed in about whether the video should be released": an open question is a topic too, answered by nobody
    return noun_phrase_with_modifiers(span) or span[0].lower_ == "whether" or _gerund_topic(span, quotes)


def framed_topic(token: Token, span: Span) -> bool:
    """ "He is now talking about immigration in a new way, as more of a national-security matter than a debate over
    ...": the noun phrase after "as" hung on a verb of talking (``TALKING_VERBS``) that has its topic in a topic
    preposition ("about", "on") says how the talk treats the topic: the writer's characterisation of the talk, and,
    cut from its topic, nothing the speaker said could be true or false (blind audit p85 A13). Kept: "as" with no
    topic beside it ("described the plan as reckless", "criticized the law as a crazy system": a predication of the
    object), "as" opening a clause ("talked about the war as he left", a mark, no preposition), a clause inside the
    "as" phrase ("wrote about it as though it had been settled"), a quotation (the caller checks), and an "as" not set
    off by a comma ("The prosecutor spoke about the verdict as a victory for the families", "Merkel spoke about the
    crisis as a test for Europe": the speaker may hold that view; review rev79c)."""
    if token.lemma_.lower() not in TALKING_VERBS:
        return False
    # the "as" before the content, or the content's first word ("as a turning point for the company")
    prep = span[0] if span[0].lower_ == "as" else span.doc[span.start - 1]
    if prep.dep_ != "prep" or prep.lower_ != "as" or prep.head.i != token.i \
            or not all(prep.left_edge.i <= t.i <= prep.right_edge.i or t.is_punct for t in span):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS and c.i < prep.i for c in token.children):
        return False
    if prep.i == 0 or span.doc[prep.i - 1].text != ",":
        return False  # "spoke about the verdict as a victory for the families": may be the speaker's own view
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in span)


def disputed_topic(token: Token, span: Span) -> bool:
    """ "They also disagree over ethanol - sacred in Iowa": the noun-phrase object of "over" (or "about", "on") hung on
    a verb of disputing (``DISPUTING_VERBS``) names what the dispute is about; nobody's view of it is told. Kept: a
    clause with a verb ("disagree over how the plan would work", "spar over whether a leader belongs to the group":
    PolNeAR dev marks it), a quotation (the caller checks), and any other preposition ("disagreed with the decision")."""
    if token.lemma_.lower() not in DISPUTING_VERBS:
        return False
    prep = span.doc[span.start - 1]
    if prep.dep_ != "prep" or prep.lower_ not in _DISPUTE_PREPOSITIONS or prep.head.i != token.i \
            or span.root.head.i != prep.i:
        return False
    if any(t.dep_ == "mark" and t.lower_ == "that" for t in span):
        return False  # "disagreed about the findings that the drug is dangerous": a stance on a claim
    # "ethanol - sacred in Iowa": the parse may make the noun's aside the head; a span with no verb is no clause
    return noun_phrase_with_modifiers(span) or not any(t.pos_ in ("VERB", "AUX") for t in span)


def amount_of_talk(token: Token, span: Span, quotes: QuoteIndex) -> bool:
    """ "said nothing about the charges", "explained more about Campos's actions the night of the shooting", "revealed
    little about the plan", "wrote something cryptic about an “insurance policy”": an amount (``_AMOUNTS``) the cue
    takes, with what it was about, names how much was said on a topic, whatever the verb of saying; no proposition is
    in it, a relative clause on the topic included ("explained more about the bill, which would cut taxes"), a
    scare-quoted word in the topic too. Kept: an amount inside a quotation, and an amount that is the subject of the
    clause said ("said more about the plan would be revealed soon")."""
    amount = span[0] if span[0].lower_ in _AMOUNTS else span.root
    if amount.lower_ not in _AMOUNTS or amount.head.i != token.i or amount.dep_ not in ("dobj", "advmod", "npadvmod") \
            or len(span) < 3 or quotes.overlapping(amount.idx, amount.idx + len(amount.text)):
        return False
    # the preposition of the topic, hung on the amount ("something cryptic about"), on its adjective ("something
    # positive about") or on the cue ("more about")
    adjectives = [c for c in amount.children if c.dep_ == "amod"]
    return any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS and span.start < c.i < span.end
               for c in (*amount.children, *(g for a in adjectives for g in a.children), *token.children))


def _gerund_topic(span: Span, quotes: QuoteIndex) -> bool:
    """ "talked about bringing communities together", "joked about moving to New Zealand": the topic is a gerund that
    names an act (``np_stances.act_named``). Kept: one that quotes the speaker ("often speaks of breaking “that
    highest, hardest glass ceiling”": a partial quotation)."""
    root = span.root
    if root.dep_ != "pcomp" or span[0].i != root.i or not act_named(root):
        return False
    return not quotes.overlapping(span.start_char, span.end_char)


def announced_topic(token: Token, content: Content, doc: Doc) -> bool:
    """ "At HotAir.com John Sexton explains the importance of this discovery:" then a paragraph: the object of the
    cue, a noun phrase that closes its line with a colon, names the topic of the passage the colon introduces: no
    position is taken on it. The passage may be the speaker's or the writer's ("CNN also noted the relatively sparse
    attendance:" then "Even right-leaning journalist Byron York took a moment to ..."), so it is not taken either.
    A clause before the colon ("noted that the vote was close:") and a quotation are contents."""
    if content.quote or content.parts or content.end <= token.idx:
        return False
    text = doc_text(doc)
    rest = text[content.end:content.end + 4]
    if not rest.startswith(":") or rest[1:].lstrip(" \t")[:1] not in ("\n", ""):
        return False
    span = content_span(doc, content)
    return span is not None and len(span) > 0 and span.root.pos_ in ("NOUN", "PROPN") and span.root.head.i == token.i \
        and not any(t.pos_ in ("VERB", "AUX") for t in span)
