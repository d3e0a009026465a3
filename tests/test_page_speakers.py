"""The right speaker on small sites' pages: a name in the page's furniture is no one a pronoun stands for
(``page_furniture``), a title before a one-word name makes a person of NER's ORG (``family_names.titled_name_in``),
and a "which" never stands for a date (``antecedents.relative_antecedent``)."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.family_names import titled_name_in
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.page_furniture import furniture_at, promotion, shop_box, sign_off, widget
from sayso.nlp.extract.source_types import titled

LABELS = frozenset({"read", "related", "watch", "update", "read more", "see also"})


@pytest.mark.parametrize(
    "line, expected",
    [
        ("–Watts Up With That?", True),
        ("— via Breitbart", True),
        ("—Anthony Watts, Watts Up With That?", True),
        ("-- Friends of Science", True),
        ("h/t Gateway Pundit", True),
        ("H/T: Jim Hoft at The Gateway Pundit", True),
        ("Hat tip to The Blaze", True),
        # negatives: a dashed item of prose, an embedded post's signer, a bare dash, a sentence about a tip
        ("- Smith said the bill was dead", False),
        ("— Donald J. Trump (@realDonaldTrump) May 5, 2019", False),
        ("—", False),
        ("– the vote was close, officials said", False),
        ("He got a hat tip from the coach.", False),
        ("h/t", False),
    ],
)
def test_sign_off(line: str, expected: bool) -> None:
    assert sign_off(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Preorder The History of Jihad From Muhammad to ISIS here.", True),
        ("Pre-order Mark Steyn's new book today!", True),
        ("Get your copy of “Unfreedom of the Press” now.", True),
        ("Click here to subscribe to our newsletter", True),
        ("Subscribe to The Daily Signal here", True),
        # negatives: a sentence that tells of an order or a purchase, a long paragraph
        ("Trump ordered the strike here on Tuesday, officials said.", False),
        ("The senator said voters would buy the plan.", False),
        ("Get " + "more " * 30 + "now.", False),
    ],
)
def test_promotion(line: str, expected: bool) -> None:
    assert promotion(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Privacy Policy and Terms of Use", True),
        ("By signing up you agree to our Terms of Service.", True),
        ("© 2019 Breitbart. All rights reserved.", True),
        # negatives: prose about a policy, a long paragraph that mentions one
        ("The company changed its privacy rules last year, Smith said.", False),
        ("Critics said the new privacy policy " + "was vague and " * 12 + "unfair.", False),
    ],
)
def test_widget(line: str, expected: bool) -> None:
    assert widget(line) is expected


_BOX = ("Rob Pincus Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details) He’d launched the site months earlier, "
        "Wilson said.")


@pytest.mark.parametrize(
    "line, word, expected",
    [
        (_BOX, "Rob", True),
        ("Gregg Jarrett Best Price: $13.99 (as of 08:40 EDT - Details)", "Gregg", True),
        # negatives: the prose after the box on its line; a sentence about a price; a price with no shop's words
        (_BOX, "Wilson", False),
        ("Smith said the best price was $2.00 at the market.", "Smith", False),
        ("Smith said: Best price: $2.00, and no more.", "Smith", False),
    ],
)
def test_shop_box(line: str, word: str, expected: bool) -> None:
    assert shop_box(line, line.index(word)) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("He spoke.\nTrending: Donald Trump Jr. Slams Media Over Fake Story\nHe added.", "Donald", True),
        ("He spoke.\nREAD MORE: Joe Biden speaks in Iowa\nHe added.", "Joe", True),
        ("He spoke.\nRelated: Pelosi unveils the bill\nHe added.", "Pelosi", True),
        ("He spoke.\nThis article originally appeared on The Conversation\nHe added.", "Conversation", True),
        ("He spoke.\nPreorder The History of Jihad From Muhammad to ISIS here.\nHe added.", "Muhammad", True),
        # negatives: the article's own sentences, a transcript's speaker, a label's own name before its colon
        ("He spoke.\nMuhammad Ali told reporters he would fight again.\nHe added.", "Muhammad", False),
        ("PENCE: Well, Joe Biden was wrong.", "Joe", False),
        ("Pelosi: Republicans are putting children at risk", "Pelosi", False),
        ("Note: Smith later said the figures were wrong.", "Smith", False),
        ("UPDATE: Smith's office said the senator would vote no.\nHe added.", "Smith", False),
    ],
)
def test_furniture_at(text: str, word: str, expected: bool) -> None:
    assert furniture_at(text, text.index(word), LABELS) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secretary of State Tillerson met with Turkish officials.", "Tillerson"),
        ("The plan was welcomed by Secretary of State Tillerson, who met Assad.", "Tillerson"),
        # negatives: an office, a body named with a title word, a person NER tagged as one
        ("The Secretary of State met with Turkish officials.", None),
        ("A spokesman for the State Department declined to comment.", None),
        ("General Motors said sales fell.", None),
        ("Secretary Rex Tillerson met with Turkish officials.", None),
    ],
)
def test_titled_name_in(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    roles = load_lexicon().person_roles
    found = [s.text for e in nlp(text).ents if (s := titled_name_in(e, roles)) is not None]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Secretary of State Tillerson met with Turkish officials.", "Tillerson", True),
        ("Senator Ben Murray-Bruce said no.", "Murray", False),  # "Murray" is no head; "Bruce" is
        ("Cardinal Reinhard Marx said no.", "Marx", True),
        # negatives: no title before the name, a title word in a company's name
        ("Tillerson met with Turkish officials.", "Tillerson", False),
        ("General Motors said sales fell.", "Motors", False),
    ],
)
def test_titled(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == word)
    assert titled(token, load_lexicon().person_roles) is expected


test_speaker_past_furniture = speaker_table([
    # a name in the page's frame between the speaker's sentence and the pronoun is no one the pronoun stands for
    ("The inspector general ignored the evidence, Jordan said on Fox News.\n\nh/t Jim Hoft at Gateway Pundit\n\n"
     "He said the report would be released next week.", "said", "Jordan"),
    ("The ambassador said that the region was on the brink of war. “The attacks will continue,” Erdan told the "
     "council.\n\nPreorder The History of Jihad From Muhammad to ISIS here.\n\nHe said that Iran was behind the attacks.",
     "said", "Erdan"),
    ("A spokesman for the agency denied that the records had been lost.\n\nRead more: Joe Biden speaks in Iowa\n\n"
     "He said the files would be released next week.", "said", "A spokesman for the agency"),
    ("The post was shared thousands of times.\n\n–Anthony Watts, Watts Up With That?\n\nHe said the data had been "
     "adjusted.", "said", "He"),
    # the author in a shop's box for a book, run into the prose line, is not the "He" after it
    ("Cody Wilson uploaded the blueprints for the pistol to his website.\n\nDefend Yourself: A Com...\n\nRob Pincus "
     "Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details) He’d launched the site months earlier, declaring "
     "that gun control would never be the same.", "declaring", "Cody Wilson"),
    # negatives: a name in the article's own sentences, a signer of an embedded post, stay what they were
    ("The post was shared thousands of times.\n\nAnthony Watts wrote that the data were fine.\n\nHe said the data had "
     "been adjusted.", "said", "Anthony Watts"),
    ("Mayor Bill de Blasio said the city would not comply with the order.\n\nTrending: Donald Trump Jr. Slams Media "
     "Over Fake Story\n\nHe said the police would not help federal agents.", "said", "Bill de Blasio"),
])

test_titled_surname_speaker = speaker_table([
    # NER's ORG "State Tillerson": the title makes him a person for the "he" after him
    ("Secretary of State Tillerson flew to Ankara on Thursday to meet President Erdogan. He said the talks had been "
     "productive.", "said", "Tillerson"),
    ("Secretary of State Tillerson arrived in Moscow on Tuesday. He told reporters that the relationship was at a low "
     "point.", "told", "Tillerson"),
    ("Secretary of State Pompeo praised Prime Minister Netanyahu for his resolve. He said that Iran was the real "
     "threat.", "said", "Pompeo"),
    # negatives: the speaker of the sentence before keeps the pronoun; a woman's "she" is not the secretary's
    ("Secretary of State Tillerson met Assad's envoy. “We will not bow to pressure,” Assad said. He added that the "
     "war was over.", "added", "Assad"),
    ("Secretary of State Tillerson met Nancy Pelosi on Tuesday. She said the talks had been useful.", "said",
     "Nancy Pelosi"),
    ("Senator Grassley met Nancy Pelosi on Tuesday. She said the talks had been useful.", "said", "Nancy Pelosi"),
    # but a "he" stays with the one who spoke of a man ("Trump called Comey a liar. He said": Trump)
    ("President Trump called James Comey a liar on Tuesday. He said the FBI was corrupt.", "said", "Trump"),
])

test_which_not_a_date = speaker_table([
    # a "which" the parse hung on a date stands for the document released then
    ("The report came out in 2016, which said the program had failed.", "said", "The report"),
    ("Hamas issued a statement on Monday, which said that the truce was over.", "said", "Hamas"),
    ("The agency released the data on Friday, which showed that emissions had risen.", "showed", "the data"),
    # negatives: the parse's own antecedent, a person's "who"
    ("The Palestinian Authority, which rejected the plan on Monday, said the talks were over.", "said",
     "The Palestinian Authority"),
    ("The plan was drafted by Jane Smith, who said on Monday that it would pass.", "said", "Jane Smith"),
])

test_he_inside_a_quotation = speaker_table([
    # a "he" in someone's quoted words is someone the words name, never the one quoted
    ('Gingrich invoked Winston Churchill at the rally: "Churchill understood the stakes. He said we would never '
     'surrender."', "said", "Winston Churchill"),
    ('Trump praised Andrew Jackson in Nashville. "Jackson was a great general. He said the union must be preserved," '
     'Trump told the crowd.', "said", "Andrew Jackson"),
    # negative: a "he" after the quotation is its speaker's
    ('"We will not back down. We never have," Smith said. He added that the vote would come Friday.', "added",
     "Smith"),
])
