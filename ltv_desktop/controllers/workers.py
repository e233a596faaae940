"""Run io and model work off the GUI thread, with progress, cancel and errors as Qt signals.

The job is a plain function taking a `Progress`; the worker turns its
callbacks into signals and the Cancel button into `is_cancelled`. A job that
raises `Cancelled` ends with `cancelled`, one that raises an `LtvError` with
`failed(message)`, anything else with `crashed(text)` for the error dialog.

`Worker` runs the job on a thread of the window's process (short jobs: an export).
`ProcessWorker` runs it in a process of its own (a file's preview, then its analysis, in the same process):
pandas there holds the interpreter lock of that process, not the window's, Cancel ends the process at once,
and a reader that crashes natively ends that process with one message instead of the window.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ltv_desktop.controllers import worker_process
from ltv_desktop.i18n.catalogue import say, text
from ltv_desktop.model.errors import Cancelled, LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.ui.messages import error_text, ui_language


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        progress = Progress(lambda share, stage: self.signals.progress.emit(share, stage), self._cancel.is_set)
        try:
            result = self.job(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except LtvError as error:
            self.signals.failed.emit(error_text(error))
        except Exception:  # shown in the error dialog and logged; the window stays usable
            self.signals.crashed.emit(traceback.format_exc())
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class _Listener(QRunnable):
    """Waits for the process's messages off the window's thread: reading the pipe releases the interpreter
    lock, and the result is unpickled here in short steps, so the window's thread keeps answering.

    It runs on a thread the global pool reserves for it (the pool's own threads stay free for exports), so
    waiting for the pool also waits for the last message of an analysis."""

    def __init__(self, worker: ProcessWorker) -> None:
        super().__init__()
        self.worker = worker
        self.done = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        worker = self.worker
        try:
            while True:
                try:
                    message = worker_process.receive(worker.connection)
                except (EOFError, OSError):
                    worker.ended()
                    return
                if message[0] != "progress":
                    if worker.keep and message[0] in ("finished", "failed"):
                        worker.kept = True  # the process waits for its next job (`take_process`)
                    else:
                        worker.connection.close()  # the process's end sees the pipe closed and ends
                        worker.process.join(timeout=5)
                    worker.report(message)
                    return
                worker.report(message)
        except Exception:  # a message that does not unpickle: said like any unexpected error
            worker.signals.crashed.emit(traceback.format_exc())
        finally:
            if not worker.kept:
                worker.connection.close()
            self.done.set()


class SpareProcess:
    """An analysis process started before its job (spawn takes a second or more to load Python and pandas):
    it waits, loaded, for the jobs `ProcessWorker` sends it (a file's preview, then its analysis). It ends when
    the window closes its end of the pipe, or with the window."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe(duplex=True)
        self.process = context.Process(
            target=worker_process.serve_when_asked, args=(child_end,), daemon=True, name="ltv-analysis"
        )
        try:
            self.process.start()
        finally:
            child_end.close()  # the process's end closing is how a crash shows

    def alive(self) -> bool:
        return self.process.is_alive()

    def end(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.connection.close()


class ProcessWorker(QObject):
    """`job(*args, progress)` in a process started with "spawn" (the same on Linux, macOS and Windows, and in the
    frozen app); the same signals as `Worker`. `span`: the part of the progress bar the job fills; `spare`: a
    process started beforehand to use (else one is started now)."""

    def __init__(self, job: Callable[..., Any], args: tuple = (), span: tuple[float, float] = (0.0, 1.0),
                 spare: SpareProcess | None = None, keep: bool = False) -> None:  # fmt: skip
        super().__init__()
        self.job, self.args, self.span = job, args, span
        self.keep = keep
        """Whether the process, its job done, waits for another (a preview, then the analysis of that file)."""
        self.kept = False
        self.signals = WorkerSignals()
        self.language = ui_language()  # the crash message is worded on the listener's thread
        self._cancelled = False
        self.spare = spare
        self.listener = _Listener(self)

    @property
    def process(self) -> Any:
        return self.spare.process if self.spare is not None else None

    @property
    def connection(self) -> Any:
        return self.spare.connection if self.spare is not None else None

    def start(self) -> None:
        try:
            if self.spare is None or not self.spare.alive():
                self.spare = SpareProcess()
            worker_process.send(self.spare.connection, (self.job, self.args))
        except Exception:  # no process (out of memory, a main module that starts one on import): said, not raised
            if self.spare is not None:
                self.spare.end()
            self.listener.done.set()
            self.signals.crashed.emit(traceback.format_exc())
            return
        pool = QThreadPool.globalInstance()
        pool.reserveThread()
        pool.startOnReservedThread(self.listener)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def take_process(self) -> SpareProcess | None:
        """The process, waiting for its next job, once this job ended with its result or a plain error (and
        `keep` was asked); this worker no longer ends it. None otherwise."""
        if not self.kept or self.spare is None or not self.spare.alive():
            return None
        process, self.spare = self.spare, None
        return process

    def cancel(self) -> None:
        """End the process now: nothing it did is kept, and the listener reports `cancelled`."""
        self._cancelled = True
        if self.process is not None and self.process.is_alive():
            self.process.terminate()

    def stop(self) -> None:
        """Cancel and wait for the listener (the window is closing)."""
        self.cancel()
        self.listener.done.wait(5)

    def report(self, message: tuple) -> None:
        kind = message[0]
        if kind == "progress":
            if not self._cancelled:
                start, end = self.span
                self.signals.progress.emit(start + (end - start) * message[1], message[2])
        elif self._cancelled or kind == "cancelled":
            self.signals.cancelled.emit()
        elif kind == "finished":
            self.signals.finished.emit(message[1])
        elif kind == "failed":
            _, english, code, params = message
            self.signals.failed.emit(say(LtvError(english, code, params), self.language))
        else:
            self.signals.crashed.emit(message[1])

    def ended(self) -> None:
        """The process ended without its last message: cancelled, or it crashed (a reader's native code)."""
        self.process.join(timeout=5)
        if self._cancelled:
            self.signals.cancelled.emit()
            return
        code = self.process.exitcode
        self.signals.failed.emit(text("worker.process_ended", self.language, code=code if code is not None else 0))


def start(worker: Worker | ProcessWorker) -> Worker | ProcessWorker:
    if isinstance(worker, ProcessWorker):
        worker.start()
    else:
        QThreadPool.globalInstance().start(worker)
    return worker
