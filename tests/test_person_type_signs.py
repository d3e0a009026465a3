"""Source types the blind readers judged wrong (audits 59-60, P rows) and the signs that correct them: a title on a
name NER took for a company ("Comptroller Carole Keeton Strayhorn"), an Irish or Scottish surname ("O'Keefe"), a
role set beside a name ("The Opposition Leader, Simon Crean"), NER's GPE of a word no place bears ("Fischi",
"Sendmail": no government; "Fischi said", its subject, a person), a name with its body after ", of" ("Vasile Ionescu, of the Roma Centre"), an outlet's
name a person bears who speaks as "I" ("Bloomberg said, 'I ...'"), and a body joined to private people ("police
and neighbours"). Negatives keep today's type: places, companies, outlets that report, bodies joined to bodies."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.affiliations import affiliated_person
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.lone_surnames import celtic_surname, outlet_named_person
from sayso.nlp.extract.mixed_coordinations import body_with_people
from sayso.nlp.extract.place_names import PLACE_NAMES, unplaced_gpe
from sayso.nlp.extract.source_types import entity_at, role_set_beside_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a title before a name NER took for a company
        ("Texas lawmakers must close a $185.9 million budget gap by July, Comptroller Carole Keeton Strayhorn said "
         "Thursday.", "said", ("Carole Keeton Strayhorn", "person")),
        # an Irish or Scottish surname alone
        ('"This is going to put a severe crimp in our reserves," O\'Keefe said during a breakfast with reporters.',
         "said", ("O'Keefe", "person")),
        ("McGreevey said the plan would work.", "said", ("McGreevey", "person")),
        ("MacKenzie said the plan would work.", "said", ("MacKenzie", "person")),
        # a role in title case and the name beside it
        ("The Opposition Leader, Simon Crean, said John Howard had been forced to make changes.", "said",
         ("Simon Crean", "person")),
        ("The Opposition Leader said the plan would fail.", "said", ("The Opposition Leader", "person")),
        # NER's NORP of a surname, with an "I" in what it says
        ('Klitschko said: "I\'m excited to box in Los Angeles first and then against Lennox Lewis."', "said",
         ("Klitschko", "person")),
        # NER's GPE of a word no place bears: no government
        ("The other inmate fell but Selenski shimmed down the makeshift rope, Fischi said.", "said",
         ("Fischi", "person")),  # the subject of "said": a surname (``lone_surnames.placeless_speaker``)
        ("The product can be instructed to permit business-only use, according to Sendmail.", "according to",
         ("Sendmail", "organization")),
        # a name and its body after ", of": the person
        ('Vasile Ionescu, of the Roma Centre for public policies, said: "The marriage was not set up by force."',
         "said", ("Vasile Ionescu", "person")),
        ("Maria Lopez, from the Red Cross, said the camps were full.", "said", ("Maria Lopez", "person")),
        # an outlet's name a person bears, who speaks as "I"
        ('Asked about the controversy, Bloomberg said, "I didn\'t see either one today."', "said",
         ("Bloomberg", "person")),
        ("Mr. Bloomberg said the city would recover.", "said", ("Bloomberg", "person")),
        # a body joined to private people
        ("A couple starved their four adopted sons for years, police and neighbours said today.", "said",
         ("police and neighbours", "group")),
        ("Police and witnesses said the car was speeding.", "said", ("Police and witnesses", "group")),
        # negatives: places, companies, outlets that report, bodies joined to bodies or to their officials
        ("Moscow said the sanctions were illegal.", "said", ("Russia", "government")),
        ("Texas said the law was valid.", "said", ("Texas", "government")),
        ("Britain said the sanctions were illegal.", "said", ("United Kingdom", "government")),
        ("McDonald's said its sales rose 5 percent.", "said", ("McDonald's", "organization")),
        ("Macy said sales rose in December.", "said", ("Macy", "organization")),
        ("Hamas, of Gaza, said the truce would hold.", "said", ("Hamas, of Gaza", "organization")),
        ("Stocks fell sharply on Monday, Bloomberg reported.", "reported", ("Bloomberg", "outlet")),
        ("Stocks fell sharply on Monday, according to Bloomberg News.", "according to", ("Bloomberg News", "outlet")),
        ("Bloomberg reported that he would resign.", "reported", ("Bloomberg", "outlet")),
        ("Police and officials said the road was closed.", "said", ("Police and officials", "government")),
        ("The ministry and the police said the road was closed.", "said",
         ("The ministry and the police", "government")),
        ("Republicans said the bill would fail.", "said", ("Republicans", "group")),
        # a role with a name NER found in it, a role NER took for a place, a title after "in" (review rev61t): the
        # phrase keeps its name
        ("The Lancet Editor said the study was flawed.", "said", ("The Lancet Editor", "organization")),
        ("The Author, J.K. Rowling, said she would not write another book.", "said",
         ("The Author, J.K. Rowling", "organization")),
        ('As "Colonna" wrote in the Dictator Pope, "The pope is a tyrant."', "wrote",
         ("the Dictator Pope", "organization")),
    ],
)
def test_source_type_by_a_persons_sign(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("O'Keefe", True), ("O’Brien", True), ("McGreevey", True), ("MacKenzie", True),
     # negatives: no capital after the prefix, capitals throughout, a short word
     ("Macy", False), ("Macintosh", False), ("MCI", False), ("Mcx", False), ("Oates", False)],
)
def test_celtic_surname(nlp, word: str, expected: bool) -> None:  # noqa: ANN001
    assert celtic_surname(token_of(nlp(f"{word} said the plan would work."), word)) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The other inmate fell but Selenski shimmed down the makeshift rope, Fischi said.", "Fischi", True),
        # negatives: places the lists know, a GPE of two words
        ("Moscow said the sanctions were illegal.", "Moscow", False),
        ("Britain said the sanctions were illegal.", "Britain", False),
        ("New York said the sanctions were illegal.", "York", False),
    ],
)
def test_unplaced_gpe(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    ent = entity_at(doc, token_of(doc, word))
    got = ent is not None and unplaced_gpe(ent, load_lexicon().governments)
    assert got is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Vasile Ionescu, of the Roma Centre for public policies, said the talks failed.", "Ionescu", True),
        ("Maria Lopez, from the Red Cross, said the camps were full.", "Lopez", True),
        # negatives: one word, a place after the comma, no comma, a company's word in the name
        ("Hamas, of Gaza, said the truce would hold.", "Hamas", False),
        ("John Smith, of Boston, said the storm was bad.", "Smith", False),
        ("Bank of America said profits rose.", "Bank", False),
        ("Acme Association, of the Chamber of Commerce, said profits rose.", "Association", False),
        # negatives: a body's name of no person's words, a company named after its founders (review 61t)
        ("Amnesty International, of the United Nations group, said the detentions were illegal.", "International",
         False),
        ("General Motors, of the Alliance for Automotive Innovation, said sales rose.", "Motors", False),
        ("Goldman Sachs, of the Wall Street firms, said profits rose.", "Sachs", False),
        ("Morgan Stanley, of the investment bank group, said profits rose.", "Stanley", False),
        ("Ahmed Khan, of the World Health Organization, said the virus was spreading.", "Khan", True),
    ],
)
def test_affiliated_person(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert affiliated_person(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The Opposition Leader, Simon Crean, said the plan would fail.", "Leader", True),
        # negatives: no name beside it, a body's name, a lower-case role
        ("The Opposition Leader said the plan would fail.", "Leader", False),
        ("The Labor Party, Simon Crean's party, said the plan would fail.", "Party", False),
        ("The leader, Simon Crean, said the plan would fail.", "leader", False),
    ],
)
def test_role_set_beside_name(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert role_set_beside_name(token_of(nlp(text), word), load_lexicon().person_roles) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Police and neighbours said the couple starved the boys.", "Police", True),
        ("Police and witnesses said the car was speeding.", "Police", True),
        # negatives: a body's own officials, bodies joined, no coordination
        ("Police and officials said the road was closed.", "Police", False),
        ("Police and officers said the road was closed.", "Police", False),
        ("The ministry and the police said the road was closed.", "ministry", False),
        ("Police said the road was closed.", "Police", False),
    ],
)
def test_body_with_people(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert body_with_people(token_of(nlp(text), word), load_lexicon()) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ('Asked about the controversy, Bloomberg said, "I didn\'t see either one today."', "Bloomberg", True),
        ("Mr. Bloomberg said the city would recover.", "Bloomberg", True),
        # negatives: an outlet that reports, a "he" it reports on, its own survey
        ("Stocks fell sharply on Monday, Bloomberg reported.", "Bloomberg", False),
        ("Bloomberg reported that he would resign.", "Bloomberg", False),
        ("Bloomberg said its survey showed a drop.", "Bloomberg", False),
        # negatives: the "I" of a speaker the outlet reports, an outlet no person is named after (review 61t)
        ('Politico said the senator told aides, "I will not run."', "Politico", False),
        ('Bloomberg reported that the CEO told staff, "I am leaving."', "Bloomberg", False),
        ('Reuters said, "We stand by our reporting," after the minister said, "I never said that."', "Reuters",
         False),
        ('"I have no comment," Reuters said.', "Reuters", False),
        ('Bloomberg told reporters, "I will not run for president."', "Bloomberg", True),
    ],
)
def test_outlet_named_person(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert outlet_named_person(token_of(nlp(text), word), word) is expected


def test_place_names_list() -> None:
    assert {"moscow", "russia", "britain", "texas", "gaza", "trenton", "scotland"} <= PLACE_NAMES
    # a name without the accents GeoNames writes, and the press's spellings (review 61t)
    assert {"bogota", "brasilia", "reykjavik", "yaounde", "kandahar", "fallujah", "teheran", "peking"} <= PLACE_NAMES
    assert not {"fischi", "sendmail", "kempenaers"} & PLACE_NAMES
