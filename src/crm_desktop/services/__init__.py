"""Use cases of the CRM (no Qt). ``Services`` bundles them for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.changes import ChangeHub
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.exporting import ExportService
from crm_desktop.services.settings import SettingsService
from crm_desktop.services.sync import SyncService
from crm_desktop.services.tags import TagService
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database


@dataclass
class Services:
    db: Database
    hub: ChangeHub
    settings: SettingsService
    contacts: ContactService
    companies: CompanyService
    activities: ActivityService
    tags: TagService
    exports: ExportService
    sync: SyncService


def build_services(db: Database) -> Services:
    search.install()
    hub = ChangeHub()
    settings = SettingsService(db)
    return Services(
        db=db,
        hub=hub,
        settings=settings,
        contacts=ContactService(db, hub, settings),
        companies=CompanyService(db, hub),
        activities=ActivityService(db, hub),
        tags=TagService(db),
        exports=ExportService(db),
        sync=SyncService(db, hub, settings),
    )
