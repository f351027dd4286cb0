"""The pipeline's words about rotting deals and win probability, in the window's language,
written once for the board, its columns and cards, the deals table and the deals section of
a contact or company."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def rotting_for(days: int) -> str:
    """On a rotting deal: 'rotting 1 day', 'rotting 12 days'."""
    if days == 1:
        return QCoreApplication.translate("PipelineTexts", "rotting 1 day")
    return QCoreApplication.translate("PipelineTexts", "rotting {days} days").format(days=QLocale().toString(days))


def rotting_count(count: int) -> str:
    """After the number of open deals under the board: '3 rotting'."""
    return QCoreApplication.translate("PipelineTexts", "{count} rotting").format(count=QLocale().toString(count))


def rotting_in_stage(count: int) -> str:
    """The same for a stage's tooltip, the line after its number of open deals ('3 rotting';
    German reads "davon 3 inaktiv" there)."""
    return QCoreApplication.translate("PipelineTexts", "{count} rotting", "of the open deals in a stage").format(
        count=QLocale().toString(count))


def percent(value: int) -> str:
    """A win probability as a number: '25 %'."""
    return f"{value} %"


def win_probability(value: int) -> str:
    """'Win probability 25 %'."""
    return QCoreApplication.translate("PipelineTexts", "Win probability {percent} %").format(percent=value)
