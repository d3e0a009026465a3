"""A confidence that means something: the cue model's score mapped to P(the attribution is right).

The cue scorer's probability answers "is this word a cue?"; a reader wants "is this
attribution right (content, source and cue)?". A small logistic map (Platt scaling) over
the raw score's logit and what the score cannot see (a quotation is right far more often
than a paraphrase; an attribution with no source is rarely all right) is fitted on
PolNeAR dev by ``bench/calibration.py --fit`` and stored in
``resources/attribution_calibration.json``. Monotone in the raw score for each kind, so
a threshold on it is a threshold on the model.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from sayso.errors import ResourceError

FEATURES = ("logit", "direct", "mixed", "no_source")


def features(score: float, kind: str, has_source: bool) -> dict[str, float]:
    p = min(max(score, 1e-4), 1 - 1e-4)
    return {
        "logit": math.log(p / (1 - p)),
        "direct": float(kind == "direct"),
        "mixed": float(kind == "mixed"),
        "no_source": float(not has_source),
    }


@dataclass(frozen=True)
class Calibration:
    bias: float = 0.0
    weights: Mapping[str, float] | None = None  # None: identity (the raw score)

    def __call__(self, score: float, kind: str, has_source: bool) -> float:
        if self.weights is None:
            return score
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features(score, kind, has_source).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: Mapping) -> Calibration:
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            bias = float(data["bias"])
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise ResourceError("attribution_calibration.json has no valid 'bias' and 'weights'") from e
        unknown = sorted(set(weights) - set(FEATURES))
        if unknown:
            raise ResourceError(f"attribution_calibration.json weighs unknown features {unknown}: refit with bench/calibration.py --fit")
        return cls(bias, weights)
