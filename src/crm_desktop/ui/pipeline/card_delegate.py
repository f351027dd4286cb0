"""Paints a deal card: title, company/contact, value, expected close and the rotting mark."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.deal_board import DealCard
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline.column_model import CARD_ROLE

ROTTING = QColor("#d9483b")
MARGIN_X, MARGIN_Y, PAD = 6, 4, 10
LINES = 4


def card_height(metrics: QFontMetrics) -> int:
    return LINES * (metrics.height() + 3) + 2 * PAD + 2 * MARGIN_Y - 2


class CardDelegate(QStyledItemDelegate):
    """Cards all have the same height, so the list can use uniform item sizes (fast)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(max(option.rect.width(), 200), card_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        card: DealCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect = QRectF(option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if dark:
            background = background.lighter(125)
        if hovered and not selected:
            background = background.darker(104) if not dark else background.lighter(110)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        if not dark and not selected:
            border = QColor("#d5d9e0")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if card.rotting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROTTING)
            edge = QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2)
            painter.drawRoundedRect(edge, 2, 2)

        text = palette.color(QPalette.ColorRole.Text)
        subtle = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.toRect().adjusted(PAD + 2, PAD - 2, -PAD, -PAD)
        line_h = option.fontMetrics.height() + 3
        base_font = QFont(option.font)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)

        def draw(row: int, value: str, font: QFont, color: QColor, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                 width: int | None = None) -> int:
            painter.setFont(font)
            painter.setPen(color)
            metrics = QFontMetrics(font)
            box = QRect(inner.left(), inner.top() + row * line_h, width or inner.width(), line_h)
            if align & Qt.AlignmentFlag.AlignRight:
                box = QRect(inner.right() - (width or inner.width()) + 1, inner.top() + row * line_h,
                            width or inner.width(), line_h)
            elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
            return metrics.horizontalAdvance(elided)

        draw(0, card.title, bold, text)
        draw(1, card.party or "No contact", base_font, subtle if card.party else subtle)
        value = fmt.money(card.value_minor, card.currency, whole=card.value_minor % 100 == 0)
        used = draw(2, value, bold, text)
        if card.next_followup:
            draw(2, f"Follow-up {fmt.short_date(card.next_followup)}", base_font, subtle,
                 Qt.AlignmentFlag.AlignRight, max(10, inner.width() - used - 8))
        elif card.probability:
            draw(2, f"{card.probability} %", base_font, subtle, Qt.AlignmentFlag.AlignRight,
                 max(10, inner.width() - used - 8))
        close = f"Closes {fmt.short_date(card.expected_close)}" if card.expected_close else "No close date"
        if card.rotting:
            label = f"rotting {card.idle_days} days"
            metrics = QFontMetrics(bold)
            width = metrics.horizontalAdvance(label) + 2
            draw(3, close, base_font, subtle, width=max(10, inner.width() - width - 8))
            draw(3, label, bold, ROTTING.lighter(130) if dark else ROTTING, Qt.AlignmentFlag.AlignRight, width)
        else:
            draw(3, close, base_font, subtle)
        painter.restore()
