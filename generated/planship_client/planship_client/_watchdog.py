# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Ends sync reads that outlast their attempt's time limit.

A blocking socket read cannot be interrupted from its own thread, and httpx's read timeout
applies to each read, not to a whole body: a server sending one byte every half second would
never trip it. One daemon thread for the process shuts a socket down when its time is up,
which makes the blocked read return at once.
"""

from __future__ import annotations

import heapq
import itertools
import os
import socket
import sys
import threading
import time
import types
from typing import Any


class Watch:
    """One armed watch: :meth:`cancel` it when the read finished in time."""

    __slots__ = ("fired", "_sock")

    def __init__(self, sock: socket.socket) -> None:
        self._sock: socket.socket | None = sock
        self.fired = False

    def cancel(self) -> None:
        self._sock = None

    def _fire(self) -> None:
        sock, self._sock = self._sock, None
        if sock is None:
            return
        self.fired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: nothing left to interrupt


class _Watchdog:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[float, int, Watch]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._pid = 0

    def watch(self, stop_at: float, sock: socket.socket) -> Watch:
        entry = Watch(sock)
        with self._condition:
            if self._thread is None or self._pid != os.getpid():  # none yet, or lost in a fork
                self._heap.clear()
                self._pid = os.getpid()
                self._thread = threading.Thread(target=self._run, name="planship_client-watchdog", daemon=True)
                self._thread.start()
            heapq.heappush(self._heap, (stop_at, next(self._order), entry))
            self._condition.notify()
        return entry

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._heap:
                    self._condition.wait()
                stop_at, _, entry = self._heap[0]
                left = stop_at - time.monotonic()
                if left > 0:
                    self._condition.wait(left)
                    continue
                heapq.heappop(self._heap)
            entry._fire()


_WATCHDOG = _Watchdog()


def watch(response: Any, stop_at: float) -> Watch | None:
    """Arm a watch that ends ``response``'s reads at ``stop_at``; None if it has no socket."""
    return watch_stream(response.extensions.get("network_stream"), stop_at)


def watch_stream(stream: Any, stop_at: float) -> Watch | None:
    """Arm a watch that ends the reads of httpcore's network ``stream`` at ``stop_at``."""
    sock = stream.get_extra_info("socket") if stream is not None else None
    if not isinstance(sock, socket.socket):
        return None  # not a socket transport (a mock, a custom one): reads are checked between
    return _WATCHDOG.watch(stop_at, sock)


def watch_connection(stop_at: float) -> Watch | None:
    """Arm a watch on the connection httpcore is about to send a request on (a reused one).

    Called from httpcore's ``send_request_headers`` trace event, which names no connection:
    the connection is the ``self`` of the httpcore method that emits the event, a few frames
    up. httpcore's internals may change: when it is not found, None (the body's own watch,
    armed once the response has begun, still bounds the body).
    """
    frame: types.FrameType | None = sys._getframe(1)
    for _ in range(_FRAMES_UP):
        if frame is None:
            return None
        owner = frame.f_locals.get("self")
        stream = getattr(owner, "_network_stream", None)
        if stream is not None:
            return watch_stream(stream, stop_at)
        frame = frame.f_back
    return None


_FRAMES_UP = 6
"""Our trace hook, httpcore's ``Trace.trace`` and ``__enter__``, then the connection's method."""
