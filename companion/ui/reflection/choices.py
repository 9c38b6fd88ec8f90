"""Choices for the reflection toolkit in one place (each is also offered where it applies).

Kept inside the vault. Every box follows the setting if it is changed elsewhere
(e.g. "Don't offer this again" on an invitation), through Session.setting_changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from companion.ui.reflection import preferences as prefs
from companion.ui.session import Session
from companion.ui.widgets.common import card, label, named
from companion.ui.widgets.reflow import WrappingCheckBox


class ChoicesWidget(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._loading = False
        frame, lay = card(18)
        lay.addWidget(label(self.tr("Choices"), "heading"))
        lay.addWidget(label(self.tr("Everything here is optional and can be changed at any time."), "muted"))
        # (check boxes whose words wrap: at 200% text the long ones are wider than the card)
        self.invitation_check = named(
            WrappingCheckBox(self.tr("After a hard check-in or a heavy entry, offer a grounding exercise")),
            self.tr("Offer a grounding exercise after a hard check-in or a heavy entry"),
            self.tr("A quiet note on the page, never a pop-up."))
        self.threshold_spin = named(QSpinBox(), self.tr("Offer grounding when distress is at least"))
        self.threshold_spin.setRange(1, 10)
        self.threshold_spin.setSuffix(self.tr(" of 10"))
        threshold_row = QHBoxLayout()
        threshold_row.setContentsMargins(24, 0, 0, 0)
        threshold_row.addWidget(label(self.tr("When distress is at least"), wrap=False, buddy=self.threshold_spin))
        threshold_row.addWidget(self.threshold_spin)
        threshold_row.addStretch(1)
        self.prompts_check = named(WrappingCheckBox(self.tr("Offer a prompt of the day")),
                                   self.tr("Offer a prompt of the day"))
        self.insights_check = named(WrappingCheckBox(self.tr("Show insights (charts of check-ins)")),
                                    self.tr("Show insights"))
        self.on_this_day_check = named(WrappingCheckBox(self.tr("In Insights, show entries from this day in earlier years")),
                                       self.tr("Show entries from this day in earlier years"),
                                       self.tr("Never entries marked never resurface; entries with a content "
                                               "note only when you ask."))
        self._checks = {
            prefs.GROUNDING_INVITATION: self.invitation_check,
            prefs.PROMPTS_DAILY: self.prompts_check,
            prefs.INSIGHTS_SHOWN: self.insights_check,
            prefs.ON_THIS_DAY: self.on_this_day_check,
        }
        lay.addWidget(self.invitation_check)
        lay.addLayout(threshold_row)
        lay.addWidget(self.prompts_check)
        lay.addWidget(self.insights_check)
        lay.addWidget(self.on_this_day_check)
        for key, check in self._checks.items():
            check.toggled.connect(lambda on, k=key: self._set(k, on))
        self.threshold_spin.valueChanged.connect(lambda v: self._set(prefs.GROUNDING_THRESHOLD, int(v)))
        frame.setMaximumWidth(720)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 8, 12, 12)
        col.addWidget(frame)
        col.addStretch(1)
        session.setting_changed.connect(self._on_setting_changed)

    def refresh(self) -> None:
        self._loading = True
        try:
            for key, check in self._checks.items():
                check.setChecked(bool(prefs.get(self.session, key)))
            self.threshold_spin.setValue(int(prefs.get(self.session, prefs.GROUNDING_THRESHOLD)))
            self.threshold_spin.setEnabled(self.invitation_check.isChecked())
        finally:
            self._loading = False

    def _set(self, key: str, value) -> None:
        if self._loading or not self.session.is_open:
            return
        self.session.set_setting(key, value)

    def _on_setting_changed(self, key: str, _value) -> None:
        if key in self._checks or key == prefs.GROUNDING_THRESHOLD:
            self.refresh()

    def forget(self) -> None:
        self._loading = True
        try:
            for check in self._checks.values():
                check.setChecked(False)
        finally:
            self._loading = False
