"""Lines of a page's furniture, in which no name is anyone a later "he" or "they" stands for. Pure.

Small sites' pages run their own lines between a speaker's sentence and the "He added" after it: a book's
promotion ("Preorder The History of Jihad From Muhammad to ISIS here."), a credit under a quotation ("–Watts Up
With That?", "— via Breitbart", "h/t Gateway Pundit"), a widget ("Privacy Policy and Terms of Use", "Trending:
Donald Trump Jr. Slams Media"). A reader skips them; the name in them is no speaker on the scene.

``furniture_at`` reads the line a name stands on with the tests ``filters`` already makes of a cue's line (a
label and a colon, a reprint's credit, a labelled link title) and the few kinds of line only a page's frame
writes (``sign_off``, ``promotion``, ``widget``).
"""

from __future__ import annotations

import re

from sayso.nlp.extract.furniture_lines import (
    SENTENCE_END,
    credit_text,
    furniture_line,
    labelled_title,
    line_at,
    link_labelled,
)
from sayso.nlp.extract.resource_files import read_words

# a line that opens with a dash and names its source: "–Watts Up With That?", "— Anthony Watts", "-- via Breitbart"
_DASH = re.compile(r"[ \t\xa0]*(?:[–—―]|--?)[ \t\xa0]*(?=\S)")
# words a credit's name may hold in lower case: "Watts Up With That", "Friends of Science", "via Breitbart"
_NAME_JOINERS = read_words("name_joiners.txt")
_SIGN_OFF_WORDS = 10
# a hat tip: "h/t Gateway Pundit", "H/T: Jim Hoft", "Hat tip to The Blaze", "HT @instapundit"
_HAT_TIP = re.compile(r"[ \t\xa0]*(?:[–—―]|--?)?[ \t\xa0]*(?:h/t|ht|hat[ -]tip)\b[ \t\xa0]*(?:[:,]|to\b)?", re.IGNORECASE)
_HAT_TIP_WORDS = 15
_HANDLE = re.compile(r"\(@\w{1,15}\)")  # "— Donald J. Trump (@realDonaldTrump)": an embedded post's signer, who speaks

# a promotion: "Preorder The History of Jihad From Muhammad to ISIS here.", "Buy the book now!", "Click here to ..."
_PROMOTION = re.compile(
    r"[ \t\xa0]*(?:(?:pre-?order|order|buy|get|grab|download|subscribe(?:[ \t\xa0]+to)?|sign[ \t\xa0]+up|donate|support)"
    r"\b.*\b(?:here|now|today)[ \t\xa0]*[.!]?[ \t\xa0]*$"
    r"|click[ \t\xa0]+here\b)", re.IGNORECASE)
_PROMOTION_WORDS = 25
# a widget's legal lines: "Privacy Policy and Terms of Use", "© 2019 Breitbart. All rights reserved."
_WIDGET = re.compile(r"\b(?:privacy[ \t\xa0]+policy|terms[ \t\xa0]+of[ \t\xa0]+(?:use|service)|cookie[ \t\xa0]+policy"
                     r"|all[ \t\xa0]+rights[ \t\xa0]+reserved)\b|©", re.IGNORECASE)
_WIDGET_WORDS = 30
# a shop's box for a book run into the prose: "Defend Yourself: A Com... Rob Pincus Best Price: $2.00 Buy New $17.99
# (as of 03:35 EDT - Details) He'd launched the site ...": a price, then "Buy New" or "(as of TIME - Details)"
_SHOP_BOX = re.compile(r"\b(?:best|lowest|list|our)[ \t\xa0]+price:?[ \t\xa0]*\$[ \t\xa0]*\d[\d.,]*"
                       r"(?:[ \t\xa0]+buy[ \t\xa0]+new[ \t\xa0]*\$[ \t\xa0]*\d[\d.,]*)?"
                       r"(?:[ \t\xa0]*\(as[ \t\xa0]+of[^)\n]{0,40}details\))?", re.IGNORECASE)


def furniture_at(text: str, at: int, labels: frozenset[str] = frozenset()) -> bool:
    """Whether character ``at`` of ``text`` stands on a line of the page's furniture, not the article's prose: a
    label's line ("READ MORE: ...", ``labels``), a link's title ("Related: ...", "Trending: ..."), a reprint's credit,
    a sign-off or hat tip, a promotion or a widget's legal line. A label's line that ends a sentence ("UPDATE: Smith's
    office said the senator would vote no.") is the writer's prose, whose names a later "he" may well mean; so is the
    prose after a shop's box for a book run into its line, the box's author name not."""
    start, line = line_at(text, at)
    here = at - start
    return ((furniture_line(line, labels) and not SENTENCE_END.search(line)) or link_labelled(line, here)
            or labelled_title(line, here) or credit_text(line) or sign_off(line) or promotion(line) or widget(line)
            or shop_box(line, here))




