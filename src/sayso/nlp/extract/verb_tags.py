"""The tagger's verb tags (the Penn Treebank tags of the English pipelines) grouped as the extractors read them: one
home for the "finite verb" sets that modules used to copy, as ``dep_labels`` is for dependency labels.

Only sets read as sets of tags live here; a test of one tag ("VBD": a past tense) stays where it is read.
"""

from __future__ import annotations

# a verb with a tense of its own: past ("said"), present ("says", "say"); not the base form, a participle or a gerund
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

# the same with a modal ("will", "may", "would"), which carries the tense of the verb it goes with
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
