"""Forms of "according to" a reader accepts that the parse reads wrong: pure functions.

- "That's according to a new survey from Pew.": the demonstrative points back; what the
  survey says is the sentence before, not "That's" (``content_pointed_back``).
- "New York, NY – Local newsrooms lost a quarter ..., according to analysis from Poynter":
  the dateline opening the line is the story's place, not part of what Poynter found
  (``without_dateline``, for any content that opens its line).
- "according to analysis from Poynter", "according to research by Harvard": a finding with
  its issuer named is cited, although the noun has no article; "according to plan",
  "according to tradition" stay out (``issued_finding``).
- "Muslims are obliged to live according to the Koran", "The funds were distributed according to a formula set
  by Congress": run into its clause with no comma, the phrase is the way the act is done, by a norm, a scripture
  or a standard, and cites no one; "grew 2 percent according to the Commerce Department", "fell 5 percent
  according to a new survey" still cite their source (``manner_reading``, ``run_in``).
- '“But he's not sympathetic to them. He hates them. He's trying to kill them,” Hewitt said, according to a
  transcript of the show': the phrase vouches for the quotation and its tag; what the transcript reports is the
  whole quotation, not its last sentence run on into "Hewitt said" (``quotation_of_tag``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.according_scope import according_sides, inside_clause
from sayso.nlp.extract.agency import agency_of
from sayso.nlp.extract.candidates import Content, char_range, trim_punct
from sayso.nlp.extract.datelines import dateline_dash
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.misparsed_speakers import quote_then_speaker
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_POINTERS = frozenset({"that", "this"})
_BE = frozenset({"be", "'s", "’s", "is", "was"})
_ISSUERS = frozenset({"from", "by"})


def content_pointed_back(content: Content, token: Token, doc: Doc) -> Content:
    """ "That's according to a new survey from X": the previous sentence is the content.

    Only a bare demonstrative with "is" before "according to" points back ("That's", "This
    is", "That was"); "That figure is up 5%, according to X" has its own content. The
    sentence before must be in the same paragraph: across a blank line the pointer has
    nothing a reader would join it to.
    """
    if token.lower_ != "according" or content.kind != "according_before":
        return content
    words = [t for t in doc.char_span(content.start, content.end, alignment_mode="expand") or () if not t.is_punct]
    if not (1 <= len(words) <= 2 and words[0].lower_ in _POINTERS and all(t.lower_ in _BE for t in words[1:])):
        return content
    sent = token.sent
    if sent.start == 0:
        return content
    words_before = [t for t in doc[sent.start - 1].sent if not t.is_space]
    if not any(t.is_alpha for t in words_before):
        return content
    last = words_before[-1]
    if "\n\n" in doc_text(doc)[last.idx + len(last):sent.start_char]:
        return content
    end = last.idx if last.is_punct and last.text in ".!?" else last.idx + len(last)  # the sentence's own stop is not said
    start = words_before[0].idx
    return Content("according_before", start, end)


def quotation_before_bracket(content: Content, token: Token, quotes: QuoteIndex, doc: Doc) -> Content:
    """ 'All this and rampant homosexuality in the priesthood, too... along with a "trivialized liturgy" (according
    to Pope Benedict XVI) and widespread apostasy': an "according to" in brackets right after a quotation's close,
    in words with no finite verb before it, vouches for the quotation, not for the writer's fragment around it.
    Kept: a clause before it ('The bill would create a "death panel" (according to critics)': what they say;
    'He called it a "farce" (according to his aides)': the aides vouch for the report), and an "according to" set
    off by a comma or standing free."""
    if token.lower_ != "according" or content.kind != "according_before" or content.parts or content.quote:
        return content
    text = quotes.text
    i = token.idx - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 1 or text[i] not in "([":
        return content
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    quote = quotes.containing(j)
    if quote is None or quote.end != j + 1 or not (content.start <= quote.start and quote.end <= content.end + 1):
        return content
    fragment = doc.char_span(content.start, quote.start, alignment_mode="contract")
    if fragment is None or any(t.tag_ in FINITE_OR_MODAL_TAGS for t in fragment):
        return content
    return Content("according_before", quote.start, quote.end, (), True)


def quotation_of_tag(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """ '“But he's not sympathetic to them. He hates them. He's trying to kill them,” Hewitt said, according to a
    transcript of the show': the words before "according to" are a quotation and its tag ("Hewitt said"), and the
    parse, which reads the last quoted sentence as the tag verb's clause, hands the phrase that sentence and the tag.
    The tag is the writer's, and what the transcript (a report, a recording) vouches for is the whole remark: the
    content is the quotation, marks and all. Only where the content runs over a closed quotation's close into a tag
    a reader knows as one (``quote_then_speaker``: the quotation set off by a comma, "?" or "!", a saying verb
    after it) and ends on that tag (the verb, or words of its own: "told reporters"); a content of the writer's own words ("He won, according to X") is left alone."""
    if token.lower_ != "according" or content.kind != "according_before" or content.parts or content.quote:
        return content
    quote = next((q for q in quotes.overlapping(content.start, content.end)
                  if q.closed and q.start < content.end and content.start < q.end < content.end), None)
    if quote is None:
        return content
    tag = [t for t in doc[:] if quote.end <= t.idx < content.end and not t.is_punct and not t.is_space]
    if not tag or len(tag) > 8:
        return content
    verb = next((t for t in tag if t.pos_ == "VERB"), None)  # "Hewitt said", "the senator told reporters"
    if verb is None or not quote_then_speaker(verb, (quote.start, quote.end)) \
            or any(not (verb.left_edge.i <= t.i <= verb.right_edge.i) for t in tag if t.i > verb.i):
        return content
    return Content("according_before", quote.start, quote.end, (), True)


