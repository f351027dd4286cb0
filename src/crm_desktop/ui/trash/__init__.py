"""The Trash view: deleted records, restore, delete forever."""
