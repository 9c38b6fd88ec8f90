"""Insights: gentle charts of check-ins, before/after exercises, a calendar, and "on this day".

Framed first, in words: healing isn't a straight line, and these are patterns, not
grades. The person can hide insights entirely; while hidden nothing is read or worked
out. "On this day" is opt-in, never shows entries marked never-resurface, and shows
entries with a content note only when asked (that choice is not remembered).
Every chart has its facts in a sentence beside it (also its accessible description).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.stats import TrendSummary
from companion.ui.reflection import preferences as prefs
from companion.ui.reflection.charts import (
    ChartView,
    before_after_chart,
    describe_before_after,
    describe_series,
    line_chart,
)
from companion.ui.reflection.gather import HEATMAP_WEEKS, InsightsData, gather_insights
from companion.ui.reflection.heatmap import HeatMapWidget
from companion.ui.reflection.models import EntryListModel, Roles, mood_text
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named
from companion.ui.widgets.reflow import WrappingCheckBox, scroll_area


class InsightsPage(QWidget):
    def __init__(self, session: Session, open_entry: Callable[[int], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._open_entry = open_entry
        self._generation = 0
        self._stale = True
        self._titles: dict[str, str] | None = None
        self.today: date | None = None  # tests pin the day
        self.data: InsightsData | None = None
        self.memories = EntryListModel(self)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_hidden())
        self.stack.addWidget(self._build_shown())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        session.locked.connect(lambda _r: self.forget())
        session.setting_changed.connect(self._on_setting_changed)

    # -- layout ------------------------------------------------------------------------------------
    def _build_hidden(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(8, 16, 8, 8)
        frame, lay = card(20)
        lay.addWidget(label(self.tr("Insights are hidden"), "heading"))
        lay.addWidget(label(self.tr("Nothing is worked out or shown while they are hidden. Your check-ins are "
                                    "still kept, and you can look whenever you want to, or never."), "muted"))
        self.show_button = button(self.tr("Show insights"), self.tr("Show insights"))
        self.show_button.clicked.connect(lambda: self.set_shown(True))
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addStretch(1)
        lay.addLayout(row)
        frame.setMaximumWidth(640)
        col.addWidget(frame)
        col.addStretch(1)
        self.hidden_page = page
        return page

    def _build_shown(self) -> QWidget:
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(4, 8, 12, 16)
        col.setSpacing(12)

        intro, intro_lay = card(16)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Healing isn't a straight line"), "heading"), 1)
        self.period_combo = named(QComboBox(), self.tr("Period shown"))
        for key, text in (("week", self.tr("Past week")), ("month", self.tr("Past month")),
                          ("year", self.tr("Past year"))):
            self.period_combo.addItem(text, key)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        top.addWidget(label(self.tr("Show"), wrap=False, buddy=self.period_combo))
        top.addWidget(self.period_combo)
        self.hide_button = button(self.tr("Hide insights"), self.tr("Hide insights entirely"))
        self.hide_button.clicked.connect(lambda: self.set_shown(False))
        top.addWidget(self.hide_button)
        intro_lay.addLayout(top)
        intro_lay.addWidget(label(self.tr(
            "Ups and downs are part of it, and a hard week says nothing about how far you've come. These are "
            "patterns, not grades; empty days are simply empty."), "muted"))
        col.addWidget(intro)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.mood_view = ChartView(self.tr("Mood over time"))
        self.distress_view = ChartView(self.tr("Distress over time"))
        for view in (self.mood_view, self.distress_view):
            view.setFixedHeight(300)
        charts.addWidget(self.mood_view, 1)
        charts.addWidget(self.distress_view, 1)
        col.addLayout(charts)
        self.summary = label("", "muted")
        self.summary.setAccessibleName(self.tr("Summary of the period"))
        col.addWidget(self.summary)

        heat_card, heat_lay = card(16)
        heat_lay.addWidget(label(self.tr("Days with check-ins"), "heading"))
        heat_row = QHBoxLayout()
        heat_row.setSpacing(18)
        self.heatmap = HeatMapWidget()
        heat_row.addWidget(self.heatmap, 0, Qt.AlignmentFlag.AlignTop)
        heat_words = QVBoxLayout()
        heat_words.addWidget(label(self.tr("The last %1 weeks, Monday at the top. Shading and the number in a day "
                                           "both show how many check-ins it had; an empty day is simply empty.")
                                   .replace("%1", str(HEATMAP_WEEKS)), "muted"))
        self.heat_text = label("", "muted")
        heat_words.addWidget(self.heat_text)
        heat_words.addStretch(1)
        heat_row.addLayout(heat_words, 1)
        heat_lay.addLayout(heat_row)
        col.addWidget(heat_card)

        exercise_card, ex_lay = card(16)
        self.exercise_view = ChartView(self.tr("Distress before and after exercises"))
        ex_lay.addWidget(self.exercise_view)
        self.exercise_text = label("", "muted")
        ex_lay.addWidget(self.exercise_text)
        col.addWidget(exercise_card)

        memories, mem_lay = card(16)
        mem_lay.addWidget(label(self.tr("On this day"), "heading"))
        self.on_this_day_check = named(WrappingCheckBox(self.tr("Show entries from this day in earlier years")),
                                       self.tr("Show entries from this day in earlier years"),
                                       self.tr("Entries marked never resurface are never shown."))
        self.on_this_day_check.toggled.connect(self._on_on_this_day_toggled)
        self.sensitive_check = named(WrappingCheckBox(self.tr("Include entries with a content note this time")),
                                     self.tr("Include entries with a content note this time"))
        self.sensitive_check.toggled.connect(lambda _on: self.refresh())
        mem_lay.addWidget(self.on_this_day_check)
        mem_lay.addWidget(self.sensitive_check)
        self.memory_text = label("", "muted")
        mem_lay.addWidget(self.memory_text)
        self.memory_view = named(QListView(), self.tr("Entries from this day in earlier years"))
        self.memory_view.setModel(self.memories)
        self.memory_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memory_view.setWordWrap(True)
        self.memory_view.activated.connect(lambda _i: self._open_selected())
        mem_lay.addWidget(self.memory_view)
        self.open_button = button(self.tr("Open in the journal"), self.tr("Open the chosen entry in the journal"))
        self.open_button.clicked.connect(self._open_selected)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        mem_lay.addLayout(open_row)
        col.addWidget(memories)
        self.error = label("", "status")
        col.addWidget(self.error)
        col.addStretch(1)

        self.scroll = scroll_area(inner)
        self.shown_page = self.scroll
        self._show_memory_controls()
        return self.scroll

    # -- state -------------------------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        return bool(prefs.get(self.session, prefs.INSIGHTS_SHOWN))

    def set_shown(self, on: bool) -> None:
        self.session.set_setting(prefs.INSIGHTS_SHOWN, on)  # setting_changed shows or hides them
        (self.hide_button if on else self.show_button).setFocus()

    def _on_setting_changed(self, key: str, value) -> None:
        if key == prefs.INSIGHTS_SHOWN:
            if value:
                self.mark_stale()
            else:
                self.forget(keep_page=True)
        elif key == prefs.ON_THIS_DAY and bool(value) != self.on_this_day_check.isChecked():
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        self._stale = False
        if not self.shown:
            self.stack.setCurrentWidget(self.hidden_page)
            return
        self.stack.setCurrentWidget(self.shown_page)
        period = str(prefs.get(self.session, prefs.INSIGHTS_PERIOD))
        index = self.period_combo.findData(period)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(max(0, index))
        self.period_combo.blockSignals(False)
        period = self.period_combo.currentData()
        wanted = bool(prefs.get(self.session, prefs.ON_THIS_DAY))
        self.on_this_day_check.blockSignals(True)
        self.on_this_day_check.setChecked(wanted)
        self.on_this_day_check.blockSignals(False)
        self._show_memory_controls()
        sensitive = self.sensitive_check.isChecked()
        today = self.today or date.today()
        titles = self._titles
        self._generation += 1
        generation = self._generation

        def work(vault):
            return gather_insights(vault, today, period, on_this_day_wanted=wanted, include_sensitive=sensitive,
                                   titles=titles)

        def done(data: InsightsData):
            if generation == self._generation:
                self.show_data(data)

        def failed(error):
            if generation == self._generation:
                self.error.setText(str(error) if isinstance(error, CompanionError)
                                   else self.tr("Insights could not be worked out just now."))

        self.session.run(work, done, failed, name="insights")

    def show_data(self, data: InsightsData) -> None:
        self.data = data
        self._titles = data.titles
        self.error.setText("")
        pal = QApplication.instance().palette()
        mood_desc = describe_series(data.mood, "mood")
        distress_desc = describe_series(data.distress, "distress")
        self.mood_view.set_chart(line_chart(self.tr("Mood"), data.mood, data.bucket, "mood", pal), mood_desc)
        self.distress_view.set_chart(line_chart(self.tr("Distress (0–10)"), data.distress, data.bucket,
                                                "distress", pal), distress_desc)
        self.summary.setText(self.summary_text(data.summary))
        self.summary.setAccessibleDescription(self.summary.text())
        self.heatmap.set_map(data.heat)
        self.heat_text.setText(self.heatmap.accessibleDescription())
        ex_desc = describe_before_after(data.exercises, data.titles)
        self.exercise_view.set_chart(before_after_chart(data.exercises, data.titles, pal), ex_desc)
        self.exercise_view.setFixedHeight(250 if any(e.rated_practices for e in data.exercises) else 150)
        self.exercise_text.setText(ex_desc)
        self.memories.set_rows(data.memories)
        rows = sum(self.memory_view.sizeHintForRow(r) for r in range(min(self.memories.rowCount(), 4)))
        self.memory_view.setFixedHeight(max(rows, 24) + 2 * self.memory_view.frameWidth() + 6)
        if self.on_this_day_check.isChecked():
            self.memory_text.setText(self.tr("Nothing from this day in earlier years.") if not data.memories
                                     else self.tr("From this day in earlier years, most recent first."))
        self._show_memory_controls()

    def summary_text(self, s: TrendSummary) -> str:
        if not s.checkins:
            return self.tr("No check-ins in this period. That's fine; there is nothing to catch up on.")
        parts = [
            (self.tr("1 check-in on 1 day.") if s.checkins == 1 else self.tr("%1 check-ins on %2 days.")
             .replace("%1", str(s.checkins)).replace("%2", str(s.days_with_checkins))),
            self.tr("Mood was between “%1” and “%2”.").replace("%1", mood_text(s.mood_min)).replace(
                "%2", mood_text(s.mood_max)),
            self.tr("Distress averaged %1 out of 10 (lowest %2, highest %3).").replace(
                "%1", f"{s.distress_mean:.1f}").replace("%2", str(s.distress_min)).replace("%3", str(s.distress_max)),
        ]
        if s.first_half_distress_mean is not None and s.second_half_distress_mean is not None:
            parts.append(self.tr("Distress averaged %1 in the first half of the period and %2 in the second.")
                         .replace("%1", f"{s.first_half_distress_mean:.1f}")
                         .replace("%2", f"{s.second_half_distress_mean:.1f}"))
        return " ".join(parts)

    def _on_period_changed(self, _index: int) -> None:
        if self.session.is_open:
            self.session.set_setting(prefs.INSIGHTS_PERIOD, self.period_combo.currentData())
            self.refresh()

    def _on_on_this_day_toggled(self, on: bool) -> None:
        if not self.session.is_open:
            return
        self.session.set_setting(prefs.ON_THIS_DAY, on)
        if not on:
            self.sensitive_check.blockSignals(True)
            self.sensitive_check.setChecked(False)
            self.sensitive_check.blockSignals(False)
            self.memories.clear()
            self.memory_text.setText("")
        self._show_memory_controls()
        if on:
            self.refresh()

    def _show_memory_controls(self) -> None:
        on = self.on_this_day_check.isChecked()
        self.sensitive_check.setVisible(on)
        self.memory_text.setVisible(on)
        has = on and self.memories.rowCount() > 0
        self.memory_view.setVisible(has)
        self.open_button.setVisible(has and self._open_entry is not None)

    def _open_selected(self) -> None:
        index = self.memory_view.currentIndex()
        if not index.isValid():
            index = self.memories.index(0, 0)
        entry_id = index.data(Roles.Id) if index.isValid() else None
        if entry_id is not None and self._open_entry is not None:
            self._open_entry(entry_id)

    def forget(self, keep_page: bool = False) -> None:
        """Locked (or hidden): drop every number and every entry shown."""
        self._generation += 1
        self._stale = True
        self.data = None
        self._titles = None  # (may include the names of the person's own exercises)
        for view in (self.mood_view, self.distress_view, self.exercise_view):
            view.clear()
        self.summary.setText("")
        self.summary.setAccessibleDescription("")
        self.heatmap.set_map(None)
        self.heat_text.setText("")
        self.exercise_text.setText("")
        self.memories.clear()
        self.memory_text.setText("")
        self.error.setText("")
        for check in (self.sensitive_check, self.on_this_day_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self._show_memory_controls()
        if keep_page:
            self.stack.setCurrentWidget(self.hidden_page)
