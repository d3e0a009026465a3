"""The named steps ``find_attributions`` and ``resolve_sources`` compose, each on its own (pure, no model).

``kind_of`` (direct / mixed / indirect), ``quote_set_off`` (a quotation set off by a dash or colon is
the content), ``clean_name`` (a name as a reader writes it) and ``Clusters`` (mentions grouped into
sources by key).
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.assembly import kind_of, reported_kind
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_choice import quote_set_off
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.source_context import Resolution
from sayso.nlp.extract.source_groups import Clusters
from sayso.nlp.extract.source_names import clean_name


def _content(text: str, words: str, *, quote: bool = False) -> Content:
    start = text.index(words)
    return Content("child_ccomp", start, start + len(words), quote=quote)


@pytest.mark.parametrize(
    "text, content, expected",
    [
        pytest.param("He said: “We will win the vote tomorrow.”", "“We will win the vote tomorrow.”", "direct",
                     id="a-quotation"),
        pytest.param("He said the economy is “very strong and getting stronger every day.”",
                     "the economy is “very strong and getting stronger every day.”", "mixed", id="a-partial-quote"),
        pytest.param("He said the economy is strong.", "the economy is strong", "indirect", id="no-quote"),
        # scare quotes are the writer's word, not the speaker's: no mixed content
        pytest.param("She said it was another “atrocity” by the regime.", "it was another “atrocity” by the regime",
                     "indirect", id="scare-quotes"),
        # a title of a work is no quotation of the speaker: no mixed content
        pytest.param("The producer said the Germans are big fans of “Lost Highway,” his old show.",
                     "the Germans are big fans of “Lost Highway,” his old show", "indirect", id="a-show-title"),
        pytest.param("On Friday, NBC said it was dropping the low-rated “Night Shift.”",
                     "it was dropping the low-rated “Night Shift.”", "indirect", id="a-title-at-the-end"),
        pytest.param("A survey found that ''Breaking Bad'' and ''Mad Men'' were among the most streamed shows.",
                     "that ''Breaking Bad'' and ''Mad Men'' were among the most streamed shows", "indirect",
                     id="two-titles-in-doubled-apostrophes"),
        pytest.param("The critic said she had reread “Musicophilia” twice.", "she had reread “Musicophilia” twice",
                     "indirect", id="a-one-word-title"),
        # ... but a title-cased quotation that says what someone or something is, or does, is the speaker's
        pytest.param("The governor hailed the mayor as “The Comeback Kid” this week.",
                     "the mayor as “The Comeback Kid” this week", "mixed", id="as-a-capitalised-name"),
        pytest.param("The fact-checkers concluded that her claims were “Mostly False” on Monday.",
                     "that her claims were “Mostly False” on Monday", "mixed", id="a-copula-before"),
        pytest.param("He said the company would “Never Give Up” on the mine.",
                     "the company would “Never Give Up” on the mine", "mixed", id="a-modal-before"),
        pytest.param("Trump said the rival was “Low Energy Jeb” and called him weak.",
                     "the rival was “Low Energy Jeb”", "mixed", id="a-nickname-after-a-copula"),
        pytest.param("The coach said the team was “Tired And Slow.” and lost.", "the team was “Tired And Slow.”",
                     "mixed", id="capitalised-words-after-a-copula"),
        pytest.param("He said the crowd chanted “Lock Them Up. Lock Them Up.” all night.",
                     "the crowd chanted “Lock Them Up. Lock Them Up.” all night", "mixed", id="sentences-in-capitals"),
        pytest.param("She said the show “Is Coming Back Next Year With Its Whole Original Cast” for sure.",
                     "the show “Is Coming Back Next Year With Its Whole Original Cast” for sure", "mixed",
                     id="too-long-for-a-title"),
    ],
)
def test_kind_of(text: str, content: str, expected: str) -> None:
    assert kind_of(_content(text, content), find_quotes(text), text) == expected


def _found(text: str, words: str) -> Found:
    start = text.index(words)
    quotes = find_quotes(text)
    kind = kind_of(_content(text, words), quotes, text)
    return Found(kind=kind, content=(start, start + len(words)), cue=(0, 0), source=None, source_head=None,
                 addressee=None, addressee_head=None, score=0.5, cue_head=0)


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # words in quotation marks inside what someone is reported to say are theirs, short and led by a
        # determiner as much as long: mixed (but never the whole content a quotation)
        pytest.param("She said it was another “atrocity” by the regime.", "it was another “atrocity” by the regime",
                     "mixed", id="a-determiner-led-word"),
        pytest.param("The senator called the bill a “shameful giveaway” to lenders.",
                     "the bill a “shameful giveaway” to lenders", "mixed", id="called-it-a-quoted-phrase"),
        pytest.param("The mayor noted that it was the “worst flood” the valley had seen.",
                     "that it was the “worst flood” the valley had seen", "mixed", id="the-quoted-superlative"),
        pytest.param("The coach insisted his players had the ''best attitude'' in the league.",
                     "his players had the ''best attitude'' in the league", "mixed", id="doubled-apostrophes"),
        pytest.param("He dismissed her on Friday as “third-rate”.", "her on Friday as “third-rate”", "mixed",
                     id="a-quoted-adjective"),
        pytest.param("Officials said the firm had signed a “historic” deal with the port.",
                     "the firm had signed a “historic” deal with the port", "mixed", id="one-word-before-a-noun"),
        pytest.param("The ranger said the trail would “stay shut” and the program would end.",
                     "the trail would “stay shut” and the program would end", "mixed", id="a-naming-noun-further-on"),
        pytest.param("She said he had called the plan a “joke”.", "he had called the plan a “joke”", "mixed",
                     id="a-quoted-noun-at-the-end"),
        pytest.param("The driver said he was sure of the word “brake” on the radio.",
                     "he was sure of the word “brake” on the radio", "mixed", id="the-word-said"),
        pytest.param("He said he used the phrase “lock them up” once.", "he used the phrase “lock them up” once",
                     "mixed", id="the-phrase-said"),
        # ... but a short determiner-led quotation alone is no quotation of the whole content
        pytest.param("He called her “third-rate” on the radio.", "her “third-rate”", "mixed",
                     id="a-short-quote-is-not-direct"),
        # the writer's own terms in quotation marks make nothing mixed: a word kept at a distance, a kind of thing
        pytest.param("The governor said the plan would tax so-called “windfall” profits.",
                     "the plan would tax so-called “windfall” profits", "indirect", id="so-called"),
        pytest.param("Rivals said the self-styled “reformers” had raised taxes.",
                     "the self-styled “reformers” had raised taxes", "indirect", id="self-styled"),
        pytest.param("Both senators are proposing variations on “carbon fee” systems used in Canada.",
                     "variations on “carbon fee” systems used in Canada", "indirect", id="a-kind-of-system"),
        pytest.param("She said the district backed a ''green bond'' program for schools.",
                     "the district backed a ''green bond'' program for schools", "indirect", id="a-kind-of-program"),
        pytest.param("He said the city would launch the app “safe walk” next month.",
                     "the city would launch the app “safe walk” next month", "indirect", id="a-noun-naming-it"),
        # the rest as ``kind_of`` reads it: a title, a quotation, no quotation at all
        pytest.param("The producer said the Germans are big fans of “Lost Highway,” his old show.",
                     "the Germans are big fans of “Lost Highway,” his old show", "indirect", id="a-show-title"),
        pytest.param("He said: “We will win the vote tomorrow.”", "“We will win the vote tomorrow.”", "direct",
                     id="a-quotation"),
        pytest.param("He said the economy is “very strong and getting stronger every day.”",
                     "the economy is “very strong and getting stronger every day.”", "mixed", id="a-partial-quote"),
        pytest.param("He said the economy is strong.", "the economy is strong", "indirect", id="no-quote"),
    ],
)
def test_reported_kind(text: str, content: str, expected: str) -> None:
    """The kind a reader gives an attribution once it is scored (``reported_kind``)."""
    assert reported_kind(_found(text, content), find_quotes(text)).kind == expected


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # a quotation after a naming noun that says what the thing does or is: the speaker's words, no name
        pytest.param("The mayor said the project “would create 500 jobs” within two years.",
                     "the project “would create 500 jobs” within two years", "mixed", id="project-would"),
        pytest.param("He said the game “was rigged” from the start.", "the game “was rigged” from the start", "mixed",
                     id="game-was-rigged"),
        pytest.param("She said the app “tracks users” without their consent.",
                     "the app “tracks users” without their consent", "mixed", id="app-tracks"),
        pytest.param("The director said the film “glorifies nothing” and should be seen.",
                     "the film “glorifies nothing” and should be seen", "mixed", id="film-mistagged-verb"),
        # an adjective is no naming noun; adjectives before a deal or a plan are the speaker's
        pytest.param("He said it was a single “catastrophic mistake” by the pilot.",
                     "it was a single “catastrophic mistake” by the pilot", "mixed", id="a-single"),
        pytest.param("The senator said the Democrats’ “radical socialist” plan would ruin the economy.",
                     "the Democrats’ “radical socialist” plan would ruin the economy", "mixed", id="adjectives-plan"),
        pytest.param("Trump said Obama’s “horrible one-sided” deal had to be scrapped.",
                     "Obama’s “horrible one-sided” deal had to be scrapped", "mixed", id="adjectives-deal"),
        # a quotation naming what someone else said: their words, not the speaker's
        pytest.param("Trump said her “basket of deplorables” remark had insulted millions of voters.",
                     "her “basket of deplorables” remark had insulted millions of voters", "indirect",
                     id="a-remark-named"),
        pytest.param("She said the “read my lips” pledge had cost him the election.",
                     "the “read my lips” pledge had cost him the election", "indirect", id="a-pledge-named"),
        pytest.param("He said the minister’s “disgraceful” comments should be withdrawn.",
                     "the minister’s “disgraceful” comments should be withdrawn", "mixed", id="one-word-before-comments"),
        # "supposed to" keeps nothing at a distance
        pytest.param("The union said staff were supposed “to be consulted before any change” and were not.",
                     "staff were supposed “to be consulted before any change” and were not", "mixed",
                     id="supposed-to"),
        # the writer's names stay so with the parse
        pytest.param("Both senators are proposing variations on “carbon fee” systems used in Canada.",
                     "variations on “carbon fee” systems used in Canada", "indirect", id="parsed-kind-of-system"),
        pytest.param("She said the district backed a ''green bond'' program for schools.",
                     "the district backed a ''green bond'' program for schools", "indirect", id="parsed-program"),
        pytest.param("He said the city would launch the app “safe walk” next month.",
                     "the city would launch the app “safe walk” next month", "indirect", id="parsed-app-name"),
        pytest.param("He said the bill, known as the “Dream Act”, would be reintroduced in January.",
                     "the bill, known as the “Dream Act”, would be reintroduced in January", "indirect",
                     id="known-as"),
    ],
)
def test_reported_kind_with_the_parse(nlp, text: str, content: str, expected: str) -> None:  # noqa: ANN001
    """With the parse a quotation that says what its noun does, or holds the speaker's adjectives, names nothing."""
    assert reported_kind(_found(text, content), find_quotes(text), nlp(text)).kind == expected


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # a name or label given by someone other than the speaker: their words, not the speaker's
        pytest.param("The senator said the levy, which farmers call “a tractor tax”, would be dropped.",
                     "the levy, which farmers call “a tractor tax”, would be dropped", "indirect", id="which-x-call"),
        pytest.param("He urged action against the militia that has proclaimed an “emirate” in the valley.",
                     "action against the militia that has proclaimed an “emirate” in the valley", "indirect",
                     id="that-proclaimed"),
        pytest.param("She said the sweep, what the army dubbed “Operation Clean Hands”, had failed.",
                     "the sweep, what the army dubbed “Operation Clean Hands”, had failed", "indirect",
                     id="what-x-dubbed"),
        pytest.param("He said the storm, nicknamed “the Beast” by forecasters, was moving east.",
                     "the storm, nicknamed “the Beast” by forecasters, was moving east", "indirect",
                     id="passive-by-agent"),
        pytest.param("The mayor said the union, which has branded the deal “a betrayal”, would strike.",
                     "the union, which has branded the deal “a betrayal”, would strike", "indirect",
                     id="which-branded"),
        pytest.param("She said opponents have long described the tunnel as “a money pit” in their ads.",
                     "opponents have long described the tunnel as “a money pit” in their ads", "indirect",
                     id="described-as"),
        # the speaker's own words stay mixed: a pronoun may be the speaker, no one named names, no naming verb
        pytest.param("The senator said the levy, which he called “a tractor tax”, would be dropped.",
                     "the levy, which he called “a tractor tax”, would be dropped", "mixed", id="pronoun-namer"),
        pytest.param("He said the storm, nicknamed “the Beast”, was moving east.",
                     "the storm, nicknamed “the Beast”, was moving east", "indirect", id="passive-no-agent-name"),
        pytest.param("The mayor said the union, which has rejected the deal, was “acting in bad faith”.",
                     "the union, which has rejected the deal, was “acting in bad faith”", "mixed",
                     id="not-the-naming-clause"),
        pytest.param("The mayor said the union had signed “a fair and lasting deal” with the city.",
                     "the union had signed “a fair and lasting deal” with the city", "mixed", id="no-naming-verb"),
        # a naming that did not or may not happen: the words are the speaker's (rev75r)
        pytest.param("She said voters would call the tunnel “a monument to waste” for years.",
                     "voters would call the tunnel “a monument to waste” for years", "mixed",
                     id="voters-would-call"),
        pytest.param("He said the union never called the deal “a betrayal”.",
                     "the union never called the deal “a betrayal”", "mixed", id="never-called"),
        pytest.param("She said no one had called it “a bailout”.", "no one had called it “a bailout”", "mixed",
                     id="no-one-called"),
        # call/name/bill with one object do not name: "called a meeting", "named a suspect" (rev75r)
        pytest.param("She said the company had called “an emergency meeting” of the board.",
                     "the company had called “an emergency meeting” of the board", "mixed", id="called-a-meeting"),
        pytest.param("The coach said the referee called “a soft penalty” in the second half.",
                     "the referee called “a soft penalty” in the second half", "mixed", id="called-a-penalty"),
    ],
)
def test_reported_kind_a_third_partys_name(nlp, text: str, content: str, expected: str) -> None:  # noqa: ANN001
    """A quotation a third party gives as a name or label ("which critics call “a giveaway”") is theirs, not the
    speaker's: it makes no row mixed (``anothers_naming``)."""
    assert reported_kind(_found(text, content), find_quotes(text), nlp(text)).kind == expected


