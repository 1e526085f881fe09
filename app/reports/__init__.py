"""PDF reports and spreadsheets (no Qt here)."""
