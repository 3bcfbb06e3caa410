"""Headless Chromium for map screenshots (and the map tests and benchmark).

Drives the system's Chromium (Debian's ``chromium`` package, or the one
``ACTORGRAPH_CHROMIUM`` names) through the ``playwright`` package; no
browser is ever downloaded. Pages are opened with every request that would
leave the machine refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
VIEWPORT = {"width": 1400, "height": 900}


def chromium_path() -> str:
    """The Chromium to drive, or an error saying how to get one."""
    configured = os.environ.get("ACTORGRAPH_CHROMIUM")
    found = configured or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found or not Path(found).exists():
        raise InputError(
            "no Chromium found for screenshots: install it (apt-get install chromium) "
            "or set ACTORGRAPH_CHROMIUM to its path"
        )
    return found


@contextmanager
def chromium() -> Iterator[Any]:
    """A fresh headless Chromium (own throw-away profile); yields a Playwright ``BrowserContext``."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise InputError("screenshots need the playwright package: pip install 'actorgraph[screenshot]'") from None
    executable = chromium_path()
    with tempfile.TemporaryDirectory(prefix="actorgraph-chromium-") as profile, sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=executable, args=list(CHROMIUM_ARGS), headless=True, viewport=VIEWPORT,
        )
        try:
            yield context
        finally:
            context.close()


def offline(page: Any) -> list[str]:
    """Refuse every request a page makes except for local files; returns the list of refused URLs."""
    refused: list[str] = []

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.route("**/*", route)
    return refused


def screenshot(page_path: str | Path, png_path: str | Path, timeout_seconds: float = 60.0) -> Path:
    """Open a map page offline in a fresh Chromium and save a PNG of it once drawn and settled."""
    with chromium() as context:
        return capture(context, page_path, png_path, timeout_seconds)


def capture(context: Any, page_path: str | Path, png_path: str | Path, timeout_seconds: float = 60.0) -> Path:
    """:func:`screenshot` in an already open browser context."""
    target = Path(png_path).expanduser()
    page = context.new_page()
    try:
        offline(page)
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_function(
            "() => window.actorgraphMap && actorgraphMap.drawn && actorgraphMap.settled", timeout=timeout_seconds * 1000
        )
        page.screenshot(path=str(target))
    finally:
        page.close()
    return target
