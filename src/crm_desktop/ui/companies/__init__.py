"""The Companies view: lazy table, search, detail pane with the company's people."""
