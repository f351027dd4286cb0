"""Exploring with demo data, and removing it again in one click.

Loading remembers, per table, the range of ids the demo data received; removing deletes
exactly those rows (and what hangs off them), never anything the user added before.
"""

from __future__ import annotations

from sqlalchemy import text

from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database

# Children first, so foreign keys never block a removal.
TABLES = ("followups", "activities", "stage_history", "deals", "contacts", "companies")
SETTING = "demo_ranges"


def _max_ids(db: Database) -> dict[str, int]:
    out = {}
    with db.engine.connect() as conn:
        for table in TABLES:
            if conn.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:t"), {"t": table}).first():
                out[table] = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar() or 0
    return out


class DemoMode:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService):
        self.db = db
        self.hub = hub
        self.settings = settings

    @property
    def loaded(self) -> bool:
        return bool(self.settings.get(SETTING))

    def load(self, contacts: int = 300, seed: int = 1) -> dict[str, int]:
        from crm_desktop.services.demo import generate

        before = _max_ids(self.db)
        ctx = generate(self.db, contacts=contacts, seed=seed)
        after = _max_ids(self.db)
        ranges = dict(self.settings.get(SETTING) or {})
        for table, top in after.items():
            low = before.get(table, 0) + 1
            if top >= low:
                old = ranges.get(table)
                ranges[table] = [min(old[0], low), top] if old else [low, top]
        self.settings.set(SETTING, ranges)
        for kind in ("contact", "company", "deal", "activity", "followup"):
            self.hub.publish(Change.of(kind, reset=True))
        return dict(ctx.counts)

    def remove(self) -> int:
        """Delete every row the demo added. Returns how many records were removed."""
        ranges: dict[str, list[int]] = self.settings.get(SETTING) or {}
        removed = 0
        with self.db.engine.begin() as conn:
            for table in TABLES:
                if table not in ranges:
                    continue
                low, high = ranges[table]
                result = conn.execute(text(f"DELETE FROM {table} WHERE id BETWEEN :lo AND :hi"), {"lo": low, "hi": high})
                removed += result.rowcount or 0
            search.reindex_all(conn)
        self.settings.set(SETTING, {})
        for kind in ("contact", "company", "deal", "activity", "followup"):
            self.hub.publish(Change.of(kind, reset=True))
        return removed
