"""Who a later mention of a statement's speaker is, in long opinion and hearing pieces (issue 12, item 4).

A definite role noun after a speaker the text left unnamed by the same noun ("A House official who spoke on
condition of anonymity said ... The official said") stays its own source, never a named person given that noun
in between (``source_roles.unnamed_speaker``). A "he" after a statement is its speaker, met by a noun no lexicon
types a person ("The ammunition dealer told reporters that Paddock had called him. He said"), not a person
named inside its words (``pronouns.spoken_person``, ``speaker_of_words``), nor one named in the words of the
speaker a "he" goes back to (``pronouns.in_own_words``).
"""

from __future__ import annotations

import re

import pytest

from _cues import speaker_table
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.source_context import Mention, SourceContext
from sayso.nlp.extract.source_refs import make_ref
from sayso.nlp.extract.source_roles import unnamed_speaker

pytestmark = pytest.mark.slow


test_a_role_noun_after_an_unnamed_speaker_is_no_named_holder = speaker_table(
    [
        pytest.param("A House official who spoke on condition of anonymity said the logins were shared among staff. "
                     "Paul Irving, the chamber's top security official, did not respond to requests for comment. The "
                     "official said Irving's deputy apparently knew about the arrangement.", "said",
                     "The official", id="anonymous-official"),
        pytest.param("A senior administration official, speaking on background, said the memo was never sent. Steven "
                     "Mnuchin, the Treasury official in charge of sanctions, declined to comment. The official said "
                     "Mnuchin had seen an early draft.", "said", "The official",
                     id="official-on-background"),
        pytest.param("One aide familiar with the talks said the deal was close. Don Stewart, an aide to McConnell, has "
                     "not commented publicly. The aide said McConnell wanted a vote before the recess.", "said",
                     "The aide", id="one-aide"),
        pytest.param("A source in the prosecutor's office said charges were expected this week. Jackie Lacey, a "
                     "longtime source for local reporters, did not respond. The source said Lacey's deputies were "
                     "preparing the indictment.", "said", "The source", id="source"),
        pytest.param("A staffer who asked not to be named told me the list was fake.\n\nSarah Jones, a staffer in the "
                     "governor's office, has denied that on Twitter.\n\nThe staffer insisted that Jones had seen the "
                     "list herself.", "insisted", "The staffer", id="blog-staffer"),
        # negatives: the noun put beside a name is that person; another noun, or another number, is not the unnamed one
        pytest.param("A spokesman, Eric Schultz, said the president was briefed. The spokesman added that no decision "
                     "had been made.", "added", "Eric Schultz", id="apposed-name"),
        pytest.param("Heather Nauert, the State Department spokesperson, arrived. Later the spokesperson said the talks "
                     "had failed.", "said", "Heather Nauert", id="holder-alone"),
        pytest.param("Officials said the logins were shared among staff. Paul Irving, a House official, did not respond "
                     "at first. The official later said the logins had been changed.", "later said", "Paul Irving",
                     id="plural-unnamed"),
        # the unnamed one named after by "the" and the bare noun beside a name: that name (real-page P p68)
        pytest.param("Those include 1,000 maintenance workers, according to a group of employees. The group, WeWorkers "
                     "Coalition, formed in recent weeks and sent a letter to management. The group said that the "
                     "contract has confused employees.", "said", "WeWorkers Coalition", id="unnamed-then-named"),
        # the unnamed one named after by the noun as a bare title before a name: the one person so named
        pytest.param("A federal judge said the records must be released. The ruling, in which Judge Gonzalo "
                     "Curiel cited public interest, was a setback. The judge said courts must weigh the public "
                     "interest.", "said", "Gonzalo Curiel", id="judge-named-by-title"),
        pytest.param("A detective said the lock had been forced. Detective Ann Lee, who led the search, found the key. "
                     "The detective said the key was new.", "said", "Ann Lee", id="detective-named-by-title"),
        pytest.param("A judge ruled the search was illegal. Judge Tom Hale wrote the order. Later Judge Hale added a "
                     "note. The judge said the police had no warrant.", "said", "Tom Hale", id="one-judge-twice"),
        # negatives: two people given the title since; a title with words of its own
        pytest.param("A federal judge said the records must be released. Judge Ann Lee cited public interest, "
                     "and Judge Tom Hale agreed. The judge said courts must weigh the public interest.", "said",
                     "The judge", id="two-judges-by-title"),
        pytest.param("A detective said the lock had been forced. Another Detective Ann Lee found the key. The "
                     "detective said the key was new.", "said", "The detective", id="another-titled"),
        pytest.param("A judge said the trial would go on. Judge Ann Lee of the appeals court disagreed. The judge "
                     "said courts must weigh the public interest.", "said", "The judge", id="titled-with-words-after"),
        pytest.param("A judge said the case would go ahead. The judge said courts must weigh the public interest.",
                     "said", "The judge", id="never-named"),
        # another holder named since ("Another doctor, Dr. Sam Cole"): "the doctor" is not the one named last
        pytest.param("A doctor said the patient was stable. The doctor, Dr. Amy Reed, runs the ward. Another doctor, "
                     "Dr. Sam Cole, said the patient was critical. The doctor said surgery was planned.",
                     "said", "The doctor", id="unnamed-named-then-another"),
    ],
)


