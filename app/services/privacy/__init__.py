"""Personal data: erasure, retention, pseudonyms, the names policy and the access record."""
