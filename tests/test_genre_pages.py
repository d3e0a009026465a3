"""Pages of genres other than news (deals, reviews, columns, art writing, sports pages with embedded posts), issue 12
items 1 and 4: page furniture and the writer's own voice are no one's words, and an embedded post's signer is
named as signed. Each table pairs the phenomenon with real statements of the same shape that must stay."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, rows_table, speaker, speaker_table
from sayso.model import Article
from sayso.nlp.extract.run_in_headings import heading_end

pytestmark = pytest.mark.slow


# a deal or review page's heading run into the name under it (``run_in_headings``)
test_heading_is_no_part_of_the_speaker = speaker_table(
    [
        ("Best Overall Sony says the battery lasts 30 hours.", "says", "Sony"),
        ("Editor's Pick Apple says the new iPad is its fastest yet.", "says", "Apple"),
        ("PlayStation Plus Deal Sony says members get two free games each month.", "says", "Sony"),
        ("Our picks.\nGalaxy Buds Deal Samsung says the earbuds will be $99 through Cyber Monday.", "says", "Samsung"),
        ("Stadia Offer Google said the controller will ship in November.", "said", "Google"),
        # names that hold such a word, a heading word mid-line, "Best" and "Top" (no heading words)
        ("The Fair Deal Coalition said the bill is unfair.", "said", "The Fair Deal Coalition"),
        ("New Deal Democrats said the plan would work.", "said", "New Deal Democrats"),
        ("Sale Sharks said the match would go ahead.", "said", "Sale Sharks"),
        ("Best Buy says the sale ends Sunday.", "says", "Best Buy"),
        ("A spokesman for the Great Deal Stores chain said the offer ends Monday.", "said",
         "A spokesman for the Great Deal Stores chain"),
    ]
)


def _post(nlp, text: str, words: str) -> tuple[str | None, str]:  # noqa: ANN001
    report = analysis(nlp, text)
    found = [a for a in report.attributions if a.cue is None and words in a.content.text]
    assert len(found) <= 1, found
    if not found:
        return None, ""
    src = report.source(found[0].source)
    return speaker(report, found[0]), src.type if src else ""


@pytest.mark.parametrize(
    "text, words, expected",
    [
        # the signer as the signature writes it, not a person NER finds inside it
        ("Browns cornerback Greedy Williams is expected to miss Sunday's game, coach Freddie Kitchens said.\n\n"
         "Greedy Williams has allowed just 3 catches on 11 targets over the last 3 weeks pic.twitter.com/abc123 "
         "— PFF CLE Browns (@PFF_Browns) November 13, 2019\n\nKitchens said the team would decide on Friday.",
         "3 catches", ("PFF CLE Browns", "unknown")),
        ("Ward told reporters he expects to play.\n\nWard is the best corner in this division and it isn't close "
         "pic.twitter.com/xyz789 — Mary Kay Cabot (@MaryKayCabot) November 13, 2019\n",
         "best corner", ("Mary Kay Cabot", "person")),
        ("Schiff spoke on Sunday.\n\nThe whistleblower must be protected pic.twitter.com/xyz789 — Rep. Adam Schiff "
         "(@RepAdamSchiff) November 13, 2019\n", "whistleblower", ("Adam Schiff", "person")),
        # an outlet's promotion of its own programme: no statement
        ("The Senate passed a stopgap spending bill late Thursday.\n\nWatch the full interview with Sen. Chris Murphy "
         "tonight at 9 p.m. ET on CNN pic.twitter.com/q1w2e3 — CNN (@CNN) November 21, 2019\n\nDemocrats said they "
         "would keep pushing.", "Watch", (None, "")),
        # an outlet's post that reports something stays its statement
        ("The Senate passed a stopgap spending bill late Thursday.\n\nBREAKING: The Senate has passed a bill to keep "
         "the government open through December 20 pic.twitter.com/q1w2e3 — CNN (@CNN) November 21, 2019\n",
         "keep the government open", ("CNN", "outlet")),
    ],
)
def test_embedded_post_signer(nlp, text: str, words: str, expected: tuple[str | None, str]) -> None:  # noqa: ANN001
    assert _post(nlp, text, words) == expected


# the writer pointing back at her own words, or the readers she addresses (``non_statements``, ``writers_voice``)
test_writers_own_voice = cue_table(
    [
        ("Like I said last week, the deal ends Monday.", "said", False),
        ("As I've said before, the best time to buy a TV is in January.", "said", False),
        ("As I always tell my clients, the cheapest plan is rarely the best one.", "tell", False),
        ("Some of you have asked whether the deal is still on.", "asked", False),
        ("Many of you wrote to say that the app crashes on older phones.", "say", False),
        ("As regular readers know, the Switch is overpriced.", "know", False),
        # the outlet pointing at its own earlier reporting is its own voice, no cited source (blind audit 20;
        # PolNeAR marks none): ``own_reports``
        ("As we reported Tuesday, the store will close in March.", "reported", False),
        # others' words of the same shape
        ("As the Herald reported Tuesday, the store will close in March.", "reported", True),
        ("As Smith told me, the plan failed.", "told", True),
        ('"As I said, the plan failed," Smith said.', "said", True),
        ("Some of them have asked whether the deal is still on.", "asked", True),
        ("Some of the parents said the school was closed.", "said", True),
        ('"Some of you have asked whether we will close," the mayor said.', "said", True),
        ("Smith said that as I reported, the plan failed.", "said", True),
    ]
)


# what an artwork shows (``depictions``)
test_what_an_artwork_shows = cue_table(
    [
        ("The painting depicts Napoleon declaring that France will never surrender.", "declaring", False),
        ('The mural, titled "Hope," shows a child whispering to a bird that the war is over.', "whispering", False),
        ("The mural shows a child whispering to a bird that the war is over.", "shows", False),
        ("A canvas by Goya shows the king telling his ministers that the war is lost.", "telling", False),
        ("In the sculpture, Athena tells Poseidon that the city is hers.", "tells", False),
        ("The exhibition features a painting showing Lincoln telling his generals that the war must end.", "telling",
         False),
        # records and documents show what was said or found; the artist speaks for herself
        ("The video shows Trump saying that the election was rigged.", "saying", True),
        ("The report shows that the program failed.", "shows", True),
        ("Goya said the painting shows the horror of war.", "said", True),
        ("In the interview, the painter said that the mural took a year.", "said", True),
    ]
)


_OUTLET_POST = ("The Senate passed a stopgap spending bill late Thursday.\n\nSen. Chris Murphy says the bill is a disgrace "
                "pic.twitter.com/q1w2e3 — CNN (@CNN) November 21, 2019\n\nDemocrats said they would keep pushing.")


@pytest.mark.parametrize(
    "outlet, url, expected",
    [
        # the outlet's own post in its own page: the page's voice
        ("CNN", None, []),
        (None, "https://edition.cnn.com/2019/11/21/politics/spending-bill/index.html", []),
        ("CNN International", "https://www.cnn.com/2019/11/21/politics/x.html", []),
        # another outlet's page, or a page of unknown outlet: the post is CNN's
        ("Fox News", "https://www.foxnews.com/politics/x", ["CNN"]),
        (None, None, ["CNN"]),
        ("The Washington Post", "https://www.washingtonpost.com/x", ["CNN"]),
    ],
)
def test_own_outlet_post(nlp, outlet: str | None, url: str | None, expected: list[str]) -> None:  # noqa: ANN001
    report = analysis(nlp, Article(_OUTLET_POST, outlet=outlet, url=url))
    assert [speaker(report, a) for a in report.attributions if a.cue is None] == expected
    assert any(a.cue is not None and a.cue.text == "said" for a in report.attributions)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Best Overall Sony says the battery lasts 30 hours.", "Best Overall Sony", "Sony"),
        ("Deals.\nStadia Offer Google said so.", "Stadia Offer Google", "Google"),
        ("Editor's Pick Apple says so.", "Pick Apple", "Apple"),
        # mid-line, after "the", a named deal, nothing after the heading word, no word before it
        ("He said the Stadia Offer Google made was fair.", "Stadia Offer Google", "Stadia Offer Google"),
        ("The Fair Deal Coalition said so.", "Fair Deal Coalition", "Fair Deal Coalition"),
        ("New Deal Democrats said so.", "New Deal Democrats", "New Deal Democrats"),
        ("Sale Sharks said so.", "Sale Sharks", "Sale Sharks"),
        ("Stadia Offer\nGoogle said so.", "Stadia Offer", "Stadia Offer"),
    ],
)
def test_heading_end(nlp, text: str, name: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    words = list(span)
    assert doc[words[heading_end(words)].i:span.end].text == expected


# a section heading "What X say:" (``label_lines.what_heading``): the words under it are their own speakers'
test_what_heading = rows_table(
    [
        ('What reviewers say: "It is the smartest vacuum I have owned," one Amazon reviewer wrote.',
         [("one Amazon reviewer", "wrote", "It is the smartest vacuum I have owned")]),
        ("What the experts say: Doctors say masks work.", [("Doctors", "say", "masks work")]),
        ("What they said: Smith said the plan failed.", [("Smith", "said", "the plan failed")]),
        # a label that is no "what" heading, and "what" inside a sentence
        ("What happened: Smith said the plan failed.", [("Smith", "said", "the plan failed")]),
        ("Smith told us what he saw: the car was red.", [("Smith", "told", "the car was red")]),
        ("The senator said what she believed: the bill was unfair.",
         [("The senator", "said", "what she believed: the bill was unfair")]),
    ]
)


# a greeting, a rite or a yes/no given to a thing (``unsaid.ritual_words``): a caption's "Smith says goodbye to ..."
test_ritual_words = cue_table(
    [
        ("Caption: Smith says goodbye to his teammates after the game.", "says", False),
        ("Smith said goodbye to his teammates after the game.", "said", False),
        ("The senator said a prayer for the victims.", "said", False),
        ("Fans said farewell to the stadium on Sunday.", "said", False),
        ("He said grace before dinner.", "said", False),
        ("The governor said no to the pipeline.", "said", False),
        ("She said yes to the offer.", "said", False),
        # a clause or a quotation said
        ("He said no, the plan would not work.", "said", True),
        ('"Goodbye," she said.', "said", True),
        ("He said a prayer would not fix the economy.", "said", True),
        ("The governor said no decision had been made.", "said", True),
    ]
)


# real quotations of others in these genres stay: a press release quoting its CEO, a review quoting the maker
test_others_quoted_in_these_genres = speaker_table(
    [
        ('Acme Corp Reports Record Third Quarter Revenue\n\nSAN JOSE, Calif., Oct. 20, 2020 -- Acme Corp today '
         'announced financial results.\n\n"This was a record quarter for Acme," said Jane Doe, chief executive officer '
         'of Acme.', "said", "Jane Doe"),
        ('Sony WH-1000XM4 review\n\nSony says the battery lasts 30 hours. In my testing, I got closer to 28 hours.\n\n'
         '"We listened to what customers asked for," Sony\'s product manager Kenji Tanaka told us.', "told",
         "Kenji Tanaka"),
        ("Best Black Friday deals\n\nSwitch Bundle\nNintendo says the bundle includes Mario Kart 8 Deluxe.", "says",
         "Nintendo"),
    ]
)


# a sports roundup's or a review's "claimed the title" (``other_senses.claimed_prize``): a prize won, nothing said
test_claimed_prize = cue_table(
    [
        ("The Bruins claimed their third straight win on Saturday.", "claimed", False),
        ("Nadal claimed the title with a straight-sets victory.", "claimed", False),
        ("Mercedes claimed pole position for the Monaco Grand Prix.", "claimed", False),
        ("The Pixel 7 claims the top spot in our camera rankings.", "claims", False),
        # claims made
        ("Democrats claimed victory in the Virginia race.", "claimed", True),
        ("Smith claimed responsibility for the attack.", "claimed", True),
        ("Trump claimed credit for the economy.", "claimed", True),
        ("He claimed that the title was rigged.", "claimed", True),
        ("The coach claimed the win was unfair.", "claimed", True),
    ]
)
