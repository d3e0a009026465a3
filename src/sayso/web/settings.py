"""What a ``sayso serve`` process is allowed to do: its options and its limits."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "SAYSO_TOKEN"


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path("sayso.db")
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None           # required on every request when set
    model: str | None = None           # spaCy pipeline (None: $SAYSO_MODEL, else the default)
    workers: int = 1                   # analysis processes, each with its own pipeline
    techniques: bool = True            # the analysis defaults a request may override
    claims: bool = True
    max_body: int = 2_000_000          # bytes of a JSON request body
    max_upload: int = 5_000_000        # bytes of an uploaded file (the form's whole body)
    max_text: int = 200_000            # characters of article text
    analysis_timeout: float = 60.0     # seconds of one analysis before its worker is stopped
    max_pending: int = 32              # analyses waiting for a worker before 503
    rate_limit: int = 30               # analyses per client per minute (0: no limit)
    allow_private: bool = False        # URLs on loopback/private addresses (tests, intranets)
    results: Path | None = None        # where permanent links keep their reports (default: beside the db)

    @property
    def results_dir(self) -> Path:
        return self.results or self.db.with_name(self.db.name + ".reports")

    @property
    def public(self) -> bool:
        """Reachable from other machines: anything but a loopback address or ``localhost``."""
        return not is_loopback(self.host)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
