"""Application settings the services need, stored in the database (JSON values)."""

from __future__ import annotations

import json
import locale
from typing import Any

from sqlalchemy import select

from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Setting

DEFAULTS: dict[str, Any] = {
    "business_name": "",
    "default_region": "",  # phone region, e.g. "FR"; empty: from the system locale
    "default_currency": "EUR",
}


def system_region() -> str:
    for getter in (lambda: locale.getlocale()[0], lambda: locale.setlocale(locale.LC_CTYPE)):
        try:
            name = getter() or ""
        except (ValueError, locale.Error):
            continue
        if "_" in name:
            region = name.split("_", 1)[1][:2].upper()
            if region.isalpha():
                return region
    return ""


class SettingsService:
    def __init__(self, db: Database):
        self.db = db
        self._cache: dict[str, Any] | None = None

    def all(self) -> dict[str, Any]:
        if self._cache is None:
            values = dict(DEFAULTS)
            with self.db.reader() as s:
                for row in s.scalars(select(Setting)):
                    try:
                        values[row.key] = json.loads(row.value)
                    except ValueError:
                        continue
            self._cache = values
        return dict(self._cache)

    def get(self, key: str, default: Any = None) -> Any:
        return self.all().get(key, DEFAULTS.get(key, default))

    def set(self, key: str, value: Any) -> None:
        with self.db.session() as s:
            s.merge(Setting(key=key, value=json.dumps(value)))
        self._cache = None

    def reload(self) -> None:
        """Forget cached values (after a restore replaced the database)."""
        self._cache = None

    def phone_region(self) -> str:
        return (self.get("default_region") or system_region() or "").upper()
