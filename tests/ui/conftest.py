"""The interface in English, as the app starts it: with its translator installed, which holds
the English plural forms ("1 plan", "2 plans"); tests that switch language put it back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: QApplication) -> None:
    i18n.install_translators("en")
