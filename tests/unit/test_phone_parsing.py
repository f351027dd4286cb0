"""parse_phone's shortcuts give exactly what phonenumbers' general functions give."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.phone import digits, looks_like_phone, parse_phone

CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
REGIONS = ["", "US", "FR", "DE", "GB", "IT", "AR", "BR", "JP", "IN", "MX", "CN", "RU", "NL", "AU"]


def reference(raw: str, region: str) -> tuple[str, str | None, str] | None:
    """The original implementation: phonenumbers.parse + format_number."""
    raw = " ".join(raw.split())
    if not looks_like_phone(raw):
        return None
    e164, national = None, ""
    try:
        parsed = phonenumbers.parse(raw, region.upper() or None)
        if phonenumbers.is_possible_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            national = digits(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
    except phonenumbers.NumberParseException:
        pass
    seen: list[str] = []
    for form in [digits(raw), *((digits(e164), national) if e164 else ())]:
        if form and form not in seen:
            seen.append(form)
    return raw, e164, " ".join(seen)


def ours(raw: str, region: str) -> tuple[str, str | None, str] | None:
    try:
        phone = parse_phone(raw, region)
    except ValueError:
        return None
    return phone.raw, phone.e164, phone.search_digits


international = st.builds(lambda code, rest: f"+{code} {rest}", st.sampled_from(CODES),
                          st.text(alphabet="0123456789 ", max_size=18))
anything = st.text(alphabet="+0123456789 -()./x#ext", max_size=24)


@settings(max_examples=600, deadline=None)
@given(raw=st.one_of(international, anything), region=st.sampled_from(REGIONS))
def test_parse_phone_matches_phonenumbers(raw: str, region: str) -> None:
    assert ours(raw, region) == reference(raw, region)


def test_known_numbers() -> None:
    for raw, region in [("+33 6 12 34 56 78", "US"), ("+39 06 1234 5678", ""), ("+1 650 253 0000", "FR"),
                        ("(650) 253-0000", "US"), ("+44 20 7946 0958 ext. 12", "GB"), ("0612345678", "FR"),
                        ("+54 9 11 1234 5678", "AR"), ("+800 1234 5678", "")]:
        assert ours(raw, region) == reference(raw, region)
    assert parse_phone("+33 6 12 34 56 78").e164 == "+33612345678"


def test_example_numbers_of_every_region() -> None:
    """Every region's example numbers, written three ways, read from there and from elsewhere."""
    formats = (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
               phonenumbers.PhoneNumberFormat.E164)
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for fmt in formats:
                raw = phonenumbers.format_number(example, fmt)
                for where in (region, "US"):
                    assert ours(raw, where) == reference(raw, where), (raw, where)
