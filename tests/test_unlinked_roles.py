"""``unlinked_roles.unlinked_role_before``: a "he" or "she" right after an unnamed "the <role>" that is not the
role the text gives the name salience would pick is left to no one; a name the text gives that role, or no role
at all, keeps it; and ``roles_given``, the roles a name's mentions carry."""

from __future__ import annotations

import pytest

from _cues import cue_speaker
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.source_context import SourceContext
from sayso.nlp.extract.unlinked_roles import roles_given


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the role is not the one the text gives the name: the "he" is the role's holder, whom no name stands for
        # (the pope's "he" is then the noun phrase itself, as ``unnamed_subject`` reads it once Marx is ruled out)
        pytest.param("Mayor John Smith said the school was ready.\nThe principal thanked the parents for their "
                     "help.\nHe said the building would open in May.", "said", "He", id="mayor-then-principal"),
        # (since audit 65's "Nor has it said" a "Nor can the pope explain" is negated, no statement, like "The pope
        # cannot explain": the row that named the pope is gone and the "He" stays unresolved, but it is not Marx)
        pytest.param("Cardinal Marx said that such unions should be blessed.\nNor can the pope explain what that "
                     "means.\nHe says that he allows himself to talk like that.", "says", "He",
                     id="cardinal-then-pope"),
        pytest.param("Juan Barros, a Chilean priest, denied the claims.\nThe pope has stuck by Barros, hugging Barros "
                     "in public.\n\"I have no evidence,\" he said on the plane.", "said", "he",
                     id="priest-object-then-pope"),
        # the role's holder named elsewhere is not looked for: still no one rather than the priest
        pytest.param("Pope Francis met Juan Barros, a Chilean priest.\nThe pope has stuck by Barros.\n\"I have no "
                     "evidence,\" he said on the plane.", "said", "he", id="pope-named-elsewhere"),
        # ... "this pope" as "the pope" (PTC audit 45: "This pope has referred to the auto-demolition of the Church. He
        # said, ..." had gone to the archbishop named before)
        pytest.param("Archbishop Lefebvre said the Church was in crisis.\nThis pope has referred to the "
                     "auto-demolition of the Church.\nHe said that the smoke of Satan had entered the Church.", "said",
                     "He", id="archbishop-then-this-pope"),
        pytest.param("A county official told reporters the school was ready.\nThe principal thanked the parents.\nHe "
                     "said the building would open in May.", "said", "He", id="unnamed-official-then-principal"),
        pytest.param("John Smith, a local teacher, said the school was ready.\nThe principal thanked the parents.\n"
                     "He said the building would open in May.", "said", "He", id="teacher-then-principal"),
        # negatives: the name is given that role (a title, its short form, its apposition, its name), or no role
        # at all (the role may be the writer's epithet of him), or the role has a proper noun in its phrase, or is
        # a noun of anyone, of the other sex, or quoted
        pytest.param("Sen. Bernie Sanders said the plan would fail.\nThe senator declined to endorse it.\nHe said "
                     "the party must change.", "said", "Bernie Sanders", id="title-short-form"),
        pytest.param("Bernie Sanders said the plan would fail.\nThe senator declined to endorse it.\nHe said the "
                     "party must change.", "said", "Bernie Sanders", id="no-role-given"),
        pytest.param("Donald Trump said the deal was bad.\nThe president then left for Florida.\nHe said he would "
                     "return on Monday.", "said", "Donald Trump", id="no-role-given-president"),
        pytest.param("Mayor John Smith said the plan would fail.\nThe Vermont senator declined to endorse it.\nHe "
                     "said the party must change.", "said", "John Smith", id="role-with-proper-noun"),
        pytest.param("Chris Bryant, a former minister, wrote to May on Monday.\nThe minister asked for a ban.\nIn "
                     "a letter, he said the visit must not go ahead.", "said", "Chris Bryant", id="apposed-role"),
        pytest.param("Mayor John Smith said the school was ready.\nThe man thanked the parents for their help.\nHe "
                     "said the building would open in May.", "said", "John Smith", id="noun-of-anyone"),
        pytest.param("Donald Trump, the Republican nominee, said the deal was bad.\nThe impostor gushed about "
                     "friendship.\nHe said the two countries would work together.", "said", "Donald Trump",
                     id="mock-name-no-role"),
        pytest.param("Senator Mary Collins met the governor on Monday. The governor praised Jane Smith, whom she said "
                     "had saved the state money.", "said", "Mary Collins", id="role-in-own-sentence"),
        # the writer's second name for the one just named: a past role, a role with a proper noun after it, a role
        # the text gives another person named just before, and a role that is the content of a parenthetical "he said"
        pytest.param("Gov. Jane Smith unveiled her budget on Tuesday.\nThe former senator spoke for an hour.\nShe said "
                     "the state could not afford new debt.", "said", "Jane Smith", id="past-role"),
        pytest.param("Cardinal Reinhard Marx met reporters in Munich on Monday.\nThe archbishop of Munich answered "
                     "questions.\nHe said the church had failed victims.", "said", "Reinhard Marx", id="role-of-place"),
        pytest.param("Gov. Jane Smith met Mayor Tom Lee.\nThe mayor praised her budget.\nShe said the city would "
                     "benefit.", "said", "Jane Smith", id="role-of-other-named"),
        pytest.param("Sen. Bob Jones spoke in Dover on Monday. The governor, he said, had failed the state.", "said",
                     "Bob Jones", id="role-in-parenthetical-content"),
        # still the role's: a past role in the sentence that names the chosen one only as an object
        pytest.param("Donald Trump, the GOP nominee, spoke on Monday.\nThe former governor also discussed the "
                     "views of GOP nominee Donald Trump.\nHe stated that conservatives would serve.", "stated", "He",
                     id="past-role-beside-object"),
        # a profession, not an office of one holder: the writer's epithet of the one just named (review rev61p)
        pytest.param("Chancellor Angela Merkel spoke in Berlin.\nThe physicist was calm.\nShe said the euro was safe.",
                     "said", "Angela Merkel", id="profession-epithet"),
        pytest.param("Secretary of State Rex Tillerson flew to Moscow.\nThe diplomat met Lavrov.\nHe said the talks "
                     "went well.", "said", "Rex Tillerson", id="profession-diplomat"),
        pytest.param("Prime Minister Theresa May flew to Brussels.\nThe premier met EU leaders.\nShe said the talks "
                     "went well.", "said", "Theresa May", id="premier-of-prime-minister"),
        pytest.param("Mayor Mary Jones said the school was ready.\nThe chairman thanked the parents.\nShe said the "
                     "building would open in May.", "said", "Mary Jones", id="role-of-other-sex"),
        pytest.param("Mayor John Smith opened the new school on Monday.\n\"The principal thanked the parents,\" "
                     "Smith said.\nHe said the building would open in May.", "said", "John Smith", id="role-in-quotes"),
    ],
)
def test_unlinked_role_before(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Cardinal Marx said so.", "Marx", {"cardinal", "prelate"}),
        ("Sen. Bernie Sanders said so.", "Sanders", {"sen.", "senator"}),
        ("Chris Bryant, a former Foreign Office minister, said so.", "Bryant", {"minister"}),
        # negatives: no role
        ("Bernie Sanders said so.", "Sanders", set()),
    ],
)
def test_roles_given(nlp, text: str, name: str, expected: set[str]) -> None:  # noqa: ANN001
    ctx = SourceContext.build(nlp(text), load_lexicon(), find_quotes(text))
    chosen = next(n for n in ctx.names if n.name.endswith(name))
    given = roles_given(ctx, chosen)
    assert expected <= given if expected else not given
