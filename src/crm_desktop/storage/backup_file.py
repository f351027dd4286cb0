"""Compatibility name: ``backup_to(db_path, target)`` lives in storage.backup."""

from crm_desktop.storage.backup import backup_to

__all__ = ["backup_to"]
