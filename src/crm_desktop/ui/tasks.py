"""Background work: run a function on the thread pool, get its result on the GUI thread.

Never touch a widget from the function: it runs on a worker thread. It receives a ``Job``
to report progress (``job.progress(done, total, text)``) and to check ``job.cancelled``.
The progress text reaches the GUI thread as the object it was (a service's ``UserText`` stays
translatable): show it with ``i18n.translated(text)``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    """One background task. Signals: ``progress(done, total, text)``, ``finished(result)``,
    ``failed(exception, traceback_text)``, ``cancelled_done()``."""

    progress_changed = Signal(int, int, object)  # object: a str signal would drop UserText's translation
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self.progress_changed.emit(int(done), int(total), text)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any]):
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.job.failed.emit(exc, traceback.format_exc())
        else:
            self.job.finished.emit(result)


class TaskRunner(QObject):
    """Runs jobs on a private QThreadPool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()

    def run(
        self,
        fn: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        job = Job()
        self._jobs.add(job)
        if on_done:
            job.finished.connect(on_done)
        if on_error:
            job.failed.connect(on_error)
        if on_progress:
            job.progress_changed.connect(on_progress)
        job.finished.connect(lambda _r, j=job: self._jobs.discard(j))
        job.failed.connect(lambda _e, _t, j=job: self._jobs.discard(j))
        self.pool.start(_Runnable(job, fn))
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
