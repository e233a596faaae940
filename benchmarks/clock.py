"""Wall and CPU time of repeated calls, for the benchmarks that time a function inside their own process."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def runs(function: Callable[[], Any], count: int) -> tuple[list[float], list[float], Any]:
    """Wall and CPU seconds (user + system, every thread) of `count` calls, and the last call's result. CPU time
    is the steadier figure on a machine busy with other work; it exceeds wall time where numpy used both cores."""
    walls, cpus, result = [], [], None
    for _ in range(count):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - started_cpu)
    return walls, cpus, result
