"""Messages for the people using the app, kept translatable without Qt.

Services and readers build their user-facing messages with ``user_text``: the result is
the English text (a ``str``, so logs, the CLI and tests read it as usual) that also keeps
its template and values, so the GUI can show it in the chosen language. The translation
tools find every ``user_text("...")`` call; keep the template a literal string.
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


def user_text(template: str, /, **params: Any) -> UserText:
    """A message for the user: ``user_text("Enter a name for the {what}.", what=...)``.

    Values may themselves be ``user_text`` (translated too) or plain values (shown as they are).
    """
    return UserText(template, params)
