"""The rules over the pair model: what is a denial, which figure change is a new claim (MSR train cases)."""

from __future__ import annotations

import pytest

from sayso.corpus import claim_features as cf
from sayso.corpus.relation_rules import denies, figures, figures_far_apart


@pytest.mark.parametrize("a, b, denial", [
    # true denials: the same claim with its truth reversed
    ("Smith said he would resign.", "Smith said he would not resign.", True),
    ("The company confirmed the report.", "The company denied the report.", True),
    ("The senator supports the bill.", "The senator doesn't support the bill.", True),
    ("The senator supports the bill.", "The senator doesnt support the bill.", True),  # apostrophe dropped
    ("Police stopped the convoy.", "Police failed to stop the convoy.", True),
    ("The spokesman commented on the search.", "The spokesman declined to comment on the search.", True),
    ("The economy has shown sustainable growth.", "The economy has yet to show sustainable growth.", True),
    ("They said decisions had been made.", "They said no decisions had been made.", True),
    # the same claim, negation cues counted alike or not cues at all (MSR train pairs labelled 1)
    ('Peterson added, "I don\'t know anybody who is fighting."', "Peterson added, I dont know anybody who is fighting.", False),
    ("Jordan Green said he had no comment.", "Jordan Green declined to comment.", False),
    ("Jack Ferry would not comment on its status.", "Jack Ferry declined comment on its status.", False),
    ("The economy has yet to exhibit sustainable growth.", "The economy hasn't shown signs of sustainable growth.", False),
    ("They failed to get a big enough turnout.", "They did not get a big enough turnout.", False),
    ("If the subsidies are not repealed, the EU threatens sanctions.", "The EU threatens sanctions unless the subsidies are repealed.", False),
    ("His eyes were bloodshot and a blood test read 0.18.", "He failed a sobriety test and a blood test read 0.18.", False),
    ("Four were found guilty in Beijing's No. 1 Intermediate Court.", "Four were found guilty in Beijing.", False),
    ("Not only did profits rise, sales did too.", "Profits rose, and so did sales.", False),
    ("Florida's primary isn't until March 9.", "Florida's primary will be March 9.", False),
    ("Residents had nothing but praise for Lynch.", "Residents had effusive praise for Lynch.", False),
    ("The board issued a no-confidence vote in Goldin.", "The board gave Goldin a vote of no confidence.", False),
])
def test_denies(a, b, denial):
    assert denies(cf.parse(a), cf.parse(b)) is denial
    assert denies(cf.parse(b), cf.parse(a)) is denial


@pytest.mark.parametrize("text, kinds", [
    ("About 40 people were killed.", {("count", 40.0)}),
    ("Shares rose $1.42, or 5.8 percent, to $36.14.", {("money$", 1.42), ("percent", 5.8), ("money$", 36.14)}),
    ("It is 52km from Los Angeles, or 32 miles.", {("unit:km", 52.0), ("unit:miles", 32.0)}),
    ("They landed at 0240 GMT on Jan. 10, 2004.", {("time", None), ("date", 10.0), ("year", 2004.0)}),
    ("A net loss of $146 million, or 2.5%.", {("money$", 146e6), ("percent", 2.5)}),
])
def test_figures(text, kinds):
    assert figures(cf.parse(text)) == kinds


@pytest.mark.parametrize("a, b, far", [
    ("The ministry said 40 people were killed.", "The ministry said 400 people were killed.", True),
    ("Bush raised $49.5 million this quarter.", "Bush raised $83.9 million this quarter.", True),
    ("The index rose 0.7 percent.", "The index rose 1.9 percent.", True),
    ("The bill passed with 40 votes.", "The bill passed with 41 votes.", False),  # near: the same claim
    # a conversion or a detail only one side gives is not a new figure
    ("Chatsworth, 52km north-west of Los Angeles.", "Chatsworth, 32 miles northwest of Los Angeles.", False),
    ("OneNote is listed at £169.99.", "OneNote is listed at $273.", False),
    ("Under a 2001 agreement, prosecutors will not seek death.", "Under the agreement for the two, prosecutors will not seek death.", False),
    ("The capsule landed at 0240 GMT.", "The capsule came down at 2:40 a.m. GMT.", False),  # a clock time is not a quantity
    ("The conviction followed a 21/2-week trial.", "The conviction followed a 2 1/2 week trial.", False),  # fractions
    ("Use of the 2.6.0 kernel is months off.", "Releases of the 2.6 kernel remain months away.", False),
])
def test_figures_far_apart(a, b, far):
    assert figures_far_apart(cf.parse(a), cf.parse(b)) is far
