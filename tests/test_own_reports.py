"""The outlet's own earlier reporting is the writer's voice, not a cited source: ``nlp/extract/own_reports.py``
(blind audit 20: "As we previously reported", "In March, we reported ..."). Another outlet's report, a "we"
inside a quotation and a "we" someone else speaks for stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_the_outlets_own_report = cue_table(
    [
        # the outlet points at its earlier story: no one is cited
        ("As we previously reported, the mayor resigned last week after the audit.", "reported", False),
        ("As we have noted before, the council never published the minutes.", "noted", False),
        ("The mayor, as we told you on Monday, has resigned.", "told", False),
        ("As we reported in March, the plant will close in June.", "reported", False),
        ("This is not new.\nIn March, we reported that a councillor had been attacked outside the town hall.",
         "reported", False),
        ("Donations to the fund have tripled.\nAs we previously reported:\n"
         "The senator, who is running for governor, has been accused of fraud by a former aide.", "reported", False),
        ("As we revealed last month, the hospital had quietly cut its night staff.", "revealed", False),
        ("We wrote last year that the stadium deal would cost taxpayers millions.", "wrote", False),
        # another outlet's report, a "we" in someone's quotation or clause, someone else's "we": kept
        ("As The Guardian reported, the minister resigned.", "reported", True),
        ("As the Huffington Post previously reported, the senator is the top recipient of the donations.",
         "reported", True),
        ("The Associated Press reported that the plant would close in June.", "reported", True),
        ("“As we reported to the board, revenue fell,” Smith said.", "said", True),
        ("“As we reported to the board, revenue fell,” Smith said.", "reported", False),
        ("Smith said that, as we reported, the deal had collapsed.", "said", True),
        ("We reported the break-in to the police right away, the shop owner said.", "said", True),
        ("Police said the man was arrested on Tuesday.", "said", True),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("As we previously reported, the mayor resigned.", "reported", True),
        ("We noted that the council never met.", "noted", True),
        ("We believe that the council never met.", "believe", False),  # a view: ``authors_own_voice``'s case
        ("Our team reported that the council never met.", "reported", False),  # people of the outlet
        ("I reported that the council never met.", "reported", False),
        ("They reported that the council never met.", "reported", False),
    ],
)
def test_publishing_we(nlp, text: str, cue: str, expected: bool) -> None:
    from sayso.nlp.extract.own_reports import publishing_we

    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == cue)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    assert publishing_we(token, subject) is expected


test_the_writers_earlier_words = cue_table(
    [
        # PTC blind audits 29, 41, 50: the writer pointing at its own earlier words
        ("Jones was banned. I wrote at the time, “Alex Jones is just the beginning of this purge. It’s going to get "
         "much worse.”", "wrote", False),
        ("The vote was close. As I noted previously, the committee had no quorum.", "noted", False),
        # kept: no pointer back, a time of writing, a quotation's "I", a third person
        ("Earlier today I wrote: “FBI spokeswoman Gina Swankie declined to elaborate on the matter.”", "wrote", True),
        ("“As I've said before, we will not pay,” Smith said.", "said", True),
        ("As Smith wrote at the time, “Alex Jones is just the beginning of this purge.”", "wrote", True),
        # PTC blind audits 28, 29: the pointer back past a misparse ("it was political" read as the head), a book
        ("Ford was part of it.\nAs I've said before, I don't support Kavanaugh's appointment to the Supreme Court on "
         "the grounds of lack of constitutional rulings, but that attack on him was orchestrated, it was political and "
         "Ford was a part of it.", "said", False),
        ("Students are made to write out the Shahada.\nThis is exactly what I warned about in my book, Stop the "
         "Islamization of America, in the chapter on public schools.", "warned", False),
        # kept: a book not the writer's, an "I" in a quotation
        ("This is exactly what Smith warned about in his book, The Coming Storm.", "warned", True),
        ("“This is exactly what I warned about in my book,” Smith said.", "said", True),
    ],
)


test_the_narrators_own_discoveries = cue_table(
    [
        # PTC blind audits 33, 47: the narrator's "I learned" / "we learned" under a frame of time or a copula
        ("It grew with my time at the Wall Street Journal when I learned that some truthful things simply could not "
         "be said.", "learned", False),
        ("That’s when, on Clinton’s watch, we learned that the NSA was gathering personal information on members of "
         "the Security Council.", "learned", False),
        # kept: someone else's report around the "I" or "we", a quotation, a third person
        ("Smith said that when we learned about the leak, the agency was already gone.", "said", True),
        ("“That’s when we learned that the NSA was spying on us,” Smith said.", "said", True),
        ("That’s when the senators learned that the NSA was gathering personal information.", "learned", True),
        ("Smith said he left when we asked him to.", "said", True),
        # an unquoted testimony's "I" under "my recollection is" (a noun subject, not an empty "it"/"that")
        ("I believe he was asked to testify.\nAnd my recollection is that I informed Mr. McCone that we could find no "
         "evidence that Oswald had any connection with the CIA.", "informed", True),
        ("“I said that the plan would fail when we learned of the audit,” Smith told reporters.", "told", True),
        # an inverted speaker the parse buries in the clause: the "I" is the speaker's (review rev65n)
        ("He went pale when I said that the bank had failed, recalled Jones, a teller.", "said", True),
        ("She was shaking when I told her that the plant would close, recalled the foreman.", "told", True),
        ("That's when I told him that the deal was off, added Cohen.", "told", True),
        ("Viganò wrote in his testimony:\n“When I learned that the Cardinal had been sanctioned, I informed the "
         "Secretary of State.”", "wrote", True),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("I wrote at the time, “Alex Jones is just the beginning.”", "wrote", True),
        ("As I've said before, I don't support the appointment.", "said", True),
        ("As I wrote elsewhere, the bishops gave themselves a pass.", "wrote", True),
        ("I wrote, “Alex Jones is just the beginning.”", "wrote", False),
        ("Earlier today I wrote: “The FBI declined to comment.”", "wrote", False),
        ("As we said before, the plan failed.", "said", False),
        ("As he said before, the plan failed.", "said", False),
    ],
)
def test_writers_earlier_words_predicate(nlp, text: str, cue: str, expected: bool) -> None:
    from sayso.nlp.extract.candidates import Content
    from sayso.nlp.extract.own_reports import writers_earlier_words
    from sayso.nlp.extract.quotes import find_quotes

    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    content = Content("ccomp", token.sent[-2].idx, len(text))  # the end of the sentence: what the tables report
    assert writers_earlier_words(token, content, subject, find_quotes(text)) is expected
