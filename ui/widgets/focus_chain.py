"""An explicit Tab order for forms that are filled in from the keyboard.

Qt's own focus chain is built from widget creation order and breaks on composite fields (a
field that creates a child popup menu before its editor loops Tab between its own parts, as
seen with Qt 6.12). A dialog that owns a FocusChain moves the focus itself: Tab and
Shift+Tab go through the listed stops, skipping hidden and disabled ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from secretariat.models import LANGUAGES
from ui.widgets.multilingual import MultilingualEdit

Stop = QWidget | Callable[[], Iterable[QWidget]]


class FocusChain:
    """Stops in Tab order; a stop is a widget, or a callable giving widgets (for parts that
    come and go, such as a field's other languages)."""

    def __init__(self, stops: Sequence[Stop]) -> None:
        self._stops = list(stops)

    def widgets(self) -> list[QWidget]:
        """The stops that can take the focus now, in order."""
        found: list[QWidget] = []
        for stop in self._stops:
            found.extend([stop] if isinstance(stop, QWidget) else stop())
        return [widget for widget in found if _focusable(widget)]

    def move(self, forward: bool) -> bool:
        """Focus the next (or previous) stop after the focused widget; False when the focus
        is outside the chain (Qt's own order then applies)."""
        widgets = self.widgets()
        focused = QApplication.focusWidget()
        position = _position_of(focused, widgets)
        if position is None or not widgets:
            return False
        step = 1 if forward else -1
        target = widgets[(position + step) % len(widgets)]
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True


def _focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _position_of(focused: QWidget | None, widgets: list[QWidget]) -> int | None:
    """The stop that is, or contains, or is the focus proxy of, the focused widget."""
    for position, widget in enumerate(widgets):
        if focused is widget or (focused is not None and widget.isAncestorOf(focused)):
            return position
        if focused is not None and widget.focusProxy() is focused:
            return position
    return None


def language_stops(
    edit: MultilingualEdit, working: Callable[[], Sequence[str]]
) -> Callable[[], list[QWidget]]:
    """The stops of a text written per language: the working languages' editors, the button
    that shows the other languages, then those (when shown)."""

    def widgets() -> list[QWidget]:
        first = [edit.editor(language) for language in working()]
        others = [edit.editor(language) for language in LANGUAGES if language not in working()]
        return [*first, *edit.findChildren(QToolButton), *others]

    return widgets
