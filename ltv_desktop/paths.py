"""Where the app's shipped files are, whether it runs from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: ltv_desktop/resources in a wheel or bundle, ../resources in a checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "ltv_desktop" / "resources")
    candidates += [PACKAGE_ROOT / "resources", PACKAGE_ROOT.parent / "resources"]
    try:
        from importlib.resources import files

        candidates.append(Path(str(files("ltv_desktop.resources"))))
    except (ModuleNotFoundError, TypeError):
        pass
    for candidate in candidates:
        if (candidate / "demo").is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def demo_sales_path() -> Path:
    return resource_path("demo", "demo_sales.csv")


def demo_spend_path() -> Path:
    return resource_path("demo", "demo_spend.csv")
