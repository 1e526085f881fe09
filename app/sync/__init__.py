"""Sync bundles between field offices and headquarters (no Qt here)."""
