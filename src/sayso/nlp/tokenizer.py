"""spaCy's tokenizer in linear time on any input, with the text exactly as given.

spaCy splits prefixes and suffixes off a whitespace-delimited chunk one at a time, and
each split searches the rest of the chunk again: a chunk of n quote marks, closing
brackets or "!" takes O(n²) (10,000 quote marks: 21 s; 20,000: 35 s on one core).
``RunSafeTokenizer`` cuts every chunk longer than ``max_chunk`` characters into pieces
of at most that length, tokenises each piece with the pipeline's own tokenizer (its
rules, special cases and attributes), and joins the Docs without adding whitespace, so
the Doc's text is the input text character for character and every offset stays exact.
The only changes: a token can no longer be longer than ``max_chunk`` (a 300-character URL
becomes three tokens), and a piece of a run with no letter, digit or space is one token
rather than a hundred one-character ones (the analyzer says so: W007).

``run_safe`` also splits a closing quotation mark glued to the next word (``GLUED_CLOSE``):
'...paranoia,”Clinton said' is "paranoia" "," "”" "Clinton", so the parser and the entity
recogniser see the speaker's name; spaCy's own rules keep "paranoia,”Clinton" one token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

MAX_CHUNK = 100
_WORDY = re.compile(r"[\w\s]")
# a closing mark after the sentence's punctuation, a word right after it, no space: '...paranoia,”Clinton said',
# '...denied,”the judge said', '...the end.”The next day', 'said,"The plan' (a straight mark there opens or
# closes: a token of its own either way). Infixes: the mark, and the punctuation before it after a word
# ("U.S.,”Smith": the comma; "U.S.”The" keeps its period); a curly one between a word and a capital
# ("...a wide margin”Warren said"). A straight mark after a letter ("Yes"Clinton"), inches ("3.5”Screen") and an
# apostrophe ("O’Brien", "’90s", "rock ’n’ roll": a single mark splits only before a capital) stay as spaCy has
# them.
_NEXT = r"(?=[”\"][A-Za-z]|’[A-Z])"  # what follows the punctuation: the mark and the next word
GLUED_CLOSE = (rf"(?<=[,.!?…])[”\"](?=[A-Za-z])|(?<=[a-z])”(?=[A-Z])|(?<=[,.!?…])’(?=[A-Z])"
               rf"|(?<=[a-z0-9])[,.!?]{_NEXT}|(?<=[A-Z])[,!?]{_NEXT}|(?<=\.),{_NEXT}")


def long_runs(text: str, max_chunk: int = MAX_CHUNK) -> tuple[int, int]:
    """(how many, the longest) runs of more than ``max_chunk`` characters with no letter,
    digit or space: what ``RunSafeTokenizer`` reads as tokens of ``max_chunk`` characters."""
    runs = [len(m.group()) for m in re.finditer(rf"[^\w\s]{{{max_chunk + 1},}}", text)]
    return len(runs), max(runs, default=0)


class RunSafeTokenizer:
    """Wraps ``nlp.tokenizer``; anything it is asked that is not ``__call__`` goes to the wrapped one."""

    def __init__(self, tokenizer: Any, max_chunk: int = MAX_CHUNK) -> None:
        self.tokenizer = tokenizer
        self.max_chunk = max_chunk
        self._long = re.compile(rf"\S{{{max_chunk + 1},}}")

    def __call__(self, text: str) -> Doc:
        if not self._long.search(text):
            return self.tokenizer(text)
        docs = [self._piece(piece) for piece in self.pieces(text) if piece]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def _piece(self, piece: str) -> Doc:
        # A piece of a run with no letter, digit or space ("""""…, )))))…) is one token: no
        # word to parse in it, and 10,000 one-character tokens would cost the parser 8 s.
        if not _WORDY.search(piece):
            return Doc(self.tokenizer.vocab, words=[piece], spaces=[False])
        return self.tokenizer(piece)

    def pieces(self, text: str) -> Iterator[str]:
        """``text`` cut so that no whitespace-free chunk of a piece is longer than ``max_chunk``."""
        start = 0
        for match in self._long.finditer(text):
            for cut in range(match.start() + self.max_chunk, match.end(), self.max_chunk):
                yield text[start:cut]
                start = cut
        yield text[start:]

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # vocab, to_bytes, from_disk, explain, rules...
        return getattr(self.__dict__["tokenizer"], name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (RunSafeTokenizer, (self.tokenizer, self.max_chunk))


def run_safe(nlp: Any, max_chunk: int = MAX_CHUNK) -> None:
    """Give ``nlp`` the run-safe tokenizer (once), one that splits a closing mark glued to the next word."""
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        split_glued_quotes(nlp.tokenizer)
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer, max_chunk)


def split_glued_quotes(tokenizer: Any) -> None:
    """Add ``GLUED_CLOSE`` to the tokenizer's infixes, in front of its own (in place)."""
    own = tokenizer.infix_finditer
    pattern = own.__self__.pattern if own is not None else None
    if pattern is not None and GLUED_CLOSE in pattern:
        return
    tokenizer.infix_finditer = re.compile(GLUED_CLOSE if pattern is None else f"{GLUED_CLOSE}|{pattern}").finditer
