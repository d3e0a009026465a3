"""Predicates that are no saying are no cues (issue 12, item 1): ``nlp/extract/senses.py``, ``agency.py``,
``cue_senses.txt``, ``agency_nouns.txt``.

The resource tests read only the lexicon; the tables parse real-news-like sentences, each rule with
the statements it must keep beside the acts, aims and findings it must drop.
"""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract import agency, senses
from sayso.nlp.extract.lexicon import SENSES, load_lexicon, read_list


def test_every_cue_lemma_has_one_sense() -> None:
    lexicon = load_lexicon(acceptance=False)
    lemmas = set(read_list("cue_verbs.txt")) | set(read_list("cue_nouns.txt"))
    assert sorted(w for w in lemmas if lexicon.sense_of(w) is None) == []
    assert sorted(w for w in lexicon.senses if w not in lemmas) == []  # no sense for a word that is no cue
    assert set(lexicon.senses.values()) == set(SENSES)


@pytest.mark.parametrize(
    "lemma, sense",
    [("say", "saying"), ("Tell", "saying"), ("offer", "saying"), ("tweet", "writing"), ("rule", "writing"),
     ("believe", "thought"), ("support", "thought"), ("aim", "intending"), ("plan", "intending"),
     ("find", "finding"), ("reveal", "finding"), ("allow", "acting"), ("choose", "acting"), ("block", "acting"),
     ("decision", "acting"), ("goal", "intending"), ("statement", "writing"), ("sandwich", None)],
)
def test_sense_of(lemma: str, sense: str | None) -> None:
    assert load_lexicon(acceptance=False).sense_of(lemma) == sense


def test_intentions_report_thought_unless_media_says_otherwise() -> None:
    media = load_lexicon(acceptance=False).media
    assert media["aim"] == media["plan"] == media["seek"] == "thought"
    assert media["hope"] == "thought" and media["say"] == "speech"  # media.txt keeps its own


def test_agency_nouns_are_well_formed() -> None:
    nouns = load_lexicon(acceptance=False).agency
    assert nouns["team"] == "agent" and nouns["simulation"] == "thing" and nouns["study"] == "finder"
    assert nouns["mission"] == "venture"


test_intentions_need_an_agent = cue_table(
    [
        # the aim of a programme, a mission, a simulation or an object is no one's intention
        ("NASA is building the Artemis program. Artemis aims to return astronauts to the moon by 2026.", "aims", False),
        ("The simulation, called IllustrisTNG, which aims to model the growth of galaxies, ran for months.", "aims",
         False),
        ("The mission aims to map the surface of Europa.", "aims", False),
        ("The company is looking to its new chip to revive sales.", "looking", False),
        ("The bill seeks to cap the price of insulin at $35 a month.", "seeks", False),
        # people and organisations with a clause of their own: medium thought, kept
        ("The Lakers plan to re-evaluate him in two weeks.", "plan", True),
        ("NASA plans to launch the rocket next year.", "plans", True),
        ("The team intends to appeal the suspension.", "intends", True),
        ("Clinton's campaign is seeking to contrast her approach with Trump's.", "seeking", True),
        ("She hopes to return to the lineup by Friday.", "hopes", True),
        ("The World Food Programme plans to expand aid to Gaza.", "plans", True),  # a body named a programme
        # an effort is an act, unless what is attempted is a statement (effort_verbs.txt)
        ("President Barack Obama sought on Wednesday to reassure Asian allies that the election would not change U.S. policy.",
         "sought", True),
        ("President Barack Obama sought on Wednesday to ease growing Asian worries about the election.", "sought", False),
        ("Maybe Ellison is attempting to pull an Obama.", "attempting", False),
        ("Take a look and understand how Keith Ellison seeks to deceive you.", "seeks", False),
        ("Republicans sought to tie up some loose threads.", "sought", False),
        ("The company is trying to win back customers after the recall.", "trying", False),
        ("He tried to point out that the law was clear.", "point", True),
        # an attempted verb of saying with a plain object is an act on a thing (blind audit P74)
        ("During the debate he sought to blunt his rival's appeal to suburban women.", "sought", False),
        ("The governor has sought to present himself as an outsider.", "sought", False),
        ("The party is seeking to court a new generation of voters.", "seeking", False),
        ("The coach tried to counter the league's ruling.", "tried", False),
        ("The minister sought to assure investors that the currency was stable.", "sought", True),
        ("Lawyers tried to convince the jury to acquit their client.", "tried", True),
        ("The mayor is trying to draw a contrast with his predecessor.", "trying", False),
        # the inner cue of such an effort on the subject itself goes too (P74: "has sought to portray herself as")
        ("The governor has sought to present himself as an outsider.", "present", False),
        ("She has sought to portray herself as the president's successor.", "portray", False),
        ("Critics have tried to describe the plan as a tax on the poor.", "describe", True),  # a view of a thing
        # kept: a denial of what was said, a charge laid (blind audit 30 judged the blame row P)
        ("The company tried to deny the allegations.", "tried", True),
        ("The White House sought to blame Mr. Acosta for the confrontation.", "sought", True),
        ("The lawyer tried to argue the point before the judge cut him off.", "tried", True),
        ("The campaign is intended to stop teachers from sending pupils out to beg.", "intended", False),
    ],
    marks=(pytest.mark.slow,),
)


