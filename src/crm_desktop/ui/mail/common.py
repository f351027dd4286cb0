"""Small helpers shared by the email dialogs: background calls with a time limit, banners."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui import i18n
from crm_desktop.ui.context import UiContext

KEYCHAIN_TIMEOUT_S = 15
NETWORK_TIMEOUT_S = 90  # each connection has its own 30 s socket timeout
KEYCHAIN, SERVER = "keychain", "server"  # who may not answer in time (``what`` of run_limited)
NO_ANSWER = {
    KEYCHAIN: QT_TRANSLATE_NOOP("MailCommon", "The system keychain did not answer within {seconds} seconds. Try again later."),
    SERVER: QT_TRANSLATE_NOOP("MailCommon", "The mail server did not answer within {seconds} seconds. Try again later."),
}


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
    server must never freeze the window). Late answers are ignored. ``what`` is KEYCHAIN or
    SERVER: who did not answer, for the message."""
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
            on_error(QCoreApplication.translate("MailCommon", NO_ANSWER[what]).format(seconds=int(seconds)))

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
        return i18n.user_message(exc)
    # Never show an unknown exception's text: it could carry anything, passwords included.
    return QCoreApplication.translate("MailCommon", "Something went wrong ({error}). Nothing was sent; please try again.").format(
        error=type(exc).__name__)


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
        self.setText(i18n.translated(text))  # a service's text in the window's language
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
