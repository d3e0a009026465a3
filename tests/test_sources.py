"""The speaker-resolution strategies of ``sayso.nlp.extract.sources``, each on its own.

Every table is ``text, mention -> expected`` for one strategy: the mention is the last
occurrence of its words in the text; ``None`` means the strategy does not claim it, a
name means it resolves to that source (``UNRESOLVED``: claimed but left to the fallbacks).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from _cues import cue_speaker
from sayso.nlp.extract.family_names import short_names
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.source_context import genders
from sayso.nlp.extract.source_types import entity_type, joint_outlets
from sayso.nlp.extract.sources import (
    Mention,
    Ref,
    SourceContext,
    by_apposed_name,
    by_apposed_role,
    by_author,
    by_document,
    by_name,
    by_outlet_short_name,
    by_possessor,
    by_pronoun,
    by_role_noun,
    by_stated_age,
    by_surname,
    make_ref,
    resolve_mention,
    resolve_sources,
    with_alias,
)

pytestmark = pytest.mark.slow

UNRESOLVED = "<unresolved>"
# narration that puts a name out of a bare surname's reach (``family_choice.NEAR_NAME``)
_FILLER = "The weather was mild in the city that week, and the markets opened slightly higher on Tuesday. " * 5


def _setup(nlp, text: str, mention: str) -> tuple[SourceContext, Ref]:
    doc = nlp(text)
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)][-1]
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None, mention
    m = Mention(start, start + len(mention), span.root.i, 0)
    ctx = SourceContext.build(doc, load_lexicon(), find_quotes(text), [m])
    return ctx, make_ref(ctx, m)


def _outcome(res) -> tuple[str, str] | str | None:  # noqa: ANN001
    if res is None:
        return None
    if res.key is None:
        return UNRESOLVED
    return res.name, res.type


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("As we noted last week, the talks had failed.", "we", ("the author", "author")),
        ("This reporter was told the talks had failed.", "This reporter", ("the author", "author")),
        # negatives: "we" inside a quotation is the speaker's, a name is not the author
        ("“We have nothing to hide,” Antonov said.", "We", None),
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", None),
    ],
)
def test_by_author(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_author(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Anatoly Antonov arrived on Monday. He said the talks had failed.", "He", ("Anatoly Antonov", "person")),
        ("Exxon Mobil cut jobs. It said the market was weak.", "It", ("Exxon Mobil", "organization")),
        ("Exxon Mobil cut jobs. They said the market was weak.", "They", ("Exxon Mobil", "organization")),
        # a pronoun with no earlier name is claimed but unresolved
        ("He said the talks had failed.", "He", UNRESOLVED),
        # "it" never points at a person
        ("Anatoly Antonov arrived. It said the talks had failed.", "It", UNRESOLVED),
        # a recent subject or speaker over a nearer name that is neither
        ("Kurt Volker told the committee he worked with Mr. Trump's lawyer, Rudy Giuliani, to convince him. "
         "However, he said the call changed his mind.", "he", ("Kurt Volker", "person")),
        # its own sentence first: the subject of a clause beside it, or a person introduced there
        ("Maria Lopez spoke on Monday. When Ashraf Ghani announced the exchange, he said the militants would stay home.",
         "he", ("Ashraf Ghani", "person")),
        ("Michelle Hege said the ads were loud. While the campaign did not appeal to Julie Graham, a health officer, "
         "she said it could still work.", "she", ("Julie Graham", "person")),
        # "they": plural and joined subjects, never an adjective
        ("Republican Gov. Eric Holcomb and leaders of the Legislature have avoided criticism. However, they said "
         "they would wait.", "they", ("Republican Gov. Eric Holcomb and leaders of the Legislature", "group")),
        ("The teachers marched on Monday. They said pay was too low.", "They", ("The teachers", "group")),
        # only what can speak: the researchers, not the phenomena they found
        ("The researchers ran the simulation. These phenomena appeared in it. They said the results were new.",
         "They", ("The researchers", "group")),
        ("These phenomena appeared on Monday. They said the results were new.", "They", UNRESOLVED),
        # "authorities" are people who say things: a later "they" is theirs, not a plural named before them
        ("Islamic spokesmen call for Muslims to act. Western authorities should ponder his words. Instead, they have "
         "dismissed him as an extremist.", "they", ("Western authorities", "group")),
        # a given name says the gender the text does not: "he" is not Stephanie Grisham
        ("“We pray for them,” said Stephanie Grisham. He said the talks had failed.", "He", UNRESOLVED),
        # the pronoun's own clause, and a clause with no subject of its own, hold no antecedent
        ("In a letter to Anatoly Antonov, he said the talks had failed.", "he", UNRESOLVED),
        ("Asked whether Anatoly Antonov would come, he said the talks had failed.", "he", UNRESOLVED),
        # an "it" that stands for nothing
        ("The Taliban released the men. It is impossible to know whether they were forced to speak.", "It", UNRESOLVED),
        ("The Taliban released the men, but it’s impossible to know whether they were forced to speak.", "it",
         UNRESOLVED),
        # "it" is never a plural
        ("The teachers unions marched on Monday. It said pay was too low.", "It", UNRESOLVED),
        # a man named only inside someone's quoted words is not the "he" of the narration
        ("Donald Trump wrote to his followers. “Matt Bevin has done a wonderful job for Kentucky.” "
         "“Go out and vote today,” he said.", "he", ("Donald Trump", "person")),
        ("“Matt Bevin has done a wonderful job for Kentucky.” “Go out and vote today,” he said.", "he", UNRESOLVED),
        # ...but a pronoun inside the same quotation may reach the names quoted with it
        ("“Matt Bevin has done a wonderful job, and he said he would run again,” Trump said.", "he",
         ("Matt Bevin", "person")),
        # a "he" goes to a man the text names rather than to a one-word name nothing shows to be a
        # person (NER's PERSON "Statista", a chart's provider); where no such man is near, the provider, named only in
        # passing, is no one a reader hears in "he pointed out": unresolved (``scene.named_in_passing``)
        ("Ian Hamilton, an expert at the University of York, told Newsweek the rise was small. "
         + "Regular use rose by a few percent in the states that changed their laws. " * 6
         + "This graphic, provided by Statista, shows the states where the drug is legal. However, he pointed out "
         "it is hard to draw conclusions.", "he", ("Ian Hamilton", "person")),
        ("This graphic, provided by Statista, shows the states where the drug is legal. However, he pointed out "
         "it is hard to draw conclusions.", "he", "<unresolved>"),
        ("Ian Hamilton, an expert at the University of York, told Newsweek the rise was small. "
         + "The survey asked thousands of people about their habits over many years. " * 12
         + "This graphic, provided by Statista, shows the states where the drug is legal. However, he pointed out "
         "it is hard to draw conclusions.", "he", "<unresolved>"),
        # ...but a one-word name a "who" clause describes is a person the writer has said is one: the "she" or "he"
        # after her words is hers, not that of the woman of known sex named before (``person_signs.who_clause``)
        ("Singers Maya Lindqvist and Kesha accepted awards on Friday. In her speech, Lindqvist urged courage: “Be "
         "brave and be kind to each other,” she said. Meanwhile Kesha, who was honored with the top prize, spoke "
         "about hope. “Hope is a habit you can learn every day,” she said.", "she", ("Kesha", "person")),
        ("Singers Maya Lindqvist and Tavira accepted awards on Friday. In her speech, Lindqvist urged courage: “Be "
         "brave and be kind to each other,” she said. Tavira, who was honored with the top prize, spoke about "
         "hope. “Hope is a habit you can learn every day,” she said.", "she", ("Tavira", "person")),
        ("Robert Diaz opened the meeting with a warning about the budget. Later Banerjee, who leads the tenants "
         "group, addressed the crowd. “We will not move out of our homes,” he said.", "he", ("Banerjee", "person")),
        # ...nor a club a "who" clause writes of as a plural: the "he" is the manager's
        ("Manager Tom Harris was pleased with his side. Everton, who sacked their coach on Monday, looked lost. "
         "“We deserved it,” he said.", "he", ("Tom Harris", "person")),
        # ...not a "which" clause: a chart's provider is still no person
        ("Ian Hamilton, an expert at the University of York, told Newsweek the rise was small. Regular use rose by "
         "a few percent in the states that changed their laws. This graphic, provided by Statista, which tracks "
         "markets, shows the states where the drug is legal. However, he pointed out it is hard to draw "
         "conclusions.", "he", ("Ian Hamilton", "person")),
        # a given name says the gender before a pronoun after the name does ("his" is the client's)
        ("The informant hired an attorney, Victoria Toensing, to get his story out. “He can’t disclose anything "
         "he came upon,” she said.", "she", ("Victoria Toensing", "person")),
        # a person of the pronoun's gender named in the sentence before outranks a speaker of no known gender...
        ("An incredulous Carlson asked fellow guest Catherine Lombardo about the investigation. “The FBI has been "
         "conducting it,” she said.", "she", ("Catherine Lombardo", "person")),
        # ...but not the one the speaker's statement is about, its object ("called Comey a liar")
        ("James Comey testified on Monday. President Trump called Comey a liar. He said the memos were classified.",
         "He", ("Trump", "person")),
        ("James Comey testified on Monday. President Trump accused Comey of leaking. He said the memos were "
         "classified.", "He", ("Trump", "person")),
        # ...nor the owner of that object ("addressed Trump's concerns")
        ("Senator Kline spoke in Ohio on Monday. Kline also addressed Donald Trump’s general concerns about the "
         "economy. He added that jobs were growing.", "He", ("Kline", "person")),
        # ...but not from within the speaker's reported words
        ("Sonya Zoghlin told The Hill that her client did not intend to cause harm to Ilhan Omar. “He is passionate "
         "about his beliefs,” she said.", "she", ("Sonya Zoghlin", "person")),
        # the subject's possessor is what the sentence is about, over a speaker two sentences back
        ("John Williams, the president of the New York Fed, said growth was slowing. Mr. Trump’s theatrical embrace "
         "is not limited to China. He has threatened Europe with tariffs.", "He", ("Trump", "person")),
        # a name the parse left as the root of the sentence it opens is its subject
        ("Mary Steenburgen said the song was hers. Jessie Buckley, who hadn’t sung in a long time, worried about "
         "doing justice to the song. “But the story of it really moved me,” she said.", "she",
         ("Jessie Buckley", "person")),
        # the one person of the pronoun's gender earlier in its sentence, even an object of the clause above
        ("Andrew spent 45 seconds explaining how he couldn’t have been with Virginia Giuffre, because she described "
         "him as sweating.", "she", ("Virginia Giuffre", "person")),
        # a name paragraphs of narration back is no one a reader recalls; the speaker's own quotes do not count
        ("Exxon Mobil cut jobs on Monday. " + "The weather was cold in the city for most of the week. " * 14
         + "They said the market was weak.", "They", UNRESOLVED),
        ("Exxon Mobil cut jobs on Monday. " + "The weather was cold in the city for most of the week. " * 2
         + "They said the market was weak.", "They", ("Exxon Mobil", "organization")),
        ("Scott Perry spoke on Monday. “We have received credible information about the attack,” Perry said. "
         + "“The people deserve to know what happened in Las Vegas that night and who was involved.” " * 8
         + "“Something is not adding up,” he said.", "he", ("Scott Perry", "person")),
        # negatives: not a pronoun
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", None),
        ("The spokesperson said the talks had failed.", "The spokesperson", None),
    ],
)
def test_by_pronoun(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_pronoun(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the issuer the document's own phrase names
        ("The policy manual of the Citizenship and Immigration Services says that the rule stands.",
         "The policy manual of the Citizenship and Immigration Services",
         ("the Citizenship and Immigration Services", "organization")),
        ("A new report by E! News said that the deal was done.", "A new report by E! News", ("E! News", "outlet")),
        # ... the agent of a participle of issuing on it (wire audit 63: "A statement released by DEI said ...")
        ("A statement released by Dale Earnhardt Inc. said Green would drive the car.",
         "A statement released by Dale Earnhardt Inc.", ("Dale Earnhardt Inc.", "organization")),
        # the issuer given where the document was met, through earlier mentions of it
        ("Big Machine Records issued a statement on Monday. The statement claimed that the deal was done.",
         "The statement", ("Big Machine Records", "organization")),
        ("Anatoly Antonov said in a statement that the deal was off. The statement added that talks would go on.",
         "The statement", ("Anatoly Antonov", "person")),
        ("Big Machine Records issued a statement. The statement claimed that the deal was done. “Her statements "
         "were false,” the statement continued.", "the statement", ("Big Machine Records", "organization")),
        ("The Heritage Foundation published a report on Monday. The report says that the tax cuts will pay for "
         "themselves.", "The report", ("The Heritage Foundation", "organization")),
        ("The New Yorker has just published an article written by Ronan Farrow and Jane Mayer. The article recounted "
         "that the party had gone awry.", "The article", ("The New Yorker", "outlet")),
        ("Attorney General Jeff Sessions released a statement saying that the verdict was wrong. “They put the public "
         "at risk,” the statement said.", "the statement", ("Jeff Sessions", "person")),
        # ... the same kind of document met again, by a word its mentions share or with none later
        ("The Heritage Foundation published a new tax report on Monday. The new report says that the tax cuts will "
         "pay for themselves.", "The new report", ("The Heritage Foundation", "organization")),
        ("A text message from FBI lawyer Lisa Page came on Monday. The exact message reads that the president wants to "
         "know everything.", "The exact message", ("Lisa Page", "person")),
        # negatives: some statement; an issuer with no name; a document the text gives no issuer; no document;
        # a document an outlet passed on, the text saying whose it is ("being circulated among NSC officials")
        ("Anatoly Antonov spoke on Monday. A statement said that the deal was done.", "A statement", None),
        # ... a document another only handled ("obtained by", "circulated by"), or issued with no agent
        ("A report obtained by The Washington Post said the plan would fail.", "A report obtained by The Washington "
         "Post", None),
        ("A statement released on Monday said the plan would fail.", "A statement released on Monday", None),
        # ... records one may release without writing them (review 63a: "a document released by Edward Snowden")
        ("According to a document released by Edward Snowden, Assange is on a target list.",
         "a document released by Edward Snowden", None),
        ("The Washington Free Beacon published a policy paper being circulated among National Security Council "
         "officials. The paper suggests that the US focus on ethnic minority groups.", "The paper", None),
        ("The company denied it in a statement. The statement said the claims were false.", "The statement", None),
        ("The statement said the claims were false.", "The statement", None),
        # ... a text of words said: "of" names what it holds, no issuer (audit: typed a group)
        ("The bank will raise rates, according to the text of prepared remarks seen by Reuters.",
         "the text of prepared remarks", None),
        ("The bank will raise rates, according to a transcript of his speech.", "a transcript of his speech", None),
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", None),
        # ... a document met in a phrase of a verb that issues nothing ("found the error in a report")
        ("Smith found the error in a report that says unemployment will rise.", "a report", None),
        ("The figures appear in a report that says unemployment will rise.", "a report", None),
        ("Goldman Sachs found the error in a report. The report says that unemployment will rise.", "The report",
         None),
        # ... another kind of the document than the one whose issuer the text gave ("the autopsy report" is not
        # "the police report")
        ("The Heritage Foundation published a tax report on Monday. The budget report says that the tax cuts will "
         "pay for themselves.", "The budget report", None),
        # ... a record of others' words the subject only put out (PTC audits 33 and 48: "Monahan released a medical
        # record that shows", "the DOS released affidavits, which demonstrate": the releaser judged no speaker)
        ("Monahan also released a medical record. The record shows that she told a doctor about the abuse.",
         "The record", None),
        ("The Department of State released affidavits on Tuesday. The affidavits show that four counties extended "
         "the deadline.", "The affidavits", None),
        # ... but one's own record or statement put out stays one's ("released a statement", "released a report")
        ("The Heritage Foundation released a report on Monday. The report says that the tax cuts will pay for "
         "themselves.", "The report", ("The Heritage Foundation", "organization")),
    ],
)
def test_by_document(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_document(ctx, ref)) == expected


def test_no_strategy_imports_the_ladder() -> None:
    """``sources`` composes the strategies and none imports it back: ``source_documents``, whose issuer goes
    down the ladder again, is handed the ladder (``resolve``) instead of importing it."""
    steps = ("source_documents", "source_pronouns", "source_roles", "source_names", "source_refs", "source_groups")
    code = ("import sys; " + "; ".join(f"import sayso.nlp.extract.{m}" for m in steps)
            + "; print('sayso.nlp.extract.sources' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a document speaks for its possessive's owner, a name tagged plural being one body
        ("Big Machine Records denied it. Its statement said the claims were false.", "Its statement",
         ("Big Machine Records", "organization")),
        # negatives: a role of the owner stays its own source; no owner; a named owner
        ("Gov. Eric Holcomb spoke to teachers. His office said he was travelling.", "His office", None),
        ("Its statement said the claims were false.", "Its statement", None),
        ("Big Machine's statement said the claims were false.", "Big Machine's statement", None),
        # a record of others' words put out (``issuers.put_out_record``): whose record it is, not who speaks in it
        # (PolNeAR: "Clinton released her medical records in July, which showed she was fit" had gone to Politico)
        ("Politico reported Saturday that Brock was planning to call on the senator. Clinton released her medical "
         "records in July.", "her medical records", None),
    ],
)
def test_by_possessor(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_possessor(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Heather Nauert, the State Department spokesperson, said the talks had failed.",
         "the State Department spokesperson", ("Heather Nauert", "person")),
        ("State Department spokesperson Heather Nauert said the talks had failed.", "spokesperson", ("Heather Nauert", "person")),
        # the parse hangs the name inside the relative clause; commas and the verb give it to the role noun
        ("The company that runs the AMAs, Dick Clark Productions, denies that anything was sorted.", "The company",
         ("Dick Clark Productions", "organization")),
        # negatives: a role noun beside no name, a name, a name that goes on inside the clause
        ("The company that runs the AMAs, Dick Clark Productions, and the Grammys denies it.", "The company", None),
        # ... a party or a nation beside it is no name ("a Democrat" describes the senator)
        ("The senator, a Democrat, said the talks had failed.", "The senator, a Democrat", None),
        ("The lawmaker, a Republican from Texas, said the talks had failed.", "The lawmaker, a Republican from Texas",
         None),
        ("The spokesperson said the talks had failed.", "The spokesperson", None),
        ("Heather Nauert said the talks had failed.", "Heather Nauert", None),
        # a person's role beside a name NER typed as an organisation: a person
        ("It needs money, said The We Company's recently named executive chair Marcelo Claure in an email.", "chair",
         ("Marcelo Claure", "person")),
        # negatives: a company's name beside a person's role stays a company
        ("The company's chief executive, Dick Clark Productions, denies it.", "The company's chief executive",
         ("Dick Clark Productions", "organization")),
    ],
)
def test_by_apposed_role(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_apposed_role(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Another diplomat, former special envoy to Ukraine Kurt Volker, said the talks had failed.",
         "Another diplomat, former special envoy to Ukraine Kurt Volker", ("Kurt Volker", "person")),
        # negatives: no apposition, an apposition without a person's name
        ("Another diplomat said the talks had failed.", "Another diplomat", None),
        ("The agency, a federal body, said the talks had failed.", "The agency, a federal body", None),
        # a possessor's name qualifies the head: the lawyer or the source is someone else, named by no name here
        ("Jane Smith's lawyer, a former prosecutor, said the talks had failed.",
         "Jane Smith's lawyer, a former prosecutor", None),
        ("Reporter Nisan Ahmado's source inside the camp, a Syrian refugee, said the talks had failed.",
         "Reporter Nisan Ahmado's source inside the camp, a Syrian refugee", None),
        # near cases kept: the apposition names the person, beside a possessor or a role
        ("Hillary Clinton's spokesman, former aide Jack Brown, said the talks had failed.",
         "Hillary Clinton's spokesman, former aide Jack Brown", ("Jack Brown", "person")),
        ("His lawyer, former prosecutor Jane Smith, said the talks had failed.",
         "His lawyer, former prosecutor Jane Smith", ("Jane Smith", "person")),
    ],
)
def test_by_apposed_name(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_apposed_name(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Heather Nauert, the State Department spokesperson, arrived. Later the spokesperson said the talks had failed.",
         "the spokesperson", ("Heather Nauert", "person")),
        ("The Washington Post published the memo. The newspaper said the talks had failed.",
         "The newspaper", ("The Washington Post", "outlet")),
        # a role noun with no earlier name: claimed, unresolved
        ("The spokesperson said the talks had failed.", "The spokesperson", UNRESOLVED),
        # number agrees: "the physicians" are not "Arroyo, a physician"; "the agency" is no news agency
        ("Luz Arroyo, a family physician, spoke on Monday. The physicians stated that it was bad.", "The physicians",
         UNRESOLVED),
        ("Luz Arroyo, a family physician, spoke on Monday. The physician stated that it was bad.", "The physician",
         ("Luz Arroyo", "person")),
        ("NBC News reported the story. The agency said it chose not to vaccinate.", "The agency", UNRESOLVED),
        ("NBC News reported the story. The news agency said it chose not to vaccinate.", "The news agency",
         ("NBC News", "outlet")),
        # a role two people held ("President Trump", "John Williams, the president of the New York Fed"):
        # the one of them the text named last
        ("When President Trump's advisers suggested a deal, Mr. Trump was not satisfied. John Williams, the president "
         "of the New York Fed, said growth was slowing. Mr. Trump’s theatrical embrace is not limited to China. "
         "The president says his approach has created leverage.", "The president", ("Trump", "person")),
        ("When President Trump's advisers suggested a deal, Mr. Trump was not satisfied. John Williams, the president "
         "of the New York Fed, said growth was slowing. The president said the bank would wait.", "The president",
         ("John Williams", "person")),
        # the party, nation or place the role is said with picks the holder who was given it
        ("Donald Trump, the Republican presidential nominee, spoke in Ohio. Hillary Clinton, the Democratic nominee, "
         "spoke in Iowa. Trump spoke again. The Democratic nominee said the economy needed work.",
         "The Democratic nominee", ("Hillary Clinton", "person")),
        ("German Chancellor Angela Merkel spoke on Monday. The German chancellor said the economy needed work.",
         "The German chancellor", ("Angela Merkel", "person")),
        ("Donald Trump, the Republican presidential nominee, spoke in Ohio. The nominee said the economy needed work.",
         "The nominee", ("Donald Trump", "person")),
        # ... and is no one given another of the same kind
        ("Republican presidential nominee Donald Trump spoke in Ohio on Monday. Hillary Clinton campaigned in "
         "Florida. The Democratic presidential nominee said the economy needed work.",
         "The Democratic presidential nominee", UNRESOLVED),
        ("Austrian Chancellor Sebastian Kurz spoke on Monday. The German chancellor said the economy needed work.",
         "The German chancellor", UNRESOLVED),
        # someone brought in unnamed by the same noun since the holder was named: that one, whom no name stands for
        # (PTC audit 45: "we have God, the priest, and the people ... ordained one priest ... The new priest said"
        # had gone to God)
        ("Luz Arroyo, a family physician, spoke on Monday. The clinic hired a physician from Ohio in May. The "
         "physician stated that it was bad.", "The physician", UNRESOLVED),
        ("Luz Arroyo, a family physician, spoke on Monday. The clinic hired a nurse from Ohio in May. The "
         "physician stated that it was bad.", "The physician", ("Luz Arroyo", "person")),
        ("The clinic hired a physician from Ohio in May. Luz Arroyo, a family physician, spoke on Monday. The "
         "physician stated that it was bad.", "The physician", ("Luz Arroyo", "person")),
        # ... not a generic one ("a physician must listen") nor one inside a phrase ("an aide to a physician")
        ("Luz Arroyo, a family physician, spoke on Monday. She said a physician must listen. The physician stated "
         "that it was bad.", "The physician", ("Luz Arroyo", "person")),
        ("Luz Arroyo, a family physician, spoke on Monday. An aide to a physician in Ohio disagreed. The physician "
         "stated that it was bad.", "The physician", ("Luz Arroyo", "person")),
        # a title's short form before a name gives its holder the role noun ("Sen. Jane Roe" is "the senator"), when
        # one person holds it and what the mention says of the role is said of them too
        ("Sen. Mara Quill spoke at the hearing on Monday. The bill would cut taxes. The senator said it was a bad bill.",
         "The senator", ("Mara Quill", "person")),
        ("Gov. Ted Varga signed the budget on Monday. Teachers were angry. The governor said it was fair.",
         "The governor", ("Ted Varga", "person")),
        ("Democratic Sen. Mara Quill spoke on Monday. The bill would cut taxes. The Democratic senator said it was bad.",
         "The Democratic senator", ("Mara Quill", "person")),
        ("Democratic Sen. Mara Quill spoke on Monday. The bill would cut taxes. The Republican senator said it was bad.",
         "The Republican senator", UNRESOLVED),
        ("Sen. Mara Quill spoke on Monday. The bill would cut taxes. The Republican senator said it was bad.",
         "The Republican senator", UNRESOLVED),
        ("Sen. Mara Quill and Sen. Ron Pell spoke on Monday. The bill would cut taxes. The senator said it was bad.",
         "The senator", UNRESOLVED),
        ("Sen. Mara Quill spoke on Monday. The bill would cut taxes. The other senator said it was bad.",
         "The other senator", UNRESOLVED),
        ("Sen. Mara Quill spoke on Monday. The bill would cut taxes. The senator from the north said it was bad.",
         "The senator from the north", UNRESOLVED),
        # a place or party before the role noun ("the Florida senator", "the GOP nominee") picks the holder given it
        ("Iowa Sen. Mara Quill spoke on Monday. The bill would cut taxes. The Iowa senator said it was bad.",
         "The Iowa senator", ("Mara Quill", "person")),
        ("Ted Varga, the GOP nominee, spoke in Ohio. The crowd cheered. The GOP nominee said the economy needed work.",
         "The GOP nominee", ("Ted Varga", "person")),
        # ... and no one where the text never gave it (a reader may know Quill is from Iowa; the text did not say)
        ("Mara Quill, a senator, spoke on Monday. The bill would cut taxes. The Iowa senator said it was bad.",
         "The Iowa senator", UNRESOLVED),
        ("Ohio Gov. Ted Varga spoke on Monday. The crowd cheered. The Texas governor said it was bad.",
         "The Texas governor", UNRESOLVED),
        ("Dr. Mara Quill examined the patient on Monday. The nurse left. The doctor said the wound was deep.",
         "The doctor", UNRESOLVED),
        # a title's holder is no "the congressman" where the title was a common noun ("a union rep"), nor where someone
        # else, given no role or one of the chamber, was named since: a senator not called "Sen." (review rev70r)
        ("Mary Smith, a union rep at the plant, said workers were tired. The congressman said it was bad.",
         "The congressman", UNRESOLVED),
        ("Sen. Jane Roe, D-Ohio, opposed the measure. Ted Cruz, R-Texas, backed it. The senator said it was good.",
         "The senator", UNRESOLVED),
        ("Sen. Jane Roe criticized the bill. Senate Majority Leader Mitch McConnell defended it. The senator said it "
         "would pass.", "The senator", UNRESOLVED),
        ("Rep. Tom Hale spoke on Monday about the bill. The congresswoman said it was wrong.", "The congresswoman",
         UNRESOLVED),
        ("Prof. Ann Lee of Harvard studies the virus. Mark Diaz, who teaches at Yale, disagreed. The professor said the "
         "data were thin.", "The professor", UNRESOLVED),
        # ... but a holder named again since, or others given roles of their own, keep the title's holder
        ("Sen. Jane Roe spoke Monday. Ted Cruz backed the bill. Roe disagreed. The senator said it was bad.",
         "The senator", ("Jane Roe", "person")),
        ("Gov. Greg Abbott signed the bill. He was joined by Sen. John Cornyn. The governor said it was fair.",
         "The governor", ("Greg Abbott", "person")),
        # a place of two words is one place ("the New Jersey governor" after "New Jersey Gov. Chris Christie"),
        # whose words are all weighed: North and South Carolina are two places, New York and New Jersey too
        ("Vermont Gov. Ted Varga faulted the rival on Monday. Lee Hart disagreed. \"He took the easy road,\" the "
         "Vermont governor said.", "the Vermont governor", ("Ted Varga", "person")),
        ("New Jersey Gov. Ted Varga faulted the rival on Monday. Lee Hart disagreed. \"He took the easy road,\" the "
         "New Jersey governor said.", "the New Jersey governor", ("Ted Varga", "person")),
        ("South Dakota Gov. Mara Quill signed the bill. \"It is fair,\" the South Dakota governor said.",
         "the South Dakota governor", ("Mara Quill", "person")),
        ("New Mexico Mayor Ted Varga spoke on Monday. The crowd cheered. The New Mexico mayor said it was bad.",
         "The New Mexico mayor", ("Ted Varga", "person")),
        ("North Dakota Gov. Mara Quill signed the bill. \"It is fair,\" the South Dakota governor said.",
         "the South Dakota governor", UNRESOLVED),
        ("New York Gov. Ted Varga signed the bill. \"It is fair,\" the New Jersey governor said.",
         "the New Jersey governor", UNRESOLVED),
        ("New Jersey Gov. Ted Varga spoke Monday. New York Gov. Ann Lee agreed. \"It is bad,\" the New Jersey "
         "governor said.", "the New Jersey governor", ("Ted Varga", "person")),
        ("New Jersey Gov. Ted Varga spoke Monday. New York Gov. Ann Lee agreed. \"It is bad,\" the governor said.",
         "the governor", UNRESOLVED),
        # a former holder holds the title no more: "the governor" is someone else
        ("Former Gov. Ted Varga spoke Monday. \"It is bad,\" the governor said.", "the governor", UNRESOLVED),
        ("Former New Jersey Gov. Ted Varga spoke Monday. \"It is bad,\" the New Jersey governor said.",
         "the New Jersey governor", UNRESOLVED),
        ("The late Sen. Mara Quill was honored. The bill would cut taxes. The senator said it was bad.",
         "The senator", UNRESOLVED),
        # ... and a title given only after the statement is no holder of it then; nor a role nobody was given
        ("\"It is bad,\" the governor said on Monday. Gov. Ted Varga signed the bill later.", "the governor", UNRESOLVED),
        ("Ted Varga spoke on Monday. \"It is bad,\" the governor said.", "the governor", UNRESOLVED),
        # a chamber and the other nouns before the role noun are the holder's title's own words: "the Senate minority
        # leader" is "Senate Minority Leader Ann Lee", never "Senate Majority Leader Tom Hale"
        ("Senate Minority Leader Ann Lee faulted the bill. \"It is bad,\" the Senate minority leader said.",
         "the Senate minority leader", ("Ann Lee", "person")),
        ("Ann Lee, the Senate minority leader, faulted the bill. \"It is bad,\" the Senate minority leader said.",
         "the Senate minority leader", ("Ann Lee", "person")),
        ("House Speaker Ann Lee faulted the bill. \"It is bad,\" the House speaker said.", "the House speaker",
         ("Ann Lee", "person")),
        ("Senate Majority Leader Tom Hale faulted the bill. \"It is bad,\" the Senate minority leader said.",
         "the Senate minority leader", UNRESOLVED),
        ("Senate Majority Leader Tom Hale faulted the bill. \"It is bad,\" the minority leader said.",
         "the minority leader", UNRESOLVED),
        ("House Minority Leader Ann Lee faulted the bill. \"It is bad,\" the Senate minority leader said.",
         "the Senate minority leader", UNRESOLVED),
        ("Ann Lee, a manager for the Hale campaign, spoke Monday. The crowd cheered. The campaign manager said it "
         "was fair.", "The campaign manager", ("Ann Lee", "person")),
        ("Ann Lee, a manager who once worked on a campaign, spoke Monday. The crowd cheered. The campaign manager "
         "said it was fair.", "The campaign manager", UNRESOLVED),
        ("Ann Lee, the Senate minority leader, faulted the bill. Senate Majority Leader Tom Hale backed it. \"It is "
         "bad,\" the Senate minority leader said.", "the Senate minority leader", ("Ann Lee", "person")),
        # review rev77r: "then" or "late" of the clause is no former title (she holds it, and dropping her gave "the
        # senator" to the other); "then" hung on the title is; an outgoing holder holds it still
        ("Sen. Tom Hale wrote the bill. The House passed it, and then Sen. Ann Lee blocked it. \"It is dead,\" the "
         "senator said.", "the senator", UNRESOLVED),
        ("Sen. Tom Hale backed the bill on Monday. Late Tuesday Sen. Ann Lee filibustered it. \"It is bad,\" the "
         "senator said.", "the senator", UNRESOLVED),
        ("Sen. Ann Lee spoke. The bill, backed by then Sen. Barack Obama, failed. \"It is bad,\" the senator said.",
         "the senator", ("Ann Lee", "person")),
        ("Outgoing Gov. Tom Hale spoke Monday. \"It is bad,\" the governor said.", "the governor", ("Tom Hale", "person")),
        ("Outgoing Gov. Tom Hale spoke Monday. Gov. Ann Lee of Ohio agreed. \"It is bad,\" the governor said.",
         "the governor", UNRESOLVED),
        # ... a chamber named before a comma is no word of the holder's title; a noun before a titled role is asked too
        ("Ahead of the Senate vote, House Majority Leader Tom Hale spoke. \"It is bad,\" the Senate majority leader "
         "said.", "the Senate majority leader", UNRESOLVED),
        ("Sen. Tom Hale spoke Monday. \"It is bad,\" the state senator said.", "the state senator", UNRESOLVED),
        # negatives: no determiner, a proper name, a pronoun
        ("Spokespeople said the talks had failed.", "Spokespeople", None),
        ("The Kremlin said the talks had failed.", "The Kremlin", None),
        ("Antonov arrived. He said the talks had failed.", "He", None),
        # ... a role noun with a name of its own beside it that the tagger made a common noun
        ("The KirchenZeitung announced that couples were invited. As the Austrian Catholic website Kath.net writes, "
         "Harant must be quoting here AL 250.", "the Austrian Catholic website Kath.net", None),
    ],
)
def test_by_role_noun(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_role_noun(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("The San Francisco Chronicle says police are looking into the case. The man ran. The Chronicle says he was "
         "arrested.", "The Chronicle", ("The San Francisco Chronicle", "outlet")),
        ("The Washington Post reported the story on Monday. The Post said the deal was signed.", "The Post",
         ("The Washington Post", "outlet")),
        # negatives: two outlets the word fits; a person's surname; NER's run of two outlets; no outlet before
        ("The New York Times and the Los Angeles Times reported the deal. The Times said it was signed.", "The Times",
         None),
        ("The Washington Post reported it. Emily Post, an etiquette writer, spoke. Post said it was rude.", "Post", None),
        ("The Wrap and Deadline reported the deal. Deadline said it was signed.", "Deadline", None),
        ("The Chronicle said the deal was signed.", "The Chronicle", None),
    ],
)
def test_by_outlet_short_name(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_outlet_short_name(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("John Smith, 45, was arrested on Monday. Police said he had fled. The 45-year-old said he was innocent.",
         "The 45-year-old", ("John Smith", "person")),
        ("Mary Jones, a 34-year-old nurse, sued the hospital. The 34-year-old told reporters the case was strong.",
         "The 34-year-old", ("Mary Jones", "person")),
        ("Police arrested 45-year-old former coach John Smith on Monday. The 45-year-old said he was innocent.",
         "The 45-year-old", ("John Smith", "person")),
        # negatives: no age given; another age; two people of that age; a number that is no age
        ("Jose Mourinho has agreed a deal. The 56-year-old said he was excited.", "The 56-year-old", None),
        ("John Smith, 45, was arrested. The 46-year-old said he was innocent.", "The 46-year-old", None),
        ("John Smith, 45, and Mary Jones, 45, were arrested. The 45-year-old said he was innocent.", "The 45-year-old",
         None),
        ("John Smith, 45-10 winner of the race, spoke. The 45-year-old said he was tired.", "The 45-year-old", None),
    ],
)
def test_by_stated_age(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_stated_age(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Anatoly Antonov arrived on Monday. Antonov said the talks had failed.", "Antonov", ("Anatoly Antonov", "person")),
        ("Anatoly Antonov arrived on Monday. Mr. Antonov said the talks had failed.", "Mr. Antonov", ("Anatoly Antonov", "person")),
        # the family name first, or before a generational suffix: one person, one source
        ("China's ambassador to Britain Liu Xiaoming spoke on Monday. Liu said the army could be deployed.", "Liu",
         ("Liu Xiaoming", "person")),
        ("James P. Kennedy Jr., the U.S. Attorney, spoke on Monday. Kennedy said the case was closed.", "Kennedy",
         ("James P. Kennedy Jr.", "person")),
        # a person's title compounded on a name NER missed makes it a person's, for the surname to reach
        ("Cordes criticized fellow German Cardinal Reinhard Marx’s suggestion. Marx said the plan was pastoral.",
         "Marx", ("Reinhard Marx", "person")),
        # a role word before the surname is no part of the name ("Cardinal Müller" is the one person)
        ("Cardinal Gerhard Ludwig Müller spoke in Bratislava. Cardinal Müller said the idea was wrong.",
         "Cardinal Müller", ("Gerhard Ludwig Müller", "person")),
        # a title on the one word makes it a person's name for every bare mention ("President Trump" ... "Trump")
        ("President Trump spoke on Monday. Trump said the talks had failed.", "Trump", ("Trump", "person")),
        # two people share the family name: the one the text names in full more often
        ("Scholar Stephen Cohen spoke on CNN. Michael Cohen pleaded guilty. Michael Cohen told the judge he had paid "
         "them. Cohen said he was sorry.", "Cohen", ("Michael Cohen", "person")),
        # ... unless the other was named just before: "the photojournalist Askia Muhammad ... Mr. Muhammad"
        ("Elijah Muhammad led the Nation. When Elijah Muhammad died, it split. " + _FILLER + "The picture was taken by "
         "the photojournalist Askia Muhammad in 2005. Mr. Muhammad said he was an admirer.", "Mr. Muhammad",
         ("Askia Muhammad", "person")),
        # negatives: two holders named just before leave it to the usual one; another spelling is the same person
        ("Ammon Bundy spoke on Monday. Ammon Bundy led the group. " + _FILLER + "Ammon Bundy, whose father Cliven Bundy "
         "took part in a standoff, left. Bundy said they had exhausted all measures.", "Bundy", ("Ammon Bundy", "person")),
        ("Donald Trump spoke on Monday. " + _FILLER + "The post was signed by Donald J. Trump on Monday. Trump said the "
         "wall would be built.", "Trump", ("Donald Trump", "person")),
        # two people share the family name: the one the paragraph names last, in full ...
        ("Keith Ellison spoke on Monday. Keith Ellison ran for office. " + _FILLER + "Karen Ellison, his former wife, "
         "spoke on Tuesday. Ellison said the marriage had ended in 2010.", "Ellison", ("Karen Ellison", "person")),
        ("Karen Ellison spoke on Tuesday. " + _FILLER + "Keith Ellison spoke on Monday. Ellison said the marriage had "
         "ended in 2010.", "Ellison", ("Keith Ellison", "person")),
        # ... a title ("Mrs." where the two differ in gender, a role the text gives one of them in full) ...
        ("Keith Ellison spoke on Monday. Karen Ellison spoke on Tuesday. " + _FILLER + "Mrs. Ellison said the marriage "
         "had ended in 2010.", "Mrs. Ellison", ("Karen Ellison", "person")),
        ("Rep. Keith Ellison spoke on Monday. Karen Ellison spoke on Tuesday. " + _FILLER + "Rep. Ellison said the "
         "marriage had ended in 2010.", "Rep. Ellison", ("Keith Ellison", "person")),
        # ... else the one named in full far more often: the article's subject
        ("Donald Trump spoke on Monday. Donald Trump met Ivanka Trump on Tuesday. Donald Trump left. " + _FILLER
         + "Trump said the wall would be built.", "Trump", ("Donald Trump", "person")),
        # "Trump Jr." is the one named with the suffix
        ("Donald Trump spoke on Monday. Donald Trump Jr. spoke on Tuesday. " + _FILLER + "Trump Jr. said the wall "
         "would be built.", "Trump Jr.", ("Donald Trump Jr.", "person")),
        # negatives: nothing decides (named once each, long ago; both named last, neither the main clause's
        # subject): the surname as written, no one's words put in the other's mouth
        ("Keith Ellison spoke on Monday. Karen Ellison spoke on Tuesday. " + _FILLER + "Ellison said the marriage had "
         "ended in 2010.", "Ellison", ("Ellison", "person")),
        ("Keith Ellison spoke on Monday. Keith Ellison ran for office. Karen Ellison spoke on Tuesday. " + _FILLER
         + "The judge heard from Keith Ellison and Karen Ellison on Monday. Ellison said the marriage had ended.",
         "Ellison", ("Ellison", "person")),
        # "Mr." where one holder's gender is unknown decides nothing: the one named far more often does
        ("Keith Ellison spoke on Monday. Keith Ellison ran. Keith Ellison won. Alex Ellison spoke on Tuesday. " + _FILLER
         + "Mr. Ellison said the marriage had ended.", "Mr. Ellison", ("Keith Ellison", "person")),
        # one met before the mention: "Kavanaugh" before "Ashley Kavanaugh" is named is the judge
        ("Judge Brett Kavanaugh spoke on Monday. " + _FILLER + "Kavanaugh said he was willing to testify. His wife, "
         "Ashley Kavanaugh, sat behind him.", "Kavanaugh", ("Brett Kavanaugh", "person")),
        # a name NER ran over a word that is no given name: "Which Clinton"
        ("Hillary Clinton spoke to Kara Swisher on Monday. Hillary Clinton laughed. " + _FILLER + "Just 30 seconds later, "
         "as Swisher asked:\n“what do you think of Cory Booker… saying ‘kick them in the shins,’ essentially…” incorrectly "
         "recalling Eric Holder’s recent comments.\nWhich Clinton quickly corrected:\n“Yeah, I know they all look alike,” "
         "Clinton joked.", "Clinton", ("Hillary Clinton", "person")),
        # an age set beside the one word makes it a person's name for every bare mention ("Qanbar, 54," ... "Qanbar"),
        # whatever NER calls the word
        ("Vardakis, 54, was elected to the board on Friday. The vote was close. Vardakis said the members would meet "
         "again in May.", "Vardakis", ("Vardakis", "person")),
        ("Residents including Qorvath, 47, fled the fire. Firefighters arrived late. Qorvath said the alarm never "
         "sounded.", "Qorvath", ("Qorvath", "person")),
        # negatives: a place's name with an age beside it (a child "Trenton, 7,") leaves the city's bare name alone;
        # a figure that is no age ("in May, 2004,") names no one
        ("Trenton, 7, drew the winning ticket. The draw was held on Monday. Trenton said the budget would balance.",
         "Trenton", None),
        ("Brontex shipped the chip in May, 2004, after a delay. Brontex said demand was strong.", "Brontex", None),
        # nor a table's entry: a team's points, a firm's count ("Arsenal, 84; Chelsea, 80", "Samsung, 98, Intel, 45");
        # two people's ages joined by "and" still are ages
        ("Final standings: Arsenal, 84; Chelsea, 80; Liverpool, 76. Arsenal said in a statement that the manager "
         "would stay.", "Arsenal", None),
        ("Patents granted last year: Samsung, 98, Intel, 45. Samsung said it would keep investing in research.",
         "Samsung", None),
        ("The funds ranked by return: Vanguard, 14, Fidelity, 11. Vanguard said its fees would fall.", "Vanguard", None),
        ("Vardakis, 54, and Pellworth, 61, were elected on Friday. Vardakis said the members would meet again in May.",
         "Vardakis", ("Vardakis", "person")),
        # negatives: no full name earlier, another surname, a common noun that is a surname too
        ("Antonov said the talks had failed.", "Antonov", None),
        ("Brett Kavanaugh met his friend Mark Judge on Monday. The judge said the case was closed.", "The judge", None),
        ("Anatoly Antonov arrived on Monday. Lavrov said the talks had failed.", "Lavrov", None),
    ],
)
def test_by_surname(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_surname(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", ("Anatoly Antonov", "person")),
        ("The World Health Organization said the talks had failed.", "The World Health Organization",
         ("The World Health Organization", "organization")),
        ("Officials said the talks had failed.", "Officials", ("Officials", "anonymous")),
        ("Mainstream US pundits claimed that the talks had failed.", "Mainstream US pundits", ("Mainstream US pundits", "group")),
        # a name that only qualifies the head noun is not the speaker: the possessor, the compound
        ("Tim Morrison testified. Morrison's lawyer said the question was out of scope.", "Morrison's lawyer",
         ("Morrison's lawyer", "person")),
        ("Key Security Council powers distanced themselves from the move.", "Key Security Council powers",
         ("Key Security Council powers", "government")),
        ("The Trump administration said the talks had failed.", "The Trump administration", ("The Trump administration", "government")),
        # negatives: the head is part of the name; a name in a prepositional phrase still speaks
        ("Tim Morrison testified. Morrison said the question was out of scope.", "Morrison", ("Tim Morrison", "person")),
        ("Kremlin spokesman Dmitry Peskov said the talks had failed.", "Kremlin spokesman Dmitry Peskov", ("Dmitry Peskov", "person")),
        # a person's name without the title NER took in; a role noun is a person, not its institution
        ("Superintendent Jennifer McCormick said pay was low.", "Superintendent Jennifer McCormick",
         ("Jennifer McCormick", "person")),
        ("A career Army officer said the call was improper.", "A career Army officer", ("A career Army officer", "person")),
        # a person's role noun with the organisation after it is the role holder, not the organisation
        ("The chairman of the Conservative Party described the result as a disaster.", "The chairman of the Conservative Party",
         ("The chairman of the Conservative Party", "person")),
        ("The leader of the Labour Party said the risk was low.", "The leader of the Labour Party",
         ("The leader of the Labour Party", "person")),
        # negatives: the organisation is the head, or a name the head is part of
        ("The Conservative Party said the result was a disaster.", "The Conservative Party",
         ("The Conservative Party", "organization")),
        ("Party chairman Brandon Lewis said the result was a disaster.", "Party chairman Brandon Lewis",
         ("Brandon Lewis", "person")),
        # a name with a person's role beside it is that person, whatever NER made of the name
        ("Eswar Prasad, a trade professor at Cornell, said the talks were stuck.",
         "Eswar Prasad, a trade professor at Cornell", ("Eswar Prasad", "person")),
        ("Cardinal Paul Josef Cordes criticized fellow German Cardinal Reinhard Marx’s suggestion that priests "
         "should bless the unions.", "fellow German Cardinal Reinhard Marx’s", ("Reinhard Marx", "person")),
        ("Burnadette Norris-Weeks, an attorney who works as counsel to the office, said she did send it.",
         "Burnadette Norris-Weeks, an attorney who works as counsel to the office", ("Burnadette Norris-Weeks", "person")),
        # an officer's title in capitals before a name is the person's, not a body's (NER's WORK_OF_ART "CFO Andy Bryant")
        ("\"That's the highest third-quarter growth rate in the company's history,\" CFO Andy Bryant told the "
         "Associated Press.", "CFO Andy Bryant", ("Andy Bryant", "person")),
        ("Sales rose, said COO Jane Smith.", "COO Jane Smith", ("Jane Smith", "person")),
        # negative: the title alone is still a person, named as written
        ("Sales rose 5 percent, the CFO said.", "the CFO", ("CFO", "person")),
        # review 65: a given name in the middle of a name is no start of it; a role opening a body's name makes no
        # person of the body
        ("Minister Nitin Raj Gadkari said the highway would be finished next year.", "Minister Nitin Raj Gadkari",
         ("Nitin Raj Gadkari", "person")),
        ("CFO Journal reported that audit fees had risen sharply.", "CFO Journal", ("CFO Journal", "outlet")),
        # an airline whose name opens with an outlet's word ("The Atlantic") is no outlet; the outlet alone is
        ("It will continue its regional service for Delta Air Lines DAL.N , Atlantic Coast said.", "Atlantic Coast",
         ("Atlantic Coast", "organization")),
        ("The Atlantic reported that the deal was done.", "The Atlantic", ("The Atlantic", "outlet")),
    ],
)
def test_by_name(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(by_name(ctx, ref)) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Moscow said the talks had failed.", "Moscow", ("Russia", "government")),
        ("Beijing said the talks had failed.", "Beijing", ("China", "government")),
        # negatives: not an alias; a person named like a place keeps the name; the office of a head of state or
        # government is named as written, as the White House is
        ("The Kremlin said the talks had failed.", "The Kremlin", ("Kremlin", "government")),
        ("Downing Street said the talks had failed.", "Downing Street", ("Downing Street", "government")),
        ("The Elysee said the talks had failed.", "The Elysee", ("Elysee", "government")),
        ("The White House said the talks had failed.", "The White House", ("The White House", "government")),
        ("Exxon Mobil said the talks had failed.", "Exxon Mobil", ("Exxon Mobil", "organization")),
    ],
)
def test_with_alias(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    res = with_alias(by_name(ctx, ref), ctx.lexicon, lambda key: None)
    assert _outcome(res) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the relative pronoun stands for its antecedent
        ("Anatoly Antonov, who said the talks had failed, left.", "who", ("Anatoly Antonov", "person")),
        # no quotation mark left open in a name
        ("Trump called Williams one of the “Never Trumpers” who oppose his presidency.", "who",
         ("the Never Trumpers", "group")),
        # an unresolved pronoun falls back to its own words
        ("He said the talks had failed.", "He", ("He", "person")),
        # a title on a title is an office, named whole: not "General"
        ("According to the Attorney General’s statement, the department “will continue to enforce the law.”",
         "the Attorney General’s statement", ("Attorney General", "person")),
        # negatives: a title on a name is the person
        ("According to Attorney General Jeff Sessions’s statement, the department “will enforce the law.”",
         "Attorney General Jeff Sessions’s statement", ("Jeff Sessions", "person")),
    ],
)
def test_resolve_mention(nlp, text: str, mention: str, expected: object) -> None:
    ctx, ref = _setup(nlp, text, mention)
    assert _outcome(resolve_mention(ctx, ref)) == expected


def test_resolve_sources_groups_mentions(nlp) -> None:
    text = "Anatoly Antonov said the talks had failed. Antonov said they would resume. He said nothing else."
    doc = nlp(text)
    mentions = []
    for words in ("Anatoly Antonov", "Antonov said they", "He"):
        start = text.index(words)
        end = start + len(words.split(" said")[0])
        span = doc.char_span(start, end, alignment_mode="expand")
        mentions.append(Mention(start, end, span.root.i, len(mentions)))
    sources, assignment = resolve_sources(doc, mentions, load_lexicon(), find_quotes(text))
    assert [s.name for s in sources] == ["Anatoly Antonov"]
    assert assignment == [0, 0, 0]


def test_resolved_pronouns_carry_their_person_on(nlp) -> None:
    """A chain of "he said" keeps its speaker past the window in which his name still counts."""
    filler = "The committee met again on Tuesday, and the hearing ran late into the evening as members asked questions. " * 2
    text = ("Kurt Volker spoke first. " + filler + "He said the call was fine. " + filler
            + "He said Rudy Giuliani was wrong about Ukraine. " + filler + "He added that he had no regrets.")
    doc = nlp(text)
    mentions = []
    for start in [i for i in range(len(text)) if text.startswith("He ", i)]:
        span = doc.char_span(start, start + 2)
        mentions.append(Mention(start, start + 2, span.root.i, len(mentions)))
    sources, assignment = resolve_sources(doc, mentions, load_lexicon(), find_quotes(text))
    assert [sources[k].name for k in assignment] == ["Kurt Volker"] * 3


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("The automaker says the car will ship in May.", "The automaker", "organization"),
        ("A career Army officer said the call was improper.", "A career Army officer", "person"),
        ("A new report by E! News said the deal was done.", "E! News", "outlet"),
        ("Key Security Council powers distanced themselves from the move.", "Key Security Council powers", "government"),
        # people's names joined are a group of people, whatever NER made of the whole
        ("Alexander Vindman and Jennifer Williams testified. Vindman and Williams told lawmakers the call was wrong.",
         "Vindman and Williams", "group"),
        ("Kurt Volker and Tim Morrison said the call was fine.", "Kurt Volker and Tim Morrison", "group"),
        ("Exxon and Chevron said the market was weak.", "Exxon and Chevron", "organization"),
        # a poll that outlets run together, their names joined by a hyphen or a slash: the outlets', never the
        # government a place's word in one of them reads as
        ("A Washington Post-ABC News survey found that most voters disapproved of the plan.",
         "A Washington Post-ABC News survey", "outlet"),
        ("The latest CBS-New York Times poll shows the race is tied.", "The latest CBS-New York Times poll", "outlet"),
        # negatives: writings are no group of people; "the agency" is no news agency
        ("Credible reports said more than 100 people were killed.", "Credible reports", "unknown"),
        ("The agency said it chose not to vaccinate.", "The agency", "government"),
    ],
)
def test_mention_type(nlp, text: str, mention: str, expected: str) -> None:
    _, ref = _setup(nlp, text, mention)
    assert ref.type == expected


@pytest.mark.parametrize(
    "text, head, expected",
    [
        ("A Washington Post-ABC News survey found that most voters disapproved.", "survey", True),
        ("The latest CBS-New York Times poll shows the race is tied.", "poll", True),
        ("A new NBC News/Wall Street Journal poll found the race tied.", "poll", True),
        # negatives: a part that is no outlet, one outlet alone, a hyphen that makes no joint name
        ("A Washington Post-Schar School poll found the race tied.", "poll", False),
        ("A Quinnipiac-Marist poll found the race tied.", "poll", False),
        ("A Washington Post poll found the race tied.", "poll", False),
        ("A CNN-backed group said the vote was fair.", "group", False),
    ],
)
def test_joint_outlets(nlp, text: str, head: str, expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == head)
    assert joint_outlets(token, load_lexicon()) is expected


@pytest.mark.parametrize(
    "text, person, expected",
    [
        # a title decides; then a given name; a pronoun after the name only where neither says
        ("Ms. Kelly Stone hired a lawyer to get his story out.", "kelly stone", "f"),
        ("The informant hired an attorney, Victoria Toensing, to get his story out.", "victoria toensing", "f"),
        ("Juanita Broaddrick accused Bill Clinton of raping her.", "bill clinton", "m"),
        ("Taylor Swift said her former label sold her music.", "taylor swift", "f"),
        # negatives: no pronoun in the sentence, a pronoun in the next one
        ("Kim Lee spoke on Monday.", "kim lee", None),
        ("Kim Lee spoke on Monday. She said the talks had failed.", "kim lee", None),
        # the pronoun after the name goes on speaking of someone the sentence spoke of before the name
        ("Trenton said as he sat with his parents, Brett and Kim Lee, watching his little sister's practice.",
         "kim lee", None),
        ("Kim Lee sat with her son, who said his teacher had left.", "kim lee", "f"),
        # a noun of one sex put beside the name says it, as a title does ("Imran's brother, Abid Awan")
        ("The money went to Imran's brother, Abid Awan, bank records show, but she said she was afraid.",
         "abid awan", "m"),
        ("Police spoke to his wife, Kim Lee, on Monday.", "kim lee", "f"),
        ("Kim Lee, his brother, spoke to her on Monday.", "kim lee", "m"),
    ],
)
def test_genders(nlp, text: str, person: str, expected: str | None) -> None:
    doc = nlp(text)
    lexicon = load_lexicon()
    surnames = short_names([e.text for e in doc.ents if e.label_ == "PERSON"], lexicon.person_roles)
    assert genders(doc, surnames, lexicon.given_genders, kin=lexicon.kin_genders).get(person) == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # a platform is a company, whatever label NER gives it: no "he" reaches it
        ("Trump wrote on Twitter that the talks had failed.", "Twitter", "PERSON", "organization"),
        ("She posted the video on Facebook.", "Facebook", "PERSON", "organization"),
        # a thing of a person's, a possessive inside the name: his outlet, not him
        ("He spoke in an interview with John Allen’s Crux.", "John Allen’s Crux", "PERSON", "organization"),
        # negatives: a place so named keeps its type; a person's name, a company NER labelled as one
        ("Sanctions hit Putin's Russia hard, the ministry said.", "Putin's Russia", "GPE", "government"),
        ("Anatoly Antonov said the talks had failed.", "Anatoly Antonov", "PERSON", "person"),
        ("Boeing said the talks had failed.", "Boeing", "ORG", "organization"),
    ],
)
def test_entity_type(nlp, text: str, name: str, label: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert entity_type(span, load_lexicon()) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a body named after a person is no holder of a person's role, and the person it is named after is not him
        pytest.param("The informant was threatened with a gag order, according to his attorney – former Reagan Justice "
                     "Dept.\nofficial and former counsel Victoria Toensing.", "according to",
                     "his attorney – former Reagan Justice Dept.", id="body-named-after-reagan"),
        # negatives: a person beside the role; a role of a body named after a person keeps its own words
        pytest.param("The plan would fail, according to his attorney, Victoria Toensing.", "according to",
                     "Victoria Toensing", id="person-beside-role"),
        pytest.param("The plan would fail, said a spokesman for the Obama administration.", "said",
                     "a spokesman for the Obama administration", id="spokesman-for-body"),
    ],
)
def test_named_after_person(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a hyphened given name is one name: the tokenizer's split at the hyphen must not garble it
        ("The patients were quarantined, according to Sui-Lee Wee of the New York Times.", "according to",
         "Sui-Lee Wee"),
        ("Former prime minister Jean-Pierre Raffarin said the plan would fail.", "said", "Jean-Pierre Raffarin"),
        # negatives: a hyphened word that is no part of the name, a spaced dash
        ("Paris-based analyst Pierre Vimont said the plan would fail.", "said", "Pierre Vimont"),
        ("The envoy - Pierre Vimont - said the plan would fail.", "said", "Pierre Vimont"),
    ],
)
def test_hyphened_given_name(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the entity recogniser cuts a romanised given name at its hyphen ("Moon Jae"): the syllable after it is the name's
        ("South Korean President Moon Jae-in said the talks would resume.", "said", "Moon Jae-in"),
        ("Former UN chief Ban Ki-moon said the climate deal was historic.", "said", "Ban Ki-moon"),
        # negatives: a spaced dash, a double-barrelled surname already whole
        ("Senator Smith - a Democrat - said the plan failed.", "said", "Smith"),
        ("John Smith-Jones said the plan failed.", "said", "John Smith-Jones"),
    ],
)
def test_hyphened_name_tail(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected
