"""A real Bolt server for the Neo4j store's tests: ArcadeDB with its Bolt plugin.

Run as its own process so the JVM never enters the test process:

    python bolt_server.py ROOT PASSWORD HTTP_PORT BOLT_PORT

It starts the server with ROOT as its root folder (databases and logs), makes
sure the database ``kg`` exists, prints ``ready bolt://127.0.0.1:BOLT_PORT``
and serves until SIGTERM or SIGINT, then stops the server cleanly. Started on
an existing ROOT it opens the databases already there (a restart).
"""

from __future__ import annotations

import os
import signal
import sys
import threading

DATABASE = "kg"


def serve(root: str, password: str, http_port: int, bolt_port: int) -> None:
    # ArcadeDB writes its application log to ./log: keep it inside the root.
    os.chdir(root)
    import arcadedb_embedded

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
        print(f"ready bolt://127.0.0.1:{bolt_port}", flush=True)
        stopping.wait()
    finally:
        server.stop()


if __name__ == "__main__":
    root_arg, password_arg, http_arg, bolt_arg = sys.argv[1:5]
    serve(root_arg, password_arg, int(http_arg), int(bolt_arg))