test_findings_need_a_finder = cue_table(
    [
        # findings of data, instruments, simulations and things: evidence, not statements
        ("The resolution allowed the team to study tiny structures, revealing how gas flows out of galaxies.",
         "revealing", False),
        ("The outflows were also shown to slow the growth of stars.", "shown", False),
        ("The simulation found that black holes grow faster than expected.", "found", False),
        ("The images revealed that the glacier had retreated by two miles.", "revealed", False),
        # evidence itself speaks for no one: what it suggests is the writer's reading
        ("Evidence suggests that the virus came from a lab in Wuhan.", "suggests", False),
        ("The footage indicates that the officer fired first.", "indicates", False),
        ("The evidence revealed that the company knew about the defect.", "revealed", False),
        # people, bodies and documents find
        ("The researchers found that the outflows slow star formation.", "found", True),
        ("A 2014 study found that poor children in Charlotte have the worst odds.", "found", True),
        ("The ministry revealed that three soldiers had been killed.", "revealed", True),
        ("Astronomers discovered that the planet has a thick atmosphere.", "discovered", True),
        ("The technicians found that the water was safe to drink.", "found", True),  # people by their noun's ending
        ("In 2014, Pew found that twice as many Democrats favoured gun control.", "found", True),  # a name NER missed
        ("Disclosures filed on Sunday night revealed that donors are paying for the ads.", "revealed", True),
        ("It was revealed in March that she had used a personal email account.", "revealed", False),  # nobody
        # a noun that names a person (person_nouns.txt) finds as a role noun does (blind audit 68 S46)
        ("Amrozi attacked Bali after his former Australian boss revealed the island was a haven for sinful behaviour.",
         "revealed", True),
        ("A neighbor revealed that the man had left the house at night.", "revealed", True),
        ("His girlfriend revealed that he had been drinking.", "revealed", True),
        # coming to know is no telling, whoever learns it (review 68m)
        ("His girlfriend learned that he had been arrested.", "learned", False),
        ("A child found the gun was loaded.", "found", False),
        ("The patient learned she had cancer.", "learned", False),
        ("A Bloomberg poll shows that wealthy voters have abandoned the party.", "shows", True),
        ("Prosecutors suggested that the evidence was planted.", "suggested", True),
        ("A 2019 study of the evidence found that the virus came from bats.", "found", True),
        ("About 9.9 million single mothers live in the United States, according to federal statistics.", "according",
         True),
    ],
    marks=(pytest.mark.slow,),
)


