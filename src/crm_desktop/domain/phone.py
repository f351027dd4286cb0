"""Phone numbers: keep what the user typed, plus E.164 and digit forms for search and dedupe.

Reading a number needs the phonenumbers library (phone_parse.py), loaded with the first number
read rather than at every start: the window's first paint reads none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_NOT_DIGIT = re.compile(r"\D")
ALLOWED = re.compile(r"^[0-9+()\-./\s]*(?:(?:ext\.?|x|#)\s*\d+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Phone:
    raw: str
    e164: str | None
    search_digits: str  # space-separated digit strings that search should find

    @property
    def display(self) -> str:
        return self.raw


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text or "")


def looks_like_phone(text: str) -> bool:
    text = (text or "").strip()
    return bool(text) and bool(ALLOWED.match(text)) and len(digits(text)) >= 3


def parse_phone(raw: str, region: str | None = None) -> Phone:
    """Normalise a phone number. Raises ValueError with a plain message when it is not one."""
    return (_parser or _load_parser())((raw or ""), (region or "").upper() or None)


_parser: Callable[[str, str | None], Phone] | None = None  # phone_parse.parse, once loaded


def _load_parser() -> Callable[[str, str | None], Phone]:
    global _parser
    from crm_desktop.domain.phone_parse import parse

    _parser = parse
    return parse


def dedupe_key(raw: str, region: str | None = None) -> str:
    """The form two numbers are compared by: E.164 when it parses, else bare digits."""
    try:
        phone = parse_phone(raw, region)
    except ValueError:
        return digits(raw)
    return phone.e164 or digits(raw)
