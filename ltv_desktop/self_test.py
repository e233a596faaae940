"""`ltv-desktop --self-test`: the demo through import, analysis and export, headless.

The frozen build runs it to prove its bundle is whole (the data files, the
compiled libraries, the Qt modules it imports); it exits 0 or 1 with one line.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def defined_names(workbook: Path) -> set[str]:
    """The defined names of an .xlsx, read from its workbook part with defusedxml (no spreadsheet library)."""
    import zipfile

    from defusedxml import ElementTree

    with zipfile.ZipFile(workbook) as archive:
        root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return {element.get("name", "") for element in root.iter() if element.tag.endswith("}definedName")}


def run_self_test() -> int:
    """Return 0 when demo → analysis → export works end to end, else 1 with the reason."""
    started = time.perf_counter()
    try:
        from ltv_desktop import pipeline
        from ltv_desktop.paths import demo_sales_path, demo_spend_path

        run = pipeline.run_analysis(pipeline.AnalysisRequest(sales=demo_sales_path(), spend=demo_spend_path()))
        result = run.result
        if result.summary.ltv is None or result.summary.customers == 0:
            raise RuntimeError("the demo analysis produced no LTV")
        with tempfile.TemporaryDirectory() as folder:
            report = pipeline.export(run, Path(folder) / "self-test.xlsx")
            size = report.stat().st_size
            if "ltv" not in defined_names(report):
                raise RuntimeError("the exported workbook lacks the defined name 'ltv'")
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
