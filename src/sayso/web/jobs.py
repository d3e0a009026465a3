"""Analyses started from the web form: each a job whose progress a page can follow.

A job is queued (waiting for a worker), running, done (its report id) or failed (its
problem). Only the most recent ``keep`` jobs are remembered; a report outlives its job
through its permanent link.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from sayso.web.problems import Problem


@dataclass
class Job:
    id: str
    chars: int = 0                    # the text's length when known (an estimate's basis)
    status: str = "queued"            # queued | running | done | failed
    created: float = field(default_factory=time.monotonic)
    started: float | None = None
    finished: float | None = None
    report: str | None = None         # the report id once done
    problem: Problem | None = None    # why it failed
    stored: str | None = None         # the corpus id when it was stored

    def start(self) -> None:
        self.status, self.started = "running", time.monotonic()

    def finish(self, report: str) -> None:
        self.status, self.report, self.finished = "done", report, time.monotonic()

    def fail(self, problem: Problem) -> None:
        self.status, self.problem, self.finished = "failed", problem, time.monotonic()

    def to_dict(self, position: int | None = None) -> dict:
        now = self.finished or time.monotonic()
        out: dict = {"id": self.id, "status": self.status, "elapsed": round(now - self.created, 2)}
        if self.status == "queued" and position is not None:
            out["position"] = position
        if self.report:
            out["report"] = self.report
            out["links"] = {"page": f"/reports/{self.report}", "json": f"/api/reports/{self.report}"}
        if self.problem:
            out["problem"] = self.problem.body()
        if self.stored:
            out["stored"] = self.stored
        return out


class Jobs:
    def __init__(self, keep: int = 1000) -> None:
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()

    def new(self, chars: int = 0) -> Job:
        job = Job(secrets.token_urlsafe(12), chars=chars)
        self._jobs[job.id] = job
        while len(self._jobs) > self.keep:
            self._jobs.popitem(last=False)
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def position(self, job: Job) -> int:
        """1 for the next to start."""
        queued = [j for j in self._jobs.values() if j.status == "queued"]
        return queued.index(job) + 1 if job in queued else 0
