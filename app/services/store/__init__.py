"""The record store: the one write funnel and its change log, the clock, the schema, validation, queries
and the entity registry every other part reads."""
