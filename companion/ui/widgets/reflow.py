"""Layouts and controls that reflow when the text is large (up to 200%), so nothing is clipped.

Kept apart from widgets/common.py because the unlock screen needs none of it: PySide6
reads the source of each module imported after it, so a smaller start-up path is faster.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)



def text_scale(widget: QWidget) -> float:
    """How large the widget's text is compared with Companion's normal size (1.0 at 100%)."""
    from companion.ui.theme import BASE_POINT_SIZE

    size = widget.font().pointSizeF()
    return size / BASE_POINT_SIZE if size > 0 else 1.0


class FlowLayout(QLayout):
    """Items in a row that wraps onto further rows when the width runs out, like words in a
    paragraph, so a bar of buttons or a row of fields never makes a window wider than the screen
    at large text. Items keep their order (reading order, and so keyboard order); items whose
    horizontal size policy can expand share the spare width of their row."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, row_spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt API
        from PySide6.QtCore import Qt

        if any(item.expandingDirections() & Qt.Orientation.Horizontal for item in self._shown()):
            return Qt.Orientation.Horizontal
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one row (what it looks like when there is room)."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items) + self._spacing * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return self._with_margins(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest single item: every row can wrap down to that."""
        items = self._shown()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        return self._with_margins(width, height)

    # -- arranging ---------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, width: int, height: int) -> QSize:
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
        return min(max(height, item.minimumSize().height()), item.maximumSize().height())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        from PySide6.QtCore import Qt

        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        room = max(1, area.width())
        rows: list[list[list]] = []
        used = 0
        for item in self._shown():
            width = min(max(item.sizeHint().width(), item.minimumSize().width()), room)
            if rows and rows[-1] and used + self._spacing + width > room:
                rows.append([])
                used = 0
            if not rows:
                rows.append([])
            used += (self._spacing if rows[-1] else 0) + width
            rows[-1].append([item, width])
        mirrored = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        y = area.y()
        for row in rows:
            spare = room - sum(w for _i, w in row) - self._spacing * (len(row) - 1)
            growers = [entry for entry in row if entry[0].expandingDirections() & Qt.Orientation.Horizontal]
            while spare > 0 and growers:
                share = max(1, spare // len(growers))
                for entry in list(growers):
                    extra = min(share, spare, entry[0].maximumSize().width() - entry[1])
                    entry[1] += max(0, extra)
                    spare -= max(0, extra)
                    if extra <= 0 or entry[1] >= entry[0].maximumSize().width():
                        growers.remove(entry)
                    if spare <= 0:
                        break
            height = max(self._height(item, width) for item, width in row)
            if apply:
                x = area.x()
                for item, width in row:
                    own = self._height(item, width)
                    left = area.x() + area.right() - x - width + 1 if mirrored else x
                    item.setGeometry(QRect(left, y + (height - own) // 2, width, own))
                    x += width + self._spacing
            y += height + self._row_spacing
        if rows:
            y -= self._row_spacing
        return y - area.y() + m.top() + m.bottom()


def flow_row(*widgets: QWidget, spacing: int = 8, row_spacing: int = 6) -> QWidget:
    """A plain widget holding `widgets` in a FlowLayout (keeps them together as one item)."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing=spacing, row_spacing=row_spacing)
    for widget in widgets:
        flow.addWidget(widget)
    return holder


class _SameWidth(QObject):
    """Keeps widgets as wide as the widest of them, again whenever a font or style changes."""

    def __init__(self, widgets: list[QWidget]):
        super().__init__(widgets[0])
        self._widgets = widgets
        self._pending = False
        for widget in widgets:
            widget.installEventFilter(self)
        self._sync()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kinds = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish, QEvent.Type.LanguageChange)
        if event.type() in kinds and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._sync)  # once every widget has its new font
        return False

    @staticmethod
    def _natural_width(widget: QWidget) -> int:
        if isinstance(widget, QLabel):  # (a label's size hint includes the minimum set here before)
            m = widget.contentsMargins()
            return (widget.fontMetrics().horizontalAdvance(widget.text()) + m.left() + m.right()
                    + 2 * widget.margin() + max(0, widget.indent()) + 1)
        widget.setMinimumWidth(0)
        return widget.sizeHint().width()

    def _sync(self) -> None:
        self._pending = False
        width = max(self._natural_width(widget) for widget in self._widgets)
        for widget in self._widgets:
            widget.setMinimumWidth(width)


def same_width(*widgets: QWidget) -> None:
    """Line up widgets that start (or end) rows of a FlowLayout, as the columns of a form would."""
    _SameWidth(list(widgets))

class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap. A QCheckBox's own text never wraps, so a long one is cut
    off at large text or in a narrow window; here the words are a word-wrapped label inside the
    box's own area. Clicking the words toggles it, the focus ring surrounds both, and the check
    box itself keeps the keyboard focus (Space), the accessible name and description (set them
    with `named`, as for any control). `text()` stays empty for Qt; `words()` gives the words."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.words_label = QLabel(text, self)
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setBuddy(self)
        self.words_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the box
        # the box beside the first line rather than the middle of a paragraph
        self.setStyleSheet("QCheckBox::indicator { subcontrol-position: left top; }")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def words(self) -> str:
        return self.words_label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - (Python callers only; Qt's text stays empty)
        self.words_label.setText(text)
        self.updateGeometry()

    def _inner(self, rect: QRect | None = None) -> QRect:
        """Where the words go: the room a check box keeps for its text."""
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        if rect is not None:
            option.rect = rect
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)

    def _insets(self) -> tuple[int, int, int, int]:
        probe = QRect(0, 0, 400, 200)
        inner = self._inner(probe)
        return inner.left(), inner.top(), probe.right() - inner.right(), probe.bottom() - inner.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        left, top, right, bottom = self._insets()
        words = self.words_label.sizeHint()
        own = super().sizeHint()
        return QSize(left + words.width() + right, max(own.height(), top + words.height() + bottom))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        left, top, right, bottom = self._insets()
        words = self.words_label.minimumSizeHint()
        own = super().minimumSizeHint()
        return QSize(left + words.width() + right, max(own.height(), top + words.height() + bottom))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        left, top, right, bottom = self._insets()
        words = self.words_label.heightForWidth(max(1, width - left - right))
        return max(super().sizeHint().height(), top + words + bottom)

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt API
        return self.rect().contains(pos)  # the words too, not only the little box

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.words_label.setGeometry(self._inner())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the words changed size (text, font)
            self.updateGeometry()
            self.words_label.setGeometry(self._inner())
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


class _ScrollContent(QWidget):
    """What a ScrollBody holds: as tall as its content's *minimum* at its width (wrapped text
    included), so stretchable parts (lists, text boxes) give way before anything scrolls."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return self.layout() is not None and self.layout().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.layout().totalMinimumHeightForWidth(width)

    def preferred_height(self, width: int) -> int:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return self.sizeHint().height()


def scroll_area(inner: QWidget, *, frame: bool = True, area: QScrollArea | None = None) -> QScrollArea:
    """`inner` in a scroll area (a new one, or `area`) that sizes it to its width and never takes
    the focus itself: the controls inside take it, and the area scrolls to them. frame=False
    drops the frame line. Sideways scrolling is left as Qt has it (as needed); see ScrollBody."""
    from PySide6.QtCore import Qt

    area = area if area is not None else QScrollArea()
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


class ScrollBody(QScrollArea):
    """The body of a dialog or page: it scrolls up and down (never sideways) when it is taller than
    the room it has, e.g. at 200% text on a short screen, so nothing is ever squeezed or cut off.
    Put the content in `body_layout`. fit_to_content() opens a dialog tall enough to show all of
    it when the screen allows."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = _ScrollContent()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(spacing)
        scroll_area(self.body, frame=False, area=self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        own = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        inner = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        return QSize(max(own.width(), inner + bar + 2 * self.frameWidth()), own.height())

    def content_height(self, width: int | None = None) -> int:
        """The height the content would like at `width` (by default the width it has now)."""
        if width is None:
            width = self.contentsRect().width()
        return max(self.body.preferred_height(width), self.body.minimumSizeHint().height())


def fit_to_content(window: QWidget, base: QSize | None = None) -> None:
    """Size a dialog for its content at the current text size, never beyond the screen.

    `base` is the size it would open at with 100% text; it grows with the text size, and the
    height grows further if the content's minimum (wrapped text included) needs it. Without
    a base the dialog takes the size its content prefers. A ScrollBody inside scrolls
    whatever the screen cannot show."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    frame = 40 if not window.isVisible() else max(0, window.frameGeometry().height() - window.height())
    max_w, max_h = room.width(), max(200, room.height() - frame)
    window.ensurePolished()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    scale = text_scale(window)
    width = window.sizeHint().width()
    height = 0
    if base is not None:
        width = max(width, round(base.width() * scale))
        height = round(base.height() * scale)
    width = min(max(width, window.minimumSizeHint().width()), max_w)
    window.resize(width, max(window.height(), 1))
    for _ in range(2):  # a second pass settles a scroll bar that came or went
        layout.invalidate()
        layout.activate()
        bodies = [b for b in window.findChildren(ScrollBody) if b.isVisibleTo(window) and b.window() is window]
        if bodies:
            now = window.height()
            preferred = now + sum(b.content_height() - b.contentsRect().height() for b in bodies)
            least = now + sum(b.body.heightForWidth(b.contentsRect().width()) - b.contentsRect().height()
                              for b in bodies if b.body.hasHeightForWidth())
        elif layout.hasHeightForWidth():
            preferred = layout.totalHeightForWidth(width)
            least = layout.totalMinimumHeightForWidth(width)
        else:
            preferred = layout.totalSizeHint().height()
            least = layout.totalMinimumSize().height()
        least = max(least, window.minimumSizeHint().height())
        need = max(least, height) if base is not None else max(least, preferred)
        window.resize(width, min(need, max_h))

class SideBySide(QWidget):
    """Panes side by side while they all fit, one above the other when they do not (large text, a
    narrow window). It never asks for more width than its widest pane, so it cannot make a window
    wider than the screen; the panes keep their order either way (and so the keyboard order)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 18):
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self._panes: list[tuple[QWidget, int]] = []
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._panes.append((widget, stretch))
        self._box.addWidget(widget, stretch)

    @property
    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _shown(self) -> list[tuple[QWidget, int]]:
        return [(w, s) for w, s in self._panes if not w.isHidden()]

    @staticmethod
    def _min_width(widget: QWidget) -> int:
        return max(widget.minimumSizeHint().width(), widget.minimumWidth())

    def width_side_by_side(self) -> int:
        shown = self._shown()
        return sum(self._min_width(w) for w, _s in shown) + self._box.spacing() * max(0, len(shown) - 1)

    def _arrange_for(self, width: int) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if width >= self.width_side_by_side()
                  else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        shown = self._shown()
        width = max((self._min_width(w) for w, _s in shown), default=0)
        return QSize(width, self._box.totalMinimumSize().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        shown = self._shown()
        if not shown:
            return 0

        def pane_height(widget: QWidget, w: int) -> int:
            h = widget.heightForWidth(w) if widget.hasHeightForWidth() else widget.sizeHint().height()
            return max(h, widget.minimumSizeHint().height())

        if width < self.width_side_by_side():
            return sum(pane_height(w, width) for w, _s in shown) + self._box.spacing() * (len(shown) - 1)
        room = width - self._box.spacing() * (len(shown) - 1)
        total = sum(s for _w, s in shown) or len(shown)
        return max(pane_height(w, max(self._min_width(w), room * (s or 1) // total)) for w, s in shown)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._arrange_for(event.size().width())
        super().resizeEvent(event)
