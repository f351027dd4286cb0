"""The Contacts view: lazy table, search, detail pane, dialogs and bulk actions."""
