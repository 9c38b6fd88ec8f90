"""QtCharts views for Insights: mood and distress over time, distress before/after exercises.

Only facts from companion.reflection.stats are drawn. Empty days or weeks stay empty: the
line breaks there instead of being drawn across a guess. Mood is labelled in words, not
numbers. Charts never animate (calm, and honours reduced motion), take their colours
from the application palette, and carry a sentence for screen readers (the accessible
description); the same sentence is shown under each chart by the Insights page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy

from companion.reflection.checkins import MOOD_WORDS
from companion.reflection.stats import Bucket, ExerciseSummary
from companion.ui.reflection.models import mood_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class ChartView(QChartView):
    """A still chart view: no focus (it is a picture; its words are in the description)."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(name)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QGraphicsView { background: transparent; border: none; }")
        self.setChart(_styled(QChart()))

    def set_chart(self, chart: QChart, description: str) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.setAccessibleDescription(description)

    def clear(self) -> None:
        self.set_chart(_styled(QChart()), "")


def _styled(chart: QChart, palette: QPalette | None = None) -> QChart:
    pal = palette or QPalette()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if palette is None and app is not None:
        pal = app.palette()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(pal.base().color()))
    chart.setBackgroundPen(QPen(pal.mid().color()))
    chart.setBackgroundRoundness(8)
    chart.setTitleBrush(QBrush(pal.text().color()))
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setLabelColor(pal.text().color())
    return chart


def _style_axis(axis, pal: QPalette) -> None:
    axis.setLabelsBrush(QBrush(pal.text().color()))
    axis.setLinePenColor(pal.mid().color())
    axis.setGridLineColor(pal.mid().color())
    axis.setTitleBrush(QBrush(pal.text().color()))


def bucket_label(bucket: Bucket, period: str) -> str:
    locale = QLocale()
    d = QDate(bucket.start.year, bucket.start.month, bucket.start.day)
    if period == "day":
        return locale.toString(d, "ddd d")
    if period == "week":
        return locale.toString(d, "MMM")
    if period == "month":
        return locale.toString(d, "MMM yy")
    return str(bucket.start.year)


def line_chart(title: str, buckets: Sequence[Bucket], period: str, metric: str, palette: QPalette) -> QChart:
    """A line per run of filled buckets, with a point on every filled bucket; gaps stay gaps."""
    chart = _styled(QChart(), palette)
    chart.setTitle(title)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(6, 6, 24, 6))  # (the last date label is centred on the last day)
    colour = palette.highlight().color()
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x_axis.setRange(-0.5, max(len(buckets) - 0.5, 0.5))
    count = len(buckets)
    if period == "day":
        # a week: every day by name; a month: one date a week, counted back from today
        step, fmt = (1, "ddd") if count <= 8 else (7, "d MMM")
        for i in sorted(range(count - 1, -1, -step)):  # (a category axis takes values in ascending order)
            b = buckets[i].start
            x_axis.append(QLocale().toString(QDate(b.year, b.month, b.day), fmt), i)
    else:
        last_label = None
        for i, bucket in enumerate(buckets):
            text = bucket_label(bucket, period)
            if text != last_label:  # each month (or year) named once, at its first bucket
                last_label = text
                if text in x_axis.categoriesLabels():  # the same month a year earlier
                    text = QLocale().toString(QDate(bucket.start.year, bucket.start.month, 1), "MMM yy")
                if i > 0 or count < 40:
                    x_axis.append(text, i)
    if metric == "mood":
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for level in MOOD_WORDS:
            y_axis.append(mood_text(level), level)
        y_axis.setRange(0.7, 5.3)
    else:
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
    for axis in (x_axis, y_axis):
        _style_axis(axis, palette)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    points = QScatterSeries()
    points.setMarkerSize(8)
    points.setColor(colour)
    points.setBorderColor(colour)
    run: QLineSeries | None = None
    for i, bucket in enumerate(buckets):
        if bucket.mean is None:
            run = None
            continue
        if run is None:
            run = QLineSeries()
            run.setPen(QPen(colour, 2.2))
            chart.addSeries(run)
            run.attachAxis(x_axis)
            run.attachAxis(y_axis)
        run.append(i, bucket.mean)
        points.append(i, bucket.mean)
    chart.addSeries(points)
    points.attachAxis(x_axis)
    points.attachAxis(y_axis)
    return chart


def describe_series(buckets: Sequence[Bucket], metric: str) -> str:
    filled = [b for b in buckets if b.mean is not None]
    if not filled:
        return _tr("No check-ins in this period.")
    low = min(b.min for b in filled if b.min is not None)
    high = max(b.max for b in filled if b.max is not None)
    if metric == "mood":
        return _tr("Mood ranged from “%1” to “%2”.").replace("%1", mood_text(low)).replace("%2", mood_text(high))
    return _tr("Distress ranged from %1 to %2 out of 10.").replace("%1", str(low)).replace("%2", str(high))


def before_after_chart(summaries: Sequence[ExerciseSummary], titles: dict[str, str], palette: QPalette) -> QChart:
    """Average distress before and after, per exercise, for practices rated both times."""
    chart = _styled(QChart(), palette)
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))  # (it sits in a card already)
    chart.setTitle(_tr("Distress before and after exercises (average, 0–10)"))
    rated = [s for s in summaries if s.rated_practices]
    before = QBarSet(_tr("Before"))
    after = QBarSet(_tr("After"))
    accent = palette.highlight().color()
    before.setBrush(QBrush(palette.mid().color()))
    before.setBorderColor(palette.text().color())
    after.setBrush(QBrush(accent, Qt.BrushStyle.Dense3Pattern))  # a pattern as well as a colour
    after.setBorderColor(accent)
    for s in rated:
        before.append(round(s.mean_before or 0, 1))
        after.append(round(s.mean_after or 0, 1))
    for bar_set in (before, after):
        bar_set.setLabelColor(palette.text().color())
    series = QBarSeries()
    series.append(before)
    series.append(after)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([titles.get(s.exercise_id, s.exercise_id) for s in rated] or [""])
    values = QValueAxis()
    values.setRange(0, 10.9)  # (room for the value written above a bar at 10)
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickAnchor(0)
    values.setTickInterval(2)
    values.setLabelFormat("%d")
    for axis in (categories, values):
        _style_axis(axis, palette)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def describe_before_after(summaries: Sequence[ExerciseSummary], titles: dict[str, str]) -> str:
    rated = [s for s in summaries if s.rated_practices]
    if not rated:
        return _tr("When you rate how you feel before and after an exercise, the averages show here. "
                   "Rating is always optional.")
    parts = []
    for s in rated:
        times = _tr("1 time") if s.rated_practices == 1 else _tr("%1 times").replace("%1", str(s.rated_practices))
        parts.append(_tr("%1: %2 before, %3 after (%4)").replace("%1", titles.get(s.exercise_id, s.exercise_id))
                     .replace("%2", f"{s.mean_before:.1f}").replace("%3", f"{s.mean_after:.1f}").replace("%4", times))
    return "; ".join(parts) + "."

