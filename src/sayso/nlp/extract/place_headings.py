"""A place's name opening a roundup's item before a colon: a heading, no speaker. A pure predicate on the parse.

Election and news roundups open each item on its place: "Kentucky: Republican Ernie Fletcher, a three-term House
member, is battling Democratic state Attorney General Ben Chandler." The colon sets off a heading, and the words
after it are the writer's report on that place, not what Kentucky said. A transcript's or a digest's speaker label
is a name too ("PENCE: Well, ...", "Iran: “We will respond”"); what tells them apart is the words after the colon:
speech carries a quotation mark or speaks in the first or second person ("we", "I", "you"), a roundup's item does
neither.

A country's name before a colon is a speaker too where the words after it judge or demand of another place
("Pakistan: India is responsible for the attack", "Russia: Ukraine must withdraw its troops", a wire headline's
label for a government's claim): their subject is another place's name and their verb a copula with its
complement or a modal (``claim_on_another_place``). A roundup's report on a place keeps its heading ("Kentucky:
Republican Ernie Fletcher ... is battling ...", "Iraq: Insurgents killed 12 soldiers", "France: Germany beat Italy
2-1": a person's name, or an event told in the past).

Only a label that is wholly one place name (NER's GPE or LOC); a person's or a body's name before a colon stays a
speaker label whatever follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.corpus.identity import us_states

_PLACES = frozenset({"GPE", "LOC"})
_SPEAKING = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def place_heading(label: list[Token], colon: Token) -> bool:
    """``label`` (the words before ``colon`` on its line) is one place's name and the rest of the colon's line is
    the writer's prose: no quotation mark, no first or second person."""
    if not label or any(t.ent_type_ not in _PLACES for t in label) or any(t.ent_iob_ == "B" for t in label[1:]):
        return False
    doc = colon.doc
    rest = []
    for t in doc[colon.i + 1:]:
        if "\n" in t.text:
            break
        rest.append(t)
        if "\n" in t.whitespace_:
            break
    if len(rest) < 4:
        return False  # "Kentucky: yes": too short to tell
    if claim_on_another_place(label, rest):
        return False
    return not any(t.lower_ in _SPEAKING or t.text in _QUOTES for t in rest)


def claim_on_another_place(label: list[Token], rest: list[Token]) -> bool:
    """``rest``, the words after a place's label and its colon, open on another place's name as the subject of a
    judgement or a demand: a copula with its complement ("India is responsible for the attack") or a modal ("Ukraine
    must withdraw", "The United States should stop interfering"). The label is then the government that claims it."""
    start = 1 if rest[0].lower_ == "the" else 0
    subject = rest[start]
    while subject.dep_ == "compound" and subject.head.i > subject.i and subject.head in rest:
        subject = subject.head
    name = [t for t in rest[start:] if t.i <= subject.i]
    if subject.dep_ != "nsubj" or any(t.ent_type_ not in _PLACES for t in name):
        return False
    if subject.lower_ in {t.lower_ for t in label}:
        return False  # "Texas: Texas is ...": the same place
    verb = subject.head
    if verb not in rest:
        return False
    if " ".join(t.lower_ for t in label) in us_states() or any(t.lemma_.lower() in _SAID for t in rest):
        return False  # "Florida: Miami-Dade County must evacuate": a state's roundup; ", Zelensky says": a speaker
    modal = any(c.dep_ == "aux" and c.lower_ in _DEMANDS for c in verb.children)
    copula = verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "acomp" and c.lower_ in _BLAME for c in verb.children)
    return modal or copula


# a demand ("must withdraw"), not a forecast ("Tokyo will host", "Tampa could see")
_DEMANDS = frozenset({"must", "should", "ought", "need"})
# a judgement on the place ("India is responsible"), not its description ("Baghdad is calm", "Rome is the capital")
_BLAME = frozenset({"responsible", "guilty", "culpable", "accountable", "liable", "complicit", "illegal",
                    "illegitimate", "unacceptable", "wrong"})
_SAID = frozenset({"say", "tell", "claim", "add", "insist", "warn", "announce", "declare"})
