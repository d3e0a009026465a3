"""What an "as X claim" closing a sentence contests: the charge in a modifier, not the writer's clause around it.

"Trump can be assassinated or overthrown in a political coup for selling out America to Russia, as members of both
political parties claim" (PTC, a blind reader's W): the parties claim that Trump sells out America to Russia, not
that he can be assassinated. The parse hangs the "as" clause on the main verb, so ``candidates`` gives the parties
the whole clause. A verb of contested claim (claim, allege, contend, charge) in an "as" clause right after a
gerund or participle phrase that closes the clause it follows ("for selling out America", "by those selling out
America") scopes over that phrase only: ``claimed_modifier`` gives it.

The "for"/"of" path only where the clause around the phrase is the writer's own, under a modal ("can be overthrown
for selling out America", "could face fines for misleading investors"), or where the "as" verb accuses ("was fined for
misleading investors, as regulators allege": the misconduct is the allegation): "The senator was punished for
criticizing the leadership, as his allies maintain" contests the punishment, so the allies get the whole clause
(rev61w H126; J017 and J020, "allege", judged better with the phrase alone).

Kept: a verb of plain saying or reporting ("The economy is growing, as the minister said", "was fired for leaking
documents, as his bosses said": the whole clause), an "as" clause after a clause with no such phrase at its end
("The economy is growing, as the minister claimed"), and an "as" clause that opens the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose "as" clause contests a charge rather than reports a clause
_CONTESTED = frozenset({"claim", "allege", "contend", "charge", "insist", "maintain"})
_GERUND_TAGS = frozenset({"VBG", "VBN"})
# verbs of accusation: their "as" clause charges the misconduct in the "for" phrase whatever the clause around it
_ACCUSING = frozenset({"allege", "charge"})


def claimed_modifier(token: Token) -> Token | None:
    """The verb of the gerund or participle phrase the "as" clause of ``token`` scopes over ("for selling out America
    to Russia, as members of both parties claim": "selling"); None where the clause scopes as the parse says."""
    if token.dep_ != "advcl" or token.lemma_.lower() not in _CONTESTED:
        return None
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    doc = token.doc
    if mark is None or mark.lower_ != "as" or mark.i < 2 or doc[mark.i - 1].text != ",":
        return None
    head = token.head
    if head.i > token.i:
        return None  # "As critics claim, ...": an opening clause frames what follows
    last = doc[mark.i - 2]
    t = last
    while t != head and t.head != t:
        # a participle on a pronoun ("by those selling out America") or after "for"/"of" under a modal is the charge;
        # one on a noun ("the election held in 2016", "a man carrying a knife") describes it, and "was punished for
        # criticizing the leadership" is the contested act itself: the claim is the whole clause
        if t.tag_ in _GERUND_TAGS and ((t.dep_ == "acl" and t.head.pos_ == "PRON")
                                       or (t.dep_ == "pcomp" and t.head.lower_ in ("for", "of") and (token.lemma_.lower() in _ACCUSING or _under_modal(t, head)))):
            return t if t.right_edge.i == last.i else None
        t = t.head
    return None


def _under_modal(word: Token, head: Token) -> bool:
    """A verb from ``word`` up to ``head`` (conjuncts' first verb with it: "can be assassinated or overthrown") has a
    modal ("can", "could", "should"): the clause is a possibility the writer states, not the claimed act."""
    verbs = [head, *([head.head] if head.dep_ == "conj" else [])]
    t = word.head
    while t != head and t.head != t:
        if t.pos_ in ("VERB", "AUX"):
            verbs.append(t)
            if t.dep_ == "conj":
                verbs.append(t.head)
        t = t.head
    return any(c.tag_ == "MD" for v in verbs for c in v.children)
