"""Use cases of the CRM (no Qt). ``Services`` bundles them for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.backups import BackupService
from crm_desktop.services.bulk import BulkService
from crm_desktop.services.changes import ChangeHub
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
from crm_desktop.services.pipelines import PipelineService, Translate
from crm_desktop.services.reminders import ReminderService
from crm_desktop.services.reports import ReportService
from crm_desktop.services.saved_views import SavedViewService
from crm_desktop.services.settings import SettingsService
from crm_desktop.services.sync import SyncService
from crm_desktop.services.tags import TagService
from crm_desktop.services.trash import TrashService
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
    pipelines: PipelineService
    deals: DealService
    backups: BackupService
    trash: TrashService
    importer: ImportService
    followups: FollowUpService
    followup_lists: FollowUpLists
    reminders: ReminderService
    exports: ExportService
    sync: SyncService


def build_services(db: Database, translate: Translate = str) -> Services:
    """All services over ``db``. ``translate`` names what a new database starts with (the
    default pipeline and its stages) in the reader's language; ``str`` keeps them English."""
    search.install()
    hub = ChangeHub()
    settings = SettingsService(db)
    activities = ActivityService(db, hub)
    mail = MailService(db, hub, settings, activities)
    pipelines = PipelineService(db, hub, translate)
    pipelines.ensure_default()
    followups = FollowUpService(db, hub, activities)
    return Services(
        db=db,
        hub=hub,
        settings=settings,
        contacts=ContactService(db, hub, settings),
        companies=CompanyService(db, hub),
        activities=activities,
        tags=TagService(db),
        finder=Finder(db),
        duplicates=DuplicateFinder(db),
        merges=MergeService(db, hub),
        custom_fields=CustomFieldService(db, hub),
        saved_views=SavedViewService(db, hub),
        demo=DemoMode(db, hub, settings),
        bulk=BulkService(db, hub),
        mail=mail,
        mail_merge=MailMergeService(mail),
        reports=ReportService(db),
        pipelines=pipelines,
        deals=DealService(db, hub),
        backups=BackupService(db, hub, settings),
        trash=TrashService(db, hub),
        importer=ImportService(db, hub, settings),
        followups=followups,
        followup_lists=FollowUpLists(followups),
        reminders=ReminderService(followups),
        exports=ExportService(db),
        sync=SyncService(db, hub, settings),
    )
