"""`ltv-desktop --self-test`: the demo through import, analysis and export, headless.

The frozen build runs it to prove its bundle is whole (the data files, the
compiled libraries, the Qt modules it imports); it exits 0 or 1 with one line.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    """Return 0 when demo → analysis → export works end to end, else 1 with the reason."""
    started = time.perf_counter()
    try:
        from ltv_desktop.io import ImportOptions, read_spend, read_transactions
        from ltv_desktop.io.export import ExportOptions, export_workbook
        from ltv_desktop.model.analysis import analyze
        from ltv_desktop.model.predictive import PredictiveOptions
        from ltv_desktop.model.settings import Settings
        from ltv_desktop.paths import demo_sales_path, demo_spend_path

        imported = read_transactions(demo_sales_path(), ImportOptions())
        spend = read_spend(demo_spend_path(), ImportOptions()).frame
        result = analyze(imported.transactions, Settings(), spend=spend, predictive=PredictiveOptions())
        if result.summary.ltv is None or result.summary.customers == 0:
            raise RuntimeError("the demo analysis produced no LTV")
        with tempfile.TemporaryDirectory() as folder:
            report = export_workbook(result, Path(folder) / "self-test.xlsx", ExportOptions())
            size = Path(report).stat().st_size
            import openpyxl

            workbook = openpyxl.load_workbook(report, read_only=False)
            if "ltv" not in workbook.defined_names:
                raise RuntimeError("the exported workbook lacks the defined name 'ltv'")
            workbook.close()
        import pyqtgraph  # noqa: F401  the window's modules must be in the bundle too
        from PySide6 import QtGui, QtWidgets  # noqa: F401
    except Exception as error:  # report any failure as one line: this is a health check
        print(f"Self-test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"Self-test passed in {elapsed:.1f} s: {result.summary.customers} customers, "
        f"LTV {result.summary.ltv:.2f}, report {size} bytes."
    )
    return 0
