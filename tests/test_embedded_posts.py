"""embedded_posts: signed posts, epigraphs and excerpt credits are their signers' words (pure, no model)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.embedded_posts import (
    before_post_signature,
    bracketed_credits,
    embedded_posts,
    instagram_posts,
    lead_in,
    mentions_only,
    post_limit,
    promotion,
    signature_only,
    signed_epigraphs,
    signs_post,
)


def _posts(text: str) -> list[tuple[str, str, int]]:
    return [(text[p.content[0]:p.content[1]], text[p.name[0]:p.name[1]], len(p.parts)) for p in embedded_posts(text)]


def _signed(text: str) -> list[tuple[str, str, bool]]:
    return [(text[p.content[0]:p.content[1]], text[p.name[0]:p.name[1]], p.post) for p in signed_epigraphs(text)]


NARRATION = "The governor spent the weekend touring the flooded towns along the river."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post of two lines under "pic.twitter.com/... — Name (@handle) date"
        ("The mayor wrote on Twitter:\nThe bridge is gone.\nPray for Smithville.\npic.twitter.com/AbC123 — Jane Roe (@janeroe) March 3, 2018\nMore later.",
         [("The bridge is gone.\nPray for Smithville.", "Jane Roe", 2)]),
        ("Officials said little.\nTapes from the night: “There are shooters on the runway.\nThey are on the airport.” "
         "pic.twitter.com/x — Sam Poe (@sampoe)",
         [("Tapes from the night: “There are shooters on the runway.\nThey are on the airport.”", "Sam Poe", 2)]),
        # a post's length in characters: the narration above is not the post even after a lead-in
        (f"The mayor wrote on Twitter:\n{NARRATION * 4}\nThe bridge is gone.\n— Jane Roe (@janeroe) March 3, 2018",
         [("The bridge is gone.", "Jane Roe", 1)]),
        # the post's words on the signature's line; trailing hashtags are not its words
        ("Intro line ends here:\nWe are closing the airport now #storm pic.twitter.com/x — City of Bay (@CityBay) June 1, 2018",
         [("We are closing the airport now", "City of Bay", 1)]),
        ("The mayor wrote on Twitter…\nNo one is above the law.\n#Justice #Now — Sam Poe (@sampoe) December 1, 2017",
         [("No one is above the law.", "Sam Poe", 1)]),
        # a thread's counter after the tags is no word of the post either
        ("The mayor wrote on Twitter…\nNo one is above the law.\n#Justice (1 of 3) — Sam Poe (@sampoe) December 1, 2017",
         [("No one is above the law.", "Sam Poe", 1)]),
        ("The mayor wrote on Twitter…\nWe cut the budget by 1/3 [2/5] — Sam Poe (@sampoe) December 1, 2017",
         [("We cut the budget by 1/3", "Sam Poe", 1)]),
        # a name broken from its handle by a lost emoji; no date
        ("Officials said little.\nWe will rebuild!\n— ???Steff???\n(@steff_t)", [("We will rebuild!", "Steff", 1)]),
        # where the post begins cannot be seen: its last line, and the lines above it with a post's marks
        ("Officials said little.\nStorm update from #Smithville tonight.\nWe will rebuild!\n— Sam Poe (@sampoe)",
         [("Storm update from #Smithville tonight.\nWe will rebuild!", "Sam Poe", 2)]),
        # the writer's lead-in naming the poster stops the post
        ("Officials lied about the date, Loomer tweeted.\nOur source says the suite was booked on the 25th.\n"
         "pic.twitter.com/q — Laura Loomer (@LauraLoomer) October 4, 2017",
         [("Our source says the suite was booked on the 25th.", "Laura Loomer", 1)]),
        # before 7 November 2017 a tweet held 140 characters: the narration above is not the post
        (f"{NARRATION} It rained all night long.\nWe are closing the airport now.\npic.twitter.com/x — City of Bay (@CityBay) October 1, 2017",
         [("We are closing the airport now.", "City of Bay", 1)]),
        # two posts: the second reaches no higher than the first one's signature
        ("First post here.\n— Ann Lee (@annlee) May 2, 2018\nSecond post here.\n— Bo Kim (@bokim) May 2, 2018",
         [("First post here.", "Ann Lee", 1), ("Second post here.", "Bo Kim", 1)]),
        # negatives: a handle in running text; a dash in a sentence; a blank line and furniture above the signature
        ("Reporters asked Jane Roe (@janeroe) about the vote on Tuesday.", []),
        ("The vote - a close one - passed on Tuesday.", []),
        ("Email *\n— Jane Roe (@janeroe) May 2, 2018", []),
        (f"{NARRATION}\nYou also agree to this site's Privacy Policy and Terms of Use.\n— Jane Roe (@janeroe) May 2, 2018", []),
        ("FULL: https://t.co/xyz — Jane Roe (@janeroe) May 2, 2018", []),
        ("Officials said little.\nTroops are closing two lanes at the port.\n@10News pic.twitter.com/x — Mimi Roe (@mimiroe) May 2, 2018",
         [("Troops are closing two lanes at the port.", "Mimi Roe", 1)]),
        # a quotation the writer cites with its cue is the writer's line, not the post's
        ("“Get me his name!” he wrote on Twitter.\nGet me his name!\n— Don Jr (@DonJr) January 20, 2018",
         [("Get me his name!", "Don Jr", 1)]),
    ],
)
def test_embedded_posts(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _posts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Ask not what your country can do for you.”\n— JFK\nThe speech was in 1961.",
         [("“Ask not what your country can do for you.”", "JFK", False)]),
        ("Intro.\nMuch of the guard's story remains a mystery to investigators.\n–Newsweek\nHis co-worker started a fund.",
         [("Much of the guard's story remains a mystery to investigators.", "Newsweek", True)]),
        # an embedded post right below the credit line is the next thing on the page, not the credit's
        ("Intro.\nThe health body has released $1m from its fund for emergencies.\n–Daily Mail\nMobile labs are "
         "shipped to the area #Ebola pic.twitter.com/x — WHO African Region (@WHOAFRO) May 12, 2018\n",
         [("The health body has released $1m from its fund for emergencies.", "Daily Mail", True)]),
        ("Intro.\nI will never forgive them for what they did.\n— ???Steff???\n(@Steffs_tweets) May 1, 2018\n", []),
        # negatives: a byline under a quotation (an outlet line follows); a quotation's own continuation;
        # a list of dashed names; a heading above; a title alone
        ("“We received commitments,” Pompeo said.\n“They gave me their word.”\n— Tracy Wilkinson\nLos Angeles Times", []),
        ("“We received commitments,” Pompeo said.\n“They gave me their word.”\n— Tracy Wilkinson\nThe talks go on.", []),
        ("Speakers at the event were many this year.\n- John Smith\n- Mary Jones\n", []),
        ("Election results\n— Reuters\nThe count went on.", []),
        # voices signed by a dash line with an age, a place or a title: any dash (a horizontal bar, "--"),
        # quoted or first-person text, paragraphs set apart by a blank line
        ("We asked voters why.\n“My kids deserve clean water and good schools.”\n― Maria Lopez, 34, Phoenix\nMore.",
         [("“My kids deserve clean water and good schools.”", "Maria Lopez", False)]),
        ("We asked voters why.\nI have never missed an election and never will.\n— James Carter, retired teacher, Tucson\n",
         [("I have never missed an election and never will.", "James Carter", False)]),
        ("We asked voters why.\n\n“The economy is all that matters to me.”\n\n-- Robert King, 45, Mesa, Ariz.\n",
         [("“The economy is all that matters to me.”", "Robert King", False)]),
        ("Intro.\n“I drove four hours to be here today.”\n— Juan de la Cruz (50, El Paso)\n",
         [("“I drove four hours to be here today.”", "Juan de la Cruz", False)]),
        # a review site's visitors, their names masked
        ("Visitors left their reviews.\n“The show was really great. Booking was easy.”\n– Man**\n“Very talented "
         "people! Super fun!”\n– Jo** Al****\nThank you all.",
         [("“The show was really great. Booking was easy.”", "Man**", False),
          ("“Very talented people! Super fun!”", "Jo** Al****", False)]),
        ("Speakers at the event were many this year.\n- Jo**\n- Ma***\n", []),
        # a voice's quotation over paragraphs: the whole of it, or nothing where its start cannot be seen
        ("We asked.\n\n“I moved here in 1990 and raised three kids.\n\nNow I can’t afford the rent.”\n\n― Ana Ruiz, 61, Austin\n",
         [("“I moved here in 1990 and raised three kids.\n\nNow I can’t afford the rent.”", "Ana Ruiz", False)]),
        ("Some prose line here.\nNow I can’t afford the rent anywhere.”\n― Ana Ruiz, 61, Austin\n", []),
        ("“I moved here,” she said, “in 1990 and raised kids.\nNow I can’t afford the rent anywhere.”\n― Ana Ruiz, 61, Austin\n",
         []),
        # a signature's closing stop is no part of the name; an abbreviation's is
        ("Intro.\n\"I will look into it, I promise you.\"\n\n-- Hillary Clinton.\nMore.",
         [("\"I will look into it, I promise you.\"", "Hillary Clinton", False)]),
        ("Intro.\n“Only light can drive out darkness.”\n— Martin Luther King Jr.\nMore.",
         [("“Only light can drive out darkness.”", "Martin Luther King Jr.", False)]),
        ("Intro.\nNobody in Washington listens to people like us.\n– Dana Whitfield\n",
         [("Nobody in Washington listens to people like us.", "Dana Whitfield", True)]),
        # negatives: a dash line of prose (a clause after the name, a tail ending a sentence, a list's item);
        # a quotation's continuation over a blank line
        ("The vote was held on Tuesday in the capital.\n— Trump, who lost the vote, left early\n", []),
        # a reporter's byline under prose: over a blank line, with "--" or with a place, it signs no voice
        ("Intro.\nA Clinton ally suggested she would support the trade deal.\n\n-- Amber Phillips.\n", []),
        ("Intro.\nVoters in Iowa have followed a different path since 2008.\n-- Scott Clement\n", []),
        ("Intro.\nTrump pointed to a man and called him \"my African American.\"\n\n- Reuters.\n", []),
        ("Intro.\nVoters in Iowa have followed a different path since 2008.\n— Scott Clement, Washington\n", []),
        ("The vote was held on Tuesday in the capital.\n— Hillary Clinton, asked about it, laughed.\n", []),
        ("This year’s winners are:\n— Carol Lee of the Wall Street Journal, winner of the Beckman Award.\n", []),
        ("“We received commitments,” Pompeo said.\n\n“They gave me their word.”\n\n― Tracy Wilkinson, 45, Washington\n",
         []),
        # a sign-up box's small print above a post's signature the page broke over two lines ("— Sec.\nKirstjen
        # Nielsen (@SecNielsen)"): the post did not load, the line is the page's; beside it, a signed line stays
        ("Email *\nYou may opt out at anytime.\nYou also agree to this site's Privacy Policy and Terms of Use.\n— Sec.\n"
         "Kirstjen Nielsen (@SecNielsen) November 19, 2018\n", []),
        ("Intro.\nYou also agree to keep this policy of ours in mind, always.\n– Dana Whitfield\n",
         [("You also agree to keep this policy of ours in mind, always.", "Dana Whitfield", True)]),
        # a post or a reader that names a privacy policy or terms of service is no sign-up box
        ("Intro.\nFacebook’s new privacy policy is a disgrace, and users deserve better.\n— Ed Markey\n",
         [("Facebook’s new privacy policy is a disgrace, and users deserve better.", "Ed Markey", True)]),
    ],
)
def test_signed_epigraphs(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _signed(text) == expected


@pytest.mark.parametrize(
    "date, expected",
    [("October 4, 2017", 140), ("Nov 6, 2017", 140), ("November 7, 2017", 280), ("December 1, 2017", 280),
     ("May 2, 2019", 280), (None, 280), ("Someday 4, 2017", 280)],
)
def test_post_limit(date: str | None, expected: int) -> None:
    assert post_limit(date) == expected


@pytest.mark.parametrize(
    "line, name, expected",
    [
        ("Social media erupted with outrage at the verdict…", "Ginger", True),
        ("He tweeted:", "Jane Roe", True),
        ("The picture proves it, Loomer Tweeted.", "Laura Loomer", True),
        ("Why did police lie about the date?", "Laura Loomer", False),
        ("?", "Jane Roe", False),
    ],
)
def test_lead_in(line: str, name: str, expected: bool) -> None:
    assert lead_in(line, name) is expected


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


TWEETED = ("“The bridge on Main Street is gone, please stay home tonight,” the mayor tweeted on Monday.\n"
           "The bridge on Main Street is gone, please stay home tonight.\n"
           "pic.twitter.com/AbC123 — Jane Roe (@janeroe) March 3, 2018")


@pytest.mark.parametrize(
    "text, post, other, expected",
    [
        # the writer quoted the post with its cue, and the page embeds it under it: one statement
        (TWEETED, "The bridge on Main Street is gone, please stay home tonight.",
         "The bridge on Main Street is gone, please stay home tonight", True),
        # the quoted words are part of the post
        (TWEETED, "The bridge on Main Street is gone, please stay home tonight.", "please stay home tonight", False),
        (TWEETED.replace("please stay home tonight,”", "all of it,” "), "The bridge on Main Street is gone, please stay home tonight.",
         "The bridge on Main Street is gone", True),
        # a phrase of a longer post quoted in the writer's own sentence: the post stays its own statement
        ("Residents wrote that the old road on Main Street is gone.\n" + TWEETED.split("\n", 1)[1],
         "The bridge on Main Street is gone, please stay home tonight.", "on Main Street is gone.\n", False),
        # negatives: other words; a short phrase repeated by chance; the same words far away
        (TWEETED.replace("“The bridge on Main Street is gone, please stay home tonight,”", "“We are doing all we can,”"),
         "The bridge on Main Street is gone, please stay home tonight.", "We are doing all we can", False),
        (TWEETED.split("\n", 1)[0] + "\n" + "x " * 900 + "\n" + TWEETED.split("\n", 1)[1],
         "The bridge on Main Street is gone, please stay home tonight.\n", "The bridge on Main Street is gone, please stay home tonight", False),
    ],
)
def test_repeats_nearby(text: str, post: str, other: str, expected: bool) -> None:
    from sayso.nlp.extract.embedded_posts import repeats_nearby

    assert repeats_nearby(text, _span(text, post), [_span(text, other)]) is expected


_CAPTION = "So grateful for this little family of mine.\nWe are moving to Wyoming next month!"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the caption above "A post shared by Name (@handle) on Date", back to "View this post on Instagram"
        (f"She shared the news on Wednesday.\n\nView this post on Instagram\n{_CAPTION}\n#blessed\n"
         "A post shared by Kim Kardashian West (@kimkardashian) on Oct 3, 2018 at 10:04am PDT",
         [(_CAPTION, "Kim Kardashian West", 2)]),
        # a handle alone for the name; no date
        ("Recovery is slow but I am getting stronger every day.\nA post shared by @selenagomez",
         [("Recovery is slow but I am getting stronger every day.", "selenagomez", 1)]),
        # where the caption begins cannot be seen (no header, narration above): its last line only
        (f"{NARRATION}\nShe thanked her fans in a long caption on Monday night.\nLove you all so much.\n"
         "A post shared by Jane Roe (@janeroe) on May 2, 2018 at 9:00pm PDT",
         [("Love you all so much.", "Jane Roe", 1)]),
        # negatives: the phrase in running text; no handle; furniture right above the signature
        ("A post shared by many fans on every platform drew attention.", []),
        ("The photo went viral.\nA post shared by Jane Roe on May 2, 2018", []),
        ("Email *\nA post shared by Jane Roe (@janeroe) on May 2, 2018 at 9:00pm PDT", []),
        # a section separator is not a line of hashtags: the writer's prose above it is not the caption
        ("Here is what she posted on Instagram:\nThe council met on Monday and argued about the budget for hours."
         "\n* * *\nGreat day with the team #blessed\nA post shared by Jane Doe (@janedoe) on Oct 3, 2018 at 9:00pm PDT",
         [("Great day with the team", "Jane Doe", 1)]),
        ("Here is what she posted on Instagram:\nThe council met on Monday and argued about the budget for hours."
         "\n---\nGreat day with the team\nA post shared by Jane Doe (@janedoe) on Oct 3, 2018 at 9:00pm PDT",
         [("Great day with the team", "Jane Doe", 1)]),
        # a line of emoji or dots closing the caption is the post's: the walk steps over it
        ("So grateful for this little family of mine.\n❤️❤️❤️\nA post shared by Jane Roe (@janeroe) on May 2, 2018 at "
         "9:00pm PDT", [("So grateful for this little family of mine.", "Jane Roe", 1)]),
        ("So grateful for this little family of mine.\n🙏\nA post shared by Jane Roe (@janeroe) on May 2, 2018 at "
         "9:00pm PDT", [("So grateful for this little family of mine.", "Jane Roe", 1)]),
        ("So grateful for this little family of mine.\n...\nA post shared by Jane Roe (@janeroe) on May 2, 2018 at "
         "9:00pm PDT", [("So grateful for this little family of mine.", "Jane Roe", 1)]),
    ],
)
def test_instagram_posts(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(text[p.content[0]:p.content[1]], text[p.name[0]:p.name[1]], len(p.parts))
            for p in instagram_posts(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Here's what the early reviews say:\nStadia isn't a console. It streams games from the cloud.\n[Engadget]\n"
         "Google says the controller will work wirelessly.\n[CNBC]\nMore.",
         [("Stadia isn't a console. It streams games from the cloud.", "Engadget"),
          ("Google says the controller will work wirelessly.", "CNBC")]),
        ("The critics agree the film is far too long.\n\n[The New Yorker]\n",
         [("The critics agree the film is far too long.", "The New Yorker")]),
        # a transcript's or a page's bracketed note, a short line or a heading above, a name inside a line
        ("THE PRESIDENT: We will win, and we will win big.\n[Applause]\n", []),
        ("The service launched on Tuesday in 14 countries.\n[Video]\n", []),
        ("Stadia launch\n[Engadget]\n", []),
        ("Stadia isn't a console, [Engadget] wrote in its review.\n", []),
        # a sign-up box's small print is the page's own, whatever follows it
        ("Sign up below.\nBy subscribing you agree to our Terms of Service.\n[Engadget]\n", []),
    ],
)
def test_bracketed_credits(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[p.content[0]:p.content[1]], text[p.name[0]:p.name[1]]) for p in bracketed_credits(text)] == expected


@pytest.mark.parametrize(
    "post, expected",
    [
        # a call to watch, hear or read: an outlet's promotion of its own programme
        ("Watch the full interview with Sen. Chris Murphy tonight at 9 p.m. ET on CNN", True),
        ("Tune in now. Don't miss it!", True),
        ("Read more here", True),
        ("WATCH: Listen to the full episode on our podcast.", True),
        ("“Subscribe to our newsletter for the latest.”", True),
        # a post that states something, with or without a call beside it
        ("WATCH: Sen. Murphy says the bill is a disgrace", False),
        ("The Senate passed the bill. Watch live", False),
        ("Reading the report, I see no crime", False),
        ("Watching this makes me sick.", False),
        ("Listening to the people of Iowa today.", False),
        ("", False),
    ],
)
def test_promotion(post: str, expected: bool) -> None:
    assert promotion(post) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Greedy Williams has allowed 3 catches pic.twitter.com/abc — PFF CLE Browns (@PFF_Browns) November 13, 2019",
         "PFF CLE Browns", True),
        ("Great game tonight\n— Mary Kay Cabot (@MaryKayCabot) November 13, 2019", "Mary Kay Cabot", True),
        ("He is the best — ???Steff???\n(@Steffs_tweets)", "Steff", True),
        # a name in prose, a name with no handle after it, a handle with no dash before the name
        ("PFF CLE Browns (@PFF_Browns) graded him the best corner.", "PFF CLE Browns", False),
        ("Great game tonight\n— Mary Kay Cabot, The Plain Dealer", "Mary Kay Cabot", False),
        ("Browns cornerback Greedy Williams (@greedy) is out.", "Greedy Williams", False),
    ],
)
def test_signs_post(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert signs_post(text, start, start + len(name)) is expected


@pytest.mark.parametrize(
    "content, expected",
    [
        # links and a signature, no words: the content a cue ("FULL:") took is the post's furniture
        ("https://t.co/G0V1HlyAlz pic.twitter.com/YDWifuIDWv — James O'Keefe (@JamesOKeefeIII) November 1, 2018", True),
        ("pic.twitter.com/abc — PFF CLE Browns (@PFF_Browns)", True),
        # hashtags and a thread's counter before the signature are no words either
        ("#gapol (1 of 3) — Brian Kemp (@BrianKempGA) November 16, 2018", True),
        ("(2/2) — Jane Doe (@jdoe) May 1, 2018", True),
        # the post's words before its signature, a signature-less link, prose
        ("We will win this race. pic.twitter.com/abc — Jane Doe (@jdoe) May 1, 2018", False),
        ("https://t.co/G0V1HlyAlz", False),
        ("the campaign has to appeal to white guilt", False),
    ],
)
def test_signature_only(content: str, expected: bool) -> None:
    assert signature_only(content) is expected


_PFF = ("The #Browns highest-graded player on defense was Joe Schobert. He posted an elite 93.2 grade.\n"
        "*min. 25 snaps pic.twitter.com/PQqbN51wBW\n— PFF CLE Browns (@PFF_Browns) November 15, 2019")


@pytest.mark.parametrize(
    "content, expected",
    [
        # a post's lines and its link and signature under them (a blockquote, a colon's paragraph): the post's words
        (_PFF, _PFF[:_PFF.index(" pic.twitter")]),
        ("Not going to happen! #MAGA https://t.co/AbC123 — Donald J. Trump (@realDonaldTrump) May 1, 2019",
         "Not going to happen!"),
        ("We will win this race.\n— Jane Doe (@jdoe)\nThe writer's next paragraph.", "We will win this race."),
        # no signature: a line under a dash with no handle, a handle in prose, a signature alone: unchanged
        ("We will win this race.\n— Jane Doe, campaign manager", "We will win this race.\n— Jane Doe, campaign manager"),
        ("He wrote to Jane Doe (@jdoe) on May 1 that the race was over.",
         "He wrote to Jane Doe (@jdoe) on May 1 that the race was over."),
        ("pic.twitter.com/abc — PFF CLE Browns (@PFF_Browns)", "pic.twitter.com/abc — PFF CLE Browns (@PFF_Browns)"),
    ],
)
def test_before_post_signature(content: str, expected: str) -> None:
    assert content[:before_post_signature(content, 0, len(content))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@LauraAJarrett", True),
        ("@NYTimes, @WSJ.", True),
        # negatives: a hashtag may be the message ("she wrote #TimesUp"); a word beside the mention; an email
        # address; nothing at all
        ("#TimesUp", False),
        ("@LauraAJarrett no more indictments", False),
        ("write to tips@example.com", False),
        ("", False),
    ],
)
def test_mentions_only(text: str, expected: bool) -> None:
    assert mentions_only(text) is expected
