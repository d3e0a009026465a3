"""What a poll, a study or a record finds is a proposition, whatever shape the parse gives it. Pure.

"A Quinnipiac poll shows Trump leading in Ohio", "Polls show Clinton with a double-digit lead",
"the survey found 90 percent support for background checks", "public records show little evidence that
Trump made good on those promises": the finder (``agency_nouns.txt``, noun ``finder``: a poll, a survey, a study, a report, records,
a tally, emails) carries its authors' finding, and a reader takes it as the finder's. The parse makes
the finding a noun phrase (the candidate "Trump" standing "with a lead", "a slimmer lead for
Clinton"), which the tests for a thing shown or a stance on a thing (``np_stances``, ``filters``,
``non_statements``) would drop. ``shown_finding`` tells them apart:

- a poll's small clause: a name, a person or a party with where it stands ("Trump leading", "Clinton with a
  lead", "Sanders within two points of Clinton", "Rubio in third at 11 percent", "her well behind");
- a result named by a noun: a poll's ("a slimmer lead for Clinton", "a 62%-32% divide"), a figure another
  finder gives ("a 20 percent drop in arrests"), evidence with its clause, whatever the finder ("little
  evidence that ...", not "evidence of massive plumes").

Anything else a finder shows stays a thing shown ("the report shows a map of the district"), and so does
whatever a video, a photograph or a measurement shows ("A video shows Hess talking about concerts":
``measurement_nouns.txt``, never a finder). The participle "polls showing Trump leading" is the same
finding (``finding_participle``; ``not_speech`` would read it as a noun's modifier), and so is a clause a poll
frames with "in": "In a CNN poll, Clinton held a 24-point lead", "Trump leads Cruz by 9 points in the
RealClearPolitics average of polls" (``poll_frames``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.agency import Agency
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.tail_reports import TailReport

# verbs a finder finds with: "the poll shows", "a study found", "the survey reveals", "data suggest"
FINDING_VERBS = frozenset({"show", "find", "reveal", "suggest", "indicate"})
# where a candidate stands in a poll: "with a lead", "in a dead heat", "at 36 percent", "within two points"
_STANDING_PREPS = read_words("poll_standing_prepositions.txt")
_STANDING_WORDS = read_words("poll_standing_words.txt")
# what a poll finds, named by a noun: "a slimmer lead for Clinton", "90 percent support"
RESULT_NOUNS = read_words("poll_result_nouns.txt")
_STANDERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
POLL_NOUNS = frozenset({"poll", "polls", "survey", "polling", "tally", "census"})


def names_finder(noun: Token | None, finders: frozenset[str]) -> bool:
    """The noun is a finder ("the poll", "FEC records", "An Associated Press tally"), or a finder's
    results or average ("early results of exit polls", "the rolling average of polls")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in finders or noun.lower_ in finders:
        return True
    if noun.lemma_.lower() not in ("result", "average", "tracking"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and names_finder(o, finders)
               for p in noun.children for o in p.children if o.dep_ == "pobj")


def shown_finding(token: Token, content: Content, subject: Token | None, agency: Agency) -> bool:
    """A finder's finding: the cue is a verb of finding (``FINDING_VERBS``) with a finder for subject, and
    the content is a small clause, a result noun or evidence (see the
    module's docstring). A small clause is a poll's only: a record, a report or a study that shows or finds
    someone somewhere depicts or locates them ("the report shows the seven victims numbered in yellow",
    "microscopy studies found them in the lining of every organ")."""
    if token.lemma_.lower() not in FINDING_VERBS or content.quote or content.kind in QUOTE_KINDS:
        return False
    finder = finder_of(token, subject)
    if not names_finder(finder, agency.finders):
        return False
    span = content_span(token.doc, content)
    if span is None:
        return False
    poll = polled(finder)
    return (poll and small_clause(token, span, agency.people | agency.agents)) or result_noun(span, poll)


def finder_of(token: Token, subject: Token | None) -> Token | None:
    """The cue's subject, or the noun a participle or a relative clause hangs on ("polls showing ...",
    "a poll that shows ...")."""
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return subject


def finding_participle(token: Token, finders: frozenset[str]) -> bool:
    """ "recent polls showing a tightening of the race", "A Quinnipiac poll found last week that ...":
    a verb of finding hung on a finder as its modifier is the finder's finding."""
    return token.lemma_.lower() in FINDING_VERBS and token.dep_ == "acl" and token.pos_ == "VERB" \
        and names_finder(token.head, finders)


