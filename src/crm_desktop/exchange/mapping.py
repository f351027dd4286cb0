"""Which column feeds which contact field, and turning a row into a contact.

``recognise(headers)`` knows the layouts in ``presets`` from the header row alone; any
other file gets a proposal from fuzzy matching of the column titles (rapidfuzz).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.text import clean, fold, split_full_name
from crm_desktop.exchange.presets import LAYOUTS, detect_layout, layout_field

# field key -> label shown to the user ("" = not imported)
FIELDS: dict[str, str] = {
    "": user_text("Don't import"),
    "first_name": user_text("First name"),
    "middle_name": user_text("Middle name"),
    "last_name": user_text("Last name"),
    "full_name": user_text("Full name (split into first and last)"),
    "email": user_text("Email"),
    "phone": user_text("Phone"),
    "company": user_text("Company"),
    "job_title": user_text("Job title"),
    "street": user_text("Street"),
    "city": user_text("City"),
    "postal_code": user_text("Postal code"),
    "region": user_text("State / region"),
    "country": user_text("Country"),
    "address": user_text("Whole address in one cell"),
    "website": user_text("Website"),
    "birthday": user_text("Birthday"),
    "notes": user_text("Notes"),
    "tags": user_text("Tags / groups"),
    "do_not_email": user_text("Do not email (yes/no)"),
}
MULTI_FIELDS = {"email", "phone", "tags", "notes"}
CUSTOM_PREFIX = "custom:"  # "custom:<field key>": a contact custom field as import target
CUSTOM_SUFFIX = " (custom)"  # our export's header for a custom field named like a standard column


@dataclass(frozen=True)
class CustomTarget:
    """A contact custom field the importer can fill: ``parse`` normalises a cell (ValueError
    with a plain message when the value does not fit the field)."""

    field_id: int
    key: str
    label: str
    parse: Callable[[object], str]

    @property
    def target(self) -> str:
        return CUSTOM_PREFIX + self.key


def custom_for_headers(headers: list[str], custom: list[CustomTarget]) -> list[str]:
    """Per header, the custom field it names: "Segment (custom)" or "Custom: Segment" first,
    then a plain "Segment" for the fields not named that way (so our export's "Source" column,
    a standard field, does not take the place of "Source (custom)")."""
    tagged = {fold(c.label + CUSTOM_SUFFIX): c.target for c in custom}
    tagged.update({fold("Custom: " + c.label): c.target for c in custom})
    plain = {fold(c.label): c.target for c in custom}
    out = [tagged.get(fold(h), "") for h in headers]
    taken = set(out)
    for i, h in enumerate(headers):
        target = plain.get(fold(h), "")
        if not out[i] and target and target not in taken:
            out[i] = target
            taken.add(target)
    return out


def target_label(key: str, custom: dict[str, CustomTarget]) -> str:
    """What the user sees for a mapping target: "Email", "Custom: Segment"."""
    if key in custom:
        return user_text("Custom: {field}", field=custom[key].label)
    return FIELDS.get(key, key)

SYNONYMS: dict[str, list[str]] = {
    "first_name": ["first name", "firstname", "first", "given name", "forename", "vorname", "prenom", "nombre", "nome"],
    "middle_name": ["middle name", "additional name", "second name", "weitere vornamen", "segundo nombre"],
    "last_name": ["last name", "lastname", "surname", "family name", "last", "nachname", "nom de famille", "apellido", "apellidos", "cognome"],
    "full_name": ["name", "full name", "contact", "contact name", "display name", "person", "client", "customer", "nom complet", "nombre completo"],
    "email": ["email", "e mail", "mail", "email address", "e mail address", "emails", "courriel", "correo", "correo electronico", "e mail adresse", "emailadresse"],
    "phone": ["phone", "telephone", "tel", "telefon", "telefono", "phone number", "mobile", "cell", "cell phone", "mobile phone", "handy", "portable", "movil", "work phone", "home phone", "phones", "telefonnummer", "numero de telephone"],
    "company": ["company", "organization", "organisation", "firma", "unternehmen", "societe", "entreprise", "empresa", "compania", "business", "account", "company name", "organization name", "organisation name", "employer"],
    "job_title": ["job title", "title", "position", "role", "function", "fonction", "puesto", "cargo", "beruf", "job", "poste"],
    "street": ["street", "street address", "address line 1", "address 1", "strasse", "rue", "calle", "adresse postale"],
    "city": ["city", "town", "ort", "stadt", "ville", "ciudad", "localidad", "citta"],
    "postal_code": ["zip", "zip code", "zipcode", "postal code", "postcode", "plz", "postleitzahl", "code postal", "codigo postal", "cap"],
    "region": ["state", "region", "province", "county", "bundesland", "provincia", "departement", "state region"],
    "country": ["country", "land", "pays", "pais", "country region", "nation"],
    "address": ["address", "full address", "postal address", "anschrift", "adresse", "direccion", "mailing address"],
    "website": ["website", "web", "url", "homepage", "web page", "site", "site web", "webseite", "pagina web", "web site"],
    "birthday": ["birthday", "birth date", "birthdate", "date of birth", "dob", "geburtstag", "geburtsdatum", "anniversaire", "date de naissance", "cumpleanos", "fecha de nacimiento"],
    "notes": ["notes", "note", "comments", "comment", "remarks", "description", "notizen", "bemerkung", "bemerkungen", "commentaire", "commentaires", "notas", "memo"],
    "tags": ["tags", "tag", "labels", "label", "categories", "category", "groups", "group", "kategorien", "categorias", "etiquettes", "segment", "lists"],
    "do_not_email": ["do not email", "no email", "email opt out", "unsubscribed", "opted out"],
}


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


_EXACT = {_norm(s): f for f, words in SYNONYMS.items() for s in words}
_CHOICES = list(_EXACT)


def header_score(cells: list[str]) -> int:
    """How many cells are recognisable contact column titles (for header-row detection)."""
    layout = detect_layout(cells)
    if layout:
        return sum(1 for c in cells if layout_field(layout, c)) + 5
    return sum(1 for c in cells if _norm(c) in _EXACT)


def guess_field(header: str) -> str:
    """The field a column title most likely means, or '' when nothing is close enough."""
    key = _norm(header)
    if not key:
        return ""
    if key in _EXACT:
        return _EXACT[key]
    from rapidfuzz import fuzz, process

    best = process.extractOne(key, _CHOICES, scorer=fuzz.ratio, score_cutoff=84)
    if best is not None:
        return _EXACT[best[0]]
    # "Email (work)", "Mobile number", "Home phone 2": a synonym as a whole word inside
    words = f" {key} "
    for syn, fld in sorted(_EXACT.items(), key=lambda kv: -len(kv[0])):
        if len(syn) >= 4 and f" {syn} " in words:
            return fld
    return ""


@dataclass
class Mapping:
    """One field key per column (``''`` for columns not imported)."""

    fields: list[str]
    layout: str = ""
    unmapped_to_notes: bool = False
    unescape_formulas: bool = False
    headers: list[str] = field(default_factory=list)
    custom: dict[str, CustomTarget] = field(default_factory=dict)  # "custom:key" -> target

    @property
    def layout_name(self) -> str:
        return LAYOUTS[self.layout][0] if self.layout in LAYOUTS else ""

    def mapped(self) -> list[tuple[str, str]]:
        return [(h, f) for h, f in zip(self.headers, self.fields, strict=False) if f]

    def to_profile(self) -> dict[str, Any]:
        return {
            "columns": {h: f for h, f in zip(self.headers, self.fields, strict=False)},
            "unmapped_to_notes": self.unmapped_to_notes,
        }

    @classmethod
    def from_profile(cls, profile: dict[str, Any], headers: list[str],
                     custom: list[CustomTarget] | None = None) -> Mapping:
        base = recognise(headers, custom)
        columns = profile.get("columns", {})
        known = set(FIELDS) | set(base.custom)
        fields = [columns.get(h, base.fields[i]) if columns.get(h, "") in known else base.fields[i]
                  for i, h in enumerate(headers)]
        return cls(fields, layout=base.layout, unmapped_to_notes=bool(profile.get("unmapped_to_notes")),
                   unescape_formulas=base.unescape_formulas, headers=list(headers), custom=base.custom)


_LOCALISED = {"outlook_de", "outlook_fr", "outlook_es"}


def recognise(headers: list[str], custom: list[CustomTarget] | None = None) -> Mapping:
    """A mapping from the header row; ``custom`` lists the contact custom fields that can be
    targets (a header naming one exactly, as our export writes it, maps to it)."""
    custom = custom or []
    layout = detect_layout(headers)
    own = custom_for_headers(headers, custom)
    if layout:
        listed = [layout_field(layout, h) for h in headers]
        fields = [f or own[i] for i, f in enumerate(listed)]
        for i, h in enumerate(headers):
            if fields[i] or listed[i] is not None:  # fed, or a column of the layout that is not imported
                continue
            if layout in _LOCALISED:  # localised spellings vary between versions: guess them
                guess = guess_field(h)
            else:  # a column the user added ("City"): only when its name is exactly a field's
                guess = _EXACT.get(_norm(h), "")
            if guess and guess not in fields:
                fields[i] = guess
    else:
        fields = [own[i] or guess_field(h) for i, h in enumerate(headers)]
        # one column per single-value field: later look-alikes are left for the user
        seen: set[str] = set()
        for i, f in enumerate(fields):
            if f and f not in MULTI_FIELDS and f in seen:
                fields[i] = ""
            seen.add(f)
    return Mapping(fields, layout=layout, unescape_formulas=layout == "own", headers=list(headers),
                   custom={c.target: c for c in custom})


# --- turning a row into contact values -------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EMAIL_SPLIT = re.compile(r"\s*(?: ::: |;|,|\n|\s)\s*")
_PHONE_SPLIT = re.compile(r"\s*(?: ::: |;|\n|/ )\s*")
_TAG_SPLIT = re.compile(r"\s*(?: ::: |;|,|\n)\s*")
_EMPTY_DATES = {"0/0/00", "00.00.00", "0.0.00", "00/00/0000"}


class RowValues:
    """The raw values of one row, grouped by field, before validation."""

    def __init__(self) -> None:
        self.single: dict[str, str] = {}
        self.emails: list[str] = []
        self.phones: list[str] = []
        self.tags: list[str] = []
        self.notes: list[str] = []
        self.birthday: date | None = None
        self.birthday_text = ""
        self.custom: dict[str, str] = {}  # "custom:key" -> cell text

    def is_empty(self) -> bool:
        return not (self.single or self.emails or self.phones or self.tags or self.notes
                    or self.birthday or self.birthday_text)


def unescape_cell(value: str) -> str:
    """Reverse our export's formula escaping: a leading apostrophe before = + - @ tab CR."""
    if len(value) >= 2 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _tag_value(text: str) -> list[str]:
    out = []
    for part in _TAG_SPLIT.split(text):
        part = part.strip().lstrip("*").strip()
        if part and fold(part) not in ("mycontacts", "starred"):
            out.append(part)
    return out


