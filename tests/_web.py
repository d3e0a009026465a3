"""A real ``sayso serve`` on loopback for the web tests (and bench/web.py): start, wait, stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

TOKEN = "test-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    token: str | None
    log: Path

    def client(self, *, local_address: str | None = None, auth: bool = True, timeout: float = 120) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token and auth else {}
        transport = httpx.HTTPTransport(local_address=local_address) if local_address else None
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout, transport=transport)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start(tmp: Path, *args: str, token: str | None = TOKEN, wait: float = 300, db: Path | None = None) -> Server:
    """``sayso serve --port P ARGS`` with a database in ``tmp``; returns once /api/health answers."""
    port = free_port()
    log = tmp / "server.log"
    env = dict(os.environ)
    env.pop("SAYSO_TOKEN", None)
    if token:
        env["SAYSO_TOKEN"] = token
    command = [sys.executable, "-c", "from sayso.cli import main; main()", "serve", "--port", str(port),
               "--db", str(db or tmp / "sayso.db"), *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("w"), env=env,
                               cwd=Path(__file__).resolve().parents[1])
    server = Server(process, f"http://127.0.0.1:{port}", token, log)
    deadline = time.monotonic() + wait
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"sayso serve exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{server.url}/api/health", headers=headers, timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"sayso serve did not answer within {wait:g}s: {log.read_text()[-2000:]}")


def fuzz(server: Server, examples: int = 12) -> list[tuple[str, int]]:
    """schemathesis over every operation of the server's /openapi.json: all its checks, no 5xx.

    A schema-valid article can still be unreadable (blank text, a URL that does not resolve): for
    /api/analyze a 422 problem is a right answer, so only the positive-data check is left out there.
    501 (a corpus module this sayso does not have yet) is allowed; any other 5xx fails.
    Returns (operation, status) for every request sent.
    """
    import pytest

    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    auth = {"Authorization": f"Bearer {server.token}"} if server.token else {}
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json", headers=auth)
    seen: list[tuple[str, int]] = []

    def run(operation, excluded):
        @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            # a cursor is an opaque token only the server issues: a made-up one is rightly refused (400)
            made_up = bool(case.query and case.query.get("cursor"))
            skip = [*excluded, positive_data_acceptance] if made_up else excluded
            response = case.call_and_validate(base_url=server.url, headers=auth, timeout=60, excluded_checks=skip)
            seen.append((operation.label, response.status_code))

        check()

    for result in schema.get_all_operations():
        operation = result.ok()
        run(operation, [not_a_server_error, *([positive_data_acceptance] if operation.path == "/api/analyze" else [])])
    assert seen and all(status < 500 or status == 501 for _, status in seen), [s for s in seen if s[1] >= 500]
    return seen
