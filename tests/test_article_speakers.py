"""Wrong speakers on whole articles: a relative who opens the pronoun's paragraph
(``pronouns.relative_opens_paragraph``), a subject the parse set before the verb's own (``source_heads.displaced_subject``),
and a name stacked as an adjective on another ("Republican presidential Donald Trump": ``antecedents.is_modifier``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from _cues import speakers_by_cue
from sayso.nlp.extract.antecedents import is_modifier
from sayso.nlp.extract.source_heads import speaking_subject

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a relative of the pronoun's sex, owned, is the subject of the pronoun's own paragraph: no one
        pytest.param('Senator Mary Hale praised the bill on Tuesday. "It is overdue," she said.\n\nThe mayor\'s mother, '
                     'a retired nurse, was in the audience. Afterwards she told reporters that the clinic had saved '
                     'her life.', "told", "she", id="owned-mother-new-paragraph"),
        pytest.param('Former governor Ann Cole calls safety "a priority" for families. "It matters," she said.\n\nOn '
                     'Monday, the candidate\'s wife, Lena, is due to speak. At a rally in May, she described him as '
                     '"kind."', "described", "Lena", id="candidate-wife"),
        pytest.param('Tom Reed opened the meeting on Monday. "We are ready," he said.\n\nHis brother, a farmer, was '
                     'not convinced. He argued that the plan would ruin the valley.', "argued", "He", id="his-brother"),
        pytest.param('Senator Jane Ross spoke on Monday. "We must act," she said.\n\nHer daughter, a nurse, was also '
                     'there. She said the clinic had saved lives.', "said", "She", id="her-daughter"),
        # negatives: a relative of the other sex, a relative's noun not owned, the chosen one in the same paragraph
        pytest.param('Senator Mary Hale praised the bill on Tuesday. "It is overdue," she said.\n\nHer husband was in '
                     'the audience. Afterwards she told reporters that the clinic had saved her life.', "told",
                     "Mary Hale", id="husband-not-she"),
        pytest.param('Tom Reed opened the meeting on Monday. "We are ready," he said.\n\nThe farmer\'s sister was not '
                     'convinced. He argued that the plan would ruin the valley.', "argued", "Tom Reed", id="sister-not-he"),
        pytest.param('Tom Reed opened the meeting on Monday. "We are ready," he said.\n\nThe brother was not '
                     'convinced. Still, he argued that the plan would save the valley.', "argued", "Tom Reed",
                     id="unowned-noun"),
        # a relative the paragraph says died is no one who speaks after: the name before keeps the pronoun
        pytest.param('Joe Biden spoke about his family on Tuesday. "It has been hard," he said.\n\nHis son Beau died '
                     'of brain cancer in 2015. He said he thinks of him every day.', "said", "Joe Biden",
                     id="son-died"),
        pytest.param('Mary Hale spoke at the clinic on Tuesday. "It is personal," she said.\n\nHer mother died of '
                     'cancer in 2010. She said the loss shaped her politics.', "said", "Mary Hale", id="mother-died"),
        pytest.param('Senator Jane Ross spoke on Monday. "We must act," she said.\n\nSince her mother died, she has '
                     'campaigned for hospice care. She said the system failed her family.', "said", "Jane Ross",
                     id="since-mother-died"),
    ],
)
def test_relative_opens_paragraph(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the quotation's own subject before it, the speaker after it
        pytest.param('Sen. Jo Park, R-Ohio, appearing on CNN right after the address, said Smith failed to address '
                     'concerns about the threats from the cartel. Nothing the governor said "will assuage people\'s '
                     'fears," the Ohio senator said.', "said", "Jo Park", id="nothing-quoted"),  # placed_roles: the one Ohio senator named
        pytest.param('Everything the mayor promised "has been delivered," her spokesman said on Tuesday after a long '
                     'day of meetings.', "said", "her spokesman", id="everything-quoted"),
        pytest.param('None of the money "was ever spent," the auditor wrote in a report the council published.',
                     "wrote", "the auditor", id="none-quoted"),
        # negatives: an apposition, an aside, a run of nouns the parse keeps whole
        pytest.param("Smith, the mayor, said the budget was balanced.", "said", "Smith", id="apposition"),
        pytest.param("The plan, the mayor said, would cost millions.", "said", "the mayor", id="aside"),
        pytest.param("Texas oil worker says he lost his job.", "says", "Texas oil worker", id="noun-run"),
    ],
)
def test_displaced_subject(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


def _parsed(vocab: Vocab, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A Doc with the parse written out: the shapes the parser gives now and then, whatever it gives today (the
    model's vocabulary, whose lexemes know a quotation mark)."""
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    "words, heads, deps, pos, verb, expected",
    [
        # "Gaza aid worker reveals ...": the place word cut off the noun run, made a second subject
        (["Gaza", "aid", "worker", "reveals", "it"], [3, 2, 3, 3, 3], ["nsubj", "compound", "nsubj", "ROOT", "dobj"],
         ["PROPN", "NOUN", "NOUN", "VERB", "PRON"], 3, "worker"),
        # 'Nothing the chair said "will help," the analyst said': the quotation's subject before the quotation
        (["Nothing", "the", "chair", "said", '"', "helps", ",", '"', "the", "analyst", "said"],
         [10, 2, 3, 0, 5, 3, 10, 10, 9, 10, 10],
         ["nsubj", "det", "nsubj", "relcl", "punct", "ccomp", "punct", "punct", "det", "nsubj", "ROOT"],
         ["PRON", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "VERB"], 10, "analyst"),
        # negatives: a scare quote inside the earlier subject's own phrase ('"Sly Fixer" for star Ann Bell claims'),
        # "Nothing the chair said": a relative clause's subject after a determiner; one subject alone
        (["“", "Sly", "Fixer", "”", "for", "star", "Ann", "Bell", "claims", "it"], [2, 2, 8, 2, 2, 7, 7, 8, 8, 8],
         ["punct", "compound", "nsubj", "punct", "prep", "compound", "compound", "nsubj", "ROOT", "dobj"],
         ["PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "PRON"], 8, "Fixer"),
        (["Nothing", "the", "chair", "said", "helps"], [3, 2, 3, 3, 3], ["nsubj", "det", "nsubj", "ROOT", "ccomp"],
         ["PRON", "DET", "NOUN", "VERB", "VERB"], 3, "Nothing"),
        (["The", "worker", "reveals", "it"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
         ["DET", "NOUN", "VERB", "PRON"], 2, "worker"),
    ],
)
def test_displaced_subject_parse(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str],  # noqa: ANN001
                                 verb: int, expected: str) -> None:
    doc = _parsed(nlp.vocab, words, heads, deps, pos)
    found = speaking_subject(doc[verb])
    assert found is not None and found.text == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a party name stacked as an adjective on another qualifies the noun after both: no "they" stands for it
        ("The fans of Republican presidential hopeful Dan Kerr cheered.", "Republican", True),
        ("Fans of the Republican presidential nominee cheered.", "Republican", True),
        ("Republican Gov. Bob Ney spoke.", "Republican", True),
        ("The fans of Democratic presidential Ann Lee cheered loudly on Monday.", "Democratic", True),
        ("The rabid fans of Republican presidential Donald Trump moved into the spotlight again Monday.", "Republican",
         True),
        # negatives: the party as the subject, a name that is the noun itself
        ("Republicans cheered the nominee.", "Republicans", False),
        ("Dan Kerr, a presidential hopeful, cheered.", "Kerr", False),
    ],
)
def test_stacked_modifier(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    ent = next(e for e in doc.ents if word in e.text)
    assert is_modifier(ent.root, ent.start, ent.end) is expected, [(t.text, t.pos_, t.dep_) for t in doc]


@pytest.mark.parametrize(
    "text, cue, bad",
    [
        # the base gave "Republican" for both "They"
        pytest.param("Republican presidential Donald Trump drew a big crowd in Ohio on Monday, and his speech ran "
                     "long.\n\nThey said the media had treated him unfairly.", "said", "Republican",
                     id="stacked-adjective"),
        pytest.param("A woman at a rally for Republican presidential Donald Trump shouted a slur on Monday. Trump "
                     "laughed.\n\nThey said the remark was a joke.", "said", "Republican", id="stacked-adjective-rally"),
    ],
)
def test_no_modifier_speaker(nlp, text: str, cue: str, bad: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert cue in found and found[cue] != bad, found  # the cue kept, its "They" not the party
