"""Small building blocks that make every control named, labelled and keyboard-reachable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def named(widget, name: str, description: str = ""):
    """Give a control the name a screen reader will speak (and return it)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def plain_text(lab: QLabel) -> QLabel:
    """Never interpret a label's text as HTML (for text that can come from outside)."""
    from PySide6.QtCore import Qt

    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


def label(text: str, role: str = "", *, wrap: bool = True, buddy: QWidget | None = None,
          plain: bool = True) -> QLabel:
    """A label; plain=False only for fixed text on the start-up path (see plain_text)."""
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if role:
        lab.setProperty("role", role)
    if buddy is not None:
        lab.setBuddy(buddy)
    if plain:
        plain_text(lab)
    return lab


def button(text: str, accessible: str | None = None, *, primary: bool = False, role: str = "",
           tooltip: str = "") -> QPushButton:
    b = QPushButton(text)
    named(b, accessible or text.replace("&", ""))
    if primary:
        b.setProperty("primary", True)
        b.setDefault(True)
    if role:
        b.setProperty("role", role)
    if tooltip:
        b.setToolTip(tooltip)
    b.setAutoDefault(primary)
    return b


def card(layout_margins: int = 28) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(layout_margins, layout_margins, layout_margins, layout_margins)
    lay.setSpacing(12)
    return frame, lay


def centered(inner: QWidget, max_width: int = 560) -> QWidget:
    """Centre a card in a page, with calm space around it."""
    inner.setMaximumWidth(max_width)
    inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    outer = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 10)
    row.addStretch(1)
    col = QVBoxLayout(outer)
    col.setContentsMargins(24, 24, 24, 24)
    col.addStretch(1)
    col.addLayout(row)
    col.addStretch(2)
    return outer


def hbox(*widgets: QWidget, grow: QWidget | None = None, end: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """Widgets side by side in reading (and keyboard) order. `grow` takes the spare room; without
    it the spare room goes after `widgets`, and `end` (if any) stands at the far end."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grow else 0)
    if grow is None:
        row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row


def held(layout) -> QWidget:
    """A plain widget holding `layout` without margins: a row where a widget is wanted (a form's field)."""
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def field_row(field: QWidget, action: QWidget) -> QWidget:
    """A field that takes the width with its button after it, e.g. a path and "Choose…"."""
    return held(hbox(field, action, grow=field))


def form_layout(horizontal: int = 14, vertical: int = 10):
    """A QFormLayout whose fields take the width, with the spacing Settings uses."""
    from PySide6.QtWidgets import QFormLayout

    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setHorizontalSpacing(horizontal)
    form.setVerticalSpacing(vertical)
    return form


def fill_with(widget: QWidget, child: QWidget) -> QVBoxLayout:
    """Give `widget` a column without margins holding `child`, which fills it (the column is returned)."""
    lay = QVBoxLayout(widget)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(child)
    return lay


def forget_text(edit: QLineEdit) -> None:
    """Empty a line edit *and* its undo history (clear() alone can be undone)."""
    edit.setText("")


class PassphraseField(QWidget):
    """A password line edit with a Show/Hide toggle. `edit` is the focusable field."""

    returnPressed = Signal()

    def __init__(self, accessible: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = named(QLineEdit(), accessible)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self.returnPressed)
        self.toggle = named(QPushButton(self.tr("Show")), self.tr("Show passphrase"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))

    def text(self) -> str:
        return self.edit.text()

    def forget(self) -> None:
        forget_text(self.edit)
        self.toggle.setChecked(False)


class StrengthMeter(QWidget):
    """Words first ("Fair: longer is stronger"), with a bar as a second cue."""

    def __init__(self, parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar.setMaximumWidth(120)
        self.text = label("", "muted")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.bar)
        lay.addWidget(self.text, 1)
        self.update_for("")

    def update_for(self, passphrase: str) -> int:
        from companion.ui.strength import estimate

        level = estimate(passphrase).level
        words = {
            0: self.tr("At least 8 characters, please. A few unrelated words work well."),
            1: self.tr("Weak: easy to guess. Try adding a few more words."),
            2: self.tr("Fair. A longer phrase would be stronger."),
            3: self.tr("Strong."),
            4: self.tr("Very strong."),
        }
        self.bar.setValue(level)
        self.text.setText(words[level] if passphrase else self.tr("A few unrelated words are easy to remember and hard to guess."))
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setAccessibleDescription(self.text.text())
        return level


class BusyLine(QWidget):
    """A quiet progress indication: a thin bar (or only words when motion is reduced)."""

    def __init__(self, reduced_motion, parent: QWidget | None = None):
        super().__init__(parent)
        self._reduced_motion = reduced_motion  # a bool, or a callable asked when needed
        self.bar: QProgressBar | None = None  # made on first use
        self.text = label("", "status", plain=False)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.addWidget(self.text)
        self.stop()

    def start(self, words: str) -> None:
        self.text.setText(words)
        self.text.setVisible(True)
        if not self.reduced_motion:
            if self.bar is None:
                from PySide6.QtCore import Qt

                self.bar = QProgressBar()
                self.bar.setRange(0, 0)
                self.bar.setTextVisible(False)
                self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self._lay.insertWidget(0, self.bar)
            self.bar.setVisible(True)
        self.setVisible(True)

    @property
    def reduced_motion(self) -> bool:
        value = self._reduced_motion
        return bool(value() if callable(value) else value)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.setVisible(False)
        self.text.setText("")
        self.setVisible(False)


# -- large text (WCAG 1.4.4 and 1.4.10): rows that wrap, boxes whose words wrap, bodies that scroll --
# (Qt and QStyle are imported inside the functions: this module is on the unlock screen's start path,
# where building those namespaces costs time; see tests/ui/test_startup_path.py.)
