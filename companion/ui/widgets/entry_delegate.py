"""Paints journal rows: day headers, and entries as two lines (title, tags, time; markers, preview).

Every row has the same height (the view can then lay out 100,000 rows at once). Markers
are words in outlined chips (Pinned, Maybe share, Content note), never colour alone.
Search snippets arrive as small HTML with <b><u> around matches.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.ui.models.entry_list import Roles

PAD_X = 12
PAD_Y = 7
GAP = 3


def paint_card(painter: QPainter, option: QStyleOptionViewItem, body: QRect):
    """A row's rounded card: filled when selected, outlined when focused (never colour alone).

    Returns (text colour, muted colour) to draw the row's words with on top of it."""
    pal: QPalette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if selected:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(body), 6, 6)
    text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    muted = text if selected else pal.color(QPalette.ColorRole.PlaceholderText)
    if option.state & QStyle.StateFlag.State_HasFocus:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(text if selected else pal.color(QPalette.ColorRole.Highlight))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(body).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    return text, muted


class EntryDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
        header = QFont(small)
        header.setWeight(QFont.Weight.DemiBold)
        return title, small, header

    def row_height(self, option: QStyleOptionViewItem) -> int:
        title, small, _header = self._fonts(option)
        second = max(QFontMetrics(option.font).height(), QFontMetrics(small).height() + 4)
        return PAD_Y * 2 + QFontMetrics(title).height() + GAP + second + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(200, self.row_height(option))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setClipRect(option.rect)
        if index.data(Roles.IsHeader):
            self._paint_header(painter, option, index)
        else:
            self._paint_entry(painter, option, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        _title, _small, header_font = self._fonts(option)
        pal: QPalette = option.palette
        rect = QRect(option.rect)
        hm = QFontMetrics(header_font)
        line_y = rect.bottom() - 5
        text_rect = QRect(rect.left() + PAD_X, line_y - 4 - hm.height(), rect.width() - 2 * PAD_X, hm.height())
        painter.setFont(header_font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        text = (index.data(Roles.DayHeader) or "").upper()
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         hm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + PAD_X, line_y, rect.right() - PAD_X, line_y)

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        title_font, small, _header = self._fonts(option)
        body = QRect(option.rect).adjusted(4, 1, -4, -1)
        text_color, muted = paint_card(painter, option, body)

        x = body.left() + PAD_X - 4
        width = body.width() - 2 * (PAD_X - 4)
        y = body.top() + PAD_Y - 1
        tm, sm, bm = QFontMetrics(title_font), QFontMetrics(small), QFontMetrics(option.font)
        is_html = bool(index.data(Roles.PreviewIsHtml))

        # line 1: title, then tags in the room left, with the time on the right
        time_text = index.data(Roles.Time) or ""
        time_w = sm.horizontalAdvance(time_text) + 6
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(x + width - time_w, y, time_w, tm.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), time_text)
        room = width - time_w - 6
        tags = index.data(Roles.Tags) or []
        tag_text = "  ".join("#" + t for t in tags)
        shown = index.data(Qt.ItemDataRole.DisplayRole) or ""
        title_html = index.data(Roles.Title) if is_html else None
        title_w = room
        if tag_text:
            title_w = min(tm.horizontalAdvance(shown) + 4, int(room * 0.7))
        title_rect = QRect(x, y, title_w, tm.height())
        if title_html:
            self._draw_html(painter, title_rect, title_html, title_font, text_color)
        else:
            painter.setFont(title_font)
            painter.setPen(text_color)
            painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             tm.elidedText(shown, Qt.TextElideMode.ElideRight, title_rect.width()))
        if tag_text and room - title_w > 30:
            trect = QRect(x + title_w + 8, y, room - title_w - 8, tm.height())
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(trect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             sm.elidedText(tag_text, Qt.TextElideMode.ElideRight, trect.width()))
        y += tm.height() + GAP

        # line 2: marker chips (words, never colour alone), then the preview or search snippet
        line_h = max(bm.height(), sm.height() + 4)
        cx = x
        painter.setFont(small)
        for word in index.data(Roles.Markers) or []:
            w = sm.horizontalAdvance(word) + 12
            if cx + w > x + width * 0.75:
                break
            chip = QRectF(cx, y + (line_h - sm.height() - 2) / 2, w, sm.height() + 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), word)
            cx += w + 6
        preview = index.data(Roles.Preview) or ""
        prect = QRect(int(cx), y, int(x + width - cx), line_h)
        if prect.width() > 20 and preview:
            if is_html:
                self._draw_html(painter, prect, preview, option.font, muted)
            else:
                painter.setFont(option.font)
                painter.setPen(muted)
                painter.drawText(prect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 bm.elidedText(preview, Qt.TextElideMode.ElideRight, prect.width()))

    def _draw_html(self, painter: QPainter, rect: QRect, html_text: str, font: QFont, color) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
        doc.setHtml(f"<body style='white-space: pre'>{html_text}</body>")
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - int(doc.size().height())) // 2))
        doc.drawContents(painter)
        painter.restore()
