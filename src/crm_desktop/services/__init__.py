"""Use cases of the CRM (no Qt). ``Services`` bundles them for the GUI and the CLI.

Only what every start needs is built with the container; every other service is built, and
its module imported, the first time it is used (``services.mail`` imports the mail code and
keyring then), so that starting the window does not wait for code it has not used yet.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.changes import ChangeHub
from crm_desktop.services.pipelines import PipelineService, Translate
from crm_desktop.services.settings import SettingsService
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database

if TYPE_CHECKING:
    from crm_desktop.services.backups import BackupService
    from crm_desktop.services.bulk import BulkService
    from crm_desktop.services.companies import CompanyService
    from crm_desktop.services.contacts import ContactService
    from crm_desktop.services.custom_fields import CustomFieldService
    from crm_desktop.services.deals import DealService
    from crm_desktop.services.demo_mode import DemoMode
    from crm_desktop.services.duplicates import DuplicateFinder
    from crm_desktop.services.exporting import ExportService
    from crm_desktop.services.finder import Finder
    from crm_desktop.services.followup_lists import FollowUpLists
    from crm_desktop.services.followups import FollowUpService
    from crm_desktop.services.importer import ImportService
    from crm_desktop.services.mail import MailService
    from crm_desktop.services.mail_merge import MergeService as MailMergeService
    from crm_desktop.services.merge import MergeService
    from crm_desktop.services.reminders import ReminderService
    from crm_desktop.services.reports import ReportService
    from crm_desktop.services.saved_views import SavedViewService
    from crm_desktop.services.sync import SyncService
    from crm_desktop.services.tags import TagService
    from crm_desktop.services.trash import TrashService

# The services built on first use: attribute -> (module in this package, class, what the
# class is given, each an attribute of the container).
ON_FIRST_USE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "contacts": ("contacts", "ContactService", ("db", "hub", "settings")),
    "companies": ("companies", "CompanyService", ("db", "hub")),
    "tags": ("tags", "TagService", ("db",)),
    "finder": ("finder", "Finder", ("db",)),
    "duplicates": ("duplicates", "DuplicateFinder", ("db",)),
    "merges": ("merge", "MergeService", ("db", "hub")),
    "custom_fields": ("custom_fields", "CustomFieldService", ("db", "hub")),
    "saved_views": ("saved_views", "SavedViewService", ("db", "hub")),
    "demo": ("demo_mode", "DemoMode", ("db", "hub", "settings")),
    "bulk": ("bulk", "BulkService", ("db", "hub")),
    "mail": ("mail", "MailService", ("db", "hub", "settings", "activities")),
    "mail_merge": ("mail_merge", "MergeService", ("mail",)),
    "reports": ("reports", "ReportService", ("db",)),
    "deals": ("deals", "DealService", ("db", "hub")),
    "backups": ("backups", "BackupService", ("db", "hub", "settings")),
    "trash": ("trash", "TrashService", ("db", "hub")),
    "importer": ("importer", "ImportService", ("db", "hub", "settings")),
    "followups": ("followups", "FollowUpService", ("db", "hub", "activities")),
    "followup_lists": ("followup_lists", "FollowUpLists", ("followups",)),
    "reminders": ("reminders", "ReminderService", ("followups",)),
    "exports": ("exporting", "ExportService", ("db",)),
    "sync": ("sync", "SyncService", ("db", "hub", "settings")),
}


def import_ahead(*names: str) -> None:
    """Import the modules of these services (ON_FIRST_USE names) without building them: the
    window imports what its first paint uses before Qt, which makes every later import slower."""
    for name in names:
        importlib.import_module(f"{__name__}.{ON_FIRST_USE[name][0]}")


class Services:
    """All services over one database. ``db``, ``hub``, ``settings``, ``activities`` and
    ``pipelines`` exist from the start; the others (ON_FIRST_USE) are made once, on first use,
    from any thread; each is one object for the life of the container, as before."""

    db: Database
    hub: ChangeHub
    settings: SettingsService
    activities: ActivityService
    pipelines: PipelineService
    contacts: ContactService
    companies: CompanyService
    tags: TagService
    finder: Finder
    duplicates: DuplicateFinder
    merges: MergeService
    custom_fields: CustomFieldService
    saved_views: SavedViewService
    demo: DemoMode
    bulk: BulkService
    mail: MailService
    mail_merge: MailMergeService
    reports: ReportService
    deals: DealService
    backups: BackupService
    trash: TrashService
    importer: ImportService
    followups: FollowUpService
    followup_lists: FollowUpLists
    reminders: ReminderService
    exports: ExportService
    sync: SyncService

    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService, activities: ActivityService,
                 pipelines: PipelineService) -> None:
        self.db = db
        self.hub = hub
        self.settings = settings
        self.activities = activities
        self.pipelines = pipelines
        self._making = threading.RLock()  # one object per service, also when two threads ask at once

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes not set yet: the services made on first use.
        recipe = ON_FIRST_USE.get(name)
        if recipe is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        module, cls, needs = recipe
        with self._making:
            made = self.__dict__.get(name)
            if made is None:
                kind = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
                made = kind(*(getattr(self, need) for need in needs))
                setattr(self, name, made)
            return made

    def __repr__(self) -> str:
        made = ", ".join(k for k in self.__dict__ if not k.startswith("_"))
        return f"<Services over {self.db.path} ({made} made)>"


def build_services(db: Database, translate: Translate = str) -> Services:
    """All services over ``db``. ``translate`` names what a new database starts with (the
    default pipeline and its stages) in the reader's language; ``str`` keeps them English."""
    search.install()
    hub = ChangeHub()
    settings = SettingsService(db)
    activities = ActivityService(db, hub)
    pipelines = PipelineService(db, hub, translate)
    pipelines.ensure_default()
    return Services(db, hub, settings, activities, pipelines)
