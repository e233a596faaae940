"""Analysis files (`*.ltv.json`): which sales file, how it was read, and the settings, to reopen later.

The file keeps references and choices, not the customers' data: reopening
reads the source again, so the analysis always matches the file on disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from ltv_desktop.io.atomic import atomic_write
from ltv_desktop.io.errors import UnreadableFile
from ltv_desktop.io.importer import ImportOptions
from ltv_desktop.model.settings import Settings

FORMAT_VERSION = 1


Project = tuple[Path, ImportOptions, Settings, Path | None]
"""What an analysis file holds: the sales file, how it was read, the settings and the spend file (if any).
The pipeline turns it into the AnalysisRequest the window runs."""


def save_project(path: Path, source: Path, options: ImportOptions, settings: Settings,
                 spend_source: Path | None) -> None:  # fmt: skip
    """Write atomically (io/atomic.py); raises an ExportFailed subclass when the file cannot be written."""
    data: dict[str, Any] = {
        "format": "ltv-desktop-analysis",
        "version": FORMAT_VERSION,
        "source": str(source),
        "spend_source": str(spend_source) if spend_source else None,
        "options": {**dataclasses.asdict(options), "columns": dict(options.columns)},
        "settings": settings.to_dict(),
    }
    with atomic_write(path) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        json.dump(data, stream, ensure_ascii=False, indent=2)


def load_project(path: Path) -> Project:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != "ltv-desktop-analysis":
            raise ValueError("not an analysis file")
        settings = dict(data["settings"])
        settings["as_of"] = dt.date.fromisoformat(settings["as_of"]) if settings.get("as_of") else None
        spend = Path(data["spend_source"]) if data.get("spend_source") else None
        return Path(data["source"]), ImportOptions(**data["options"]), Settings(**settings), spend
    except (OSError, ValueError, KeyError, TypeError):
        raise UnreadableFile.because("not_an_analysis", name=Path(path).name) from None
