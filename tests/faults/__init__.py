"""The standing fault suite (`make faults`, docs/faults.md); not collected by pytest."""
