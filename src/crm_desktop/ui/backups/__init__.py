"""Backups, restore, database checks and start-up safety in the window."""
