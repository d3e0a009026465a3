"""The writer denying what someone claims, "..., as X claims" after a negated main clause
(``sayso.nlp.extract.denied_as_claims``; blind audits 36 and 39)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_denied_as_claims_are_no_source = cue_table(
    [
        ("Even aside from its campaign against Assange, the Guardian is far from solid and reliable, as Greenwald "
         "claims.", "claims", False),
        ("Fourthly, there was NO report of the man exhibiting violent behavior, as the police sergeant claims.",
         "claims", False),
        # positives: a quotation before the aside (X's words), a fronted "as" clause, a plain negation (X may claim
        # it), no negation, a verb that agrees, a quotation
        ("The Guardian is far from “solid and reliable”, as Greenwald claims.", "claims", True),
        ("As Greenwald claims, the Guardian is not reliable.", "claims", True),
        ("The plan failed, as Smith claims.", "claims", True),
        ("The economy isn't strong, as the president claims.", "claims", True),
        ("The vaccine does not cause autism, as experts say.", "say", True),
        ("“The Guardian is far from reliable, as Greenwald claims,” Jones said.", "said", True),
    ],
)