def small_clause(token: Token, span: Span, people: frozenset[str] = frozenset()) -> bool:
    """A name, a pronoun or a person or a body (``people``) with where it stands: "Trump leading", "Clinton
    with a lead", "her well behind", "the governor in third at 11 percent". The predicate hangs on the
    name or, as the parse often has it, on the verb."""
    root = span.root
    if root.tag_ in ("VBN", "VBG") and any(c.dep_ in ("nsubj", "nsubjpass") and _stander(c, people) for c in root.children):
        return True  # "the Libertarian Party's Johnson supported by an average of 13 percent": the parse's clause
    if not _stander(root, people):
        return False
    heads = {root.i, token.i} | {c.i for c in root.children if c.dep_ == "conj"}  # "Clinton and the senator in a dead heat"
    for t in span:
        if t.i <= root.i or t.head.i not in heads:
            continue
        if t.dep_ == "prep" and t.lower_ in _STANDING_PREPS:
            return True
        if t.lower_ in _STANDING_WORDS or (t.tag_ in ("VBG", "VBN") and t.dep_ in ("acl", "amod", "advcl", "xcomp")):
            return True
    return any(t.lower_ in ("leading", "trailing") and t.head.i > root.i for t in span if t.i > root.i)


def polled(finder: Token | None) -> bool:
    """The finder is a poll or a count ("a CNN/ORC poll", "the survey", "national polling", "early results of
    exit polls"), whose figures are its findings; a record or a report that shows a figure only holds it."""
    if finder is None:
        return False
    if finder.lemma_.lower() in POLL_NOUNS or finder.lower_ in POLL_NOUNS:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and polled(o) for p in finder.children for o in p.children
               if o.dep_ == "pobj")


