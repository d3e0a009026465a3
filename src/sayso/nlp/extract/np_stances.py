"""A stance on a thing is no statement: "praised the judge's decision", "defended Clinton".

Issue 12's line: a content is a clause, a quotation or a proposition, not a bare object noun
phrase. PolNeAR marks many stance verbs with a noun-phrase object as attributions ("attacked each
other's policies"); a reader, and every hand audit of unseen news, does not: nothing is said that
could be true or false. A noun that stands for a proposition keeps the stance ("denied the
allegations": that X did Y), and so do a pronoun ("denied it"), a predication ("called him a liar",
"condemned the move as illegal") and a noun with its own clause ("the claim that ..."). The same stance has other
shapes: the subject of its passive ("Clinton was supported by 42 percent"), a gerund that names an act ("supported
eliminating caucuses"), a relative "that" for the noun ("a deal that Obama had championed") and its noun
("Graham's endorsement of Cruz"). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.agency import Agency, person_plural
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.contents import CHOICE_NOUNS
from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.naming import figure_forecast, figure_put_at, figure_reported, given_name
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quote_uses import is_title
from sayso.nlp.extract.quotes import Quote, QuoteIndex
from sayso.nlp.extract.resource_files import read_words

_PREDICATION_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
# prepositions that complete what is said of the object ("attributed the rally to the ruling", "charged
# Assange with espionage", "compared him to Nixon"); time, place and occasion ("in 1984", "during the
# rally", "for months") only frame the act, and so does the reason or topic of a stance ("criticized CNN
# over the lawsuit", "slammed Barr about his handling of the report": the reader's gold marks none of
# these, nor "blasted Strzok and Page for the bias" or "criticised the Pope for his initial remarks")
_COMPLEMENT_PREPS = frozenset({"as", "to", "with", "into", "against"})


def stance_on_a_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, *,
                      proposition_nouns: frozenset[str], propositional_verbs: frozenset[str],
                      intention_nouns: frozenset[str], announcing_verbs: frozenset[str] = frozenset(),
                      person_verbs: frozenset[str] = frozenset(), agency: Agency | None = None) -> bool:
    """A verb cue whose content is its direct object (with adjuncts), a noun phrase that names no proposition.

    ``proposition_nouns``, ``propositional_verbs``, ``intention_nouns``, ``announcing_verbs`` and
    ``person_verbs`` are the word lists of ``proposition_nouns.txt``, ``propositional_object_verbs.txt``,
    ``intention_nouns.txt``, ``announcing_verbs.txt`` and ``person_object_verbs.txt``; ``agency`` tells a
    person from a thing (``person_object``). Verbs of judgement have a stricter test of their own
    (``judgements.judged_not_said``).
    """
    if token.pos_ != "VERB" or content.quote:
        return False
    if token.lemma_.lower() in propositional_verbs:  # "told responding officers": the parse's xcomp is the object's participle
        return (token.lemma_.lower() in person_verbs and content.kind in ("child_dobj", "dobj_plus", "child_xcomp")
                and agency is not None and person_object(token, content, doc, quotes, agency, proposition_nouns))
    if content.kind == "child_xcomp":
        # "supported eliminating caucuses": the parse makes a gerund object the verb's complement
        return any(c.dep_ == "xcomp" and _stance_on_an_act(c, token) for c in token.children) \
            and not quotes.overlapping(content.start, content.end)
    if content.kind == "passive_subj" and token.lemma_.lower() not in _ACT_STANCES:
        return False  # "the meeting was first reported by Politico", "Sanders is viewed favorably by 40 percent": kept
    if content.kind not in ("child_dobj", "dobj_plus", "passive_subj", "head_relcl"):
        return False
    if content.kind == "dobj_plus" and figure_put_at(token):
        return False  # "pegged him at $2.9 billion": a figure said of the object
    if content.kind in ("child_dobj", "dobj_plus") and (figure_reported(token) or figure_forecast(token)):
        return False  # "German police reported 906 attacks", "Kodak expects earnings of 5 cents": a figure (``naming``)
    if content.kind == "dobj_plus" and given_name(token) is not None:
        return False  # "branded the law a power grab": the name given is a predication the parse made a second object
    if any(c.dep_ == "prt" and not _aloud(c, token) for c in token.children):
        return False  # a phrasal verb is another word: "pointed out each other's failings" says they fail
    # what comes before the verb frames the sentence ("To defend his position that ..., Faggioli invoked the
    # case of Germany", "as with the number of illegal immigrants, the Feds downplay the actual number")
    if any(c.dep_ in _PREDICATION_DEPS or _predicative_advcl(c) or (c.dep_ == "prep" and (completes(c, token) or charge(c)))
           for c in token.children if not _fronted_frame(c, token) and not _objects_infinitive(c, token)):
        return False  # "defended the record as the best", "called him a liar", "charged X with espionage": a predication
    if any(not _title_in_time_clause(q, token, quotes.text) for q in quotes.overlapping(content.start, content.end)):
        return False  # "praised the “brave” decision": a quotation is someone's words
    # "Clinton was supported by 42 percent", "the plan was backed by unions": the subject of a passive stance is the
    # thing the stance is on, as the object is of the active verb
    obj = next((c for c in token.children if c.dep_ == ("nsubjpass" if content.kind == "passive_subj" else "dobj")), None)
    if obj is None:
        return False
    if (obj.tag_ in ("WP", "WDT") or obj.lower_ == "that") and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
        # "the kind of conflicts which Trump has proposed", "a deal that Obama had championed": the relative pronoun
        # stands for its noun; the tagger may call a relative "that" IN ("problems ... that he blamed on the policies
        # of Obama"), but as the object of a relative clause it is the pronoun all the same
        antecedent = token.head
        return antecedent.lemma_.lower() not in proposition_nouns and antecedent.lower_ not in proposition_nouns
    if content.kind == "head_relcl":
        return False  # the noun the clause hangs on is not what the verb takes
    span = doc[obj.left_edge.i:obj.right_edge.i + 1]
    if _stance_on_an_act(obj, token):
        return True  # "supported eliminating caucuses", "has opposed defunding Planned Parenthood": a stance on an act
    if not noun_phrase_with_modifiers(span):
        return False
    if any(t.dep_ == "prep" and charge(t) for t in span):
        return False  # "accusing the company of preventing her ...": a charge, hung on the noun by the parse
    if token.lemma_.lower() in announcing_verbs and obj.lemma_.lower() in intention_nouns and (any(
            c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children)
            or any(_objects_infinitive(c, token) for c in token.children)):
        return False  # "announced plans to close the bridge": what will be done is said ("praised the decision to withdraw" is a stance on an act)
    if token.lemma_.lower() in announcing_verbs and obj.lemma_.lower() in _PROPOSALS and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.i > obj.i and content.end > c.idx for c in obj.children):
        return False  # "outlined a U.N. resolution authorizing a military force ...": what is proposed is said (audit 67 S97); a content that stops before the participle ("announced | a plan") says nothing
    if obj.lower_ in _PERSONAL_PRONOUNS or obj.lower_ == "you":
        return True  # "the police chief praised him for his quick thinking", "warned her over the tests": a person
    if obj.pos_ in ("PRON", "NUM") or obj.tag_ in ("WP", "WDT"):
        return False  # "denied it", "disputed this", "said much the same": a proposition by reference
    return obj.lemma_.lower() not in proposition_nouns and obj.lower_ not in proposition_nouns


# verbs of raising the voice: "out" after one says only that it was loud ("shouted out an insult", "yelled out a
# slur"), where "pointed out", "laid out" or "spelled out" is a verb of stating of its own
_ALOUD = frozenset({"shout", "yell", "scream", "cry", "holler", "bellow", "shriek", "bark", "roar"})


def _aloud(particle: Token, verb: Token) -> bool:
    """The particle "out" on a verb of raising the voice (``_ALOUD``): the same verb said loud, its object what was
    shouted. "shouted out an insult aimed at the mayor" names the kind of words, as "shouted an insult" does."""
    return particle.lower_ == "out" and verb.lemma_.lower() in _ALOUD


# the subordinators of a clause that tells when, not why ("because", "as", "since" give the speaker's reason)
_WHEN = frozenset({"when", "whenever", "while", "after", "before", "until", "till", "once"})


def _title_in_time_clause(quote: Quote, verb: Token, text: str) -> bool:
    """A title in quotation marks (title case, ``quote_uses.is_title``: "''Tales From the Crypt,''") inside an
    adverbial clause with a subject of its own hung on the verb ("described the excitement when the director
    approached the studio about reviving ''Tales From the Crypt,''"): the clause tells when, its quotation names a
    work, and neither gives the speaker's words. A quotation anywhere else keeps the content, a title too: a
    slogan or a coined name ("proclaimed a goal of “Peace Through Strength”", "fear a “Putin-RibbenTRUMP Pact”"),
    a chant ("shouted “Celia, Celia”") and a label ("labels the Jewish people “Satan”") are someone's words."""
    before = text[:quote.start].split()
    if not before or not before[-1][:1].islower():
        return False  # a headline's quotation ("Trump Slams ‘Rigged’ System"): title case tells nothing there
    inner = text[quote.inner_start:quote.inner_end].strip(" ,.;:")
    if not is_title(inner, text, quote.start):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                or not any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN for c in clause.children):
            continue  # "welcomed the deal as it would end the “Era Of Austerity”": a reason is the speaker's
        if clause.left_edge.idx <= quote.inner_start < clause.right_edge.idx + len(clause.right_edge.text):
            return True
    return False


