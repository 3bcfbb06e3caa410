"""A real HTTP server on 127.0.0.1 for the fetching tests: pages, feeds, redirects and failures.

Each path answers from a list of responses, one per request (the last one
repeats), so "500 then success" is ``[Reply(500), Reply(200, page)]``. The
server logs every request (path and User-Agent) and the most requests it
had in flight at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: str = ""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class NewsServer:
    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.requests: list[str] = []
        self.user_agents: set[str] = set()
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._served: dict[str, int] = {}
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        # A request left sleeping (the slow page) must not hold up shutdown.
        self._http.block_on_close = False

    @property
    def base(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.url(path)

    def forget(self) -> None:
        """Clear the request log (between two runs of a build)."""
        with self._lock:
            self.requests.clear()
            self.max_in_flight = 0

    def _reply(self, path: str) -> Reply:
        with self._lock:
            self.requests.append(path)
            replies = self.routes.get(path)
            if not replies:
                return Reply(404, "<html><body><p>Not here.</p></body></html>")
            served = self._served.get(path, 0)
            self._served[path] = served + 1
            return replies[min(served, len(replies) - 1)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                server.user_agents.add(self.headers.get("User-Agent", ""))
                reply = server._reply(self.path)
                with server._lock:
                    server._in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server._in_flight)
                # Counted out before the reply goes: once the client has the reply it may send
                # its next request while this thread is still finishing.
                try:
                    time.sleep(reply.delay)
                finally:
                    with server._lock:
                        server._in_flight -= 1
                try:
                    body = reply.body.encode("utf-8")
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *_: object) -> None:
                pass

        return Handler

    def start(self) -> None:
        threading.Thread(target=self._http.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()


@contextmanager
def news_server() -> Iterator[NewsServer]:
    server = NewsServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def article_page(title: str, paragraphs: list[str], published: str | None = None, site: str = "Sahel Wire", lang: str = "en") -> str:
    """An HTML page the way news sites write them: navigation, an article, a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
        f'<meta property="og:site_name" content="{site}">{meta}</head>'
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright {site}. All rights reserved. Subscribe to our newsletter.</footer></body></html>"
    )


def rss(title: str, items: list[tuple[str, str, str | None]]) -> str:
    """An RSS 2.0 feed of (title, link, RFC 822 date or None) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link>" + (f"<pubDate>{d}</pubDate>" if d else "") + "</item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title><link>http://example.invalid/</link>{entries}</channel></rss>'
