"""All mapped tables. Import from here: ``from crm_desktop.storage.models import Contact``."""

from crm_desktop.storage.base import Base
from crm_desktop.storage.models.core import (
    Activity,
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    CustomField,
    CustomValue,
    Setting,
    Tag,
    company_tags,
    contact_tags,
)
from crm_desktop.storage.models.deals import Deal, Pipeline, Stage, StageHistory, deal_tags
from crm_desktop.storage.models.followups import FollowUp
from crm_desktop.storage.models.imports import ImportBatch, ImportItem
from crm_desktop.storage.models.mail import (
    ImapState,
    MailAccount,
    MailTemplate,
    MergeJob,
    MergeRecipient,
)
from crm_desktop.storage.models.merges import MergeLog, SavedView
from crm_desktop.storage.models.sync import SyncLink, SyncRow
from crm_desktop.storage.models.trash import TRASH_INDEXES  # noqa: F401 - attaches the indexes

__all__ = [
    "Activity",
    "Base",
    "Company",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "CustomField",
    "CustomValue",
    "Deal",
    "FollowUp",
    "MergeLog",
    "ImapState",
    "MailAccount",
    "MailTemplate",
    "MergeJob",
    "MergeRecipient",
    "ImportBatch",
    "ImportItem",
    "Pipeline",
    "SavedView",
    "Setting",
    "Stage",
    "StageHistory",
    "SyncLink",
    "SyncRow",
    "Tag",
    "company_tags",
    "contact_tags",
    "deal_tags",
]