test_acts_are_not_statements = cue_table(
    [
        # acts, decisions, permissions and procedures are no statements
        ("TNG50 allowed researchers to see how galaxies form.", "allowed", False),
        ("The team chose to play its starters for the whole game.", "chose", False),
        ("Kaprizov blocked a shot in the third period.", "blocked", False),
        ("When they compared the images to earlier surveys, the astronomers saw a difference.", "compared", False),
        ("The council approved a bill designed to curb short-term rentals.", "approved", False),
        ("The law requires that landlords return deposits within 30 days.", "requires", False),
        # an "it" that looks back to no noun (a sentence cut from its article): as likely a statute as a body
        ("It also mandated that all new buildings include ramps for wheelchairs.", "mandated", False),
        ("It requires that every ballot be counted by hand.", "requires", False),
        ("It said that every ballot would be counted by hand.", "said", True),
        ("The county board decided in May that every ballot be counted by hand.", "decided", True),
        # an agent's that-clause, a statement the act frames, "made it clear": kept
        ("The Nets opted to trade the forward to Houston.", "opted", False),
        ("Senator Elizabeth Warren compared Donald Trump to Richard Nixon.", "compared", True),  # a characterisation
        ("The court decided that the claims were unfounded.", "decided", True),
        ("High school administrators decided she should share the honor with two others.", "decided", True),
        ("The vast majority of them accept that human activity is causing shifts in the climate.", "accept", True),
        ("Retired Gen. Carter Ham spoke on the radio. Ham made it clear he had major misgivings about the cuts.",
         "made", True),
        ("Trump took to Twitter overnight to accuse Clinton's campaign of being duped.", "accuse", True),
        ("He chose not to comment on the trade rumors.", "chose", False),
        # an act that withholds the statement its gerund names: nothing recommended, nothing criticized
        ("The FBI decided against recommending charges against Clinton.", "decided", False),
        # a decision to say something is an act; what is said on it is the embedded verb's own cue
        ("The FBI decided on Friday to tell Congress about the emails.", "decided", False),
        ("As a start, Mr. Obama decided to press Israel to freeze settlement construction.", "decided", False),
        ("Comey chose to announce the findings himself.", "chose", False),
        ("Comey decided to tell Congress that new emails had been found.", "tell", True),
        ("Trump went on to criticize the plan in a speech.", "went", True),
        ("The board decided against endorsing either candidate.", "decided", False),
        ("The FBI decided against recommending charges, Comey said.", "said", True),
        ("Cruz pointedly refused to endorse Trump during his convention speech.", "refused", False),
        ("The team's decision to trade the forward surprised fans.", "decision", False),
        ("His refusal to testify angered lawmakers.", "refusal", False),
        ("He again refuses to release his tax records.", "refuses", False),
        ("Scientists used the James Webb Space Telescope to observe the planet.", "used", False),
        # a ballot cast is an act, whatever it is for
        ("Smith voted for the measure last year.", "voted", False),
        ("Senators voted to approve the bill on Tuesday.", "voted", False),
        ("He voted against the measure, arguing that it was too costly.", "voted", False),
        ("He voted against the measure, arguing that it was too costly.", "arguing", True),
        # a verb of saying or thought that does an act frames no statement: a view held takes a clause, a topic
        # talked about is no proposition
        ("A House panel voted to hold Pagliano in contempt.", "voted", False),
        ("The committee voted to hold a hearing on the matter.", "voted", False),
        ("Caddell went on to discuss recently released polls showing Trump ahead.", "went on", False),
        ("The panel voted that the charges were unfounded.", "voted", True),
        ("The senator said in a vote on Tuesday that the plan would fail.", "said", True),
        ("Trump commented that the death was tragic.", "commented", True),
        ("Sanders went on to criticize the convention for its failure to mention terrorism.", "went on", True),
        ("Sanders went on to discuss how the law would work.", "discuss", True),
    ],
    marks=(pytest.mark.slow,),
)


