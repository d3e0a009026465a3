"""A "his campaign" or "her campaign" that speaks is the campaign of the one person the possessive stands for,
named as a journalist names it ("the Sanders campaign": ``source_pronouns.by_campaign_owner``). Issue 12, PolNeAR
page audit p76: "..., his campaign announced" after the candidate was named stayed "his campaign".

Only the bare phrase with "his" or "her": a campaign's manager, "its campaign", and a possessive that could stand for
either of two people are left as written (a wrong speaker is worse than an unresolved one).
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_campaign_of_the_possessor = speaker_table([
    pytest.param("Maria Lopez collected more than $12 million in the spring to fund her run for governor, her campaign "
                 "said on Friday.", "said", "Lopez campaign", id="owner-in-content"),
    pytest.param("Senator Dale Whitaker toured three factories this week. His campaign announced that the tour would "
                 "continue into Ohio.", "announced", "Whitaker campaign", id="owner-sentence-before"),
    pytest.param("Jane Okafor launched a new television ad on Tuesday. “We are gaining every day,” her campaign "
                 "said.", "said", "Okafor campaign", id="quote-before-cue"),
    pytest.param("Robert Hale Jr. opened two field offices in Iowa. His campaign said more would follow.", "said",
                 "Hale campaign", id="suffix-dropped"),
    # negatives: two people the "his" could stand for; a campaign's manager; "its campaign"; no one named
    pytest.param("Tom Brennan and Luis Ortega both filed their papers on Monday. His campaign said the filing was "
                 "late.", "said", "His campaign", id="two-owners"),
    pytest.param("Rep. Maria Lopez is running for governor. Her campaign manager said the polls were wrong.", "said",
                 "Her campaign manager", id="campaign-manager"),
    pytest.param("The nurses' union endorsed Jane Okafor on Tuesday. Its campaign said the ads would run soon.",
                 "said", "Its campaign", id="its-campaign"),
    # review rev74m: a rival of the possessive's sex named in its sentence or the one before (rival_in_between
    # reads no possessive): the campaign may be either's, and a campaign most often answers the one its rival named
    pytest.param("Donald Trump said Jeb Bush was weak. His campaign responded that the remark was childish.",
                 "responded", "His campaign", id="rival-in-content-before"),
    pytest.param("Ted Cruz attacked Donald Trump on Monday. His campaign said the attacks were desperate.", "said",
                 "His campaign", id="rival-object-before"),
    pytest.param("Donald Trump mocked Jeb Bush at a rally in Iowa. His campaign said Bush would not be bullied.",
                 "said", "His campaign", id="rival-in-own-content"),
    pytest.param("Theresa May faced Jeremy Corbyn in the debate. Her campaign said she had won comfortably.", "said",
                 "May campaign", id="other-sex-no-rival"),
    pytest.param("Sanders leads Clinton in New Hampshire. His campaign said the poll was encouraging.", "said",
                 "His campaign", id="bare-name-no-sex"),
    pytest.param("Hillary Clinton and her husband Bill toured Iowa. His campaign said the trip was a success.", "said",
                 "His campaign", id="given-name-owner"),
    pytest.param("The rally drew a large crowd. His campaign said the turnout beat every forecast.", "said",
                 "His campaign", id="no-owner"),
])

# a bare "the campaign" that speaks is the campaign of the one person whose campaign the text named before ("Ann
# Lee's campaign", "the Lee campaign": ``campaign_owners.named_campaign_owner``). Issue 12, PolNeAR page audit p77:
# "The campaign is expecting ..." after "Donald Trump's campaign is making ..." stayed "The campaign". A second
# owner's campaign, a campaign owned by a pronoun, a body's or a party's, a campaign put beside a name, and a mention
# with words of its own leave it as written (a wrong campaign puts words in the rival's mouth)
test_the_named_campaign = speaker_table([
    pytest.param("Nadia Ferreira's campaign is placing its largest television order yet. The campaign said the "
                 "first spots would run on Monday.", "said", "Ferreira campaign", id="possessive-before"),
    pytest.param("The Whitaker campaign opened four offices in Nevada on Friday. Volunteers cheered. The campaign "
                 "said more would open soon.", "said", "Whitaker campaign", id="compound-before"),
    pytest.param("Gov. Dale Whitaker's reelection campaign hired a new pollster. Turnout worries the party. The "
                 "campaign said the hire would pay off.", "said", "Whitaker campaign", id="qualified-before"),
    pytest.param("Nadia Ferreira's campaign bought radio time. Omar Bell called the ads misleading. The campaign "
                 "said they were accurate.", "said", "Ferreira campaign", id="rival-named-no-campaign"),
    # negatives
    pytest.param("Nadia Ferreira's campaign bought radio time. Omar Bell's campaign bought more. The campaign said "
                 "the ads were accurate.", "said", "The campaign", id="two-campaigns"),
    pytest.param("Nadia Ferreira's campaign bought radio time. Her campaign also hired staff. The campaign said the "
                 "ads were accurate.", "said", "The campaign", id="pronoun-campaign-too"),
    pytest.param("Oxfam's campaign against the new tax began in May. The campaign said the tax would hurt small "
                 "farmers.", "said",
                 "The campaign", id="body-owner"),
    pytest.param("Nadia Ferreira's campaign bought radio time. The Democratic campaign said the ads were false.",
                 "said", "The Democratic campaign", id="own-qualifier"),
    pytest.param("Nadia Ferreira toured three towns on Friday. The campaign said the crowds were large.", "said",
                 "The campaign", id="no-campaign-named"),
])

# review rev75o: a campaign the branch's reading missed stays a second candidate (it read only a word before a singular
# "campaign"): one named after "of", a post's ("Tom Hale's campaign spokesman"), "the rival/other campaign", "both
# campaigns", "the Lee and Hale campaigns"; and a campaign of years before is never the one that speaks now
test_the_named_campaign_rivals = speaker_table([
    pytest.param("The campaign of Tom Hale spent $2 million on ads in May. Ann Lee's campaign bought radio time in "
                 "June. The campaign said the spots would run through July.", "said", "The campaign", id="of-owner"),
    pytest.param("Ann Lee's campaign bought radio time. Tom Hale's campaign spokesman, Jim Ross, called the ads false. "
                 "The campaign said they were accurate.", "said", "The campaign", id="rival-campaign-post"),
    pytest.param("Ann Lee's campaign bought radio time on Monday. The rival campaign called the ads misleading. The "
                 "campaign said the ads were accurate.", "said", "The campaign", id="rival-campaign"),
    pytest.param("Ann Lee's campaign bought radio time. The other campaign said the ads were false. The campaign said "
                 "they were accurate.", "said", "The campaign", id="other-campaign"),
    pytest.param("Ann Lee's campaign launched a new ad on Monday. Both campaigns have spent heavily in Ohio. The "
                 "campaign said it would add $1 million more.", "said", "The campaign", id="both-campaigns"),
    pytest.param("The Lee and Hale campaigns traded barbs all week. Ann Lee's campaign bought more airtime on Friday. "
                 "The campaign said the race was tightening.", "said", "The campaign", id="plural-campaigns"),
    pytest.param("Ann Lee's campaign bought radio time. Tom Hale launched a campaign of his own in May. The campaign "
                 "said it would spend $3 million.", "said", "The campaign", id="campaign-of-his-own"),
    pytest.param("Barack Obama's 2008 campaign pioneered small-dollar fundraising online. Hillary Clinton hopes to "
                 "match that. The campaign said on Tuesday it had raised $45 million.", "said", "The campaign",
                 id="past-campaign-year"),
    pytest.param("Unlike Mitt Romney's campaign four years ago, Donald Trump's has barely spent on field offices. The "
                 "campaign said volunteers would fill the gap.", "said", "The campaign", id="past-campaign-ago"),
    # positives kept: a past campaign beside the one in play, and the owner's "second campaign"
    pytest.param("Unlike Barack Obama's 2008 campaign, Hillary Clinton's campaign has few small donors. The campaign "
                 "said that would change.", "said", "Clinton campaign", id="past-campaign-beside"),
    pytest.param("Ann Lee's second campaign for governor opened offices in every county. The campaign said more would "
                 "open in May.", "said", "Lee campaign", id="ordinal-of-owner"),
])
