"""Background work that always reports back on the GUI thread (Picard/Anki task pattern).

Two kinds of work leave the GUI thread:
- coroutines (connecting, disconnecting, reading account details) run on ONE asyncio
  loop in a daemon thread (`AsyncLoop`), so the `Connections` facade and its
  loopback receiver live on a single loop;
- blocking calls (the sync run) run in their own Python thread (`run_blocking`).

Either way the caller gets exactly one callback on the GUI thread: the result or
the exception. Workers never swallow exceptions.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")
ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
# TaskRunner.run_blocking, or run_in_thread for a widget on its own
RunBlocking = Callable[[Callable[[], Any], ResultCallback, ErrorCallback], object]


class _Delivery(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is queued to it."""

    done = Signal(object, object)  # callback, value

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


class TaskRunner(QObject):
    """Runs coroutines on a private asyncio loop and blocking calls on threads.

    Create it on the GUI thread; callbacks are invoked there.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delivery = _Delivery()
        self._delivery.setParent(self)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="qbsync-async", daemon=True
        )
        self._thread.start()
        self._threads: set[threading.Thread] = set()
        self._pending = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _finish(
        self, on_result: ResultCallback, on_error: ErrorCallback
    ) -> Callable[[concurrent.futures.Future[Any]], None]:
        def report(fut: concurrent.futures.Future[Any]) -> None:
            if self._closed:
                return  # the window is gone; nobody is left to tell
            error = fut.exception() if not fut.cancelled() else asyncio.CancelledError()
            if error is not None:
                self._delivery.done.emit(self._wrap(on_error), error)
            else:
                self._delivery.done.emit(self._wrap(on_result), fut.result())

        return report

    def _wrap(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def run(value: Any) -> None:
            self._pending -= 1
            callback(value)

        return run

    def submit(
        self,
        coro: Coroutine[Any, Any, T],
        on_result: ResultCallback,
        on_error: ErrorCallback,
    ) -> concurrent.futures.Future[T]:
        """Run `coro` on the worker loop; exactly one callback follows on the GUI thread."""
        self._pending += 1
        fut = asyncio.run_coroutine_threadsafe(coro, self._loop)
        fut.add_done_callback(self._finish(on_result, on_error))
        return fut

    def run_blocking(
        self,
        fn: Callable[[], T],
        on_result: ResultCallback,
        on_error: ErrorCallback,
        name: str = "qbsync-worker",
    ) -> threading.Thread:
        """Run `fn()` on a new thread; exactly one callback follows on the GUI thread."""
        self._pending += 1
        fut: concurrent.futures.Future[T] = concurrent.futures.Future()
        fut.add_done_callback(self._finish(on_result, on_error))

        def work() -> None:
            try:
                fut.set_result(fn())
            except BaseException as exc:  # reported, never swallowed
                fut.set_exception(exc)
            finally:
                self._threads.discard(threading.current_thread())

        thread = threading.Thread(target=work, name=name, daemon=True)
        self._threads.add(thread)
        thread.start()
        return thread

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel pending coroutines, stop the loop, wait briefly for worker threads."""
        if self._closed:
            return
        self._closed = True
        if self._loop.is_running():
            fut = asyncio.run_coroutine_threadsafe(_cancel_all(), self._loop)
            with contextlib.suppress(concurrent.futures.TimeoutError, asyncio.CancelledError):
                fut.result(timeout)
        for thread in list(self._threads):
            thread.join(timeout)
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        if not self._loop.is_running() and not self._loop.is_closed():
            self._loop.close()


def run_in_thread(
    fn: Callable[[], Any],
    on_result: ResultCallback,
    on_error: ErrorCallback,
    *,
    parent: QObject,
    name: str = "qbsync-worker",
) -> threading.Thread:
    """`TaskRunner.run_blocking` for a widget opened without the window's runner: one
    callback on the GUI thread, while `parent` lives (a closed dialog hears nothing)."""
    delivery = _Delivery()
    delivery.setParent(parent)

    def work() -> None:
        try:
            answer: tuple[Callable[[Any], None], Any] = (on_result, fn())
        except BaseException as exc:  # reported, never swallowed
            answer = (on_error, exc)
        with contextlib.suppress(RuntimeError):  # the parent was deleted meanwhile
            delivery.done.emit(*answer)

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread


async def _cancel_all() -> None:
    current = asyncio.current_task()
    tasks = [t for t in asyncio.all_tasks() if t is not current]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
