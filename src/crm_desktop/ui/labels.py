"""Names of fields, comparisons and field types as the window shows them.

The services name these in English (``FIELDS``, ``OPERATORS``, ``SETTABLE``, ``TYPE_LABELS``);
the window looks them up here by their key, in its language. A key not listed falls back to
the service's own text. Activity kinds are not here: ``ActivityKind.label`` is translatable.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services.custom_fields import FieldDef
from crm_desktop.ui import i18n

FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("FieldNames", "First name"),
    "last_name": QT_TRANSLATE_NOOP("FieldNames", "Last name"),
    "name": QT_TRANSLATE_NOOP("FieldNames", "Name"),
    "job_title": QT_TRANSLATE_NOOP("FieldNames", "Job title"),
    "company": QT_TRANSLATE_NOOP("FieldNames", "Company"),
    "company_id": QT_TRANSLATE_NOOP("FieldNames", "Company"),
    "birthday": QT_TRANSLATE_NOOP("FieldNames", "Birthday"),
    "email": QT_TRANSLATE_NOOP("FieldNames", "Email"),
    "emails": QT_TRANSLATE_NOOP("FieldNames", "Emails"),
    "phone": QT_TRANSLATE_NOOP("FieldNames", "Phone"),
    "phones": QT_TRANSLATE_NOOP("FieldNames", "Phones"),
    "street": QT_TRANSLATE_NOOP("FieldNames", "Street"),
    "city": QT_TRANSLATE_NOOP("FieldNames", "City"),
    "postal_code": QT_TRANSLATE_NOOP("FieldNames", "Postal code"),
    "country": QT_TRANSLATE_NOOP("FieldNames", "Country"),
    "website": QT_TRANSLATE_NOOP("FieldNames", "Website"),
    "domain": QT_TRANSLATE_NOOP("FieldNames", "Domain"),
    "notes": QT_TRANSLATE_NOOP("FieldNames", "Notes"),
    "tags": QT_TRANSLATE_NOOP("FieldNames", "Tags"),
    "source": QT_TRANSLATE_NOOP("FieldNames", "Source"),
    "do_not_email": QT_TRANSLATE_NOOP("FieldNames", "Do not email"),
    "title": QT_TRANSLATE_NOOP("FieldNames", "Title"),
    "status": QT_TRANSLATE_NOOP("FieldNames", "Status"),
    "currency": QT_TRANSLATE_NOOP("FieldNames", "Currency"),
    "value": QT_TRANSLATE_NOOP("FieldNames", "Value"),
    "lost_reason": QT_TRANSLATE_NOOP("FieldNames", "Lost reason"),
    "expected_close": QT_TRANSLATE_NOOP("FieldNames", "Expected close"),
}

OPERATORS = {
    "is": QT_TRANSLATE_NOOP("FieldNames", "is"),
    "is_not": QT_TRANSLATE_NOOP("FieldNames", "is not"),
    "contains": QT_TRANSLATE_NOOP("FieldNames", "contains"),
    "empty": QT_TRANSLATE_NOOP("FieldNames", "is empty"),
    "not_empty": QT_TRANSLATE_NOOP("FieldNames", "is not empty"),
    "greater": QT_TRANSLATE_NOOP("FieldNames", "is more than"),
    "less": QT_TRANSLATE_NOOP("FieldNames", "is less than"),
}

FIELD_TYPES = {
    "text": QT_TRANSLATE_NOOP("FieldNames", "Text"),
    "number": QT_TRANSLATE_NOOP("FieldNames", "Number"),
    "money": QT_TRANSLATE_NOOP("FieldNames", "Money"),
    "date": QT_TRANSLATE_NOOP("FieldNames", "Date"),
    "bool": QT_TRANSLATE_NOOP("FieldNames", "Yes / no"),
    "choice": QT_TRANSLATE_NOOP("FieldNames", "Choice list"),
}


def _label(table: dict[str, str], key: object, fallback: object) -> str:
    text = table.get(str(key))
    return QCoreApplication.translate("FieldNames", text) if text else i18n.translated(fallback)


def field(key: str, fallback: object = "") -> str:
    """A record field's name ("city" -> "City")."""
    return _label(FIELDS, key, fallback or key)


def operator(key: str, fallback: object = "") -> str:
    """A comparison of a saved view's condition ("is_not" -> "is not")."""
    return _label(OPERATORS, key, fallback or key)


def field_type(kind: object, fallback: object = "") -> str:
    """A custom field's type ("bool" -> "Yes / no")."""
    value = getattr(kind, "value", kind)
    return _label(FIELD_TYPES, value, fallback or value)


def custom_value(defn: FieldDef, stored: str, long_dates: bool = False) -> str:
    """A stored custom field value as people read it here: 'Yes', '1,250.50' / '1.250,50',
    a date in the locale's format. Other values are shown as typed."""
    if not stored:
        return ""
    locale = QLocale()
    if defn.type == CustomFieldType.BOOL:
        if stored == "yes":
            return QCoreApplication.translate("FieldNames", "Yes")
        return QCoreApplication.translate("FieldNames", "No") if stored == "no" else ""
    if defn.type in (CustomFieldType.NUMBER, CustomFieldType.MONEY):
        try:
            number = Decimal(stored)
        except InvalidOperation:
            return stored
        exponent = number.as_tuple().exponent
        decimals = 2 if defn.type == CustomFieldType.MONEY else max(0, -exponent) if isinstance(exponent, int) else 0
        return locale.toString(float(number), "f", decimals)
    if defn.type == CustomFieldType.DATE:
        day = QDate.fromString(stored, Qt.DateFormat.ISODate)
        if day.isValid():
            return locale.toString(day, QLocale.FormatType.LongFormat if long_dates else QLocale.FormatType.ShortFormat)
    return stored
