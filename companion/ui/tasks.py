"""One worker thread for all database work, with results delivered on the GUI thread.

Every call that touches the vault (key derivation, reads, autosaves, closing) goes
through `TaskRunner.submit`, which runs callables one at a time, in order, on a
single-thread executor. The order is what makes "save, then close" safe: a save
submitted before a close always runs first. Results and exceptions come back through
a queued Qt signal, so callbacks run on the GUI thread and may touch widgets; the
callables themselves never do.
"""

from __future__ import annotations

import threading
import time
from _queue import SimpleQueue  # queue.SimpleQueue itself, without importing queue/heapq at start-up
from PySide6.QtCore import QObject, Signal

TYPE_CHECKING = False  # (avoids importing typing at start-up)
if TYPE_CHECKING:
    from typing import Any, Callable

    Callback = Callable[[Any], None]


class Task:
    """A handle on submitted work: cancel() drops its callbacks (the work itself still runs)."""

    __slots__ = ("fn", "args", "on_done", "on_error", "cancelled", "elapsed", "name")

    def __init__(self, fn: Callable, args: tuple, on_done: Callback | None, on_error: Callback | None, name: str):
        self.fn = fn
        self.args = args
        self.on_done = on_done
        self.on_error = on_error
        self.cancelled = False
        self.elapsed = 0.0  # seconds spent on the worker
        self.name = name

    def cancel(self) -> None:
        self.cancelled = True
        self.on_done = self.on_error = None


class TaskRunner(QObject):
    """Runs callables on one worker thread; delivers results/errors on the GUI thread."""

    _finished = Signal(object, object, object)  # task, result, error
    unhandled_error = Signal(object)  # an exception from a task that had no on_error
    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A single-thread executor: one thread, one FIFO queue (plain threading rather than
        # concurrent.futures, which would add its import to start-up).
        self._queue: SimpleQueue = SimpleQueue()
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="companion-db", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        fn: Callable,
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        name: str = "",
    ) -> Task:
        task = Task(fn, args, on_done, on_error, name or getattr(fn, "__name__", "task"))
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        with self._lock:
            self._pending += 1
            first = self._pending == 1
        if first:
            self.idle_changed.emit(False)
        self._queue.put(lambda: self._run(task))
        return task

    def _run(self, task: Task) -> None:
        start = time.perf_counter()
        result: Any = None
        error: BaseException | None = None
        try:
            result = task.fn(*task.args)
        except BaseException as exc:  # noqa: BLE001 - every failure is handed to the GUI thread
            error = exc
        task.elapsed = time.perf_counter() - start
        with self._lock:
            self._pending -= 1
        if not self._closed:
            self._finished.emit(task, result, error)

    def _deliver(self, task: Task, result: Any, error: BaseException | None) -> None:
        if self._pending == 0:
            self.idle_changed.emit(True)
        if task.cancelled:
            return
        if error is not None:
            if task.on_error is not None:
                task.on_error(error)
            else:
                self.unhandled_error.emit(error)
        elif task.on_done is not None:
            task.on_done(result)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until everything submitted so far has run (not yet delivered). Quit paths only."""
        if self._closed:
            return True
        done = threading.Event()
        self._queue.put(done.set)
        return done.wait(timeout)

    def run_sync(self, fn: Callable, *args: Any, timeout: float = 30.0) -> Any:
        """Run on the worker and wait for the result, for shutdown and tests; never while typing."""
        done = threading.Event()
        box: list = []

        def job() -> None:
            try:
                box.append((True, fn(*args)))
            except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
                box.append((False, exc))
            done.set()

        self._queue.put(job)
        if not done.wait(timeout):
            raise TimeoutError("the database worker did not answer in time")
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def shutdown(self, wait: bool = True) -> None:
        """Run what is queued, then stop the worker thread."""
        if self._closed:
            return
        self._queue.put(None)
        if wait:
            self._thread.join()
        self._closed = True
