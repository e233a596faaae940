"""How an analysis travels from its process to the window: every value arrives as it left (text columns
packed, large arrays in pieces), and the Customers table's order is pandas' own stable sort."""

from __future__ import annotations

import pickle
import threading
from multiprocessing import Pipe

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.controllers import worker_process
from ltv_desktop.io.errors import MissingColumn
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.ui.table_order import sort_order

texts = st.lists(st.one_of(st.text(max_size=12), st.none()), max_size=60)


def travel(value):
    return pickle.loads(worker_process.dumps(value))


@pytest.fixture
def pack_everything(monkeypatch):
    """Pack even short arrays, so that small generated examples go the way 200,000 ids go (the same for every
    example: nothing to reset between them)."""
    monkeypatch.setattr(worker_process, "SMALL_ARRAY", 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=texts, repeat=st.booleans())
def test_text_columns_arrive_as_they_left(pack_everything, values, repeat):
    values = values * 5 if repeat else values  # few distinct values travel as codes, many as one joined text
    frame = pd.DataFrame(
        {
            "text": pd.Series(values, dtype="str"),
            "objects": pd.Series(values, dtype=object),
            "number": np.arange(len(values), dtype=float),
        },
        index=pd.Index([f"id {i}" for i in range(len(values))], dtype="str"),
    )
    arrived = travel(frame)
    pd.testing.assert_frame_equal(arrived, frame)
    assert [value is None for value in arrived["objects"]] == [value is None for value in frame["objects"]]
    single = np.array(values, dtype=object)  # a lone array keeps None apart from NaN
    assert [repr(value) for value in travel(single)] == [repr(value) for value in single]


def test_text_holding_the_separator_arrives_whole(pack_everything):
    values = np.array(["a\x00b", "c", None, "d"] * 3, dtype=object)
    assert travel(values).tolist() == values.tolist()


def test_a_large_result_arrives_through_a_pipe_in_pieces():
    rows = 300_000  # the float columns are larger than a piece: they travel out of the pickle
    frame = pd.DataFrame(
        {
            "customer_id": pd.Series([f"C{number:07d}" for number in range(rows)], dtype="str"),
            "segment": pd.Series(
                np.array(["Loyal", "Lost", "At risk"], dtype=object)[np.arange(rows) % 3], dtype="str"
            ),
            "revenue": np.linspace(0.0, 1.0, rows),
            "first": pd.date_range("2020-01-01", periods=rows, freq="min"),
        }
    )
    receiving, sending = Pipe(duplex=False)
    sender = threading.Thread(target=worker_process.send, args=(sending, ("finished", frame)))
    sender.start()
    kind, arrived = worker_process.receive(receiving)
    sender.join()
    assert kind == "finished"
    pd.testing.assert_frame_equal(arrived, frame)


def test_the_process_says_what_happened():
    """`serve` sends progress, then exactly one last message: the result, or the error's code and values."""

    def run(job, *args):
        receiving, sending = Pipe(duplex=False)
        worker_process.serve(sending, job, args)
        messages = []
        while True:
            try:
                messages.append(worker_process.receive(receiving))
            except EOFError:  # `serve` closed its end after the last message
                return messages

    def counts(progress: Progress) -> int:
        progress.update(1.0, "done")
        return 7

    def refuses(progress: Progress) -> None:
        raise LtvError("No sales.", "test.code", {"rows": 3})

    def breaks(progress: Progress) -> None:
        raise ZeroDivisionError

    assert run(counts) == [("progress", 1.0, "done"), ("finished", 7)]
    assert run(refuses) == [("failed", "No sales.", "test.code", {"rows": 3})]
    ((kind, details),) = run(breaks)
    assert kind == "crashed" and "ZeroDivisionError" in details


def test_an_error_of_the_app_arrives_whole_whatever_its_constructor_takes(tmp_path):
    """A preview carries the missing column as an error whose constructor takes (message, role, found): it
    travels as it left, not rebuilt from its `args` (which failed), with its English text and its values."""
    missing = MissingColumn.of("amount", ["Date", "Client"])
    arrived = travel({"problem": missing})["problem"]
    assert type(arrived) is MissingColumn
    assert (arrived.message, arrived.code, arrived.params) == (missing.message, missing.code, missing.params)
    assert (arrived.role, arrived.found, str(arrived)) == ("amount", ("Date", "Client"), str(missing))
    # the whole way a preview goes: a file without an amount column, read in the analysis process's job
    sales = tmp_path / "sales.csv"
    sales.write_text("Date,Client\n2024-01-02,Ala\n", encoding="utf-8")
    window, process = Pipe(duplex=True)
    worker_process.serve(process, worker_process.preview, (sales, None, "en_US"))
    kind, (_options, preview) = worker_process.receive(window)
    assert kind == "finished" and isinstance(preview.problem, MissingColumn) and preview.problem.role == "amount"


def _counts(progress: Progress) -> int:
    return 7


def _refuses(progress: Progress) -> None:
    raise LtvError("No sales.", "test.code", {"rows": 3})


def _breaks(progress: Progress) -> None:
    raise ZeroDivisionError


@pytest.mark.parametrize(
    ("first", "second_served"),
    [(_counts, True), (_refuses, True), (_breaks, False)],
    ids=["after-a-result", "after-a-plain-error", "not-after-a-crash"],
)
def test_a_process_serves_jobs_until_the_window_closes_its_end(first, second_served):
    """A file's preview, then its analysis, in one process: after a result or a plain error it waits for the
    next job; after anything unexpected it ends; closing the window's end of the pipe ends it."""
    window, process = Pipe(duplex=True)
    serving = threading.Thread(target=worker_process.serve_when_asked, args=(process, ()))
    serving.start()
    worker_process.send(window, (first, ()))
    first_kind = worker_process.receive(window)[0]
    assert first_kind == {_counts: "finished", _refuses: "failed", _breaks: "crashed"}[first]
    if second_served:
        worker_process.send(window, (_counts, ()))
        assert worker_process.receive(window) == ("finished", 7)
        assert serving.is_alive()
        window.close()
    else:
        with pytest.raises(EOFError):  # it closed its end: no second job
            worker_process.receive(window)
    serving.join(30)
    assert not serving.is_alive()


@settings(max_examples=100, deadline=None)
@given(
    values=st.lists(st.one_of(st.integers(-3, 3).map(float), st.just(float("nan"))), max_size=40),
    ascending=st.booleans(),
)
def test_sort_order_is_pandas_stable_sort_with_blanks_last(values, ascending):
    series = pd.Series(values, dtype=float)
    expected = series.sort_values(ascending=ascending, kind="stable", na_position="last").index.to_numpy()
    assert sort_order(series, ascending).tolist() == expected.tolist()


@given(
    values=st.lists(st.one_of(st.sampled_from(["b", "a", "c", "B"]), st.none()), max_size=30), ascending=st.booleans()
)
def test_sort_order_of_text_is_pandas(values, ascending):
    series = pd.Series(values, dtype="str")
    expected = series.sort_values(ascending=ascending, kind="stable", na_position="last").index.to_numpy()
    assert sort_order(series, ascending).tolist() == expected.tolist()
