"""Known export layouts, recognised from the header row alone (see FORMATS.md)."""

from __future__ import annotations

import re

from crm_desktop.domain.i18n import user_text

OWN_EXPORT = ["ID", "First name", "Last name", "Email", "Phone", "Company", "Job title", "Tags",
              "City", "Country", "Created", "Updated"]

_OWN = {
    "First name": "first_name", "Last name": "last_name", "Email": "email", "Phone": "phone",
    "Company": "company", "Job title": "job_title", "Tags": "tags", "City": "city", "Country": "country",
    "Street": "street", "Postal code": "postal_code", "Region": "region", "Other emails": "email",
    "Other phones": "phone", "Website": "website", "Birthday": "birthday", "Do not email": "do_not_email",
    "Notes": "notes",
}

_VCARD = {
    "First name": "first_name", "Last name": "last_name", "Full name": "full_name",
    "Middle name": "middle_name", "E-mail": "email", "Phone": "phone", "Company": "company",
    "Job title": "job_title", "Birthday": "birthday", "Street": "street", "City": "city",
    "Region": "region", "Postal code": "postal_code", "Country": "country", "Website": "website",
    "Notes": "notes", "Categories": "tags",
}

_GOOGLE_COMMON = {
    "Birthday": "birthday", "Notes": "notes",
}
_GOOGLE_OLD = {
    **_GOOGLE_COMMON, "Name": "full_name", "Given Name": "first_name", "Additional Name": "middle_name",
    "Family Name": "last_name", "Group Membership": "tags",
}
_GOOGLE_NEW = {
    **_GOOGLE_COMMON, "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name",
    "Organization Name": "company", "Organization Title": "job_title", "Labels": "tags",
}
_GOOGLE_PATTERNS = [
    (re.compile(r"^E-mail \d+ - Value$"), "email"),
    (re.compile(r"^Phone \d+ - Value$"), "phone"),
    (re.compile(r"^Website \d+ - Value$"), "website"),
    (re.compile(r"^Address 1 - Street$"), "street"),
    (re.compile(r"^Address 1 - City$"), "city"),
    (re.compile(r"^Address 1 - Region$"), "region"),
    (re.compile(r"^Address 1 - Postal Code$"), "postal_code"),
    (re.compile(r"^Address 1 - Country$"), "country"),
    (re.compile(r"^Address 1 - Formatted$"), "address"),
    (re.compile(r"^Organization 1 - Name$"), "company"),
    (re.compile(r"^Organization 1 - Title$"), "job_title"),
]

_OUTLOOK_EN = {
    "First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name",
    "Company": "company", "Job Title": "job_title",
    "Business Street": "street", "Business City": "city", "Business State": "region",
    "Business Postal Code": "postal_code", "Business Country/Region": "country",
    "Home Street": "street", "Home City": "city", "Home State": "region",
    "Home Postal Code": "postal_code", "Home Country/Region": "country",
    "Business Phone": "phone", "Business Phone 2": "phone", "Mobile Phone": "phone",
    "Home Phone": "phone", "Home Phone 2": "phone", "Primary Phone": "phone",
    "Company Main Phone": "phone", "Other Phone": "phone",
    "E-mail Address": "email", "E-mail 2 Address": "email", "E-mail 3 Address": "email",
    "Notes": "notes", "Categories": "tags", "Web Page": "website", "Birthday": "birthday",
}
_OUTLOOK_DE = {
    "Vorname": "first_name", "Weitere Vornamen": "middle_name", "Nachname": "last_name",
    "Firma": "company", "Position": "job_title", "Abteilung": "",  # department: not a contact field
    "Straße geschäftlich": "street", "Ort geschäftlich": "city", "Region geschäftlich": "region",
    "Postleitzahl geschäftlich": "postal_code", "Land/Region geschäftlich": "country",
    "Straße privat": "street", "Ort privat": "city", "Region privat": "region",
    "Postleitzahl privat": "postal_code", "Land/Region privat": "country",
    "Telefon geschäftlich": "phone", "Telefon geschäftlich 2": "phone", "Mobiltelefon": "phone",
    "Telefon privat": "phone", "Haupttelefon": "phone",
    "E-Mail-Adresse": "email", "E-Mail 2: Adresse": "email", "E-Mail 3: Adresse": "email",
    "Notizen": "notes", "Kategorien": "tags", "Webseite": "website", "Geburtstag": "birthday",
}
_OUTLOOK_FR = {
    "Prénom": "first_name", "Deuxième prénom": "middle_name", "Nom": "last_name",
    "Société": "company", "Fonction": "job_title", "Service": "",  # department
    "Rue (bureau)": "street", "Ville (bureau)": "city", "Dép/Région (bureau)": "region",
    "Code postal (bureau)": "postal_code", "Pays/Région (bureau)": "country",
    "Rue (domicile)": "street", "Ville (domicile)": "city", "Code postal (domicile)": "postal_code",
    "Pays/Région (domicile)": "country",
    "Téléphone (bureau)": "phone", "Tél. mobile": "phone", "Téléphone (domicile)": "phone",
    "Téléphone principal": "phone",
    "Adresse de messagerie": "email", "Adresse de messagerie 2": "email", "Adresse de messagerie 3": "email",
    "Notes": "notes", "Catégories": "tags", "Page Web": "website", "Anniversaire": "birthday",
}
_OUTLOOK_ES = {
    "Nombre": "first_name", "Segundo nombre": "middle_name", "Apellidos": "last_name",
    "Organización": "company", "Compañía": "company", "Puesto": "job_title",
    "Departamento": "",  # department (not a region, which a guess would make of it)
    "Calle del trabajo": "street", "Ciudad de trabajo": "city", "Provincia o estado de trabajo": "region",
    "Código postal del trabajo": "postal_code", "País o región del trabajo": "country",
    "Calle del domicilio": "street", "Ciudad de residencia": "city", "Código postal de residencia": "postal_code",
    "Teléfono del trabajo": "phone", "Móvil": "phone", "Teléfono móvil": "phone", "Teléfono particular": "phone",
    "Dirección de correo electrónico": "email", "Dirección del correo electrónico 2": "email",
    "Dirección del correo electrónico 3": "email",
    "Notas": "notes", "Categorías": "tags", "Página web": "website", "Cumpleaños": "birthday",
}
_HUBSPOT = {
    "First Name": "first_name", "Last Name": "last_name", "Email": "email",
    "Phone Number": "phone", "Mobile Phone Number": "phone", "Company Name": "company",
    "Associated Company": "company", "Job Title": "job_title", "Street Address": "street",
    "City": "city", "State/Region": "region", "Postal Code": "postal_code",
    "Country/Region": "country", "Website URL": "website", "Date of birth": "birthday",
}
_PIPEDRIVE = {
    "Person - Name": "full_name", "Person - First name": "first_name", "Person - Last name": "last_name",
    "Person - Organization": "company", "Organization - Name": "company", "Person - Job title": "job_title",
    "Person - Labels": "tags", "Person - Label": "tags", "Person - Postal address": "address",
    "Person - Birthday": "birthday", "Note - Content": "notes",
}
_PIPEDRIVE_PATTERNS = [
    (re.compile(r"^Person - Email"), "email"),
    (re.compile(r"^Person - Phone"), "phone"),
]

