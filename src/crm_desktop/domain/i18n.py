"""Messages for the people using the app, kept translatable without Qt.

Services and readers build their user-facing messages with ``user_text``: the result is
the English text (a ``str``, so logs, the CLI and tests read it as usual) that also keeps
its template and values, so the GUI can show it in the chosen language. The translation
tools find every ``user_text("...")`` call; keep the template a literal string.

Write whole sentences per case (German nouns change their articles and endings), never
glue translated fragments together; values inside a sentence may themselves be
``user_text``. Counts shown in sentences go through ``number`` so that thousands are
grouped the way the reader's language does ("12,500" / "12.500").
"""

from __future__ import annotations

from typing import Any


class UserText(str):
    """English text plus the template and values it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> UserText:
        value = super().__new__(cls, template.format(**params) if params else template)
        value.template = template
        value.params = params
        return value

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (UserText, (self.template, self.params))

    def __copy__(self) -> UserText:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> UserText:
        return self


def user_text(template: str, /, **params: Any) -> UserText:
    """A message for the user: ``user_text("Enter a name for the {what}.", what=...)``.

    Values may themselves be ``user_text`` (translated too) or plain values (shown as they are).
    """
    return UserText(template, params)


def message_of(error: BaseException) -> str:
    """The message an exception was raised with, keeping it translatable when it is a
    ``user_text`` (``str(error)`` would turn it into plain English text)."""
    if len(error.args) == 1 and isinstance(error.args[0], UserText):
        return error.args[0]
    return str(error)


# The thousands separator, on its own so that it follows the language ("," in English).
_THOUSANDS = user_text(",")


def number(n: int) -> str:
    """A whole number with its thousands grouped: "12,500" (English), "12.500" (German)."""
    text = f"{n:,}"
    if "," not in text:
        return text
    groups = text.split(",")
    template = "{sep}".join(f"{{g{i}}}" for i in range(len(groups)))
    return UserText(template, {"sep": _THOUSANDS, **{f"g{i}": group for i, group in enumerate(groups)}})


def joined(parts: list[str], separator: str = ", ") -> str:
    """Texts one after another ("3 sent, 1 failed"), each part translated on its own."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    template = separator.join(f"{{p{i}}}" for i in range(len(parts)))
    return UserText(template, {f"p{i}": part for i, part in enumerate(parts)})


# The decimal point, on its own so that it follows the language ("." in English).
_DECIMAL_POINT = user_text(".")


def decimal(value: float, places: int = 1) -> str:
    """A number with a fixed number of decimals: "1.5" (English), "1,5" (German)."""
    whole, _, fraction = f"{value:.{places}f}".partition(".")
    if not fraction:
        return whole
    return UserText("{whole}{point}{fraction}", {"whole": whole, "point": _DECIMAL_POINT, "fraction": fraction})
