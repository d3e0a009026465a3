"""The last verb of a subject's series that the parse joined to an adverbial clause inside it is the series' subject's
(``nlp/extract/series_conjuncts.py``; issue 12, P77: "He mocked ..., talked over them as they answered questions and
even assured the crowd that ..." gave "assured" to "they").
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_the_series_subject_closes_the_series = speaker_table([
    pytest.param("She thanked the donors, waved at the crowd as the band played and told reporters that she would "
                 "win.", "told", "She", id="as-the-band-played"),
    pytest.param("The mayor toured the plant, met workers while they ate lunch and promised that it would stay open.",
                 "promised", "The mayor", id="while-they-ate"),
    pytest.param("He mocked his rivals, interrupted them as they spoke and even assured voters that he would win.",
                 "even assured", "He", id="as-they-spoke"),
    # negatives: no series (either may be the one), a conjunct with a subject of its own
    pytest.param("He walked out as they answered questions and assured the crowd that the plan was dead.", "assured",
                 "they", id="no-series"),
    pytest.param("She thanked the staff, left the room as the reporters shouted questions, and the aides said that "
                 "she was tired.", "said", "the aides", id="own-subject"),
])