def test_reported_kind_the_speaker_naming_stays_mixed(nlp) -> None:  # noqa: ANN001
    """The naming verb is the cue, or its subject the speaker: the speaker's own label, mixed."""
    text = "Smith said critics would call the tunnel “a monument to waste” for years."
    content = "critics would call the tunnel “a monument to waste” for years"
    doc = nlp(text)
    critics = next(t for t in doc if t.text == "critics")
    found = _found(text, content)._replace(source_head=critics.i)
    assert reported_kind(found, find_quotes(text), doc).kind == "mixed"


@pytest.mark.parametrize(
    "text, content, source, expected",
    [
        pytest.param("Trump said the deal, which Trump called “the worst ever”, would be torn up.",
                     "the deal, which Trump called “the worst ever”, would be torn up", "Trump", "mixed",
                     id="speaker-named-again"),
        pytest.param("The agency said the rule, which the agency calls “common sense”, would take effect.",
                     "the rule, which the agency calls “common sense”, would take effect", "agency", "mixed",
                     id="speaker-noun-again"),
        pytest.param("Obama said the law, which Republicans dubbed “Obamacare”, was here to stay.",
                     "the law, which Republicans dubbed “Obamacare”, was here to stay", "Obama", "indirect",
                     id="another-names-the-law"),
    ],
)
def test_reported_kind_the_speaker_under_another_mention(nlp, text: str, content: str, source: str,  # noqa: ANN001
                                                         expected: str) -> None:
    """The one who names is the speaker written again ("Trump said the deal, which Trump called ..."): the
    speaker's words, mixed; someone else who names keeps the row indirect (rev75r)."""
    doc = nlp(text)
    head = next(t.i for t in doc if t.text == source)
    said = next(t.i for t in doc if t.text == "said")
    found = _found(text, content)._replace(source_head=head, cue_head=said)
    assert reported_kind(found, find_quotes(text), doc).kind == expected