def without_dateline(content: Content, doc: Doc) -> Content:
    """A content that opens its line with a dateline ("New York, NY – ", "LONDON (Reuters) — ") starts after it
    (``dateline_dash``)."""
    if content.quote or content.parts:
        return content
    text = doc_text(doc)
    if content.start > 0 and text[content.start - 1] != "\n":
        return content
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return content
    dash = dateline_dash(span)
    if dash is None or dash.i + 1 >= span.end:
        return content
    return content._replace(start=doc[dash.i + 1].idx)


def issued_finding(pobj: Token, documents: frozenset[str]) -> bool:
    """ "according to analysis from Poynter", "according to research by two economists": a document
    noun with the one who issued it is a source, article or not."""
    return pobj.lemma_.lower() in documents and any(
        c.dep_ == "prep" and c.lower_ in _ISSUERS and any(p.dep_ == "pobj" for p in c.children) for c in pobj.children)


def whole_clause(content: Content, token: Token, doc: Doc) -> Content:
    """ "Fundraising, according to the campaign, has surged", "Other major cleavages, according to the poll,
    include ideology": a phrase inside its clause vouches for the words on both sides of it, the phrase
    left out (two parts). A phrase that opens or closes its clause, or that follows "and"
    (``according_scope``), keeps the one side it has."""
    if token.lower_ != "according" or content.kind not in ("according_before", "according_after") \
            or content.parts or content.quote:
        return content
    if not inside_clause(token):
        return content
    before, after = according_sides(token)
    b, a = char_range(before), char_range(after)
    if b is None or a is None:
        return content
    text = doc_text(doc)
    b, a = trim_punct(text, *b), trim_punct(text, *a)
    if content.kind == "according_before":
        b = (content.start, content.end)  # the side chosen keeps the edges it was given
    else:
        a = (content.start, content.end)
        b = (without_dateline(Content("according_before", *b), doc).start, b[1])
    if not (b[0] < b[1] <= token.idx and token.idx < a[0] < a[1]):
        return content
    return Content(content.kind, b[0], a[1], parts=(b, a))


# names the parse gives a speaker: a person, a body, a place, a people
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_CLAUSE_LINKS = frozenset({"CCONJ", "SCONJ"})