def _stander(token: Token, people: frozenset[str]) -> bool:
    """A name, a pronoun, or one of ``people``: who can stand somewhere in a poll."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _STANDERS or token.lemma_.lower() in people


def result_noun(span: Span, poll: bool) -> bool:
    """The content is a noun phrase headed by a result: a poll's ("a slimmer lead for Clinton", "a 56% and 54%
    approval rating": ``poll``, the finder is a poll), another finder's when it gives a figure ("a 20 percent
    drop in arrests"), or evidence with its clause, any finder's ("little evidence that Trump made good on
    those promises"; "evidence of massive plumes" is a thing found, as the reader's gold has it).
    "The records show a gap in May" holds a thing, no figure found, and stays a thing shown."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    word = root.lemma_.lower()
    if word == "evidence":  # with its clause: "evidence of massive plumes" is a thing found (reader's gold)
        return any(c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" for c in root.children)
    if word not in RESULT_NOUNS and root.lower_ not in RESULT_NOUNS:
        return False
    return poll or any(t.like_num or t.text == "%" or t.lower_ in ("percent", "percentage") for t in span)


# the head of a poll's share of respondents: "22 percent", "the share of Republicans", "a majority of voters"
_SHARE_WORDS = read_words("poll_share_words.txt")


def share_saying(token: Token) -> bool:
    """ "with 22 percent saying they would not support him", "about three in 10 saying they are very liberal",
    "the share of Republicans saying “...”": a poll's share of respondents and the clause they answered, as sure
    a report as "22 percent said they would not support him". Only a clause said: "with half saying so" and
    "fans saying little" are left to the model."""
    if token.tag_ != "VBG" or token.lemma_.lower() != "say" or token.dep_ not in ("pcomp", "acl", "advcl"):
        return False
    if not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return False
    share = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if share is None and token.dep_ == "acl":
        share = token.head  # "the proportion of GOP primary voters saying ...": the parse hangs it on the share
    return share is not None and _share(share)


# verbs of calling oneself something: "41 percent describe themselves as Republicans", "20 percent consider
# themselves independents"
_SELF_NAMING_VERBS = frozenset({"describe", "consider", "identify", "call", "label", "define", "see", "regard",
                                "classify", "count", "class"})


def share_self_description(token: Token) -> bool:
    """ "In the survey, 41 percent describe themselves as Republicans", "Twenty percent consider themselves
    independents": a poll's share of respondents calling themselves something is who the sample is, a
    demographic the writer reports, no statement of theirs (the blind readers found it wrong as an attribution).
    Kept: a share saying a clause ("Sixty percent of voters said they would back the measure": what the
    respondents answered, PolNeAR gold marks it), and one person describing himself ("He describes himself as a
    socialist"), which is his own claim."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _SELF_NAMING_VERBS:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # the object, or the subject of the small clause the parse made ("consider [themselves independents]")
    if after is None or after.lower_ not in REFLEXIVES or not token.is_ancestor(after):
        return False
    share = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
    return share is not None and _share(share)


# who a group modified by its self-description is: "those", or a plural noun of people ("voters", "respondents")
_GROUP_PRONOUNS = frozenset({"those", "these", "others", "many", "some", "all", "most", "few", "ones"})


def group_self_description(token: Token) -> bool:
    """ "Trump led among those describing themselves as very conservative", "Clinton won 60 percent of voters who
    describe themselves as liberal", "Protesters who call themselves patriots": a self-description
    that modifies a group (a participle or a relative clause on "those" or a plural noun) names the group, as a
    crosstab's label does; nobody's statement is reported (the blind readers found it wrong as an attribution).
    Kept: one person's self-description, in a relative clause too ("The senator, who calls himself a fiscal hawk,
    said ..."), a group's in a clause set off by a comma ("The rebels, who describe themselves as freedom fighters,
    said ..."), in a clause of its own ("Most voters described themselves as angry") or in a past relative
    clause ("voices who described themselves as feminist": said on an occasion), and a group describing something
    else ("voters who describe the economy as poor")."""
    if token.lemma_.lower() not in _SELF_NAMING_VERBS or not _labelling_modifier(token):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.lower_ not in REFLEXIVES or not token.is_ancestor(after):
        return False
    if _set_off(token):
        return False
    group = token.head
    if group.lower_ in _GROUP_PRONOUNS:
        return True
    return group.tag_ in ("NNS", "NNPS") and group.ent_type_ not in ("PERSON", "ORG", "GPE")


def _set_off(token: Token) -> bool:
    """A clause set off by a comma, a dash or a bracket ("The rebels, who describe themselves as freedom fighters,
    said ...", "Critics, who describe themselves as concerned parents, ..."): it tells something of a group already
    named, its own claim about itself; a crosstab's label narrows the group and is never set off."""
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text in (",", "—", "–", "(", "--")


def _labelling_modifier(token: Token) -> bool:
    """A participle on the noun ("those describing themselves as ...") or a relative clause in the present, what the
    group habitually calls itself ("voters who describe themselves as liberal"). A relative clause in the past tells
    of an occasion when they said it ("The witch-hunt included voices who described themselves as feminist": a blind
    reader judged it right), and stays."""
    if token.dep_ == "acl":
        return token.tag_ in ("VBG", "VBN")
    return token.dep_ == "relcl" and token.tag_ in ("VBP", "VBZ")


def _share(noun: Token) -> bool:
    """ "22 percent", "30 percent of voters", "the share of Republicans", "three in 10", "half": a share of people."""
    if noun.lemma_.lower() in _SHARE_WORDS or noun.lower_ in _SHARE_WORDS or noun.ent_type_ == "PERCENT":
        return True
    return noun.like_num and any(t.lower_ == "in" and t.i < noun.i for t in noun.subtree)  # "three in 10"


# what a clause framed by "In the poll, ..." does that is the poll's method, no finding: "In the survey,
# respondents were asked ...", "In the poll, conducted by ...", "In polls, voters name ..." is a finding
_METHOD_VERBS = read_words("poll_method_verbs.txt")
# where one stands in the polls, the verbs a closing "in the polls" frames: "Trump leads Cruz by 9 points in the
# RealClearPolitics average", "Sanders has gained in recent polls"; not "invested heavily in polling"
_STANDING_VERBS = read_words("poll_standing_verbs.txt")

# what sets off more than the poll's name inside its phrase ("CNN/ORC" is one name)
_BREAKS = frozenset({",", ";", "—", "–", "--", "(", ":"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# what a clause has that says nothing by itself: its subject, auxiliaries, negation, conjunctions, punctuation
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "punct", "cc", "mark"})


def poll_frames(doc: Doc) -> Iterator[TailReport]:
    """A clause a poll frames with "in": "In a CNN national poll, Hillary Clinton held a 24-point lead" (the
    phrase opens the sentence and a comma closes it) or "Trump leads Cruz by 9 points in the RealClearPolitics
    average of Indiana polls" (it closes a sentence whose verb says where one stands). The poll (``polled``) is
    the source, "In" the cue, the rest of the clause its finding. Not a clause of the poll's method ("In the
    survey, respondents were asked ...") nor one with no subject."""
    for sent in doc.sents:
        found = _poll_frame(sent)
        if found is not None:
            yield found


def _poll_frame(sent: Span) -> TailReport | None:
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _METHOD_VERBS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or words[0].tag_ in _WH_TAGS or any(t.text == "?" for t in sent):
        return None  # "Why Trump is leading in the polls": a headline's question, no finding
    if not any(c.dep_ not in _BARE_DEPS and c.lower_ != "in" for c in verb.children):
        return None  # "In the latest polls, he doesn't": a clause that says nothing by itself
    doc = sent.doc
    for prep in verb.children:
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if prep.lower_ != "in" or poll is None or not polled(poll):
            continue
        end = prep.right_edge.i
        if any(t.text in _BREAKS for t in doc[prep.i:end + 1]):
            continue  # "in the latest CNN/ORC poll released Wednesday, a collapse driven by ...": more than the poll
        if prep.i == words[0].i and end + 1 < sent.end and doc[end + 1].text == ",":
            rest = [t for t in doc[end + 2:sent.end] if not t.is_space]  # "In a CNN poll, Clinton held a lead."
        elif end == words[-1].i and prep.i > verb.i and verb.lemma_.lower() in _STANDING_VERBS:
            rest = [t for t in doc[sent.start:prep.i] if not t.is_space]  # "Trump leads Cruz in the polls."
        else:
            continue
        while rest and rest[-1].text != "%" and (rest[-1].is_punct or rest[-1].is_space):
            rest.pop()
        while rest and (rest[0].is_punct or rest[0].dep_ == "cc"):
            rest.pop(0)  # "But he fell to 10 percent in the poll": the finding without the writer's "But"
        if len(rest) < 2 or not any(t.i == verb.i for t in rest):
            return None
        return TailReport(prep, (poll.left_edge, poll), (rest[0].idx, rest[-1].idx + len(rest[-1])))
    return None
