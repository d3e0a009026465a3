"""What an attribution reports: ``speech``, ``writing``, ``thought`` or ``unknown``.

Read off the cue and its source, lexicon-driven (``resources/media.txt``,
``resources/document_nouns.txt``): "said", "told", "asked" are speech; "wrote",
"tweeted", "the report states", "said in a statement" are writing; "believes",
"wants", "fears", "is convinced" are thought (PolNeAR's attributions of belief and
intention). A written thing named as the source or in the cue wins over the verb:
"the letter says" is writing though "say" is speech.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token


def medium_of(cue: Token, cue_words: Sequence[Token], source: Token | None,
              media: Mapping[str, str], documents: frozenset[str]) -> str:
    """The medium of the attribution cued by ``cue`` (its words ``cue_words``) with source head ``source``."""
    if cue.text == ":":
        return "speech"  # a transcript line: "PENCE: Well, ..."
    if source is not None and source.lemma_.lower() in documents:
        return "writing"  # "the report states", "according to a letter"
    if cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and cue.head.lemma_.lower() in documents:
        return "writing"  # "issued a statement saying": the statement's words, whoever is named its source
    if any(t.i != cue.i and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in documents for t in cue_words):
        return "writing"  # "said in a statement", "wrote in an op-ed"
    lemma = cue.lemma_.lower()
    if any(t.lemma_.lower() == "know" and t.i > cue.i and t.lower_ != "known" for t in cue_words):
        return "speech"  # '“Why?” Issa wanted to know': a question asked (``wanted_answers``)
    if lemma == "according":
        return "unknown"  # "according to officials": spoken or written, the text does not say
    if cue.pos_ in ("NOUN", "PROPN") and lemma in documents:
        return "writing"  # "a statement that ...", "the report that ..."
    return media.get(lemma, "unknown")
