"""One window per data folder: a lock file, plus a local socket to wake the first window.

The first start takes ``crm-desktop.lock`` in the data folder and listens on a local
server named after the folder. A second start cannot take the lock: it sends "activate"
to that server (the first window comes to the front) and exits. A lock left by a crash is
detected as stale (its process is gone) and taken over.

Signals: ``activate_requested()`` on the first instance when another start asked for it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from crm_desktop.instance import lock_path, running_pid

log = logging.getLogger(__name__)
MESSAGE = b"activate\n"
TIMEOUT_MS = 2000


def server_name(data_dir: Path) -> str:
    key = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in getpass.getuser() if c.isalnum())[:16] or "user"
    return f"crm-desktop-{user}-{key}"


def send_activate(name: str, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the window listening on ``name`` to come to the front. True if it was told."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.lock = QLockFile(str(lock_path(self.data_dir)))
        self.lock.setStaleLockTime(0)  # never stale by age; only when its process is gone
        self.server: QLocalServer | None = None
        self.previous_crashed = False  # the last session ended without releasing the lock

    def acquire(self) -> bool:
        """Take the folder for this process. False: another live window has it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.previous_crashed = lock_path(self.data_dir).exists() and running_pid(self.data_dir) is None
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                if self.lock.removeStaleLockFile() and self.lock.tryLock(100):
                    log.info("took over a stale lock")
                else:
                    return False
            else:
                log.warning("could not create the lock file (%s); going on without it", self.lock.error())
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        if not self.server.listen(self.name):
            log.warning("could not listen for other starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_server_new_connection)
        return True

    def notify_running(self) -> bool:
        return send_activate(self.name)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # the other start writes at once and waits; a short synchronous read is enough
            if socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS):
                data = bytes(socket.readAll().data())
                if MESSAGE.strip() in data:
                    self.activate_requested.emit()
            socket.abort()
            socket.deleteLater()


def bring_to_front(window: QWidget) -> None:
    log.info("another start asked for this window; bringing it to the front")
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
