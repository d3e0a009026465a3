"""Speakers the parse strands in an opening phrase or a subordinate clause: pure functions of the parse.

Two misparses give a cue the subject of another clause, and so put the words in the mouth of a
thing that cannot have said them:

- ``stranded_conjunct_subject``: "The allegation went public last week after Ms. Feinstein, ranking
  Democrat on the Senate Judiciary Committee, said she received a letter": the parse ends the
  "after" phrase at the name and joins "said" to "went" with no conjunction, so "said" inherits
  "The allegation"; the one who said it is the name right before the cue. The same holds where the parse
  hangs a finite cue on the main verb as an adverbial clause ("U.S. stocks fell after Cisco Systems Inc.,
  ..., forecast that sales will be flat": Cisco, not the stocks);
- ``paired_verb_subject``: "The report has helped renew a crisis many in the church thought and hoped had
  ended": the parse hangs "hoped" on the main verb "helped", so it inherits "The report"; but the verb right
  before "and" ("thought"), with a subject of its own, is the cue's twin, and its subject hoped;
- ``title_after_opening_noun``: "In the 2003 documentary The Fog of War, the former Secretary of
  Defense Robert S. McNamara admitted that ...": the title of the work an opening phrase names is
  read as a second subject of the cue; the work is where he said it, not who said it;
- ``agent_before_colon``: "Burke was reiterating Church teaching, as expressed by famed canonist
  Franz Wernz in his Ius Canonicum: "In sum, ..."": the words after the colon are those of the one
  an "as ... by" clause names right before it, not of the subject who cites them;
- ``apposed_after_according``: "According to Big League Politics’ Cassandra Fairbanks, a Secret Service
  agent who spoke on condition of anonymity revealed that ...": the parse reads the possessive's
  curly apostrophe as punctuation, ends the "according to" phrase before the reporter's name and makes
  her the subject, the agent her apposition; the one who revealed it is the agent.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, subject_of, to_infinitive
from sayso.nlp.extract.found import Range
from sayso.nlp.extract.resource_files import read_words

# prepositions that open a subordinate clause the parse may read as a phrase ("after Smith said")
_SUBORDINATING = read_words("subordinating_prepositions.txt")


def stranded_conjunct_subject(token: Token) -> Token | None:
    """The noun right before a cue the parse joined, with no conjunction, to the verb of the clause before it, or hung
    on that verb as a finite adverbial clause (``_finite_adjunct``), where that noun is the object of a subordinating
    preposition ("after Ms. Feinstein, ..., said"; "fell after Cisco Systems Inc., ..., forecast"): the cue's speaker.
    None where a conjunction joins the two verbs ("The bill passed and said ...": the bill's, left to others) or the
    word before the cue is no such object or no name ("spoke after the meeting, said ...": a meeting says nothing)."""
    head = token.head
    if not (token.dep_ == "conj" or _finite_adjunct(token)) or head == token or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ALL_SUBJECTS for c in token.children):
        return None
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < token.i for c in head.children):
        return None
    before = token.i - 1
    while before >= 0 and (token.doc[before].text == "," or token.doc[before].is_space):
        before -= 1
    for noun in head.subtree:
        if noun.i >= token.i:
            break
        if noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.lower_ in _SUBORDINATING \
                and noun.head.head == head and noun.right_edge.i in (before, token.i - 1):
            return noun
    return None


def _finite_adjunct(token: Token) -> bool:
    """A finite cue (past or present tense, not a participle) the parse hung on the verb before as an adverbial clause
    with no subordinator of its own: "U.S. stocks fell after Cisco Systems Inc., the world's biggest maker of
    networking equipment, forecast that sales will be flat": the parse ends the "after" phrase at the name and makes
    "forecast" a clause of "fell", so the stocks would forecast; the tense shows the cue has a subject of its own,
    the name the "after" phrase stranded. Not "fell, forecasting ..." (a participle takes the main subject) nor
    "fell after Cisco reported, as analysts forecast" (a clause with its own subordinator)."""
    return token.dep_ == "advcl" and token.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("mark", "advmod") and c.i < token.i for c in token.children)


def bare_after_singular(token: Token) -> bool:
    """A cue in its bare form ("claim") the parse joined to a finite verb whose subject is one person or thing:
    "Her latest antics are to point to a claim that Brett Kavanaugh engaged in misconduct ... and somehow claim that
    he may have committed a crime": a "Kavanaugh ... claim" cannot agree (that would be "claims"), so the cue is a
    twin of some infinitive before ("to point ... and claim") and not the subject's; the speaker is left to no one
    rather than given to him. Not a cue with its own subject or auxiliary ("and will claim"), a verb with a plural,
    joined or collective subject ("The officials met and say", "The club confirmed the signing and say", where "say"
    may be present tense: only a person's name or "he"/"she" counts as one), a head in the bare form
    itself ("will go and claim"), nor a cue not right after its "and" (adverbs between): "Latin America knew it and
    the Pope say ..." may give the cue a subject the parse missed."""
    head = token.head
    if token.dep_ != "conj" or head == token or token.tag_ not in ("VB", "VBP") or token.lower_.endswith("s") \
            or head.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ALL_SUBJECTS or c.dep_ in ("aux", "auxpass", "mark")
                                                      for c in token.children):
        return False
    k = token.i - 1
    while k > head.i and token.doc[k].pos_ == "ADV":
        k -= 1
    if token.doc[k].lower_ not in ("and", "or", "but"):
        return False  # "... and the Pope say he has no information": a noun right before it may be its own subject
    subject = subject_of(head)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return False
    # one person: a name or "he"/"she"; a common noun may be a collective that takes "say" ("Hospital staff treated
    # the victims and say ...", "The club confirmed the signing and say ...")
    return (subject.tag_ == "NNP" and subject.ent_type_ == "PERSON") or subject.lower_ in ("he", "she")


def infinitive_twin(token: Token) -> Token | None:
    """The bare verb the conjunction before a bare cue hangs on, where the parse joined the cue itself to a finite
    verb: "the president declined to threaten Moscow or even directly declare it responsible" ("or" hangs on
    "threaten"): the cue is the twin of "threaten", whose speaker is the one who declined; or the head's own "to"
    infinitive between it and the cue ("the Pope continues to shrug his shoulders and say"). None where neither is
    there ("Kavanaugh engaged ... and somehow claim")."""
    if token.i == 0:
        return None  # no conjunction before the first word (doc[-1] is the last; twin.i < 0 would reject it anyway)
    k = token.i - 1
    while k > 0 and token.doc[k].pos_ == "ADV":
        k -= 1
    conjunction = token.doc[k]
    twin = conjunction.head
    if conjunction.dep_ == "cc" and twin not in (token, token.head) and twin.tag_ == "VB" and twin.i < token.i:
        return twin
    # "the Pope continues to shrug his shoulders and say he has no information": the head's own infinitive between
    # it and the cue ("continues to [shrug and say]"), though the parse hung the "and" on "continues"
    head = token.head
    own = [t for t in token.doc[head.i + 1:token.i] if t.head == head and t.dep_ == "xcomp" and t.tag_ == "VB"
           and to_infinitive(t)]
    return own[-1] if own else None


def paired_verb_subject(token: Token) -> Token | None:
    """The subject of the verb right before a conjoined cue ("many in the church thought and hoped": "many"), where the
    parse joined the cue to an earlier verb instead (so "hoped" inherits "The report" of "helped"). Only a verb of the
    same tense standing just before "and" or "or", between the cue and the verb the parse gave it, with a subject of
    its own, where the cue's clause has no subject (the gap the two verbs share); None for "The mayor went to the
    bridge and said" (the twin is the cue's own head), a cue with its own subject, and "The mayor criticized the plan
    the council drafted and said it would fail" (a clause with its own subject: the mayor's)."""
    head = token.head
    if token.dep_ != "conj" or head == token or token.i < 2 or any(c.dep_ in ALL_SUBJECTS for c in token.children):
        return None
    conjunction, twin = token.doc[token.i - 1], token.doc[token.i - 2]
    if conjunction.lower_ not in ("and", "or") or twin.tag_ != token.tag_ or twin.pos_ != "VERB" \
            or not head.i < twin.i or twin == head:
        return None
    # the two verbs share a relative clause's gap ("thought and hoped [it] had ended"): the cue's clause has no subject;
    # "criticized the plan the council drafted and said it would fail" and "left after Jones arrived and said the deal
    # was off" say a whole clause, the main verb's subject's
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ in ALL_SUBJECTS for c in clause.children):
        return None
    return next((c for c in twin.children if c.dep_ in ("nsubj", "csubj")), None)


