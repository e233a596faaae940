"""Refresh the .ts catalogues from the code and compile them: `python -m ltv_desktop.i18n.update_catalogues`.

pyside6-lupdate adds new messages (marked unfinished) and keeps existing translations; translate the
unfinished ones (Qt Linguist or any editor), then run this again to compile the .qm files with
pyside6-lrelease. tests/i18n checks that no message is unfinished and that every .qm matches its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("ru", "pl")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(path) for folder in ("ui", "controllers") for path in (PACKAGE / folder).glob("*.py"))


def main() -> None:
    catalogues = [str(HERE / f"ltv_desktop_{language}.ts") for language in LANGUAGES]
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", *catalogues], check=True)
    # English is the source language; its catalogue only says "1 order" / "2 orders" for the %n messages.
    english = str(HERE / "ltv_desktop_en.ts")
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-pluralonly", "-ts", english], check=True)
    for catalogue in [*catalogues, english]:
        subprocess.run([tool("pyside6-lrelease"), catalogue, "-qm", catalogue.replace(".ts", ".qm")], check=True)


if __name__ == "__main__":
    main()
