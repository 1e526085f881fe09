"""Names vulture (`make lint`) takes for dead code but that are used: by Qt, SQLModel, a registry or a lookup by
name. Kept short: code nothing calls is removed, not listed here."""