test_objects_say_nothing = cue_table(
    [
        # a model, a device or a feature says nothing
        ("The new model predicts that sea levels will rise by a metre by 2100.", "predicts", False),
        ("Apple introduced a feature that warns users when their AirTags are nearby.", "warns", False),
        # documents, bodies named by a noun of things, programmes and missions speaking as bodies
        ("The law says that landlords must return deposits within 30 days.", "says", True),
        ("The IMF cut its forecast. Still, the fund warned that the exit will raise many questions.", "warned", True),
        ("The U.S. mission to the United Nations said it would veto the resolution.", "said", True),
        ("The company released an update on Monday. It said that the outage had been fixed.", "said", True),
        # "threaten"/"promise" with an infinitive and a thing for subject: a likelihood, no threat made
        ("That error threatens to overwhelm the Church.", "threatens", False),
        ("The storm threatens to flood the valley by Friday.", "threatens", False),
        ("The new engine promises to cut fuel costs by a third.", "promises", False),
        ("The new plan promises to cut costs by a third.", "promises", False),
        ("The merger threatens to eliminate thousands of jobs.", "threatens", False),
        ("The proposal threatens to split the party.", "threatens", False),
        ("The heat wave threatens to overwhelm hospitals.", "threatens", False),
        # blind audit m84: a stance or a posture held threatens only as a likelihood; its holder would speak
        ("The department's position threatens to alienate social conservatives.", "threatens", False),
        ("The company's stance threatens to anger investors.", "threatens", False),
        ("The senator's posture threatens to derail the talks.", "threatens", False),
        ("The department threatened to cut funding for the program.", "threatened", True),
        ("The senator threatened to derail the talks.", "threatened", True),
        ("The spokesman's position is that the law is unconstitutional.", "position is", True),
        ("The deal promises to bring jobs to the region.", "promises", False),
        # blind audit m76: a measure, a quantity or the weather "threatens" or "promises" only as a forecast, and so
        # does a time or a sum the tagger names; people, bodies and warnings with a clause stay
        ("Temperatures in the capital threatened to break the record set in 1947.", "threatened", False),
        ("Prices at the pump threaten to climb past five dollars a gallon.", "threaten", False),
        ("The death toll threatens to rise as rescuers reach the villages.", "threatens", False),
        ("Heavy rain threatens to swamp the harvest this week.", "threatens", False),
        ("Turnout promises to be the highest in decades.", "promises", False),
        ("The weekend promises to be hot and dry across the region.", "promises", False),
        ("Two inches of rain threaten to flood the valley.", "threaten", False),
        ("The senator threatened to resign.", "threatened", True),
        ("The farmers threatened to block the roads if prices kept falling.", "threatened", True),
        ("Analysts warned prices could rise.", "warned", True),
        ("Forecasters warned that temperatures could top the record.", "warned", True),
        ("The governor promised to cut the tax rate by a point.", "promised", True),
        # review rev75a: a count or a share of people, and a surname the tagger reads as a common noun, speak
        ("Dozens of doctors threatened to resign over the cuts.", "threatened", True),
        ("A number of senators have threatened to block the nomination.", "threatened", True),
        ("Forty percent of the union's members threatened to quit.", "threatened", True),
        ("The three threatened to quit.", "threatened", True),
        ("Number 10 promised to publish the report.", "promised", True),
        ("Price threatened to sue the company over the article.", "threatened", True),
        # a time or a moment demands nothing: the writer's voice
        ("This critical time in the history of the Catholic Church demands that the laity step forward to protect the "
         "Church.", "demands", False),
        ("The moment demands that we act now.", "demands", False),
        ("The union demanded that the mayor resign.", "demanded", True),
        ("At the time, he said that the plan would fail.", "said", True),
        ("The union threatened to strike if wages are not raised.", "threatened", True),
        # "threaten" with an infinitive of taking or widening a lead: a likelihood in a contest, whoever the subject
        ("The governor threatened to run away with the primary after her win in Nevada.", "threatened", False),
        ("The challenger threatened to pull ahead in the final week.", "threatened", False),
        ("The senator threatened to pull away from the rest of the field.", "threatened", False),
        ("The underdog threatened to overtake the favourite in the polls.", "threatened", False),
        ("The young striker threatened to eclipse the club's scoring record.", "threatened", False),
        # a threat to leave, to act on someone, and a promise to win, are made
        ("The teenager threatened to run away from home if they moved.", "threatened", True),
        ("The singer threatened to run away with her bodyguard.", "threatened", True),
        ("The region threatened to break away from the federation.", "threatened", True),
        ("The minister threatened to pull out of the coalition.", "threatened", True),
        # a plan pushed on, a threat to leave the rest of one's own, an act as the means (review rev73f)
        ("The government threatened to race ahead with the legislation without opposition support.", "threatened",
         True),
        ("The teenager threatened to run away from the rest of the family.", "threatened", True),
        ("The mayor threatened to upstage the governor by announcing his own budget on Monday.", "threatened", True),
        ("Liverpool threatened to run away with the league by Christmas.", "threatened", False),
        ("Labour threatened to pull ahead of the Conservatives in key marginals.", "threatened", False),
        ("The company promised to overtake its rival's sales within two years.", "promised", True),
        # nouns not known as things: people, bodies and documents can threaten and promise
        ("The gunmen threatened to kill the hostages.", "threatened", True),
        ("The junta threatened to arrest the journalists.", "threatened", True),
        ("The regime threatened to expel the diplomats.", "threatened", True),
        ("Rebels threatened to attack the capital.", "threatened", True),
        ("The report promised to name those responsible.", "promised", True),
        ("The anonymous letter threatened to release the photos unless he paid.", "threatened", True),
        ("The statement promised to investigate the shooting.", "promised", True),
        ("City officials promised to rebuild the bridge by spring.", "promised", True),
        ("He threatened to quit the coalition over the budget.", "threatened", True),
        # one person named by a noun no list holds makes the threat or the promise
        ("The landlord threatened to evict the family.", "threatened", True),
        ("The suspect threatened to kill the clerk.", "threatened", True),
        ("The gunman threatened to blow up the building.", "threatened", True),
        ("The teenager threatened to shoot his classmates.", "threatened", True),
        ("His ex-wife threatened to sue him.", "threatened", True),
        ("The billionaire promised to donate half his fortune.", "promised", True),
        ("The takeover threatens to wipe out the smaller rivals.", "threatens", False),
        ("The debate promised to be a crucial moment for both campaigns.", "promised", False),
        ("The summit threatens to end without a deal.", "threatens", False),
        ("The Trump campaign promised to release the tax returns.", "promised", True),
        ("The ministry threatened to revoke the licences of three broadcasters.", "threatened", True),
    ],
    marks=(pytest.mark.slow,),
)


