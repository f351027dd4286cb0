"""Phone numbers: keep what the user typed, plus E.164 and digit forms for search and dedupe."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ALLOWED = re.compile(r"^[0-9+()\-./\s]*(?:(?:ext\.?|x|#)\s*\d+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Phone:
    raw: str
    e164: str | None
    search_digits: str  # space-separated digit strings that search should find

    @property
    def display(self) -> str:
        return self.raw


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def looks_like_phone(text: str) -> bool:
    text = (text or "").strip()
    return bool(text) and bool(_ALLOWED.match(text)) and len(digits(text)) >= 3


def parse_phone(raw: str, region: str | None = None) -> Phone:
    """Normalise a phone number. Raises ValueError with a plain message when it is not one."""
    raw = " ".join((raw or "").split())
    if not looks_like_phone(raw):
        raise ValueError("This does not look like a phone number (use digits, spaces, + and -).")
    import phonenumbers  # here, not at the top: a tenth of a second at start-up

    e164: str | None = None
    national = ""
    try:
        parsed = phonenumbers.parse(raw, (region or "").upper() or None)
        if phonenumbers.is_possible_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            national = digits(
                phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            )
    except phonenumbers.NumberParseException:
        pass
    forms = [digits(raw)]
    if e164:
        forms += [digits(e164), national]
    seen: list[str] = []
    for form in forms:
        if form and form not in seen:
            seen.append(form)
    return Phone(raw=raw, e164=e164, search_digits=" ".join(seen))


def dedupe_key(raw: str, region: str | None = None) -> str:
    """The form two numbers are compared by: E.164 when it parses, else bare digits."""
    try:
        phone = parse_phone(raw, region)
    except ValueError:
        return digits(raw)
    return phone.e164 or digits(raw)