# what a speaker outlines or unveils that a participle says the content of: "outlined a U.N. resolution authorizing
# a military force", "unveiled a bill requiring ...", "announced a plan calling for ..."
_PROPOSALS = frozenset({"resolution", "bill", "measure", "amendment", "legislation", "proposal", "plan", "initiative",
                        "framework", "blueprint", "roadmap", "agenda", "program", "programme", "package"})


# nouns of a stance whose "of", "on" or "for" names what the stance is on: "Graham's endorsement of Cruz", "Kaine's
# embrace of the pro-choice position", "attacks on a federal judge"
_STANCE_NOUNS = read_words("stance_nouns.txt")


def stance_noun_on_a_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, *,
                           proposition_nouns: frozenset[str]) -> bool:
    """A noun of stance (``_STANCE_NOUNS``) whose content is the noun phrase it is on: "Graham's energetic endorsement of
    Cruz", "her embrace of her husband's economic legacy". The noun form of "endorsed Cruz"; a quotation ("rejection of
    “a politics of cynicism”"), a proposition noun ("his rejection of the claim") and a clause stay."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _STANCE_NOUNS or content.quote or content.kind != "prep_obj":
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0 or quotes.overlapping(content.start, content.end):
        return False
    prep = doc[span.start - 1]
    if prep.dep_ != "prep" or prep.head.i != token.i or prep.lower_ not in ("of", "on", "for"):
        return False
    root = span.root
    return noun_phrase_with_modifiers(span) and root.lemma_.lower() not in proposition_nouns \
        and root.lower_ not in proposition_nouns


# stances that take no complement after their object: a "to", "with" or "against" the parse hung on the verb belongs
# to the object ("opposed Obama's outreach to Iran", "backed the deal with Iran", "supports the war against ISIS"), and
# so does an infinitive ("announced a series of steps to tighten gun sales", "announced the creation of a website to
# explain the process"); announcing a thing names it ("announced his engagement to Jerry Hall", "announced the deal
# with state lawmakers"), a "to" after it is whom it was announced to
_NO_COMPLEMENT = read_words("no_complement_stances.txt")
# stances whose gerund object names an act ("supported eliminating caucuses"); "proposed barring all foreign Muslims"
# and "announced closing the plant" say what will be done
_ACT_STANCES = read_words("act_stances.txt")


def act_named(gerund: Token) -> bool:
    """A gerund with no subject of its own names an act, as a noun would: "has supported increasing the number of
    H-1B visas", "opposed defunding Planned Parenthood", "talked about bringing communities together"; nothing is
    said of it that could be true or false. Not one with its subject ("spoke about police beating him") nor one
    that carries a clause ("spoke about holding out hope that there would be a different response": the hope is
    said). Shared by the stances here and the topics of ``topics``."""
    if gerund.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in gerund.children):
        return False
    return not any(t.dep_ == "ccomp" or (t.dep_ == "mark" and t.lower_ in ("that", "whether", "if"))
                   for t in gerund.subtree)


def _stance_on_an_act(obj: Token, verb: Token) -> bool:
    """The object of a stance (``_ACT_STANCES``) is a gerund that names an act (``act_named``)."""
    return verb.lemma_.lower() in _ACT_STANCES and act_named(obj)


def _objects_infinitive(child: Token, verb: Token) -> bool:
    """An infinitive the parse hung on a verb that takes no complement (``_NO_COMPLEMENT``) where it belongs to the
    object: "announced a series of steps to tighten gun sales" (the steps' purpose), not said of them."""
    if verb.lemma_.lower() not in _NO_COMPLEMENT or child.dep_ not in ("xcomp", "advcl") or child.i < verb.i:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in CHOICE_NOUNS for c in verb.children):
        return False  # "announced the selection of Jane Smith to join its program": the task she was chosen for is said
    return to_infinitive(child) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)