test_feelings_about_a_noun_phrase = cue_table(
    [
        ("Boudreau expressed confidence in the veteran winger.", "expressed", False),
        ("The senator voiced frustration with the pace of the talks.", "voiced", False),
        ("She expressed concern that the plan would fail.", "expressed", True),
        ("Officials expressed hope that the talks would resume next week.", "expressed", True),
        ("He voiced support for the bill.", "voiced", False),  # a stance on a thing states nothing (np_stances)
        # the feeling noun as cue: what the feeling is about is no proposition; its clause is one
        ("The mayor voiced concern about the policy.", "concern", False),
        ("Officials raised concerns about the timing of the aid.", "concerns", False),
        ("Fans aired their frustration with the referees.", "frustration", False),
        ("Lawmakers voiced concern about how the money was spent.", "concern", True),
        ("The mayor expressed concern that the policy would hurt families.", "concern", True),
        # an inclination toward an act or a side, told by the writer: no view stated
        ("The senator is leaning hard toward voting against the bill.", "leaning", False),
        ("Undecided voters leaned toward Clinton in the final week.", "leaned", False),
        ("Smith is leaning toward voting no, he said.", "said", True),
        # a state of mind and its cause: no proposition held
        ("Many European citizens feel stung after the bank imposed new rules.", "feel", False),
        ("Many citizens felt stung when the bank imposed new rules.", "felt", False),
        ("The workers felt betrayed by the union.", "felt", False),
        # kept: a clause of its own, the adjective's clause (its own cue)
        ("She felt she wasn't taken seriously because she lacked the right degrees.", "felt", True),
        ("They feel confident that the bill will pass.", "feel confident", True),
    ],
    marks=(pytest.mark.slow,),
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The Lakers plan to re-evaluate him.", "Lakers", True),
        ("NASA plans to launch it.", "NASA", True),
        ("The coach wants to win.", "coach", True),
        ("She plans to run.", "She", True),
        ("Trump's running mate, Indiana Gov. Mike Pence, plans to release his returns.", "mate", True),
        ("The company said it plans to hire 200 workers.", "it", True),
        ("The mission aims to land in 2026.", "mission", False),
        ("The simulation, which aims to model galaxies, ran.", "which", False),
        ("TNG50 allowed researchers to see.", "TNG50", False),
        ("IllustrisTNG ran for months.", "IllustrisTNG", False),
        ("In 2014, Pew found a gap.", "Pew", True),
        ("Nine percent found it a deterrent.", "percent", True),
        ("The data revealed a trend.", "data", False),
        ("The mission was delayed. It aims to launch in May.", "It", False),
    ],
)
def test_agentive(nlp, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word and t.dep_ in ("nsubj", "nsubjpass"))
    assert agency.agentive(token, agency.agency_of(load_lexicon(acceptance=False))) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # saying and thought head a statement hung on an effort or an act
        ("She tried to explain that the plan was sound.", "explain", True),
        ("He took to Twitter to accuse the senator of lying.", "accuse", True),
        ("They came to believe that the vote was rigged.", "believe", True),
        # negatives: writing is an act here, a verb of no saying, a noun
        ("He refused to release his tax records.", "release", False),
        ("He refused to publish the letter.", "publish", False),
        ("Ellison is attempting to pull an Obama.", "pull", False),
        ("The explanation came late.", "explanation", False),
    ],
)
def test_says_or_thinks(nlp, text: str, word: str, expected: bool) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert senses.says_or_thinks(token, load_lexicon(acceptance=False).senses) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a verb of saying or thought used as one
        ("She tried to explain that the plan was sound.", "explain", True),
        ("They voted to hold that the law was void.", "hold", True),
        ("He went on to discuss the plan as a failure.", "discuss", True),
        ("He tried to push the idea that taxes would fall.", "push", True),
        ("He went on to discuss how the law would work.", "discuss", True),
        # the same verbs doing an act: a view held without a clause, a topic, a measure moved
        ("A House panel voted to hold Pagliano in contempt.", "hold", False),
        ("He went on to discuss recently released polls.", "discuss", False),
        ("McConnell is attempting to push a bill through the Senate.", "push", False),
        ("He refused to release his tax records.", "release", False),
    ],
)
def test_states_something(nlp, text: str, word: str, expected: bool) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    lexicon = load_lexicon(acceptance=False)
    assert senses.states_something(token, lexicon.senses, lexicon.topic_verbs) is expected


