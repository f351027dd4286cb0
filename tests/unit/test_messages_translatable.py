"""Messages from the Qt-free layers are user_text, and the window shows them in German."""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import pkgutil
import socket
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

import crm_desktop
from crm_desktop.domain import errors
from crm_desktop.domain.dates import Due, Recurrence
from crm_desktop.domain.errors import ConflictError, CrmError, NotFound, ValidationError
from crm_desktop.domain.i18n import UserText, decimal, message_of, number, user_text
from crm_desktop.exchange.limits import FileRefused
from crm_desktop.exchange.readers import open_table
from crm_desktop.mail.connection import Endpoint, MailProtocol, explain
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.deals import DealInput
from crm_desktop.services.reminders import CatchUp

SRC = Path(crm_desktop.__file__).parent
FOLDERS = ("domain", "services", "exchange", "mail", "storage", "commands")
# Dicts whose values become ValidationError fields (or other messages) in the services.
MESSAGE_DICTS = {"errors", "problems"}


def _error_classes() -> set[str]:
    """Names of every CrmError subclass defined in the Qt-free layers."""
    for folder in FOLDERS:
        package = importlib.import_module(f"crm_desktop.{folder}")
        for info in pkgutil.walk_packages(package.__path__, f"crm_desktop.{folder}."):
            if ".migrations" not in info.name:
                importlib.import_module(info.name)
    found, todo = set(), [CrmError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


def _plain_text(node: ast.AST) -> bool:
    """A message written as a literal, an f-string, a concatenation or a .format() of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _plain_text(node.func.value) or any(_plain_text(a) for a in node.args)
    return False


def untranslated(source: str, classes: set[str]) -> list[tuple[int, str]]:
    """(line, text) of each message in ``source`` that is not built with user_text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in classes or not node.args:
                continue
            first = node.args[0]
            if name == "NotFound" or name == "ConflictError":
                kinds = errors.NOT_FOUND_KINDS if name == "NotFound" else errors.CONFLICT_KINDS
                if isinstance(first, ast.Constant) and first.value not in kinds:
                    found.append((node.lineno, f"{name}({first.value!r}): no sentence for this kind in errors.py"))
                elif _plain_text(first) and not isinstance(first, ast.Constant):
                    found.append((node.lineno, ast.unparse(first)[:70]))
                continue
            values = first.values if isinstance(first, ast.Dict) else [first]
            found += [(node.lineno, ast.unparse(v)[:70]) for v in values if v is not None and _plain_text(v)]
        elif isinstance(node, ast.Assign) and _plain_text(node.value):
            for target in node.targets:
                if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                        and target.value.id in MESSAGE_DICTS):
                    found.append((node.lineno, ast.unparse(node.value)[:70]))
    return found


