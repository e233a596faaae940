"""How the generated tests write money: the conventions owners use, and an amount written in one of them."""

from decimal import Decimal

AMOUNT_STYLES = {  # (thousands, decimal)
    "us": (",", "."),
    "de": (".", ","),
    "ru": ("\u00a0", ","),
    "pl": (" ", ","),
    "ch": ("'", "."),
    "plain_dot": ("", "."),
    "plain_comma": ("", ","),
}


def money_text(amount: Decimal, style: str, currency: str, negatives: str) -> str:
    """`amount` as a cell in `style`, whole amounts without cents; negatives with a minus or in parentheses;
    `$` before the number, any other currency after it."""
    thousands, decimal = AMOUNT_STYLES[style]
    whole = amount == amount.to_integral_value()
    plain = f"{abs(amount):,.0f}" if whole else f"{abs(amount):,.2f}"
    text = plain.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)
    if amount < 0:
        text = f"({text})" if negatives == "parentheses" else f"-{text}"
    if currency == "$":
        return "-$" + text[1:] if text.startswith("-") else "$" + text
    return f"{text} {currency}" if currency else text