def completes(prep: Token, verb: Token) -> bool:
    """A preposition that completes what is said of the object (``_COMPLEMENT_PREPS``: "attributed the rally to the
    ruling", "compared him to Nixon"), unless the verb takes none after its object (``_NO_COMPLEMENT``): there the
    parse misplaced the object's own modifier ("opposed Obama's outreach to Iran" says nothing of the outreach). "as"
    predicates of every verb ("opposed the bill as unconstitutional")."""
    if prep.lower_ not in _COMPLEMENT_PREPS:
        return False
    return prep.lower_ == "as" or verb.lemma_.lower() not in _NO_COMPLEMENT

# verbs whose preposition names the charge whatever its object: "accused him of sexism", "blamed Bush for the crisis"
_CHARGING = {"accuse": "of", "blame": "for"}


def charge(prep: Token) -> bool:
    """ "of preventing her ...", "for failing to ...": a preposition with a gerund says what the object did.

    After "accuse" and "blame" a noun is a charge too ("accused him of sexism", "blamed Jews for the attacks"),
    where "praised him for his quick thinking" is a stance on a person. A clause with a subject of its own
    after the preposition names a thing ("reminding supporters of what was happening"), not a deed of the
    object's."""
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # the parse may hang it on the object
    if _CHARGING.get(verb.lemma_.lower()) == prep.lower_ and verb.pos_ == "VERB" \
            and any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "pobj" for c in prep.children):
        return True  # someone charged by the subject; "priests accused of sexual abuse" tell who was, no charge made
    return prep.lower_ in ("of", "for") and any(
        c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in prep.children)


