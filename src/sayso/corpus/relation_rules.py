"""The rules that override the pair model's score: a denial, and a figure changed far.

Pure functions over parsed statements (``claim_features.Text``); word lists are data. Both rules
were measured on MSR Paraphrase train (``bench/relation_rules.py``): each linguistic class below
turned pairs its annotators call the same claim into ``different`` / ``mutation``.

**Denial.** A statement denies another when the parities of their negation cues differ. Not
cues: "failed"/"declined" with an object ("he failed a sobriety test"), "No. 1", idioms ("not
only", "not until", "nothing but", "no doubt", "not surprisingly"). Cues beyond
``claim_features.NEGATIONS``: contractions typed without the apostrophe ("dont", "isnt"),
"failure/refusal/declined to", "declined comment", "has yet to", "no-confidence", "unless" (= "if
not"). Tried and left out (train relation accuracy, full model out of fold, 0.7701 with the
above): counting only cues whose next words have a counterpart on the other side, to skip asides
("on condition of not being identified"), 0.7649-0.7682; "without" as a cue, 0.7695; "nor",
no change; the needed word up to 4 words after the cue, 0.7693.

**Figures.** A figure is compared only with the other side's figures of the same kind: percent,
money by currency, a unit of measure by unit, a year, a clock time, a plain count. A changed figure
with nothing of its kind on the other side is a conversion or an added detail ("52km" / "32 miles",
"£169.99" / "$273", "2001 agreement"), not a new claim; a fraction ("2 1/2"), a clock time or
a version ("2.6.0") is not compared as a quantity; a figure far from every figure of its kind
(ratio >= ``FAR_RATIO``: 40 -> 400 killed) is.
"""

from __future__ import annotations

import re

from sayso.corpus import claim_features as cf

# contractions typed without the apostrophe (MSR's wire copy drops it: "I dont know", "isnt one of them")
BARE_CONTRACTIONS = frozenset("""dont doesnt didnt isnt arent wasnt werent wont cant couldnt wouldnt shouldnt hasnt
havent hadnt aint mustnt neednt""".split())
# a cue only before these words: "failed to stop" denies, "failed a test" does not
CUE_BEFORE = {"fail": {"to"}, "fails": {"to"}, "failed": {"to"}, "failing": {"to"}, "failure": {"to"},
              "refusal": {"to"}, "decline": {"to", "comment"}, "declines": {"to", "comment"},
              "declined": {"to", "comment"}, "declining": {"to", "comment"}, "yet": {"to"}}
# a cue followed by these is an idiom, not a negation ("not only A but B" states A)
NOT_AFTER = {"not": {"only", "until", "surprisingly", "least", "just"}, "nothing": {"but"},
             "no": {"doubt", "matter", "sooner"}}
LOOKAHEAD = 1  # the word a cue needs comes right after it (4 words: train relation accuracy 0.7701 -> 0.7693)
FAR_RATIO = 1.5


def _is_cue(tokens: tuple[str, ...], i: int) -> bool:
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if token in CUE_BEFORE:
        return any(w in CUE_BEFORE[token] for w in tokens[i + 1:i + 1 + LOOKAHEAD])
    bare = "not" if token.endswith("n't") or token in BARE_CONTRACTIONS else token  # "isn't until"
    if nxt in NOT_AFTER.get(bare, ()) or (token == "no" and nxt[:1].isdigit()):  # "No. 1 Court"
        return False
    return (token in cf.NEGATIONS or token.endswith("n't") or token in BARE_CONTRACTIONS
            or token.startswith("no-") or token == "unless")  # "unless" = "if not"


def negations(text: cf.Text) -> int:
    """How many negation cues ``text`` has (see the module docstring for what counts)."""
    return sum(_is_cue(text.tokens, i) for i in range(len(text.tokens)))


def denies(a: cf.Text, b: cf.Text) -> bool:
    """Whether one statement denies what the other states (negation parity of the shared claim differs)."""
    return negations(a) % 2 != negations(b) % 2


_CURRENCIES = {"$": "$", "us$": "$", "£": "£", "€": "€", "¥": "¥"}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_PERCENT = {"%", "percent", "pct", "per"}  # "per cent"
_CLOCK = {"gmt", "a.m.", "p.m.", "am", "pm", "est", "edt", "et", "bst", "cet", "utc"}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
# words after a figure that name what it counts in a way a translation changes (conversions, not new claims)
UNITS = frozenset("""km kilometre kilometres kilometer kilometers mile miles m metre metres meter meters ft foot feet
yard yards inch inches cm mm hectare hectares acre acres kg kilogram kilograms lb lbs pound pounds ton tons tonne tonnes
cent cents pence p euro euros yen dollar dollars yuan rupees mph kph gb mb gigabytes megabytes ghz mhz degrees
fahrenheit celsius f c""".split())
_FIGURE = re.compile(r"(?:(?P<pre>[A-Za-z]+)\.?\s+)?(?P<cur>US\$|\$|£|€|¥)?\s?(?P<num>\d*\s?\d+/\d+|\d+(?:[.,:]\d+)*)"
                     r"(?P<suf>%|st|nd|rd|th)?(?:[\s-]*(?P<word>[A-Za-z]+\.?(?:[a-z]\.)?))?")


def _kind(m: re.Match) -> tuple[str, float | None]:
    """(kind, value) of one figure; the value None for a clock time or a figure like "2.6.0"."""
    num, word = m["num"], (m["word"] or "").lower()
    pre = (m["pre"] or "").lower()
    value = float(num.replace(",", "")) if re.fullmatch(r"\d+(,\d{3})*(\.\d+)?", num) else None
    if value is not None and word in _SCALES:
        value *= _SCALES[word]
    if m["cur"]:
        return "money" + _CURRENCIES[m["cur"].lower()], value
    if ":" in num or word in _CLOCK or word.rstrip(".") in _CLOCK:
        return "time", None
    if m["suf"] == "%" or word in _PERCENT:
        return "percent", value
    if m["suf"] or pre in _MONTHS:
        return "date", value  # "Jan. 10", "the 11th"
    if word in UNITS or word.rstrip(".") in UNITS:
        return "unit:" + word.rstrip("."), value
    if value is not None and re.fullmatch(r"(19|20)\d\d", num):
        return "year", value
    return "count", value


def figures(text: cf.Text) -> frozenset[tuple[str, float | None]]:
    """The statement's figures with their kinds (digits only: a number word is left to ``claim_features``)."""
    return frozenset(_kind(m) for m in _FIGURE.finditer(text.raw.translate(cf._QUOTES)))


def _far(v: float | None, others: list[float | None]) -> bool:
    if v is None:
        return False  # a clock time (0240 GMT = 2:40 a.m.) or a version ("2.6.0"): not compared as a quantity
    values = [abs(o) for o in others if o is not None]
    return bool(values) and all(min(abs(v), o) == 0 or max(abs(v), o) / min(abs(v), o) >= FAR_RATIO for o in values)


def figures_far_apart(a: cf.Text, b: cf.Text) -> bool:
    """Whether a figure only one side has is far from every figure of its kind on the other side."""
    fa, fb = figures(a), figures(b)

    def far(mine: frozenset, theirs: frozenset) -> bool:
        return any(_far(v, [o for k2, o in theirs if k2 == k]) for k, v in mine - theirs
                   if any(k2 == k for k2, _ in theirs))
    return far(fa, fb) or far(fb, fa)
