"""What kind of speaker a source is, and the name it goes by: ``source_types.source_type`` (person nouns,
titles standing for their holder, outlets by name and call sign, a paper that is a document),
``source_names.in_prepositional_phrase`` and ``sources.antecedent_type``. Counting "who is quoted most"
across a corpus counts sources by name and type, so a person typed an organisation miscounts it.
Found on the html gold's train pages and PTC train articles (``bench/source_type_check.py``)."""

from __future__ import annotations

import pytest

from _cues import cue_source
from sayso.nlp.extract.source_types import CALL_SIGN


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a person named by a plain noun, not a role: the man, the caller, a teenager, an employee
        ("The man said the gates had been locked all night.", "said", "person"),
        ("A Texas teenager said he was attacked at the bar.", "said", "person"),
        ("The caller said the shooting had been staged.", "said", "person"),
        ("A government employee told reporters the alert was real.", "told", "person"),  # not the government
        ("The patient told doctors that the pain had stopped.", "told", "person"),
        # a specialist by the word's ending
        ("The late neurologist wrote that the brain can heal itself.", "wrote", "person"),
        ("A radiologist said the scan showed a worm.", "said", "person"),
        # people together, no institution
        ("Her team said the case was closed.", "said", "group"),
        ("The crowd shouted that the mayor must resign.", "shouted", "group"),
        # negatives: bodies and writings keep their kinds
        ("The ministry said the alert was real.", "said", "government"),
        ("The company said sales rose in March.", "said", "organization"),
        ("The report said sales rose in March.", "said", "unknown"),
        ("The economist said sales rose in March.", "said", "person"),
    ],
)
def test_person_and_group_nouns(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a title standing for its holder ("The Pope"), which NER often labels an organisation
        ("The Pope said the church must change its ways.", "said", "person"),
        ("The Pope met the patriarchs on Saturday. He said the war must end.", "said", "person"),
        # negatives: companies named with a title word, a department
        ("General Motors said sales rose in March.", "said", "organization"),
        ("General Electric said sales rose in March.", "said", "organization"),
        ("The Department of State said the talks would go on.", "said", "government"),
    ],
)
def test_titles_stand_for_their_holder(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # NER runs the end of the office into the holder's name: "State Tillerson"
        ("Secretary of State Tillerson said the talks would go on.", "said", ("Tillerson", "person")),
        ("Rex Tillerson met Lavrov. Secretary of State Tillerson said the talks would go on.", "said",
         ("Rex Tillerson", "person")),
        # negatives: the title is no name ("Motors"), a body named with "of"
        ("General Motors said sales rose in March.", "said", ("General Motors", "organization")),
        ("Bank of England said rates would rise.", "said", ("Bank of England", "organization")),
        # a person whose surname is a company's word; a company whose first word is no given name
        ("Cheryl Mills, Clinton's former chief of staff, said the emails were private. Mills added that she was "
         "proud of her work.", "added", ("Cheryl Mills", "person")),
        ("General Mills said its profits rose.", "said", ("General Mills", "organization")),
    ],
)
def test_office_holders_named(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # outlets by name (the lexicon) and a broadcaster by its call sign
        ("Deadline reported that the film had been shelved.", "reported", "outlet"),
        ("The Hollywood Reporter said the film had been shelved.", "said", "outlet"),
        ("Whataburger told KENS 5 that it was cooperating. KENS 5 reported that the bar was closed.", "reported",
         "outlet"),
        ("Fox News reported that the bar was closed.", "reported", "outlet"),
        # a paper that is a document, not a newspaper
        ("Court papers say the man lied to investigators.", "say", "unknown"),
        ("The group released a white paper on Iran. The paper says the regime is weak.", "says", "unknown"),
        ("A paper published in the journal Nature says the moon holds water.", "says", "unknown"),
        # a paper dated by its year is a study, not the outlet named last
        ("CNN aired the debate. A 2014 study by the Urban Institute found rents rose. Rents will double by 2030, "
         "according to the 2014 paper.", "according to", "unknown"),
        ("A 1998 paper argued that the drug was safe.", "argued", "unknown"),
        ("A 2009 NBER paper argued that the drug was safe.", "argued", "unknown"),
        # negatives: the newspaper, one dated by a day or a number that is no year, a company, a government
        ("The paper said the mayor had lied to investigators.", "said", "outlet"),
        ("A local paper reported that the mayor had resigned.", "reported", "outlet"),
        ("The Sunday paper reported that the mayor had resigned.", "reported", "outlet"),
        ("The paper, with 300 reporters, said the mayor had resigned.", "said", "outlet"),
        # a year that dates a prize, or a newspaper's kind, between the year and "paper": the newspaper
        ("The 2015 Pulitzer-winning paper said the police had lied.", "said", "outlet"),
        ("The 2016 tabloid paper said the police had lied.", "said", "outlet"),
        ("Ford said sales rose in March.", "said", "organization"),
        ("The Senate said the bill would pass.", "said", "government"),
    ],
)
def test_outlets_and_documents(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, expected",
    [("KENS 5", True), ("WXYZ-TV", True), ("KTLA 5", True),
     ("WHO", False), ("WADA", False), ("KENS", False), ("Washington 5", False)],
)
def test_call_sign(text, expected) -> None:  # noqa: ANN001
    assert bool(CALL_SIGN.fullmatch(text)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a person named inside a prepositional phrase of the speaker's noun is someone else
        ("A caller to the Michael Savage radio show said the shooting had been staged.", "said",
         "A caller to the Michael Savage radio show"),
        # negatives: the person is the speaker; a role put beside the name
        ("Michael Savage said the shooting had been staged.", "said", "Michael Savage"),
        ("A spokesman, Michael Savage, said the shooting had been staged.", "said", "Michael Savage"),
    ],
)
def test_name_in_prepositional_phrase(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).name == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "The man" describes the person named before: a later "he" reaches the name, not "The man"
        ("Rocky Palermo was shot at the concert. The man then goes on to explain that he hid behind a car. "
         "“I was waiting and the bullets were flying,” he continued.", "continued", "Rocky Palermo"),
        # negative: with no one named before, "he" stays with no name of its own
        ("Police arrested Mark Smith on Friday. Officers said he had a gun. “He was calm,” the sheriff said.", "said",
         "the sheriff"),

        # negative: "a man" brought in as someone new: "The man" is that man, and so is the "he" after him
        ("Police Chief John Smith said officers arrested a man on Monday. The man told reporters he was innocent. "
         "He added that he would sue the city.", "added", "The man"),
    ],
)
def test_person_noun_is_no_antecedent(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).name == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word name put beside a person's noun is a person, whatever NER made of it
        ("Penkoski’s daughter, Brielle, however, said that the class spent less time on it.", ("Brielle", "person")),
        ("Her son, Jordan, said the strikes would go on.", ("Jordan", "person")),
        # negatives: a body's noun keeps the body's kind
        ("His employer, Google, said the class spent less time on it.", ("Google", "organization")),
        ("The country’s ally, Israel, said the strikes would go on.", ("Israel", "government")),
    ],
)
def test_one_word_name_beside_a_person_noun(nlp, text, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, "said") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word before the name that the text does not use elsewhere: the name as written elsewhere
        ("Chief U.S. District Judge Patti Saris ruled on Monday. Kritarch Patti Saris said the detainees must stay.",
         "Patti Saris"),
        # negatives: a given name opens the full name; no shorter name written elsewhere
        ("Jane Smith and her mother Mary Jane Smith spoke. Mary Jane Smith said the detainees must stay.",
         "Mary Jane Smith"),
        ("Kritarch Zorbula Saris said the detainees must stay.", "Kritarch Zorbula Saris"),
        # a known given name opens the person's name whatever word comes before it
        ("Kritarch Patti Saris said the detainees must stay.", "Patti Saris"),
    ],
)
def test_name_as_written_elsewhere(nlp, text, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, "said").name == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # departments and agencies of a state, by name (governments.txt)
        ("NASA said the launch would go ahead.", "government"),
        ("The Home Office said the letters were sent.", "government"),
        ("The DOJ said the case was closed.", "government"),
        ("The Vatican said the bishop would resign.", "government"),
        # negatives: a firm, a charity, an outlet
        ("Boeing said the launch would go ahead.", "organization"),
        ("Amnesty International said the letters were sent.", "organization"),
        ("Fox News said the case was closed.", "outlet"),
    ],
)
def test_state_bodies(nlp, text, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, "said").type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # an age or an aside set off by commas is the mention's, not the name's
        ("Trump, speaking at a rally in Ohio, said the economy would grow.", "said", "Trump"),
        ("The senator, 65, said the bill would pass.", "said", "The senator"),
        ("The union, representing flight attendants, said the deal was fair.", "said", "The union"),
        ("The official, who was not authorized to speak publicly, said the mayor would resign.", "said",
         "The official"),
        # negatives: a name in apposition, a person's name before a description
        ("The group, WeWorkers Coalition, said the deal was fair.", "said", "WeWorkers Coalition"),
        ("Kenneth Baer, a former official who runs Crosscut, said the plan worked.", "said", "Kenneth Baer"),
    ],
)
def test_name_before_an_aside(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).name == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # persons named by a noun the role list lacks: a justice, a defendant, a trustee, a musician; the speaker is
        # the justice, not the court her phrase names
        ("The justice said the ruling was wrong.", "said", ("The justice", "person")),
        ("The Supreme Court justice said she regretted her remarks.", "said", ("The Supreme Court justice", "person")),
        ("The defendant told the jury that he had been at home.", "told", ("The defendant", "person")),
        ("A trustee said the fund was sound.", "said", ("A trustee", "person")),
        ("The musician said the song was about his father.", "said", ("The musician", "person")),
        # negatives: a body whose name holds the word stays the body; a title before a name gives the name
        ("The Justice Department said the ruling was wrong.", "said", ("The Justice Department", "government")),
        ("Justice Elena Kagan said the ruling was wrong.", "said", ("Elena Kagan", "person")),
    ],
)
def test_person_nouns_beyond_roles(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