_PERSONAL_PRONOUNS = frozenset({"him", "her", "me", "us"})  # not "them" or "it": "denied them" can be the allegations
_PERSON_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def person_object(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, agency: Agency,
                  proposition_nouns: frozenset[str] = frozenset()) -> bool:
    """A verb of saying or admitting whose content is only a person or a group: an addressee with nothing
    said ("told responding officers at the scene", "told him") or an act on someone ("the Home Office
    admitted two jihad preachers", "the Senate confirmed Kavanaugh"). A clause, a quotation, a
    predication ("told him to leave") or a thing ("denied the allegations", "admitted his mistakes") stays."""
    if any((c.dep_ in _PREDICATION_DEPS and not _participle_before_noun(c)) or c.dep_ == "dative" for c in token.children):
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    obj = _object(token)
    if obj is None:
        return False
    span = doc[obj.left_edge.i:obj.right_edge.i + 1]
    if not noun_phrase_with_modifiers(span) or any(_bare_clause(t) for t in span):
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSONAL_PRONOUNS
    lemma = obj.lemma_.lower()
    if lemma in proposition_nouns:
        return False  # "confirmed the statements": a proposition, whatever its ending
    return (obj.ent_type_ in _PERSON_ENTITIES
            or (obj.pos_ == "NOUN" and (lemma in agency.people or obj.lower_ in agency.people or person_plural(obj))))