def test_the_report_gets_the_readers_kind_and_found_keeps_the_scored_one(nlp) -> None:  # noqa: ANN001
    """``DocAnalysis.found`` keeps ``kind_of``'s kind, on which the filter and calibration were fitted and which
    bench/train_filter.py and bench/calibration.py read; the report gives ``reported_kind``'s."""
    from sayso.model import Article
    from sayso.nlp.analysis import DocAnalysis, build_report

    text = "The senator said the bill was a “shameful giveaway” to lenders."
    an = DocAnalysis(nlp(text))
    assert [f.kind for f in an.found] == ["indirect"]
    assert an.kinds == ["mixed"]
    assert [a.kind for a in build_report(Article(text=text), [(0, an)]).attributions] == ["mixed"]


def test_kind_of_still_reads_a_short_determiner_led_quote_as_a_scare_quote() -> None:
    """The precision filter was fitted on ``kind_of``'s kind: it is unchanged, ``reported_kind`` reads on after."""
    text = "He called him a “pathological liar” on Friday."
    assert kind_of(_content(text, "him a “pathological liar” on Friday"), find_quotes(text), text) == "indirect"


def test_kind_of_a_content_marked_quote_is_direct() -> None:
    text = "He said it."
    assert kind_of(_content(text, "it", quote=True), find_quotes(text), text) == "direct"


