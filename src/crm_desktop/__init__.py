"""crm-desktop: a local-first desktop CRM for small businesses."""

__version__ = "0.1.0"
APP_NAME = "CRM Desktop"
APP_ID = "crm-desktop"
ORG_NAME = "crm-desktop"
DESKTOP_ID = "app.crmdesktop.CrmDesktop"  # .desktop file, AppStream id, icon name
