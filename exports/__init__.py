"""Exports: bilingual PDF briefing packs and Excel workbooks out, workbooks back in (Qt-free)."""