def sign_off(line: str) -> bool:
    """A credit under a quotation or a post: a dash and a name alone ("–Watts Up With That?", "— via Breitbart",
    "—Anthony Watts, Watts Up With That?"), or a hat tip ("h/t Gateway Pundit", "Hat tip to The Blaze").

    Not a dashed list item of prose ("- Smith said the bill was dead": words in lower case a name holds none
    of), nor an embedded post's signature ("— Donald J. Trump (@realDonaldTrump) May 5, 2019"), whose signer speaks."""
    if _HANDLE.search(line):
        return False
    tip = _HAT_TIP.match(line)
    if tip is not None and tip.end() < len(line.rstrip()):
        return len(line.split()) <= _HAT_TIP_WORDS
    dash = _DASH.match(line)
    if dash is None:
        return False
    words = [w.strip(",.?!:;'\"“”‘’()") for w in line[dash.end():].split()]
    words = [w for w in words if w]
    return 0 < len(words) <= _SIGN_OFF_WORDS and any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)


def promotion(line: str) -> bool:
    """A page's call to buy, order or sign up: "Preorder The History of Jihad From Muhammad to ISIS here.", "Get
    your copy now!", "Click here to subscribe". Short, opening with the call; a sentence that tells of an order
    ("Trump ordered the strike here") is no call."""
    return len(line.split()) <= _PROMOTION_WORDS and _PROMOTION.match(line) is not None


def widget(line: str) -> bool:
    """A widget's legal line: "Privacy Policy and Terms of Use", "© 2019 Breitbart. All rights reserved."."""
    return len(line.split()) <= _WIDGET_WORDS and _WIDGET.search(line) is not None


def shop_box(line: str, here: int) -> bool:
    """Character ``here`` of ``line`` lies in a shop's box for a book, up to its price and "(as of ... - Details)":
    "Rob Pincus Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details)": the author there is no one on the
    scene. Only a box that shows both its price and "Buy New" or the time of the price; the article's own prose
    after the box, on the same line, stays prose, and so does a sentence about a price ("the best price was $2")."""
    for box in _SHOP_BOX.finditer(line):
        shown = box.group(0).lower()
        if ("buy" in shown or "details" in shown) and here < box.end():
            return True
    return False


# a photo's credit on a line of its own: "Handout/Reuters.", "POOL New/Reuters.", "Robert Galbraith / Reuters.",
# "(AP Photo/Evan Vucci)", "Getty Images": the photographer's name and the agency's, or an agency of photos alone; a
# news agency alone ("Reuters", "AP") or a byline ("By Jeff Mason / Reuters") is the story's, not a photo's
_CREDIT_NAME = r"(?!By[ \t\xa0])[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3}"
_AGENCY = r"(?:Reuters|AP(?:[ \t\xa0]+Photo)?|AFP|Getty[ \t\xa0]+Images|EPA|Bloomberg|Associated[ \t\xa0]+Press)"
_PHOTO_AGENCY = r"(?:AP[ \t\xa0]+Photo|Getty[ \t\xa0]+Images)"
_PHOTO_CREDIT = re.compile(rf"[ \t\xa0]*\(?(?:{_CREDIT_NAME}[ \t\xa0]*/[ \t\xa0]*{_AGENCY}"
                           rf"|{_AGENCY}[ \t\xa0]*/[ \t\xa0]*{_CREDIT_NAME}|{_PHOTO_AGENCY})\.?\)?[ \t\xa0]*")
# where a caption places the people in its photo: "George Zimmerman (left) shot ..."
_PHOTO_PLACES = re.compile(r"\((?:left|right|center|centre|L|R|C|top|bottom|front|back)\)")


def photo_credit(line: str) -> bool:
    """A line that is only a photo's credit: "Handout/Reuters.", "(AP Photo/Evan Vucci)"; not a sentence that
    names an agency ("Reuters reported the deal.")."""
    return _PHOTO_CREDIT.fullmatch(line) is not None


def after_photo_credit(text: str, at: int) -> bool:
    """The line character ``at`` stands on comes right after a photo's credit line (blank lines between): where a
    page set as text puts the photo's caption."""
    start, _ = line_at(text, at)
    before = text[:start].rstrip()
    if not before:
        return False
    return photo_credit(line_at(before, len(before) - 1)[1])


def places_in_photo(line: str) -> bool:
    """The line places people in a photo ("Smith (left) and Jones (right) ...")."""
    return _PHOTO_PLACES.search(line) is not None
