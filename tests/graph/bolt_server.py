"""A real Bolt server for the Neo4j store's tests: ArcadeDB with its Bolt plugin.

The server runs in its own process so the JVM never enters the test process.
As a script::

    python bolt_server.py ROOT PASSWORD HTTP_PORT BOLT_PORT

it starts ArcadeDB with ROOT as its root folder (databases and logs), makes
sure the database ``kg`` exists, prints ``ready bolt://127.0.0.1:BOLT_PORT``
on a line of its own and serves until SIGTERM or SIGINT, then stops the
server cleanly. Started again on the same ROOT it opens the data already
there (a restart). ``ArcadeServer`` starts and stops that process for tests.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

DATABASE = "kg"
USER = "root"
READY = "ready bolt://"
START_TIMEOUT = 120.0


def serve(root: str, password: str, http_port: int, bolt_port: int) -> None:
    # ArcadeDB writes its application log to ./log: keep it inside the root.
    os.chdir(root)
    import arcadedb_embedded
    from arcadedb_embedded.jvm import start_jvm

    # -Xrs keeps the JVM off SIGTERM, so the handler below stops the server cleanly
    # (the JVM's own handler runs its shutdown hooks and the process then hangs).
    start_jvm(heap_size="4g", jvm_args=["-Xrs"])
    server = arcadedb_embedded.create_server(
        root,
        password,
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
        },
    )
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    server.start()
    try:
        server.create_database(DATABASE)
        print(f"\n{READY}127.0.0.1:{bolt_port}", flush=True)
        stopping.wait()
    finally:
        server.stop()
    # A client connection still open keeps a non-daemon JVM thread alive, and with it the
    # process; the server is down and its data flushed, so leave at once.
    sys.stdout.flush()
    os._exit(0)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ArcadeServer:
    """One ArcadeDB server process on loopback ports, with its own root folder and password."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.password = secrets.token_hex(12)
        self.http_port = free_port()
        self.bolt_port = free_port()
        self.log = root / "server.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self) -> None:
        """Start the server (again, on the same root and ports) and wait until it accepts Bolt."""
        offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, __file__, str(self.root), self.password, str(self.http_port), str(self.bolt_port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if READY in self.log.read_text(errors="replace")[offset:]:
                return
            if self._process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        tail = self.log.read_text(errors="replace")[offset:][-2000:]
        raise RuntimeError(f"the ArcadeDB Bolt server did not start; its log ends with:\n{tail}")

    def stop(self) -> None:
        """SIGTERM the server and wait for it to exit."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    root_arg, password_arg, http_arg, bolt_arg = sys.argv[1:5]
    serve(root_arg, password_arg, int(http_arg), int(bolt_arg))
