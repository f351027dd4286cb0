"""Hostile and random input for every form validator and parser: only plain errors come out.

ValidationError (a form field) or ValueError (a parser) are the only acceptable failures;
anything else would reach the user as a crash.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain import money, phone, text, validation
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import companies, contacts
from crm_desktop.services.backups import normalise_kind
from crm_desktop.services.tags import parse_tags

ALLOWED = (ValidationError, ValueError)
nasty_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.sampled_from(
        [
            "", " ", "\x00", "\u202e", "=cmd|' /C calc'!A0", "'; DROP TABLE contacts; --", "a" * 5000,
            "+", "++49", "(0)", "1e999", "NaN", "-", "..", "@", "a@b", "a@@b.com", "😀" * 50, "\r\n\t",
            "9" * 60, "-" * 10 + "1", "1,2,3.4.5", "٣٤٥", "１２３",
        ]
    ),
)
short_lists = st.lists(nasty_text, max_size=4)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _only_plain_errors(fn, *args):
    try:
        fn(*args)
    except ALLOWED:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=nasty_text, last=nasty_text, emails=short_lists, phones=short_lists, company=nasty_text,
    birthday=dates, notes=nasty_text, tags=short_lists, city=nasty_text, website=nasty_text,
    region=st.one_of(st.just(""), st.text(max_size=4), st.sampled_from(["DE", "US", "ZZ", "xx"])),
)
def test_contact_validation(first, last, emails, phones, company, birthday, notes, tags, city, website, region):
    data = contacts.ContactInput(
        first_name=first, last_name=last, emails=emails, phones=phones, company=company,
        birthday=birthday, notes=notes, tags=tags, city=city, website=website,
    )
    try:
        cleaned = contacts.validate(data, region)
    except ValidationError as exc:
        assert exc.fields and all(isinstance(m, str) and m for m in exc.fields.values())
        return
    assert "\x00" not in str(cleaned.values["notes"])


@settings(max_examples=300)
@given(name=nasty_text, email=nasty_text, phone=nasty_text, notes=nasty_text, tags=short_lists, domain=nasty_text)
def test_company_validation(name, email, phone, notes, tags, domain):
    data = companies.CompanyInput(name=name, email=email, phone=phone, notes=notes, tags=tags, domain=domain)
    _only_plain_errors(companies.validate, data)


@settings(max_examples=500)
@given(raw=nasty_text, region=st.one_of(st.none(), st.text(max_size=3), st.sampled_from(["DE", "GB", "US"])))
def test_phone_parsing(raw, region):
    _only_plain_errors(phone.parse_phone, raw, region)
    _only_plain_errors(phone.dedupe_key, raw, region)
    assert isinstance(phone.looks_like_phone(raw), bool)


@settings(max_examples=500)
@given(raw=nasty_text)
def test_email_and_text_helpers(raw):
    _only_plain_errors(validation.normalise_email, raw)
    _only_plain_errors(validation.check_currency, raw)
    assert isinstance(validation.email_key(raw), str)
    assert isinstance(text.fold(raw), str) and isinstance(text.clean(raw), str)
    assert len(text.split_full_name(raw)) == 2
    _only_plain_errors(parse_tags, [raw])
    _only_plain_errors(normalise_kind, raw)


@settings(max_examples=500)
@given(
    amount=st.one_of(
        nasty_text,
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
    ),
    currency=st.one_of(st.sampled_from(["EUR", "JPY", "KWD", "usd", ""]), st.text(max_size=4)),
)
def test_money_parsing(amount, currency):
    try:
        minor = money.to_minor(amount, currency)
    except ValueError:
        return
    assert isinstance(minor, int)
    if isinstance(amount, str):
        _only_plain_errors(money.parse_amount, amount)


def test_money_examples_still_parse():
    assert money.to_minor("1 234,50", "EUR") == 123450
    assert money.to_minor("1,234.50", "EUR") == 123450
    assert money.to_minor(Decimal("12"), "JPY") == 12
