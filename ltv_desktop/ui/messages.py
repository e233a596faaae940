"""What Qt-free code says (notices, errors, rejections, segment and role names), in the window's language.

Every sentence lives once, in the message catalogue (`ltv_desktop/i18n/messages/<language>/*.po`); this
module only knows which language the window speaks (the default QLocale, set with the translators).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from ltv_desktop.i18n import normalise_language
from ltv_desktop.i18n.catalogue import say, text
from ltv_desktop.model.errors import LtvError

if TYPE_CHECKING:
    from ltv_desktop.model.result import Notice
    from ltv_desktop.model.transactions import Rejection

SEGMENTS = ("Champions", "Loyal", "Potential loyalists", "New customers", "Need attention", "Can't lose them",
            "At risk", "Hibernating", "Lost")  # fmt: skip
ROLES = ("customer_id", "date", "amount", "order_id", "channel", "cost", "product", "category", "discount_code")
"""The roles an owner can map on the Data tab: the three required, then the optional ones."""


def ui_language() -> str:
    """The language the window speaks: the default QLocale's (the translators set it), else English."""
    return normalise_language(QLocale().name())


def segment_names() -> dict[str, str]:
    """The model's segment names (English keys) as the window shows them."""
    language = ui_language()
    return {name: text(f"segment.{name}", language) for name in SEGMENTS}


def role_names() -> dict[str, str]:
    language = ui_language()
    return {role: text(f"role.{role}", language) for role in ROLES}


def notice_text(notice: Notice) -> str:
    return say(notice, ui_language())


def error_text(error: LtvError) -> str:
    return say(error, ui_language())


def rejection_text(rejection: Rejection) -> str:
    return say(rejection, ui_language())


def fill(text: str, values: list) -> str:
    """Qt's %1, %2, … filled in order (for widget strings from the .ts catalogues, which Qt numbers)."""
    for index, value in enumerate(values, start=1):
        text = text.replace(
            f"%{index}", "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        )
    return text
