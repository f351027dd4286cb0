"""Pure Python rules of the CRM: no database, no Qt."""
