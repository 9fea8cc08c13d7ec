"""Workbooks coming back in: an exported workbook edited offline, or one filled by hand, read,
checked, previewed and applied in one transaction (`importer` is the entry point)."""
