"""The About box: version, the database in use, and the bundled font's licence."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat import __version__
from ui.context import AppContext


def about_text(context: AppContext) -> str:
    translate = QCoreApplication.translate
    lines = [
        f"<h3>Secretariat {html.escape(__version__)}</h3>",
        "<p>"
        + translate(
            "About",
            "Records, indicators and bilingual briefing packs for a joint committee's secretariat.",
        )
        + "</p>",
        "<p>"
        + translate("About", "Database: {location}").format(
            location=html.escape(context.db.describe())
        )
        + "</p>",
        "<p>"
        + translate(
            "About",
            "Korean and Chinese text is shown with WenQuanYi Micro Hei "
            "(Apache License 2.0), bundled with the app.",
        )
        + "</p>",
        f"<p>Qt {html.escape(qVersion())}</p>",
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, context: AppContext) -> None:
    title = QCoreApplication.translate("About", "About Secretariat")
    QMessageBox.about(parent, title, about_text(context))
