"""Contents that name no claim: a subject cut from its verb, a possessive cut from its noun, an occasion taken for a
topic's complement, the bare frame of another report after "according to" (``nlp/extract/dangling_ends.py``,
``candidates.occasion_clause``, ``adjunct_contents.according_to_frame``).

Each row: the text, the cue, and the content the cue keeps, or None where the cue gives no row. Positive rows are
cut or empty contents (run on to the verb's end, or dropped); negative rows are whole contents of the same shapes
that stay as they are."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, rows, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a subject cut from its verb: the content runs on through the verb the cue governs
        ("Members of the senate accused Lee of implying nurses were overpaid — a charge he denied.", "accused",
         "Lee of implying nurses were overpaid"),
        # ... or through the verb and its complements where the parse hung the verb on the speakers of a relative
        # "who said/argued ..." (a bare gerund subject: the reported clause's verb), never through their own verb
        ("Only 12 percent who said raising the levy was unfair changed their votes, compared with 40 percent last "
         "year.", "said", "raising the levy was unfair"),
        ("Nearly half backed the mayor, against 15 percent who said selling the park was unwise but lawful.", "said",
         "selling the park was unwise but lawful"),
        ("Voters who argued closing the school was a mistake lost the vote.", "argued",
         "closing the school was a mistake"),
        ("Fewer backed the plan, against 9 percent who said closing the pool was wrong but not unlawful.", "said",
         "closing the pool was wrong but not unlawful"),
        # ... but never through the speakers' own predicate, which the parse hung inside the reported clause's
        # complements: a finite verb after the cut verb, or none left for speakers that open the sentence
        ("Just 18% who said leaving the EU was a good idea backed the deal, the poll found.", "said", None),
        ("The 22 percent who think hiring more police is the answer are mostly older.", "think", None),
        ("Only 5 percent who said using the funds was legal approved of his conduct.", "said", None),
        ("Workers who said joining the union was pointless quit.", "said", None),
        ("Parents who feel closing the school was rushed met with the board on Tuesday.", "feel",
         "closing the school was rushed"),
        # ... or the row goes where the verb is not the cue's and the cue no relative on its subject
        ("The levy began, as bad ideas often do, with Mayor Hale, who claimed in June - falsely - that miners "
         "leaving the valley \"cannot find work here\" but bankers from the city \"can find it so easily.\"",
         "claimed", None),
        # a possessive cut from its noun
        ("Hale blames press for Lee's 'Smith built the wall' gaffe.", "blames", None),
        # an occasion is no complement of the topic: "addressed the scandal" is no statement
        ("Sen. Ann Roe also addressed the scandal when welcoming the governor Friday.", "also addressed", None),
        ("The mayor addressed the dispute before opening the new bridge.", "addressed", None),
        # the bare frame of another report is not what the paper reports
        ("“Why would anyone vote for this?” Hale asked at a town hall, according to the Denver Post.",
         "according to", None),
        # negatives: whole contents of the same shapes stay
        ("The senator accused the mayor of suggesting teachers were lazy.", "accused",
         "the mayor of suggesting teachers were lazy"),
        ("The 40 percent who said the tax was fair voted yes.", "said", "the tax was fair"),
        ("A third of those polled said raising the tax was unfair but legal.", "said",
         "raising the tax was unfair but legal"),
        ("He insisted that farmers living near the river \"will not be moved.\"", "insisted",
         "that farmers living near the river \"will not be moved"),
        ("The idea came from Hale, who argued last year that families moving from the coast \"will not fit in\" but "
         "retirees \"can settle anywhere.\"", "argued", "that families moving from the coast \"will not fit in"),
        ("Hale blames voters for the council's 'green streets' fiasco.", "blames",
         "voters for the council's 'green streets' fiasco"),
        ("She said the house was her mother's.", "said", "the house was her mother's"),
        ("Analysts said the company's shares would fall.", "said", "the company's shares would fall"),
        ("She blamed the press for the governor's \"open borders\" remark.", "blamed",
         "the press for the governor's \"open borders\" remark"),
        ("Hale said at a town hall that the plan was dead, according to the Denver Post.", "according to",
         "Hale said at a town hall that the plan was dead"),
        ("Hale said no, according to the Denver Post.", "according to", "Hale said no"),
        ("Hale said so, according to the Denver Post.", "according to", "Hale said so"),
        ("The plan is dead, according to the Denver Post.", "according to", "The plan is dead"),
        ("He told reporters the deal is dead.", "told", "the deal is dead"),
        ("Hale's conclusion that towns should not try to measure a park's value to residents is not shared by the "
         "board.", "conclusion", "that towns should not try to measure a park's value to residents"),
        ("Lee is casting himself as a friend of farmers when it comes to rewriting the water rules.", "is casting",
         "himself as a friend of farmers when it comes to rewriting the water rules"),
        ("Officials said the victims were taken to hospital.", "said", "the victims were taken to hospital"),
        # a verb conjoined after a coordination inside the content is the writer's next clause: no run-on
        ("Users rightly expect to pick up a Mac and use it for several years and investing in a new machine "
         "shouldn't be capped by previous standards.", "rightly expect",
         "to pick up a Mac and use it for several years and investing in a new machine"),
        # a possessive that is the predicate is no cut, whatever follows it
        ("The car was the driver's, police said.", "said", "The car was the driver's"),
        ("The lawyer said the signature was his client's — a claim the bank disputed.", "said",
         "the signature was his client's"),
        ("The coach said the win was the team's, and he thanked the fans.", "said", "the win was the team's"),
        # a clause of time after a complement that names an act may date that act: it stays
        ("He accused the minister of misleading parliament before the war began.", "accused",
         "the minister of misleading parliament before the war began"),
        # a question verb: the clause after its object is the question asked, no occasion
        ("Ohio Rep. Ann Roe asked Lee when her office had discovered the email about the vote.", "asked",
         "when her office had discovered the email about the vote"),
        ("The coach blamed the referee for stopping play before the goal was scored.", "blamed",
         "the referee for stopping play before the goal was scored"),
        # ... and where the object's complement names no act, the occasion is cut off
        ("Smith called the verdict unfair after the jury returned.", "called", "the verdict unfair"),
        # a frame whose verb says what of, or against what, carries a claim
        ("Hale warned of dire consequences, according to the Denver Post.", "according to",
         "Hale warned of dire consequences"),
    ],
)
def test_claimless_content(nlp, text: str, cue: str, content: str | None) -> None:  # noqa: ANN001
    found = [a.content.text.strip(TRIM) for a in with_cue(analysis(nlp, text), cue)]
    if content is None:
        assert found == [], rows(nlp, text)
    else:
        assert content.strip(TRIM) in found, (found, rows(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a verb whose subject stands before the content, the cue no verb that reports only a clause
        "Those who criticized the plan were ignored by the council.",
        # a lexical verb after the content may be the cue's subject's next predicate
        "The nurses offering to staff the new flu clinic praised the plan of the county health board.",
    ],
)
def test_subject_before_content_no_run_on(nlp, text: str) -> None:  # noqa: ANN001
    assert all(not a.content.text.endswith(("ignored by the council", "county health board"))
               for a in analysis(nlp, text).attributions)
