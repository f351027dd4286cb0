"""SQLite storage: models, engine, migrations and full-text search. No Qt here."""
