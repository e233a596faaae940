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


@dataclasses.dataclass(frozen=True)
class Project:
    source: Path
    options: ImportOptions
    settings: Settings
    spend_source: Path | None = None


def save_project(project: Project, path: Path) -> None:
    """Write atomically (io/atomic.py); raises an ExportFailed subclass when the file cannot be written."""
    data: dict[str, Any] = {
        "format": "ltv-desktop-analysis",
        "version": FORMAT_VERSION,
        "source": str(project.source),
        "spend_source": str(project.spend_source) if project.spend_source else None,
        "options": {**dataclasses.asdict(project.options), "columns": dict(project.options.columns)},
        "settings": project.settings.to_dict(),
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
        return Project(
            source=Path(data["source"]),
            options=ImportOptions(**data["options"]),
            settings=Settings(**settings),
            spend_source=Path(data["spend_source"]) if data.get("spend_source") else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        raise UnreadableFile.because("not_an_analysis", name=Path(path).name) from None
