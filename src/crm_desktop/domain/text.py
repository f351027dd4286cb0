"""Text helpers: accent folding for sort keys and matching."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """Lower-case, accents removed, spaces collapsed: 'José  Müller' -> 'jose muller'."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose; casefold is lower() on ASCII
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean(text: str | None) -> str:
    """Trim and collapse inner whitespace on one-line fields; None becomes ''."""
    if not text:
        return ""
    if text.__class__ is not str:
        text = str(text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return " ".join(text.split())


def split_full_name(full: str) -> tuple[str, str]:
    """'Ada Lovelace' -> ('Ada', 'Lovelace'); 'Lovelace, Ada' -> ('Ada', 'Lovelace')."""
    full = clean(full)
    if not full:
        return "", ""
    if "," in full:
        last, _, first = full.partition(",")
        return clean(first), clean(last)
    parts = full.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]
