"""The packaging files agree with the package and with each other: version, names, icons, .desktop, CI."""

from __future__ import annotations

import ast
import configparser
import importlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import ltv_desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "ltv_desktop.spec"
ISS = PACKAGING / "ltv_desktop.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
DESKTOP = ROOT / "resources" / "ltv-desktop.desktop"
BUILD_SCRIPTS = ("build.sh", "build-macos.sh", "build.ps1")


def load_packaging_script(name: str):
    """A script of packaging/ as a module (they are run, not installed)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(PACKAGING))


def spec_function(name: str):
    """One function of the spec, run outside PyInstaller (the spec itself needs PyInstaller's globals)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace = {"ROOT": ROOT, "re": re, "Path": Path}
    exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def spec_constant(name: str) -> str:
    match = re.search(rf'^{name} = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{name} not set in the spec"
    return match.group(1)


def image_size(data: bytes) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    assert not image.isNull(), "not a readable image"
    return image.width(), image.height()


def test_spec_reads_the_version_from_the_package():
    assert spec_function("read_version")() == ltv_desktop.__version__
    assert ltv_desktop.__version__ not in SPEC.read_text(encoding="utf-8")


@pytest.mark.parametrize("script", BUILD_SCRIPTS)
def test_build_scripts_take_the_version_from_the_package(script):
    text = (PACKAGING / script).read_text(encoding="utf-8")
    assert "import ltv_desktop; print(ltv_desktop.__version__)" in text
    assert "packaging/ltv_desktop.spec" in text.replace("\\", "/")
    assert ltv_desktop.__version__ not in text


@pytest.mark.parametrize("script", ["build.sh", "build-macos.sh", "measure_startup.sh"])
def test_shell_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_spec_ships_resources_where_the_frozen_app_looks():
    shipped = {
        (Path(source).relative_to(ROOT).as_posix(), folder) for source, folder in spec_function("bundled_data")(ROOT)
    }
    assert ("resources/demo/demo_sales.csv", "ltv_desktop/resources/demo") in shipped
    assert ("resources/icons/app.svg", "ltv_desktop/resources/icons") in shipped
    assert ("resources/icons/app.png", "ltv_desktop/resources/icons") in shipped
    # every shipped resource the app reads is in the bundle; the demo generator script is not
    expected = {p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}}
    assert {ROOT / source for source, _ in shipped if source.startswith("resources/")} == expected
    # and the compiled catalogues go where ltv_desktop.i18n looks for them
    for qm in (ROOT / "ltv_desktop" / "i18n").glob("*.qm"):
        assert (qm.relative_to(ROOT).as_posix(), "ltv_desktop/i18n") in shipped
    assert ("ltv_desktop/io/column_names.tsv", "ltv_desktop/io") in shipped  # the importer reads it at start
    assert "console=False" in SPEC.read_text(encoding="utf-8")


def test_spec_ships_translations_when_they_exist(tmp_path):
    (tmp_path / "resources" / "guide").mkdir(parents=True)
    (tmp_path / "resources" / "guide" / "formulas.ru.md").write_text("x", encoding="utf-8")
    (tmp_path / "resources" / "make.py").write_text("x", encoding="utf-8")
    (tmp_path / "ltv_desktop" / "i18n").mkdir(parents=True)
    bundled = spec_function("bundled_data")
    assert bundled(tmp_path) == [(str(tmp_path / "resources/guide/formulas.ru.md"), "ltv_desktop/resources/guide")]
    (tmp_path / "ltv_desktop" / "i18n" / "ltv_desktop_pl.qm").write_bytes(b"qm")
    assert (str(tmp_path / "ltv_desktop/i18n/ltv_desktop_pl.qm"), "ltv_desktop/i18n") in bundled(tmp_path)
    (tmp_path / "ltv_desktop" / "io").mkdir()
    (tmp_path / "ltv_desktop" / "io" / "column_names.tsv").write_text("x", encoding="utf-8")
    assert (str(tmp_path / "ltv_desktop/io/column_names.tsv"), "ltv_desktop/io") in bundled(tmp_path)


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_icons_have_their_size_and_a_transparent_rounded_corner(size):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / f"app-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0, "the corner outside the rounded tile is transparent"
    assert image.pixelColor(size // 4, size // 2).alpha() == 255, "the tile itself is opaque"


def test_ico_holds_every_windows_size_as_a_valid_image():
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        declared = width or 256
        assert (width or 256) == (height or 256)
        assert image_size(data[offset : offset + length]) == (declared, declared)
        sizes.append(declared)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_container_is_well_formed_with_every_retina_size():
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(load_packaging_script("render_icons").ICNS_TYPES)
    found = {}
    position = 8
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack(">I", data[position + 4 : position + 8])[0]
        assert length > 8
        found[kind] = image_size(data[position + 8 : position + length])
        position += length
    assert position == len(data)
    assert found == {kind: (size, size) for kind, size in expected.items()}


def test_icon_writers_round_trip(qapp):
    render_icons = load_packaging_script("render_icons")
    pngs = {size: render_icons.render_png(ICONS / "app.svg", size) for size in (16, 32, 256)}
    ico = render_icons.ico_bytes(pngs)
    assert struct.unpack_from("<HHH", ico, 0) == (0, 1, 3)
    # 256 px is written as 0 in the one-byte width field
    assert ico[6 + 32] == 0
    assert image_size(pngs[256]) == (256, 256)


def test_bad_svg_is_refused(tmp_path, qapp):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not xml", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        load_packaging_script("render_icons").render_png(broken, 16)


def test_desktop_file_names_the_binary_icon_and_spreadsheet_types():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == spec_constant("NAME")
    assert entry["Icon"] == spec_constant("NAME")
    assert entry["Name"] == spec_constant("APP_NAME")
    assert {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= set(
        filter(None, entry["MimeType"].split(";"))
    )
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_installer_adds_open_with_entries_without_taking_over_defaults():
    text = ISS.read_text(encoding="utf-8")
    for extension in (".csv", ".xlsx"):
        assert f'Subkey: "Software\\Classes\\{extension}\\OpenWithProgids"' in text
        # never the extension's default value (that would change the user's default program)
        assert not re.search(rf'Subkey: "Software\\Classes\\{re.escape(extension)}"; ValueType', text)
    assert "AppVersion={#AppVersion}" in text and "#error" in text
    assert f"dist\\{spec_constant('NAME')}\\*" in text
    assert (PACKAGING / "..\\resources\\icons\\app.ico".replace("\\", "/")).resolve().is_file()
    assert re.search(r"^SetupIconFile=\.\.\\resources\\icons\\app\.ico$", text, re.MULTILINE)


def test_workflow_runs_the_packaging_scripts_that_exist():
    text = WORKFLOW.read_text(encoding="utf-8")
    for script in BUILD_SCRIPTS:
        assert f"packaging/{script}" in text
        assert (PACKAGING / script).is_file()
    assert ".ci/run" in text and (ROOT / ".ci" / "run").is_file()
    # the artifacts the workflow uploads are the names the scripts write
    assert "ltv-desktop-*-linux-*.tar.gz" in text and "ltv-desktop-$VERSION-linux-" in (
        PACKAGING / "build.sh"
    ).read_text(encoding="utf-8")
    assert "ltv-desktop-*-macos-*.dmg" in text and "ltv-desktop-$VERSION-macos-" in (
        PACKAGING / "build-macos.sh"
    ).read_text(encoding="utf-8")
    assert "ltv-desktop-*-windows-setup.exe" in text and "ltv-desktop-{#AppVersion}-windows-setup" in ISS.read_text(
        encoding="utf-8"
    )


def test_workflow_is_valid_yaml_with_three_build_systems():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"test", "build"}
    assert jobs["build"]["needs"] == "test"
    systems = [row["os"].split("-")[0] for row in jobs["build"]["strategy"]["matrix"]["include"]]
    assert sorted(systems) == ["macos", "ubuntu", "windows"]
    # 'on' is parsed as True by YAML 1.1
    triggers = workflow.get("on", workflow.get(True))
    assert "release" in triggers and "workflow_dispatch" in triggers


def spec_lists(*names: str) -> dict[str, list[str]]:
    """The spec's module lists (plain assignments), evaluated outside PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    nodes = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
    ]
    namespace: dict = {}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(SPEC), "exec"), namespace)
    return {name: namespace[name] for name in names}


# Imports every module of the app and fits the predictive models, then prints what loaded.
LOADED_BY_THE_APP = """
import pkgutil, sys
import numpy as np
import ltv_desktop
for module in pkgutil.walk_packages(ltv_desktop.__path__, "ltv_desktop."):
    if not module.name.endswith("__main__"):
        __import__(module.name)
from ltv_desktop.model.predictive import expected_purchases, fit_bgnbd, fit_gamma_gamma
x, t_x, T = np.array([0.0, 1, 2, 4, 0, 3]), np.array([0.0, 5, 9, 20, 0, 30]), np.array([30.0, 31, 32, 33, 34, 35])
bg = fit_bgnbd(x, t_x, T)
fit_gamma_gamma(np.array([1.0, 2, 4, 3]), np.array([20.0, 35, 18, 50]))
expected_purchases(bg.params, 10.0, x, t_x, T)
print("\\n".join(sorted(sys.modules)))
"""


def test_spec_excludes_nothing_the_app_loads():
    """An excluded module that the app (or pyqtgraph, pandas, ...) imports breaks the frozen app."""
    lists = spec_lists("QT_EXCLUDES", "PY_EXCLUDES", "OPTIONAL_IMPORTS_LEFT_OUT")
    optional = set(lists.pop("OPTIONAL_IMPORTS_LEFT_OUT"))
    excluded = [name for names in lists.values() for name in names]
    assert "scipy" in excluded and "PySide6.QtQml" in excluded
    result = subprocess.run(
        [sys.executable, "-c", LOADED_BY_THE_APP],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "ltv_desktop.model.predictive" in loaded and "pyqtgraph" in loaded
    clashes = sorted(m for m in loaded - optional for x in excluded if m == x or m.startswith(x + "."))
    assert not clashes, f"the spec excludes modules the app loads: {clashes}"


def fake_icu_blob(items: dict[str, bytes]) -> bytes:
    header = struct.pack("<HBBHHBBBB", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0) + b"CmnD" + bytes(8)
    return load_packaging_script("icu_data").write_items(header + bytes(32 - len(header)), list(items.items()))


def test_icu_data_round_trips_and_drops_only_the_trees_qt_never_reads():
    icu_data = load_packaging_script("icu_data")
    items = {
        "icudt73l/root.res": b"root" * 5,
        "icudt73l/coll/ru.res": b"collation",
        "icudt73l/zone/pl.res": b"zones",
        "icudt73l/cnvalias.icu": b"aliases",
        "icudt73l/lang/ru.res": b"languages",
        "icudt73l/brkitr/cjdict.dict": b"dictionary",
        "icudt73l/unames.icu": b"names",
    }
    blob = fake_icu_blob(items)
    _, read = icu_data.read_items(blob)
    assert [name for name, _ in read] == sorted(items)
    assert all(data.rstrip(b"\0") == items[name] for name, data in read)
    _, kept = icu_data.read_items(icu_data.trim(blob))
    assert [name for name, _ in kept] == [
        "icudt73l/cnvalias.icu",
        "icudt73l/coll/ru.res",
        "icudt73l/root.res",
        "icudt73l/zone/pl.res",
    ]
    assert all(data.rstrip(b"\0") == items[name] for name, data in kept)
    # items stay 16-byte aligned, as ICU requires
    (count,) = struct.unpack_from("<I", icu_data.trim(blob), 32)
    assert all(struct.unpack_from("<II", icu_data.trim(blob), 36 + 8 * i)[1] % 16 == 0 for i in range(count))
    with pytest.raises(ValueError, match="ICU common data"):
        icu_data.read_items(b"\0" * 64)
