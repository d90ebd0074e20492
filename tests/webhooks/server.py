"""A local HTTP receiver for webhook tests: answers the given statuses in turn, records every request; a slow
receiver holds each answer until the test releases it."""

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    statuses: list[int]
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""
    answered: int = 0
    release: threading.Event = field(default_factory=threading.Event)


@contextlib.contextmanager
def receiver(statuses: list[int], *, hold_seconds: float = 0) -> Iterator[Received]:
    """Serve on 127.0.0.1 (a free port) until the block ends; after the given statuses, answer 200. With
    hold_seconds, each answer waits until `received.release` is set (at most that long)."""
    received = Received(list(statuses))
    if not hold_seconds:
        received.release.set()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.requests.append((dict(self.headers), body))
            received.release.wait(timeout=hold_seconds)
            status = received.statuses.pop(0) if received.statuses else 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            received.answered += 1

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 5
    received.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