@pytest.mark.parametrize(
    "text, chosen, expected",
    [
        # a clause running into a quotation set off by a dash: the quotation is the content
        pytest.param("Sondland has amended his testimony once — “I now do recall,” he said.",
                     "Sondland has amended his testimony once — “I now do recall,”", "“I now do recall,”",
                     id="dash"),
        pytest.param("The mayor had one answer: “We are not moving.”", "The mayor had one answer: “We are not moving.”",
                     "“We are not moving.”", id="colon"),
        # a partial quotation worked into the clause has no dash: the clause stays
        pytest.param("He said the economy is “very strong,” adding more.", "the economy is “very strong,”",
                     "the economy is “very strong,”", id="worked-in"),
    ],
)
def test_quote_set_off(text: str, chosen: str, expected: str) -> None:
    quotes = find_quotes(text)
    cands = [_content(text, chosen)] + [Content("quote_after", q.start, q.end, quote=True) for q in quotes]
    best = quote_set_off(cands[0], cands, text)
    assert text[best.start:best.end] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the “Never Trumpers", "the Never Trumpers"),  # a quotation mark left open goes
        ("Kurt Volker,", "Kurt Volker"),  # punctuation at the ends goes
        ("O’Neill", "O’Neill"),  # an apostrophe stays
        ("the “Squad”", "the “Squad”"),  # a closed quotation stays
        ("‘Mad Dog", "Mad Dog"),  # an unmatched opening single quote goes
    ],
)
def test_clean_name(text: str, expected: str) -> None:
    assert clean_name(text) == expected


