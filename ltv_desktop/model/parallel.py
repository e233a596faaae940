"""Work on a second core: numpy lets go of the interpreter in its loops, so jobs that are mostly numpy run
side by side on threads. Each job is a pure function of its arguments: on one core the same jobs run one
after the other, with the same results."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")


def two_cores() -> bool:
    """Whether a second core can take a job (a machine, or a test, may say it has one)."""
    return os.cpu_count() != 1


def start(job: Callable[..., Outcome], *args: object, in_thread: bool) -> Future[Outcome]:
    """`job(*args)` on a thread of its own (its outcome, or its exception, waits in the future), or at once."""
    if in_thread:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="beside")
        future = pool.submit(job, *args)
        pool.shutdown(wait=False)  # the thread ends with the job
        return future
    done: Future[Outcome] = Future()
    done.set_result(job(*args))
    return done


@contextmanager
def in_order(job: Callable[[Item], Outcome], items: Sequence[Item]) -> Iterator[Iterator[Outcome]]:
    """`job(item)` of each item, in the items' order, two at a time on two cores.

    Used as `with in_order(job, items) as outcomes: for outcome in outcomes: ...`; leaving the block early (a
    cancel, an error) drops the jobs not yet begun and waits for the ones running, so none outlives it."""
    if not two_cores() or len(items) < 2:
        yield map(job, items)
        return
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="in-order")
    try:
        futures = [pool.submit(job, item) for item in items]
        yield (future.result() for future in futures)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
