"""Datelines: the story's place and wire opening a line ("WASHINGTON --", "HANOI, Vietnam (AP) —"); pure functions.

A dateline is no source and no part of what a source says, but the parse reads it into both:
as a second subject of the cue ("BERLIN -- The European Space Agency says"), as the only subject
with the speaker its apposition after the dash ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark
Esper on Wednesday accused ..."), or as the start of a content that opens its line
(``according_forms.without_dateline``). A dash that sets off a description ("FBI Director James
Comey — a lifelong Republican — said") or a name ("Kall -- co-editor of ...") is no dateline.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.lexicon import Lexicon, load_lexicon
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.source_spans import DASHES

DATELINE_MAX_TOKENS = 8  # "New York, NY", "SAN FRANCISCO (Reuters)": a place and a wire, never a clause
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# news agencies whose name in parentheses after a place makes the words before it a wire dateline, whatever the
# recogniser made of the place ("Lisbon (AFP) -": its PERSON "Lisbon"); compared in lower case
WIRE_AGENCIES = frozenset({"ap", "afp", "reuters", "upi", "dpa", "ansa", "efe", "xinhua", "yonhap", "kyodo", "tass",
                           "interfax", "ria", "ani", "pti", "ians", "bernama", "anadolu", "irna", "wafa", "kcna", "ips",
                           "bloomberg", "cnn", "jta", "apa", "ptd", "sana", "mena", "aps", "aap", "ap photo", "afp photo"})
# the agencies among them whose own people speak on air and write under their name: "Van Jones (CNN) —" in a
# round-up of what the pundits said is the pundit, "Washington (CNN) —" the place
BROADCASTERS = frozenset({"cnn", "bloomberg"})


def dateline_dash(line: Span) -> Token | None:
    """The dash that ends a dateline opening ``line`` ("New York, NY – ", "LONDON (Reuters) — "), or None.

    A dateline is a short run of capitalised words, commas and a parenthesised wire before
    the first dash of the line; a dash after a clause ("Prices rose – a lot") is no dateline.
    """
    dash = _first_open_dash(line[:DATELINE_MAX_TOKENS + 1])
    colon = _dated_colon(line[:DATELINE_MAX_TOKENS + 1]) if dash is None else None
    dash = dash or colon
    if dash is None or dash.i == line.start:
        return None
    label = line[: dash.i - line.start]
    words = [t for t in label if t.is_alpha]
    if not words or not words[0].is_title and not words[0].is_upper:
        return None
    depth = 0
    for t in label:
        depth += (t.text == "(") - (t.text == ")")
        if not (t.is_punct or t.pos_ == "PROPN" or t.is_upper or depth > 0 or (colon is not None and t.like_num)):
            return None  # a common word outside the parentheses: a clause, not a place
    return dash


def _first_open_dash(span: Span) -> Token | None:
    """The first dash outside parentheses with a space on a side: "(R-S.C.)" and "GOP-led" hold none."""
    depth = 0
    for t in span:
        depth += (t.text == "(") - (t.text == ")")
        if t.text in DASHES and depth == 0 and (t.whitespace_ or (t.i > 0 and t.doc[t.i - 1].whitespace_)):
            return t
    return None


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})


def _dated_colon(span: Span) -> Token | None:
    """The colon ending a dateline with its date, "DUBAI, SEPTEMBER 23:", "LONDON, Oct. 5:" (audit 64: the parse
    read "DUBAI" as the subject of the cue and the speaker as its apposition); a month and its day just before the
    colon, after a comma. A label with no date ("TRUMP:", "Editor's note:") is a speaker's turn or a heading, no
    dateline."""
    colon = next((t for t in span if t.text == ":"), None)
    if colon is None or colon.i - span.start < 4:
        return None
    day, month, comma = colon.nbor(-1), colon.nbor(-2), colon.nbor(-3)
    if month.text == "." and colon.i - span.start >= 5:  # "Oct. 5:"
        month, comma = colon.nbor(-3), colon.nbor(-4)
    if not (day.like_num and month.lower_.rstrip(".") in _MONTHS and comma.text == ","):
        return None
    return colon


def wire_dateline(label: Span) -> bool:
    """The words before a dateline's dash name a place and a wire, not a person: "WASHINGTON", "HANOI, Vietnam
    (AP)", "LONDON (Reuters)", "SAN FRANCISCO, Calif."; not "FBI Director James Comey", "Kall".

    Outside the wire's parentheses every word is in capitals, a place the recogniser knows, or a state's
    abbreviation ("Calif."); the first is in capitals or the line has a wire; no person is named.
    """
    agency = wire_agency(label)
    if any(t.ent_type_ == "PERSON" for t in label) and (not agency or _person_on_air(label)):
        return False
    depth, words = 0, []
    for t in label:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.is_alpha:
            words.append(t)
    wire = any(t.text == "(" for t in label)
    if not words or not (wire or (words[0].is_upper and len(words[0]) > 1) or _city_and_state(label, words)):
        return False
    return all((t.is_upper and len(t) > 1) or t.ent_type_ in _PLACE_ENTITIES or _state_abbreviation(t)
               or (agency and t.is_title) for t in words)


def wire_agency(label: Span) -> bool:
    """The words before a dateline's dash end with a news agency in parentheses, "(AFP)", "(Reuters)", "(AP)"
    (``WIRE_AGENCIES``): what comes before it is the place the story was filed from, a person however the recogniser
    tagged it ("Lisbon (AFP) -" is no Lisbon speaking). Not a party and state ("(R-Ohio)"), nor anything else
    parenthesised."""
    return _closing_parenthesis(label) in WIRE_AGENCIES


def _closing_parenthesis(label: Span) -> str | None:
    """What the one pair of parentheses that closes ``label`` holds, in lower case ("afp" of "Lisbon (AFP)"); None
    where no such pair closes it ("(AFP) Lisbon", "Smith (R-Ohio) and ...")."""
    opens = [t for t in label if t.text == "("]
    closes = [t for t in label if t.text == ")"]
    if len(opens) != 1 or len(closes) != 1 or closes[0].i < opens[0].i:
        return None
    if any(t.is_alpha for t in label[closes[0].i - label.start + 1:]):
        return None  # the agency closes the label: "Lisbon (AFP)", not "(AFP) Lisbon"
    return label.doc[opens[0].i + 1:closes[0].i].text.strip().lower()


def _person_on_air(label: Span) -> bool:
    """A person named before a broadcaster in parentheses (``BROADCASTERS``): "Jake Tapper (CNN) —", "Van Jones (CNN)
    —", "Fareed Zakaria (CNN) —" in a round-up of what the anchors said are the anchors, not the story's place.

    The recogniser's PERSON of two or three words in title case before the parentheses, written as a person's name:
    a known given name first, and its last word no place's ("Alice Springs", "Port Elizabeth" end in one; "Buenos
    Aires" opens with no given name). A family name is no sign: places are named after people ("Fort Myers", "Saint
    Paul", "Port Arthur", "Ciudad Juarez" are places the recogniser tags PERSON), and a pundit whose given name the
    lists lack ("Van Jones") keeps the "he" unresolved rather than a place taking the words. A wire agency's dateline
    names a place only ("Alice Springs (AAP) -", "Lisbon (AFP) -"), as does a dateline in capitals ("WASHINGTON (CNN)
    —")."""
    if _closing_parenthesis(label) not in BROADCASTERS:
        return False
    lexicon = load_lexicon()
    return any(_person_name(e, lexicon) for e in label.ents)


def _person_name(ent: Span, lexicon: Lexicon) -> bool:
    """``ent`` reads as a person's full name: a PERSON of two or three title-case words, the first a known given name,
    the last no place's name."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ != "PERSON" or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    if words[-1].lower_ in PLACE_NAMES:
        return False  # "Alice Springs", "Port Elizabeth", "Sri Lanka"
    return words[0].lower_ in lexicon.first_names  # "Jake Tapper"; not "Fort Myers", "Saint Paul"


def _city_and_state(label: Span, words: list[Token]) -> bool:
    """ "Dallas, TX", "Austin, Texas", "Salem, Ore.": a place the recogniser knows, a comma, then its state, and
    nothing else; a dateline in title case. A single word ("Kall") or a name with no comma is no place."""
    commas = [t for t in label if t.text == ","]
    if len(commas) != 1 or len(words) < 2 or words[0].ent_type_ not in _PLACE_ENTITIES:
        return False
    return words[0].i < commas[0].i < words[-1].i and words[0].is_title


def _state_abbreviation(token: Token) -> bool:
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.is_title and len(token) <= 5 and nxt is not None and nxt.text == "."


def line_dateline(token: Token) -> tuple[int, Token] | None:
    """The start of ``token``'s line and the dash of the wire dateline that opens it, when ``token`` stands
    in that dateline; None otherwise. Looks back no further than a dateline is long (text with no line
    break stays linear)."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        if token.i - start >= DATELINE_MAX_TOKENS:
            return None  # too far from the line's start to stand in its dateline
        start -= 1
    dash = dateline_dash(doc[start:min(start + DATELINE_MAX_TOKENS + 1, len(doc))])
    if dash is None or token.i >= dash.i or not wire_dateline(doc[start:dash.i]):
        return None
    return start, dash


def speaker_after_dateline(subject: Token) -> Token | None:
    """ "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused ...": the parse made the
    dateline the subject and the speaker its apposition after the dash; the speaker is the apposition."""
    found = line_dateline(subject)
    if found is None:
        return None
    dash = found[1]
    apposed = next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), None)
    if apposed is None:  # "New York (AFP) – Actress Jane Doe, a Hart supporter, is not sure": two subjects side by side
        return next((c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > dash.i), None)
    owner = next((t for t in apposed.subtree if t.dep_ == "poss" and t.ent_type_ == "PERSON"), None)
    if owner is not None:  # "singer Ana Costa's daughter Eva Lowe is not sure": the daughter, not the singer
        return next((c for c in owner.head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), owner.head)
    return _name_after_title(apposed) or apposed


def _name_after_title(title: Token) -> Token | None:
    """ "— Oscar-winning actress Susan Sarandon, star of ...": the parse hung the title and the name after it side
    by side under the dateline; the speaker is the person the title names, the last word of the name."""
    doc = title.doc
    first = title.right_edge.i + 1
    if title.pos_ != "NOUN" or first >= len(doc) or doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return None
    last = first
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    if any(t.tag_ == "POS" or t.dep_ == "poss" for t in doc[first:min(last + 2, len(doc))]):
        return None  # "actress Susan Sarandon's daughter Eva Amurri is not sure": the name owns the speaker, is not it
    return doc[last]
