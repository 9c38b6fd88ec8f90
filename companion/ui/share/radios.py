"""Radio buttons that Tab reaches one by one (Qt's exclusive groups let Tab stop on only one)."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton


def tab_reachable_radios(buttons: list[QRadioButton]) -> None:
    """Make `buttons` behave as one choice (exactly one checked) while each stays in the Tab chain.

    Space or a click checks a button and unchecks the others; unchecking the checked one
    by itself is refused, as in an ordinary radio group.
    """

    def toggled(button: QRadioButton, on: bool) -> None:
        if on:
            for other in buttons:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        elif not any(b.isChecked() for b in buttons):
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    for button in buttons:
        button.setAutoExclusive(False)
        button.toggled.connect(lambda on, b=button: toggled(b, on))
