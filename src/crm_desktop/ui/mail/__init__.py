"""Email in the GUI: settings, composer, templates, mail merge, fetching replies."""
