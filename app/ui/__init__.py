"""The PySide6 desktop GUI. It reaches data only through ``app.services``."""