def run_in(token: Token) -> bool:
    """ "live according to the Koran", "built exactly according to the drawings": "according" follows a word of
    the clause it qualifies, adverbs aside, with no comma, bracket or line break between.

    Not run in: opening its sentence, after punctuation ("..., according to police"), after "and", "but" or a
    subordinator ("And according to the police, ...", "said that according to its analysis, ...") or after
    "be" ("That's according to county records": it points back to what was said).
    """
    if token.lower_ != "according":
        return False
    doc = token.doc
    i = token.i - 1
    while i >= token.sent.start and doc[i].pos_ == "ADV" and "\n" not in doc[i].whitespace_:
        i -= 1  # "exactly according to", "strictly according to"; "Also according to the report, ..." opens a clause
    if i < token.sent.start:
        return False
    prev = doc[i]
    if not (prev.is_alpha or prev.like_num) or "\n" in prev.whitespace_:
        return False
    return prev.lemma_ != "be" and prev.pos_ not in _CLAUSE_LINKS and prev.dep_ not in ("cc", "mark")


def according_object(token: Token) -> Token | None:
    """The head noun of X in "according to X"; None where the parse gives none."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        to = token.nbor()
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def manner_reading(token: Token, lexicon: Lexicon) -> bool:
    """ "according to X" run into its clause (``run_in``) as the way something is done, not who says it.

    - X a norm (``according_norms.txt``), whoever is named inside it: "distributed according to a formula set by
      Congress", "sentenced according to the federal guidelines issued by the Sentencing Commission", "divided
      according to the wishes of the late Mr. Harrington"; a norm with its issuer ("guidelines from the American
      Cancer Society") is cited (``issued_finding``);
    - the verb one that is done in a manner (``according_verbs.txt``) and X no speaker nor finding (a study,
      a poll, a report): "Muslims are obliged to live according to the Koran and the Sunnah", "Jews lived
      according to the Torah" (the parse calls "the Torah" a person: a name with "the" is none);
    - any other verb, X neither a speaker (a pronoun, a named person, body or place anywhere in X, a role or body
      noun) nor a finding nor a document ("according to the indictment"): "love man according to the Word of God".

    A role or body noun, a finding or a document counts only where the phrase closes the clause it qualifies
    (its verb before it): hung on a verb after it, the parse has lost the clause, and the phrase stays out.

    Kept: "grew 2 percent according to the Commerce Department", "fell 5 percent according to a new survey",
    "voted for the bill according to the clerk", and every phrase set off by a comma or opening its sentence.
    """
    if not run_in(token):
        return False
    obj = according_object(token)
    if obj is None:
        return False
    lemma, lower = obj.lemma_.lower(), obj.lower_
    if (lemma in lexicon.according_norms or lower in lexicon.according_norms) \
            and not issued_finding(obj, lexicon.documents):
        return True
    # the phrase closes the clause it qualifies ("fell 5 percent according to a new survey"); hung on a verb after it
    # ("82 percent of whom view Trump unfavorably according to the poll, have ...") the parse has lost the clause
    trailing = token.head.i < token.i
    agency = agency_of(lexicon)
    if _speaker(obj) or (trailing and (lemma in agency.people | agency.agents | agency.finders
                                       or lower in agency.people | agency.agents)):
        return False
    if token.head.lemma_.lower() in lexicon.according_verbs:
        return True  # "rule according to public opinion": a document noun is a standard here
    return not (trailing and lemma in lexicon.documents) \
        and not any(t.ent_type_ in _SPEAKING_ENTITIES for t in obj.subtree)


def _speaker(obj: Token) -> bool:
    """X names who speaks: a pronoun, or a name the parse gives a person, a body or a place; a person's name takes
    no "the" ("the Torah", "the Gospel" are books)."""
    if obj.pos_ == "PRON":
        return True
    if obj.ent_type_ == "PERSON":
        return not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    return obj.ent_type_ in _SPEAKING_ENTITIES
