"""Persuasion techniques and check-worthy claims: sentence-level models over MiniLM.

This package never imports spaCy; it takes the article text and sentence ranges (code-point
offsets) and returns character ranges. torch and the embedder are imported lazily, on the
first encode, so that importing ``sayso`` stays cheap when the stages are off.
"""
