"""Small helpers shared by the email dialogs: background calls with a time limit, banners."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.context import UiContext

KEYCHAIN_TIMEOUT_S = 15
NETWORK_TIMEOUT_S = 90  # each connection has its own 30 s socket timeout


def run_limited(
    ctx: UiContext,
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    seconds: float,
    what: str,
) -> None:
    """Run ``fn`` on the task pool; give up waiting after ``seconds`` (a hung keychain or
    server must never freeze the window). Late answers are ignored."""
    state = {"over": False}
    timer = QTimer(owner)
    timer.setSingleShot(True)

    def finish() -> bool:
        if state["over"]:
            return False
        state["over"] = True
        timer.stop()
        return True

    def timed_out() -> None:
        if finish():
            on_error(f"{what} did not answer within {int(seconds)} seconds. Try again later.")

    def done(result: Any) -> None:
        if finish():
            on_done(result)

    def failed(exc: BaseException, _tb: str) -> None:
        if finish():
            on_error(message_for(exc))

    timer.timeout.connect(timed_out)
    timer.start(int(seconds * 1000))
    ctx.tasks.run(lambda _job: fn(), on_done=done, on_error=failed)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return str(exc)
    # Never show an unknown exception's text: it could carry anything, passwords included.
    return f"Something went wrong ({type(exc).__name__}). Nothing was sent; please try again."


class Banner(QLabel):
    """A coloured message strip: kind 'error', 'warning', 'ok' or 'info'."""

    COLORS = {
        "error": ("#fdecea", "#8a1c1c", "#f5c2c0"),
        "warning": ("#fff6e0", "#6b4a00", "#f3dc9c"),
        "ok": ("#e8f5e9", "#1b5e20", "#b9dfbb"),
        "info": ("#e8f0fe", "#1a3d7c", "#c2d4f7"),
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.hide()
        self.kind = ""

    def show_message(self, text: str, kind: str = "info") -> None:
        bg, fg, border = self.COLORS[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
            "border-radius: 6px; padding: 8px 10px; }"
        )
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
