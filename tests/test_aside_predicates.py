"""A reported clause whose subject carries an aside or a title, and the predicate its content must reach.

The blind readers judged contents that stop inside the subject wrong ("this official — ... — was", "the USCCB
demanded that Fr.", "the way the administration revoked the pass, with no notice ..."): the aside or the title's
period sends the parse astray and the content ends before the claim. Each table holds the fixed form and near
forms that must not change (``aside_predicates``, ``candidates.verb_of_auxiliary``, ``empty_acts.ends_at_title``).
"""

from __future__ import annotations

import pytest

from _cues import cue_contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the subject's aside closes and the predicate the parse hung on the cue (or above it) follows: to the end
        ("It also says the way the administration revoked the pass, with no direct notice to Acosta or a written "
         "explanation detailing the decision, violated the Fifth Amendment’s protection of due process.", "also says",
         "the way the administration revoked the pass, with no direct notice to Acosta or a written explanation "
         "detailing the decision, violated the Fifth Amendment’s protection of due process"),
        ("Viganò concludes his testimony by declaring that all of the prelates involved (many others are "
         "implicated), including Bergoglio, should resign their offices for the good of the Church.", "declaring",
         "that all of the prelates involved (many others are implicated), including Bergoglio, should resign their "
         "offices for the good of the Church"),
        # near forms: a clause that has its predicate; a plain object and the speaker's next act; a verb of saying
        ("The mayor said the bridge, which opened in 1990, is unsafe.", "said",
         "the bridge, which opened in 1990, is unsafe"),
        ("He denied the charges, resigned the next day and left the city.", "denied", "the charges"),
        ("The mayor denied the report, published Tuesday, resigned the next day.", "denied",
         "the report, published Tuesday"),
        ("The mayor denied the report, published Tuesday, and resigned.", "denied", "the report, published Tuesday"),
        # the speaker's next act with an auxiliary of its own after a cue with one (review): no run into it
        ("The company has denied the claims, made in a lawsuit in Texas, will fight them in court.", "has denied",
         "the claims, made in a lawsuit in Texas"),
        ("The firm had announced the layoffs, some 900 jobs, would close two plants.", "had announced",
         "the layoffs, some 900 jobs"),
    ],
)
def test_predicate_after_aside(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert expected in cue_contents(nlp, text, cue)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "As X documented," and a subject with a dash pair: the parse hung the clause on the auxiliary "was"
        ("As Miller documented, this official — whom the paper did not name because she was a covert agent at the "
         "time — was centrally involved in the worst abuses of the CIA’s torture regime.", "documented",
         "this official — whom the paper did not name because she was a covert agent at the time — was centrally "
         "involved in the worst abuses of the CIA’s torture regime"),
        # near forms: no aside; "according to" with a dashed relative
        ("As Miller documented, this official was centrally involved in the worst abuses.", "documented",
         "this official was centrally involved in the worst abuses"),
        ("As the Herald reported, according to police — who continue to insist this was an accident — the officer "
         "went into the wrong apartment.", "reported",
         "according to police — who continue to insist this was an accident — the officer went into the wrong apartment"),
    ],
)
def test_clause_of_the_auxiliarys_verb(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == [expected]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a title the tokenizer split from its period, or a line break after a title, ends the sentence: the
        # content stops at the title, before the name and the predicate, and is no statement
        ("Only a day later, the USCCB demanded that Fr. Weinandy resign his position as a consultant.", "demanded", []),
        ("Only a day after this letter was published, the USCCB demanded that Fr.\nWeinandy resign his position as "
         "a consultant to the bishops.\nHe has done so.", "demanded", []),
        ("The bishop said that Msgr. Smith would lead the parish.", "said", []),
        ("Police said Det. Jones found the weapon.", "said", []),
        ("Smith said Fr. Weinandy was right.", "said", []),
        # near forms: a title spaCy keeps whole, on the line or across it; a sentence that ends after an
        # abbreviation; a title inside the content
        ("Police said Sen. Jones found the weapon.", "said", ["Sen. Jones found the weapon"]),
        ("The statement said the Rev.\nDavid Dockery would lead the school.", "said",
         ["the Rev.\nDavid Dockery would lead the school"]),
        ("Smith said the money went to the FBI. Police would not comment.", "said", ["the money went to the FBI"]),
        ("Smith said the plan of Gov. Jones was right.", "said", ["the plan of Gov. Jones was right"]),
        # a content with its own verb keeps what it says; only a name's end is cut (audit 43 judged it partly right)
        ("The Washington Times reports:\nA watchdog group filed a Senate ethics complaint Monday against Sens.\n"
         "Kamala Harris and Elizabeth Warren for sending out emails.", "reports",
         ["A watchdog group filed a Senate ethics complaint Monday against Sens"]),
    ],
)
def test_content_ending_at_a_title(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected
