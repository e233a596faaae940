"""What runs in the analysis process, and how its messages and its result travel back to the window.

pandas holds the interpreter lock in C code for seconds on a large file, and a reader that crashes in native
code ends its whole process: in a process of its own the analysis stalls nothing on the window's thread and
a crash costs one message, not the window. Qt-free, so the process starts without loading Qt.

Every message is one pickled tuple sent with `send_bytes`: ("progress", share, stage) while the job runs,
then exactly one of ("finished", result), ("failed", message, code, params), ("cancelled",) or
("crashed", traceback). A process that ends without its last message crashed natively.

Text columns travel as one joined string (or as codes into their few distinct values) rather than a pickle
per value: unpickling 200,000 strings one by one held the interpreter lock for about 100 ms per column in
the window's process, which is longer than the window may stall.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import time
import traceback
from collections.abc import Callable
from typing import Any

import numpy as np

from ltv_desktop.model.errors import Cancelled, LtvError
from ltv_desktop.model.progress import Progress

PROGRESS_EVERY_S = 0.05
"""At most twenty progress messages a second: enough for a smooth bar, few enough to cost nothing."""
PIECE = 4 << 20
"""Bytes per piece of a large array on its way: copying 4 MB takes a millisecond or two."""
SMALL_ARRAY = 1_000
"""Arrays shorter than this are pickled as they are: packing them saves nothing."""
SEPARATOR = "\x00"
CHUNK = 20_000
"""Values per joined string: splitting one takes a few milliseconds, a short hold of the interpreter lock."""


def _joined(values: np.ndarray) -> tuple[np.ndarray, list[str]] | None:
    """(where values are missing, the rest joined in chunks), or None when a value holds the separator."""
    import pandas as pd

    missing = pd.isna(values)
    present = values[~missing] if missing.any() else values
    chunks = [SEPARATOR.join(present[start : start + CHUNK].tolist()) for start in range(0, len(present), CHUNK)]
    if sum(chunk.count(SEPARATOR) for chunk in chunks) != len(present) - len(chunks):
        return None
    return missing, chunks


def _unjoined(chunks: list[str], missing: np.ndarray, missing_value: Any) -> np.ndarray:
    """One chunk per step: each step is short, so the window's thread gets the interpreter lock in between."""
    present = np.empty(len(missing) - int(missing.sum()), dtype=object)
    start = 0
    for chunk in chunks:
        parts = chunk.split(SEPARATOR)
        present[start : start + len(parts)] = parts
        start += len(parts)
    if not missing.any():
        return present
    values = np.empty(len(missing), dtype=object)
    values[missing] = missing_value
    values[~missing] = present
    return values


def pack_strings(values: np.ndarray) -> tuple[Callable[..., np.ndarray], tuple] | None:
    """How an object array of text travels cheaply: codes into its distinct values when few, else one joined
    string; None when it is not all text (it is pickled as it is)."""
    import pandas as pd
    from pandas.api.types import infer_dtype

    if values.ndim != 1 or len(values) < SMALL_ARRAY or infer_dtype(values, skipna=True) != "string":
        return None
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    missing_value = next((value for value in values if not isinstance(value, str)), None)
    if len(distinct) <= len(values) // 4:
        return unpack_codes, (codes.astype(np.int32), np.asarray(distinct, dtype=object), missing_value)
    joined = _joined(values)
    if joined is None:
        return None
    return unpack_joined, (joined[1], joined[0], missing_value)


def unpack_codes(codes: np.ndarray, distinct: np.ndarray, missing_value: Any) -> np.ndarray:
    values = distinct.take(np.maximum(codes, 0))
    if (codes < 0).any():
        values[codes < 0] = missing_value
    return values


def unpack_joined(chunks: list[str], missing: np.ndarray, missing_value: Any) -> np.ndarray:
    return _unjoined(chunks, missing, missing_value)


def unpack_string_array(dtype: Any, values: np.ndarray) -> Any:
    """A pandas text array again, around the object array it was (no copy, no check per value)."""
    array = dtype.construct_array_type()._from_sequence(values, dtype=dtype, copy=False)
    return array


def rebuild_error(kind: type[BaseException], args: tuple, state: dict) -> BaseException:
    """An error of the app as it was sent, rebuilt without calling its constructor (whose parameters, such as
    `MissingColumn`'s role and columns found, are not its `args`: the default rebuild failed on them)."""
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseException) and type(obj).__module__.startswith("ltv_desktop."):
            return rebuild_error, (type(obj), obj.args, obj.__dict__)
        if isinstance(obj, np.ndarray) and obj.dtype == object:
            return pack_strings(obj) or NotImplemented
        if type(obj).__name__ == "StringArray" and type(obj).__module__.startswith("pandas"):
            values = obj.to_numpy(dtype=object, na_value=obj.dtype.na_value)
            if len(values) >= SMALL_ARRAY:
                return unpack_string_array, (obj.dtype, values)
        return NotImplemented


def dumps(message: Any, out_of_band: list[pickle.PickleBuffer] | None = None) -> bytes:
    """`message` pickled; with `out_of_band`, large arrays' memory is left out of the pickle and listed there."""

    def keep_apart(buffer: pickle.PickleBuffer) -> bool:
        if out_of_band is None or buffer.raw().nbytes < PIECE // 4:
            return True  # in the pickle
        out_of_band.append(buffer)
        return False

    stream = io.BytesIO()
    _Pickler(stream, protocol=5, buffer_callback=keep_apart).dump(message)
    return stream.getvalue()


def send(connection: Any, message: Any) -> None:
    """One message: the sizes of its large arrays and its pickle, then each array in pieces of at most
    `PIECE` bytes, so the receiving side never copies much while holding the interpreter lock."""
    buffers: list[pickle.PickleBuffer] = []
    data = dumps(message, buffers)
    sizes = [buffer.raw().nbytes for buffer in buffers]
    connection.send_bytes(struct.pack(f"<I{len(sizes)}Q", len(sizes), *sizes) + data)
    for buffer in buffers:
        memory = buffer.raw()
        for start in range(0, memory.nbytes, PIECE):
            connection.send_bytes(memory[start : start + PIECE])


def receive(connection: Any) -> Any:
    """The next message `send` sent (raises EOFError when the process ended without sending one)."""
    data = memoryview(connection.recv_bytes())
    (count,) = struct.unpack_from("<I", data)
    sizes = struct.unpack_from(f"<{count}Q", data, 4)
    buffers = []
    for size in sizes:
        buffer = bytearray(size)
        filled = 0
        while filled < size:
            filled += connection.recv_bytes_into(buffer, filled)
        buffers.append(buffer)
    return pickle.loads(data[4 + 8 * count :], buffers=buffers)


def serve(connection: Any, job: Callable[..., Any], args: tuple) -> None:
    """A process's whole life: run `job(*args, progress)`, send what happened (see the module's text), close."""
    run_job(connection, job, args)
    connection.close()


def run_job(connection: Any, job: Callable[..., Any], args: tuple) -> bool:
    """Run `job(*args, progress)` and send what happened; whether the process may serve another job (the job
    ended with its result or a plain error, and the window still listens)."""
    last = [0.0]

    def report(share: float, stage: str) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or share >= 1.0:
            last[0] = now
            send(connection, ("progress", share, stage))

    try:
        result = job(*args, Progress(report))
    except Cancelled:
        message: tuple = ("cancelled",)
    except LtvError as error:
        # the error's own class may not rebuild from its args; its code and parameters say it all
        message = ("failed", error.message, error.code, error.params)
    except Exception:
        message = ("crashed", traceback.format_exc())
    else:
        message = ("finished", result)
    try:
        send(connection, message)
    except (OSError, EOFError):  # the window went away (cancelled): nobody to tell
        return False
    except Exception:  # a result that does not pickle is a bug, said as one, not a silent end
        send(connection, ("crashed", traceback.format_exc()))
        return False
    return message[0] in ("finished", "failed")


WARM_UP = ("ltv_desktop.pipeline", "ltv_desktop.io.importer", "ltv_desktop.model.analysis",
           "ltv_desktop.ui.table_order")  # fmt: skip
"""What a spare process loads before it is given its job: most of the second it takes to start."""


def serve_when_asked(connection: Any, warm_up: tuple[str, ...] = WARM_UP) -> None:
    """A process started ahead of its job (when a file is opened): it loads what analyses need, then waits for
    (job, args) and serves it, and the next one, until the window closes its end of the pipe (after an
    analysis, or with the window). The preview of a file and then its analysis run in one such process."""
    import importlib

    for module in warm_up:
        importlib.import_module(module)
    while True:
        try:
            job, args = receive(connection)
        except (EOFError, OSError):
            break
        if not run_job(connection, job, args):
            break
    connection.close()


def preview(path: Any, options: Any, locale: str, progress: Progress) -> tuple[Any, Any]:
    """The start of a file for the Data tab, with the import options the readers choose for it: read here, not
    in the window's process, where pandas held the interpreter lock for half a second on a large file."""
    from ltv_desktop import pipeline

    chosen = pipeline.import_options_for(options, locale)
    return chosen, pipeline.preview(path, chosen)


def analyse(request: Any, progress: Progress) -> tuple[Any, dict]:
    """The window's analysis: the same `pipeline.run_analysis` as the command line's, and what the views
    would otherwise work out on the window's thread (view name → what that view takes)."""
    from ltv_desktop import pipeline
    from ltv_desktop.ui.table_order import prepare_customers

    run = pipeline.run_analysis(request, progress)
    return run, {"customers": prepare_customers(run.result.customers)}


def crash_natively(*_args: Any) -> None:
    """A reader dying in native code, for the tests: the process ends at once, with no message sent."""
    os.abort()
