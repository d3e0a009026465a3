"""Cross-article analysis: source identity, claim matching, traces, the citation network.

Works on model objects and the small records of :mod:`sayso.corpus.types`; it never opens
the database (that is :mod:`sayso.store`) and never imports spaCy.
"""