# key -> (plain name, exact header map, patterns)
LAYOUTS: dict[str, tuple[str, dict[str, str], list[tuple[re.Pattern[str], str]]]] = {
    "own": (user_text("a contact export from this app"), _OWN, []),
    "vcard": (user_text("an address book (vCard)"), _VCARD, []),
    "google_old": (user_text("a Google Contacts export (Google CSV)"), _GOOGLE_OLD, _GOOGLE_PATTERNS),
    "google_new": (user_text("a Google Contacts export"), _GOOGLE_NEW, _GOOGLE_PATTERNS),
    "outlook": (user_text("an Outlook export"), _OUTLOOK_EN, []),
    "outlook_com": (user_text("an Outlook.com export"), _OUTLOOK_EN, []),
    "outlook_de": (user_text("an Outlook export (German)"), _OUTLOOK_DE, []),
    "outlook_fr": (user_text("an Outlook export (French)"), _OUTLOOK_FR, []),
    "outlook_es": (user_text("an Outlook export (Spanish)"), _OUTLOOK_ES, []),
    "hubspot": (user_text("a HubSpot export"), _HUBSPOT, []),
    "pipedrive": (user_text("a Pipedrive export"), _PIPEDRIVE, _PIPEDRIVE_PATTERNS),
}


def detect_layout(headers: list[str]) -> str:
    """The key of the known layout these column titles come from, or '' if none."""
    h = [x.strip() for x in headers]
    s = set(h)
    if set(OWN_EXPORT) <= s:
        return "own"
    if h[: len(LAYOUTS["vcard"][1])] == list(_VCARD):
        return "vcard"
    if h and h[0] == "Record ID":
        return "hubspot"
    if sum(1 for x in h if re.match(r"^(Person|Organization|Deal|Activity|Note) - ", x)) >= 2:
        return "pipedrive"
    if {"Given Name", "Family Name"} <= s and ("Group Membership" in s or "Additional Name" in s):
        return "google_old"
    if {"First Name", "Last Name"} <= s and ("Labels" in s or "Organization Name" in s) and any(
        x.startswith(("E-mail 1 - ", "Phone 1 - ")) for x in h
    ):
        return "google_new"
    if {"First Name", "Last Name", "E-mail Address"} <= s:
        return "outlook_com" if "Given Yomi" in s or (h and h[0] == "First Name") else "outlook"
    if {"Vorname", "Nachname"} <= s:
        return "outlook_de"
    if {"Prénom", "Nom"} <= s:
        return "outlook_fr"
    if {"Nombre", "Apellidos"} <= s:
        return "outlook_es"
    return ""


def layout_field(layout: str, header: str) -> str | None:
    """The field this column feeds in a known layout; '' to ignore; None if not listed."""
    _, exact, patterns = LAYOUTS[layout]
    header = header.strip()
    if header in exact:
        return exact[header]
    for pattern, field in patterns:
        if pattern.match(header):
            return field
    return None