def _sources() -> Iterator[Path]:
    for folder in FOLDERS:
        for path in sorted((SRC / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_the_scan_finds_plain_messages() -> None:
    classes = {"CrmError", "ValidationError", "NotFound", "FileRefused"}
    bad = '''
raise FileRefused("This file is empty.")
raise CrmError(f"There is no set-up called {name}.")
raise ValidationError({"name": "Enter a name.", "email": user_text("Check the email.")})
raise NotFound("gadget", 3)
errors["title"] = "The title is too long."
raise CrmError("Part one " + detail)
'''
    good = '''
raise FileRefused(user_text("This file is empty."))
raise ValidationError({"name": user_text("Enter a {what}.", what=user_text("name"))})
raise ValidationError({name: message_of(exc)})
raise NotFound("contact", 3)
raise ValueError("open_for needs a contact or a deal")
errors["title"] = user_text("The title is too long.")
'''
    assert sorted(line for line, _ in untranslated(bad, classes)) == [2, 3, 4, 5, 6, 7]
    assert untranslated(good, classes) == []


def test_errors_of_the_core_are_raised_with_user_text() -> None:
    classes = _error_classes()
    assert {"ValidationError", "NotFound", "FileRefused", "MailError", "BackupError", "SheetError"} <= classes
    problems = [
        f"{path.relative_to(SRC.parent)}:{line}: {text}"
        for path in _sources()
        for line, text in untranslated(path.read_text(encoding="utf-8"), classes)
    ]
    assert not problems, "build these messages with user_text(...):\n" + "\n".join(problems)


def test_messages_keep_their_english_text_and_survive_copies() -> None:
    error = NotFound("contact", 7)
    assert str(error) == "This contact no longer exists (it may have been deleted)."
    assert (error.what, error.ident) == ("contact", 7)
    for twin in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(twin) is NotFound and (twin.what, twin.ident) == ("contact", 7)
        assert isinstance(twin.args[0], UserText) and twin.args[0].template == error.args[0].template
    fields = ValidationError({"name": user_text("Enter a first or last name.")})
    twin = pickle.loads(pickle.dumps(fields))
    assert twin.fields == fields.fields and isinstance(twin.fields["name"], UserText)
    assert str(ConflictError("deal")).startswith("This deal was changed elsewhere")
    nested = user_text("{problem} Your current data was not changed.", problem=user_text("{n} bytes", n=3))
    assert pickle.loads(pickle.dumps(nested)).params["problem"].template == "{n} bytes"
    assert message_of(ValueError(user_text("This amount is too large."))).template == "This amount is too large."
    assert (number(999), number(1234567), decimal(2.5)) == ("999", "1,234,567", "2.5")


def test_service_errors_show_in_german(german, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.i18n import user_message

    with pytest.raises(ValidationError) as invalid:
        services.contacts.create(ContactInput(emails=["not-an-address"]))
    assert user_message(invalid.value).split("\n") == [
        "Geben Sie einen Vor- oder Nachnamen ein.",
        "„not-an-address“ ist keine gültige E-Mail-Adresse (sie sollte so aussehen: name@example.com).",
    ]
    with pytest.raises(NotFound) as gone:
        services.contacts.get(4242)
    assert user_message(gone.value) == "Diesen Kontakt gibt es nicht mehr (er wurde vielleicht gelöscht)."
    assert user_message(pickle.loads(pickle.dumps(gone.value))) == user_message(gone.value)

    stage = services.pipelines.list()[0].stages[0]
    for title in ("Website", "Shop"):
        services.deals.create(DealInput(title=title, value="1200", stage_id=stage.id))
    with pytest.raises(ValidationError) as busy:
        services.pipelines.delete_stage(stage.id)
    assert user_message(busy.value) == (
        f"„{stage.name}“ enthält 2 Deals. Wählen Sie die Phase, in die sie verschoben werden sollen."
    )

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(FileRefused) as refused:
        open_table(empty)
    assert user_message(refused.value) == "Diese Datei ist leer: Es gibt nichts zu importieren."

    mail = explain(socket.gaierror(-2, "Name or service not known"), MailProtocol.SMTP,
                   Endpoint("smtp.example.invalid", 465, "ssl", "anna"))
    assert user_message(mail) == (
        "Der Postausgangsserver (SMTP) „smtp.example.invalid“ wurde nicht gefunden. "
        "Prüfen Sie die Schreibweise und Ihre Internetverbindung."
    )
    assert user_message(mail) != str(mail)  # the English text stays for logs and the command line


def test_service_texts_show_in_german(german) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.i18n import translated

    due = Due(date(2026, 4, 3), time(9, 30)).describe(date(2026, 4, 2))
    assert str(due) == "Tomorrow, Fri 3 Apr at 09:30"
    assert translated(due) == "Morgen, Fr., 3. Apr. um 09:30"
    assert translated(Recurrence("monthly", 2, True, 15).describe()) == "Alle 2 Monate am 15., nur an Werktagen"
    reminders = CatchUp([object()] * 1234).message  # type: ignore[list-item]
    assert translated(reminders) == "1.234 Wiedervorlagen wurden fällig, während das CRM geschlossen war"
    assert translated(decimal(1.5)) == "1,5"
    assert translated(datetime(2026, 1, 1)) == "2026-01-01 00:00:00"  # plain values pass through
