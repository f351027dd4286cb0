"""The reports dashboard view, its charts, drill-down and PDF export."""
