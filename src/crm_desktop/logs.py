"""The log file: rotating, in the user log folder, with no secrets and no contact data.

Code logs ids and counts only. As a second line of defence, the formatter masks anything in
a message that looks like an email address or a password setting.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_NAME = "crm-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_SECRET = re.compile(r"(?i)\b(password|passwd|pwd|secret|token)\b(\s*[=:]\s*|\s+)\S+")


def redact(text: str) -> str:
    text = _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    return _EMAIL.sub("<email>", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        record.msg, record.args = redact(record.getMessage()), None
        text = super().format(record)
        return text if not record.exc_text else text.replace(record.exc_text, redact(record.exc_text))


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file. Idempotent. Returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger("crm_desktop")
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