def _object(token: Token) -> Token | None:
    """The verb's direct object, also where the parse hung it on a participle before it ("told responding officers")."""
    for c in token.children:
        if c.dep_ == "dobj":
            return c
        if _participle_before_noun(c):
            return next((g for g in c.children if g.dep_ == "dobj"), None)
    return None


def _bare_clause(token: Token) -> bool:
    """ "told officers he had been at home": a clause with its own subject and no relative pronoun is
    what was said, which the parse hung on the addressee."""
    if token.dep_ not in ("relcl", "acl", "ccomp") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return token.left_edge.tag_ not in ("WP", "WDT", "WP$", "WRB") and token.left_edge.lower_ != "that"


def _participle_before_noun(token: Token) -> bool:
    """ "told responding officers": a bare participle the parse made the verb's complement, where it
    modifies the noun after it."""
    doc = token.doc
    if token.dep_ != "xcomp" or token.tag_ not in ("VBG", "VBN") or token.i + 1 >= len(doc):
        return False
    if doc[token.i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return all(c.dep_ in ("dobj", "prep", "npadvmod") and c.i > token.i for c in token.children)


def _predicative_advcl(token: Token) -> bool:
    """An adverbial clause that says something of the object ("described the plan as being reckless",
    "called the hearing because they felt ..." as the parse reads it). Not one with a subject of its
    own ("requested privacy as they grieve": time) nor a participle set off by a comma ("thanked the
    officers for their bravery, calling them heroes": a statement of its own, found on its own)."""
    if token.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return False
    return not (token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].is_punct)


def relative_clause_content(token: Token, content: Content, doc: Doc) -> bool:
    """ "what little information the government told us then, which was not very much": a content that opens
    with "which" after a comma is a relative clause on the noun before it (the parse made it the cue's
    clause), not what was said. So is one whose subject holds "of which" or "of whom" ("signed an order giving
    Puerto Rico $16 billion in aid, $2 billion of which will be used to repair the grid")."""
    if content.quote or token.pos_ not in ("VERB", "AUX"):
        return False
    first = content_span(doc, content)
    if first is None:
        return False
    head = first[0]
    if head.i < token.i:
        return False  # "which, Tompkins said, is usually full of activities": the cue is set inside the clause
    if head.i == 0 or doc[head.i - 1].text != ",":
        return False
    if head.lower_ == "which" and head.tag_ == "WDT":
        return True
    return _partitive_relative(first)


def _partitive_relative(span: Span) -> bool:
    """ "$16 billion in aid, $2 billion of which will be used to repair the grid", "300 people, 20 of whom were
    hurt": a subject that holds "of which" or "of whom" before the clause's verb opens a relative clause."""
    for t in span[:8]:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in ("which", "whom") and t.dep_ == "pobj" and t.head.lower_ == "of":
            return True
    return False


def _fronted_frame(child: Token, verb: Token) -> bool:
    """A clause or phrase before the verb, set off by a comma: it frames the sentence. So does a clause set off
    by a semicolon, a colon or a dash, which the parse may hang on the verb ("He proposes breaking up the banks; she
    backs tougher regulations", "hemmed in by her record: she supported NAFTA")."""
    if child.i > verb.i:
        return False
    after = child.right_edge.i + 1
    return after < verb.i and verb.doc[after].text in (",", ";", ":", "—", "–", "-")