def _ctx(nlp, text: str, spoken: str, mention: str):  # noqa: ANN001, ANN202
    """A context in which ``spoken`` has said the rest of its sentence, and the ref of the last ``mention``."""
    doc = nlp(text)
    mentions = []
    for word, said in ((spoken, True), (mention, False)):
        start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)][0 if said else -1]
        span = doc.char_span(start, start + len(word), alignment_mode="expand")
        assert span is not None, word
        mentions.append(Mention(start, start + len(word), span.root.i, 0,
                                (span.end_char, span.sent.end_char) if said else None))
    ctx = SourceContext.build(doc, load_lexicon(), find_quotes(text), mentions)
    first = mentions[0]
    ctx.remember(first.start, doc[first.head], spoken, "anonymous")
    return ctx, make_ref(ctx, mentions[1])


@pytest.mark.parametrize(
    "text, spoken, mention, expected",
    [
        ("A House official said the logins were shared. Paul Irving, a House official, left. The official said more.",
         "A House official", "The official", "A House official"),
        ("An aide said the deal was close. The aide said more.", "An aide", "The aide", "An aide"),
        # negatives: another noun, another number, a determiner that is no introduction
        ("A House aide said the logins were shared. The official said more.", "A House aide", "The official", None),
        ("Officials said the logins were shared. The official said more.", "Officials", "The official", None),
        ("The official said the logins were shared. The official said more.", "The official", "The official", None),
    ],
)
def test_unnamed_speaker(nlp, text: str, spoken: str, mention: str, expected: str | None) -> None:  # noqa: ANN001
    ctx, ref = _ctx(nlp, text, spoken, mention)
    found = unnamed_speaker(ctx, ref)
    assert (found.name if found is not None else None) == expected


test_he_is_the_speaker_not_the_one_spoken_of = speaker_table(
    [
        pytest.param("Stephen Paddock checked into the Mandalay Bay on Sept. 25. The ammunition dealer told reporters "
                     "that Paddock had called him three times. He said the rounds were in their original packaging.",
                     "said", "The ammunition dealer", id="dealer"),
        pytest.param("Judge Brett Kavanaugh faced a second day of questions. The Iowa Republican said Kavanaugh had "
                     "been interviewed six times by the FBI. “We did not know about the secret evidence,” he said.",
                     "said", "The Iowa Republican", id="party-member"),
        pytest.param("Elon Musk has not commented. The hedge-fund investor told CNBC that Musk had misled his "
                     "shareholders. He added that the board should act.", "added", "The hedge-fund investor",
                     id="investor"),
        pytest.param("Ted Cruz spoke for an hour in Iowa. The conservative activist wrote that Cruz had been raised for "
                     "these times. She said he was the next George Washington.", "said", "The conservative activist",
                     id="activist-she"),
        # someone new, brought in by "a": the "she" of the next sentence, not the man her words name
        pytest.param("A woman in the front row told the candidate that Chris Christie had her vote. She said she would "
                     "vote on Tuesday.", "said", "A woman in the front row", id="a-woman"),
        # negatives: a definite noun that describes the person named before is no one else; a noun of one sex agrees
        pytest.param("Michelle Obama deserves kudos for her speech. The first lady spoke from the heart. Her most "
                     "striking appeal came when she said, “Make no mistake about it, this November is about our "
                     "children.”", "said", "Michelle Obama", id="description-of-named"),
        pytest.param("Hillary Clinton has a clear path to the nomination. The former first lady calls it her "
                     "responsibility gene. Senator Bernie Sanders advocates tax increases; Mrs. Clinton seeks less. He "
                     "said a single-payer system was the only answer.", "said", "Bernie Sanders", id="lady-is-no-he"),
        # negatives: a body, an outlet or a document that spoke is no "he"; the one it speaks of is
        pytest.param("The newspaper reported that John Smith had resigned. He said he was proud of his record.", "said",
                     "John Smith", id="outlet"),
        pytest.param("The report said that John Smith had resigned. He said he was proud of his record.", "said",
                     "John Smith", id="document"),
        pytest.param("The company told investors that John Smith would step down. He said he was proud of his record.",
                     "said", "John Smith", id="company"),
    ],
)


test_one_named_in_the_speakers_words_is_not_the_next_he = speaker_table(
    [
        pytest.param("Donald Trump won Florida easily. Marco Rubio spoke over boos as he ended his campaign. The Florida "
                     "senator sought to calm his supporters, and took a heckler in stride, saying the man would \"not get "
                     "beat up\" at his rally, a swipe at the recent fights at some of Trump's rallies. He said that he "
                     "would offer a prayer for the eventual nominee.", "said", "The Florida senator", id="swipe-in-words"),
        pytest.param("The hearing resumed after lunch. The committee chairman told reporters that the nominee had "
                     "answered every question Senator Chuck Schumer had asked. He said the vote would go ahead on Friday.",
                     "said", "The committee chairman", id="chairman"),
        # negative: a person the writer's own clause is about, named after the speaker, is the "he"
        pytest.param("The hearing resumed after lunch. The committee chairman spoke for twenty minutes about the "
                     "letter. Senator Chuck Schumer listened from the back of the room. He said the vote would go "
                     "ahead on Friday.", "said", "Chuck Schumer", id="narrated-person"),
    ],
)
