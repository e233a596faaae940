"""The message catalogue: every code in every language, with the same placeholders and plural forms."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltv_desktop.i18n import catalogue

PLURALS = {"en": 2, "ru": 3, "pl": 3}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_code_is_translated_with_the_same_placeholders(language):
    english = catalogue.catalogue("en")
    translated = catalogue.catalogue(language)
    assert set(translated) == set(english), "codes missing or extra"
    for code, forms in english.items():
        names = set().union(*(placeholders(form) for form in forms))
        target = translated[code]
        assert len(target) in (1, PLURALS[language]), code
        assert len(forms) in (1, PLURALS["en"]), code
        assert (len(forms) > 1) == (len(target) > 1), code
        for form in target:
            assert form.strip(), code
            assert placeholders(form) <= names, (code, form)
        assert set().union(*(placeholders(form) for form in target)) == names, code


def test_english_plural_forms_and_separators():
    assert catalogue.text("cli.rows_rejected", "en", count=1, row=2, column="a", value="x", reason="r").startswith(
        "1 row could"
    )
    assert catalogue.text("cli.rows_rejected", "en", count=1234, row=2, column="a", value="x", reason="r").startswith(
        "1,234 rows"
    )


@pytest.mark.parametrize(
    ("count", "form"), [(1, "строку"), (2, "строки"), (5, "строк"), (11, "строк"), (21, "строку"), (22, "строки")]
)
def test_russian_plural_rule(count, form):
    sentence = catalogue.text("cli.rows_rejected", "ru", count=count, row=2, column="a", value="x", reason="r")
    assert sentence.split()[1] == form


def test_unknown_code_is_a_programming_error_and_missing_parameter_a_dash():
    with pytest.raises(catalogue.UnknownMessage):
        catalogue.text("no.such.code")
    assert "row –" in catalogue.text("cli.rows_rejected", "en", count=2)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_numbers_read_back_in_every_language(value):
    for language in ("en", "ru", "pl"):
        thousands, decimal = catalogue.SEPARATORS[language]
        written = catalogue.format_value(value, "money", language)
        back = float(written.replace(thousands, "").replace(decimal, "."))
        assert back == pytest.approx(round(value, 2), abs=0.006)


def test_a_plural_sentence_counts_its_first_count_placeholder():
    one = catalogue.text("gamma_gamma_excluded", "en", customers=1)
    many = catalogue.text("gamma_gamma_excluded", "en", customers=5)
    assert one.startswith("1 customer whose") and many.startswith("5 customers whose")
    assert catalogue.text("gamma_gamma_excluded", "ru", customers=5) != catalogue.text(
        "gamma_gamma_excluded", "ru", customers=1
    )


def test_every_role_the_importer_can_choose_has_a_name_for_the_owner():
    """The columns line and the Data tab name each role in the owner's language, never by its key."""
    from ltv_desktop.io.mapping import ORDER_OF_DECISION, SPEND_INDEX

    for role in (*ORDER_OF_DECISION, *SPEND_INDEX):
        assert catalogue.known(f"role.{role}"), role
