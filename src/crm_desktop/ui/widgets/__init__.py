"""Widgets shared by several views: the lazy record table, search bar, timeline, empty states."""
