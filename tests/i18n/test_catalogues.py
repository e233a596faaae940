"""Russian and Polish catalogues: complete, compiled from what is committed, plurals and numbers right."""

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ltv_desktop.i18n.qt import CATALOGUES
from ltv_desktop.i18n.update_catalogues import tool
from ltv_desktop.ui.formatting import Formatter

LANGUAGES = ("ru", "pl")
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    root = ET.parse(CATALOGUES / f"ltv_desktop_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 250
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        if message.get("numerus") == "yes":
            forms = [form.text for form in translation.findall("numerusform")]
            assert len(forms) == 3 and all(forms), source  # one, few, many
            assert all("%Ln" in form or "%n" in form for form in forms), source
        else:
            assert translation.text, source
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_shipped_qm_is_compiled_from_the_committed_ts(language, tmp_path):
    """Stronger than comparing file times (a fresh clone has no meaningful ones): compile and compare."""
    compiled = tmp_path / f"{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(CATALOGUES / f"ltv_desktop_{language}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)  # fmt: skip
    assert compiled.read_bytes() == (CATALOGUES / f"ltv_desktop_{language}.qm").read_bytes(), (
        "the .qm is older than its .ts: run python -m ltv_desktop.i18n.update_catalogues"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["1 клиент", "2 клиента", "5 клиентов", "21 клиент"]),
        ("pl", ["1 klient", "2 klientów", "5 klientów", "22 klientów"]),
    ],
)
def test_plural_forms(qapp, language, expected):
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / f"ltv_desktop_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        counts = [1, 2, 5, 21 if language == "ru" else 22]
        shown = [QCoreApplication.translate("CustomersView", "%n customer(s)", None, n) for n in counts]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown == expected


@pytest.mark.parametrize(
    ("locale", "currency", "money"),
    [("ru_RU", "₽", "12\u00a0345,67\u00a0₽"), ("pl_PL", "zł", "12\u00a0345,67\u00a0zł"), ("en_US", "$", "$12,345.67")],
)
def test_numbers_and_money_round_trip(locale, currency, money):
    """(Polish groups thousands only from five digits on, by CLDR: 1234,56 zł but 12 345,67 zł.)"""
    formatter = Formatter(QLocale(locale), currency)
    assert formatter.money(12345.67).replace(" ", "\u00a0") == money
    text = formatter.number(1234567.891, 3)
    value, ok = formatter.locale.toDouble(text)
    assert ok and value == pytest.approx(1234567.891)
    assert formatter.date(__import__("datetime").date(2024, 3, 5)) in ("05.03.2024", "5.03.2024", "3/5/24", "05.03.24")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_context_is_one_the_code_looks_up(language):
    """lupdate names a context after what precedes `.tr(` (`box.tr` → "box", a bare `tr()` → ""), while Qt
    looks strings up under the object's class: such messages are translated in the file but never shown."""
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("ui", "controllers")
        for path in (CATALOGUES.parent / folder).glob("*.py")
    )
    classes = set(re.findall(r"^class (\w+)\(", sources, re.MULTILINE))
    explicit = set(re.findall(r'QCoreApplication\.translate\(\s*"(\w+)"', sources))
    root = ET.parse(CATALOGUES / f"ltv_desktop_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        assert name in classes | explicit, f"context {name!r} is never looked up"


def test_english_says_one_order_and_two_orders(qapp):
    """English is the source language, but "%n order(s)" is not English: its catalogue has the plural forms."""
    root = ET.parse(CATALOGUES / "ltv_desktop_en.ts").getroot()
    numerus = [message for message in root.iter("message") if message.get("numerus") == "yes"]
    sources = [message.find("source").text for message in numerus]
    ru_numerus = [
        message.find("source").text
        for message in ET.parse(CATALOGUES / "ltv_desktop_ru.ts").getroot().iter("message")
        if message.get("numerus") == "yes"
    ]
    assert sorted(sources) == sorted(ru_numerus)
    for message in numerus:
        forms = [form.text for form in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all("%Ln" in form and "(s)" not in form for form in forms), forms
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "ltv_desktop_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        shown = [QCoreApplication.translate("DashboardView", "%n order(s)", None, n) for n in (1, 2)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown[0].endswith("1 order") and shown[1].endswith("2 orders")
