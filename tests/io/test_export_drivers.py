"""The Drivers sheet of the Excel report, read back: every driver with its numbers, the timing, in the language."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.export import DRIVER_COLUMNS, ExportOptions, export_workbook
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.drivers import by_effect
from ltv_desktop.model.settings import Settings
from tests.model.test_drivers import AS_OF, shop

HEADER_ROW = 4
"""The sheet's header row (1-based, as openpyxl counts): a title and a note above it."""


@pytest.fixture(scope="module")
def shop_result():
    return analyze(shop(1), Settings(as_of=dt.date.fromisoformat(AS_OF), margin=0.5))


def rows_under(sheet, first: int) -> list[tuple]:
    rows = []
    for row in sheet.iter_rows(min_row=first, values_only=True):
        if row[2] is None:  # the customers column: the table ends where it is empty
            break
        rows.append(row)
    return rows


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_drivers_sheet_holds_every_driver_in_the_tabs_order(shop_result, tmp_path, language):
    path = export_workbook(shop_result, tmp_path / "report.xlsx", ExportOptions(language=language))
    book = openpyxl.load_workbook(path)
    sheet = book[text("drivers_sheet.name", language)]
    headers = [cell.value for cell in sheet[HEADER_ROW]][: len(DRIVER_COLUMNS)]
    assert headers == [text(code, language) for code, _ in DRIVER_COLUMNS]
    rows = rows_under(sheet, HEADER_ROW + 1)
    expected = by_effect(shop_result.drivers)
    assert len(rows) == len(expected) > 0
    no_code = text("drivers_tab.no_code", language)
    for row, driver in zip(rows, expected, strict=True):
        attribute, value, customers, ltv, ltv_low, ltv_high, lift, low, high, repeat, clear, cap, words = row
        assert attribute == text(f"drivers_tab.attribute.{driver.attribute}", language)
        assert value == (driver.value if driver.value is not None else no_code)
        assert customers == driver.customers
        assert ltv == pytest.approx(driver.ltv_12m)
        assert (low, lift, high) == pytest.approx((driver.lift_low, driver.lift, driver.lift_high))
        # the LTV range is the lift range in money: LTV × low / lift
        assert ltv_low == pytest.approx(driver.ltv_12m * driver.lift_low / driver.lift)
        assert ltv_high == pytest.approx(driver.ltv_12m * driver.lift_high / driver.lift)
        assert repeat == pytest.approx(driver.repeat_rate)
        assert clear is driver.clear
        assert cap == (pytest.approx(driver.max_cac) if driver.max_cac is not None else None)
        assert words.startswith(driver.sentence(language))
    values = [row[1] for row in rows]
    clear = [row[1] for row in rows if row[10]]
    assert {"Starter Kit", "Sample", "HALF"} <= set(clear)
    assert values[: len(clear)] == clear  # clear drivers first

    # the timing below the table: medians and quartiles of both kinds of gap, the lost-after day
    labels = {row[0]: row[1:3] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], str)}
    timing = shop_result.timing
    assert labels[text("drivers_sheet.median_days", language)] == pytest.approx(
        (timing.first_to_second.median_days, timing.later.median_days)
    )
    assert labels[text("drivers_sheet.gaps", language)] == (timing.first_to_second.gaps, timing.later.gaps)
    assert labels[text("drivers_sheet.q3_days", language)][0] == pytest.approx(timing.first_to_second.q3_days)
    assert labels[text("drivers_sheet.overdue", language)][0] == timing.overdue_customers
    assert labels[text("drivers_sheet.threshold", language)][0] == shop_result.threshold.days


def test_a_shop_too_young_for_drivers_says_why_on_the_sheet(tmp_path):
    young = shop(2, customers=300)
    result = analyze(young, Settings(as_of=dt.date(2023, 6, 30)))
    assert result.drivers == ()
    book = openpyxl.load_workbook(export_workbook(result, tmp_path / "report.xlsx"))
    sheet = book[text("drivers_sheet.name", "en")]
    texts = [row[0] for row in sheet.iter_rows(values_only=True) if row[0]]
    assert text("drivers.too_few", "en", count=20) in texts


@pytest.mark.parametrize(("language", "currency"), [("en", "$"), ("pl", "zł"), ("ru", "€")])
def test_the_caps_in_words_carry_the_reports_currency(shop_result, tmp_path, language, currency):
    from ltv_desktop.model.drivers import money_text

    path = export_workbook(shop_result, tmp_path / "report.xlsx", ExportOptions(language=language, currency=currency))
    sheet = openpyxl.load_workbook(path)[text("drivers_sheet.name", language)]
    capped = [
        (row, driver)
        for row, driver in zip(rows_under(sheet, HEADER_ROW + 1), by_effect(shop_result.drivers), strict=True)
        if driver.max_cac is not None
    ]
    assert capped
    for row, driver in capped:
        words = row[-1]
        for amount in (driver.max_cac, driver.max_cac_low, driver.max_cac_high):
            said = money_text(amount, language, currency)
            assert said in words and currency in said


def test_money_text_puts_the_symbol_where_the_report_does():
    from ltv_desktop.model.drivers import money_text

    assert money_text(88.93, "en", "$") == "$88.93"
    assert money_text(-1234.5, "en", "£") == "-£1,234.50"
    assert money_text(88.93, "pl", "zł") == "88,93\u00a0zł"
    assert money_text(88.93, "ru", "") == "88,93"
    assert money_text(None, "en", "€") == "–"
