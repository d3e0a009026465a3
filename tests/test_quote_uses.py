"""What a short quotation is used as (``nlp/extract/quote_uses.py``): the pure text
functions, and the parse-based ones on sentences."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quote_uses import (
    clipped_quotation,
    ironic_lead,
    is_title,
    named_thing,
    quoted_title,
    quoting_word_before,
    sentence_initial,
    someones_words,
)
from sayso.nlp.extract.quotes import find_quotes


def _quote(text: str, n: int = 0) -> tuple[int, int]:
    """(start, end) of the ``n``-th quotation of ``text`` as sayso finds it, its marks included."""
    q = find_quotes(text)[n]
    return q.start, q.end


@pytest.mark.parametrize(
    "text, title",
    [
        ("Teachers sang “We’re Not Gonna Take It” outside the Statehouse.", True),
        ("She starred in a BBC adaptation of “War & Peace” last year.", True),
        ("He wrote about it in his book “Musicophilia” in 2007.", True),
        ("The “Pose” actor said he was moved.", True),
        ("Those involved with “DWTS” struggled with the decision.", True),
        ("The car's boost mode kicks in when the driver shifts to “S” and floors it.", True),
        ("Fans of “Succession” will recognise the tone.", True),
        # negatives: lower case, or a capital that only opens a sentence or a line
        ("The rebels staged another “atrocity” for the cameras.", False),
        ("The firm sold another “miracle” cure to investors.", False),
        ("“Experts” have been wrong before.", False),
        ("It was over. “Reform” was dead.", False),
        ("The minister replied: “Nonsense” and left.", False),
        ("Once again the media played the “Assad is gassing his own people” card.", False),
    ],
)
def test_is_title(text: str, title: bool) -> None:
    s, e = _quote(text)
    assert is_title(text[s + 1:e - 1], text, s) is title


@pytest.mark.parametrize(
    "text, at, initial",
    [
        ("“Experts” say so.", 0, True),
        ("It ended. “Experts” say so.", 10, True),
        ("It ended.\n(“Experts” say so.)", 11, True),
        ("He said: “Experts” say so.", 9, True),
        ("He trusts the “Experts” now.", 14, False),
        ("One of the habits – “Put first things first” – helps.", 20, False),
    ],
)
def test_sentence_initial(text: str, at: int, initial: bool) -> None:
    assert text[at] == "“"
    assert sentence_initial(text, at) is initial


@pytest.mark.parametrize(
    "text, named",
    [
        ("The deal could raise $12.9bn if a “green shoe” option is exercised.", True),
        ("An app will control a new “functions on demand” system for lighting.", True),
        ("A “phase one” trade deal was supposed to be limited.", True),
        ("The arrow keys sit in an inverted “T” formation again.", True),
        ("Use code “50OFF699” to get it for $799.", True),
        ("Enter the promo code “SPRING20” at checkout.", True),
        ("He used the word “atrocity” twice.", True),
        ("The campaign's slogan “Starts with one” is everywhere.", True),
        # negatives: a noun that is no kind or name of things
        ("The rebels staged another “atrocity” for the cameras.", False),
        ("The firm sold another “miracle” cure to investors.", False),
        ("The story rests on mere “rebel” claims.", False),
        ("Once again the media played the “Assad is gassing his own people” card.", False),
        ("The “experts” got it wrong again.", False),
        ("Residents were bused in for another “spontaneous” rally.", False),
        ("The government's “voluntary” protest drew few people.", False),
    ],
)
def test_named_thing(text: str, named: bool) -> None:
    s, e = _quote(text)
    assert named_thing(text, s, e) is named


@pytest.mark.parametrize(
    "text, title",
    [
        ("Fans in Lyon are crazy about “Lost Highway,” the producer said.", True),
        ("The network dropped the low-rated “Night Shift.”", True),
        ("She has read ''Moby Dick'' twice.", True),
        ("He pursued a new “Northern Exposure” with the old cast.", True),
        ("The critic praised “Musicophilia” in her column.", True),  # one capitalised word inside a sentence
        # negatives: words in lower case, a capital only because it opens the sentence, a sentence inside,
        # too long a run, and a name put in someone's mouth (quoting word, copula, "as", modal)
        ("She said the talks were in “a very good place” now.", False),
        ("“Nonsense” was all he said.", False),
        ("The crowd chanted “Lock Them Up. Lock Them Up.” at the rally.", False),
        ("He said the show “Is Coming Back Next Year With Its Whole Original Cast” soon.", False),
        ("The senator called his rival “Low Energy Jeb” on Monday.", False),
        ("The fact-checkers found her claims were “Mostly False.”", False),
        ("The governor hailed the mayor as “The Comeback Kid” this week.", False),
        ("The spokesman said the firm would “Never Give Up” on the mine.", False),
        ("At the end of the song she added the words “Vote Early” twice.", False),
        # a verb of uttering, a present-tense quoting word, a title-cased headline line
        ("Police said the suspect shouted “Allahu Akbar” before opening fire.", False),
        ("Trump tweeted “No Collusion, No Obstruction” after the report was released.", False),
        ("The judge said the defendant, who calls himself “The Messiah,” was fit to stand trial.", False),
        ("Trump Says “Witch Hunt” Will End Soon, Vows To Fight On\nThe president said on Monday.", False),
        ("The senator said he had read “Hillbilly Elegy” twice.", True),
        ("She sang “Happy Birthday” to the crowd.", True),
    ],
)
def test_quoted_title(text: str, title: bool) -> None:
    q = find_quotes(text)[0]
    assert quoted_title(text, q.start, text[q.inner_start:q.inner_end]) is title


@pytest.mark.parametrize(
    "text, quoting",
    [
        ("He later called her “second-rate” on the radio.", True),
        ("Officials warned of “dire consequences” for the region.", True),
        ("The board dubbed the plan “Project Blue” last year.", True),
        ("She said it was another “atrocity” by the regime.", False),
        ("The band played “Hey Jude” twice.", False),
    ],
)
def test_quoting_word_before(text: str, quoting: bool) -> None:
    assert quoting_word_before(text, find_quotes(text)[0].start) is quoting


@pytest.mark.parametrize(
    "text, ironic",
    [
        ("The so-called “reforms” cut pensions.", True),
        ("A self-styled “patriot” group marched.", True),
        ("Its supposed “experts” disagreed.", True),
        ("The “reforms” cut pensions.", False),
        ("Another “atrocity” was staged.", False),
    ],
)
def test_ironic_lead(text: str, ironic: bool) -> None:
    s, _ = _quote(text)
    assert ironic_lead(text, s) is ironic


@pytest.mark.parametrize(
    "text, said",
    [
        ("Forecasters are warning that air pollution is likely to reach “severe” levels on Wednesday.", True),
        ("Meteorologists warned that the storm would bring “catastrophic” flooding to the coast.", True),
        ("In a post at the time she described this as the “worst case scenario” for her.", True),
        ("The coach described the loss as a “wake-up call” for the whole team.", True),
        ("The mother testified, describing for the jury the horrific details of the “physical fight” that night.", True),
        ("Netanyahu cheered the “historic” move on Monday.", True),
        ("The senator condemned the “reckless” decision in a statement.", True),
        ("Officials insisted that the plant was “perfectly safe” for workers.", True),
        # negatives: the quotation is the verb's subject, in a clause of time, or no verb of saying governs it
        ("“Experts” say the vaccine is safe.", False),
        ("The minister said nothing as the “reforms” passed the house.", False),
        ("The rebels staged another “atrocity” for the cameras.", False),
        ("The firm sold another “miracle” cure to investors.", False),
        ("Plumes are exciting because they are sending “free samples” into space.", False),
        ("He wants to keep his “tough on China” stance for the campaign.", False),
        # a negated verb or a question reports no words
        ("The experts cannot explain why the “reset” proved to be appeasement.", False),
        ("Nobody asked whether the “reforms” had worked at all.", False),
        ("The spokesman did not say that the plant was “perfectly safe” for workers.", False),
        ("The diplomats never explained how the “deal” would be enforced.", False),
    ],
)
def test_someones_words(nlp, text: str, said: bool) -> None:
    s, e = _quote(text)
    assert someones_words(nlp(text), s + 1, e - 1, load_lexicon()) is said


@pytest.mark.parametrize(
    "text, clipped",
    [
        ("This contradicts his claim that the pair were “not close” at all.", True),
        ("Directives told officials to “show absolutely no mercy” to anyone.", True),
        ("He asked for purchases larger “than any time in our history” by far.", True),
        ("One of the habits, “Put first things first”, keeps me focused.", True),
        ("The union vowed to fight “to the bitter end” if it must.", True),
        ("The pair were “not close”, she insisted later.", True),
        # negatives: a noun, an adjective, a clause with its subject, one word
        ("The rebels staged another “atrocity” for the cameras.", False),
        ("The firm sold another “miracle cure” to investors.", False),
        ("Once again the media played the “Assad is gassing his own people” card.", False),
        ("They called for “fix” after “fix”.", False),
        ("The so-called “peace process” has stalled.", False),
    ],
)
def test_clipped_quotation(nlp, text: str, clipped: bool) -> None:
    s, e = _quote(text)
    assert clipped_quotation(nlp(text), s + 1, e - 1) is clipped
