"""An "according to" after a quotation's tag vouches for the whole quotation, not its last sentence and the tag; the
speaker's tag keeps the quotation (``according_forms.quotation_of_tag``, ``dedupe._vouches``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_quotation_of_tag = rows_table([
    # blind audit p85: the last quoted sentence glued to "Hewitt said" was taken for what the transcript reports
    ("“We tried everything. We called every hospital. We could not find her,” Jones said, according to a transcript "
     "of the hearing.",
     [("Jones", "said", "We tried everything. We called every hospital. We could not find her")]),
    ("“I never met him. I don't know him,” Smith said, according to court documents.",
     [("Smith", "said", "I never met him. I don't know him")]),
    ("“The deal is dead,” the senator told reporters, according to a recording obtained by the Post.",
     [("the senator", "told", "The deal is dead")]),
    # negatives: the writer's own clause before the phrase, a phrase inside its clause
    ("The economy grew 3 percent, according to the Commerce Department.",
     [("the Commerce Department", "according to", "The economy grew 3 percent")]),
    ("Fundraising, according to the campaign, has surged since May.",
     [("the campaign", "according to", "Fundraising, according to the campaign, has surged since May")]),
    ("The plant closed in May, according to workers who lost their jobs.",
     [("workers", "according to", "The plant closed in May")]),
])
