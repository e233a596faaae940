"""Run the app's modules from bytecode in the processes a benchmark starts, as an installed app does.

pip and the packaged app compile the modules when they are installed, as pip did for pandas and numpy here.
Where PYTHONDONTWRITEBYTECODE is set (as on the development machine) every process would compile each of the
app's modules from source as it is imported: a few hundred milliseconds, holding the interpreter lock, that no
owner waits for. Compiled once here into the package's own `__pycache__` folders (ignored by git), they are
read by every process, which only writes no bytecode of its own.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ltv_desktop"


def use_bytecode(package: Path = PACKAGE) -> None:
    """Compile `package` next to its sources (a module changed later is compiled again on the next call)."""
    compileall.compile_dir(package, quiet=1)
