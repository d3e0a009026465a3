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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

MAX_CHUNK = 100
_WORDY = re.compile(r"[\w\s]")


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
    """Give ``nlp`` the run-safe tokenizer (once)."""
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer, max_chunk)
