"""Headless Chromium driven over the DevTools protocol through a pipe (no extra package):
open a page, run JavaScript in it, take a screenshot.

Chromium is Debian's ``chromium`` package, installed by ``make test`` (the Makefile's
``chromium`` target) when missing. It is started with a fresh profile and nothing that
reaches the network on its own.
"""

from __future__ import annotations

import base64
import fcntl
import itertools
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXECUTABLES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",  # root in a container: the sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-pipe",
)
TIMEOUT = 30.0


class ChromiumError(Exception):
    """The browser did not answer, or answered a command with an error."""


def find_chromium() -> str | None:
    """Return the path of an installed Chromium (or Chrome), or None."""
    return next((path for name in EXECUTABLES if (path := shutil.which(name))), None)


class Page:
    """One tab, attached through the browser's pipe."""

    def __init__(self, browser: Browser, session: str) -> None:
        self._browser, self._session = browser, session

    def goto(self, url: str) -> None:
        """Open ``url`` and wait until its document has loaded."""
        self._browser.command("Page.navigate", {"url": url}, self._session)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def evaluate(self, expression: str) -> Any:
        """Return the JSON value of ``expression`` (awaited when it is a promise)."""
        result = self._browser.command(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self._session,
        )
        if "exceptionDetails" in result:
            raise ChromiumError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout: float = TIMEOUT) -> None:
        """Return once the JavaScript ``condition`` is true; raise ChromiumError after
        ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"Boolean({condition})"):
            if time.monotonic() > deadline:
                raise ChromiumError(f"still false after {timeout}s: {condition}")
            time.sleep(0.05)

    def type_into(self, selector: str, text: str) -> None:
        """Put ``text`` into the input ``selector`` as typing would (an ``input`` event)."""
        self.evaluate(
            f"(() => {{ const box = document.querySelector({json.dumps(selector)});"
            f" box.focus(); box.value = {json.dumps(text)};"
            " box.dispatchEvent(new Event('input', {bubbles: true})); })()"
        )

    def screenshot(
        self, path: Path, width: int = 1280, height: int = 900, top: str | None = None
    ) -> None:
        """Write a PNG of the page, ``width`` by ``height`` CSS pixels, to ``path``; ``top``:
        the CSS selector of an element scrolled to the top first."""
        self._browser.command(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            self._session,
        )
        if top is not None:  # once the new size is laid out, which resets the scroll position
            element = f"document.querySelector({json.dumps(top)})"
            self.evaluate(
                "new Promise(done => requestAnimationFrame(() => {"
                f" {element}.scrollIntoView({{behavior: 'instant'}});"
                " requestAnimationFrame(() => done(window.scrollY)); }))"
            )
        data = self._browser.command("Page.captureScreenshot", {"format": "png"}, self._session)
        path.write_bytes(base64.b64decode(data["data"]))


class Browser:
    """A running headless Chromium and its DevTools pipe (fds 3 and 4 in the child)."""

    def __init__(self, executable: str, profile: Path) -> None:
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()

        def at_fds_3_and_4() -> None:  # runs in the child, before exec
            # Copied above 9 first, so that neither copy is already 3 or 4 (dup2 onto itself
            # would leave it closed on exec).
            read = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
            write = fcntl.fcntl(replies_write, fcntl.F_DUPFD, 10)
            os.dup2(read, 3)  # inheritable, unlike every descriptor Python opens
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=at_fds_3_and_4,  # noqa: PLW1509 - no threads hold locks here
            close_fds=False,  # 3 and 4 stay open; Python's own descriptors close on exec
        )
        os.close(commands_read)
        os.close(replies_write)
        self._ids = itertools.count(1)
        self._buffer = b""

    def command(self, method: str, params: dict[str, Any], session: str | None = None) -> Any:
        """Send one DevTools command and return its result (events are skipped)."""
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == number:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def new_page(self) -> Page:
        """Open a tab and return it."""
        target = self.command("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.command("Target.attachToTarget", {"targetId": target, "flatten": True})
        return Page(self, session["sessionId"])

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self._replies], [], [], max(remaining, 0))
            if not ready:
                raise ChromiumError(f"no answer from Chromium in {TIMEOUT}s")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise ChromiumError(f"Chromium exited (status {self.process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def close(self) -> None:
        """Close the browser and wait for it."""
        try:
            self.command("Browser.close", {})
        except ChromiumError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._replies)


@contextmanager
def chromium(executable: str, profile: Path) -> Iterator[Browser]:
    """Run Chromium with the fresh profile folder ``profile`` for the block."""
    browser = Browser(executable, profile)
    try:
        yield browser
    finally:
        browser.close()
