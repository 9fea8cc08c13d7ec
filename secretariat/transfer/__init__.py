"""Whole databases moved as they are: the archive (backup and restore) and `secretariat copy`."""
