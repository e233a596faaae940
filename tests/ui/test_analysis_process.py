"""The analysis runs in a process of its own: the same numbers as in the window's process, Cancel ends the
process, and a reader that crashes natively costs one message, not the window."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QMessageBox

from ltv_desktop import pipeline
from ltv_desktop.controllers import worker_process
from ltv_desktop.controllers.workers import ProcessWorker
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.lazy_chart import LazyChart
from ltv_desktop.ui.table_order import customers_order

ANALYSIS_TIMEOUT_MS = 300_000  # the machine may be busy: a limit against hanging, not a timing assert


def write_sales(path: Path, customers: int = 1_500, rows: int = 4_000) -> Path:
    """A shop with more than a thousand customers (so text columns travel packed), some without a channel: each
    customer arrives on some day and buys at its own pace until it leaves."""
    rng = np.random.default_rng(11)
    weights = rng.gamma(0.6, 1.0, customers)
    per_customer = 1 + rng.multinomial(rows - customers, weights / weights.sum())
    customer = np.repeat(np.arange(customers), per_customer)
    arrival = rng.integers(0, 730, customers)
    offset = (rng.random(rows) * rng.exponential(365, customers)[customer]).astype(np.int64)
    offset[np.concatenate(([0], np.cumsum(per_customer)[:-1]))] = 0
    day = np.minimum(arrival[customer] + offset, 729)
    channels = np.array(["Ads", "Shop", "Référence", ""], dtype=object)[rng.integers(0, 4, customers)]
    frame = pd.DataFrame(
        {
            "customer_id": [f"Klient {number:05d}" for number in customer],
            "date": (np.datetime64("2022-01-01") + day.astype("timedelta64[D]")).astype(str),
            "amount": np.round(rng.lognormal(3.5, 0.7, rows), 2),
            "channel": channels[customer],
        }
    )
    frame.to_csv(path, index=False)
    return path


def preview(app, qtbot, path: Path) -> None:
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=60_000):
        app.analysis.open_file(path, analyze_after=False)


def test_the_process_gives_what_the_window_process_computes(app, qtbot, tmp_path):
    path = write_sales(tmp_path / "sales.csv")
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        app.analysis.open_file(path)
    run = app.analysis.run
    expected = pipeline.run_analysis(run.request)
    assert run.result.summary == expected.result.summary
    for name in ("customers", "periods", "channels", "segments"):
        pd.testing.assert_frame_equal(getattr(run.result, name), getattr(expected.result, name))
    pd.testing.assert_frame_equal(run.result.cohorts.retention, expected.result.cohorts.retention)
    pd.testing.assert_frame_equal(run.result.predictive.customers, expected.result.predictive.customers)
    assert run.result.customers["channel"].isna().sum() == expected.result.customers["channel"].isna().sum()
    assert (run.rows_read, run.rows_used, run.rejections) == (expected.rows_read, expected.rows_used, ())
    # the Customers table opens in the order the process worked out, the one the view would work out itself
    column, order = app.analysis.prepared["customers"]["order"]
    assert (column, order.tolist()) == (lambda c, o: (c, o.tolist()))(*customers_order(expected.result.customers))
    model = app.window.customers.model
    first_id = model.data(model.index(0, 0))
    assert first_id == expected.result.customers["customer_id"].iloc[order[0]]


def test_cancel_ends_the_process_and_keeps_what_was_shown(app, qtbot, tmp_path):
    preview(app, qtbot, write_sales(tmp_path / "sales.csv"))
    app.analysis.start_analysis()
    worker = app.analysis.worker
    assert isinstance(worker, ProcessWorker)
    with qtbot.waitSignal(app.analysis.analysis_cancelled, timeout=60_000):
        app.window.cancel_requested.emit()
    worker.process.join(30)
    assert worker.process.exitcode is not None and not app.analysis.busy()
    assert app.analysis.run is None
    assert worker.listener.done.wait(30)


@pytest.mark.skipif(os.name != "posix", reason="the exit code of an abort is the signal's on POSIX")
def test_a_native_crash_is_one_message_and_the_window_goes_on(app, qtbot, tmp_path):
    path = write_sales(tmp_path / "sales.csv", customers=30, rows=90)
    preview(app, qtbot, path)
    app.analysis.analysis_job = worker_process.crash_natively
    with qtbot.waitSignal(app.analysis.analysis_failed, timeout=60_000) as failed:
        app.analysis.start_analysis()
    message = text("worker.process_ended", "en", code=-signal.SIGABRT)
    assert failed.args == [message]
    box = app.window.findChild(QMessageBox, "error_box")
    assert box is not None and box.text() == message
    box.close()
    app.analysis.analysis_job = worker_process.analyse
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        app.analysis.start_analysis()
    assert app.analysis.run.result.summary.customers == 30


def test_the_preview_is_read_in_the_process_that_then_analyses_the_file(app, qtbot, tmp_path):
    """The window's process reads no file: the preview runs in the analysis process, which stays to analyse
    the file and ends after the analysis; a new one waits for the next file."""
    path = write_sales(tmp_path / "sales.csv", customers=40, rows=120)
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=60_000):
        app.analysis.open_file(path, analyze_after=False)
        previewing = app.analysis.worker
        assert isinstance(previewing, ProcessWorker) and previewing.job is worker_process.preview
        read_by = previewing.process
    reader = app.analysis.spare
    assert reader.process is read_by and reader.alive() and previewing.spare is None  # handed over, not ended
    assert app.window.data.preview_model.rowCount() > 0  # the preview is on screen
    progress: list[float] = []
    app.window.progress.valueChanged.connect(lambda value: progress.append(value / app.window.progress.maximum()))
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        app.analysis.start_analysis()
        assert app.analysis.worker.process is reader.process
    # "finished" and a full bar only once the results are on screen: the Dashboard in front, its charts built
    dashboard = app.window.dashboard
    assert app.window.tabs.currentWidget() is dashboard
    assert all(chart.built for chart in dashboard.findChildren(LazyChart))
    assert progress[-1] == 1.0 and progress.count(1.0) == 1
    reader.process.join(30)
    assert reader.process.exitcode == 0  # ended when its analysis was done
    assert app.analysis.spare is not None and app.analysis.spare is not reader


def test_a_preview_overtaken_by_another_file_does_not_leave_its_process_behind(app, qtbot, tmp_path):
    first = write_sales(tmp_path / "first.csv", customers=40, rows=120)
    second = write_sales(tmp_path / "second.csv", customers=40, rows=120)
    app.analysis.open_file(first, analyze_after=False)
    overtaken = app.analysis.worker.spare
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=60_000):
        app.analysis.open_file(second, analyze_after=False)
    overtaken.process.join(30)
    assert overtaken.process.exitcode is not None
    assert app.analysis.path == second and app.analysis.spare.alive()
