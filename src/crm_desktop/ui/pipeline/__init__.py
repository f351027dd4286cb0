"""The pipeline board: deals as cards in stage columns, the deal dialog, pipeline settings."""
