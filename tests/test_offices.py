"""An office that speaks is a body (``offices``): issue 12, an AP page where "His office said" (Gov. Holcomb's) was
typed unknown, and real pages' "the prosecutor's office", "Bolivia's public defender's office" (unknown) and "the U.S.
Attorney's Office for the Western District of New York" (an organisation). A public office's is a government's,
anyone else's an organisation's. Negatives: an office no person owns ("its office", "the company's"), an
international body's Office, a name with "Office" inside that is no office."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # page 7de52419 (AP): "His office" of a governor the text titled "Gov." before
        ("Republican Gov. Eric Holcomb spoke. Teachers didn't see Holcomb at the Statehouse on Tuesday. His office "
         "said he was traveling.", "said", ("His office", "government")),
        ("Gov. Tom Wolf signed the bill on Tuesday. His office said the law would take effect in July.", "said",
         ("His office", "government")),
        ("Senator Jane Smith voted against the bill. Her office said she would explain her vote later.", "said",
         ("Her office", "government")),
        ("Sen. John Smith voted no. Smith's office said he was traveling.", "said", ("Smith's office", "government")),
        # verdict gold ptc-111111115: NER's GPE "Franken" of "Franken's office", titled "Sen." before
        ("Sen. Al Franken announced his resignation. Stephanie Kemplin, an Army veteran, says Franken put his hand on "
         "her breast during a USO tour in 2003.\nIn a statement following that accusation, Franken's office said he has "
         "not intentionally engaged in such conduct.", "said", ("Franken's office", "government")),
        # a public office's role noun (pages 7a457a4f, 4a44ab3e)
        ("The governor's office said the law would take effect in July.", "said",
         ("The governor's office", "government")),
        ("The district attorney's office said charges were filed.", "said",
         ("The district attorney's office", "government")),
        ("Bolivia's public defender's office said another 30 people had been injured.", "said",
         ("Bolivia's public defender's office", "government")),
        ("In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said another "
         "30 people had been injured in the skirmishes.", "said", ("Bolivia’s public defender’s office", "government")),
        # a body named an Office (pages 7a457a4f, d0382c0d), NER's ORG or no entity
        ("The U.S. Attorney's Office said in a statement that he pleaded guilty.", "said in a statement",
         ("The U.S. Attorney's Office", "government")),
        ("The Congressional Budget Office said the bill would cost $1 billion.", "said",
         ("The Congressional Budget Office", "government")),
        ("The Office of Emergency Services said in a letter that the fires had spread.", "said in a letter",
         ("The Office of Emergency Services", "government")),
        # anyone else's office: an organisation
        ("Apple chief executive Tim Cook spoke on Monday. His office said he was traveling.", "said",
         ("His office", "organization")),
        ("His attorney's office said the plan was final.", "said", ("His attorney's office", "organization")),
        # negatives: no person's office, an international body
        ("The office said the plan was final.", "said", ("The office", "unknown")),
        ("Box Office Mojo said the film earned $20 million.", "said", ("Box Office Mojo", "outlet")),
        ("Box Office Mojo said the film earned $20 million.", "said", ("Box Office Mojo", "outlet")),
        ("The UN Office for the Coordination of Humanitarian Affairs said aid was blocked.", "said",
         ("The UN Office for the Coordination of Humanitarian Affairs", "organization")),
        # review 67: a company whose name only opens with "Office"; a holder the text never titles (a public figure
        # as often as not: Netanyahu, Putin) is left as typed, no organisation
        ("Office Depot said sales fell in the third quarter.", "said", ("Office Depot", "organization")),
        ("Office Depot Inc. said it would close 400 stores.", "said", ("Office Depot Inc.", "organization")),
        ("Netanyahu met Biden. His office said the talks were productive.", "said", ("His office", "unknown")),
        ("The Kremlin said Putin was busy. His office said he would speak later.", "said", ("His office", "unknown")),
    ],
)
def test_an_office_that_speaks_is_a_body(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
