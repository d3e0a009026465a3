"""Someone else's words set into the page under a signature: embedded posts and signed epigraphs.

Text extraction leaves an embedded tweet as its text followed by a signature line,
"pic.twitter.com/... — Name (@handle) Month D, YYYY" (or "— Name (@handle)"); a pull quote or an
epigraph is a quotation followed by a line "— Albert Einstein"; a review roundup credits an excerpt to its outlet
on the line after it, in brackets ("[Engadget]"). The words above the signature are
Name's (medium writing for a post), never the writer's, though no cue says so. Pure: text in, ranges out.

Where a post begins cannot be seen, so it is decided conservatively (``post_lines``): the lines just
above the signature, back to a blank line, an earlier signature, the writer's lead-in (a line ending
in a colon or an ellipsis, or one naming the poster: "Loomer tweeted ..."), and no further than a
tweet's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.resource_files import read_words

# "pic.twitter.com/x — Name (@handle) October 4, 2017"; the name may run to the next line before its
# handle when an emoji was lost ("— ???Steff???\n(@Steffs_tweets)")
_POST_SIGNATURE = re.compile(
    r"(?P<link>(?:pic\.twitter\.com/\S+|https?://t\.co/\S+)\s*)?"
    r"(?:^|(?<=\s))[-–—]\s*(?P<name>[^\n()@—–]{1,60}?(?:\n[^\n()@—–]{1,60}?)?)[ \t?]*\n?[ \t]*\(@\w{1,15}\)"
    r"(?:[ \t]*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}))?[ \t]*$",
    re.MULTILINE,
)
# an Instagram embed's caption line: "A post shared by Name (@handle) on Oct 3, 2018 at 10:04am PDT"
# (or "A post shared by @handle on ..."); the caption is above it, under "View this post on Instagram"
_INSTAGRAM_SIGNATURE = re.compile(
    r"^[ \t]*A post shared by[ \t]+(?:(?P<name>[^\n()@]{1,60}?)[ \t]*\(@[\w.]{1,30}\)|(?P<handle>@[\w.]{1,30}))"
    r"(?:[ \t]+on[ \t]+(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})[^\n]*)?[ \t]*$",
    re.MULTILINE,
)
INSTAGRAM_MAX_CHARS = 2200  # an Instagram caption's length
_INSTAGRAM_HEADER = re.compile(r"^\s*View this (?:post|photo|video|profile) on Instagram\s*$", re.IGNORECASE)
# a link, a run of hashtags or a thread's counter closing the post's text: not its words ("... gun.\n#KatesLaw
# #JoseZarate", "#gapol (1 of 3)"); a counter only in brackets, as a bare "1/3" may be a fraction of the words
_TRAILING_TAGS = re.compile(
    r"(?:\s*(?:#\w+|pic\.twitter\.com/\S+|https?://\S+|[(\[]\d{1,2}[ \t]*(?:/|of)[ \t]*\d{1,2}[)\]]))+\s*$")
# a text of nothing but @mentions: "@LauraAJarrett", "@NYTimes, @WSJ."
_MENTIONS_ONLY = re.compile(r"\s*(?:@\w+[\s,.;:!?]*)+")
# a rule between the writer's prose and a post ("* * *", "---", "•••"): the post begins below it
_SEPARATOR = re.compile(r"[\s*\-_=~•·—–]{3,}")
# an epigraph's signature: a line of a dash (a hyphen, en or em dash, a horizontal bar or "--") and a name
# ("— Albert Einstein", "– JFK"), perhaps followed by what tells the signer apart: an age, a place, a title
# ("― Maria Lopez, 34, Phoenix", "— James Carter, retired teacher, Tucson", "— Ana Ruiz (29, Miami)"); a clause after the comma
# ("— Trump, who ...") or a tail that ends a sentence ("— Clinton, asked about it, laughed.") is prose
_SIGNATURE_TAIL = (r"(?:,[ \t]*(?:\d{1,3}|(?!(?:who|whose|which|that|and|but|or|said|says|when|because|after|while|as|if)\b)"
                   r"[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}|[A-Z][\w'’-]*\.)){1,4}")
# a dash and a name alone on its line; a review site masks its reviewers' names ("– Man**", "– Jo** Al****")
_EPIGRAPH_SIGNATURE = re.compile(
    r"^[ \t]*(?:--|[-–—―])[ \t]*(?P<name>[A-Z][\w.'’*-]*(?:[ \t]+(?:[A-Z][\w.'’*-]*|of|de|la|del|da|du|van|von|der|bin|al)){0,4}?)"
    rf"(?P<tail>{_SIGNATURE_TAIL}|[ \t]+\((?:\d{{1,3}}|[A-Z])[^()\n]{{0,60}}\))?[ \t]*$", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*[\"“][^\n]*[\"”][.!?]?[ \t]*$")
POST_MAX_CHARS = 280  # a tweet's length: a post is never longer, so no line above that belongs to it
SHORT_POST_CHARS = 140  # the length before Twitter doubled it on 7 November 2017
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_LEAD_IN_END = ("…", "...", ":")
_CUED_QUOTE = re.compile(r"[”\"],?\s+(?:\w+\s+){0,3}(?:wrote|writes|said|says|tweeted|posted|added)\b")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")


class SignedText(NamedTuple):
    """Words set into the page under a signature: ``parts`` the lines of the content, ``name`` the signer."""

    content: Range
    parts: tuple[Range, ...]
    name: Range
    post: bool  # an embedded post (medium writing), else an epigraph or pull quote


# what follows a post's signer on its signature line: the handle ("— PFF CLE Browns (@PFF_Browns) ...")
_HANDLE_AFTER = re.compile(r"[ \t?]*\n?[ \t]*\(@\w{1,15}\)")
_DASH_BEFORE = re.compile(r"(?:^|\s)[-–—][ \t?]*$")


def signs_post(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the signer's name on an embedded post's signature line: a dash before it, the
    handle in brackets after it ("— PFF CLE Browns (@PFF_Browns) November 13, 2019")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_HANDLE_AFTER.match(text, end)) and bool(_DASH_BEFORE.search(text[line_start:start]))


_LINK = re.compile(r"(?:pic\.twitter\.com/|https?://)\S+")


def signature_only(content: str) -> bool:
    """Whether ``content`` is nothing but an embedded post's links and signature ("https://t.co/G0V1HlyAlz
    pic.twitter.com/YDWifuIDWv — James O'Keefe (@JamesOKeefeIII) November 1, 2018"): a cue before it ("FULL:") has
    no words to report; the post's words, when the page kept them, are above the signature. Kept: a signature after
    words ("We will win. — Jane Doe (@jdoe) May 1, 2018": the post's words are there)."""
    m = _POST_SIGNATURE.search(content)
    if m is None:
        return False
    # "#gapol (1 of 3) — Brian Kemp (@BrianKempGA)": tags and a counter before the signature, no words
    rest = _LINK.sub(" ", _without_trailing_tags(content[:m.start()]) + content[m.end():])
    return not any(ch.isalpha() for ch in rest)


def _without_trailing_tags(text: str) -> str:
    """``text`` without the links, hashtags and thread counter that close it (``_TRAILING_TAGS``)."""
    tags = _TRAILING_TAGS.search(text)
    return text[:tags.start()] if tags is not None else text


def mentions_only(text: str) -> bool:
    """Whether ``text`` is nothing but @mentions: whom a post was written to, never words said ("a DOJ official tells
    @LauraAJarrett"). A hashtag alone may be the message ("she wrote #TimesUp"), so it does not count."""
    return bool(_MENTIONS_ONLY.fullmatch(text))


def before_post_signature(text: str, start: int, end: int) -> int:
    """Where a content ``text[start:end]`` ends that runs on into an embedded post's signature: before the
    signature's link and dash ("... a passer rating of just 22.4\n*min. 25 snaps pic.twitter.com/PQqbN51wBW\n— PFF
    CLE Browns (@PFF_Browns) November 15, 2019": the content ends at "25 snaps"), with the links and hashtags that
    close the post's words; ``end`` where no signature is inside it (blind audit h33: run_on).

    A colon's block ("Take a look at what PFF said about his performance:\n") takes the lines under it, and where
    the page sets the post's lines and its signature one under the other, nothing but the signature tells where the
    post ends: the name, handle and date are the page's credit line, not words of the post, and what follows is
    the writer's again. A content that is nothing but a signature is left alone (``signature_only`` says it
    reports nothing)."""
    for m in _POST_SIGNATURE.finditer(text, start, end):
        cut = m.start("link") if m.group("link") else m.start()
        words = _without_trailing_tags(text[start:cut]).rstrip()
        if any(ch.isalpha() for ch in words):
            return start + len(words)
    return end


def embedded_posts(text: str) -> list[SignedText]:
    """The embedded posts of ``text``: each signature line and the post's lines above it."""
    out: list[SignedText] = []
    floor = 0  # the end of the last signature: no post reaches above it
    for m in _POST_SIGNATURE.finditer(text):
        name = _clean_name(text, m.start("name"), m.end("name"))
        sig_start = m.start("link") if m.group("link") else m.start()
        parts = post_lines(text, sig_start, floor, text[name[0]:name[1]], post_limit(m.group("date")))
        floor = m.end()
        if parts and name[1] > name[0]:
            out.append(SignedText((parts[0][0], parts[-1][1]), tuple(parts), name, post=True))
    return out


def instagram_posts(text: str) -> list[SignedText]:
    """The captions of embedded Instagram posts: each "A post shared by Name (@handle) on Date" line and the
    caption's lines above it (``post_lines``: back to "View this post on Instagram", a blank line or the
    writer's lead-in; where its start cannot be seen, its last line and the lines that carry a post's marks)."""
    out: list[SignedText] = []
    floor = 0
    for m in _INSTAGRAM_SIGNATURE.finditer(text):
        group = "name" if m.group("name") else "handle"
        name = _clean_name(text, m.start(group), m.end(group))
        parts = post_lines(text, m.start(), floor, text[name[0]:name[1]], INSTAGRAM_MAX_CHARS)
        floor = m.end()
        if parts and name[1] > name[0]:
            out.append(SignedText((parts[0][0], parts[-1][1]), tuple(parts), name, post=True))
    return out


def post_limit(date: str | None) -> int:
    """The most characters a tweet of ``date`` ("October 4, 2017") could hold: 140 before 7 November 2017."""
    m = re.match(r"([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})", date or "")
    if m is None or m.group(1) not in _MONTHS:
        return POST_MAX_CHARS
    when = (int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
    return SHORT_POST_CHARS if when < (2017, 11, 7) else POST_MAX_CHARS


def post_lines(text: str, sig_start: int, floor: int, name: str, limit: int = POST_MAX_CHARS) -> list[Range]:
    """The lines of a post whose signature starts at ``sig_start``, first to last, trimmed of links and hashtags.

    The signature line's own words before the link come first ("They're on the airport property” pic..."),
    then the lines above, up to where the post visibly begins: an earlier signature (``floor``) or the
    writer's lead-in (``lead_in``), within ``limit`` characters. Where no such line is reached (a blank
    line, page furniture, the text's start, or more than a post could hold), the start cannot be seen: the
    post is its last line and the lines just above it that carry a post's marks (@mentions, #hashtags) or
    open the quotation its lines close."""
    line_start = text.rfind("\n", floor, sig_start) + 1 if sig_start > floor else sig_start
    line_start = max(line_start, floor)
    parts: list[Range] = []
    own = _trimmed(text, line_start, sig_start)
    if own is not None and _furniture(text[own[0]:own[1]]):
        if text[own[0]:own[1]].endswith(":"):
            return []  # "FULL: https://t.co/…": the post's text did not come through
        own = None  # "@10News pic.twitter.com/…": a mention closing the post's lines above
    if own is not None:
        parts.append(own)
    total = own[1] - own[0] if own else -1  # each line after the first brings its line break
    end = line_start - 1  # the newline before the signature's line
    seen = floor > 0 and end <= floor  # right under an earlier signature
    while end > floor:
        start = max(text.rfind("\n", floor, end) + 1, floor)
        line = _trimmed(text, start, end)
        if line is None and text[start:end].strip() and not _SEPARATOR.fullmatch(text[start:end].strip()):
            end = start - 1  # a line of hashtags, links or emoji alone ("#blessed", "❤️❤️"): the post's, not its words
            continue
        if line is not None and lead_in(text[line[0]:line[1]], name):
            seen = True
            break
        if line is None or _furniture(text[line[0]:line[1]]) or total + 1 + (line[1] - line[0]) > limit:
            if not parts and line is not None and _furniture(text[line[0]:line[1]]):
                return []  # furniture right above the signature: the post's text did not come through
            break
        parts.insert(0, line)
        total += 1 + line[1] - line[0]
        end = start - 1
        seen = floor > 0 and end <= floor
    if seen or len(parts) <= 1:
        return parts
    kept = [parts[-1]]
    for line in reversed(parts[:-1]):
        kept_text = text[kept[0][0]:kept[-1][1]]
        closes_above = kept_text.count("”") > kept_text.count("“")  # a quotation opened on a line above
        if not (_POST_MARK.search(text[line[0]:line[1]]) or closes_above):
            break
        kept.insert(0, line)
    return kept


_POST_MARK = re.compile(r"(?<!\w)[@#]\w")


# a sign-up box's small print, left where an embed's text failed to load
_SITE_FURNITURE = re.compile(r"privacy policy|terms of (?:use|service)|for validation purposes|opt out at any ?time",
                             re.IGNORECASE)


# the same small print said as a sign-up box says it, for a line above a signature: a post or a quoted reader may well
# name a privacy policy or terms of service ("Facebook’s new privacy policy is a disgrace ..." — Ed Markey)
_SIGN_UP_PRINT = re.compile(r"\b(?:you (?:also )?agree to|by (?:subscribing|signing up|clicking)\b).*"
                            r"(?:privacy policy|terms of (?:use|service))|for validation purposes|opt out at any ?time",
                            re.IGNORECASE)


def _furniture(line: str) -> bool:
    """A line of page furniture: a label ("Email *") or a sign-up box's small print ("You also agree to this
    site's Privacy Policy and Terms of Use.")."""
    return (len(line.split()) <= 2 and not line.rstrip().endswith((".", "!", "?"))) or bool(_SITE_FURNITURE.search(line))


def lead_in(line: str, name: str) -> bool:
    """The writer's line introducing a post, not the post: it ends in a colon or an ellipsis ("Social media
    erupted ...…", "He tweeted:"), names the poster ("The picture proves it, Loomer Tweeted.") or credits an
    excerpt."""
    if line.rstrip().endswith(_LEAD_IN_END) or _EPIGRAPH_SIGNATURE.match(line) or _CUED_QUOTE.search(line) \
            or _INSTAGRAM_HEADER.match(line):
        return True  # a lead-in, an excerpt's credit line ("–Daily Mail"), a quotation the writer cites ('…!” he wrote')
    words = {w for w in _NAME_WORD.findall(name)}
    return any(re.search(rf"\b{re.escape(w)}\b", line) for w in words)


def signed_epigraphs(text: str) -> list[SignedText]:
    """Lines signed on the next line by a dash and a name alone: a quotation ('“Ask not ...”\\n— JFK', an
    epigraph or a pull quote) or an excerpt's last line ('... remains a mystery.\\n–Newsweek').

    Only the line above the signature is taken: an excerpt's first line cannot be seen. Not a signature:
    a reporter's byline ('— Tracy Wilkinson\\nLos Angeles Times': a line of capitalised words without a
    stop follows), a list of dashed names, a line above that is no sentence or the quotation's own
    continuation ('“..,” Pompeo said.\\n“They gave me their word.”')."""
    out: list[SignedText] = []
    for m in _EPIGRAPH_SIGNATURE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] != "\n" or _byline_or_list(text, m.end()):
            continue
        start, end = _line_above(text, m.start())
        above = text[start:end]
        quoted = bool(_QUOTED_LINE.match(above))
        if m.group("tail") and not quoted and _closes_unopened(above):
            # '“I moved here in 1990.\nNow I can’t afford the rent.”\n― Ana Ruiz, 61, Austin': the whole quotation,
            # or nothing where its start cannot be seen (its last paragraph alone is not what the voice said)
            opening = _quotation_start(text, start, end)
            if opening is None:
                continue
            start, above, quoted = opening, text[opening:end], True
        if _EPIGRAPH_SIGNATURE.match(above) or len(above.split()) < 4 or not above.rstrip().endswith(_SENTENCE_END):
            continue
        if _SIGN_UP_PRINT.search(above):
            continue  # a sign-up box's small print above a signature whose post did not load: nobody's words
        voiced = m.group("tail") or end < m.start() - 1 or text[m.start():m.start("name")].strip() not in _DASHES
        if voiced and not (quoted or _FIRST_PERSON.search(_QUOTATION.sub("", above))):
            continue  # '...they followed different paths.\n\n-- Scott Clement.': a reporter's byline, no voice heard
        before = text[slice(*_line_above(text, start))] if start > 0 else ""
        if quoted and any(mark in before for mark in "\"“”"):
            continue  # a quotation's next line: the speaker's, continued
        line = _trimmed(text, start, end)
        if line is not None:
            # a signer told apart by age or place is a person heard, not an excerpt's credit ("–Newsweek")
            out.append(SignedText(line, (), _signer(text, m.start("name"), m.end("name")),
                                  post=not quoted and not m.group("tail")))
    return out


# a review roundup's credit: an excerpt, then its outlet alone in brackets on the next line ("... Stadia delivers.\n
# [Engadget]"); not a transcript's or a page's bracketed note ("[Applause]", "[Video]", "[Updated]")
_BRACKET_CREDIT = re.compile(r"^[ \t]*\[(?P<name>[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,3})\][ \t]*$", re.MULTILINE)
_BRACKET_NOTES = read_words("bracket_notes.txt")


def bracketed_credits(text: str) -> list[SignedText]:
    """Excerpts credited on the next line to their outlet in brackets, as a review roundup sets them: "Google says the
    controller will work wirelessly.\n[CNBC]". Only the line above is taken (an excerpt's first line cannot be seen),
    and only a sentence of a few words; the excerpt is the outlet's writing."""
    out: list[SignedText] = []
    for m in _BRACKET_CREDIT.finditer(text):
        if m.start() == 0 or any(w.lower().strip(".'’") in _BRACKET_NOTES for w in m.group("name").split()):
            continue
        start, end = _line_above(text, m.start())
        above = text[start:end].strip()
        if len(above.split()) < 4 or not above.endswith(_SENTENCE_END) or _BRACKET_CREDIT.match(above) \
                or _SIGN_UP_PRINT.search(above):
            continue
        line = _trimmed(text, start, end)
        if line is not None:
            out.append(SignedText(line, (), (m.start("name"), m.end("name")), post=True))
    return out


_SENTENCE_END = (".", "!", "?", "”", '"', ".)")
# the dashes of an excerpt's credit ("–Newsweek"); a signature in another form ("-- Name", a blank line above it,
# "― Name, 34, Phoenix") signs a voice, so what it signs must be one: a quotation or a first person's words
_DASHES = ("-", "–", "—")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b")
_QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")  # a quotation's "my" is another's, not the signer's


MAX_VOICE_LINES = 5  # the paragraphs one voice's quotation may run over


_ABBREVIATED = re.compile(r"(?:\b[A-Z]|Jr|Sr|St|Inc|Co|Corp|Ltd)\.$")


def _signer(text: str, start: int, end: int) -> Range:
    """The signer's name without the stop a signature may end with ("-- Bernie Sanders." -> "Bernie Sanders"); an
    initial's or an abbreviation's stop stays ("— Martin Luther King Jr.")."""
    if text[end - 1] == "." and not _ABBREVIATED.search(text[start:end]):
        end -= 1
    return start, end


def _closes_unopened(line: str) -> bool:
    """The line ends a quotation it did not open: 'Now I can’t afford the rent.”'."""
    line = line.rstrip()
    return line.endswith(("”", '"')) and (line.count("”") > line.count("“") or line.count('"') % 2 == 1)


def _quotation_start(text: str, start: int, end: int) -> int | None:
    """Where the quotation that the line ``start:end`` closes without opening (``_closes_unopened``) opens: the start of the line a
    few paragraphs up that opens it and closes nothing; None where the line closes no such quotation or no
    line within ``MAX_VOICE_LINES`` opens it (a line with a mark of its own in between, a signature, the text's
    start)."""
    for _ in range(MAX_VOICE_LINES - 1):
        if start == 0:
            return None
        start, end = _line_above(text, start)
        line = text[start:end].strip()
        if _EPIGRAPH_SIGNATURE.match(line) or not line:
            return None
        if line.startswith(("“", '"')) and line.count("”") == 0 and line.count('"') <= 1:
            return start + text[start:end].index(line[0])
        if any(mark in line for mark in "\"“”"):
            return None
    return None


def _line_above(text: str, line_start: int) -> Range:
    """The line above the one starting at ``line_start``; over one blank line (paragraphs set apart by one)."""
    end = line_start - 1
    start = text.rfind("\n", 0, end) + 1
    if start > 0 and not text[start:end].strip():
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
    return start, end


# a post signature's handle opening the next line; a whole post signed at its end ("... — WHO (@WHOAFRO) May 12, 2018")
# is the next excerpt, not the dashed name's
_HANDLE_LINE = re.compile(r"\(@\w{1,15}\)")


def _byline_or_list(text: str, sig_end: int) -> bool:
    """The line after a dashed name makes it a byline (an outlet's name: capitalised words, no stop) or a list item."""
    nxt_end = text.find("\n", sig_end + 1)
    nxt = text[sig_end + 1:nxt_end if nxt_end >= 0 else len(text)].strip()
    if not nxt:
        return False
    if _EPIGRAPH_SIGNATURE.match(nxt) or _HANDLE_LINE.match(nxt):
        return True  # a list of names, or a post's signature broken over two lines ("— ???Steff???\n(@Steffs_tweets)")
    return len(nxt.split()) <= 4 and not nxt.endswith((".", "!", "?"))  # "Los Angeles Times", "dpa", "———"


def _trimmed(text: str, start: int, end: int) -> Range | None:
    """The line ``start:end`` without surrounding space and trailing hashtags or links; None when no word is left."""
    segment = _without_trailing_tags(text[start:end])
    lead = len(segment) - len(segment.lstrip())
    body = segment.strip()
    if not any(c.isalnum() for c in body) and body not in ("?", "!"):
        return None
    return start + lead, start + lead + len(body)


def _clean_name(text: str, start: int, end: int) -> Range:
    """The signer's name without what lost emoji left around it ("???Steff???" -> "Steff")."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    return start, end


# a call to watch, hear or read something: an outlet's promotion of its own programme or story, no statement
# ("Watch the full interview tonight at 9 p.m. ET on CNN", "Tune in: ...", "Don't miss ...", "Read more here")
_PROMOTION = re.compile(r"(?:watch|tune in|listen|subscribe|stream|catch|read|don[’']t miss|do not miss|sign up|"
                        r"download|click|check out)\b", re.IGNORECASE)
# a label that opens a post ("WATCH:", "LIVE:"): what follows it says whether the post states anything
_POST_LABEL = re.compile(r"^[A-Z ]{2,20}:\s*")
_POST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[a-z]\.)+[a-z]?|\b[A-Z])\.$")


def promotion(post: str) -> bool:
    """Whether a post only calls on the reader to watch, hear or read something: "Watch the full interview with Sen.
    Chris Murphy tonight at 9 p.m. ET on CNN", "Tune in now. Don't miss it!". An outlet promoting itself on its own
    page speaks in its own voice; a reader takes no statement from it. Kept: a post that states something after
    its label ("WATCH: Sen. Murphy says the bill is a disgrace") or besides the call ("The Senate passed the bill.
    Watch live"), and one that opens with something else ("Reading the report, I see no crime")."""
    sentences: list[str] = []
    for piece in _POST_SENTENCE.split(post.strip()):
        if sentences and _ABBREVIATION_END.search(sentences[-1]):
            sentences[-1] += " " + piece  # "Sen. Chris Murphy", "9 p.m. ET": no sentence ends there
        elif piece.strip():
            sentences.append(piece.strip())
    if not sentences:
        return False
    return all(_PROMOTION.match(_POST_LABEL.sub("", s).lstrip("\"“‘'(")) for s in sentences)


POST_SCORE = 0.9  # the signature is unmistakable: scored as a confident cue


_WORD = re.compile(r"\w+")
REPEAT_REACH = 1500  # characters either side: an embed sits beside the sentence that quotes it
REPEAT_MIN_WORDS = 5  # fewer words repeat by chance
REPEAT_SHARE = 0.6  # a quotation of most of a post is the post


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def repeats_nearby(text: str, signed: Range, contents: Sequence[Range]) -> bool:
    """Whether another content near a signed text says the same words ('“Rape is rape,” he tweeted.' and
    the embedded tweet under it): within ``REPEAT_REACH`` characters, a content holding the signed text's
    words whole, or one of 5 words or more whose words run whole inside them and make most of them."""
    post = " ".join(_words(text[signed[0]:signed[1]]))
    for start, end in contents:
        if end <= signed[0] - REPEAT_REACH or start >= signed[1] + REPEAT_REACH or (start, end) == signed:
            continue
        if start < signed[1] and signed[0] < end:
            continue  # overlapping contents are the caller's business (a lead-in takes the post)
        words = _words(text[start:end])
        if len(words) < REPEAT_MIN_WORDS and len(post.split()) >= REPEAT_MIN_WORDS:
            continue
        other = " ".join(words)
        if not other:
            continue
        if f" {post} " in f" {other} ":
            return True
        # the writer quoted most of the post ('“…,” he tweeted'); a phrase of it quoted inside the writer's own
        # sentence ('says they are “normalizing …”') leaves the post its own statement
        if f" {other} " in f" {post} " and len(words) >= REPEAT_SHARE * len(post.split()):
            return True
    return False


def signed_attributions(doc: Doc, found: Sequence[Found]) -> list[Found]:
    """``found`` with the signed texts of ``doc`` attributed to their signers.

    A signed text no attribution reaches becomes one: direct, no cue, the signer's name for source
    (writing for a post, unknown for an epigraph). One whose first line is already some cue's content
    ('Loomer tweeted:' then the post) gives that attribution the whole post; one inside a content
    already is left to it, and so is a signed line that quotes someone with a cue of its own ('“They
    gave me their word,” Pompeo said.\\n— Tracy Wilkinson' at an article's end: a byline)."""
    text = doc_text(doc)
    out = list(found)
    for signed in [*embedded_posts(text), *instagram_posts(text), *signed_epigraphs(text), *bracketed_credits(text)]:
        start, end = signed.content
        if signed.post and promotion(text[start:end]):
            continue
        if any(f.content[0] <= start and end <= f.content[1] for f in out):
            continue
        if repeats_nearby(text, signed.content, [f.content for f in out]):
            continue  # the writer quoted the post with its cue, and the page embeds it too: one statement
        if not signed.parts and any(start <= f.cue[0] < end and f.kind != "indirect" for f in out):
            continue  # a line quoting someone with its cue ('“…,” Pompeo said.'): the dashed name is a byline
        first_end = signed.parts[0][1] if signed.parts else end
        lead = [k for k, f in enumerate(out) if f.cue[1] <= start and start <= f.content[0] < first_end
                and f.content[1] <= end]
        if lead:
            k = lead[-1]
            out[k] = out[k]._replace(content=(min(start, out[k].content[0]), end), parts=signed.parts,
                                     kind="direct" if signed.post else out[k].kind,
                                     medium="writing" if signed.post else out[k].medium)
            continue
        name = doc.char_span(*signed.name, alignment_mode="expand")
        if name is None or not len(name):
            continue
        out.append(Found(kind="direct", content=signed.content, cue=(signed.name[0], signed.name[0]),
                         source=(name.start_char, name.end_char), source_head=name[-1].i, addressee=None,
                         addressee_head=None, score=POST_SCORE, cue_head=name[-1].i, parts=signed.parts,
                         medium="writing" if signed.post else "unknown"))
    return out