def test_clusters_group_by_key_and_keep_the_longest_spelling() -> None:
    clusters = Clusters()
    a = clusters.add(Resolution("Trump", "person", "person:trump"), (0, 5))
    b = clusters.add(Resolution("Pelosi", "person", "person:pelosi"), (10, 16))
    c = clusters.add(Resolution("Donald Trump’s", "person", "person:trump", "the president"), (20, 34))
    assert (a, b, c) == (0, 1, 0)
    first, second = clusters.sources()
    # the possessive goes, the longer spelling of one type wins, the first description is kept
    assert (first.name, first.description, first.mentions) == ("Donald Trump", "the president", ((0, 5), (20, 34)))
    assert (second.name, second.mentions) == ("Pelosi", ((10, 16),))
    assert clusters.name_of("person:pelosi") == "Pelosi"
    assert clusters.name_of("person:nobody") is None


def test_clusters_name_has_no_line_breaks() -> None:
    clusters = Clusters()
    clusters.add(Resolution("Chris Ferrara\n\n", "person", "person:ferrara"), (0, 15))
    clusters.add(Resolution("Mr. Ferrara", "person", "person:ferrara"), (20, 31))
    clusters.add(Resolution("Robert\nFastiggi’s ", "person", "person:fastiggi"), (40, 58))
    assert [s.name for s in clusters.sources()] == ["Chris Ferrara", "Robert Fastiggi"]


