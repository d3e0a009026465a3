"""A document cited after the clause it reports (issue 12: documents with non-speech verbs): "..., court records
show." (``cue_scores.document_tail``, the noun the parse made a compound of the verb ``source_heads.compound_subject``).

PolNeAR marks the form; a reader takes the record as the source. A picture shows, it does not state; a
document with an object of its own reports that object, not the clause before.
"""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

# "..., records show.": a document's verb of showing set off after the clause it reports (``cue_scores.document_tail``)
test_document_tails = rows_table(
    [
        pytest.param("The company paid no taxes in 2015, court records show.",
                     [("court records", "show", "The company paid no taxes in 2015")], id="records-show"),
        pytest.param("The mayor met the developer twice in May, the filings indicate.",
                     [("the filings", "indicate", "The mayor met the developer twice in May")], id="filings-indicate"),
        # the tagger reads the record or its verb as something else: the form stands
        pytest.param("The firm gave $5,000 to the PAC on June 27, campaign finance records show.",
                     [("campaign finance records", "show", "The firm gave $5,000 to the PAC on June 27")], id="verb-as-noun"),
        pytest.param("In all, the host committee raised $57 million, Federal Election Commission records show.",
                     [("Federal Election Commission", "show", "In all, the host committee raised $57 million")],
                     id="record-as-verb"),
        pytest.param("That is why Bush had to lend his campaign $500,000 last month, fundraising documents show.",
                     [("fundraising documents", "show", "That is why Bush had to lend his campaign $500,000 last month")],
                     id="plural-document"),
        # negatives: a picture shows, it does not state; a document with its own object reports that object
        pytest.param("The crowd gathered outside the court, the photo shows.", [], id="neg-photo"),
        pytest.param("He left early. The records show a gap in May.", [], id="neg-own-object"),
    ],
)
