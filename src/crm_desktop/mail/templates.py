"""Merge fields in subjects and bodies: ``{{first_name}}``, ``{{deal.title}}`` ...

Unknown fields are an error found before anything is sent, never an empty gap in a message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import user_text

FIELD = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")

FIELDS: dict[str, str] = {
    "first_name": user_text("First name"),
    "last_name": user_text("Last name"),
    "full_name": user_text("Full name"),
    "email": user_text("Email address"),
    "company": user_text("Company name"),
    "job_title": user_text("Job title"),
    "city": user_text("City"),
    "country": user_text("Country"),
    "deal.title": user_text("Deal title"),
    "deal.value": user_text("Deal value with currency"),
    "deal.stage": user_text("Deal stage"),
    "my.name": user_text("Your name (from Email settings)"),
    "my.email": user_text("Your email address"),
}


def fields_used(*texts: str) -> list[str]:
    seen: list[str] = []
    for text in texts:
        for match in FIELD.finditer(text or ""):
            name = match.group(1)
            if name not in seen:
                seen.append(name)
    return seen


def unknown_fields(*texts: str) -> list[str]:
    return [name for name in fields_used(*texts) if name not in FIELDS]


def check(subject: str, body: str) -> None:
    """Raise ValidationError naming every unknown field, with the list of known ones."""
    problems: dict[str, str] = {}
    for key, text in (("subject", subject), ("body", body)):
        bad = unknown_fields(text)
        if bad:
            names = ", ".join("{{" + b + "}}" for b in bad)
            known = ", ".join("{{" + f + "}}" for f in FIELDS)
            if key == "subject":
                problems[key] = (
                    user_text("The subject uses unknown merge field {names}. Known fields: {known}.",
                              names=names, known=known) if len(bad) == 1 else
                    user_text("The subject uses unknown merge fields {names}. Known fields: {known}.",
                              names=names, known=known)
                )
            else:
                problems[key] = (
                    user_text("The body uses unknown merge field {names}. Known fields: {known}.",
                              names=names, known=known) if len(bad) == 1 else
                    user_text("The body uses unknown merge fields {names}. Known fields: {known}.",
                              names=names, known=known)
                )
    if problems:
        raise ValidationError(problems)


def render(text: str, values: Mapping[str, str]) -> str:
    """Replace every field; the caller has run ``check`` (unknown fields raise here too)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in FIELDS:
            raise ValidationError({"body": user_text("Unknown merge field {field}.", field="{{" + name + "}}")})
        return str(values.get(name, ""))

    return FIELD.sub(replace, text or "")


def missing_values(subject: str, body: str, values: Mapping[str, str]) -> list[str]:
    """Known fields that would come out empty for this recipient (shown as a warning)."""
    return [name for name in fields_used(subject, body) if name in FIELDS and not values.get(name)]