def test_clusters_keep_a_spelling_of_another_type_apart() -> None:
    clusters = Clusters()
    clusters.add(Resolution("Moscow", "government", "government:russia"), (0, 6))
    clusters.add(Resolution("the Russian government", "organization", "government:russia"), (10, 32))
    (only,) = clusters.sources()
    assert only.name == "Moscow"  # a longer name of another type does not rename the source


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # a content read as direct with a word outside its marks: the writer's word and the speaker's, mixed
        pytest.param("The coroner said she “had acted alone and had planned the attack for weeks.”",
                     "she “had acted alone and had planned the attack for weeks.”", "mixed", id="a-pronoun-outside"),
        pytest.param("The board said the “merger will go ahead as planned, whatever the regulators decide.”",
                     "the “merger will go ahead as planned, whatever the regulators decide.”", "mixed",
                     id="an-article-outside"),
        pytest.param("Aides said that they “will not be bullied by anyone at all, not by the unions and not by the "
                     "press, in the months ahead.”", "that they “will not be bullied by anyone at all, not by the "
                     "unions and not by the press, in the months ahead.”", "mixed", id="that-and-a-pronoun-outside"),
        # ... not the quotation alone, with its punctuation or marks outside it
        pytest.param("He said: “We will win the vote tomorrow.”", "“We will win the vote tomorrow.”", "direct",
                     id="the-quotation-alone"),
        pytest.param("He said: “We will win the vote tomorrow”.", "“We will win the vote tomorrow”.", "direct",
                     id="a-period-outside"),
        pytest.param("Then — “We will win the vote tomorrow and the one after that,” — he said.",
                     "— “We will win the vote tomorrow and the one after that,” —", "direct", id="dashes-outside"),
    ],
)
def test_reported_kind_words_outside_a_direct_quotation(text: str, content: str, expected: str) -> None:
    """``partly_quoted``: a direct kind holds no word outside its quotation marks."""
    assert kind_of(_content(text, content), find_quotes(text), text) == "direct"  # what the filter was fitted on
    assert reported_kind(_found(text, content), find_quotes(text)).kind == expected


def test_reported_kind_two_quotations_around_their_own_frame_stay_direct() -> None:
    """'"A," Smith said. "B."' read as one content: the words outside the marks are its own cue's frame."""
    text = ("“The bridge will reopen in May once the new deck is poured and tested,” Ruiz said. “Traffic on it "
            "will be light at first, and the toll will stay where it is for a year.”")
    found = _found(text, text)._replace(cue=(text.index("said"), text.index("said") + 4))
    assert found.kind == "direct"
    assert reported_kind(found, find_quotes(text)).kind == "direct"