def title_after_opening_noun(subject: Token) -> bool:
    """``subject`` is a name right after the noun of an opening phrase of its verb ("In the documentary The Fog of
    War, McNamara admitted"): the work's title the parse made a second subject, which says nothing."""
    first = subject.left_edge
    if first.i == 0 or subject.pos_ != "PROPN":
        return False
    noun = subject.doc[first.i - 1]
    return noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.head.dep_ == "prep" and noun.head.head == subject.head \
        and noun.head.i < subject.i


def agent_before_colon(token: Token, content: Sequence[Range]) -> Token | None:
    """The agent of an "as ... by X" clause of ``token`` that runs up to the colon opening the content ("as expressed
    by Franz Wernz in his Ius Canonicum: "..."", "as put by the court:"): X, whose words they are; else None (the
    clause ends before the colon, "as noted by Smith, the plan failed: ...", or there is no such clause)."""
    doc = token.doc
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or clause.i < token.i \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        colon = clause.right_edge.i + 1
        if colon >= len(doc) or doc[colon].text != ":":
            continue
        opens = doc[colon + 1].idx if colon + 1 < len(doc) else None
        if opens is None or not any(s <= opens + 1 and e > opens for s, e in content):
            continue
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        name = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if name is not None:
            return name
    return None


def apposed_after_according(subject: Token) -> Token | None:
    """The apposition of a subject that follows an "according to" phrase of its verb with no comma between them
    ("According to Big League Politics’ Cassandra Fairbanks, a Secret Service agent ... revealed"): the name is the
    end of the phrase (whose source it is), the apposed noun the subject; else None ("According to the report,
    Smith, a senator, said": a comma closes the phrase, Smith speaks)."""
    first = subject.left_edge
    if subject.dep_ != "nsubj" or first.i == 0:
        return None
    before = subject.doc[first.i - 1]
    if before.text == "," or before.is_space:
        return None
    according = before
    while according.head != according and according.lower_ != "according" and according.i <= before.i:
        according = according.head
    if according.lower_ != "according" or according.head != subject.head or according.i > subject.i:
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i > subject.i
                 and subject.doc[c.left_edge.i - 1].text == ","), None)


def source_after_object(subject: Token, anonymous: frozenset[str]) -> Token | None:
    """ "Other contenders included NBC, which submitted a letter of interest, a source familiar with the matter
    said": the parse reads the object of the reported clause's verb ("included", left with no object) as the cue's
    subject and the one who speaks as its apposition; the speaker is that apposition, an unnamed source ("a source
    familiar with the matter", "people close to the talks": ``anonymous``), not the thing the words are about
    (wire audit 75: W). Only a subject right after a verb of the reported clause that has no object of its own, and
    an apposition set off by a comma with an article or no determiner; None otherwise ("Smith, a source close to
    the team, said": no verb before the subject, Smith speaks)."""
    if subject.dep_ != "nsubj" or subject.left_edge.i == 0:
        return None
    verb = subject.doc[subject.left_edge.i - 1]
    if verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "conj") or verb.head != subject.head and verb.head.head != subject.head:
        return None
    if any(c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp", "dative", "prep") for c in verb.children):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.lemma_.lower() in anonymous
                 and subject.doc[c.left_edge.i - 1].text == ","
                 and all(d.lower_ in ("a", "an") for d in c.children if d.dep_ == "det")), None)