def read_row(cells: list[Any], mapping: Mapping) -> RowValues:
    values = RowValues()
    fields = mapping.fields
    unescape = mapping.unescape_formulas
    to_notes = mapping.unmapped_to_notes
    for index, raw in enumerate(cells):
        if index >= len(fields):
            break
        target = fields[index]
        if not target and not to_notes:
            continue  # a column that is not imported
        if raw.__class__ is str:
            text = raw
        else:
            if isinstance(raw, date):
                if target == "birthday" and values.birthday is None:
                    values.birthday = raw
                    continue
                raw = raw.isoformat()
            text = str(raw) if raw is not None else ""
        if unescape:
            text = unescape_cell(text)
        stripped = text.strip()
        if not stripped:
            continue
        if not target:
            if index < len(mapping.headers):
                values.notes.append(f"{mapping.headers[index]}: {stripped}")
            continue
        if target == "email":
            values.emails += [p for p in _EMAIL_SPLIT.split(stripped) if p]
        elif target == "phone":
            values.phones += [p for p in _PHONE_SPLIT.split(stripped) if p]
        elif target == "tags":
            values.tags += _tag_value(text)
        elif target == "notes":
            values.notes.append(stripped)
        elif target == "birthday":
            if values.birthday is None and not values.birthday_text:
                values.birthday_text = stripped
        elif target.startswith(CUSTOM_PREFIX):
            values.custom.setdefault(target, stripped)
        elif target not in values.single:
            part = text.split(" ::: ")[0] if target == "website" else text
            values.single[target] = part.strip() if target == "address" else clean(part)
    return values


def parse_birthday(text: str) -> date | None:
    """'1980-04-22', '22.04.1980', '4/22/1980', '--04-22' (no year: stored with year 1604).
    Raises ValueError when the text is not a date."""
    text = text.strip()
    if not text or text in _EMPTY_DATES:
        return None
    m = re.match(r"^-?-(\d\d)-?(\d\d)$", text)
    if m:
        return date(1604, int(m.group(1)), int(m.group(2)))
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$", text)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if y < 100:
            y += 1900 if y > date.today().year % 100 else 2000
        day_first = sep in ".-" or a > 12
        if b > 12:
            day_first = False
        day, month = (a, b) if day_first else (b, a)
        return date(y, month, day)
    from dateutil import parser

    try:
        return parser.parse(text, default=None, dayfirst=True).date()  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(user_text("“{value}” is not a date", value=text)) from exc


def names_from(values: RowValues) -> tuple[str, str]:
    first = values.single.get("first_name", "")
    last = values.single.get("last_name", "")
    middle = values.single.get("middle_name", "")
    if not first and not last and values.single.get("full_name"):
        first, last = split_full_name(values.single["full_name"])
    if middle and first:
        first = f"{first} {middle}"
    return first, last