def test_reported_kind_a_signed_excerpt_with_an_inner_quotation_stays_direct() -> None:
    """A review excerpt credited below it is direct for where it stands (``embedded_posts``), not for marks round
    it: its own inner quotation leaves all of its words the outlet's (PC World on a real page)."""
    text = ("Is the console the future? That's two questions, I guess. First, \"Is streaming the future of gaming?\" "
            "Possibly. It's convenient.\n[PC World]")
    content = text[:text.index("\n")]
    sig = text.index("[PC World]") + 1
    found = _found(text, content)._replace(kind="direct", cue=(sig, sig))
    assert reported_kind(found, find_quotes(text)).kind == "direct"


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # a headline's single marks quote words: a part of the content quoted is mixed, the whole direct
        pytest.param("Senator Says Budget Deal Is ‘Dead On Arrival’ In House\n\nThe senator spoke on Monday.",
                     "Budget Deal Is ‘Dead On Arrival’ In House", "mixed", id="headline-curly-phrase"),
        pytest.param("Coach Insists His Team ‘Earned’ The Title\n\nThe coach spoke on Monday.",
                     "His Team ‘Earned’ The Title", "mixed", id="headline-curly-word"),
        pytest.param("Mayor Says Flood Plan 'Will Save Lives'\n\nThe mayor spoke on Monday.",
                     "Flood Plan 'Will Save Lives'", "mixed", id="headline-straight-marks"),
        pytest.param("Flooded Town's Mayor Tells Residents ‘We Will Rebuild’\n\nThe mayor spoke on Monday.",
                     "‘We Will Rebuild’", "direct", id="headline-whole-quotation"),
        # in body copy single marks are left to the writer: a name, a term ("a ‘phase one’ deal"), rarely a quotation
        pytest.param("The mayor said the plan was ‘a disgrace’ on Monday.", "the plan was ‘a disgrace’ on Monday",
                     "indirect", id="body-curly-phrase"),
        pytest.param("Analysts say a ‘first stage’ tariff deal could slip into spring.",
                     "a ‘first stage’ tariff deal could slip into spring", "indirect", id="body-term"),
        # apostrophes quote nothing: a possessive, an elided year, rock ’n’ roll, a contraction
        pytest.param("He said Clinton's plan would pass.", "Clinton's plan would pass", "indirect", id="possessive"),
        pytest.param("She said the ’90s were kinder to bands.", "the ’90s were kinder to bands", "indirect",
                     id="elided-year"),
        pytest.param("He said rock ’n’ roll would never die.", "rock ’n’ roll would never die", "indirect",
                     id="rock-n-roll-curly"),
        pytest.param("He said rock 'n' roll would never die.", "rock 'n' roll would never die", "indirect",
                     id="rock-n-roll-straight"),
        pytest.param("She said the players' union didn't agree.", "the players' union didn't agree", "indirect",
                     id="plural-possessive-and-contraction"),
        pytest.param("She said the ’90s and the Smiths’ house were ‘gone’.", "the ’90s and the Smiths’ house were ‘gone’",
                     "indirect", id="apostrophes-beside-a-body-quotation"),
        pytest.param("Rock Star’s Manager Says Band’s Tour Is ‘Over For Good’ After Fire\n\nShe spoke.",
                     "Band’s Tour Is ‘Over For Good’ After Fire", "mixed", id="apostrophes-beside-a-headline-quotation"),
        pytest.param("Museum Director Says Rock 'N' Roll Hall Will Expand Next Year\n\nShe spoke.",
                     "Rock 'N' Roll Hall Will Expand Next Year", "indirect", id="headline-capital-elision"),
        pytest.param("Senator Vows To Give 'Em Hell, Says Race Is 'Winnable'\n\nShe spoke.",
                     "Race Is 'Winnable'", "mixed", id="headline-capital-elision-beside-a-quotation"),
        pytest.param("Senator Says Clinton's Budget Won't Pass The House\n\nShe spoke.",
                     "Clinton's Budget Won't Pass The House", "indirect", id="headline-apostrophes-only"),
        pytest.param("Critic Says Fans Of ‘Night Harbor’ Are Loyal To A Fault\n\nShe spoke.",
                     "Fans Of ‘Night Harbor’ Are Loyal To A Fault", "mixed", id="headline-title-reads-as-double"),
        # a title in single marks is the writer's, as in double ones: no speaker's words
        pytest.param("The singer said she hummed ‘Moon River’ all day.", "she hummed ‘Moon River’ all day",
                     "indirect", id="a-song-title"),
        pytest.param("The critic said fans of ‘Night Harbor,’ the film, were loyal.",
                     "fans of ‘Night Harbor,’ the film, were loyal", "indirect", id="a-film-title"),
        pytest.param("The governor said the plan would tax so-called ‘windfall’ profits.",
                     "the plan would tax so-called ‘windfall’ profits", "indirect", id="so-called-single"),
    ],
)
def test_reported_kind_single_marks(text: str, content: str, expected: str) -> None:
    """``single_quotations``: in copy that quotes in double marks, single ones quote words too, as a headline does."""
    assert reported_kind(_found(text, content), find_quotes(text)).kind == expected


@pytest.mark.parametrize(
    "text, content, title",
    [
        ("The singer said she hummed “Moon River” all day.", "she hummed “Moon River” all day", "“Moon River”"),
        ("The governor said the plan would tax so-called “windfall” profits.",
         "the plan would tax so-called “windfall” profits", "“windfall”"),
    ],
)
def test_reported_kind_single_marks_read_as_double_ones(text: str, content: str, title: str) -> None:
    """A title or a distanced word reads the same in single marks as in double ones."""
    single = text.replace("“", "‘").replace("”", "’")
    assert reported_kind(_found(single, content.replace("“", "‘").replace("”", "’")), find_quotes(single)).kind \
        == reported_kind(_found(text, content), find_quotes(text)).kind