# an act's frame ("went on to", "proceeded to") around a verb that takes only a person: what was done next, nothing
# said (blind audit p85 A3); anything said of the person, a clause, a charge or a thing keeps the frame
test_act_on_a_person_frames_no_statement = cue_table(
    [
        ("“I fully support his re-election,” Trump said. He went on to endorse Ayotte, calling her “a rising star.”",
         "went", False),
        ("She went on to endorse Clinton at the rally.", "went", False),
        ("He proceeded to thank him.", "proceeded", False),
        ("The mayor went on to attack Smith, the city manager.", "went", False),
        ("He went on to praise Obama for his courage.", "went", True),
        ("He went on to call him a liar.", "call", True),
        ("He went on to tell Smith that the plan would fail.", "tell", True),
        ("Trump went on to say that the election was rigged.", "say", True),
        ("Trump went on to criticize the plan in a speech.", "went", True),
        # a name of a thing is no person ("praise NAFTA" as "criticize the plan"); "on" sets the act in time
        # only ("on Tuesday"), else it says what for ("congratulate Macron on his victory")
        ("He went on to praise NAFTA.", "went", True),
        ("He went on to congratulate Macron on his victory.", "went", True),
        ("She went on to endorse Clinton on Tuesday.", "went", False),
    ],
    marks=(pytest.mark.slow,),
)
