"""Use cases of the CRM (no Qt). ``Services`` bundles them for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.changes import ChangeHub
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.followup_lists import FollowUpLists
from crm_desktop.services.followups import FollowUpService
from crm_desktop.services.reminders import ReminderService
from crm_desktop.services.settings import SettingsService
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
    followups: FollowUpService
    followup_lists: FollowUpLists
    reminders: ReminderService


def build_services(db: Database) -> Services:
    search.install()
    hub = ChangeHub()
    settings = SettingsService(db)
    activities = ActivityService(db, hub)
    followups = FollowUpService(db, hub, activities)
    return Services(
        db=db,
        hub=hub,
        settings=settings,
        contacts=ContactService(db, hub, settings),
        companies=CompanyService(db, hub),
        activities=activities,
        tags=TagService(db),
        followups=followups,
        followup_lists=FollowUpLists(followups),
        reminders=ReminderService(followups),
    )
