"""What every view receives: the services, the change signal, the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crm_desktop.paths import AppPaths
from crm_desktop.services import Services
from crm_desktop.ui.bridge import ChangeBridge
from crm_desktop.ui.tasks import TaskRunner


@dataclass
class UiContext:
    services: Services
    bridge: ChangeBridge
    tasks: TaskRunner
    settings: QSettings
    paths: AppPaths
    undo: QUndoStack  # one stack for the window: every user edit pushes a QUndoCommand
