"""A promise kept or broken: the time phrase that closes it tells when it was kept, not what was promised
(``sayso.nlp.extract.kept_promises``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_without_time_of_keeping = rows_table([
    ("The senator kept his promise to cut property taxes only after the election was over.",
     [("his", "promise", "to cut property taxes")]),
    ("The senator broke her pledge to oppose the bill just before the final vote.",
     [("her", "pledge", "to oppose the bill")]),
    ("The nominee made good on a promise to give $1 million to a veterans charity only after intense media scrutiny.",
     [("The nominee", "promise", "to give $1 million to a veterans charity")]),
    # negatives: the speaker's own timing ("promised", "made a promise": the promising, not its keeping), a kept
    # promise with no time phrase at its end
    ("He promised to cut taxes after the election.", [("He", "promised", "to cut taxes after the election")]),
    ("The mayor made a promise to cut taxes after the election.",
     [("The mayor", "promise", "to cut taxes after the election")]),
    ("The governor kept her promise to visit every county in the state.",
     [("her", "promise", "to visit every county in the state")]),
    # a bare time phrase with no focus word may be what was promised: the time of withdrawal, how long it stays open
    ("The president kept his promise to withdraw the troops before the election.",
     [("his", "promise", "to withdraw the troops before the election")]),
    ("The company broke its promise to keep the plant open until 2025.",
     [("its", "promise", "to keep the plant open until 2025")]),
])
