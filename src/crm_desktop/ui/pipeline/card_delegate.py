"""Paints a deal card: title, company/contact, value, expected close, next follow-up and
the rotting mark (a red edge and "rotting N days")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.deal_board import DealCard
from crm_desktop.ui import dates
from crm_desktop.ui.pipeline import format as fmt
from crm_desktop.ui.pipeline import texts
from crm_desktop.ui.pipeline.column_model import CARD_ROLE

ROTTING = QColor("#d9483b")
ROTTING_DARK = ROTTING.lighter(130)
LIGHT_BORDER = QColor("#d5d9e0")
NO_NEXT_STEP = QColor("#b26a00")  # amber: needs attention, less than rotting
NO_NEXT_STEP_DARK = QColor("#f0b35a")
MARGIN_X, MARGIN_Y, PAD = 6, 4, 10
LINES = 4
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SELECTED = QStyle.StateFlag.State_Selected
_HOVER = QStyle.StateFlag.State_MouseOver
_FOCUS = QStyle.StateFlag.State_HasFocus
_ELIDE = Qt.TextElideMode.ElideRight


def card_height(metrics: QFontMetrics) -> int:
    return LINES * (metrics.height() + 3) + 2 * PAD + 2 * MARGIN_Y - 2


@dataclass
class _Fonts:
    base: QFont
    bold: QFont
    base_metrics: QFontMetrics
    bold_metrics: QFontMetrics
    line_height: int


class CardDelegate(QStyledItemDelegate):
    """Cards all have the same height, so the list can use uniform item sizes (fast)."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(max(option.rect.width(), 200), card_height(option.fontMetrics))

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            bold = QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            metrics = QFontMetrics(font)
            fonts = _Fonts(QFont(font), bold, metrics, QFontMetrics(bold), metrics.height() + 3)
            self._fonts[key] = fonts
        return fonts

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        card: DealCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        state = option.state
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        selected = bool(state & _SELECTED)
        # The keyboard's card: the current card of the list that has the focus.
        focused = bool(state & _FOCUS)  # set only while the list has the keyboard focus
        rect = QRectF(option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))
        fonts = self._fonts_for(option.font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if dark:
            background = background.lighter(125)
        if state & _HOVER and not selected:
            background = background.lighter(110) if dark else background.darker(104)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if focused:
            tint = QColor(highlight)
            tint.setAlpha(40 if dark else 28)
            background = _blend(background, tint)
        if selected or focused:
            border = highlight
        else:
            border = palette.color(QPalette.ColorRole.Mid) if dark else LIGHT_BORDER
        painter.setPen(QPen(border, 3 if focused else 2 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if card.rotting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROTTING)
            painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), 2, 2)

        text = palette.color(QPalette.ColorRole.Text)
        subtle = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.toRect().adjusted(PAD + 2, PAD - 2, -PAD, -PAD)
        left, top, width, line_h = inner.left(), inner.top(), inner.width(), fonts.line_height

        def line(row: int, value: str | list[str], bold: bool, color: QColor, right: bool = False,
                 box_width: int = 0) -> int:
            """Draw the first of the ``value`` texts that fits (longest first), else elide the last."""
            w = box_width or width
            metrics = fonts.bold_metrics if bold else fonts.base_metrics
            painter.setFont(fonts.bold if bold else fonts.base)
            painter.setPen(color)
            texts = [value] if isinstance(value, str) else value
            elided = next((t for t in texts if metrics.elidedText(t, _ELIDE, w) == t), None)
            elided = elided or metrics.elidedText(texts[-1], _ELIDE, w)
            x = left + width - w if right else left
            painter.drawText(QRect(x, top + row * line_h, w, line_h), _RIGHT if right else _LEFT, elided)
            return metrics.horizontalAdvance(elided)

        line(0, card.title, True, text)
        line(1, card.party or self.tr("No contact or company"), False, subtle)
        used = line(2, fmt.money(card.value_minor, card.currency, whole=card.value_minor % 100 == 0), True, text)
        rest = max(10, width - used - 8)
        if card.next_followup:
            line(2, _dated(self.tr("Follow-up {date}"), card.next_followup), False, subtle, True, rest)
        else:
            # No open follow-up: the deal has no next step planned.
            line(2, self.tr("No next step"), False, NO_NEXT_STEP_DARK if dark else NO_NEXT_STEP, True, rest)
        if card.expected_close:
            close = _dated(self.tr("Closes {date}"), card.expected_close)
        else:
            close = [self.tr("No close date")]
        if card.rotting:
            label = texts.rotting_for(card.idle_days)
            label_width = fonts.bold_metrics.horizontalAdvance(label) + 2
            line(3, close, False, subtle, box_width=max(10, width - label_width - 8))
            line(3, label, True, ROTTING_DARK if dark else ROTTING, True, label_width)
        else:
            line(3, close, False, subtle)
        painter.restore()


def _dated(template: str, day: date) -> list[str]:
    """A dated label, then shorter forms for narrow cards: without the year (when it is this
    year's date), then the date alone. German labels are longer: the date stays readable."""
    full = dates.date_text(day)
    short = dates.day_month_text(day) if day.year == date.today().year else full
    return list(dict.fromkeys([template.format(date=full), template.format(date=short), full, short]))


def _blend(base: QColor, over: QColor) -> QColor:
    """``over`` (with alpha) painted on ``base``."""
    a = over.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - a) + over.redF() * a,
        base.greenF() * (1 - a) + over.greenF() * a,
        base.blueF() * (1 - a) + over.blueF() * a,
    )
