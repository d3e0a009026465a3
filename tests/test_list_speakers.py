"""The right speaker after a list of people (``scene.one_of_a_list``) and for a message received
(``participles.received_message``).

"Performers included Will Smith, Stevie Wonder and Patti LaBelle. ... he said": the "he" may be any man of the
list, the last no more than the first, so it is left unresolved rather than given to a guess; a member the text
names again ("LaBelle said"), or the one woman of the list for a "she", is that member. "Smith got an email from
her manager telling her she was fired": the email tells, not Smith who received it.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_a_pronoun_after_a_list = speaker_table([
    pytest.param("The concert featured Bruce Springsteen, Jon Bon Jovi and Billy Joel. He said the crowd was great.",
                 "said", "He", id="he-after-three-men"),
    pytest.param('Among those attending were John Smith, Mark Jones and Peter Brown. "It is a disaster," he said.',
                 "said", "he", id="quote-he-after-three-men"),
    pytest.param("Officials met with John Smith and Mark Jones on Monday. He said the talks went well.",
                 "said", "He", id="he-after-two-men"),
    # negatives: gender tells the members apart; a member named again is that member; one name is no list
    pytest.param("Officials met with John Smith and Mary Jones on Monday. She said the talks went well.",
                 "said", "Mary Jones", id="the-one-woman"),
    pytest.param('Performers included Will Smith, Stevie Wonder and Patti LaBelle. "It was a great night," she said.',
                 "said", "Patti LaBelle", id="the-one-woman-of-three"),
    pytest.param('Performers included Will Smith, Stevie Wonder and Patti LaBelle. "It was a great night," LaBelle said.',
                 "said", "Patti LaBelle", id="named-again"),
    pytest.param('The panel included John Smith, Mark Jones and Peter Brown. "It is a disaster," Jones said. '
                 '"We must act," he added.', "added", "Mark Jones", id="member-who-spoke"),
    pytest.param("Officials met with John Smith on Monday. He said the talks went well.",
                 "said", "John Smith", id="one-name"),
])

test_a_message_received = speaker_table([
    pytest.param("Smith got an email from her manager on Friday telling her she was fired.", "telling",
                 "an email from her manager", id="got-an-email"),
    pytest.param("The mayor received a letter from residents on Monday demanding that the park stay open.", "demanding",
                 "a letter from residents", id="received-a-letter"),
    pytest.param("Jones was sent a text by his lawyer warning him not to talk.", "warning", "his lawyer",
                 id="was-sent-a-text"),
    # negatives: the receiver's own act, and a participle of the sender
    pytest.param("Smith got the job on Friday, telling reporters she was thrilled.", "telling", "Smith",
                 id="got-a-job"),
    pytest.param("The governor sent a letter to the mayor on Monday, warning that the schools must close.", "warning",
                 "The governor", id="sent-a-letter"),
])

# a participle the parse lent a thing, an event or a time goes to the nearest clause's subject that is no thing
# ("thing_before_participle", "doer_before"); a date or a time is never a source ("a_time")
test_a_participle_lent_a_thing = speaker_table([
    pytest.param("The first incident came during a speech at the State University of New York at Purchase, when Sanders "
                 "protesters interrupted her speech, shouting “she wins, we lose!”", "shouting", "Sanders protesters",
                 id="incident"),
    pytest.param("He sent out a fundraising email as the platform committee meeting began vowing to “fight for every "
                 "vote” in the nation’s last presidential primary.", "vowing", "He", id="meeting"),
    pytest.param("It was a potent one-two punch by the two most prominent women in the Democratic Party, as Mrs. Clinton "
                 "echoed the criticism, saying Mr. Trump ''reminds us every day that he's not in it for the American "
                 "people''.", "saying", "Clinton", id="it-was-a-punch"),
    pytest.param("As Democrats and Republicans turn their attention to the critical primary in New York, it is worth "
                 "remembering that the state is defined by the Big Apple.", "remembering", "it", id="worth-remembering"),
    pytest.param("11:00 am – Police receive 911 calls saying shots have been fired inside the Inland Regional Center.",
                 "saying", None, id="a-time"),
    # negatives: a body, a document and an ad speak; a participle's own subject stays
    pytest.param("The company rejected the claims on Monday, saying they were false.", "saying", "The company",
                 id="company"),
    pytest.param("Trump's campaign released a statement saying it was postponing a Monday evening rally.", "saying",
                 "Trump's campaign", id="statement"),
    pytest.param("The ad ran on Monday, calling Trump a fraud.", "calling", "The ad", id="ad"),
    pytest.param("The first taste the Mexican audience gets of Donald Trump is his golden head speaking from the face of "
                 "a giant $100 bill, calling them \"frijoleros\" and bragging about the wall.", "calling", None,
                 id="no-relative-clause-doer"),
    pytest.param("While 86 percent of black voters in a recent Gallup survey had a favorable opinion of Hillary Clinton, "
                 "43 said the same for Sanders.", "said", "43", id="a-number-is-no-time"),
    pytest.param("Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business.\n\nSaturday at the Massachusetts "
                 "Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said presumptive Republican "
                 "presidential nominee Donald Trump was a “proven failure” in business.", "said", "Elizabeth Warren",
                 id="person-after-a-time"),
])

# a state that ends a place's name, set off by commas, is no second subject of the verb ("state_after_place")
test_a_state_after_a_place = speaker_table([
    pytest.param("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total "
                 "stiff.”", "calling", "Trump", id="new-hampshire"),
    pytest.param("Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential "
                 "primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”", "said",
                 "John Kasich", id="ohio"),
    # negatives: the subject after the place stays; a country that speaks stays its speaker
    pytest.param("In Moscow, Russia, officials said on Monday that they would not attend.", "said", "officials",
                 id="officials-in-moscow"),
    pytest.param("After talks in Geneva, Russia said on Monday that it would not attend.", "said", "Russia",
                 id="russia-speaks"),
    # a country ending the place where it happened is no subject of the participle after it
    # ("country_after_located_place"): the doer before it is
    pytest.param("Protesters gathered in Paris, France shouting that the law was unjust.", "shouting", "Protesters",
                 id="paris-france"),
    pytest.param("In Paris, France said that the law was unjust.", "said", "France", id="france-speaks"),
    pytest.param("Iran, saying the deal was dead, walked out of the talks.", "saying", "Iran", id="iran-speaks"),
])

# a person named after a role right before the cue, where the parse headed the subject with an organisation
# ("person_after_role")
test_a_person_after_a_role = speaker_table([
    pytest.param("Nation of Islam leader Louis Farrakhan said that America is the Great Satan.", "said",
                 "Louis Farrakhan", id="nation-of-islam"),
    pytest.param("Teamsters union leader James Hoffa said that the deal was bad.", "said", "James Hoffa",
                 id="parsed-right"),
    # negatives: no person's name before the cue; a role with no name
    pytest.param("The leader of the Nation of Islam said that America is the Great Satan.", "said",
                 "The leader of the Nation of Islam", id="no-name"),
    pytest.param("The Nation of Islam said that America is the Great Satan.", "said", "The Nation of Islam",
                 id="organisation"),
    pytest.param("A Texas teenager who supports President Trump said that the ban was unfair.", "said",
                 "A Texas teenager", id="name-in-a-relative-clause"),
    pytest.param("The Nation of Islam and its leader Louis Farrakhan said that America is the Great Satan.", "said",
                 "The Nation of Islam and its leader Louis Farrakhan", id="a-list"),
])

# a verb of saying repeated after the clause it reported is the first one's speaker's ("reporting_twin")
test_a_repeated_verb_of_saying = speaker_table([
    pytest.param("He said the base immediately went into collect mode and said Stevens's rescue was always a priority.",
                 "said", "He", id="said-and-said"),
    pytest.param("Rubio pushed back on those claims Thursday, saying that the bill had the correct security components "
                 "but was waylaid by voter mistrust - and arguing that he and Cruz shared almost all the same views.",
                 "arguing", "Rubio", id="saying-and-arguing"),
    # negatives: another verb joined in the reported clause stays its subject's, and a participle of a noun is no twin
    pytest.param("The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete in the "
                 "season’s final primary contest next week.", "vowing", None, id="supporters-saying"),
    pytest.param("Smith said Jones resigned on Monday and apologized for the delay.", "apologized for", "Jones",
                 id="reported-deed"),
])

# a headline's passive with its "was" left out names the one judged, never the judge ("reduced_passive")
test_a_headline_passive = speaker_table([
    pytest.param("Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage.", "Accused", None, id="accused-of"),
    pytest.param("Senator accused of lying about his war record.", "accused", None, id="lower-case"),
    pytest.param("Obama blamed for the slow recovery by Republicans.", "blamed for", None, id="blamed-for"),
    # negatives: an active verb with its object stays its subject's
    pytest.param("Trump accused Clinton of lying about her emails.", "accused", "Trump", id="accused-clinton"),
    pytest.param("Obama blamed Republicans for the slow recovery.", "blamed", "Obama", id="blamed-republicans"),
])

# an "it" of an impersonal passive ("it's assumed that") stands for no one (``antecedents.is_expletive``)
test_an_impersonal_it = speaker_table([
    # ("it's assumed that" is no attribution at all since nsp79: impersonal_views, tests/test_impersonal_views.py)
    # negative: an "it" that speaks stays the body it stands for
    pytest.param("The State Department reviewed the case on Monday. It said that the rules had been broken.", "said",
                 "The State Department", id="it-said"),
])

# a participle after a closing "X added," goes on with X, not with the subject of the words X reported
# ("source_heads.closing_report")
test_a_participle_after_a_closing_report = speaker_table([
    pytest.param("Comey cannot say that “from his perspective,” Lewandowski added, saying it should be “up to the "
                 "prosecutor to move forward or not.”", "saying", "Lewandowski", id="added-saying"),
    pytest.param("Grayson said Randolph “would have no chance to win,” the source recalled, adding that Grayson said of "
                 "his fiancée: “I’m going to marry her.”", "adding", "the source", id="recalled-adding"),
    # negative: a participle after a clause that reports forward stays the reporter's
    pytest.param("Sen. John Smith said the rebels were behind the attack, vowing to hunt them down.", "vowing",
                 "John Smith", id="said-vowing"),
])
