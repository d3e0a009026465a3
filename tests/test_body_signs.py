"""A name NER read as a person's that the sentence calls "it" or sets beside a company's noun (``body_signs``), and a lone name whose "his" owns a
person's relation (``lone_surnames.person_sign``): issue 12, audits 65-66 (wire sentences read alone), where "BofA",
"Avery Dennison" and "Ursel Reisen" were typed persons and "Fine" an organisation. The pronoun counts only where
nothing before it in the text could be what it stands for (``sole_referents``). Negatives: a name a person's could be,
a person's sign, another noun before the pronoun, an "it" that does no company's thing, a company's "his"."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.sole_referents import sole_referent

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 66: companies NER tagged PERSON, called "it" that cuts jobs, closes plants, cancels trips
        ("BofA said it would cut 1,000 jobs in its mortgage unit.", "said", ("BofA", "organization")),
        # review 67: a name of two or three words stays a person's ("Satya Nadella said it would hire 1,000 workers"
        # has the same shape); only the apposition of a company's noun makes it a company (test below)
        ("Avery Dennison said it would close three plants and cut 1,500 jobs.", "said", ("Avery Dennison", "person")),
        ("Satya Nadella said it would hire 1,000 workers.", "said", ("Satya Nadella", "person")),
        ("Kwasi Kwarteng said it would sell its stake.", "said", ("Kwasi Kwarteng", "person")),
        ("BofA said its profit rose.", "said", ("BofA", "organization")),
        # Hughes Electronics: a company NER tags ORG stays one (founders' list, an "its")
        ("Hughes said its satellite unit would be sold to a rival.", "said", ("Hughes", "organization")),
        # negatives: a name a person's could be (a given name opens it), a person's sign, another noun before the "it",
        # an "it" that does no company's thing, more words than the name
        ("John Smith said it would cut 1,000 jobs.", "said", ("John Smith", "person")),
        ("Avery Dennison said he would close three plants.", "said", ("Avery Dennison", "person")),
        ("The plan was approved on Monday. Avery Dennison said it would cut 1,000 jobs.", "said",
         ("Avery Dennison", "person")),
        ("Avery Dennison said it would take years to repair the road.", "said", ("Avery Dennison", "person")),
        ("Mr. Reisen said it had cancelled all trips to the region.", "said", ("Reisen", "person")),
    ],
)
def test_a_name_the_sentence_calls_it_is_a_company(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a company's noun set beside a name no person's could be: the company, named without the apposition
        ("Ursel Reisen, a German tour operator, said it had cancelled all trips.", "said",
         ("Ursel Reisen", "organization")),
        ("Ursel Reisen, a German tour operator, said trips were cancelled.", "said", ("Ursel Reisen", "organization")),
        ("BofA, the second-largest U.S. bank, said the economy was slowing.", "said", ("BofA", "organization")),
        ("Avery Dennison, the label maker, said it would cut jobs.", "said", ("Avery Dennison", "organization")),
        ("Apple, a giant industrial producer, said it would run on renewable energy.", "said",
         ("Apple", "organization")),
        # negatives: a name a person's could be, a person's role beside the name, two bodies joined
        ("John Smith, a tour operator, said he had cancelled all trips.", "said", ("John Smith", "person")),
        ("Ursel Reisen, the firm's founder, said it had cancelled all trips.", "said", ("Ursel Reisen", "person")),
        ("Reuters, AP and AFP said the talks would resume.", "said", ("Reuters, AP and AFP", "outlet")),
    ],
)
def test_a_company_noun_beside_a_name_is_a_company(nlp, text: str, cue: str,  # noqa: ANN001
                                                    expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 66: "Fine", a surname NER may tag ORG, with his client or his wife in what he says
        ("Fine said his client would appeal the ruling.", "said", ("Fine", "person")),
        ("Fine said his wife was safe.", "said", ("Fine", "person")),
        ("Fine said he would appeal the ruling.", "said", ("Fine", "person")),
        # negatives: a "his" a noun before it may own, a "his" on no person's relation (a company speaks of anyone's
        # comments), no sign at all
        ("The judge ruled on Monday. Fine said his client would appeal.", "said", ("Fine", "unknown")),
        # review 67: a "his" or "her" is no sign against a known company (founder_companies)
        ("Merck said her daughter had received the drug.", "said", ("Merck", "organization")),
        ("Apple said his family was safe.", "said", ("Apple", "organization")),
        ("Boeing said his attorney had filed the papers.", "said", ("Boeing", "organization")),
        ("Microsoft said his comments were inaccurate.", "said", ("Microsoft", "organization")),
        ("Fine said the deal was fair.", "said", ("Fine", "unknown")),
    ],
)
def test_a_lone_name_whose_his_owns_a_relation_is_a_person(nlp, text: str, cue: str,  # noqa: ANN001
                                                            expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, pronoun, speaker, expected",
    [
        ("BofA said it would cut 1,000 jobs.", "it", "BofA", True),
        ("Ursel Reisen told Reuters on Tuesday it had cancelled all trips.", "it", "Reisen", True),
        ("BofA said in a statement it would cut jobs.", "it", "BofA", True),
        # negatives: a noun before the pronoun, in an earlier sentence or in what is said; an earlier pronoun
        ("The plan was approved. BofA said it would cut jobs.", "it", "BofA", False),
        ("BofA said the plan would cut jobs in its unit.", "its", "BofA", False),
        ("He spoke. BofA said it would cut jobs.", "it", "BofA", False),
    ],
)
def test_a_pronoun_with_no_rival_before_it(nlp, text: str, pronoun: str, speaker: str,  # noqa: ANN001
                                           expected: bool) -> None:
    doc = nlp(text)
    assert sole_referent(token_of(doc, pronoun), token_of(doc, speaker)) is expected
