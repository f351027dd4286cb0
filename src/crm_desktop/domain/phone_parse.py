"""Reading a phone number with the phonenumbers library: E.164 and the national digits.

Imported on the first number read (see phone.parse_phone), not at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers.phonemetadata import NumberFormat, PhoneMetadata
from phonenumbers.phonenumberutil import (
    _FIRST_GROUP_PATTERN,
    _extract_country_code,
    _format_nsn,
    _maybe_strip_national_prefix_carrier_code,
    _set_italian_leading_zeros_for_phone_number,
    _test_number_length,
    national_significant_number,
    region_code_for_country_code,
)

from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.phone import ALLOWED as _ALLOWED
from crm_desktop.domain.phone import Phone, digits

_PLUS_DIGITS = re.compile(r"\+[1-9][0-9 ]*")
_SHORT_OR_LOCAL = (
    phonenumbers.ValidationResult.TOO_SHORT,
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    phonenumbers.ValidationResult.INVALID_LENGTH,
)
_POSSIBLE = (phonenumbers.ValidationResult.IS_POSSIBLE, phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)


@lru_cache(maxsize=16384)
def parse(raw: str, region: str | None) -> Phone:
    raw = " ".join(raw.split())
    raw_digits = digits(raw)
    if not (raw and _ALLOWED.match(raw) and len(raw_digits) >= 3):  # looks_like_phone(raw)
        raise ValueError(user_text("This does not look like a phone number (use digits, spaces, + and -)."))
    e164: str | None = None
    national = ""
    split = _split_international(raw)
    if split is not None and split[1][0] != "0":  # the national significant number as it stands
        code, nsn, metadata = split
        if _length(nsn, metadata, code) in _POSSIBLE:
            e164, national = f"+{code}{nsn}", _national_digits(nsn, metadata)
    else:
        try:
            parsed = _parse_international(split) if split else phonenumbers.parse(raw, region)
            if phonenumbers.is_possible_number(parsed):
                e164, national = _formats(parsed)
        except phonenumbers.NumberParseException:
            pass
    forms = [raw_digits]
    if e164:
        forms += [e164[1:], national]
    seen: list[str] = []
    for form in forms:
        if form and form not in seen:
            seen.append(form)
    return Phone(raw=raw, e164=e164, search_digits=" ".join(seen))


def _split_international(raw: str) -> tuple[int, str, PhoneMetadata] | None:
    """Country code, national number and metadata of a '+<digits and spaces>' number, as
    ``phonenumbers.parse`` finds them; None for any other form."""
    if not _PLUS_DIGITS.fullmatch(raw):
        return None
    number = raw[1:].replace(" ", "")
    if len(number) <= 2:
        return None
    code, size = _country_code(number[:3])
    national = number[size:]
    metadata = _metadata(code) if code else None
    if metadata is None or len(national) < 2:
        return None
    _, stripped, _ = _maybe_strip_national_prefix_carrier_code(national, metadata)
    if _length(stripped, metadata, code) not in _SHORT_OR_LOCAL:
        national = stripped
    if not 2 <= len(national) <= 17:
        return None
    return code, national, metadata


def _parse_international(split: tuple[int, str, PhoneMetadata]) -> phonenumbers.PhoneNumber:
    """The number ``phonenumbers.parse`` gives for a '+<digits and spaces>' number split by
    ``_split_international``, taking the same steps without its general text handling."""
    code, national, _ = split
    parsed = phonenumbers.PhoneNumber(country_code=code)
    _set_italian_leading_zeros_for_phone_number(national, parsed)
    parsed.national_number = int(national)
    return parsed


def _formats(parsed: phonenumbers.PhoneNumber) -> tuple[str, str]:
    """E.164 and the digits of the national format; the same as ``format_number`` gives,
    without its general checks for the plain case (no extension, a known country code)."""
    code = parsed.country_code
    metadata = _metadata(code) if code else None
    if parsed.extension or not parsed.national_number or metadata is None:
        return (phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
                digits(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)))
    nsn = national_significant_number(parsed)
    return f"+{code}{nsn}", _national_digits(nsn, metadata)


def _national_digits(nsn: str, metadata: PhoneMetadata) -> str:
    """The digits of ``_format_nsn(nsn, metadata, NATIONAL)``, with the chosen pattern's
    replacement template split once into literal digits and groups."""
    chosen = _choose_format(metadata, nsn)
    if chosen is None:
        return digits(nsn)
    plan = _template(chosen)
    if plan is not None:
        pattern, template = plan
        m = pattern.match(nsn)
        # re.sub replaces this one match; the shortcut holds when it covers the whole number
        if m is not None and m.end() == len(nsn) and pattern.match(nsn, len(nsn)) is None:
            return template.format(*m.groups(""))
    return digits(_format_nsn(nsn, metadata, phonenumbers.PhoneNumberFormat.NATIONAL))


_formats_by_metadata: dict[int, tuple[PhoneMetadata, list[tuple[re.Pattern[str] | None, re.Pattern[str], NumberFormat]]]] = {}


def _choose_format(metadata: PhoneMetadata, nsn: str) -> NumberFormat | None:
    """``_choose_formatting_pattern_for_number(metadata.number_format, nsn)`` with the
    patterns compiled once per country instead of looked up on every call."""
    known = _formats_by_metadata.get(id(metadata))
    if known is None or known[0] is not metadata:
        compiled = [(re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
                     re.compile(f.pattern), f) for f in metadata.number_format]
        known = (metadata, compiled)
        _formats_by_metadata[id(metadata)] = known
    for leading, pattern, fmt in known[1]:
        if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
            return fmt
    return None


_TEMPLATE_PART = re.compile(r"\\(\d)")
_plans: dict[int, tuple[NumberFormat, tuple[re.Pattern[str], str] | None]] = {}


def _template(chosen: NumberFormat) -> tuple[re.Pattern[str], str] | None:
    """The format's pattern and its replacement as a ``str.format`` template over the match's
    groups (an empty string for a group that did not take part), keeping only the digits of
    the literal text; None when the replacement is not that simple."""
    known = _plans.get(id(chosen))
    if known is not None and known[0] is chosen:
        return known[1]
    rule = chosen.format
    if chosen.national_prefix_formatting_rule:
        rule = re.sub(_FIRST_GROUP_PATTERN, chosen.national_prefix_formatting_rule, rule, count=1)
    plan: tuple[re.Pattern[str], str] | None = None
    if not re.search(r"\\(?!\d(?!\d))", rule):  # only single-digit group references
        pattern = re.compile(chosen.pattern)
        parts = _TEMPLATE_PART.split(rule)
        groups = [int(t) for t in parts[1::2]]
        if all(1 <= g <= pattern.groups for g in groups):
            plan = (pattern, "".join(digits(t) if i % 2 == 0 else f"{{{int(t) - 1}}}" for i, t in enumerate(parts)))
    _plans[id(chosen)] = (chosen, plan)
    return plan


@lru_cache(maxsize=1024)
def _country_code(start: str) -> tuple[int, int]:
    """The country code at the start of a number (0 when none) and how many digits it takes:
    what ``_extract_country_code`` finds, which looks at the first three digits only."""
    code, rest = _extract_country_code(start)
    return code, len(start) - len(rest) if code else 0


_lengths: dict[tuple[int, int], phonenumbers.ValidationResult] = {}


def _length(nsn: str, metadata: PhoneMetadata, code: int) -> phonenumbers.ValidationResult:
    """``_test_number_length(nsn, metadata)``, which depends on the length alone, remembered
    per country code (``metadata`` is the one of ``code``)."""
    key = (code, len(nsn))
    known = _lengths.get(key)
    if known is None:
        known = _lengths[key] = _test_number_length(nsn, metadata)
    return known


@lru_cache(maxsize=512)
def _metadata(code: int) -> PhoneMetadata | None:
    region = region_code_for_country_code(code)
    if region == phonenumbers.UNKNOWN_REGION:
        return None
    return PhoneMetadata.metadata_for_region_or_calling_code(code, region.upper())
