"""Testimony with only its setting after it (``sayso.nlp.extract.testimony_settings``): no content (blind audit 60)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow

test_testified_setting = cue_table([
    # the place, the time or a relative on either is the occasion, not what was testified
    ("The G+J executive was testifying in Manhattan's State Supreme Court where O'Donnell and G+J are suing each other "
     "for breach of contract.", "testifying", False),
    ("The G+J executive was testifying in a Manhattan court where O'Donnell and G+J are suing each other.",
     "testifying", False),
    ("The witness was testifying in a courtroom where the family sat.", "testifying", False),
    ("The executive testified in the court where the two firms are suing each other.", "testified", False),
    # negatives: a clause of what was said, after the setting or not; an indirect question straight after the verb
    ("The officer testified that he had seen the car.", "testified", True),
    ("The officer testified he was at home that night.", "testified", True),
    ("She testified in court that the deal was legal.", "testified", True),
    ("The officer testified at the trial that he never fired.", "testified", True),
    ("The witness testified where the body was hidden.", "testified", True),
    # rev61w: a "where" clause after a day, not a place, is what was testified
    ("He testified Tuesday where he had hidden the money.", "testified", True),
    ("The witness testified on Tuesday where she had seen the suspect.", "testified", True),
])
