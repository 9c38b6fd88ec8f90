"""Paints exercise rows: the title, word markers (Favourite, Yours, Notes first), the kind and length,
and the summary. Every row has the same height; markers are words in outlined chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.ui.grounding.models import ExerciseRoles
from companion.ui.widgets.entry_delegate import paint_card

PAD_X = 10
PAD_Y = 7
GAP = 3


class ExerciseDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.88))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        title, small = self._fonts(option)
        body = QFontMetrics(option.font).height()
        return QSize(220, PAD_Y * 2 + QFontMetrics(title).height() + QFontMetrics(small).height() + body + 2 * GAP + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setClipRect(option.rect)
        title_font, small = self._fonts(option)
        pal: QPalette = option.palette
        body = QRect(option.rect).adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # (the chips below too)
        text, muted = paint_card(painter, option, body)

        x = body.left() + PAD_X
        width = body.width() - 2 * PAD_X
        y = body.top() + PAD_Y - 2
        tm, sm, bm = QFontMetrics(title_font), QFontMetrics(small), QFontMetrics(option.font)

        # line 1: title, then marker chips on the right
        markers = index.data(ExerciseRoles.Markers) or []
        chips_w = sum(sm.horizontalAdvance(m) + 18 for m in markers)
        title_w = max(40, width - chips_w)
        painter.setFont(title_font)
        painter.setPen(text)
        shown = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(QRect(x, y, title_w, tm.height()), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         tm.elidedText(shown, Qt.TextElideMode.ElideRight, title_w))
        cx = x + width
        painter.setFont(small)
        for word in reversed(markers):
            w = sm.horizontalAdvance(word) + 12
            if cx - w < x + 40:
                break
            cx -= w
            chip = QRectF(cx, y + (tm.height() - sm.height() - 2) / 2, w, sm.height() + 2)
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), word)
            cx -= 6
        y += tm.height() + GAP

        # line 2: kind, length, intensity
        painter.setPen(muted)
        meta = index.data(ExerciseRoles.Meta) or ""
        painter.drawText(QRect(x, y, width, sm.height()), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         sm.elidedText(meta, Qt.TextElideMode.ElideRight, width))
        y += sm.height() + GAP

        # line 3: the summary
        painter.setFont(option.font)
        painter.setPen(text if selected else pal.color(QPalette.ColorRole.Text))
        summary = index.data(ExerciseRoles.Summary) or ""
        painter.drawText(QRect(x, y, width, bm.height()), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         bm.elidedText(summary, Qt.TextElideMode.ElideRight, width))
        painter.restore()
