"""What a batch run did: rows per table, time taken."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Summary:
    counts: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def finish(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.seconds = time.perf_counter() - self.started

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)

    @property
    def errors(self) -> int:
        return self.counts.get("errors", 0)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.articles} article(s), {self.counts.get('attributions', 0)} attribution(s), "
                f"{self.errors} error(s) in {self.seconds:.1f} s ({rate:.2f} articles/s)")
