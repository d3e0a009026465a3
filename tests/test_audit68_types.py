"""Source names and types that blind audits 67 and 68 judged partly right (issue 12): a surname by its "D'" prefix
(``lone_surnames.celtic_surname``), "Monsignor" as a person's title (``person_roles.txt``), one unnamed member of a
party or a nation (``source_types.one_unnamed_member``), a person's name after a body's name and a role
(``source_spans._person_after_role``), a name cut at its particle (``source_spans._name_past_particle``) and "the
company" its own sentence names (``sentence_companies``). Negatives: titles and lists of names the earlier attempt
broke (review 67a), plurals, names given beside, companies told apart, a company named as a place."""

from __future__ import annotations

import pytest

from _cues import cue_source, cue_span
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.sentence_companies import company_named_before

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 67 S76, b67 S135, S151, S211; audit 68 b68 S229, a67 S2
        ("D'Cunha said, from a science standpoint, Toronto's last case was April 19, so the all-clear day was "
         "actually yesterday.", "said", ("D'Cunha", "person")),
        ("Monsignor Grass admitted that the allegations were true.", "admitted", ("Monsignor Grass", "person")),
        ("Friends of Animals president Priscilla Feral said she is considering the possibility of further legal "
         "action but declined to elaborate.", "said", ("Priscilla Feral", "person")),
        ('"It was brazen intimidation to keep people on the reservation," said a Republican who attended but did not '
         "want to be named.", "said", ("a Republican", "anonymous")),
        ('In Damascus, Syrian Information Minister Ahmad al-Hassan called the charges "baseless and illogical".',
         "called", ("Ahmad al-Hassan", "person")),
        ("About 38,000 OGE Energy Corp. customers are without power, the company said on its Web site.", "said",
         ("OGE Energy Corp.", "organization")),
        ("Ford's shares rose after the report, the company said.", "said", ("Ford", "organization")),
        ("But while Microsoft's share of the low-end server software market has increased since the EU's investigation "
         "started five years ago, the firm has denied anti-competitive practices are to blame.", "has denied",
         ("Microsoft", "organization")),
        ("The Infineon case began in August 2000, when Rambus accused Infineon of patent infringement and Infineon "
         "counter-sued Rambus for breach of contract and fraud.", "accused", ("Rambus", "organization")),
        ("O'Keefe said the vote would be close.", "said", ("O'Keefe", "person")),
        ("Tauzin said the law would pass.", "said", ("Tauzin", "person")),
        # review 68t: "patent" in what a person says is no company's sign
        ("Rambus accused Infineon of patent infringement, Tauzin said.", "said", ("Tauzin", "person")),
        ("Lemley said patent trolls hurt small firms.", "said", ("Lemley", "person")),
        ("Smith said the patent had expired years ago.", "said", ("Smith", "person")),
        ("One Democrat said the bill would fail.", "said", ("One Democrat", "anonymous")),
        ("Osama bin Laden said the war would go on.", "said", ("Osama bin Laden", "person")),
        # negatives: a plural, a name beside, two companies, a company named as another's place, a modified noun,
        # titles and lists of names (review 67a)
        ("Republicans said the bill would fail.", "said", ("Republicans", "group")),
        ("Apple sued Samsung last year, the company said.", "said", ("the company", "organization")),
        ("Analysts at Goldman Sachs expect sales to fall, the company said.", "said", ("the company", "organization")),
        ("Ford's shares rose after the report, the parent company said.", "said", ("the parent company", "organization")),
        ("Ford's shares rose after GM's report, the company said.", "said", ("the company", "organization")),
        ("A spokesman, Lt. Cmdr. Rob Newell, said the ship would return next week.", "said", ("Rob Newell", "person")),
        ("Sens. Ted Cruz of Texas and Marco Rubio of Florida said the bill would fail.", "said",
         ("Ted Cruz of Texas and Marco Rubio of Florida", "group")),
        ("Fr. John Smith said the parish would close.", "said", ("John Smith", "person")),
        ("Hon. Mary Jones said the law was unfair.", "said", ("Mary Jones", "person")),
        ("The company president said the plan would work.", "said", ("The company president", "person")),
    ],
)
def test_audit68_source_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ('In Damascus, Syrian Information Minister Ahmad al-Hassan called the charges "baseless and illogical".',
         "called", "Syrian Information Minister Ahmad al-Hassan"),
        ("Foreign Minister Walter van Dijk said the talks failed.", "said", "Foreign Minister Walter van Dijk"),
        # negatives: no particle, a particle after the cue
        ("Foreign Minister Walter Dijk said the talks failed.", "said", "Foreign Minister Walter Dijk"),
    ],
)
def test_name_past_particle(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 38,000 OGE Energy Corp. customers are without power, the company said.", "OGE Energy Corp."),
        ("Ford's shares rose after the report, the firm said.", "Ford"),
        ("Microsoft's shares fell after the EU's ruling, the company said.", "Microsoft"),  # a government, no rival
        ("Ford’s shares rose after the report, the firm said.", "Ford"),  # NER's "Ford’s": without its possessive
        ("Sales rose. Ford's shares rose after the report, the firm said.", "Ford"),
        # negatives: another body or subject named the sentence before, two companies, a person too, a company as a place, a modified noun, a company named after it
        ("Ford's shares rose after GM's report, the company said.", None),
        ("Ford's shares rose after John Smith's report, the company said.", None),
        ("Analysts at Goldman Sachs expect sales to fall, the company said.", None),
        ("Ford's shares rose after the report, the parent company said.", None),
        ("The shares rose, the company said of Ford's report.", None),
        ("Instagram first introduced business accounts in 2016. There are now 140 million businesses across "
         "Facebook’s various platforms, according to the company.", None),
        ("GM cut prices. Ford's shares rose after the report, the firm said.", None),
        # review 68t: the named company as the object of a preposition or verb is the counterparty, and a person of it
        ("After Walmart's decision to drop its products, the company said sales would fall.", None),
        ("Despite Microsoft's offer of $44.6 billion, the company said the bid undervalued it.", None),
        ("Following Deloitte's audit, the company said it would restate its earnings.", None),
        ("The shares rose after JPMorgan's upgrade, the company said in a statement.", None),
        ("It rejected the bid on Tuesday. After reviewing Microsoft's offer, the company said it was too low.", None),
        ("Exxon's former chief executive joined the board, the company said.", None),
    ],
)
def test_company_named_before(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("company", "firm"))
    company = company_named_before(noun, load_lexicon())
    assert (company.text if company is not None else None) == expected
