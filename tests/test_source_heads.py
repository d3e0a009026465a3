"""Where ``sayso.nlp.extract.source_heads`` (re-exported by ``attributions``) reads a cue's source off the parse, rule by rule.

Each table is ``text, cue -> expected``: the cue is the first occurrence of its word; the
expected value is the source's head word (``None``: the rule names no source).
"""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.dep_labels import set_off_subordinate
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_heads import colon_label, participle_subject, source_head
from sayso.nlp.extract.source_spans import source_extent

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the reporter of a reported clause owns the trailing participle
        ("Whitfield said the rebels were behind the attack, vowing to hold them responsible.", "vowing", "Whitfield"),
        # a subordinate clause's own subject owns it
        ("The label issued a statement after Swift publicly scolded her former label, accusing it of bullying her.",
         "accusing", "Swift"),
        # out of a relative clause: the architect did not say it, Trump did
        ("Trump was defensive when asked about an architect who said he was stiffed, saying he did a bad job.",
         "saying", "Trump"),
        # ... but not out of what a copula says its subject is: those who push claim it, not the hypocrisy
        ("Part of the hypocrisy of the Conference of Mayors is that they push to infringe on rights while claiming "
         "that it is consistent with the Second Amendment.", "claiming", "they"),
        ("The problem with the senators is that they block every bill, saying that the budget is too high.", "saying",
         "they"),
        ("She was adamant that she and the company keep the upper hand, telling Keyworth they would not move first.",
         "telling", "She"),
        # the noun a reduced relative clause describes ("formed ... and sent ...") is the doer
        ("The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management earlier this month "
         "stating that they don't want to be defined by the scandals.", "stating", "group"),
        # a clause of getting in touch right before the participle: its subject goes on saying it
        ("Police arrested Smith after his neighbor called them, saying that he had threatened her.", "saying",
         "neighbor"),
        ("The council met on Monday after Mary Jones wrote to the mayor, noting that the budget had doubled.",
         "noting", "Jones"),
        # a bare participle on a verb of getting in touch inside another's report: the contact's subject says it
        ("The media reported that over 1,300 Catholic faithful in Osorno wrote to the pope asking him to rescind "
         "the appointment.", "asking", "faithful"),
        ("The lawyer said the man called 911 saying his wife had been shot.", "saying", "man"),
        ("The paper reported that parents emailed the school asking it to cancel the trip.", "asking", "parents"),
        # ... not set off by a comma (the reporter's trailing remark), nor after a verb of no contact
        ("Police said the man called 911, saying his wife had been shot.", "saying", "Police"),
        ("The media reported that the faithful wrote to the pope, asking him to rescind the appointment.", "asking",
         "media"),
        ("Police said the suspect fled the scene, saying he was innocent.", "saying", "Police"),
        ("Police said the suspect fled the scene saying he was innocent.", "saying", "Police"),
        ("The governor said the state would appeal, calling the ruling a disgrace.", "calling", "governor"),
        # ... nor after a quote closed by a comma, nor on a verb that made the thing it names
        ('Police said the man wrote to his "dear friends," asking them to forgive him.', "asking", "Police"),
        ("Officials said the user posted the video saying it was fake.", "saying", "Officials"),
        # negatives: no subject before the participle anywhere; a clause of another kind, or not right before it
        ("Vowing to hold them responsible, the minister left.", "Vowing", None),
        ("Police arrested Smith after his neighbor left the house, saying that he had threatened her.", "saying",
         "Police"),
        ("Police arrested Smith after his neighbor called them on Monday at the station in the rain as the storm "
         "hit, and then released him, saying that he had not threatened her.", "saying", "Police"),
        # a verb that makes a thing, with that thing as its object, is no getting in touch
        ("Twitter suspended the account after he posted the video, saying it violated its rules on violent content.",
         "saying", "Twitter"),
        ("Facebook removed the post after Trump wrote it, saying it broke the company's policy.", "saying", "Facebook"),
        ("The school expelled the student after she tweeted the photo, saying it broke the code of conduct.",
         "saying", "school"),
    ],
)
def test_participle_subject(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    subj = participle_subject(token_of(doc, cue))
    assert (subj.text if subj is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("WASHINGTON -- President Obama said the plan worked.", "said", "President Obama"),
        ("The company flat-out denied that the deal was off.", "denied", "The company"),
        ("He cited his testimony, a prospect Vindman denied earlier in the day.", "denied", "Vindman"),
        ("Even China, Pyongyang's only ally, said the test was wrong.", "said", "China, Pyongyang's only ally"),
        ("His ex-wife said the claims were false.", "said", "His ex-wife"),
        # a name the parse cut where its particle begins runs to the person's end (audit 68: "Ahmad" for al-Hassan)
        ('In Damascus, Syrian Information Minister Ahmad al-Hassan called the charges "baseless and illogical".',
         "called", "Syrian Information Minister Ahmad al-Hassan"),
        ("Ahmed bin Laden said it was fine.", "said", "Ahmed bin Laden"),
        ("Sen. Bernie Sanders (Vt.) said the plan worked.", "said", "Sen. Bernie Sanders (Vt.)"),
        ("The letter signed by seven physicians says the rate is alarming.", "says",
         "The letter signed by seven physicians"),
        ("Kenneth Baer, a former official who runs Crosscut, said the plan worked.", "said",
         "Kenneth Baer, a former official who runs Crosscut"),
        # negatives: the head's relative clause, a clause of a name inside, role nouns and
        # word-internal hyphens stay as they are
        ("Fiona Hill, who will testify Thursday, said the plan worked.", "said", "Fiona Hill"),
        ("Michael Mulgrew, president of the Federation, which represents teachers, said the plan worked.", "said",
         "Michael Mulgrew, president of the Federation"),
        ("Republican counsel Steve Castor said the plan worked.", "said", "Republican counsel Steve Castor"),
        ("The GOP-dominated Legislature said the plan worked.", "said", "The GOP-dominated Legislature"),
        ("Trump, who said the plan worked, left.", "said", None),
        # the channel of the statement is the cue's, not the source's
        ("The plan worked, said the company's new executive chair Marcelo Claure in an email.", "said",
         "the company's new executive chair Marcelo Claure"),
        # the statement's date is the cue's, not the source's
        ("A federal judge on Monday ruled that the policy was unlawful.", "ruled", "A federal judge"),
        ("The senator on Thursday said the allegations were false.", "said", "The senator"),
        ("The president on Monday afternoon said the talks had failed.", "said", "The president"),
        # blind audit 61: a time noun NER leaves untagged ("at one point", "at the time"); a place stays
        ("Aquila is short of cash, and Avon bondholders at one point feared it may default.", "feared",
         "Avon bondholders"),
        ("Critics at the time argued that the plan would fail.", "argued", "Critics"),
        ("Officials at the point of entry said the border was closed.", "said", "Officials at the point of entry"),
        ("A reviewer at Time said the film was the best of the year.", "said", "A reviewer at Time"),  # a magazine
        # negatives: a year that is the name's ("The class of 2016"), a body of a period
        ("The class of 2016 said the ceremony was moving.", "said", "The class of 2016"),
        ("A statement on Friday from Governor Ricardo Rossello said the island needed help.", "said",
         "A statement on Friday from Governor Ricardo Rossello"),
        # a verb of saying that opens a speaker's label is the cue's, not the name's
        ("The mayor spoke on Monday.\nSaid Smith: We will not raise taxes this year.", ":", "Smith"),
        ("The mayor spoke on Monday.\nJohn Smith: We will not raise taxes this year.", ":", "John Smith"),
        # an age and an aside set off by commas stay in the mention (PolNeAR's spans hold them; the name does not)
        ("The senator, 65, said the bill would pass.", "said", "The senator, 65"),
        # negatives: a place or an office is the source's
        ("A judge in Ohio said the plan worked.", "said", "A judge in Ohio"),
        ("The plan worked, said the head of the office in Geneva.", "said", "the head of the office in Geneva"),
        # the place of what a passive reports is not its named agent's
        ("A total of 17 confirmed cases of cholera were reported yesterday by the World Health Organisation in the "
         "southern Iraqi city of Basra.", "reported", "the World Health Organisation"),
        ("Officials in Basra said 17 cases were confirmed.", "said", "Officials in Basra"),
        # a bare participle after "those" is the noun it stands for (``participle_noun``)
        ("One of those infected reported having recent contact with poultry.", "reported", "One of those infected"),
        ("Many of those arrested said they were innocent.", "said", "Many of those arrested"),
        # negative: a participle with words of its own is a clause, cut as any
        ("One of those infected with the virus reported having recent contact with poultry.", "reported",
         "One of those"),
        # the relative pronoun the parse hung on the object relative's subject is no part of the name (rev75p)
        ("Beck has also criticized Bannon, who Beck on Wednesday called “a horrible, despicable human being.”",
         "called", "Beck"),
    ],
)
def test_source_extent(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    token = token_of(doc, cue)
    head = source_head(token)
    if expected is None:  # the relative clause that holds the cue is no part of its source
        assert head is not None and "said" not in doc.text[head.idx:head.idx + len(head)]
        words, _ = source_extent(head, cue=token, roles=load_lexicon().person_roles)
        assert all(t.i != token.i for t in words)
        return
    assert head is not None
    words, new_head = source_extent(head, cue=token, roles=load_lexicon().person_roles)
    assert doc[words[0].i:words[-1].i + 1].text == expected
    assert words[0].i <= new_head.i <= words[-1].i


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a cue noun's source is the subject of the verb that issues or voices it
        ("The Council issued a statement that the talks had failed.", "statement", "Council"),
        ("Antonov said in a statement that the talks had failed.", "statement", "Antonov"),
        ("Democrats raised questions about the timing of the aid.", "questions", "Democrats"),
        # negatives: the subject meets or causes the statement, it does not make it
        ("The crisis prompted a recognition that the borders were open.", "recognition", None),
        ("Sondland faces questions about his evolving accounts.", "questions", None),
        # ... or gives something to it (review 63a: "gave undue prominence to the claim that Saddam ...")
        ("They gave undue prominence to the claim that Iraq could deploy weapons within 45 minutes.", "claim", None),
        ("The report gave rise to speculation that the minister would resign.", "speculation", None),
    ],
)
def test_cue_noun_source(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    head = source_head(token_of(doc, cue))
    assert (head.text if head is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a passive cue delivered in a message names its sender
        ("In a company email sent by chairman Marcelo Claure, employees were told that layoffs will begin.", "told",
         "Claure"),
        ("Through a letter signed by the mayor, residents were informed that the plant would close.", "informed",
         "mayor"),
        # negatives: no sender, or an event rather than a message
        ("Employees were told that layoffs will begin this week.", "told", None),
        ("In a meeting held by the board, employees were told that layoffs will begin.", "told", None),
    ],
)
def test_passive_cue_channel_sender(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    head = source_head(token_of(doc, cue))
    assert (head.text if head is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a label before a colon the parse made a second subject of the cue: the other subject speaks
        ("— Donald J. Trump (@realDonaldTrump) December 1, 2017\nUpdate 1: AP reports that U.S. immigration "
         "officials say they will deport the Mexican man.", "reports", "AP"),
        # negatives: one subject, no label
        ("AP reports that U.S. immigration officials say they will deport the Mexican man.", "reports", "AP"),
        ("The mayor said the bridge will reopen on Monday.", "said", "mayor"),
        # a section heading in capitals run into its paragraph's first line, read as a second subject
        ("Mr. McKinley is a planner.\n\nTHE BORROWING Back when he wrote his book, Mr. McKinley said that he "
         "considered debt a last resort.", "said", "McKinley"),
        ("Mr. Smith is here.\n\nFBI agents said on Monday that the suspect had fled.", "said", "agents"),
        # a photo gallery's caption furniture opening the line, read as a second subject (PTC 727634031)
        ("A crowd takes cover at the festival grounds.\nHide Caption 24 of 30 Photos: Mass shooting at Las Vegas "
         "music festival Police officers advise people to take cover in the wake of the shooting.", "advise",
         "officers"),
        # negative: a caption with no gallery button keeps its subject
        ("A crowd takes cover.\nCaption writers advise people to take cover in the wake of the shooting.", "advise",
         "writers"),
    ],
)
def test_source_head_past_colon_label(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    head = source_head(token_of(nlp(text), cue))
    assert head is not None and head.text == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Update 1: AP reports that officials will deport the man.", "Update", True),
        ("Update 1: AP reports that officials will deport the man.", "AP", False),
        ("The mayor said: the bridge will reopen.", "mayor", False),
    ],
)
def test_colon_label(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert colon_label(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a verb that makes its object do it: the object says what the infinitive says
        ("Warren forced Stumpf to admit that the bank had opened fake accounts.", "admit", "Stumpf"),
        ("The questions made him concede that the plan had failed.", "concede", "him"),
        # a verb that asks its object: nobody has said it yet
        ("The senator pressed the CEO to acknowledge that the bank had failed.", "acknowledge", None),
        ("The mayor asked residents to report that the water was brown.", "report", None),
        # negatives: no object, the subject does what the infinitive says
        ("Smith refused to admit that he had lied.", "admit", "Smith"),
        ("Smith wants to say that the plan failed.", "say", "Smith"),
    ],
)
def test_infinitive_of_an_object(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    head = source_head(token_of(nlp(text), cue))
    assert (head.text if head is not None else None) == expected


def _quote_range(text: str) -> list[tuple[int, int]]:
    """The first quotation of ``text`` (curly or doubled straight marks) as a content range."""
    opening = min(i for i in (text.find("“"), text.find("''")) if i >= 0)
    closing = text.find("”", opening) if text[opening] == "“" else text.find("''", opening + 2) + 1
    return [(opening, closing + 1)]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the parse hangs "said" inside the quotation; the cue's own subject outside it is the speaker,
        # not the last word of his title (it was "Security")
        ("“We have developed an approach that minimizes mission complexity, while offering the safest path,” "
         "Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, "
         "said in that statement.", "said", "Chilton"),
        # the noun beside the cue ends an aside or a bracket: the person it describes speaks
        ("''My bosses, whoever they have been, including Tim Pawlenty, Joni Ernst, Marco Rubio,'' Mr. Conant, "
         "the Republican consultant, said, ''the No.1 comment they get on the campaign trail is 'I saw you on Fox.'.''",
         "said", "Conant"),
        # negatives: a plain trailer keeps its subject; a place in an aside is no person ("Cambridge" stays out)
        ("“We will win this fight for the people of the city, and we will not stop,” the mayor of Boston said.",
         "said", "mayor"),
        ("“We will win this fight for the people of the city, and we will not stop,” Smith said.", "said", "Smith"),
    ],
)
def test_source_head_beside_a_quotation(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    head = source_head(token_of(nlp(text), cue), _quote_range(text))
    assert head is not None and head.text == expected


def _misparsed_comma_subject(vocab, *, subordinate: bool = True):  # noqa: ANN001, ANN202
    """ "During the visit, the bishop, before he blessed the crowd, said, “We pray.”" as the parse read one such sentence
    after a line ending in a newline: the comma before "said" its subject, the speaker hung on another comma, the aside
    hung on the speaker (the parse this pipeline gave a sentence of a PTC article). ``subordinate=False``: the same parse
    with "he blessed the crowd" an aside with no subordinator."""
    from spacy.tokens import Doc

    rows = [  # word, head, dep, pos, tag
        ("During", 13, "prep", "ADP", "IN"), ("the", 2, "det", "DET", "DT"), ("visit", 0, "pobj", "NOUN", "NN"),
        (",", 13, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "DT"), ("bishop", 3, "prep", "NOUN", "NN"),
        (",", 5, "punct", "PUNCT", ","), ("before", 9, "mark", "SCONJ", "IN"), ("he", 9, "nsubj", "PRON", "PRP"),
        ("blessed", 6, "prep", "VERB", "VBD"), ("the", 11, "det", "DET", "DT"), ("crowd", 9, "dobj", "NOUN", "NN"),
        (",", 13, "nsubj", "PUNCT", ","), ("said", 13, "ROOT", "VERB", "VBD"), (",", 13, "punct", "PUNCT", ","),
        ("“", 13, "punct", "PUNCT", "``"), ("We", 17, "nsubj", "PRON", "PRP"), ("pray", 13, "ccomp", "VERB", "VBP"),
        (".", 13, "punct", "PUNCT", "."), ("”", 13, "punct", "PUNCT", "''"),
    ]
    if not subordinate:
        rows[7] = ("then", 9, "advmod", "ADV", "RB")
    words = [r[0] for r in rows]
    spaces = [nxt not in (",", ".", "”") and w != "“" for w, nxt in zip(words, words[1:], strict=False)] + [False]
    lemmas = [w.lower() if w != "said" else "say" for w in words]
    lemmas[9] = "bless"
    return Doc(vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=lemmas)


def test_comma_the_parse_made_the_subject_is_no_source(nlp) -> None:  # noqa: ANN001
    """A comma as "said"'s subject is no speaker: the noun phrase that opens the clause after the opening phrase, with
    only a subordinate clause set off by commas between it and the cue, is; its span stops before that clause."""
    doc = _misparsed_comma_subject(nlp.vocab)
    said = doc[13]
    content = ((doc[15].idx, doc[19].idx + 1),)
    head = source_head(said, content)
    assert head is not None and head.text == "bishop"
    tokens, _ = source_extent(head, cue=said, content=content)
    assert " ".join(t.text for t in tokens) == "the bishop"


def test_comma_subject_with_no_opening_speaker_is_no_source(nlp) -> None:  # noqa: ANN001
    """Where the words between the noun phrase and the cue hold a clause of their own that is no aside ("he then blessed
    the crowd"), no speaker is read off the order; the comma is still none: no source beats a comma."""
    doc = _misparsed_comma_subject(nlp.vocab, subordinate=False)
    said = doc[13]
    head = source_head(said, ((doc[15].idx, doc[19].idx + 1),))
    assert head is None


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The bishop, before he blessed the crowd, said the Mass was over.", "before", True),
        ("The mayor, although she was tired, said the plan would pass.", "although", True),
        # negatives: a subordinator with no comma before it; a relative word; "that" opening a reported clause
        ("The mayor left before he said a word.", "before", False),
        ("The mayor, who spoke first, said it would pass.", "who", False),
        ("The mayor said that it would pass.", "that", False),
        # a capital in mid-sentence is a title's first word
        ("The author of the memoir, Before I Let Go, told the panel it was true.", "Before", False),
    ],
)
def test_set_off_subordinate(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert set_off_subordinate(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a subordinate clause set off by commas after the speaker ends the name
        ("The bishop, before he blessed the crowd, said the Mass was over.", "said", "The bishop"),
        # negatives: an aside inside a clause the phrase keeps stays with it; a title opening with a subordinator
        ("Kenneth Baer, a former Obama official who, after he left the White House, founded Crosscut Strategies, "
         "said the plan was sound.", "said",
         "Kenneth Baer, a former Obama official who, after he left the White House, founded Crosscut Strategies"),
        ("Mark Kelly, the astronaut who, after his wife was shot, became a gun-safety advocate, said the bill "
         "would pass.", "said", "Mark Kelly, the astronaut who, after his wife was shot, became a gun-safety advocate"),
    ],
)
def test_subordinate_aside_and_the_source_span(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    head = source_head(token)
    assert head is not None
    tokens, _ = source_extent(head, cue=token)
    assert doc[tokens[0].i:tokens[-1].i + 1].text == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # review 63a: with the passive request gone (``request_without_asker``) the bare "his" lost its antecedent
        ("The mayor has been asked to clarify his remarks that the city is broke.", "remarks", "mayor"),
        ("Smith was asked to retract his allegation that the police lied.", "allegation", "Smith"),
        ("Officials were asked to explain their claim that the vaccine was safe.", "claim", "Officials"),
        # negatives: a number that does not agree, an active request (the asker is the subject)
        ("Officials were asked to explain his claim that the vaccine was safe.", "claim", "his"),
        ("The council asked the mayor to clarify his remarks that the city is broke.", "remarks", "his"),
    ],
)
def test_possessive_bound_to_the_one_asked(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    head = source_head(token_of(nlp(text), cue))
    assert head is not None and head.text == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a bare past participle in a small clause is passive: the noun before it is the one labeled, never who labels
        ("Nora Quinn knows the governor better than most voters know the man whose loud speeches have him often "
         "labeled reckless and vain.", "labeled", None),
        ("The mayor, whose budget cuts have her widely called heartless, spoke on Monday.", "called", None),
        ("His temper got him branded a bully by the tabloids.", "branded", "tabloids"),
        ("They had the mayor declared unfit by a judge.", "declared", "judge"),
        # negatives: a perfect ("has labeled") or a plain active verb keeps its subject
        ("Critics have labeled him reckless and vain.", "labeled", "Critics"),
        ("The senator, who had called him a liar, left the room.", "called", "who"),
        ("He has long called the plan a scam.", "called", "He"),
    ],
)
def test_small_clause_participle_source(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    head = source_head(token_of(doc, cue))
    assert (head.text if head is not None else None) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # an object relative clause set off after a noun: the one named after "who" calls, not the noun
        ("Most of the anger fell on Vance, who Dunn last week called “a cheap fraud.”", "called", "Dunn"),
        ("Much of the blame went to Ortiz, who Kemp on Friday called “a reckless gambler.”", "called", "Kemp"),
        ("Most of the anger fell on Vance, who the senator on Tuesday described as “a menace.”", "described",
         "senator"),
        # negatives: the pronoun is the subject ("who called Dunn ...", "who last week called ...")
        ("The mayor praised Vance, who called Dunn “a cheap fraud.”", "called", "who"),
        ("The mayor praised Vance, who last week called Dunn “a cheap fraud.”", "called", "who"),
        # a stretch of time after "who the" is an adjunct, not a subject NER tagged (rev75p): the pronoun speaks
        ("Smith, who the next morning told reporters the plan was “dead,” resigned.", "told", "who"),
        ("Smith, who the same day said the deal was “off,” resigned.", "said", "who"),
        ("Smith, who the following week described the bill as “a disaster,” voted no.", "described", "who"),
    ],
)
def test_object_relative_source(nlp, text: str, cue: str, expected: str | None) -> None:
    doc = nlp(text)
    head = source_head(token_of(doc, cue))
    assert (head.text if head is not None else None) == expected
