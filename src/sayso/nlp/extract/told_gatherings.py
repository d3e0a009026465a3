"""The gathering a speaker told, which the parse ran into the reported clause: a pure function of the parse.

"The minister told a briefing prices would rise", "He told a news conference oil prices would fall", "He told the
meeting the company would grow": with no "that", the parse compounds the gathering onto the clause's subject ("a
briefing prices") or reads the clause as the gathering's relative clause ("the meeting [that] the company would
grow"), so the content would open on the hearers. The gathering is whom the words went to (as "reporters" is in "told
reporters ..."); the content starts after it.

Only a cue of telling (``TELLING``) whose content opens on a gathering's noun phrase: an article or a possessive,
then nouns and adjectives only, ending on a noun for a gathering of hearers (``GATHERINGS``), with words after it;
or on a bare plural of hearers (``HEARERS``: "told reporters prices would rise"). Kept: "told reporters that prices
would rise" (the parse reads it right: the content does not open on them), "said the meeting was a success"
(no cue of telling: the meeting is what was said of), "told the meeting's chairman ..." (a possessive: the phrase
goes on past the gathering).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

TELLING = frozenset({"tell", "assure", "inform", "remind", "brief"})
GATHERINGS = frozenset(
    "conference briefing meeting rally hearing session forum summit gathering assembly convention congress "
    "audience crowd symposium seminar workshop".split()
)
# the hearers a bare plural names, which the parse compounds onto the clause's subject as it does a gathering
# ("told reporters prices would rise": "reporters prices")
HEARERS = frozenset("reporters journalists lawmakers legislators delegates".split())
# a gathering's noun compounded onto one who serves it is that person's title ("the hearing examiner", "the session
# chairman"), no gathering told
_MEMBERS = frozenset(
    "examiner examiners officer officers organizer organizers organiser organisers chairman chairwoman chair "
    "chairperson host hosts moderator moderators panel panelists participants attendees goers judge clerk "
    "secretary president director".split()
)
_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP"})
_MAX_WORDS = 5


def gathering_end(cue: Token, doc: Doc, start: int, end: int) -> int:
    """Where the content of ``cue`` starts once the gathering it opens on is cut off ("told a briefing prices would
    rise": at "prices"), else ``start``."""
    if cue.lemma_.lower() not in TELLING:
        return start
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].i <= cue.i:
        return start
    bare = span[0].tag_ == "NNS" and span[0].lower_ in HEARERS
    if span[0].tag_ not in ("DT", "PRP$") and not bare:
        return start
    for k, word in enumerate(span[:_MAX_WORDS]):
        if word.tag_ not in _PHRASE_TAGS:
            return start
        if (k > 0 and word.tag_ in ("NN", "NNS") and word.lemma_.lower() in GATHERINGS) or (k == 0 and bare):
            rest = span[k + 1:]
            if rest and rest[0].lemma_.lower() in GATHERINGS and k + 1 < _MAX_WORDS:
                continue  # "the rally crowd the election was rigged": the gathering goes on
            if rest and rest[0].lower_ in _MEMBERS:
                return start  # "the hearing examiner she was innocent", "the session chairman": a person, named
            if len(rest) < 2 or rest[0].is_punct or rest[0].tag_ in ("POS", "IN", "TO") or rest[0].dep_ == "case":
                return start  # "the meeting's chairman", "the meeting in Geneva", "the meeting." : no clause opens here
            return rest[0].idx
    return start
