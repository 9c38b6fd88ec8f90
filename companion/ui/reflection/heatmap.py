"""HeatMapWidget: a small calendar of the days with check-ins (weeks as columns, Monday on top).

Shading says "more check-ins", and so does a number in the cell, so nothing is carried by
colour alone; a tooltip gives the day in words, and the accessible description sums the
period up in one sentence. An empty day is simply empty: no marks, no "missed".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from companion.reflection.stats import DayCell, HeatMap

CELL = 17
GAP = 3
LEFT = 34
TOP = 20


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


class HeatMapWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._map: HeatMap | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Calendar of check-ins"))
        self.set_map(None)

    def set_map(self, heat: HeatMap | None) -> None:
        self._map = heat
        if heat is None:
            self.setAccessibleDescription("")
        else:
            cells = [c for c in heat.cells() if c.in_range]
            days = sum(1 for c in cells if c.count)
            words = self.tr("Check-ins on %1 of the %2 days shown.")
            self.setAccessibleDescription(words.replace("%1", str(days)).replace("%2", str(len(cells))))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        weeks = len(self._map.weeks) if self._map else 26
        return QSize(LEFT + weeks * (CELL + GAP) + 4, TOP + 7 * (CELL + GAP) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def cell_rect(self, week: int, weekday: int) -> QRectF:
        return QRectF(LEFT + week * (CELL + GAP), TOP + weekday * (CELL + GAP), CELL, CELL)

    def cell_at(self, pos: QPointF) -> DayCell | None:
        if self._map is None:
            return None
        for w, week in enumerate(self._map.weeks):
            for d, cell in enumerate(week):
                if self.cell_rect(w, d).contains(pos):
                    return cell
        return None

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if self._map is None:
            return
        pal = self.palette()
        base, accent, text = pal.base().color(), pal.highlight().color(), pal.text().color()
        strong_text = pal.highlightedText().color()
        border = pal.mid().color()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.72))
        painter.setFont(small)
        locale = QLocale()
        painter.setPen(pal.windowText().color())
        for d in (0, 2, 4):  # weekday names on the left (Mon, Wed, Fri)
            rect = self.cell_rect(0, d)
            painter.drawText(QRectF(0, rect.top(), LEFT - 6, CELL),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             locale.dayName(d + 1, QLocale.FormatType.ShortFormat))
        for w, month in self._month_labels():
            painter.drawText(QRectF(self.cell_rect(w, 0).left(), 0, 3 * (CELL + GAP), TOP - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             locale.monthName(month, QLocale.FormatType.ShortFormat))
        for w, week in enumerate(self._map.weeks):
            for d, cell in enumerate(week):
                if not cell.in_range:
                    continue
                rect = self.cell_rect(w, d)
                level = min(cell.count, 3)
                fill = base if level == 0 else _mix(base, accent, (0.35, 0.65, 1.0)[level - 1])
                painter.setPen(QPen(border, 1))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                if cell.count:
                    painter.setPen(strong_text if level >= 2 else text)
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(min(cell.count, 9)))
        painter.end()

    def _month_labels(self) -> list[tuple[int, int]]:
        """(week column, month) where each month's first full week starts; a name that would crowd the
        next one (a partial month at the start) is left out."""
        found: list[tuple[int, int]] = []
        for w, week in enumerate(self._map.weeks):
            month = week[-1].day.month
            if not found or found[-1][1] != month:
                found.append((w, month))
        return [(w, m) for i, (w, m) in enumerate(found) if i + 1 >= len(found) or found[i + 1][0] - w >= 3]

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            if cell is not None and cell.in_range:
                QToolTip.showText(event.globalPos(), self.describe(cell), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, cell: DayCell) -> str:
        day = QLocale().toString(QDate(cell.day.year, cell.day.month, cell.day.day), "ddd d MMM yyyy")
        if not cell.count:
            return day
        text = self.tr("%1: 1 check-in") if cell.count == 1 else self.tr("%1: %2 check-ins")
        text = text.replace("%1", day).replace("%2", str(cell.count))
        if cell.mean_distress is not None:
            text += self.tr(", distress averaged %1 of 10").replace("%1", f"{cell.mean_distress:.1f}")
        return text

    @property
    def heat(self) -> HeatMap | None:
        return self._map

    def today_cell(self, today: date) -> DayCell | None:
        if self._map is None:
            return None
        return next((c for c in self._map.cells() if c.day == today), None)
