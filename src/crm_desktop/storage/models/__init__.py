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
from crm_desktop.storage.models.sync import SyncLink, SyncRow

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
    "Pipeline",
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
