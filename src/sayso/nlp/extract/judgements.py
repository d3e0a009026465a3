"""A judgement on a person, a thing or an act is no statement: "praised him", "criticized CNN over the lawsuit".

Verbs of judgement (``evaluative_verbs.txt``: praise, criticize, condemn, slam, blast, welcome ...)
take for object what they judge. The reader's gold marks none of "criticised Scooter Braun's
company", "condemned the unilateral move", "welcomed the exchange", "blasted Strzok and Page for
the bias revealed in their text messages", "criticised the Pope for his initial remarks", "lauded
the move", "had criticized Boudreau's report"; it marks them when they say something of the object:
a predication ("slammed the hearings as a “disgrace”", "denounced the report as flawed"), a
charge ("blaming Jews for the September 11 attacks"), a quotation. ``np_stances.stance_on_a_thing``
judges every verb with a noun-phrase object; for these verbs the test is stricter:

- the reason, occasion or company of a judgement is no predication ("slammed the party for its
  response when compared to ...", "attack Trump ferociously to hide their own failure", "criticized
  certain actions of Comey, together with those of other officials");
- a pronoun is what is judged ("welcomed it", "criticized them"), and so is a noun of statement
  without a clause of its own ("denounced the report": the report is judged, nothing is said of it;
  "mocked claims that Iran is the greatest threat" keeps its clause);
- a reason or a manner hung on the verb is no content ("were celebrated for their denunciations of
  Trumpism", "attacked her in terms that were a slur on all women");
- the subject of a passive is the object judged ("Sessions was criticized by Trump over the recusal");
- an infinitive is a purpose or a misparse, never what is said ("Orbán also criticized liberals and
  encouraged citizens to give life to more children": the parse hung "to give" on "criticized");
- a quotation counts where it is the object's or the predication's, not in a clause of its own set off
  by a comma ("lambasted the confirmation process, calling it “the most unethical sham”": calling is
  its own attribution) or in a reason that carries its own cue ("blasted Sessions because, he said, ...").

Pure: the Doc is not touched. Tables of tests: ``tests/test_judgements.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content, comma_adjunct, relative_pronoun
from sayso.nlp.extract.filters import content_span, cue_preposition
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.np_stances import charge
from sayso.nlp.extract.quotes import QuoteIndex

# what a judgement predicates of its object: "called it a sham", "rated the plan poor", "hailed the talks as historic"
_PREDICATION_DEPS = frozenset({"oprd", "acomp", "attr", "ccomp"})
_INFINITIVE_KINDS = frozenset({"child_xcomp", "child_advcl"})


def judged_not_said(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, *,
                    evaluative_verbs: frozenset[str], proposition_nouns: frozenset[str]) -> bool:
    """A verb of judgement (``evaluative_verbs``) whose content says nothing of what it judges.

    ``proposition_nouns`` (``proposition_nouns.txt``): nouns of statements and views, which keep the
    judgement only with a clause of their own ("criticized the claim that the tax cut pays for itself")."""
    if token.pos_ != "VERB" or content.quote or token.lemma_.lower() not in evaluative_verbs:
        return False
    if content.kind in _INFINITIVE_KINDS:
        return _infinitive(doc, content)
    prep = cue_preposition(token, content, doc)
    if prep is not None:
        # "celebrated for their denunciations of Trumpism", "criticized over the deal", "attacked her in terms
        # that were a slur": a reason, a manner; a charge ("praised for acting quickly"), a predication ("hailed
        # as a hero") or a quotation says something
        return prep.lower_ != "as" and not charge(prep) and not _quoted(content_span(doc, content), quotes)
    if content.kind == "passive_subj":
        judged = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    elif content.kind in ("child_dobj", "dobj_plus"):
        judged = next((c for c in token.children if c.dep_ == "dobj"), None)
    else:
        return False
    if judged is None or any(_predication(c) for c in token.children if not _before(c, token)):
        return False
    if any(c.dep_ == "dobj" and any(_content_clause(g) for g in c.children) for c in token.children):
        return False  # "mocked the neocons' claims that Iran is ...": the parse made "claims" a second object
    span = doc[judged.left_edge.i:judged.right_edge.i + 1]
    if _quoted(span, quotes) or not noun_phrase_with_modifiers(span) or any(t.dep_ == "prep" and charge(t) for t in span):
        return False  # "praised the “brave” decision", "accusing the company of preventing her ...": words, a charge
    if judged.pos_ == "PRON":
        return True  # "welcomed it", "criticized them", "the move, which activists applauded": a thing judged
    lemma = judged.lemma_.lower()
    if lemma in proposition_nouns or judged.lower_ in proposition_nouns:
        return not any(_content_clause(c) for c in judged.children)
    return True


def _predication(child: Token) -> bool:
    """A complement of the verb that says something of the object judged: "as a disgrace", "a liar", "for
    failing to act", "as being reckless". Not a reason, an occasion or a purpose ("for its response", "when
    compared to ...", "to hide their failure", "over the lawsuit", "together with ...")."""
    if child.dep_ in _PREDICATION_DEPS:
        return True
    if child.dep_ == "prep":
        return child.lower_ == "as" or charge(child)
    if child.dep_ in ("advcl", "xcomp"):
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        return mark is not None and mark.lower_ == "as"  # "slammed it as being a sham"
    return False


def _before(child: Token, verb: Token) -> bool:
    """A phrase before the verb set off by a comma frames the sentence ("To defend his position ..., X praised")."""
    after = child.right_edge.i + 1
    return child.i < verb.i and after < verb.i and verb.doc[after].text == ","


def _quoted(span: Span, quotes: QuoteIndex) -> bool:
    """A quotation in the object ("praised the “brave” decision"), outside a participle clause set off by a
    comma (its own statement: "..., calling it “a sham”") and a relative clause that describes the object
    ("a Democrat who defended him by mentioning the “Jewish question”": someone else's words)."""
    skip = set()
    for t in span:
        if (t.tag_ == "VBG" and comma_adjunct(t)) or (t.dep_ == "relcl" and not _content_clause(t)):
            skip.update(range(t.left_edge.i, t.right_edge.i + 1))
    return any(quotes.overlapping(t.idx, t.idx + len(t)) for t in span if t.i not in skip and not t.is_punct)


def _content_clause(child: Token) -> bool:
    """ "claims that Iran is the greatest threat": a clause that states what the noun holds, not a relative
    clause that describes it ("the report that said he didn't want to sign")."""
    if child.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    first = child.left_edge
    return first.lower_ in ("that", "whether") and not relative_pronoun(first)


def _infinitive(doc: Doc, content: Content) -> bool:
    """A content that is a bare infinitive: "to give life to more children"."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].lower_ == "to" and span[0].tag_ == "TO"
