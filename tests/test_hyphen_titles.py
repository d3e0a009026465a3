"""A list of titles that opens with a hyphenated word (``source_heads.hyphen_title_name``).

"said co-founder, president and CEO Sarah Lindqvist": the parse splits "co-founder" into three words set side by
side under the verb, and the source was "co-founder", a title with no one's name. The speaker is the name the
titles end in; a hyphenated title that ends in no name stays what it is.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_hyphen_title_list = speaker_table([
    pytest.param('"We are proud of this product," said co-founder, president and CEO Sarah Lindqvist.', "said",
                 "Sarah Lindqvist", id="inverted-three-titles"),
    pytest.param('"The fund is empty," said co-chair, treasurer and secretary Mark Dunn.', "said", "Mark Dunn",
                 id="inverted-co-chair"),
    pytest.param("Co-founder, president and CEO Sarah Lindqvist said the product was ready.", "said",
                 "Sarah Lindqvist", id="subject-appos-list"),
    pytest.param("Co-chair and treasurer Mark Dunn said the fund was empty.", "said", "Mark Dunn",
                 id="subject-name-a-third-subject"),
    pytest.param("Vice-chair and treasurer Anita Rao told reporters that the fund was empty.", "told", "Anita Rao",
                 id="vice-chair"),
    # negatives: a hyphenated title with no name after it is the source as written; a title with no hyphen
    pytest.param("The co-founder said the product was ready.", "said", "The co-founder", id="the-co-founder"),
    pytest.param('"We are proud," said the co-founder.', "said", "the co-founder", id="inverted-the-co-founder"),
    pytest.param("The co-founder, a former banker, said the product was ready.", "said", "The co-founder",
                 id="co-founder-with-description"),
    pytest.param("Chairman and chief executive Mark Dunn said the merger would close in May.", "said", "Mark Dunn",
                 id="no-hyphen"),
])
