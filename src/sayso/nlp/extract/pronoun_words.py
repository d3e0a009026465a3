"""Closed classes of English pronouns that extractors read as sets: one home for the sets that modules used to copy,
as ``verb_tags`` is for verb tags and ``dep_labels`` for dependency labels.

Only a set that several modules read the same way lives here; a module's narrower set stays with it where the
narrowing means something (``source_roles`` maps "himself" and "herself" to a gender, ``pronouns`` keeps a
gender's forms together).
"""

from __future__ import annotations

# the reflexive pronouns, every person and number: "distanced themselves from", "calling himself a centrist",
# "sees itself losing", "to defend oneself"
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves",
                        "themselves"})

# the personal pronouns in the subject case, a clause's own subject: "it would", "he did" (a stranded auxiliary),
# "That Voters Were Told They Could Not Vote" (a headline's inner clause)
NOMINATIVES = frozenset({"i", "you", "he", "she", "it", "we", "they"})
