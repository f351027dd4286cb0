"""Files in and out: readers, mapping, import, export and spreadsheet sync. No Qt."""
